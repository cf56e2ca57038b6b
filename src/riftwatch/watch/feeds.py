"""Feeds of a watch: fetch the configured feed (an http(s) URL or a local file), read its
entries with the ingest pipeline's feed reader, keep the ones not seen before.

Only the configured location is ever fetched: links inside the feed or its entries are
stored as the documents' ``url`` and never followed. The bytes are read by
:class:`~riftwatch.ingest.readers.feed.FeedReader` (feedparser given a stream, never a
URL; XML entities refused), so a feed polled by ``riftwatch watch`` gives the same
documents as the same file given to ``riftwatch ingest``.

>>> feed_kind("https://example.org/rss.xml"), feed_kind("/data/feeds/local.xml")
('url', 'path')
>>> try:
...     feed_kind("file:///etc/passwd")
... except WatchError as exc:
...     print(exc.code)
RW703
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from riftwatch import __version__, settings
from riftwatch.errors import IngestError, WatchError
from riftwatch.model import RawDocument

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")


def feed_kind(location: str) -> str:
    """``url`` for http(s), ``path`` for a local file; another scheme is RW703."""
    match = _SCHEME.match(location.strip())
    if match is None:
        if not location.strip():
            raise WatchError("RW703", value=location)
        return "path"
    if match.group(1).lower() in ("http", "https"):
        return "url"
    raise WatchError("RW703", value=location)


def fetch(location: str) -> bytes:
    """The feed's bytes: GET of a URL (bounded by ``feed_timeout``/``feed_max_mb``,
    RW701 when it fails) or a local file's content (RW702 when it cannot be read)."""
    if feed_kind(location) == "path":
        try:
            return Path(location).expanduser().read_bytes()
        except OSError as exc:
            raise WatchError("RW702", location=location, detail=exc.strerror or str(exc)) from None
    import httpx

    limit = int(float(settings.get("feed_max_mb")) * 1_000_000)
    timeout = float(settings.get("feed_timeout"))
    headers = {
        "User-Agent": f"riftwatch/{__version__} (feed reader)",
        "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml",
    }
    try:
        with httpx.stream(
            "GET", location, timeout=timeout, headers=headers, follow_redirects=True
        ) as response:
            if response.status_code != 200:
                raise WatchError("RW701", location=location, detail=f"HTTP {response.status_code}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise WatchError(
                        "RW701",
                        location=location,
                        detail=f"larger than {limit / 1_000_000:g} MB (setting feed_max_mb)",
                    )
                chunks.append(chunk)
    except httpx.HTTPError as exc:
        detail = str(exc) or type(exc).__name__
        raise WatchError("RW701", location=location, detail=detail) from None
    return b"".join(chunks)


@dataclass
class Entry:
    """A feed entry as a document, with the key that says whether it was seen."""

    key: str
    doc: RawDocument


def entry_key(doc: RawDocument) -> str:
    """A stable key of an entry: its id, else its link, else its title and text."""
    basis = doc.external_id or doc.url or f"{doc.title or ''}\n{doc.text}"
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()


def entries(location: str, data: bytes) -> list[Entry]:
    """The entries of a feed's bytes, read by the feed reader (RW702 when it is no feed)."""
    from riftwatch.ingest.readers import ReadOptions
    from riftwatch.ingest.readers.feed import READER

    if not data:
        raise WatchError("RW702", location=location, detail="it is empty")
    if READER.sniff(data[:4096], Path("feed.xml")) <= 0:
        raise WatchError(
            "RW702", location=location, detail="the root element is not rss, feed or rdf:RDF"
        )
    handle, name = tempfile.mkstemp(suffix=".xml", prefix="riftwatch-feed-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        found: list[Entry] = []
        try:
            for item in READER.read(Path(name), ReadOptions()):
                if isinstance(item, IngestError):
                    continue  # an entry with no text and no title: nothing to take in
                found.append(Entry(entry_key(item), item))
        except IngestError as exc:
            raise WatchError("RW702", location=location, detail=exc.detail) from None
    finally:
        os.unlink(name)
    return found


def spool(folder: Path, source_id: int, fresh: list[Entry], source_name: str | None) -> Path:
    """Write new entries as a JSON Lines file for the ingest pipeline; returns its path.

    The name is a hash of the entries' keys, so a run killed after writing it writes the
    same file again, and the pipeline (which skips files it has stored) adds nothing twice.
    """
    digest = hashlib.sha256("\n".join(sorted(e.key for e in fresh)).encode()).hexdigest()[:20]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"feed{source_id}-{digest}.jsonl"
    if path.exists():
        return path
    rows: list[dict[str, Any]] = []
    for entry in fresh:
        doc = entry.doc
        row = {
            "id": doc.external_id or entry.key,
            "title": doc.title,
            "url": doc.url,
            "date": doc.published,
            "source": source_name or doc.source,
            "text": doc.text,
        }
        rows.append({k: v for k, v in row.items() if v})
    partial = path.with_suffix(".part")
    with open(partial, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(partial, path)
    return path


__all__ = ["Entry", "entries", "entry_key", "feed_kind", "fetch", "spool"]
