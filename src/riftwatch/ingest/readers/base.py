"""The reader interface and registry.

A reader turns one file into :class:`~riftwatch.model.RawDocument` objects. Readers
are registered under versioned names (``"html.v1"``) and chosen by what the
file's first bytes look like, with the extension only as a tie-breaker, so a
PDF named ``.txt`` is still read as a PDF.

A reader raises :class:`~riftwatch.errors.IngestError` for a problem with the
whole file, and *yields* an ``IngestError`` for a problem with one record of a
multi-record file (a broken JSON line), so the other records still go in.
Such an error names the record's ``line`` and, when it differs from ``line N``/
``row N``, its ``locator`` parameter; one yielded with ``stops=True`` means the
reader could not go on, so the records after it were not read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from riftwatch.errors import IngestError
from riftwatch.model import RawDocument

HEAD_BYTES = 8192


@dataclass
class ReadOptions:
    """Options a reader may use.

    ``columns`` maps our field names (text, title, date, url, source, source_type,
    reliability, credibility, grade, id, language) to a CSV/JSON column name; ``grade``
    is an Admiralty code such as ``B2`` that gives reliability and credibility at once.
    ``max_chars`` is the largest document kept whole: longer plain text is
    streamed and stored in parts of about this size. ``date_order`` (``"dmy"`` or
    ``"mdy"``) says how a CSV's or JSON record's dates in numbers that read either way
    (``03/08/2021``) are written; None lets each file's unambiguous dates tell
    (:func:`~.jsonl.settled_dates`).
    """

    columns: dict[str, str] = field(default_factory=dict)
    max_chars: int = 1_000_000
    encoding: str | None = None
    date_order: str | None = None

    def fingerprint(self, names: Iterable[str] = ("columns", "encoding", "max_chars")) -> str:
        """A SHA-256 of the options ``names`` (those a reader uses).

        The ingest stores it per file: when it changes, the file is read again.

        >>> ReadOptions(columns={"Text": "body "}).fingerprint() == ReadOptions(
        ...     columns={"text": "body"}).fingerprint()
        True
        >>> ReadOptions(columns={"text": "body"}).fingerprint(["encoding", "max_chars"]) == (
        ...     ReadOptions().fingerprint(["encoding", "max_chars"]))
        True
        >>> ReadOptions(columns={"text": "body"}).fingerprint() == ReadOptions().fingerprint()
        False
        """
        wanted = set(names)
        data: dict[str, object] = {}
        if "columns" in wanted:
            data["columns"] = sorted(
                (key.strip().lower(), value.strip()) for key, value in self.columns.items()
            )
        if "encoding" in wanted:
            data["encoding"] = (self.encoding or "").lower() or None
        if "max_chars" in wanted:
            data["max_chars"] = self.max_chars
        if "date_order" in wanted and self.date_order:
            data["date_order"] = self.date_order  # absent when unset: old fingerprints hold
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


DEFAULT_OPTIONS_USED = ("encoding", "max_chars")
"""The :class:`ReadOptions` a reader is taken to depend on when it does not say
(``options_used``): only the CSV and JSON Lines readers use ``columns``."""


class Reader(Protocol):
    name: str
    extensions: tuple[str, ...]

    def sniff(self, head: bytes, path: Path) -> float:
        """How sure (0..1) this reader is that it can read a file starting with ``head``."""
        ...

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield documents (and per-record errors) from the file."""
        ...


READERS: dict[str, Reader] = {}


def options_hash(options: ReadOptions, reader: str | None) -> str:
    """The fingerprint of the options the reader named ``reader`` uses.

    >>> options_hash(ReadOptions(columns={"text": "body"}), "pdf.v1") == (
    ...     options_hash(ReadOptions(), "pdf.v1"))
    True
    """
    found = READERS.get(reader or "")
    return options.fingerprint(getattr(found, "options_used", DEFAULT_OPTIONS_USED))


def register(reader: Reader) -> Reader:
    """Add a reader to the registry under its versioned name."""
    READERS[reader.name] = reader
    return reader


def choose_reader(path: Path, head: bytes) -> Reader:
    """Pick the reader most confident about ``head``; the extension breaks ties.

    Raises ``IngestError`` RW102 for an empty file and RW109 when no reader
    wants the bytes.
    """
    if not head:
        raise IngestError("RW102", path=str(path))
    suffix = path.suffix.lower()
    best: tuple[float, Reader] | None = None
    for reader in READERS.values():
        score = reader.sniff(head, path)
        if score <= 0:
            continue
        if suffix in reader.extensions:
            score += 0.05
        if best is None or score > best[0]:
            best = (score, reader)
    if best is None:
        raise IngestError("RW109", path=str(path))
    return best[1]
