"""The audit log: every analyst change, who made it, when, and the state before and after.

Writers call :func:`record` inside the transaction of the change they make (a SQLAlchemy
``Connection`` or ``Session``), so a change and its audit row are stored together or
not at all. Rows are only ever added. ``before`` and ``after`` are JSON-ready values
(dicts of the fields that describe the object; ``None`` when there was nothing before).

Actions recorded (``action`` / ``object_type``):

- ``event.accept``, ``event.reject``, ``event.correct`` / ``event`` (a verdict);
  ``event.credibility`` / ``event`` (an override, or its withdrawal);
- ``ach.question`` / ``ach_question``, ``ach.hypothesis`` / ``ach_question``,
  ``ach.rating`` / ``ach_question`` (``object_id`` the question id);
- ``source.grade`` / ``source``; ``document.grade`` / ``document``;
- ``upload`` / ``ingest_run``;
- ``actor.<kind>`` (add, alias, same, not_same, unsure, split, relation, reject),
  ``actor.unalias``, ``actor.undo`` / ``actor`` (before: the named actors' state);
- ``user.add``, ``user.role``, ``user.passwd``, ``user.disable``, ``user.enable`` / ``user``;
  ``token.create``, ``token.revoke`` / ``api_token``.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String, func, insert, select
from sqlalchemy.orm import Mapped, mapped_column

from riftwatch.store.tables import Base, utcnow


class AuditRow(Base):
    """One analyst change."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_object", "object_type", "object_id"),
        Index("ix_audit_log_actor", "actor"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(300))
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)


def _plain(value: Any) -> Any:
    """``value`` as plain JSON (dates as ISO text), so both dialects store the same."""
    if value is None:
        return None
    return json.loads(json.dumps(value, default=str))


def record(
    conn: Any,
    actor: str,
    action: str,
    object_type: str,
    object_id: object,
    *,
    before: Any = None,
    after: Any = None,
) -> None:
    """Add one audit row through ``conn`` (a Connection or Session, in the change's
    transaction)."""
    conn.execute(
        insert(AuditRow).values(
            at=utcnow(),
            actor=str(actor)[:100],
            action=action,
            object_type=object_type,
            object_id=str(object_id)[:300],
            before=_plain(before),
            after=_plain(after),
        )
    )


def row_dict(row: Any) -> dict[str, Any]:
    """An audit row as a JSON-ready record."""
    return {
        "id": row.id,
        "at": row.at.isoformat(timespec="seconds"),
        "actor": row.actor,
        "action": row.action,
        "object_type": row.object_type,
        "object_id": row.object_id,
        "before": row.before,
        "after": row.after,
    }


def _conditions(
    actor: str | None, action: str | None, object_type: str | None, object_id: str | None
) -> list[Any]:
    where = []
    if actor:
        where.append(AuditRow.actor == actor)
    if action:
        where.append(
            AuditRow.action.like(action.rstrip("*") + "%")
            if action.endswith("*") or action.endswith(".")
            else AuditRow.action == action
        )
    if object_type:
        where.append(AuditRow.object_type == object_type)
    if object_id is not None and object_id != "":
        where.append(AuditRow.object_id == str(object_id))
    return where


def list_rows(
    conn: Any,
    *,
    actor: str | None = None,
    action: str | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Audit rows, newest first, filtered (``action`` ending in ``*``: a prefix)."""
    query = (
        select(*AuditRow.__table__.c)
        .where(*_conditions(actor, action, object_type, object_id))
        .order_by(AuditRow.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [row_dict(r) for r in conn.execute(query)]


def count_rows(conn: Any, **filters: Any) -> int:
    """How many audit rows match :func:`list_rows`' filters."""
    where = _conditions(
        filters.get("actor"),
        filters.get("action"),
        filters.get("object_type"),
        filters.get("object_id"),
    )
    return int(conn.execute(select(func.count(AuditRow.id)).where(*where)).scalar() or 0)


__all__ = ["AuditRow", "count_rows", "list_rows", "record", "row_dict"]
