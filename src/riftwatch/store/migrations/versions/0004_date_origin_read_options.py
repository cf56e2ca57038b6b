"""Where a document's date came from; the read options a file was ingested with.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("date_origin", sa.String(40)))
    with op.batch_alter_table("ingest_files") as batch:
        batch.add_column(sa.Column("options_hash", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("ingest_files") as batch:
        batch.drop_column("options_hash")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("date_origin")
