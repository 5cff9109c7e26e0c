"""Statistics over stored stories: how often they change, how honestly, and where.

For each story, and over all stories together:

versions, updates
    Stored versions; every version after the first is an *update*.
update frequency
    Updates per day over the story's life (first to last received time) and
    the median gap between consecutive versions -- the median, because a
    story's gaps run from seconds (a refile) to days (a follow-up), and the
    mean would describe neither.
undisclosed substantive changes
    The share of updates that made at least one change rated ``substantive``
    (:mod:`revtrack.severity`) that the version's update note does not cover
    (:func:`revtrack.notes.check_note`; a version without a note discloses
    nothing).  Updates whose stored counts show no substantive change are
    counted as disclosed without comparing them again.
most-edited paragraphs
    Paragraphs of the latest version ranked by how many updates rewrote
    them, read off the stored alignments by :func:`revtrack.lineage.blame`
    (filing a paragraph is not an edit; a move without edits is not either).

Nothing is aligned again: reports reuse the alignment stored with each
version.  The module reads through the store's query interface only.

    >>> import tempfile, os
    >>> from revtrack.store import open_store
    >>> store = open_store(os.path.join(tempfile.mkdtemp(), "news.db"))
    >>> _ = store.add_version("quake", "Toll is 3.\\n\\nRescuers dig.", at="2023-06-04T09:00Z")
    >>> _ = store.add_version("quake", "(Adds detail, paragraph 3)\\n\\nToll is 3.\\n\\nRescuers dig.\\n\\nRain fell.",
    ...                       at="2023-06-04T10:00Z")
    >>> _ = store.add_version("quake", "Toll is 30.\\n\\nRescuers dig.\\n\\nRain fell.", at="2023-06-04T12:00Z")
    >>> s = story_stats(store, "quake")
    >>> s.versions, s.updates, s.median_gap_minutes, s.undisclosed, [(p.paragraph, p.edits) for p in s.most_edited]
    (3, 2, 90.0, 1, [(1, 1)])
    >>> store.close()
"""

from __future__ import annotations

import csv
import io
import json
import statistics
from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["ParagraphEdits", "StoryStats", "Stats", "story_stats", "collect", "render", "FORMATS"]

FORMATS = ("text", "json", "csv")

# Paragraphs listed as most edited, per story and overall.
TOP = 5


@dataclass(frozen=True)
class ParagraphEdits:
    """A paragraph of a story's latest version and how many updates rewrote it."""

    story: str
    paragraph: int
    edits: int
    text: str

    def to_dict(self) -> dict:
        return {"story": self.story, "paragraph": self.paragraph, "edits": self.edits, "text": self.text}


@dataclass
class StoryStats:
    story: str
    versions: int
    first: str | None
    last: str | None
    gaps_minutes: list[float] = field(default_factory=list, repr=False)
    undisclosed_versions: list[int] = field(default_factory=list)
    most_edited: list[ParagraphEdits] = field(default_factory=list)

    @property
    def updates(self) -> int:
        return max(0, self.versions - 1)

    @property
    def undisclosed(self) -> int:
        return len(self.undisclosed_versions)

    @property
    def span_days(self) -> float:
        return _days(self.first, self.last)

    @property
    def updates_per_day(self) -> float | None:
        """None when there is no time span to divide by (one version, or all at one instant)."""
        return self.updates / self.span_days if self.updates and self.span_days > 0 else None

    @property
    def median_gap_minutes(self) -> float | None:
        return statistics.median(self.gaps_minutes) if self.gaps_minutes else None

    @property
    def undisclosed_share(self) -> float | None:
        return self.undisclosed / self.updates if self.updates else None

    def to_dict(self) -> dict:
        return {
            "story": self.story, "versions": self.versions, "updates": self.updates,
            "first_update": self.first, "last_update": self.last,
            "updates_per_day": _round(self.updates_per_day), "median_gap_minutes": _round(self.median_gap_minutes),
            "undisclosed_substantive": self.undisclosed, "undisclosed_share": _round(self.undisclosed_share, 4),
            "undisclosed_versions": list(self.undisclosed_versions),
            "most_edited": [p.to_dict() for p in self.most_edited],
        }


@dataclass
class Stats:
    """Per-story figures plus the same figures over all of them."""

    stories: list[StoryStats]

    @property
    def versions(self) -> int:
        return sum(s.versions for s in self.stories)

    @property
    def updates(self) -> int:
        return sum(s.updates for s in self.stories)

    @property
    def undisclosed(self) -> int:
        return sum(s.undisclosed for s in self.stories)

    @property
    def undisclosed_share(self) -> float | None:
        return self.undisclosed / self.updates if self.updates else None

    @property
    def median_gap_minutes(self) -> float | None:
        gaps = [g for s in self.stories for g in s.gaps_minutes]
        return statistics.median(gaps) if gaps else None

    @property
    def median_updates_per_day(self) -> float | None:
        rates = [s.updates_per_day for s in self.stories if s.updates_per_day is not None]
        return statistics.median(rates) if rates else None

    @property
    def most_edited(self) -> list[ParagraphEdits]:
        every = [p for s in self.stories for p in s.most_edited]
        return sorted(every, key=lambda p: (-p.edits, p.story, p.paragraph))[:TOP]

    def overall_dict(self) -> dict:
        return {
            "stories": len(self.stories), "versions": self.versions, "updates": self.updates,
            "median_updates_per_day": _round(self.median_updates_per_day),
            "median_gap_minutes": _round(self.median_gap_minutes),
            "undisclosed_substantive": self.undisclosed, "undisclosed_share": _round(self.undisclosed_share, 4),
            "most_edited": [p.to_dict() for p in self.most_edited],
        }

    def to_dict(self) -> dict:
        return {"overall": self.overall_dict(), "stories": [s.to_dict() for s in self.stories]}


def _round(x: float | None, digits: int = 2) -> float | None:
    return None if x is None else round(x, digits)


def _time(t: str) -> datetime:
    return datetime.fromisoformat(t.replace("Z", "+00:00"))


def _days(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    return (_time(b) - _time(a)).total_seconds() / 86400


def story_stats(store, story: str, top: int = TOP) -> StoryStats:
    """Figures for one stored story (unknown story: :class:`~revtrack.errors.RevtrackError`)."""
    from .lineage import blame, revisions_from_stored

    versions = store.versions(story)
    times = [v.received_at for v in versions]
    s = StoryStats(story=story, versions=len(versions), first=min(times), last=max(times))
    s.gaps_minutes = [(_time(b.received_at) - _time(a.received_at)).total_seconds() / 60
                      for a, b in zip(versions, versions[1:])]
    for prev, v in zip(versions, versions[1:]):
        if _undisclosed_substantive(store, prev, v):
            s.undisclosed_versions.append(v.number)
    rows = blame(revisions_from_stored(versions))
    edited = [r for r in rows if r.revisions > 1]
    edited.sort(key=lambda r: (-r.revisions, r.paragraph))
    s.most_edited = [ParagraphEdits(story, r.paragraph, r.revisions - 1, r.text) for r in edited[:top]]
    return s


def _undisclosed_substantive(store, prev, version) -> bool:
    """Did ``version`` make a substantive change its update note does not cover?"""
    severity = (version.counts or {}).get("severity", {})
    if version.counts is not None and not severity.get("substantive"):
        return False  # nothing substantive changed, so nothing substantive went undisclosed
    from .notes import check_note

    return bool(check_note(version.note, store.comparison(prev, version)).undisclosed_substantive)


def collect(store, story: str | None = None, top: int = TOP) -> Stats:
    """Statistics for one story, or for every stored story."""
    ids = [story] if story is not None else [i.id for i in store.stories() if i.versions]
    return Stats([story_stats(store, s, top) for s in ids])


# --- rendering ------------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.0%}"


def _gap(minutes: float | None) -> str:
    if minutes is None:
        return "-"
    if minutes < 120:
        return f"{minutes:.0f} min"
    if minutes < 48 * 60:
        return f"{minutes / 60:.1f} h"
    return f"{minutes / 1440:.1f} d"


def _rate(per_day: float | None) -> str:
    return "-" if per_day is None else f"{per_day:.1f}/day"


def _edited(ps: list[ParagraphEdits], with_story: bool = False) -> str:
    out = [f"{p.story} " * with_story + f"\u00b6{p.paragraph} ({p.edits} edit{'s' * (p.edits != 1)})" for p in ps]
    return ", ".join(out) if out else "-"


def render(stats: Stats, fmt: str = "text") -> str:
    """``text`` (a table and an overall summary), ``json`` or ``csv`` (one row per story, then ``(all)``)."""
    if fmt == "json":
        return json.dumps(stats.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["story", "versions", "updates", "first_update", "last_update", "updates_per_day",
                    "median_gap_minutes", "undisclosed_substantive", "undisclosed_share", "most_edited"])

        def cell(x):
            return "" if x is None else x

        for s in stats.stories:
            d = s.to_dict()
            w.writerow([s.story, s.versions, s.updates, s.first, s.last, cell(d["updates_per_day"]),
                        cell(d["median_gap_minutes"]), s.undisclosed, cell(d["undisclosed_share"]),
                        " ".join(f"{p.paragraph}:{p.edits}" for p in s.most_edited)])
        o = stats.overall_dict()
        # "(all)" cannot be a story id (ids are slugs), so the overall row is unambiguous.
        w.writerow(["(all)", o["versions"], o["updates"], min((s.first for s in stats.stories), default=""),
                    max((s.last for s in stats.stories), default=""), cell(o["median_updates_per_day"]),
                    cell(o["median_gap_minutes"]), o["undisclosed_substantive"], cell(o["undisclosed_share"]),
                    " ".join(f"{p.story}:{p.paragraph}:{p.edits}" for p in stats.most_edited)])
        return buf.getvalue()
    if fmt != "text":
        raise ValueError(f"unknown stats format {fmt!r}; choose one of {', '.join(FORMATS)}")
    lines = []
    if len(stats.stories) == 1:
        s = stats.stories[0]
        lines += [
            f"{s.story}: {s.versions} version{'s' * (s.versions != 1)}, {s.updates} update{'s' * (s.updates != 1)}, "
            f"{s.first[:16].replace('T', ' ')}Z to {s.last[:16].replace('T', ' ')}Z",
            f"update frequency: {_rate(s.updates_per_day)}, median gap {_gap(s.median_gap_minutes)}",
            f"undisclosed substantive changes: {s.undisclosed} of {s.updates} updates ({_pct(s.undisclosed_share)})"
            + (": " + ", ".join(f"@{n}" for n in s.undisclosed_versions) if s.undisclosed_versions else ""),
            f"most edited paragraphs (as numbered in @{s.versions}): {_edited(s.most_edited)}",
        ]
        return "\n".join(lines) + "\n"
    headers = ["STORY", "VERSIONS", "UPDATES/DAY", "MEDIAN GAP", "UNDISCLOSED", "MOST EDITED"]
    rows = [[s.story, str(s.versions), _rate(s.updates_per_day), _gap(s.median_gap_minutes),
             f"{s.undisclosed}/{s.updates} ({_pct(s.undisclosed_share)})", _edited(s.most_edited[:3])]
            for s in stats.stories]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for r in [headers] + rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    lines += [
        "",
        f"overall: {len(stats.stories)} stories, {stats.versions} versions, {stats.updates} updates; "
        f"median {_rate(stats.median_updates_per_day)} per story, median gap {_gap(stats.median_gap_minutes)}",
        f"undisclosed substantive changes: {stats.undisclosed} of {stats.updates} updates ({_pct(stats.undisclosed_share)})",
        f"most edited paragraphs: {_edited(stats.most_edited, with_story=True)}",
    ]
    return "\n".join(lines) + "\n"
