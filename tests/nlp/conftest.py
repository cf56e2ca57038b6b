"""Helpers shared by the extraction tests: the events of a short invented text as tuples."""

from __future__ import annotations

from riftwatch.nlp.extract import extract_document


def named_events(text: str, date: str = "2012-01-01") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``, by organisation name
    (dated 2012-01-01 unless ``date`` is given)."""
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": date})
    }  # fmt: skip


def id_events(text: str, date: str) -> list[tuple[str, str, str, str]]:
    """(source id, type, target id, modality) of every event, in order, by organisation id."""
    return [
        (c.event.source.org_id or c.event.source.id, c.event.event_type,
         c.event.target.org_id or c.event.target.id, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": date})
    ]  # fmt: skip


def has(found: set[tuple[str, str, str, str]], source: str, etype: str, target: str,
        modality: str | None = "asserted") -> bool:  # fmt: skip
    """True when ``found`` holds a ``etype`` event from ``source`` to ``target`` (names matched
    as substrings) with ``modality`` (any modality when None)."""
    return any(
        source in s and g == etype and target in t and (modality is None or m == modality)
        for s, g, t, m in found
    )


def asserted(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    """The asserted events of ``found``."""
    return {e for e in found if e[3] == "asserted"}


def asserted_between(found: set[tuple[str, str, str, str]], a: str, b: str) -> set:
    """Asserted events from an actor whose name holds ``a`` to one whose name holds ``b``."""
    return {e for e in found if e[3] == "asserted" and a in e[0] and b in e[2]}
