"""Pages: the raw HTML and page metadata a version was extracted from.

A version added from a news page (``revtrack add STORY page.html``, ``--url``,
``revtrack watch``) stores the extracted story text in ``versions.text`` like
any other version; the page it came from is kept here, one row per such
version: the HTML exactly as fetched (decoded to text) and the page's
metadata as JSON (headline, byline, publication times, canonical URL).  A
table of its own keeps the versions table lean: listing and diffing never
read the HTML, which is ~50-500 KB a page against ~5 KB of story text.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Like the stored text, a kept page is append-only (see 0001).
_SQLITE_TRIGGERS = [
    """CREATE TRIGGER version_pages_no_update BEFORE UPDATE ON version_pages
       BEGIN SELECT RAISE(ABORT, 'revtrack: stored pages are append-only'); END""",
    """CREATE TRIGGER version_pages_no_delete BEFORE DELETE ON version_pages
       BEGIN SELECT RAISE(ABORT, 'revtrack: stored pages are append-only'); END""",
]
_POSTGRES_TRIGGERS = [
    """CREATE TRIGGER version_pages_append_only BEFORE UPDATE OR DELETE ON version_pages
       FOR EACH ROW EXECUTE FUNCTION revtrack_append_only()""",
]


def upgrade() -> None:
    op.create_table(
        "version_pages",
        sa.Column("version_id", sa.Integer(), sa.ForeignKey("versions.id"), primary_key=True),
        sa.Column("raw", sa.Text(), nullable=True),
        sa.Column("meta", sa.Text(), nullable=False),
    )
    dialect = op.get_bind().dialect.name
    for sql in _SQLITE_TRIGGERS if dialect == "sqlite" else _POSTGRES_TRIGGERS if dialect == "postgresql" else []:
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS version_pages_append_only ON version_pages")
    op.drop_table("version_pages")
