"""SQLAlchemy 2 tables of the store.

The schema itself is made by the Alembic migrations in ``migrations/versions``;
these mapped classes must match them (``tests/store/test_migrations.py`` checks
that the migrated database and these models agree).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """A publisher, outlet, agency or channel, with its default grades."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    source_type: Mapped[str | None] = mapped_column(String(40))
    reliability: Mapped[str | None] = mapped_column(String(1))
    credibility: Mapped[int | None] = mapped_column(Integer)
    graded_by: Mapped[str | None] = mapped_column(String(100))
    graded_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class IngestRun(Base):
    """One ``riftwatch ingest`` invocation."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    paths: Mapped[list[Any]] = mapped_column(JSON, default=list)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Document(Base):
    """A stored document with its grades, language, origin group and ingest status."""

    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_source_id", "source_id"),
        Index("ix_documents_origin_id", "origin_id"),
        Index("ix_documents_published", "published"),
        Index("ix_documents_path", "path"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))
    published_precision: Mapped[str | None] = mapped_column(String(8))
    # where ``published`` came from: text:dateline, text:body, field, metadata, file:mtime
    date_origin: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(8), default="und")
    language_confidence: Mapped[float | None] = mapped_column(Float)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    source_type: Mapped[str] = mapped_column(String(40), default="other")
    reliability: Mapped[str] = mapped_column(String(1), default="F")
    credibility: Mapped[int] = mapped_column(Integer, default=6)
    grade_origin: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    origin_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    origin_similarity: Mapped[float | None] = mapped_column(Float)
    path: Mapped[str | None] = mapped_column(Text)
    locator: Mapped[str | None] = mapped_column(String(100))
    reader: Mapped[str | None] = mapped_column(String(40))
    encoding: Mapped[str | None] = mapped_column(String(40))
    char_count: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(20), default="ready")
    error: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    coded_version: Mapped[str | None] = mapped_column(Text)  # 0014: unbounded
    coded_at: Mapped[datetime | None] = mapped_column(DateTime)

    source: Mapped[Source | None] = relationship(lazy="joined")
    sentences: Mapped[list[SentenceRow]] = relationship(
        back_populates="document", order_by="SentenceRow.idx", cascade="all, delete-orphan"
    )


class SentenceRow(Base):
    """A sentence: offsets point into ``documents.text``."""

    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("document_id", "idx", name="uq_sentences_document_idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="sentences")


class EventRow(Base):
    """A coded event: who did what to whom, with modality, date, attribution and reasons."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_document_id", "document_id"),
        Index("ix_events_dyad", "source_id", "target_id"),
        # 0011: the web workbench's orders and actor filters on large stores
        Index("ix_events_order", "document_id", "sentence_index", "id"),
        # 0013: each actor index with the event type second (an actor and a type together)
        Index("ix_events_source_type", "source_id", "event_type"),
        Index("ix_events_target_id_type", "target_id", "event_type"),
        Index("ix_events_source_name_type", "source_name", "event_type"),
        Index("ix_events_target_name_type", "target_name", "event_type"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    sentence_index: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)
    source_id: Mapped[str | None] = mapped_column(String(200))
    source_name: Mapped[str] = mapped_column(String(300))
    target_id: Mapped[str | None] = mapped_column(String(200))
    target_name: Mapped[str] = mapped_column(String(300))
    event_type: Mapped[str] = mapped_column(String(20))
    mode: Mapped[str | None] = mapped_column(String(40))
    modality: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[str | None] = mapped_column(String(32))
    date_precision: Mapped[str | None] = mapped_column(String(12))
    confidence: Mapped[float] = mapped_column(Float)
    quote: Mapped[str | None] = mapped_column(Text)
    attributed_to: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    coder_version: Mapped[str] = mapped_column(Text)  # 0014: unbounded
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EventJudgementRow(Base):
    """An analyst's judgement of a coded event: a verdict or a credibility override.

    Rows are never updated by analysts, only added: the latest row of each ``kind`` for
    an event is the one that counts, earlier ones are its history. ``kind`` is
    ``verdict`` (``verdict`` accept/reject/correct, ``changes`` for a correction,
    ``note``) or ``credibility`` (``credibility`` 1-6, or None to withdraw an override;
    ``note`` is the reason). The event is named by what the coder said of it
    (``sentence_index``, ``source_key``, ``target_key``, ``event_type``, ``mode``,
    ``modality``), so that a recode, which gives events new ids, re-attaches it:
    ``event_id`` is the event it is attached to now, None when the coder no longer
    finds it (an orphan, still listed); ``judged_event_id`` the id it had when judged.
    """

    __tablename__ = "event_judgements"
    __table_args__ = (
        Index("ix_event_judgements_event_id", "event_id"),
        Index("ix_event_judgements_document_id", "document_id"),
        CheckConstraint("kind IN ('verdict','credibility')", name="ck_event_judgements_kind"),
        CheckConstraint(
            "verdict IS NULL OR verdict IN ('accept','reject','correct')",
            name="ck_event_judgements_verdict",
        ),
        CheckConstraint(
            "credibility IS NULL OR credibility BETWEEN 1 AND 6",
            name="ck_event_judgements_credibility",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(Integer)
    judged_event_id: Mapped[int] = mapped_column(Integer)
    sentence_index: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    source_key: Mapped[str] = mapped_column(String(300))
    target_key: Mapped[str] = mapped_column(String(300))
    event_type: Mapped[str] = mapped_column(String(20))
    mode: Mapped[str | None] = mapped_column(String(40))
    modality: Mapped[str] = mapped_column(String(20))
    coder_version: Mapped[str] = mapped_column(Text)  # 0014: unbounded
    verdict: Mapped[str | None] = mapped_column(String(10))
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    credibility: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    analyst: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class MinhashBand(Base):
    """Locality-sensitive hashing buckets for near-duplicate lookup."""

    __tablename__ = "minhash_bands"
    __table_args__ = (
        Index("ix_minhash_bands_bucket", "bucket"),
        Index("ix_minhash_bands_document_id", "document_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    band: Mapped[int] = mapped_column(Integer)
    bucket: Mapped[int] = mapped_column(BigInteger)


class IngestFile(Base):
    """The last ingest of each file path: fingerprint, outcome, document count."""

    __tablename__ = "ingest_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(BigInteger)
    mtime_ns: Mapped[int | None] = mapped_column(BigInteger)
    reader: Mapped[str | None] = mapped_column(String(40))
    # hash of the read options (column mapping, ...): a changed mapping re-reads the file
    options_hash: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="running")
    documents: Mapped[int] = mapped_column(Integer, default=0)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class IngestFailure(Base):
    """A file, or one record of a file, that could not be ingested, with its numbered reason."""

    __tablename__ = "ingest_failures"
    __table_args__ = (Index("ix_ingest_failures_path", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))
    path: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(8))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


__all__ = [
    "Base",
    "Document",
    "EventJudgementRow",
    "EventRow",
    "IngestFailure",
    "IngestFile",
    "IngestRun",
    "MinhashBand",
    "SentenceRow",
    "Source",
]
