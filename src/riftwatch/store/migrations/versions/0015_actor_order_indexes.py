"""PostgreSQL: each actor column's events in list order, for deep pages of an actor's events.

A page deep in an actor's events by offset (``/api/events?actor=Al+Qaeda&offset=20000``)
was read along the list order's index, each event's row fetched and tested against the
actor's ids and names: some 180,000 rows for that page at a million events (375 ms p95).
Four indexes now hold each actor column's events in list order:

- ``ix_events_source_id_order``: ``(source_id, document_id, sentence_index, id)``;
- ``ix_events_target_id_order``, ``ix_events_source_name_order``,
  ``ix_events_target_name_order``: the same for the other three columns.

The page is then a merge of one ordered range per actor id and stored name (an
index-only scan each, :func:`riftwatch.api._merged_actor_page`), with the events found on
several ranges kept once: only the events up to the page are read. The list's order and
contents are those of the plain query (tests/store/test_event_paging.py compares them).
SQLite reads that page along its list order's index fast enough (its rows are fetched
cheaply), so it has no need of them: the migration adds nothing there.

Revision ID: 0015
Revises: 0014 (coder versions as text)
Create Date: 2026-12-01
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

COLUMNS = ["source_id", "target_id", "source_name", "target_name"]
ORDER = ["document_id", "sentence_index", "id"]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.create_index(f"ix_events_{column}_order", "events", [column, *ORDER])
    op.execute("ANALYZE events")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.drop_index(f"ix_events_{column}_order", table_name="events")
