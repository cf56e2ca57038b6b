"""The tables of migration 0010: watchlists, watch sources and their seen items, the
last assessed probability of each followed pair, and alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from riftwatch.store.tables import Base, utcnow


class Watchlist(Base):
    """One analyst following an actor (``actor_b`` empty) or a pair, with a threshold."""

    __tablename__ = "watchlists"
    __table_args__ = (
        UniqueConstraint("analyst", "actor_a", "actor_b", name="uq_watchlists_follow"),
        CheckConstraint("threshold > 0 AND threshold < 1", name="ck_watchlists_threshold"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    analyst: Mapped[str] = mapped_column(String(100))
    actor_a: Mapped[str] = mapped_column(String(300))
    actor_b: Mapped[str] = mapped_column(String(300), default="", server_default="")
    threshold: Mapped[float] = mapped_column(Float)
    channels: Mapped[list[Any]] = mapped_column(JSON)
    webhook_url: Mapped[str | None] = mapped_column(String(2000))
    email_to: Mapped[str | None] = mapped_column(String(2000))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WatchSource(Base):
    """A folder or a feed (URL or local file) that ``riftwatch watch`` checks."""

    __tablename__ = "watch_sources"
    __table_args__ = (
        UniqueConstraint("kind", "location", name="uq_watch_sources_location"),
        CheckConstraint("kind IN ('folder','feed')", name="ck_watch_sources_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    location: Mapped[str] = mapped_column(String(2000))
    name: Mapped[str | None] = mapped_column(String(300))
    source_type: Mapped[str | None] = mapped_column(String(40))
    interval_seconds: Mapped[float] = mapped_column(Float)
    last_checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_status: Mapped[str | None] = mapped_column(String(20))
    last_error: Mapped[str | None] = mapped_column(Text)
    items_seen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WatchItem(Base):
    """A feed entry already taken in (by its id, else link, else title and text)."""

    __tablename__ = "watch_items"
    __table_args__ = (UniqueConstraint("source_id", "item_key", name="uq_watch_items_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("watch_sources.id", ondelete="CASCADE")
    )
    item_key: Mapped[str] = mapped_column(String(64))
    link: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WatchState(Base):
    """The last assessed rift probability of a followed pair, and whether it was above."""

    __tablename__ = "watch_state"
    __table_args__ = (
        UniqueConstraint("watchlist_id", "actor_a", "actor_b", name="uq_watch_state_pair"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    watchlist_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("watchlists.id", ondelete="CASCADE")
    )
    actor_a: Mapped[str] = mapped_column(String(300))
    actor_b: Mapped[str] = mapped_column(String(300))
    probability: Mapped[float] = mapped_column(Float)
    above: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Alert(Base):
    """A followed pair's rift probability crossed its threshold upwards, with the evidence."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_created", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    watchlist_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("watchlists.id", ondelete="SET NULL")
    )
    analyst: Mapped[str] = mapped_column(String(100))
    actor_a: Mapped[str] = mapped_column(String(300))
    actor_b: Mapped[str] = mapped_column(String(300))
    name_a: Mapped[str] = mapped_column(String(300))
    name_b: Mapped[str] = mapped_column(String(300))
    probability_before: Mapped[float | None] = mapped_column(Float)
    probability_after: Mapped[float] = mapped_column(Float)
    month: Mapped[str | None] = mapped_column(String(7))
    threshold: Mapped[float] = mapped_column(Float)
    evidence_ids: Mapped[list[Any]] = mapped_column(JSON)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    channels: Mapped[list[Any]] = mapped_column(JSON)
    delivered: Mapped[list[Any]] = mapped_column(JSON)
    delivery_errors: Mapped[list[Any]] = mapped_column(JSON)
    delivery_attempted_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    acknowledged_by: Mapped[str | None] = mapped_column(String(100))
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)


__all__ = ["Alert", "WatchItem", "WatchSource", "WatchState", "Watchlist"]
