"""RSS 2.0, Atom and RDF (RSS 1.0) feed files, via feedparser: one document per entry.

Each entry's full content (else its summary) is the text, with HTML removed
by the HTML reader's fragment extraction, under the entry's title as its first line
(a headline) unless the text already opens with it; its title, link, id and
published/updated date go to the document (``date_origin`` ``feed``: the item's
own date, ranked with a record's date field), the feed's title becomes the
source. ``locator`` is ``item N``.

feedparser is only ever given the file's bytes (as a stream), never a URL or
path, so it cannot reach the network; a file declaring XML entities is refused
(RW114) before feedparser sees it. A feed that parses to no entries is RW112.

>>> READER.sniff(b'<?xml version="1.0"?><rss version="2.0"><channel>', Path("f.xml"))
0.95
>>> READER.sniff(b'<feed xmlns="http://www.w3.org/2005/Atom">', Path("f"))
0.95
>>> READER.sniff(b"<html><body>", Path("f.xml"))
0.0
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from riftwatch.errors import IngestError
from riftwatch.ingest.encoding import bom_encoding, declares_entities, guess_wide_encoding
from riftwatch.ingest.readers.base import ReadOptions, register
from riftwatch.ingest.readers.html import fragment_to_text
from riftwatch.ingest.readers.jsonl import iso_date
from riftwatch.model import RawDocument

_ROOT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?"
    rb"(?:(?:<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)\s*)*"
    rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)[\s>/]",
    re.S,
)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _head_bytes(head: bytes) -> bytes:
    """The head as UTF-8 bytes even when the file is UTF-16/UTF-32."""
    codec = bom_encoding(head) or guess_wide_encoding(head)
    if codec and codec != "utf-8-sig":
        return head.decode(codec, errors="ignore").encode("utf-8")
    return head


def _detail_text(detail: Any, value: str) -> str:
    """Plain text of a feedparser text construct, stripping HTML when it is HTML."""
    kind = (detail or {}).get("type", "") if hasattr(detail, "get") else ""
    if kind in _HTML_TYPES or "<" in value or "&" in value:
        return fragment_to_text(value)
    return " ".join(value.split()) if "\n" not in value else value.strip()


def _entry_text(entry: Any) -> str:
    """The longest content block of an entry, else its summary, as plain text."""
    best = ""
    for content in entry.get("content") or ():
        text = _detail_text(content, content.get("value") or "")
        if len(text) > len(best):
            best = text
    if not best and entry.get("summary"):
        best = _detail_text(entry.get("summary_detail"), entry.get("summary"))
    return best


_WORDS = re.compile(r"\w+")


def _opens_with(text: str, title: str) -> bool:
    """Whether ``text`` already begins with the words of ``title`` (case and spacing aside).

    >>> _opens_with("Taliban refuse AQ. Officials said ...", "Taliban  refuse AQ")
    True
    >>> _opens_with("Taliban refuse AQ: officials", "Taliban refuse AQ.")
    True
    >>> _opens_with("Officials said the Taliban refused.", "Taliban refuse AQ")
    False
    """
    words = _WORDS.findall(title.lower())
    return (
        bool(words) and _WORDS.findall(text[: len(title) * 2 + 20].lower())[: len(words)] == words
    )


def _entry_date(entry: Any) -> str | None:
    """Published (else updated) date as ISO 8601 UTC."""
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return datetime(*parsed[:6], tzinfo=UTC).isoformat()
            except (ValueError, OverflowError):
                pass
        raw = entry.get(key)
        if raw:
            found = iso_date(raw)
            if found:
                return found
    return None


def _xml_problem(problem: object, shift: int = 0) -> str:
    """What feedparser's parse error says, with the file's line (``shift``: lines feedparser
    added before it) and column when it has them."""
    line = getattr(problem, "getLineNumber", None)
    column = getattr(problem, "getColumnNumber", None)
    message = getattr(problem, "getMessage", None)
    if callable(line) and callable(column) and callable(message):
        return f"not well-formed XML at line {line() - shift}, column {column()}: {message()}"
    return f"not well-formed: {problem}"


class FeedReader:
    """RSS/Atom/RDF feeds, one document per entry."""

    name = "feed.v2"
    extensions = (".rss", ".atom", ".rdf", ".xml")

    def sniff(self, head: bytes, path: Path) -> float:
        """Sure when the XML root element is ``rss``, ``feed`` or ``rdf:RDF``."""
        return 0.95 if _ROOT.match(_head_bytes(head)) else 0.0

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield one document per feed entry."""
        path = Path(path)
        where = str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError("RW101", path=where, detail=exc.strerror or str(exc)) from exc
        if not data:
            raise IngestError("RW102", path=where)
        if declares_entities(data):
            raise IngestError("RW114", path=where)
        import feedparser

        try:
            # a stream, never a string: feedparser treats strings as URLs or paths
            # feedparser puts a declaration line before a feed that has none: its error
            # lines are one further down than the file's
            shift = 0 if data.lstrip(b"\xef\xbb\xbf").startswith(b"<?xml") else 1
            parsed = feedparser.parse(io.BytesIO(data))
        except (Exception, RecursionError) as exc:
            raise IngestError("RW112", path=where, detail=str(exc) or type(exc).__name__) from None
        del data
        entries = parsed.get("entries") or []
        problem = parsed.get("bozo_exception")
        if not entries or (problem and not any(e.get("title") or _entry_text(e) for e in entries)):
            # a feed cut short parses to empty entries: the XML error says why (walk55)
            detail = _xml_problem(problem, shift) if problem else "no entries"
            raise IngestError("RW112", path=where, detail=detail)
        feed = parsed.get("feed") or {}
        source = _detail_text(feed.get("title_detail"), feed.get("title") or "") or None
        kind = parsed.get("version") or "feed"
        for number, entry in enumerate(entries, 1):
            title = _detail_text(entry.get("title_detail"), entry.get("title") or "") or None
            text = _entry_text(entry)
            meta: dict[str, Any] = {"format": kind}
            if not text:
                if not title:
                    yield IngestError(
                        "RW111", path=where, detail=f"entry {number} has no text or title"
                    )
                    continue
                text = title
                meta["text_from"] = "title"
            elif title and not _opens_with(text, title):
                # a wire item's headline often carries the event its summary only details
                # ("X merges into Y" over "X's fighters handed over their bases"): it is the
                # document's first line, read as a headline; a summary that repeats it keeps
                # one copy, and an event told in both is merged into one by extraction
                text = f"{title}\n\n{text}"
                meta["text_from"] = "title and content"
            if entry.get("author"):
                meta["author"] = entry.get("author")
            tags = [tag.get("term") for tag in entry.get("tags") or () if tag.get("term")]
            if tags:
                meta["tags"] = tags
            if feed.get("link"):
                meta["feed_link"] = feed.get("link")
            published = _entry_date(entry)
            yield RawDocument(
                text=text,
                title=title,
                url=entry.get("link") or None,
                published=published,
                date_origin="feed" if published else None,
                source=source,
                external_id=entry.get("id") or None,
                locator=f"item {number}",
                meta=meta,
            )


READER = register(FeedReader())

__all__ = ["READER", "FeedReader"]
