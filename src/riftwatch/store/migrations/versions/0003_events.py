"""Coded events, and which coder version coded each document.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("sentence_index", sa.Integer, nullable=False),
        sa.Column("sentence_start", sa.Integer, nullable=False),
        sa.Column("sentence_end", sa.Integer, nullable=False),
        sa.Column("source_id", sa.String(200)),
        sa.Column("source_name", sa.String(300), nullable=False),
        sa.Column("target_id", sa.String(200)),
        sa.Column("target_name", sa.String(300), nullable=False),
        sa.Column("event_type", sa.String(20), nullable=False),
        sa.Column("mode", sa.String(40)),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("event_date", sa.String(32)),
        sa.Column("date_precision", sa.String(12)),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("quote", sa.Text),
        sa.Column("attributed_to", sa.JSON),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Column("coder_version", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])
    op.create_index("ix_events_dyad", "events", ["source_id", "target_id"])
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("coded_version", sa.String(200)))
        batch.add_column(sa.Column("coded_at", sa.DateTime))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("coded_at")
        batch.drop_column("coded_version")
    op.drop_index("ix_events_dyad", "events")
    op.drop_index("ix_events_document_id", "events")
    op.drop_table("events")
