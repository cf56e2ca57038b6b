"""CSV and TSV files: one document per row.

The file is streamed (decoded chunk by chunk) through the standard ``csv``
parser, so quoted cells may hold newlines. The delimiter is taken from the
header line (comma, tab, semicolon or pipe; tab for ``.tsv``). Columns feed
fields as in the JSON Lines reader (:func:`~.jsonl.resolve_fields`): ``text``
(or body, content, article, story, notes, message ...), ``title`` (or headline),
``date``, ``url``, ``source``, ``id`` ..., overridable with
``ReadOptions.columns``; other columns go to ``meta``. A file without a body
column is refused (RW108) rather than having another column guessed as the body.

Rows are numbered as a spreadsheet shows them: the header is row 1, the
first data row is row 2 (so ``row N`` is also the line number when no cell
holds a newline).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from riftwatch.errors import IngestError
from riftwatch.ingest.encoding import (
    bom_encoding,
    guess_wide_encoding,
    iter_decoded_chunks,
    looks_binary,
)
from riftwatch.ingest.readers.base import HEAD_BYTES, ReadOptions, register
from riftwatch.ingest.readers.jsonl import (
    FIELD_ALIASES,
    build_document,
    check_mapping,
    column_key,
    column_list,
    mapped_column,
    resolve_fields,
    settled_dates,
)
from riftwatch.model import RawDocument

DELIMITERS = (",", "\t", ";", "|")
TAB_EXTENSIONS = (".tsv", ".tab")
HEADER_CELL_MAX = 80
"""A header cell longer than this is prose, not a column name."""

SNIFF_ROWS = 12
_KNOWN_COLUMNS = frozenset(alias for aliases in FIELD_ALIASES.values() for alias in aliases)
_SENTENCE = re.compile(r"[.!?]\s+\w")


def _head_text(head: bytes) -> str:
    """Decode a file head well enough to look at its structure."""
    codec = bom_encoding(head) or guess_wide_encoding(head) or "utf-8"
    return head.decode(codec, errors="ignore").lstrip("\ufeff")


def _pick_delimiter(header_line: str, path: Path) -> str:
    """The delimiter most used in the header line (tab for .tsv files)."""
    if path.suffix.lower() in TAB_EXTENSIONS:
        return "\t"
    counts = {delimiter: header_line.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _split_lines(chunks: Iterable[str]) -> Iterator[str]:
    """Re-cut text chunks into lines that keep their ``\\n``."""
    rest = ""
    for chunk in chunks:
        parts = (rest + chunk).split("\n")
        rest = parts.pop()
        for part in parts:
            yield part + "\n"
    if rest:
        yield rest


def _header_names(row: list[str]) -> list[str]:
    """Clean header cells: strip, name blank ones, make duplicates unique."""
    names: list[str] = []
    seen: set[str] = set()
    for index, cell in enumerate(row, 1):
        name = cell.strip().lstrip("\ufeff") or f"column_{index}"
        base, suffix = name, 2
        while name in seen:
            name = f"{base}_{suffix}"
            suffix += 1
        seen.add(name)
        names.append(name)
    return names


class TabularReader:
    """CSV/TSV files, one document per row; bad rows are yielded as RW107."""

    name = "csv.v1"
    extensions = (".csv", ".tsv", ".tab")
    options_used = ("columns", "encoding", "max_chars", "date_order")

    def sniff(self, head: bytes, path: Path) -> float:
        """Score rows of equal width under a header that looks like column names."""
        if head.startswith((b"%PDF", b"PK\x03\x04")) or looks_binary(head):
            return 0.0
        text = _head_text(head)
        if text.lstrip()[:1] in ("{", "[", "<"):
            return 0.0
        lines = text.split("\n", SNIFF_ROWS + 1)[: SNIFF_ROWS + 1]
        if len(lines) > 1 and len(head) >= HEAD_BYTES:
            lines.pop()  # maybe cut off by the head
        lines = [line for line in lines if line.strip()]
        if not lines:
            return 0.0
        declared = path.suffix.lower() in self.extensions
        delimiter = _pick_delimiter(lines[0], path)
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            return 0.0
        header = [column_key(cell) for cell in rows[0]]
        width = len(header)
        if any(len(cell) > HEADER_CELL_MAX for cell in header):
            return 0.0
        known = any(cell in _KNOWN_COLUMNS for cell in header)
        prose = any(_SENTENCE.search(cell) for cell in header)
        if declared:
            # the extension says CSV: messy rows are the reader's business (RW107)
            return 0.8 if known else (0.6 if not prose else 0.2)
        if width < 2:
            return 0.0
        body = rows[1:]
        if body and sum(len(row) == width for row in body) < 0.8 * len(body):
            return 0.0
        if known and not prose:
            return 0.8
        if not prose and width >= 3 and len(body) >= 2:
            return 0.5
        return 0.08  # weak: plain text with commas wins

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield one document (or RW107 error) per data row.

        The whole file fails with RW108 when no column is mapped to ``text`` and
        none has a body name (:data:`~.jsonl.FIELD_ALIASES`), and with RW121 when
        ``columns`` maps a field to a column the header does not have.
        """
        path = Path(path)
        if csv.field_size_limit() < options.max_chars:
            csv.field_size_limit(options.max_chars)
        try:
            yield from settled_dates(self._rows(path, options), options.date_order)
        except OSError as exc:
            raise IngestError("RW101", path=str(path), detail=exc.strerror or str(exc)) from exc
        except IngestError as exc:
            if exc.path:
                raise
            raise IngestError(
                exc.code, path=str(path), field=exc.field, line=exc.line, **exc.params
            ) from None

    def _rows(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        lines = _split_lines(iter_decoded_chunks(path, declared=options.encoding))
        header_line = ""
        skipped: list[str] = []
        for line in lines:
            skipped.append(line)
            if line.strip():
                header_line = line
                break
        if not header_line:
            raise IngestError("RW102", path=str(path))
        delimiter = _pick_delimiter(header_line, path)
        reader = csv.reader(chain(skipped, lines), delimiter=delimiter, strict=False)
        header: list[str] = []
        row_number = 0
        for row in reader:
            row_number += 1
            if any(cell.strip() for cell in row):
                header = _header_names(row)
                break
        fields = resolve_fields(header, options.columns)
        columns = column_list(header)
        for field in check_mapping(options.columns):
            if field not in fields:
                column = mapped_column(field, options.columns)
                raise IngestError(
                    "RW121", path=str(path), field=field, column=column, columns=columns
                )
        if "text" not in fields:
            raise IngestError("RW108", path=str(path), field="text", columns=columns)
        width = len(header)
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                row_number += 1
                yield IngestError("RW107", path=str(path), line=row_number, detail=str(exc))
                continue
            row_number += 1
            if not any(cell.strip() for cell in row):
                continue
            record = dict(zip(header, row, strict=False))
            if any(cell.strip() for cell in row[width:]):
                if header and header[-1] == fields["text"]:
                    # the body is the last column: cells past the header are its own words
                    # cut at a delimiter nobody quoted ("... attacked a post, then withdrew")
                    record[header[-1]] = delimiter.join(row[width - 1 :])
                else:
                    detail = (f"{len(row)} cells where the header names {width}: a cell that "
                              f"holds the delimiter {delimiter!r} must be quoted")  # fmt: skip
                    yield IngestError("RW107", path=str(path), line=row_number, detail=detail)
                    continue
            result = build_document(record, fields, f"row {row_number}")
            if isinstance(result, tuple):
                field, problem = result
                column = fields.get(field)
                where = f" (column {column!r})" if column else ""
                yield IngestError(
                    "RW107",
                    path=str(path),
                    line=row_number,
                    field=field,
                    detail=f"{field} {problem}{where}",
                )
                continue
            yield result


READER = register(TabularReader())

__all__ = ["READER", "TabularReader"]
