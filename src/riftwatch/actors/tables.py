"""SQLAlchemy tables of the actor knowledge base in the store (made by migration 0002).

``actors``, ``actor_aliases`` and ``actor_relations`` hold a snapshot of the KB data
files (``actor_kb_versions`` records which snapshot); ``actor_judgements`` holds analyst
decisions, which are never overwritten or deleted: undoing one sets ``undone_at``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from riftwatch.store.tables import Base, utcnow


class ActorKBVersion(Base):
    """One load of the KB data files into the store."""

    __tablename__ = "actor_kb_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(64), unique=True)
    entities: Mapped[int] = mapped_column(Integer, default=0)
    aliases: Mapped[int] = mapped_column(Integer, default=0)
    relations: Mapped[int] = mapped_column(Integer, default=0)
    loaded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ActorRow(Base):
    """An actor of the KB snapshot (files only; judgements are applied on top)."""

    __tablename__ = "actors"
    __table_args__ = (Index("ix_actors_type", "type"), Index("ix_actors_name", "name"))

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    type: Mapped[str] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(3))
    start: Mapped[str | None] = mapped_column(String(10))
    end: Mapped[str | None] = mapped_column(String(10))
    description: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    kb_version: Mapped[str] = mapped_column(String(64))


class ActorAliasRow(Base):
    """An alias with its kind, provenance and disambiguation rule."""

    __tablename__ = "actor_aliases"
    __table_args__ = (
        Index("ix_actor_aliases_norm", "norm"),
        Index("ix_actor_aliases_actor_id", "actor_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(500))
    norm: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(40))
    rule: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ActorRelationRow(Base):
    """A dated relation between two actors."""

    __tablename__ = "actor_relations"
    __table_args__ = (
        Index("ix_actor_relations_subject", "subject"),
        Index("ix_actor_relations_target", "target"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    type: Mapped[str] = mapped_column(String(30))
    target: Mapped[str] = mapped_column(String(200))
    start: Mapped[str | None] = mapped_column(String(10))
    end: Mapped[str | None] = mapped_column(String(10))
    role: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)


class ActorJudgement(Base):
    """An analyst decision: who decided what about which actors, when; undo sets undone_at."""

    __tablename__ = "actor_judgements"
    __table_args__ = (
        Index("ix_actor_judgements_subject", "subject"),
        Index("ix_actor_judgements_object", "object"),
        Index("ix_actor_judgements_kind", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(300))
    object: Mapped[str | None] = mapped_column(String(300))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    analyst: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(100))


__all__ = [
    "ActorAliasRow",
    "ActorJudgement",
    "ActorKBVersion",
    "ActorRelationRow",
    "ActorRow",
]
