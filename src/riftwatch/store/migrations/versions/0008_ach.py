"""Structured judgement: ACH questions, analysts' hypotheses and ratings (append-only).

Revision ID: 0008
Revises: 0007 (analysts' judgements of events)
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ach_questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("actor_a", sa.String(200), nullable=False),
        sa.Column("name_a", sa.String(300), nullable=False),
        sa.Column("actor_b", sa.String(200), nullable=False),
        sa.Column("name_b", sa.String(300), nullable=False),
        sa.Column("as_of", sa.String(10), nullable=False),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("actor_a", "actor_b", "as_of", name="uq_ach_questions_pair_as_of"),
    )
    op.create_table(
        "ach_hypotheses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "question_id",
            sa.Integer,
            sa.ForeignKey("ach_questions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("hypothesis", sa.String(60), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("analyst", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("question_id", "hypothesis", name="uq_ach_hypotheses_question"),
    )
    op.create_table(
        "ach_ratings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "question_id",
            sa.Integer,
            sa.ForeignKey("ach_questions.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("item", sa.String(400), nullable=False),
        sa.Column("hypothesis", sa.String(60), nullable=False),
        sa.Column("rating", sa.String(2), nullable=False),
        sa.Column("analyst", sa.String(100), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.CheckConstraint("rating IN ('CC','C','N','I','II')", name="ck_ach_ratings_rating"),
    )
    op.create_index("ix_ach_ratings_question", "ach_ratings", ["question_id"])


def downgrade() -> None:
    op.drop_index("ix_ach_ratings_question", table_name="ach_ratings")
    op.drop_table("ach_ratings")
    op.drop_table("ach_hypotheses")
    op.drop_table("ach_questions")
