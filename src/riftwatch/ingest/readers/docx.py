"""Word documents (``.docx``): paragraphs and table cells, via python-docx.

Body paragraphs, tables (one line per row, cells separated by tabs, merged
cells once) and content controls are read in document order, each paragraph
set apart by a blank line (so a heading is its own sentence). The title comes
from the core properties, else the first Title/Heading paragraph.

The date (``date_origin`` ``metadata:docx``) is the core properties'
``modified``, else ``created``: a document made from a template keeps the
template's creation date, while ``modified`` is the last save. Dates outside
1900..today, a ``modified`` before ``created``, and the stamps of known
templates (python-docx's default ``2013-12-23T23:15:00Z``) are not used. It is
weak evidence, beaten by a date stated in the text.

Before python-docx sees the file, every XML part is scanned (streamed) for
entity declarations (RW114) and checked against a size cap, so a zip or
entity bomb is refused instead of expanded. A damaged package is RW110.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from riftwatch.dates import plausible
from riftwatch.errors import IngestError
from riftwatch.ingest.encoding import declares_entities, normalize_text
from riftwatch.ingest.readers.base import ReadOptions, register
from riftwatch.model import RawDocument

MAIN_PART = "word/document.xml"
MAX_PART_BYTES = 256 << 20
"""Largest uncompressed XML part accepted (a zip bomb declares more)."""

SCAN_CHUNK = 1 << 20
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SUFFIXES = (".xml", ".rels")


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether one zip member declares entities, read in bounded chunks."""
    tail = b""
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(SCAN_CHUNK)
            if not chunk:
                return False
            if declares_entities(tail + chunk):
                return True
            tail = chunk[-32:]


def check_package(path: Path) -> None:
    """Refuse a package that is not a Word document, is damaged, too big, or declares entities."""
    where = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if MAIN_PART not in {info.filename for info in infos}:
                raise IngestError("RW110", path=where, detail=f"no {MAIN_PART} in the package")
            for info in infos:
                if not info.filename.lower().endswith(_XML_SUFFIXES):
                    continue
                if info.file_size > MAX_PART_BYTES:
                    raise IngestError(
                        "RW110",
                        path=where,
                        detail=f"part {info.filename} is {info.file_size} bytes uncompressed",
                    )
                if _scan_part(archive, info):
                    raise IngestError("RW114", path=where)
    except IngestError:
        raise
    except OSError as exc:
        raise IngestError("RW110", path=where, detail=exc.strerror or str(exc)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise IngestError("RW110", path=where, detail=str(exc) or type(exc).__name__) from None
    except Exception as exc:  # zlib.error and other decompression failures
        raise IngestError("RW110", path=where, detail=str(exc) or type(exc).__name__) from None


def _style_name(paragraph: Any) -> str:
    """The paragraph's style name, or ``""`` when it cannot be resolved."""
    try:
        style = paragraph.style
    except (Exception, RecursionError):
        return ""
    return (style.name or "") if style is not None else ""


class _Walker:
    """Collects the text blocks of a document body in order."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.heading: str | None = None

    def walk(self, element: Any, parent: Any) -> None:
        """Visit paragraphs, tables and content controls under ``element``."""
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in element.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                paragraph = Paragraph(child, parent)
                text = paragraph.text.strip()
                if not text:
                    continue
                self.blocks.append(text)
                if self.heading is None:
                    style = _style_name(paragraph).lower()
                    if style.startswith(("title", "heading")):
                        self.heading = text
            elif tag == f"{_W}tbl":
                self._table(Table(child, parent))
            elif tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    self.walk(content, parent)

    def _table(self, table: Any) -> None:
        """One line per row, cells joined by tabs; merged cells counted once."""
        for row in table.rows:
            seen: set[int] = set()
            cells: list[str] = []
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                inner = _Walker()
                inner.walk(cell._tc, cell)
                text = " ".join(" ".join(inner.blocks).split())
                if text:
                    cells.append(text)
            if cells:
                self.blocks.append("\t".join(cells))


TEMPLATE_STAMPS = frozenset({datetime(2013, 12, 23, 23, 15, tzinfo=UTC)})
"""Core-properties times that belong to a template, not to the document."""


def _iso(moment: datetime | None) -> str | None:
    """A core-properties timestamp (UTC by the standard) as ISO 8601."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _utc(moment: object) -> datetime | None:
    if not isinstance(moment, datetime):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def core_date(created: object, modified: object) -> str | None:
    """The document's date from its core properties: ``modified``, else ``created``.

    >>> core_date(datetime(2003, 5, 1), datetime(2015, 10, 9, 8, 0))
    '2015-10-09T08:00:00+00:00'
    >>> core_date(datetime(2010, 8, 21), datetime(2013, 12, 23, 23, 15, tzinfo=UTC))
    '2010-08-21T00:00:00+00:00'
    >>> core_date(datetime(1601, 1, 1), None) is None
    True
    """
    first, last = _utc(created), _utc(modified)
    usable = [
        moment
        for moment in (last, first)
        if moment is not None
        and moment not in TEMPLATE_STAMPS
        and plausible(moment.date().isoformat())
    ]
    if last in usable and first in usable and last < first:  # type: ignore[operator]
        usable.remove(last)
    return _iso(usable[0]) if usable else None


class DocxReader:
    """Word ``.docx`` documents, one document each."""

    name = "docx.v1"
    extensions = (".docx", ".docm", ".dotx")

    def sniff(self, head: bytes, path: Path) -> float:
        """Sure for a zip whose directory lists ``word/document.xml``."""
        if not head.startswith(b"PK\x03\x04"):
            return 0.0
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except Exception:  # not a readable zip: maybe a damaged Word file
            return 0.6 if b"word/" in head else 0.0
        return 1.0 if MAIN_PART in names else 0.0

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield the document's paragraphs and tables as one document."""
        path = Path(path)
        where = str(path)
        check_package(path)
        try:
            from docx import Document

            document = Document(where)
            walker = _Walker()
            walker.walk(document.element.body, document._body)
            props = document.core_properties
            title = (props.title or "").strip() or None
            created, modified = props.created, props.modified
            author = (props.author or "").strip()
        except IngestError:
            raise
        except (Exception, RecursionError) as exc:
            raise IngestError("RW110", path=where, detail=str(exc) or type(exc).__name__) from None
        text = normalize_text("\n\n".join(walker.blocks)).strip()
        if not text:
            raise IngestError("RW111", path=where)
        meta: dict[str, Any] = {"format": "docx"}
        if author:
            meta["author"] = author
        published = core_date(created, modified)
        yield RawDocument(
            text=text,
            title=title or walker.heading or path.stem,
            published=published,
            date_origin="metadata:docx" if published else None,
            meta=meta,
        )


READER = register(DocxReader())

__all__ = ["READER", "DocxReader", "check_package", "core_date"]
