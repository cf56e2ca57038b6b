"""Stored ACH questions, analysts' hypotheses and ratings (tables of migration 0008).

A question is a pair of actors as of a date, created by someone. Analysts add
hypotheses to a question and rate evidence items against hypotheses; every rating
is a new row (who, what, note, when): nothing is overwritten, so a question's
history can always be read back, and per analyst the latest rating counts.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Select,
    String,
    Text,
    UniqueConstraint,
    inspect,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column

from riftwatch.analysis.ach import RATINGS
from riftwatch.errors import JudgementError
from riftwatch.store import Store, audit
from riftwatch.store.tables import Base, utcnow

_HYP_ID = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


class AchQuestion(Base):
    """A question: a pair of actors as of a date."""

    __tablename__ = "ach_questions"
    __table_args__ = (
        UniqueConstraint("actor_a", "actor_b", "as_of", name="uq_ach_questions_pair_as_of"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_a: Mapped[str] = mapped_column(String(200))
    name_a: Mapped[str] = mapped_column(String(300))
    actor_b: Mapped[str] = mapped_column(String(200))
    name_b: Mapped[str] = mapped_column(String(300))
    as_of: Mapped[str] = mapped_column(String(10))
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AchHypothesis(Base):
    """A hypothesis an analyst added to one question."""

    __tablename__ = "ach_hypotheses"
    __table_args__ = (
        UniqueConstraint("question_id", "hypothesis", name="uq_ach_hypotheses_question"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("ach_questions.id", ondelete="CASCADE"))
    hypothesis: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    analyst: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AchRating(Base):
    """One analyst's rating of one evidence item against one hypothesis (append-only)."""

    __tablename__ = "ach_ratings"
    __table_args__ = (
        Index("ix_ach_ratings_question", "question_id"),
        CheckConstraint("rating IN ('CC','C','N','I','II')", name="ck_ach_ratings_rating"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("ach_questions.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(400))
    hypothesis: Mapped[str] = mapped_column(String(60))
    rating: Mapped[str] = mapped_column(String(2))
    analyst: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def _check_tables(store: Store) -> None:
    if not inspect(store.engine).has_table("ach_ratings"):
        raise JudgementError("RW550")


def _question_dict(q: AchQuestion) -> dict[str, Any]:
    return {
        "id": q.id,
        "pair": [{"id": q.actor_a, "name": q.name_a}, {"id": q.actor_b, "name": q.name_b}],
        "as_of": q.as_of,
        "created_by": q.created_by,
        "created_at": q.created_at.isoformat(timespec="seconds"),
    }


def _question_of(pair: list[dict[str, str]], as_of: str) -> Select[tuple[AchQuestion]]:
    """The select of the stored question for ``pair`` as of ``as_of``."""
    return select(AchQuestion).where(
        AchQuestion.actor_a == pair[0]["id"],
        AchQuestion.actor_b == pair[1]["id"],
        AchQuestion.as_of == as_of,
    )


def find_question(store: Store, pair: list[dict[str, str]], as_of: str) -> dict[str, Any] | None:
    """The stored question for ``pair`` as of ``as_of``, or None (nothing is created)."""
    _check_tables(store)
    with store.new_session() as session:
        q = session.scalars(_question_of(pair, as_of)).first()
        return None if q is None else _question_dict(q)


def ensure_question(
    store: Store, pair: list[dict[str, str]], as_of: str, created_by: str
) -> dict[str, Any]:
    """The stored question for ``pair`` as of ``as_of`` (created on first use)."""
    _check_tables(store)
    with store.new_session() as session:
        q = session.scalars(_question_of(pair, as_of)).first()
        if q is None:
            q = AchQuestion(
                actor_a=pair[0]["id"],
                name_a=pair[0]["name"],
                actor_b=pair[1]["id"],
                name_b=pair[1]["name"],
                as_of=as_of,
                created_by=created_by,
            )
            session.add(q)
            session.flush()
            audit.record(session, created_by, "ach.question", "ach_question", q.id,
                         after=_question_dict(q))  # fmt: skip
            session.commit()
        return _question_dict(q)


def get_question(store: Store, question: int | str) -> dict[str, Any]:
    """One stored question; JudgementError RW544 when there is none."""
    _check_tables(store)
    try:
        qid = int(question)
    except (TypeError, ValueError):
        raise JudgementError("RW544", id=question) from None
    with store.new_session() as session:
        q = session.get(AchQuestion, qid)
        if q is None:
            raise JudgementError("RW544", id=question)
        return _question_dict(q)


def list_questions(store: Store) -> list[dict[str, Any]]:
    """Every stored question, oldest first."""
    _check_tables(store)
    with store.new_session() as session:
        return [
            _question_dict(q) for q in session.scalars(select(AchQuestion).order_by(AchQuestion.id))
        ]


def hypotheses(store: Store, question: int) -> list[dict[str, Any]]:
    """The hypotheses analysts added to a question."""
    with store.new_session() as session:
        rows = session.scalars(
            select(AchHypothesis)
            .where(AchHypothesis.question_id == question)
            .order_by(AchHypothesis.id)
        )
        return [
            {
                "id": h.hypothesis,
                "name": h.name,
                "description": h.description or "",
                "added_by": h.analyst,
                "at": h.created_at.isoformat(timespec="seconds"),
            }
            for h in rows
        ]


def add_hypothesis(
    store: Store,
    question: int | str,
    hypothesis: str,
    name: str,
    *,
    analyst: str,
    description: str | None = None,
    existing: list[str] | None = None,
) -> dict[str, Any]:
    """Add a hypothesis to a question (RW547 bad id, RW548 already there, RW549 no analyst)."""
    q = get_question(store, question)
    if not analyst or not analyst.strip():
        raise JudgementError("RW549")
    if not _HYP_ID.match(hypothesis or ""):
        raise JudgementError("RW547", value=hypothesis)
    if not name or not name.strip():
        raise JudgementError("RW551", what="the hypothesis name")
    taken = set(existing or []) | {h["id"] for h in hypotheses(store, q["id"])}
    if hypothesis in taken:
        raise JudgementError("RW548", hypothesis=hypothesis, question=q["id"])
    with store.new_session() as session:
        session.add(
            AchHypothesis(
                question_id=q["id"],
                hypothesis=hypothesis,
                name=name.strip(),
                description=description,
                analyst=analyst.strip(),
            )
        )
        audit.record(
            session, analyst.strip(), "ach.hypothesis", "ach_question", q["id"],
            after={"hypothesis": hypothesis, "name": name.strip(), "description": description},
        )  # fmt: skip
        session.commit()
    return {"question": q["id"], "id": hypothesis, "name": name.strip(), "added_by": analyst}


def rate(
    store: Store,
    question: int | str,
    item: str,
    hypothesis: str,
    rating: str,
    *,
    analyst: str,
    note: str | None = None,
    items: list[str] | None = None,
    hypothesis_ids: list[str] | None = None,
) -> dict[str, Any]:
    """Record one analyst's rating (a new row; earlier ratings stay in the history).

    ``items`` and ``hypothesis_ids``, when given, are the question's current evidence
    items and hypotheses: a rating of anything else is refused (RW545, RW546).
    """
    q = get_question(store, question)
    if not analyst or not analyst.strip():
        raise JudgementError("RW549")
    value = (rating or "").strip().upper()
    if value not in RATINGS:
        raise JudgementError("RW543", value=rating)
    if items is not None and item not in items:
        raise JudgementError("RW545", item=item, question=q["id"])
    if hypothesis_ids is not None and hypothesis not in hypothesis_ids:
        raise JudgementError("RW546", hypothesis=hypothesis, question=q["id"])
    with store.new_session() as session:
        earlier = session.scalars(
            select(AchRating)
            .where(
                AchRating.question_id == q["id"],
                AchRating.item == item,
                AchRating.hypothesis == hypothesis,
                AchRating.analyst == analyst.strip(),
            )
            .order_by(AchRating.id.desc())
            .limit(1)
        ).first()
        before = _rating_dict(earlier) if earlier is not None else None
        row = AchRating(
            question_id=q["id"],
            item=item,
            hypothesis=hypothesis,
            rating=value,
            analyst=analyst.strip(),
            note=note,
        )
        session.add(row)
        session.flush()
        out = _rating_dict(row)
        audit.record(session, analyst.strip(), "ach.rating", "ach_question", q["id"],
                     before=before, after=out)  # fmt: skip
        session.commit()
        return out


def _rating_dict(r: AchRating) -> dict[str, Any]:
    return {
        "id": r.id,
        "question": r.question_id,
        "item": r.item,
        "hypothesis": r.hypothesis,
        "rating": r.rating,
        "analyst": r.analyst,
        "note": r.note,
        "at": r.at.isoformat(timespec="microseconds"),
    }


def ratings(store: Store, question: int) -> list[dict[str, Any]]:
    """Every rating of a question, oldest first (the history)."""
    with store.new_session() as session:
        rows = session.scalars(
            select(AchRating)
            .where(AchRating.question_id == question)
            .order_by(AchRating.at, AchRating.id)
        )
        return [_rating_dict(r) for r in rows]


__all__ = [
    "AchHypothesis",
    "AchQuestion",
    "AchRating",
    "add_hypothesis",
    "ensure_question",
    "get_question",
    "hypotheses",
    "list_questions",
    "rate",
    "ratings",
]
