"""A long document's page in parts: runs of whole sentences with at most a few hundred events.

A report of thousands of coded events (or of hundreds of thousands of characters) would
make a page of megabytes: slow to build, to send and to read. The document page shows
one *part* at a time: consecutive sentences holding at most :data:`PART_EVENTS` coded
events and about :data:`PART_CHARS` characters of text, with its events highlighted in
place and listed below, and links to the other parts. A short document is one part (the
whole page, as before).

The parts are cut from two light queries (the sentences' offsets, the number of events
per sentence), both read from indexes, so finding them costs the same on SQLite and
PostgreSQL however long the document is.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from riftwatch.store.tables import EventRow, SentenceRow

PART_EVENTS = 100
"""At most this many coded events on one part of a document page (unless one sentence
holds more: a sentence is never cut)."""
PART_CHARS = 50_000
"""About this many characters of text on one part (a part ends at the first sentence
boundary past it)."""


@dataclass(frozen=True)
class Part:
    """One part of a document page: sentences ``first``..``last`` (indexes, inclusive),
    the text ``[start, end)``, and its events: ``events`` of them from the
    ``event_offset``-th of the document's event list (document order)."""

    number: int
    first: int
    last: int
    start: int
    end: int
    event_offset: int
    events: int


def cut_parts(
    text_length: int,
    sentences: list[tuple[int, int]],
    counts: dict[int, int],
    *,
    max_events: int = PART_EVENTS,
    max_chars: int = PART_CHARS,
) -> list[Part]:
    """The parts of a document of ``text_length`` characters whose sentences are
    ``(index, start)`` pairs in order and whose events are counted per sentence index in
    ``counts``.

    A part closes before a sentence that would take it past ``max_events`` events, or
    once it holds ``max_chars`` characters; every character and every event belongs to
    exactly one part (events of a sentence index with no stored sentence go with the
    sentence before them).

    >>> parts = cut_parts(30, [(0, 0), (1, 10), (2, 20)], {0: 2, 1: 2, 2: 1}, max_events=3)
    >>> [(p.first, p.last, p.start, p.end, p.event_offset, p.events) for p in parts]
    [(0, 0, 0, 10, 0, 2), (1, 2, 10, 30, 2, 3)]
    >>> [(p.start, p.end, p.events) for p in cut_parts(5, [], {})]
    [(0, 5, 0)]
    """
    indexes = sorted({i for i, _ in sentences} | set(counts))
    starts = dict(sentences)
    if not indexes:
        return [Part(1, 0, 0, 0, text_length, 0, 0)]
    # (first index, its character start) of each part
    cuts: list[int] = [indexes[0]]
    events = chars_from = 0
    for i in indexes:
        n = counts.get(i, 0)
        here = starts.get(i)
        opened = i == cuts[-1]
        full = events + n > max_events and events > 0
        long = here is not None and here - chars_from >= max_chars
        if not opened and here is not None and (full or long):
            cuts.append(i)
            events, chars_from = 0, here
        events += n
    parts: list[Part] = []
    offset = 0
    for k, first in enumerate(cuts):
        nxt = cuts[k + 1] if k + 1 < len(cuts) else None
        lo = bisect_left(indexes, first)
        hi = len(indexes) if nxt is None else bisect_left(indexes, nxt)
        start = 0 if k == 0 else starts[first]
        end = text_length if nxt is None else starts[nxt]
        n = sum(counts.get(i, 0) for i in indexes[lo:hi])
        parts.append(Part(k + 1, first, indexes[hi - 1], start, end, offset, n))
        offset += n
    return parts


def document_parts(store: Any, doc_id: int, text_length: int) -> list[Part]:
    """The parts of a stored document's page (:func:`cut_parts` over its sentences and
    its events per sentence)."""
    with store.engine.connect() as conn:
        sentences = conn.execute(
            select(SentenceRow.idx, SentenceRow.start)
            .where(SentenceRow.document_id == doc_id)
            .order_by(SentenceRow.idx)
        ).all()
        counts = conn.execute(
            select(EventRow.sentence_index, func.count())
            .where(EventRow.document_id == doc_id)
            .group_by(EventRow.sentence_index)
        ).all()
    return cut_parts(
        text_length,
        [(int(i), int(s)) for i, s in sentences],
        {int(i): int(n) for i, n in counts if i is not None},
        max_events=PART_EVENTS,
        max_chars=PART_CHARS,
    )


def part_of_event(store: Any, doc_id: int, event_id: int, parts: list[Part]) -> Part | None:
    """The part that shows the event ``event_id`` of the document (None: not one of its
    events)."""
    with store.engine.connect() as conn:
        index = conn.scalar(
            select(EventRow.sentence_index).where(
                EventRow.id == event_id, EventRow.document_id == doc_id
            )
        )
    if index is None:
        return None
    for part in parts:
        if part.first <= index <= part.last:
            return part
    return None


def shifted(events: list[dict[str, Any]], start: int) -> list[dict[str, Any]]:
    """The events with their sentence offsets made relative to a part starting at
    ``start`` (to mark them in the part's text).

    >>> shifted([{"id": 1, "start": 12, "end": 20, "quote": "x"}], 10)
    [{'id': 1, 'start': 2, 'end': 10, 'quote': 'x'}]
    """
    out = []
    for event in events:
        s, e = event.get("start"), event.get("end")
        if isinstance(s, int) and isinstance(e, int):
            out.append({"id": event["id"], "start": s - start, "end": e - start,
                        "quote": event.get("quote")})  # fmt: skip
    return out


__all__ = ["PART_CHARS", "PART_EVENTS", "Part", "cut_parts", "document_parts",
           "part_of_event", "shifted"]  # fmt: skip
