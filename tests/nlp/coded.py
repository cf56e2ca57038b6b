"""What the extractor codes from an invented text, as the relationship-description tests read it.

Each event is a tuple of its source (the group a person or member stands for, else the
actor's own name), PLOVER type, mode, target and modality; a set, since the tests ask whether
an event is there. Tests import it as ``from coded import group_events`` (``tests/nlp`` is on
the import path under pytest) and fix their own document date with :func:`functools.partial`.
"""

from __future__ import annotations

from riftwatch.nlp.extract import extract_document

Event = tuple[str, str, str | None, str, str]


def group_events(text: str, date: str, source_type: str | None = None) -> set[Event]:
    """(source, type, mode, target, modality) of every event coded from ``text`` as one
    document dated ``date`` (of source type ``source_type``, when given)."""
    doc = {"id": "t", "text": text, "date": date}
    if source_type:
        doc["source_type"] = source_type
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type, c.event.mode,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document(doc)
    }  # fmt: skip


def asserted_group_events(text: str, date: str) -> set[tuple[str, str, str | None, str]]:
    """(source, type, mode, target) of the events the text asserts."""
    return {e[:4] for e in group_events(text, date) if e[4] == "asserted"}
