"""The database tables, as SQLModel classes (the schema itself is made by the Alembic migrations).

Three tables:

``stories``
    one row per story id (a slug), with an optional title and JSON metadata.
``versions``
    every version of every story: the text exactly as received, its parsed
    header, when and from whom it came, a SHA-256 of the text, and the
    alignment with its predecessor, computed once when the version is added.
``events``
    the audit log, append-only and hash-chained (see :mod:`revtrack.audit`).

Times are stored as canonical UTC text (``2023-06-04T14:00:00Z``) rather than
dialect date types, so that SQLite and PostgreSQL return the same bytes and the
audit hashes do not depend on the driver.

This module imports SQLModel and so is only imported on the write path;
reads go through plain SQL in :mod:`revtrack.store` to keep ``revtrack log``
fast.  When you change a class, add a migration under
``revtrack/migrations/versions`` (``tests/test_store.py`` checks they agree).
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

__all__ = ["StoryRow", "VersionRow", "VersionPageRow", "EventRow", "RuleRow"]


class StoryRow(SQLModel, table=True):
    __tablename__ = "stories"

    id: str = Field(primary_key=True, max_length=128)
    title: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    meta: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    created_at: str = Field(max_length=32)


class VersionRow(SQLModel, table=True):
    __tablename__ = "versions"
    __table_args__ = (
        UniqueConstraint("story_id", "number", name="uq_versions_story_number"),
        Index("ix_versions_story_hash", "story_id", "content_hash"),
        Index("ix_versions_story_received", "story_id", "received_at"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    story_id: str = Field(foreign_key="stories.id", max_length=128)
    number: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(max_length=64)
    header_date: Optional[str] = Field(default=None, max_length=32)
    note: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    dateline: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    paragraphs: int
    received_at: str = Field(max_length=32)
    filed_by: Optional[str] = Field(default=None, max_length=200)
    source: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    repeats: Optional[int] = None
    alignment: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    counts: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))


class VersionPageRow(SQLModel, table=True):
    """The news page a version was extracted from: raw HTML and page metadata (JSON); see migration 0002."""

    __tablename__ = "version_pages"

    version_id: int = Field(foreign_key="versions.id", primary_key=True)
    raw: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    meta: str = Field(sa_column=Column(Text, nullable=False))


class EventRow(SQLModel, table=True):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_story", "story"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    at: str = Field(max_length=32)
    story: Optional[str] = Field(default=None, max_length=128)
    version: Optional[int] = None
    action: str = Field(max_length=64)
    actor: str = Field(max_length=200)
    source: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)


class RuleRow(SQLModel, table=True):
    """A stored ignore rule (revtrack.rules): global when ``story`` is None; see migration 0003."""

    __tablename__ = "rules"
    __table_args__ = (Index("ix_rules_story", "story"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    pattern: str = Field(sa_column=Column(Text, nullable=False))
    story: Optional[str] = Field(default=None, foreign_key="stories.id", max_length=128)
    why: Optional[str] = Field(default=None, sa_column=Column(Text, nullable=True))
    added_at: str = Field(max_length=32)
    added_by: str = Field(max_length=200)
