"""PDF files: the text layer, via pypdf.

Pages are joined with blank lines. The title comes from the document information
dictionary, else the first page's opening heading, else the file name. The date is the
file's own metadata (``date_origin`` ``metadata:pdf``): ``/CreationDate``, else
``/ModDate``, else the XMP create/modify date, the first that lies between 1900 and
today. It is weak evidence (a PDF made today of an old report says today), so a date
stated in the text beats it (:mod:`riftwatch.ingest.dates`).

The text layer has no paragraphs, only lines: a heading would run into the
first sentence under it. :func:`separate_headings` sets heading-like lines
apart with blank lines, which the segmenter treats as sentence boundaries.
A damaged file, or one that is not a PDF at all, is RW103 with pypdf's
reason; so is a file encrypted with a password (one encrypted with the empty
password, as many "protected" PDFs are, is read). A PDF whose pages carry no
text at all is a scan: RW104, OCR it first.

>>> pdf_date("D:20240115103000+01'00'")
'2024-01-15T10:30:00+01:00'
>>> pdf_date("D:20240115")
'2024-01-15'
>>> pdf_date("yesterday") is None
True
>>> separate_headings("Background\\nThe army moved in. It stayed.")
'Background\\n\\nThe army moved in. It stayed.'
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from riftwatch.dates import plausible
from riftwatch.errors import IngestError
from riftwatch.ingest.encoding import normalize_text
from riftwatch.ingest.readers.base import ReadOptions, register
from riftwatch.model import RawDocument

SNIFF_WINDOW = 1024
"""``%PDF-`` may follow this many bytes of junk (viewers allow it too)."""

_PDF_DATE = re.compile(
    r"(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?"
)


def pdf_date(value: object) -> str | None:
    """Convert a PDF date string (``D:YYYYMMDDHHmmSSOHH'mm'``) to ISO 8601."""
    if value is None:
        return None
    found = _PDF_DATE.match(str(value).strip())
    if not found:
        return None
    year, month, day, hour, minute, second, zulu, sign, tz_hours, tz_minutes = found.groups()
    try:
        if hour is None:
            return datetime(int(year), int(month or 1), int(day or 1)).date().isoformat()
        tz = None
        if zulu:
            tz = UTC
        elif sign:
            offset = timedelta(hours=int(tz_hours), minutes=int(tz_minutes or 0))
            tz = timezone(-offset if sign == "-" else offset)
        moment = datetime(
            int(year),
            int(month or 1),
            int(day or 1),
            int(hour),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except (ValueError, OverflowError):
        return None
    return moment.isoformat()


HEADING_MAX_CHARS = 100
"""A heading line is at most this long (and at most :data:`HEADING_MAX_WORDS` words)."""

HEADING_MAX_WORDS = 15
HEADING_WIDTH_SHARE = 0.7
"""A heading is shorter than this share of the page's longest line: lines of a wrapped
paragraph run nearly the full width."""

_NOT_HEADING_END = tuple(".,;:!?…-–—/&")
_AFTER_SENTENCE = tuple('.!?:…"”’)')
_FUNCTION_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to under with via "
    "that which who whose than his her its their our".split()
)


def _heading_like(line: str) -> bool:
    """A short line without sentence punctuation at its end, not ending in a function word."""
    words = line.split()
    if not words or len(line) > HEADING_MAX_CHARS or len(words) > HEADING_MAX_WORDS:
        return False
    if line.endswith(_NOT_HEADING_END) or line.endswith(("'", '"', "”", "’")):
        return False
    return words[-1].lower() not in _FUNCTION_WORDS


def _starts_block(line: str) -> bool:
    """A line that may open a paragraph: capital, digit, quote, bracket or bullet first."""
    first = line[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in "\"'“‘([•*-–")


def separate_headings(text: str) -> str:
    """Set heading-like lines of a page's text apart with blank lines.

    A line is taken for a heading when it is short (well under the page's widest line),
    does not end in sentence punctuation or a function word, follows the start of the
    page, a blank line, a sentence end or another heading, and the next line opens a
    block (capital, digit, quote, bullet). Lines of a wrapped paragraph fail the width
    test or the "follows a sentence end" test.
    """
    lines = [line.strip() for line in text.split("\n")]
    widest = max((len(line) for line in lines), default=0)
    width_limit = widest * HEADING_WIDTH_SHARE if widest >= 50 else float("inf")
    heading = [False] * len(lines)
    for i, line in enumerate(lines):
        if not _heading_like(line) or len(line) > width_limit:
            continue
        before = lines[i - 1] if i else ""
        after = lines[i + 1] if i + 1 < len(lines) else ""
        opens = not before or before.endswith(_AFTER_SENTENCE) or heading[i - 1]
        heading[i] = opens and bool(after) and _starts_block(after)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i:
            out.append("\n\n" if heading[i] or heading[i - 1] else "\n")
        out.append(line)
    return "".join(out)


def heading_title(text: str) -> str | None:
    """The first page's opening line when :func:`separate_headings` set it apart as a
    heading and more text follows it: the title a reader sees on a PDF whose information
    dictionary names none (a briefing made by a script, a scanned report's text layer), as a
    plain text's first short line is its title (walk61).

    >>> heading_title("Briefing: the front in May" + chr(10) * 2 + "Fighting resumed.")
    'Briefing: the front in May'
    >>> heading_title("Fighting resumed in the north and the army withdrew.") is None
    True
    """
    first, _sep, rest = text.strip().partition("\n\n")
    first = first.strip()
    if "\n" in first or not rest.strip() or not _heading_like(first):
        return None
    return first


def _reason(exc: BaseException) -> str:
    """A one-line reason from a pypdf exception."""
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


def _quiet_pypdf() -> None:
    """Keep pypdf's warnings about a broken file ("EOF marker not found") off standard error
    when logging is not set up (riftwatch reports the file as RW103); a program that sets
    up logging still gets them."""
    logger = logging.getLogger("pypdf")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


class PdfReader:
    """PDF files with a text layer, one document each."""

    name = "pdf.v1"
    extensions = (".pdf",)

    def sniff(self, head: bytes, path: Path) -> float:
        """Sure when ``%PDF-`` opens the file; nearly sure within its first KiB."""
        found = head.find(b"%PDF-", 0, SNIFF_WINDOW + 5)
        if found == 0:
            return 1.0
        return 0.9 if found > 0 else 0.0

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield the text of all pages as one document."""
        from pypdf import PdfReader as PypdfReader

        _quiet_pypdf()

        path = Path(path)
        where = str(path)
        try:
            reader = PypdfReader(where, strict=False)
        except OSError as exc:
            raise IngestError("RW101", path=where, detail=exc.strerror or str(exc)) from exc
        except (Exception, RecursionError) as exc:  # pypdf raises many kinds on broken files
            raise IngestError("RW103", path=where, detail=_reason(exc)) from None
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except (Exception, RecursionError) as exc:
                raise IngestError(
                    "RW103", path=where, detail=f"encrypted: {_reason(exc)}"
                ) from None
            if not unlocked:
                raise IngestError("RW103", path=where, detail="encrypted with a password")
        try:
            pages = list(reader.pages)
        except (Exception, RecursionError) as exc:
            raise IngestError("RW103", path=where, detail=_reason(exc)) from None
        if not pages:
            raise IngestError("RW103", path=where, detail="the document has no pages")
        texts: list[str] = []
        failed: list[str] = []
        for page in pages:
            try:
                text = page.extract_text() or ""
            except (Exception, RecursionError) as exc:
                failed.append(_reason(exc))
                continue
            text = separate_headings(normalize_text(text).strip())
            if text:
                texts.append(text)
        if not texts:
            if len(failed) == len(pages):
                raise IngestError("RW103", path=where, detail=failed[0])
            raise IngestError("RW104", path=where)
        title, published, meta = self._metadata(reader)
        meta.update({"format": "pdf", "pages": len(pages)})
        if failed:
            meta["unreadable_pages"] = len(failed)
        yield RawDocument(
            text="\n\n".join(texts),
            title=title or heading_title(texts[0]) or path.stem,
            published=published,
            date_origin="metadata:pdf" if published else None,
            meta=meta,
        )

    @staticmethod
    def _metadata(reader: object) -> tuple[str | None, str | None, dict[str, str]]:
        """Title, creation date and author from the information dictionary, if readable."""
        try:
            info = reader.metadata  # type: ignore[attr-defined]
        except (Exception, RecursionError):
            return None, None, {}
        if not info:
            return None, None, {}

        def field(key: str) -> str | None:
            try:
                value = info.get(key)
            except (Exception, RecursionError):
                return None
            text = normalize_text(str(value)).strip() if value is not None else ""
            return text or None

        meta = {}
        author = field("/Author")
        if author:
            meta["author"] = author
        dates = [pdf_date(field("/CreationDate")), pdf_date(field("/ModDate"))]
        dates += PdfReader._xmp_dates(reader)
        published = next((d for d in dates if d and plausible(d[:10])), None)
        return field("/Title"), published, meta

    @staticmethod
    def _xmp_dates(reader: object) -> list[str | None]:
        """The XMP create and modify dates (and ``dc:date``), if the file has XMP."""
        try:
            xmp = reader.xmp_metadata  # type: ignore[attr-defined]
            if xmp is None:
                return []
            found = [xmp.xmp_create_date, xmp.xmp_modify_date, *(xmp.dc_date or [])]
        except (Exception, RecursionError):
            return []
        return [moment.isoformat() if isinstance(moment, datetime) else None for moment in found]


READER = register(PdfReader())

__all__ = ["READER", "PdfReader", "pdf_date", "separate_headings"]
