"""Editorial reviews: a standards editor's verdict on one stored version, kept in the audit log.

A review says who looked at which version, what they decided (``ok`` or
``needs-correction``) and why.  It is not a table of its own: it is an audit
event (``review.added``) appended through :func:`revtrack.audit.append_event`,
so it is hash-chained with every other write, cannot be edited or deleted
quietly, and travels with ``revtrack export`` / ``import`` like any event.
The payload records the reviewed version's content hash, so a review always
names the exact text that was read.

    >>> import tempfile, os
    >>> from revtrack.store import open_store
    >>> store = open_store(os.path.join(tempfile.mkdtemp(), "news.db"))
    >>> _ = store.add_version("belgorod", "One.\\n\\nTwo.", by="desk")
    >>> add_review(store, "belgorod@1", "ok", "figures checked with the ministry", by="standards").verdict
    'ok'
    >>> _ = store.add_version("belgorod", "One.\\n\\nTwo, updated.", by="desk")
    >>> reviews = latest_reviews(store, "belgorod")
    >>> review_status(reviews.get(1)).split(" at ")[0], review_status(reviews.get(2))
    ('reviewed ok by standards', 'not reviewed')
    >>> store.close()

Reviews are per version: a version added after a review has none until
someone reviews it.  The latest review of a version wins; earlier ones stay
in the log.
"""

from __future__ import annotations

from dataclasses import dataclass

from .audit import append_event, default_actor, events
from .errors import RevtrackError

__all__ = ["ACTION", "VERDICTS", "Review", "add_review", "latest_reviews", "reviews", "review_status"]

ACTION = "review.added"
VERDICTS = ("ok", "needs-correction")


@dataclass(frozen=True)
class Review:
    """One review as recorded: the version, the verdict, who, when, why, and the text's hash."""

    story: str
    version: int
    verdict: str
    reason: str
    by: str
    at: str
    content_hash: str
    event: str  # the audit event's hash

    @property
    def ref(self) -> str:
        return f"{self.story}@{self.version}"

    def to_dict(self) -> dict:
        return {"story": self.story, "version": self.version, "ref": self.ref, "verdict": self.verdict,
                "reason": self.reason, "by": self.by, "at": self.at, "content_hash": self.content_hash,
                "event": self.event}


def add_review(store, ref, verdict: str, reason: str, *, by: str | None = None, source: str | None = None) -> Review:
    """Record a review of the stored version ``ref`` (``belgorod@3``); returns it.

    An unknown version, a verdict other than ``ok``/``needs-correction`` or an
    empty reason raises :class:`~revtrack.errors.RevtrackError`.
    """
    if verdict not in VERDICTS:
        raise RevtrackError(f"--verdict {verdict!r}: choose one of {', '.join(VERDICTS)}")
    reason = " ".join((reason or "").split())
    if not reason:
        raise RevtrackError("--reason is empty; say in a few words why")
    from .refs import parse_ref

    parsed = parse_ref(ref) if isinstance(ref, str) else ref
    if isinstance(ref, str) and "@" not in ref:
        raise RevtrackError(f"{ref}: name the version reviewed, e.g. {ref}@2 (or {ref}@latest)")
    v = store.resolve(parsed)
    actor = by or default_actor()
    with store.write() as s:
        digest = append_event(s, ACTION, story=v.story, version=v.number, actor=actor, source=source,
                              payload={"verdict": verdict, "reason": reason, "content_hash": v.content_hash})
    # Read the event back: its time is the one the chain recorded.
    return next(r for r in reviews(store, v.story) if r.event == digest)


def _review(e) -> Review | None:
    p = e.payload
    if e.action != ACTION or e.story is None or e.version is None or p.get("verdict") not in VERDICTS:
        return None
    # An event re-recorded by an import keeps its original time under "restored".
    at = (p.get("restored") or {}).get("at") or e.at
    return Review(e.story, e.version, p["verdict"], p.get("reason") or "", e.actor, at, p.get("content_hash") or "", e.hash)


def reviews(store, story: str | None = None) -> list[Review]:
    """Every review recorded (of one story, or all), oldest first."""
    return [r for r in (_review(e) for e in events(store, story=story)) if r is not None]


def latest_reviews(store, story: str) -> dict[int, Review]:
    """The latest review of each version of ``story`` whose text it names: ``{version number: Review}``.

    A review whose content hash is not the version's (only possible in a
    database assembled by hand) does not count for that version.
    """
    hashes = {n: h for n, h in store.query("SELECT number, content_hash FROM versions WHERE story_id = :s", {"s": story})}
    latest: dict[int, Review] = {}
    for r in reviews(store, story):
        if hashes.get(r.version) == r.content_hash:
            latest[r.version] = r
    return latest


def review_status(review: Review | None) -> str:
    """``reviewed ok by X at T`` / ``reviewed needs-correction by X at T`` / ``not reviewed``.

    >>> review_status(None)
    'not reviewed'
    """
    if review is None:
        return "not reviewed"
    return f"reviewed {review.verdict} by {review.by} at {review.at[:16].replace('T', ' ')}Z"


def log_records(store, story: str, versions) -> list[dict]:
    """``revtrack log STORY --format json`` (and the viewer's ``log.json``): each version, its latest review."""
    latest = latest_reviews(store, story)
    return [v.to_dict(text=False) | {"alignment": None, "review": latest[v.number].to_dict() if v.number in latest else None}
            for v in versions]
