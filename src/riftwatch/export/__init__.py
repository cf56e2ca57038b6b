"""Standard exports and imports: events and claims as CSV, JSON Lines and Parquet, the
actor graph as GraphML and GEXF, a STIX 2.1 bundle, PLOVER-style JSON, the analysts'
judgements; imports of actors and judgements for round trips.

Every export is an :class:`Exporter` registered under a versioned name
(``"events.csv.v1"``), as the ingest registers its readers: one module per format
family (:mod:`.tabular`, :mod:`.graph`, :mod:`.stix`, :mod:`.plover`,
:mod:`.judgements`, :mod:`.actors`). An exporter writes to a binary stream and returns
how many records it wrote; the row formats also yield their bytes piece by piece
(``chunks``) so that the web application can stream them. Rows are read from the store
in batches: an export of a million events never holds a million rows.

>>> sorted({e.kind for e in EXPORTERS.values()})
['actors', 'claims', 'events', 'graph', 'judgements', 'plover', 'stix']
>>> exporter_for("events", "csv").name
'events.csv.v1'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from riftwatch.errors import ExportError


@dataclass(frozen=True)
class Exporter:
    """One export: a kind (what), a format (how) and the function that writes it.

    ``write(store, stream, filters, options)`` writes the export and returns the number
    of records written; ``chunks(store, filters, options)``, when given, yields the same
    bytes piece by piece. ``media_type`` and ``suffix`` name the download.
    """

    name: str
    kind: str
    format: str
    media_type: str
    suffix: str
    write: Callable[..., int]
    chunks: Callable[..., Iterator[bytes]] | None = None
    description: str = ""


EXPORTERS: dict[str, Exporter] = {}
"""Every registered exporter by versioned name."""

KINDS = ("events", "claims", "judgements", "actors", "graph", "stix", "plover")
"""The kinds of export, in the order the help and the web page list them."""


def register(exporter: Exporter) -> Exporter:
    """Add an exporter to the registry under its versioned name (a newer version of the
    same kind and format replaces the older as the default)."""
    EXPORTERS[exporter.name] = exporter
    return exporter


def formats_of(kind: str) -> list[str]:
    """The formats ``kind`` can be exported in, e.g. ``['csv', 'jsonl', 'parquet']``."""
    _load()
    return sorted({e.format for e in EXPORTERS.values() if e.kind == kind})


def exporter_for(kind: str, fmt: str | None = None) -> Exporter:
    """The newest exporter of ``kind`` in ``fmt`` (the first format when None).

    Raises :class:`~riftwatch.errors.ExportError` RW720 (unknown kind), RW721 (format).
    """
    _load()
    wanted = str(kind or "").strip().lower()
    if wanted not in KINDS:
        raise ExportError("RW720", field="kind", kind=kind, choices=", ".join(KINDS))
    found = [e for e in EXPORTERS.values() if e.kind == wanted]
    choice = str(fmt or found[0].format).strip().lower()
    matching = sorted((e for e in found if e.format == choice), key=lambda e: e.name)
    if not matching:
        raise ExportError("RW721", field="format", kind=wanted, value=fmt,
                          choices=", ".join(formats_of(wanted)))  # fmt: skip
    return matching[-1]


def chunk_writer(chunks: Callable[..., Iterator[bytes]], header: int) -> Callable[..., int]:
    """A ``write`` for an exporter whose ``chunks`` yield text lines, one record each after
    ``header`` heading lines: it streams them and returns the number of records."""

    def write(store: Any, stream: BinaryIO, filters: dict[str, Any],
              options: dict[str, Any]) -> int:  # fmt: skip
        lines = 0
        for chunk in chunks(store, filters, options):
            stream.write(chunk)
            lines += chunk.count(b"\n")
        return lines - header

    return write


def register_records(
    kind: str,
    version: str,
    rows: Callable[[Any, dict[str, Any]], Iterable[dict[str, Any]]],
    columns: Sequence[str],
    *,
    descriptions: tuple[str, str],
    jsonl_record: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> None:
    """Register the CSV and JSON Lines exports of one kind of record (``KIND.csv.VERSION``,
    ``KIND.jsonl.VERSION``, with ``descriptions`` in that order): ``rows(store, filters)``
    yields dicts holding ``columns``; the CSV has a heading line and each cell through
    :func:`~riftwatch.export.cells.csv_text` (formulas made text), streamed in pieces of
    about 64 KB; JSON Lines has one object a line, ``jsonl_record(row)`` when given."""
    import csv
    import io
    import json

    from riftwatch.export.cells import csv_text

    def counted_csv(store: Any, filters: dict[str, Any], count: list[int]) -> Iterator[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows(store, filters):
            writer.writerow(["" if row[c] is None else csv_text(row[c]) for c in columns])
            count[0] += 1
            if buffer.tell() > 64_000:
                yield buffer.getvalue().encode("utf-8")
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue().encode("utf-8")

    def csv_chunks(store: Any, filters: dict[str, Any], options: dict[str, Any]
                   ) -> Iterator[bytes]:  # fmt: skip
        return counted_csv(store, filters, [0])

    def csv_write(store: Any, stream: BinaryIO, filters: dict[str, Any],
                  options: dict[str, Any]) -> int:  # fmt: skip
        # records, not lines: a quoted cell may hold a line break (a judgement's note)
        count = [0]
        for chunk in counted_csv(store, filters, count):
            stream.write(chunk)
        return count[0]

    def jsonl_chunks(store: Any, filters: dict[str, Any], options: dict[str, Any]
                     ) -> Iterator[bytes]:  # fmt: skip
        for row in rows(store, filters):
            record = jsonl_record(row) if jsonl_record else row
            yield (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")

    register(Exporter(
        name=f"{kind}.csv.{version}", kind=kind, format="csv", media_type="text/csv",
        suffix=f".{kind}.csv", write=csv_write, chunks=csv_chunks,
        description=descriptions[0],
    ))  # fmt: skip
    register(Exporter(
        name=f"{kind}.jsonl.{version}", kind=kind, format="jsonl",
        media_type="application/x-ndjson", suffix=f".{kind}.jsonl",
        write=chunk_writer(jsonl_chunks, 0), chunks=jsonl_chunks, description=descriptions[1],
    ))  # fmt: skip


def _load() -> None:
    """Import the format modules (each registers its exporters)."""
    from riftwatch.export import actors, graph, judgements, plover, stix, tabular  # noqa: F401


def run(exporter: Exporter, store: Any, stream: BinaryIO, filters: dict[str, Any],
        options: dict[str, Any] | None = None) -> int:  # fmt: skip
    """Write ``exporter``'s export of ``store`` to ``stream``; returns the record count."""
    return exporter.write(store, stream, filters, options or {})


_load()

__all__ = [
    "EXPORTERS",
    "KINDS",
    "Exporter",
    "chunk_writer",
    "exporter_for",
    "formats_of",
    "register",
    "register_records",
    "run",
]
