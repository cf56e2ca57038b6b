"""Analysts' judgements of coded events: verdicts (accept, reject, correct) and
credibility overrides, in one table with a ``kind`` column, never overwritten.

A judgement names its event by what the coder said (document, sentence index,
source, target, type, mode, modality) as well as by id, so that a recode, which
replaces a document's events with new ids, re-attaches it (``event_id``); when the
coder no longer finds the event, ``event_id`` is NULL and the judgement is listed
as orphaned. Deleting a document deletes its judgements.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_judgements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("event_id", sa.Integer),
        sa.Column("judged_event_id", sa.Integer, nullable=False),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        sa.Column("sentence_start", sa.Integer),
        sa.Column("source_key", sa.String(300), nullable=False),
        sa.Column("target_key", sa.String(300), nullable=False),
        sa.Column("event_type", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(40)),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("coder_version", sa.String(200), nullable=False),
        sa.Column("verdict", sa.String(10)),
        sa.Column("changes", sa.JSON),
        sa.Column("credibility", sa.Integer),
        sa.Column("note", sa.Text),
        sa.Column("analyst", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("kind IN ('verdict','credibility')", name="ck_event_judgements_kind"),
        sa.CheckConstraint(
            "verdict IS NULL OR verdict IN ('accept','reject','correct')",
            name="ck_event_judgements_verdict",
        ),
        sa.CheckConstraint(
            "credibility IS NULL OR credibility BETWEEN 1 AND 6",
            name="ck_event_judgements_credibility",
        ),
    )
    op.create_index("ix_event_judgements_event_id", "event_judgements", ["event_id"])
    op.create_index("ix_event_judgements_document_id", "event_judgements", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_event_judgements_document_id", "event_judgements")
    op.drop_index("ix_event_judgements_event_id", "event_judgements")
    op.drop_table("event_judgements")
