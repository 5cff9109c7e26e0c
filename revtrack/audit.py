"""The editorial audit log: an append-only, hash-chained record of every write.

Every write to the store appends one or more *events* in the same transaction
as the write itself, so an event exists exactly when its write happened.  An
event has a time (UTC), a story and version (when it concerns one), an action
(``story.created``, ``version.added``, ``import.started``, ...), an actor
(``--by``, else the OS user), a source and a JSON payload.  Events are chained::

    hash = sha256(previous event's hash + canonical JSON of this event)

so changing, deleting, inserting or reordering an event breaks the chain from
that point on.  The database refuses UPDATE and DELETE on events and on stored
version text (triggers written by the migration); :func:`verify` catches
anyone who drops a trigger first.  It recomputes every event hash and every
version's content hash, and checks that each stored version has the
``version.added`` event that recorded its hash -- which also exposes a deleted
*last* event, the one deletion a chain alone cannot see.

    >>> e = {"at": "2023-06-04T14:00:00.000000Z", "story": "belgorod", "version": 1,
    ...      "action": "version.added", "actor": "desk", "source": None, "payload": {"b": 1, "a": 2}}
    >>> canonical_json(e)
    '{"action":"version.added","actor":"desk","at":"2023-06-04T14:00:00.000000Z","payload":{"a":2,"b":1},"source":null,"story":"belgorod","version":1}'
    >>> event_hash(GENESIS, e)[:12]
    '0f6f910963d4'

Other parts of revtrack add their own actions through :func:`append_event`,
inside a :meth:`revtrack.store.Store.write` transaction.
"""

from __future__ import annotations

import csv
import getpass
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

__all__ = [
    "GENESIS",
    "Event",
    "Problem",
    "VerifyReport",
    "append_event",
    "canonical_json",
    "content_hash",
    "default_actor",
    "event_hash",
    "events",
    "render_events",
    "verify",
]

# prev_hash of the first event: 64 zeros, so every event has a prev_hash of the same shape.
GENESIS = "0" * 64

_FIELDS = ("at", "story", "version", "action", "actor", "source", "payload")


def canonical_json(obj) -> str:
    """Sorted keys, no spaces, UTF-8 kept: one byte sequence per value, on every platform."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(prev_hash: str, event: dict) -> str:
    """``sha256(prev_hash + canonical JSON of the event's fields)`` as hex."""
    body = canonical_json({k: event[k] for k in _FIELDS})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def content_hash(text: str) -> str:
    """SHA-256 of a version's text as stored (UTF-8).

    >>> content_hash("abc")[:8]
    'ba7816bf'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_actor() -> str:
    """The OS user, for events written without ``--by``."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers); still record something true
        return "unknown"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def append_event(session, action: str, story: str | None = None, version: int | None = None,
                 actor: str | None = None, source: str | None = None, payload: dict | None = None) -> str:
    """Append one event to the chain inside ``session``'s transaction; returns its hash.

    Call it inside :meth:`revtrack.store.Store.write`, which holds the
    database's write lock, so no other writer can read the same chain head.
    """
    from sqlalchemy import text

    if session.get_bind().dialect.name == "postgresql":
        # Serialise chain appends across connections (released at commit).
        session.execute(text("SELECT pg_advisory_xact_lock(72657674)"))
    prev = session.execute(_statements()[0]).scalar() or GENESIS
    fields = {
        "at": _now(),
        "story": story,
        "version": version,
        "action": action,
        "actor": actor or default_actor(),
        "source": source,
        "payload": payload or {},
    }
    digest = event_hash(prev, fields)
    session.execute(_statements()[1], dict(fields, payload=canonical_json(fields["payload"]), prev_hash=prev, hash=digest))
    return digest


_STATEMENTS: list = []


def _statements() -> list:
    """Prepared SQL text for the chain head and the insert: this runs once or twice per stored
    version, and building ORM statements cost more than executing them (benchmarks/store.py)."""
    if not _STATEMENTS:
        from sqlalchemy import text

        _STATEMENTS.append(text("SELECT hash FROM events ORDER BY id DESC LIMIT 1"))
        _STATEMENTS.append(text("INSERT INTO events (at, story, version, action, actor, source, payload, prev_hash, hash) "
                                "VALUES (:at, :story, :version, :action, :actor, :source, :payload, :prev_hash, :hash)"))
    return _STATEMENTS


@dataclass(frozen=True)
class Event:
    """One audit event as read back from the database."""

    id: int
    at: str
    story: str | None
    version: int | None
    action: str
    actor: str
    source: str | None
    payload: dict
    prev_hash: str
    hash: str

    def to_dict(self) -> dict:
        return {
            "id": self.id, "at": self.at, "story": self.story, "version": self.version, "action": self.action,
            "actor": self.actor, "source": self.source, "payload": self.payload,
            "prev_hash": self.prev_hash, "hash": self.hash,
        }


_EVENT_COLS = "id, at, story, version, action, actor, source, payload, prev_hash, hash"


def _event(row) -> Event:
    try:
        payload = json.loads(row[7])
    except (TypeError, ValueError):
        payload = {"unreadable": row[7]}
    return Event(row[0], row[1], row[2], row[3], row[4], row[5], row[6], payload, row[8], row[9])


def events(store, story: str | None = None, since: str | None = None, by: str | None = None) -> list[Event]:
    """Events oldest first, optionally for one story, since a time (``parse_time`` form), by one actor."""
    where, params = [], {}
    if story is not None:
        where.append("story = :story")
        params["story"] = story
    if since is not None:
        where.append("at >= :since")
        params["since"] = since.rstrip("Z")  # event times carry microseconds: compare on the prefix
    if by is not None:
        where.append("actor = :by")
        params["by"] = by
    sql = f"SELECT {_EVENT_COLS} FROM events" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
    return [_event(r) for r in store.query(sql, params)]


def render_events(evs: list[Event], fmt: str) -> str:
    """``text`` (aligned columns), ``jsonl`` (one event per line) or ``csv``."""
    if fmt == "jsonl":
        return "".join(canonical_json(e.to_dict()) + "\n" for e in evs)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "at", "story", "version", "action", "actor", "source", "payload", "prev_hash", "hash"])
        for e in evs:
            w.writerow([e.id, e.at, e.story or "", "" if e.version is None else e.version, e.action, e.actor,
                        e.source or "", canonical_json(e.payload), e.prev_hash, e.hash])
        return buf.getvalue()
    lines = []
    for e in evs:
        where = e.story or "-"
        if e.version is not None:
            where += f"@{e.version}"
        lines.append(f"{e.at[:19]}Z  {where:<24} {e.action:<16} {e.actor:<12} {e.source or '-':<12} {e.hash[:12]}")
    return "\n".join(lines) + ("\n" if lines else "")


@dataclass(frozen=True)
class Problem:
    """One thing :func:`verify` found wrong: which event or version, and what."""

    kind: str  # "event" or "version"
    where: str  # "event #12" or "belgorod@2"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class VerifyReport:
    events: int = 0
    versions: int = 0
    problems: list[Problem] = field(default_factory=list)
    head: str = GENESIS  # hash of the last event: write it down elsewhere to anchor the chain

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None

    def to_dict(self) -> dict:
        return {"ok": self.ok, "events": self.events, "versions": self.versions, "head": self.head,
                "problems": [{"kind": p.kind, "where": p.where, "message": p.message} for p in self.problems]}


def verify(store) -> VerifyReport:
    """Recompute the event chain and every version's content hash; list what does not match.

    Reading stops nowhere: after a broken link the walk continues from the
    stored hash, so one tampered event is reported once, not as a cascade.
    """
    report = VerifyReport()
    expected_prev = GENESIS
    added: dict[tuple[str, int], str | None] = {}
    for row in store.query(f"SELECT {_EVENT_COLS} FROM events ORDER BY id"):
        report.events += 1
        ev = _event(row)
        where = f"event #{ev.id}"
        if ev.prev_hash != expected_prev:
            report.problems.append(Problem("event", where, "does not follow the event before it "
                                           "(an event was deleted, inserted or reordered here)"))
        fields = {"at": ev.at, "story": ev.story, "version": ev.version, "action": ev.action,
                  "actor": ev.actor, "source": ev.source, "payload": ev.payload}
        if event_hash(ev.prev_hash, fields) != ev.hash:
            report.problems.append(Problem("event", where, f"{ev.action} for {ev.story or '-'}"
                                           f"{'' if ev.version is None else '@' + str(ev.version)} was changed "
                                           "after it was written (hash mismatch)"))
        expected_prev = report.head = ev.hash
        if ev.action == "version.added" and ev.story is not None and ev.version is not None:
            added[(ev.story, ev.version)] = ev.payload.get("content_hash")
    for story, number, text, stored_hash in store.query(
        "SELECT story_id, number, text, content_hash FROM versions ORDER BY story_id, number"
    ):
        report.versions += 1
        where = f"{story}@{number}"
        actual = content_hash(text)
        if actual != stored_hash:
            report.problems.append(Problem("version", where, "text does not match its stored content hash (text edited)"))
        if (story, number) not in added:
            report.problems.append(Problem("version", where, "has no version.added event (audit events deleted)"))
        elif added[(story, number)] != actual:
            report.problems.append(Problem("version", where, "text does not match the hash its version.added event recorded"))
    return report
