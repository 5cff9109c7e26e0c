"""Version references: how a user names one stored version of a story.

A reference is a story id, optionally followed by ``@`` and a selector::

    belgorod                    the latest version
    belgorod@3                  version 3 (versions count from 1)
    belgorod@-1                 counted from the end: -1 is the latest, -2 the one before
    belgorod@latest             the latest version
    belgorod@2023-06-04T14:00Z  the version in effect at that time (UTC unless an offset is given)

Parsing is pure: :func:`parse_ref` only checks the shape and says nothing
about whether the story exists; :meth:`revtrack.store.Store.resolve` does that.

    >>> parse_ref("belgorod@-2")
    Ref(story='belgorod', number=None, from_end=2, at=None)
    >>> parse_ref("belgorod@2023-06-04T14:00Z").at
    '2023-06-04T14:00:00Z'
    >>> parse_ref("belgorod@0")
    Traceback (most recent call last):
    ...
    revtrack.errors.RevtrackError: belgorod@0: versions are numbered from 1
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from .errors import RevtrackError

__all__ = ["Ref", "parse_ref", "parse_time", "format_time", "is_story_id", "STORY_ID"]

# Story ids are slugs that are safe in file names, URLs and shells; '@' is
# reserved as the version separator.
STORY_ID = r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}"
_STORY_RE = re.compile(rf"^{STORY_ID}$")
_REF_RE = re.compile(rf"^(?P<story>{STORY_ID})(?:@(?P<sel>.*))?$")


@dataclass(frozen=True)
class Ref:
    """A parsed reference; exactly one of ``number``, ``from_end``, ``at`` is set, or none (latest)."""

    story: str
    number: int | None = None
    from_end: int | None = None
    at: str | None = None

    def __str__(self) -> str:
        if self.number is not None:
            return f"{self.story}@{self.number}"
        if self.from_end is not None:
            return f"{self.story}@-{self.from_end}"
        if self.at is not None:
            return f"{self.story}@{self.at}"
        return self.story


def is_story_id(s: str) -> bool:
    """True if ``s`` can name a story.

    >>> is_story_id("belgorod"), is_story_id("a b"), is_story_id("x@1")
    (True, False, False)
    """
    return bool(_STORY_RE.match(s))


def parse_ref(s: str) -> Ref:
    """Parse ``STORY``, ``STORY@N``, ``STORY@-N``, ``STORY@latest`` or ``STORY@TIME``."""
    m = _REF_RE.match(s.strip())
    if not m:
        raise RevtrackError(
            f"{s!r}: not a version reference (expected STORY, STORY@N, STORY@-N, STORY@latest or STORY@2023-06-04T14:00Z)"
        )
    story, sel = m.group("story"), m.group("sel")
    if sel is None or sel == "latest":
        return Ref(story)
    if re.fullmatch(r"\d+", sel):
        if int(sel) == 0:
            raise RevtrackError(f"{s}: versions are numbered from 1")
        return Ref(story, number=int(sel))
    if re.fullmatch(r"-\d+", sel):
        if int(sel) == 0:
            raise RevtrackError(f"{s}: -1 is the latest version; -0 means nothing")
        return Ref(story, from_end=-int(sel))
    try:
        return Ref(story, at=parse_time(sel))
    except RevtrackError:
        raise RevtrackError(
            f"{s}: {sel!r} is not a version number, -N, 'latest' or a time like 2023-06-04T14:00Z"
        ) from None


def parse_time(s: str) -> str:
    """A user's time (``2023-06-04``, ``2023-06-04T14:00Z``, ``...+02:00``) as canonical UTC text.

    A time without an offset is taken as UTC; a bare date means midnight UTC.

    >>> parse_time("2023-06-04T16:00+02:00")
    '2023-06-04T14:00:00Z'
    >>> parse_time("2023-06-04")
    '2023-06-04T00:00:00Z'
    """
    text = s.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?", text):
        raise RevtrackError(f"{s!r}: not a time; use ISO 8601 like 2023-06-04T14:00Z")
    try:
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise RevtrackError(f"{s!r}: not a valid date or time") from None
    return format_time(dt)


def format_time(dt: datetime) -> str:
    """Canonical stored form: UTC, second resolution, ``Z`` suffix (sorts as text).

    >>> format_time(datetime(2023, 6, 4, 14, 0, 5, 999))
    '2023-06-04T14:00:05Z'
    """
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
