"""Index minhash_bands.document_id: deleting a document must not scan every bucket row.

Without it, each deleted document costs a full scan of ``minhash_bands`` (the
foreign-key check of SQLite and PostgreSQL, and the delete of its buckets), so
deleting the documents of a large ingest run took time quadratic in its size.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_minhash_bands_document_id", "minhash_bands", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_minhash_bands_document_id", "minhash_bands")
