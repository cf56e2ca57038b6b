"""Indexes for the web workbench on large stores (a million events and more).

- ``ix_events_order``: ``(document_id, sentence_index, id)``, the order every event list
  uses, so a page of events is read in order instead of sorting the whole table;
- ``ix_events_target_id``: the target side of an actor filter (``ix_events_dyad``
  leads with the source);
- ``ix_events_source_name``, ``ix_events_target_name``: an actor filter's names (the
  distinct names are read by a loose index scan, those matching the fragment then looked
  up by index, instead of comparing the fragment with every event).

Revision ID: 0011
Revises: 0008 (structured judgement: ACH)
Create Date: 2026-11-30
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_events_order": ["document_id", "sentence_index", "id"],
    "ix_events_target_id": ["target_id"],
    "ix_events_source_name": ["source_name"],
    "ix_events_target_name": ["target_name"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "events", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="events")
