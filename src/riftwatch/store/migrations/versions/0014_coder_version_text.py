"""The coder version of documents, events and judgements as unbounded text.

A coder version names every stage and lexicon layer that coded an event
(``segment.rules.v1+...|events-12+...|kb-...``); with the attribution stage and the
learned layer in it, it outgrew the 200 characters its columns allowed, which PostgreSQL
enforces (SQLite does not). ``documents.coded_version`` and the ``coder_version`` of
events and judgements become ``TEXT``.

Revision ID: 0014
Revises: 0013 (event filter indexes)
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

COLUMNS = (
    ("documents", "coded_version"),
    ("events", "coder_version"),
    ("event_judgements", "coder_version"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite keeps any length in a VARCHAR column: nothing to rewrite
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(200))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.String(200), existing_type=sa.Text())
