"""E-mail messages (``.eml``, RFC 822/5322) via the standard ``email`` package.

``Subject`` is the title, ``Date`` the publication date, ``From`` the source
(the display name, else the address). The text/plain body is preferred; a
message with only an HTML body goes through the HTML reader's main-text
extraction. Attachments are not read; their file names are listed in
``meta["attachments"]``.

The ``Date`` header counts as the message's own explicit date
(``date_origin`` ``header:email``): the sender's mail program stamps it when the
message is sent, which is when this document was written. It is checked like
file metadata (1900..today), since broken clocks send 1970 or 2037.

Signatures are not text to code: the block after an RFC 3676 ``-- `` line, and a
closing block of a sign-off line ("Regards,", "Best,", "Sent from my iPhone")
and a few short lines (name, title, telephone), are cut from the body, up to the
start of a forwarded or quoted message, and kept in ``meta["signatures"]``.

>>> READER.sniff(b"From: a@example.org\\nSubject: hi\\n\\nbody", Path("x")) > 0.5
True
>>> READER.sniff(b"Title: notes\\nsome text\\n", Path("x"))
0.0
>>> split_signatures("We met.\\n\\nRegards,\\nJohn Smith\\nAnalyst, Desk X")
('We met.', ['Regards,\\nJohn Smith\\nAnalyst, Desk X'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from riftwatch.errors import IngestError
from riftwatch.ingest.encoding import decode_bytes, normalize_text
from riftwatch.ingest.readers.base import HEAD_BYTES, ReadOptions, register
from riftwatch.ingest.readers.jsonl import iso_date
from riftwatch.model import RawDocument

HEADER_NAMES = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "received",
        "message-id",
        "mime-version",
        "return-path",
        "reply-to",
        "sender",
        "in-reply-to",
        "references",
        "content-type",
        "content-transfer-encoding",
        "delivered-to",
        "dkim-signature",
        "authentication-results",
        "x-mailer",
        "user-agent",
        "thread-topic",
        "thread-index",
    }
)
"""Header names that mark a file as an e-mail (two distinct ones are needed)."""

TRANSPORT_HEADERS = frozenset(
    {"received", "message-id", "mime-version", "return-path", "dkim-signature", "delivered-to"}
)
"""Headers only real mail has; one of them makes the sniff surer."""

SNIFF_LINES = 80
_HEADER_LINE = re.compile(rb"([A-Za-z][A-Za-z0-9-]*)[ \t]*:")


def _header(message: EmailMessage, name: str) -> str | None:
    """A header as text, or ``None``; malformed headers fall back to their raw value."""
    try:
        value = message.get(name)
    except (Exception, RecursionError):
        raw = [value for key, value in message.raw_items() if key.lower() == name.lower()]
        value = raw[0] if raw else None
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _sender(message: EmailMessage) -> tuple[str | None, str | None]:
    """``(From header text, display name or address)``."""
    raw = _header(message, "From")
    if raw is None:
        return None, None
    try:
        addresses = message["From"].addresses
    except (Exception, RecursionError):
        addresses = ()
    for address in addresses:
        name = (address.display_name or "").strip() or (address.addr_spec or "").strip()
        if name:
            return raw, name
    return raw, raw


def _date(value: str | None) -> str | None:
    """An RFC 5322 date (or anything :func:`iso_date` reads) as ISO 8601."""
    if not value:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return iso_date(value)


SIGNATURE_MAX_LINES = 8
"""A sign-off block is the sign-off line and at most this many short lines after it."""

SIGNATURE_LINE_CHARS = 80
DELIMITED_MAX_LINES = 15
"""After an RFC 3676 ``-- `` line, a block of at most this many short lines is a signature
(a longer one is more likely text after a stray delimiter, and is kept)."""

_DELIMITER = re.compile(r"^--[ \t]?$")
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|warmest|many|with)?\s*regards|best(?:\s+wishes)?|cheers|"
    r"thanks(?:\s+(?:again|and\s+regards))?|many\s+thanks|thank\s+you|"
    r"(?:yours\s+)?(?:sincerely|faithfully|truly)|respectfully|very\s+respectfully|v/r|r/|"
    r"sent\s+from\s+my\s+[\w -]{2,30}|get\s+outlook\s+for\s+\w+)[ \t]*[,.!]?$",
    re.I,
)
_QUOTE_START = re.compile(
    r"^(?:-{2,}[ \t]*(?:forwarded message|original message)[ \t]*-{2,}|"
    r"begin forwarded message:|on .{5,200} wrote:|_{10,})[ \t]*$",
    re.I,
)


def _signature_start(lines: list[str], start: int, end: int) -> int | None:
    """Where the signature in ``lines[start:end]`` begins, if there is one."""
    tail = [i for i in range(start, end) if lines[i].strip()]

    def short_block(i: int, most: int) -> bool:
        after = [j for j in tail if j > i]
        return len(after) <= most and all(
            len(lines[j].strip()) <= SIGNATURE_LINE_CHARS for j in after
        )

    for i in range(start, end):
        # RFC 3676 says "-- "; many programs strip the space, and then a bare "--" could
        # also be a separator in the text: only a short block after it is a signature
        if lines[i] == "-- " and short_block(i, DELIMITED_MAX_LINES):
            return i
        if _DELIMITER.match(lines[i]) and short_block(i, SIGNATURE_MAX_LINES):
            return i
    for i in tail[-(SIGNATURE_MAX_LINES + 1) :]:
        if _SIGN_OFF.match(lines[i].strip()) and short_block(i, SIGNATURE_MAX_LINES):
            return i
    return None


def split_signatures(text: str) -> tuple[str, list[str]]:
    """The body without its signatures, and the signatures (one per message part).

    The text is cut into the message and any forwarded or quoted messages under it;
    each part loses the signature at its end.
    """
    lines = text.split("\n")
    bounds = [i for i, line in enumerate(lines) if _QUOTE_START.match(line.strip())]
    kept: list[str] = []
    signatures: list[str] = []
    for start, end in zip([0, *bounds], [*bounds, len(lines)], strict=True):
        cut = _signature_start(lines, start + (start in bounds), end)
        if cut is None or not any(line.strip() for line in lines[start:cut]):
            kept.extend(lines[start:end])
            continue
        signature = "\n".join(lines[cut:end]).strip()
        if _DELIMITER.match(lines[cut]):
            signature = "\n".join(lines[cut + 1 : end]).strip()
        if signature:
            signatures.append(signature)
        kept.extend(lines[start:cut])
        if end < len(lines):
            kept.append("")
    body = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", "\n".join(kept)).strip()
    return body, signatures


def part_text(part: Any) -> str:
    """The decoded text of a MIME part, surviving unknown or wrong charsets."""
    try:
        content = part.get_content()
        if isinstance(content, str):
            return normalize_text(content)
    except (LookupError, UnicodeError, ValueError, AssertionError, KeyError):
        pass
    payload = part.get_payload(decode=True) or b""
    if isinstance(payload, str):
        return normalize_text(payload)
    try:
        return decode_bytes(payload, part.get_content_charset())[0]
    except IngestError:
        return payload.decode("utf-8", errors="replace")


def message_text(message: EmailMessage) -> tuple[str, str]:
    """The body text and which part it came from (``"plain"`` or ``"html"``)."""
    from riftwatch.ingest.readers.html import html_to_text

    plain = message.get_body(preferencelist=("plain",))
    if plain is not None:
        text = part_text(plain).strip()
        if text:
            return text, "plain"
    html = message.get_body(preferencelist=("html",))
    if html is not None:
        text = html_to_text(part_text(html)).strip()
        if text:
            return text, "html"
    return "", ""


class EmlReader:
    """RFC 822 e-mail files, one document each."""

    name = "eml.v1"
    extensions = (".eml", ".mht", ".mhtml")

    def sniff(self, head: bytes, path: Path) -> float:
        """Score a header block of at least two known RFC 822 headers."""
        lines = head.split(b"\n", SNIFF_LINES)[:SNIFF_LINES]
        if len(lines) > 1 and len(head) >= HEAD_BYTES:
            lines.pop()  # maybe cut off by the head
        if lines and lines[0].startswith(b"From "):  # mbox separator line
            lines = lines[1:]
        known: set[str] = set()
        for number, raw in enumerate(lines):
            line = raw.rstrip(b"\r")
            if number == 0:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                break
            if line[:1] in (b" ", b"\t"):
                if number == 0:
                    return 0.0
                continue  # folded header
            found = _HEADER_LINE.match(line)
            if found is None:
                return 0.0
            name = found.group(1).decode("ascii").lower()
            if name in HEADER_NAMES:
                known.add(name)
        if len(known) < 2:
            return 0.0
        return 0.9 if known & TRANSPORT_HEADERS else 0.75

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield the message body with subject, date and sender."""
        import email
        from email import policy

        path = Path(path)
        where = str(path)
        try:
            with open(path, "rb") as handle:
                message = email.message_from_binary_file(handle, policy=policy.default)
        except OSError as exc:
            raise IngestError("RW101", path=where, detail=exc.strerror or str(exc)) from exc
        except (Exception, RecursionError) as exc:
            raise IngestError("RW113", path=where, detail=str(exc) or type(exc).__name__) from None
        if not isinstance(message, EmailMessage):
            raise IngestError("RW113", path=where, detail="not a MIME message")
        try:
            text, body_type = message_text(message)
            attachments = []
            for part in message.iter_attachments():
                name = part.get_filename()
                attachments.append(name or part.get_content_type())
        except (Exception, RecursionError) as exc:
            raise IngestError("RW113", path=where, detail=str(exc) or type(exc).__name__) from None
        text, signatures = split_signatures(text)
        if not text:
            raise IngestError("RW111", path=where)
        sender, source = _sender(message)
        meta: dict[str, Any] = {"format": "eml", "body": body_type}
        if signatures:
            meta["signatures"] = signatures
        if sender:
            meta["from"] = sender
        for header in ("To", "Cc"):
            value = _header(message, header)
            if value:
                meta[header.lower()] = value
        if attachments:
            meta["attachments"] = attachments
        published = _date(_header(message, "Date"))
        message_id = _header(message, "Message-ID")
        if message_id:
            message_id = message_id.strip("<> ")
            meta["message_id"] = message_id
        yield RawDocument(
            text=text,
            title=_header(message, "Subject"),
            published=published,
            date_origin="header:email" if published else None,
            source=source,
            external_id=message_id or None,
            meta=meta,
        )


READER = register(EmlReader())

__all__ = ["READER", "EmlReader", "message_text", "part_text", "split_signatures"]
