"""Events and claims as CSV, JSON Lines and Parquet: one row per event or claim.

The columns are :data:`riftwatch.export.rows.COLUMNS` in every format. Rows are written
batch by batch as they are read (Parquet: one row group per batch), so memory stays
flat however many events the store holds.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from riftwatch.export import Exporter, register
from riftwatch.export.cells import csv_text
from riftwatch.export.rows import COLUMNS, NAMES, rows_of

VERSION = "v1"


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return csv_text(value)


def csv_chunks(kind: str, store: Any, filters: dict[str, Any], options: dict[str, Any]
               ) -> Iterator[bytes]:  # fmt: skip
    """The CSV export as UTF-8 bytes, a header and then one piece per batch."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(NAMES)
    yield buffer.getvalue().encode("utf-8")
    for batch in rows_of(kind, store, filters, **_batch(options)):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows([_csv_value(row[name]) for name in NAMES] for row in batch)
        yield buffer.getvalue().encode("utf-8")


def jsonl_chunks(kind: str, store: Any, filters: dict[str, Any], options: dict[str, Any]
                 ) -> Iterator[bytes]:  # fmt: skip
    """The JSON Lines export: one object per row, keys in :data:`COLUMNS` order."""
    for batch in rows_of(kind, store, filters, **_batch(options)):
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in batch)
        yield text.encode("utf-8")


def _batch(options: dict[str, Any]) -> dict[str, Any]:
    return {"batch_size": int(options["batch_size"])} if options.get("batch_size") else {}


def _row_writer(kind: str, fmt: str) -> Any:
    """The ``write`` of the CSV or JSON Lines export of ``kind``: counts the rows."""

    def write_csv(store: Any, stream: BinaryIO, filters: dict[str, Any],
                  options: dict[str, Any]) -> int:  # fmt: skip
        count = 0
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(NAMES)
        stream.write(buffer.getvalue().encode("utf-8"))
        for batch in rows_of(kind, store, filters, **_batch(options)):
            buffer.seek(0)
            buffer.truncate()
            writer.writerows([_csv_value(row[name]) for name in NAMES] for row in batch)
            stream.write(buffer.getvalue().encode("utf-8"))
            count += len(batch)
        return count

    def write_jsonl(store: Any, stream: BinaryIO, filters: dict[str, Any],
                    options: dict[str, Any]) -> int:  # fmt: skip
        count = 0
        for batch in rows_of(kind, store, filters, **_batch(options)):
            stream.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch)
                         .encode("utf-8"))  # fmt: skip
            count += len(batch)
        return count

    return write_csv if fmt == "csv" else write_jsonl


def parquet_schema() -> Any:
    """The Parquet schema of :data:`COLUMNS`."""
    import pyarrow as pa

    types = {"int": pa.int64(), "str": pa.string(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def _parquet_writer(kind: str) -> Any:
    def write(store: Any, stream: BinaryIO, filters: dict[str, Any], options: dict[str, Any]
              ) -> int:  # fmt: skip
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = parquet_schema()
        meta = {b"riftwatch.export": f"{kind}.parquet.{VERSION}".encode()}
        schema = schema.with_metadata(meta)
        count = 0
        with pq.ParquetWriter(stream, schema, compression="zstd") as writer:
            for batch in rows_of(kind, store, filters, **_batch(options)):
                table = pa.Table.from_pylist(batch, schema=schema)
                writer.write_table(table)
                count += len(batch)
        return count

    return write


for _kind in ("events", "claims"):
    what = "stored events as coded" if _kind == "events" else "claims as corrected"
    register(Exporter(
        name=f"{_kind}.csv.{VERSION}", kind=_kind, format="csv", media_type="text/csv",
        suffix=".csv", write=_row_writer(_kind, "csv"),
        chunks=lambda s, f, o, _k=_kind: csv_chunks(_k, s, f, o),
        description=f"{what}, one row per event (CSV, UTF-8)",
    ))  # fmt: skip
    register(Exporter(
        name=f"{_kind}.jsonl.{VERSION}", kind=_kind, format="jsonl",
        media_type="application/x-ndjson", suffix=".jsonl", write=_row_writer(_kind, "jsonl"),
        chunks=lambda s, f, o, _k=_kind: jsonl_chunks(_k, s, f, o),
        description=f"{what}, one JSON object per line",
    ))  # fmt: skip
    register(Exporter(
        name=f"{_kind}.parquet.{VERSION}", kind=_kind, format="parquet",
        media_type="application/vnd.apache.parquet", suffix=".parquet",
        write=_parquet_writer(_kind),
        description=f"{what}, Parquet (zstd), one row group per batch",
    ))  # fmt: skip

__all__ = ["csv_chunks", "jsonl_chunks", "parquet_schema"]
