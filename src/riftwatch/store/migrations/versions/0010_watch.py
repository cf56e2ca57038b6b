"""Watchlists, watch sources (folders, feeds) with their seen items, rift alerts.

Revision ID: 0010
Revises: 0008 (ACH); the 0009 of a parallel branch is re-chained at merge
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watchlists",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("analyst", sa.String(100), nullable=False),
        sa.Column("actor_a", sa.String(300), nullable=False),
        sa.Column("actor_b", sa.String(300), nullable=False, server_default=""),
        sa.Column("threshold", sa.Float, nullable=False),
        sa.Column("channels", sa.JSON, nullable=False),
        sa.Column("webhook_url", sa.String(2000)),
        sa.Column("email_to", sa.String(2000)),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("analyst", "actor_a", "actor_b", name="uq_watchlists_follow"),
        sa.CheckConstraint("threshold > 0 AND threshold < 1", name="ck_watchlists_threshold"),
    )
    op.create_table(
        "watch_sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("location", sa.String(2000), nullable=False),
        sa.Column("name", sa.String(300)),
        sa.Column("source_type", sa.String(40)),
        sa.Column("interval_seconds", sa.Float, nullable=False),
        sa.Column("last_checked_at", sa.DateTime),
        sa.Column("last_status", sa.String(20)),
        sa.Column("last_error", sa.Text),
        sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("kind", "location", name="uq_watch_sources_location"),
        sa.CheckConstraint("kind IN ('folder','feed')", name="ck_watch_sources_kind"),
    )
    op.create_table(
        "watch_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "source_id",
            sa.Integer,
            sa.ForeignKey("watch_sources.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("item_key", sa.String(64), nullable=False),
        sa.Column("link", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("seen_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("source_id", "item_key", name="uq_watch_items_key"),
    )
    op.create_table(
        "watch_state",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "watchlist_id",
            sa.Integer,
            sa.ForeignKey("watchlists.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("actor_a", sa.String(300), nullable=False),
        sa.Column("actor_b", sa.String(300), nullable=False),
        sa.Column("probability", sa.Float, nullable=False),
        sa.Column("above", sa.Boolean, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("watchlist_id", "actor_a", "actor_b", name="uq_watch_state_pair"),
    )
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "watchlist_id",
            sa.Integer,
            sa.ForeignKey("watchlists.id", ondelete="SET NULL"),
        ),
        sa.Column("analyst", sa.String(100), nullable=False),
        sa.Column("actor_a", sa.String(300), nullable=False),
        sa.Column("actor_b", sa.String(300), nullable=False),
        sa.Column("name_a", sa.String(300), nullable=False),
        sa.Column("name_b", sa.String(300), nullable=False),
        sa.Column("probability_before", sa.Float),
        sa.Column("probability_after", sa.Float, nullable=False),
        sa.Column("month", sa.String(7)),
        sa.Column("threshold", sa.Float, nullable=False),
        sa.Column("evidence_ids", sa.JSON, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("channels", sa.JSON, nullable=False),
        sa.Column("delivered", sa.JSON, nullable=False),
        sa.Column("delivery_errors", sa.JSON, nullable=False),
        sa.Column("delivery_attempted_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("acknowledged_by", sa.String(100)),
        sa.Column("acknowledged_at", sa.DateTime),
    )
    op.create_index("ix_alerts_created", "alerts", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_alerts_created", table_name="alerts")
    op.drop_table("alerts")
    op.drop_table("watch_state")
    op.drop_table("watch_items")
    op.drop_table("watch_sources")
    op.drop_table("watchlists")
