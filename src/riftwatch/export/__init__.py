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

from collections.abc import Callable, Iterator
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
    "run",
]
