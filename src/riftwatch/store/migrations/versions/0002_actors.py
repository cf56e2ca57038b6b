"""Actor knowledge base snapshot (actors, aliases, relations) and analyst judgements.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actor_kb_versions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.String(64), nullable=False, unique=True),
        sa.Column("entities", sa.Integer, nullable=False),
        sa.Column("aliases", sa.Integer, nullable=False),
        sa.Column("relations", sa.Integer, nullable=False),
        sa.Column("loaded_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.String(200), primary_key=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
        sa.Column("description", sa.Text),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("kb_version", sa.String(64), nullable=False),
    )
    op.create_index("ix_actors_type", "actors", ["type"])
    op.create_index("ix_actors_name", "actors", ["name"])
    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "actor_id",
            sa.String(200),
            sa.ForeignKey("actors.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("norm", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("rule", sa.JSON),
    )
    op.create_index("ix_actor_aliases_norm", "actor_aliases", ["norm"])
    op.create_index("ix_actor_aliases_actor_id", "actor_aliases", ["actor_id"])
    op.create_table(
        "actor_relations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "subject",
            sa.String(200),
            sa.ForeignKey("actors.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("start", sa.String(10)),
        sa.Column("end", sa.String(10)),
        sa.Column("role", sa.String(200)),
        sa.Column("source", sa.String(40), nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_actor_relations_subject", "actor_relations", ["subject"])
    op.create_index("ix_actor_relations_target", "actor_relations", ["target"])
    op.create_table(
        "actor_judgements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("object", sa.String(300)),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("analyst", sa.String(100), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("undone_at", sa.DateTime),
        sa.Column("undone_by", sa.String(100)),
        sa.CheckConstraint(
            "kind IN ('same','not_same','unsure','alias','relation','add','split','reject')",
            name="ck_actor_judgements_kind",
        ),
    )
    op.create_index("ix_actor_judgements_subject", "actor_judgements", ["subject"])
    op.create_index("ix_actor_judgements_object", "actor_judgements", ["object"])
    op.create_index("ix_actor_judgements_kind", "actor_judgements", ["kind"])


def downgrade() -> None:
    for table in (
        "actor_judgements",
        "actor_relations",
        "actor_aliases",
        "actors",
        "actor_kb_versions",
    ):
        op.drop_table(table)
