"""Re-point stored events when an analyst merges actors (and point them back on undo).

Events keep the actor ids they were coded with. When an analyst judges two actors the
same (``riftwatch actors merge``, the workbench's curation page), the events coded with
the merged actor's id (or, for a merged name, the open id of that name) are re-pointed to
the kept actor in the merge's own transaction, so every listing, claim, timeline, rift
and export reads the merged actor at once instead of after a recode. The moved event ids
are kept in the merge judgement's payload (``repointed``), so that undoing the merge
points exactly those events back.

Each re-pointing (and each restore) adds an audit row (``events.repoint`` /
``events.restore``, object type ``actor_events``, object id the kept actor: ``before``
the old ids, ``after`` how many events moved on each side). The workbench's store state
(:func:`riftwatch.workbench.store_state`) counts these rows, so its cached relationships
and field summary are recomputed after a merge.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from riftwatch.store import audit
from riftwatch.store.tables import EventRow

OBJECT_TYPE = "actor_events"
"""The audit rows' object type of a re-pointing (counted by the workbench's store state)."""
CHUNK = 5000
SIDES = (("source", EventRow.source_id), ("target", EventRow.target_id))


def repoint(session: Any, old_ids: list[str], new_id: str, *, analyst: str) -> dict[str, Any]:
    """Point the events of ``old_ids`` (either side) at ``new_id`` in ``session``'s
    transaction; returns ``{old id: {"source": [event ids], "target": [event ids]}}`` for
    the ids that had events (with an audit row when any moved)."""
    moved: dict[str, dict[str, list[int]]] = {}
    for old in sorted({i for i in old_ids if i and i != new_id}):
        for side, col in SIDES:
            ids = sorted(session.scalars(select(EventRow.id).where(col == old)).all())
            if ids:
                moved.setdefault(old, {"source": [], "target": []})[side] = ids
                session.execute(update(EventRow).where(col == old).values({col.key: new_id}))
    if moved:
        audit.record(session, analyst, "events.repoint", OBJECT_TYPE, new_id,
                     before={"ids": sorted(moved)}, after=counts(moved))  # fmt: skip
    return moved


def restore(session: Any, moved: dict[str, Any], new_id: str, *, analyst: str) -> dict[str, Any]:
    """Undo :func:`repoint`: the listed events still on ``new_id`` get their old id back."""
    for old, sides in moved.items():
        for side, col in SIDES:
            ids = list(sides.get(side) or [])
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                session.execute(
                    update(EventRow)
                    .where(EventRow.id.in_(chunk), col == new_id)
                    .values({col.key: old})
                )
    if moved:
        audit.record(session, analyst, "events.restore", OBJECT_TYPE, new_id,
                     before={"ids": sorted(moved)}, after=counts(moved))  # fmt: skip
    return counts(moved)


def counts(moved: dict[str, Any]) -> dict[str, dict[str, int]]:
    """How many events moved per old id and side.

    >>> counts({"org:a": {"source": [1, 2], "target": [5]}})
    {'org:a': {'source': 2, 'target': 1}}
    """
    return {old: {side: len(sides.get(side) or []) for side, _ in SIDES}
            for old, sides in moved.items()}  # fmt: skip


def changes(conn: Any) -> int:
    """The newest re-pointing's audit row id (0: none): changes after each merge that moved
    events and each undo of one."""
    return int(
        conn.execute(
            select(func.max(audit.AuditRow.id)).where(audit.AuditRow.object_type == OBJECT_TYPE)
        ).scalar()
        or 0
    )


__all__ = ["OBJECT_TYPE", "changes", "counts", "repoint", "restore"]
