"""Composite indexes that match the event lists' combined filters (actor with a type).

An actor filter finds an actor's events by its id or its stored names on either side
(``source_id``, ``target_id``, ``source_name``, ``target_name``); a type filter beside it
used to be tested on each of those events' rows (tens of thousands for a common actor at a
million events). Each actor index now carries ``event_type`` second, so that the database
gathers only the events of that actor *and* type from the index:

- ``ix_events_source_type``: ``(source_id, event_type)`` (new: ``ix_events_dyad`` keeps
  ``(source_id, target_id)`` for pairs);
- ``ix_events_target_id``, ``ix_events_source_name``, ``ix_events_target_name`` become
  ``(column, event_type)`` (``..._type``): the same column first, so every lookup and the
  loose index scan of the distinct names that used the old ones use these, and a store
  keeps the same number of indexes on its side columns but one (writes barely change);
- PostgreSQL only, ``ix_sentences_length_id``: ``(length(text), id)``, the order in which
  a search ranks its pool of hits (the shortest sentences first). A word or prefix that
  many sentences hold (``attack*``) is then read along this order, testing each sentence,
  until the pool is full, instead of fetching and sorting every match; the planner keeps
  the text index for rare words. (SQLite's FTS5 table drives its search: no need there.)

The events table (and on PostgreSQL the sentences) are analysed afterwards, so that the
planner knows the new indexes (seconds at a million events).

Revision ID: 0013
Revises: 0012 (field summaries)
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

REPLACED = {  # old single-column index -> (new name, columns)
    "ix_events_target_id": ("ix_events_target_id_type", ["target_id", "event_type"]),
    "ix_events_source_name": ("ix_events_source_name_type", ["source_name", "event_type"]),
    "ix_events_target_name": ("ix_events_target_name_type", ["target_name", "event_type"]),
}
ADDED = {"ix_events_source_type": ["source_id", "event_type"]}


def upgrade() -> None:
    for name, columns in ADDED.items():
        op.create_index(name, "events", columns)
    for old, (name, columns) in REPLACED.items():
        op.create_index(name, "events", columns)
        op.drop_index(old, table_name="events")
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_sentences_length_id", "sentences", [sa.text("length(text)"), "id"])
        op.execute("ANALYZE sentences")  # the expression index's own statistics
    # the planner's statistics for the new indexes (SQLite keeps them per index: without
    # them it may still prefer an index that reads every event of a common actor)
    op.execute("ANALYZE events")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_sentences_length_id", table_name="sentences")
    for old, (name, columns) in REPLACED.items():
        op.create_index(old, "events", columns[:1])
        op.drop_index(name, table_name="events")
    for name in ADDED:
        op.drop_index(name, table_name="events")
