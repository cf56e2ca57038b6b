"""Analysts' judgements of coded events, at the level of the store (table ``event_judgements``).

One table holds both kinds of judgement, told apart by ``kind``:

- ``verdict``: ``accept``, ``reject`` or ``correct`` (with ``changes``), and a ``note``;
- ``credibility``: an information credibility 1-6 that replaces the document's for this
  event (None withdraws an earlier override), with the reason in ``note``.

Rows are only ever added: the latest row (highest id) of a kind for an event counts, the
earlier ones are its history.

A recode replaces a document's events with new rows and new ids, so a judgement also
names its event by what the coder said of it: sentence index (and start offset), source,
target, type, mode and modality. :func:`reattach` runs in the recode's transaction
(:mod:`riftwatch.coding`) and points each judgement at the new event that matches it
best (:data:`TIERS`); when none does, ``event_id`` becomes NULL: the judgement is an
orphan, kept and listed (``riftwatch events orphans``), and a later recode that finds
the event again re-attaches it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.engine import Connection

from riftwatch.store.tables import EventJudgementRow, EventRow

J = EventJudgementRow

TIERS = (
    "same sentence, source, target, type, modality and mode",
    "same sentence, source, target, type and modality",
    "same sentence, source, target and type",
    "same sentence, source and target, and the type an analyst corrected it to",
    "same sentence start, source, target and type (the sentences were cut differently)",
)
"""How a judgement finds its event again after a recode, best first."""


def actor_key(actor_id: str | None, name: str | None) -> str:
    """How a judgement names an actor of its event: the id, else the name.

    >>> actor_key("org:ttp", "TTP"), actor_key(None, "unidentified militants")
    ('org:ttp', 'unidentified militants')
    """
    return str(actor_id or name or "")


def key_values(event: Any) -> dict[str, Any]:
    """The columns that name ``event`` (an ``events`` row) in a judgement."""
    return {
        "document_id": event.document_id,
        "sentence_index": event.sentence_index,
        "sentence_start": event.sentence_start,
        "source_key": actor_key(event.source_id, event.source_name),
        "target_key": actor_key(event.target_id, event.target_name),
        "event_type": event.event_type,
        "mode": event.mode,
        "modality": event.modality,
        "coder_version": event.coder_version,
    }


def add(conn: Connection, event: Any, kind: str, analyst: str, at: Any, **values: Any) -> int:
    """Add one judgement of ``event`` (an ``events`` row); returns its id."""
    row = {
        **key_values(event),
        "kind": kind,
        "event_id": event.id,
        "judged_event_id": event.id,
        "verdict": None,
        "changes": None,
        "credibility": None,
        "note": None,
        "analyst": analyst,
        "created_at": at,
        **values,
    }
    return int(conn.execute(J.__table__.insert().values(**row)).inserted_primary_key[0])


def latest(kind: str, events: Any = None) -> Any:
    """A subquery: ``(event_id, jid)``, the latest judgement of ``kind`` of each event.

    ``events`` (ids, or a SELECT of ids) limits it to those events: a page of events
    then reads its own judgements by index instead of grouping every judgement.
    """
    wanted = J.event_id.is_not(None) if events is None else J.event_id.in_(events)
    return (
        select(J.event_id.label("event_id"), func.max(J.id).label("jid"))
        .where(J.kind == kind, wanted)
        .group_by(J.event_id)
        .subquery(f"latest_{kind}")
    )


def _tier(row: Any, event: Any) -> int | None:
    """How well ``event`` matches the judgement ``row`` (an index of :data:`TIERS`)."""
    same_actors = row.source_key == actor_key(
        event.source_id, event.source_name
    ) and row.target_key == actor_key(event.target_id, event.target_name)
    if not same_actors:
        return None
    if row.sentence_index == event.sentence_index:
        if row.event_type == event.event_type:
            if row.modality == event.modality:
                return 0 if (row.mode or None) == (event.mode or None) else 1
            return 2
        corrected = (row.changes or {}).get("event_type") if row.kind == "verdict" else None
        if corrected and corrected == event.event_type:
            return 3
        return None
    if (
        row.sentence_start is not None
        and row.sentence_start == event.sentence_start
        and row.event_type == event.event_type
    ):
        return 4
    return None


def reattach(conn: Connection, document_id: int) -> dict[str, int]:
    """Point the judgements of a document at its (re)coded events; ``{"attached", "orphaned"}``.

    Judgements of one event move together: they are grouped by the event they were
    attached to (orphans by the event they name), and the group goes to the event that
    matches any of its rows best (ties: the lowest id).
    """
    rows = conn.execute(select(J).where(J.document_id == document_id).order_by(J.id)).all()
    if not rows:
        return {"attached": 0, "orphaned": 0}
    events = conn.execute(
        select(
            EventRow.id, EventRow.sentence_index, EventRow.sentence_start, EventRow.source_id,
            EventRow.source_name, EventRow.target_id, EventRow.target_name, EventRow.event_type,
            EventRow.mode, EventRow.modality,
        ).where(EventRow.document_id == document_id)
    ).all()  # fmt: skip
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for row in rows:
        ident = (
            ("event", row.event_id)
            if row.event_id is not None
            else ("key", row.sentence_index, row.source_key, row.target_key, row.event_type,
                  row.mode, row.modality)
        )  # fmt: skip
        groups.setdefault(ident, []).append(row)
    updates: list[dict[str, Any]] = []
    attached = orphaned = 0
    for members in groups.values():
        best: tuple[int, int] | None = None
        for row in members:
            for event in events:
                tier = _tier(row, event)
                if tier is not None and (best is None or (tier, event.id) < best):
                    best = (tier, event.id)
        new_id = best[1] if best else None
        for row in members:
            if row.event_id != new_id:
                updates.append({"jid": row.id, "new": new_id})
        if new_id is None:
            orphaned += len(members)
        else:
            attached += len(members)
    if updates:
        conn.execute(
            update(J).where(J.id == bindparam("jid")).values(event_id=bindparam("new")),
            updates,
        )
    return {"attached": attached, "orphaned": orphaned}


def delete_for_documents(conn: Connection, ids: Sequence[int]) -> int:
    """Delete the judgements of the documents ``ids``; returns how many went."""
    total = 0
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        total += conn.execute(delete(J).where(J.document_id.in_(chunk))).rowcount or 0
    return total


__all__ = [
    "TIERS",
    "actor_key",
    "add",
    "delete_for_documents",
    "key_values",
    "latest",
    "reattach",
]
