"""The dashboard's field summary, stored.

- ``field_summaries``: the whole-field summary the dashboard, the network and the actor
  pages read (per pair and month: cooperative and hostile units, claim counts; the rift
  alerts), computed for a store state (newest event id, events, newest judgement id) and
  kept so that a restarted server, or another worker process, shows it at once with its
  "as of" time; ``computing_since`` is a lease: one process recomputes at a time. Rows
  named ``rel:<digest>`` hold relationship pages' answers for the state they were computed
  for (shared by worker processes, kept across restarts).

Revision ID: 0012
Revises: 0011 (web indexes)
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "field_summaries",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("last_event", sa.Integer, nullable=False),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("last_judgement", sa.Integer, nullable=False),
        sa.Column("computed_at", sa.DateTime),
        sa.Column("data", sa.LargeBinary),
        sa.Column("computing_since", sa.DateTime),
    )


def downgrade() -> None:
    op.drop_table("field_summaries")
