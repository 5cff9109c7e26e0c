"""Ignore rules kept in the database: global (story NULL) or for one story.

A rule is a regular expression (see :mod:`revtrack.rules`).  Adding or removing
one is an audited event (``rule.added`` / ``rule.removed``, with the pattern in
the payload), so the audit log keeps every rule that ever applied even after a
row here is deleted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("pattern", sa.Text(), nullable=False),
        sa.Column("story", sa.String(128), sa.ForeignKey("stories.id"), nullable=True),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
    )
    op.create_index("ix_rules_story", "rules", ["story"])


def downgrade() -> None:
    op.drop_index("ix_rules_story", table_name="rules")
    op.drop_table("rules")
