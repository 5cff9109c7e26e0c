"""Initial schema: stories, versions, the audit events table, and append-only triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Stored text and audit events are append-only: the database itself refuses an
# UPDATE or DELETE, so a quiet rewrite needs someone to drop a trigger first
# (and `revtrack audit --verify` catches that through the hashes).
_SQLITE_TRIGGERS = [
    """CREATE TRIGGER events_no_update BEFORE UPDATE ON events
       BEGIN SELECT RAISE(ABORT, 'revtrack: audit events are append-only'); END""",
    """CREATE TRIGGER events_no_delete BEFORE DELETE ON events
       BEGIN SELECT RAISE(ABORT, 'revtrack: audit events are append-only'); END""",
    """CREATE TRIGGER versions_text_no_update
       BEFORE UPDATE OF story_id, number, text, content_hash, received_at ON versions
       BEGIN SELECT RAISE(ABORT, 'revtrack: stored version text is append-only'); END""",
    """CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
       BEGIN SELECT RAISE(ABORT, 'revtrack: stored versions are append-only'); END""",
]

_POSTGRES_TRIGGERS = [
    """CREATE OR REPLACE FUNCTION revtrack_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'revtrack: % on % is refused (append-only)', TG_OP, TG_TABLE_NAME; END;
       $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
       FOR EACH ROW EXECUTE FUNCTION revtrack_append_only()""",
    """CREATE TRIGGER versions_text_no_update
       BEFORE UPDATE OF story_id, number, text, content_hash, received_at ON versions
       FOR EACH ROW EXECUTE FUNCTION revtrack_append_only()""",
    """CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
       FOR EACH ROW EXECUTE FUNCTION revtrack_append_only()""",
]


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.String(128), primary_key=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("meta", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("story_id", sa.String(128), sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("header_date", sa.String(32), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("dateline", sa.Text(), nullable=True),
        sa.Column("paragraphs", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("filed_by", sa.String(200), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("repeats", sa.Integer(), nullable=True),
        sa.Column("alignment", sa.Text(), nullable=True),
        sa.Column("counts", sa.Text(), nullable=True),
        sa.UniqueConstraint("story_id", "number", name="uq_versions_story_number"),
    )
    op.create_index("ix_versions_story_hash", "versions", ["story_id", "content_hash"])
    op.create_index("ix_versions_story_received", "versions", ["story_id", "received_at"])
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("story", sa.String(128), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_index("ix_events_story", "events", ["story"])
    dialect = op.get_bind().dialect.name
    for sql in _SQLITE_TRIGGERS if dialect == "sqlite" else _POSTGRES_TRIGGERS if dialect == "postgresql" else []:
        op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for t, table in [("events_append_only", "events"), ("versions_text_no_update", "versions"), ("versions_no_delete", "versions")]:
            op.execute(f"DROP TRIGGER IF EXISTS {t} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS revtrack_append_only()")
    op.drop_table("events")
    op.drop_table("versions")
    op.drop_table("stories")
