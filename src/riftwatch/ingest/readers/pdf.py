"""PDF files: the text layer, via pypdf.

Pages are joined with blank lines. The title comes from the document
information dictionary (else the file name), the date from ``/CreationDate``.
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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

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


def _reason(exc: BaseException) -> str:
    """A one-line reason from a pypdf exception."""
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


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
            text = normalize_text(text).strip()
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
            title=title or path.stem,
            published=published,
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
        return field("/Title"), pdf_date(field("/CreationDate")), meta


READER = register(PdfReader())

__all__ = ["READER", "PdfReader", "pdf_date"]
