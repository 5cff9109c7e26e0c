"""The store: every version of every story, in SQLite (default) or any SQLAlchemy database.

    >>> import tempfile, os
    >>> store = open_store(os.path.join(tempfile.mkdtemp(), "news.db"))
    >>> store.add_version("belgorod", "One.\\n\\nTwo.", by="desk").version.ref
    'belgorod@1'
    >>> r = store.add_version("belgorod", "One.\\n\\nTwo, updated.\\n\\nThree.", by="desk")
    >>> r.version.ref, r.comparison.summary["added"], r.comparison.summary["changed"]
    ('belgorod@2', 1, 1)
    >>> store.add_version("belgorod", "One.\\n\\nTwo, updated.\\n\\nThree.").stored
    False
    >>> store.resolve("belgorod@-2").number
    1
    >>> store.close()

What it keeps
    A story is a slug (``belgorod``) with an optional title and metadata.  A
    version keeps the text exactly as received, its parsed wire header (date,
    update note, dateline), when it was received (UTC, given or now), who
    filed it, where it came from, a SHA-256 of the text, and -- computed once,
    when it is added -- its paragraph alignment with the version before it
    plus the counts of changes by kind and severity.  ``log`` and later
    reports read that alignment instead of aligning again.

Never lose data, never mislead
    Each write is one transaction that also appends its audit events
    (:mod:`revtrack.audit`), so a crash or Ctrl-C leaves the database as it
    was before that version.  SQLite runs in WAL mode; writers take the write
    lock up front (``BEGIN IMMEDIATE``) and wait up to ``REVTRACK_LOCK_TIMEOUT``
    seconds for it, so concurrent writers queue instead of failing and never
    read a stale head of the audit chain.  Opening checks the file before
    touching it: a file that is not SQLite, an SQLite file that is not a
    revtrack database, a corrupt one, or one written by a newer revtrack is
    refused with one line (:class:`~revtrack.errors.RevtrackError`) and left
    untouched.  An older schema is upgraded by the Alembic migrations in
    ``revtrack/migrations``.

Two access paths
    Writes run in a SQLModel session (:meth:`Store.write`; the tables are the
    SQLModel classes of :mod:`revtrack.models`, made by the migrations); the
    per-version statements are prepared SQL text, because building ORM
    statements cost more than running them.  Reads are plain SQL run through
    :meth:`Store.query` -- the standard library's ``sqlite3`` for an SQLite
    file, SQLAlchemy otherwise -- because importing SQLAlchemy and SQLModel
    costs ~0.3 s of CPU and ``revtrack log`` should answer in under 0.3 s
    (benchmarks/store.py).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from .align import Entry
from .audit import append_event, content_hash, default_actor
from .comparison import Comparison, compare_versions
from .errors import RevtrackError
from .refs import Ref, format_time, is_story_id, parse_ref, parse_time
from .text import InputError, Version, parse_version

__all__ = [
    "SCHEMA_HEAD",
    "AddResult",
    "ImportResult",
    "Store",
    "StoredVersion",
    "StoryInfo",
    "open_store",
    "default_db",
]

# The newest migration this revtrack knows (revtrack/migrations/versions).
# Kept here so that opening an up-to-date database never imports Alembic;
# tests/test_store.py checks it against the migration scripts.
SCHEMA_HEAD = "0003"

DEFAULT_DB = "revtrack.db"

# How long a writer waits for another writer's lock before giving up. A
# version is written in 5-40 ms (benchmarks/store.py, idle to heavily loaded
# machine), and SQLite's busy handler is not fair: with eight writers on a
# loaded 2-core machine one can queue for seconds (tests/test_postgres_concurrency.py
# failed once at 10 s under load 13).  30 s: only a stuck lock holder lasts that long.
DEFAULT_LOCK_TIMEOUT = 30.0

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def default_db() -> str:
    """``$REVTRACK_DB`` if set, else ``revtrack.db`` in the current directory."""
    return os.environ.get("REVTRACK_DB") or DEFAULT_DB


def _lock_timeout() -> float:
    raw = os.environ.get("REVTRACK_LOCK_TIMEOUT")
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise RevtrackError(f"REVTRACK_LOCK_TIMEOUT={raw!r}: not a number of seconds") from None


def open_store(db: str | os.PathLike | None = None, *, create: bool = True, timeout: float | None = None) -> "Store":
    """Open (and create or upgrade) the store at ``db``: a file path or any SQLAlchemy URL.

    ``create=False`` refuses to create a new SQLite file (read-only commands
    use it, so a typo in ``--db`` does not leave an empty database behind).
    """
    store = Store(str(db) if db is not None else default_db(), timeout=_lock_timeout() if timeout is None else timeout)
    try:
        store._prepare(create)
    except BaseException:
        store.close()
        raise
    return store


# --- values handed to callers ---------------------------------------------------


@dataclass(frozen=True)
class StoredVersion:
    """One stored version of a story, detached from the database."""

    story: str
    number: int
    text: str
    content_hash: str
    received_at: str
    by: str | None
    source: str | None
    date: str | None
    note: str | None
    dateline: dict | None
    paragraphs: int
    repeats: int | None
    alignment: list[Entry] | None
    counts: dict | None

    @property
    def ref(self) -> str:
        return f"{self.story}@{self.number}"

    @property
    def version(self) -> Version:
        """The parsed text (header and paragraphs)."""
        return parse_version(self.text)

    def to_dict(self, text: bool = True) -> dict:
        d = {
            "story": self.story, "number": self.number, "ref": self.ref, "received_at": self.received_at,
            "by": self.by, "source": self.source, "content_hash": self.content_hash,
            "header": {"date": self.date, "note": self.note, "dateline": self.dateline},
            "paragraphs": self.paragraphs, "repeats": self.repeats, "counts": self.counts,
            "alignment": None if self.alignment is None else [e.to_dict() for e in self.alignment],
        }
        if text:
            d["text"] = self.text
        return d


@dataclass(frozen=True)
class StoryInfo:
    id: str
    title: str | None
    meta: dict
    versions: int
    first: str | None
    last: str | None

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "meta": self.meta, "versions": self.versions,
                "first_update": self.first, "last_update": self.last}


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add_version` did.

    ``stored`` is False when the text equals the latest version (then
    ``version`` is that latest version); ``repeats`` names an older version
    with the same text (a revert), ``comparison`` is against the predecessor.
    """

    version: StoredVersion
    comparison: Comparison | None
    stored: bool
    repeats: int | None = None

    @property
    def unchanged_from_latest(self) -> bool:
        return not self.stored


@dataclass
class ImportResult:
    added: int = 0
    skipped: int = 0
    stories: set = field(default_factory=set)

    def to_dict(self) -> dict:
        return {"added": self.added, "skipped": self.skipped, "stories": len(self.stories)}


# --- the store ------------------------------------------------------------------

_VCOLS = ("story_id, number, text, content_hash, received_at, filed_by, source, header_date, note, dateline, "
          "paragraphs, repeats, alignment, counts")


def _version_from_row(r) -> StoredVersion:
    return StoredVersion(
        story=r[0], number=r[1], text=r[2], content_hash=r[3], received_at=r[4], by=r[5], source=r[6],
        date=r[7], note=r[8], dateline=json.loads(r[9]) if r[9] else None, paragraphs=r[10], repeats=r[11],
        alignment=_entries_from_json(r[12]), counts=json.loads(r[13]) if r[13] else None,
    )


def _entries_to_json(entries) -> str:
    """Stored alignment: ``[op, old, new, similarity, edited]`` per entry, ``, 1`` appended on ignored furniture."""
    return json.dumps([[e.op, list(e.old), list(e.new), round(e.similarity, 4), e.edited, *([1] if e.ignored else [])]
                       for e in entries], separators=(",", ":"))


def _entries_from_json(raw: str | None) -> list[Entry] | None:
    if not raw:
        return None
    return [Entry(row[0], tuple(row[1]), tuple(row[2]), row[3], row[4], bool(row[5]) if len(row) > 5 else False)
            for row in json.loads(raw)]


def _counts(comparison: Comparison | None) -> dict | None:
    if comparison is None:
        return None
    severity: dict[str, int] = {}
    for c in comparison.changes:
        if c.op != "unchanged":
            severity[c.severity] = severity.get(c.severity, 0) + 1
    return {"ops": {k: v for k, v in comparison.summary.items() if v}, "severity": severity}


def _as_time(at) -> str:
    if at is None:
        return format_time(datetime.now(timezone.utc))
    if isinstance(at, datetime):
        return format_time(at)
    return parse_time(str(at))


class Store:
    """A revtrack database. Open it with :func:`open_store`; close it (or use ``with``)."""

    def __init__(self, db: str, timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self.db = db
        self.timeout = timeout
        self._engine = None
        self._conn = None
        self.bulk = False  # set while importing: commits skip the fsync (see engine)
        if "://" in db:
            if db.startswith("sqlite"):
                m = re.match(r"^sqlite(?:\+pysqlite)?:///(.+)$", db)
                if not m or m.group(1) == ":memory:":
                    raise RevtrackError(f"{db}: use a file (sqlite:///path.db); in-memory databases do not persist")
                self.path: Path | None = Path(m.group(1))
            else:
                self.path = None
        else:
            self.path = Path(db)
        self.name = str(self.path) if self.path is not None else _hide_password(db)

    # -- connections ---------------------------------------------------------

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    @property
    def engine(self):
        """SQLAlchemy engine for writes; SQLite connections begin with ``BEGIN IMMEDIATE``."""
        if self._engine is None:
            from sqlalchemy import create_engine, event

            if self.path is not None:
                engine = create_engine(f"sqlite:///{self.path}", connect_args={"timeout": self.timeout})

                @event.listens_for(engine, "connect")
                def _connect(dbapi_conn, _record):
                    # We issue BEGIN ourselves (below): pysqlite's implicit BEGIN is deferred,
                    # and a deferred writer can read a chain head another writer is replacing.
                    dbapi_conn.isolation_level = None
                    dbapi_conn.execute("PRAGMA foreign_keys=ON")

                @event.listens_for(engine, "begin")
                def _begin(conn):
                    # FULL makes each commit durable through power loss (one fsync); imports use
                    # NORMAL (a commit took ~0.6 ms instead of ~10 ms in a profile of
                    # benchmarks/store.py): still atomic and crash-safe, and a re-run of an
                    # idempotent import restores any tail a power cut loses.
                    conn.exec_driver_sql(f"PRAGMA synchronous={'NORMAL' if self.bulk else 'FULL'}")
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                engine = create_engine(self.db, pool_pre_ping=True)
            self._engine = engine
        return self._engine

    def _sqlite(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        return self._conn

    def query(self, sql: str, params: dict | None = None) -> list[tuple]:
        """Run one read-only SQL statement (``:name`` parameters) and return all rows."""
        with self._errors():
            if self.path is not None:
                return self._sqlite().execute(sql, params or {}).fetchall()
            from sqlalchemy import text

            with self.engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(sql), params or {})]

    @contextmanager
    def write(self) -> Iterator:
        """A SQLModel session inside one write transaction, committed on success.

        Everything done in it -- rows and :func:`~revtrack.audit.append_event`
        calls -- lands together or not at all.
        """
        from sqlmodel import Session

        with self._errors():
            with Session(self.engine) as session:
                with session.begin():
                    if self.engine.dialect.name == "postgresql":
                        from sqlalchemy import text

                        # Writers queue on one advisory lock, but not forever: a writer stuck
                        # holding it makes the others fail after the timeout, as on SQLite.
                        # (lock_timeout 0 would mean "wait forever", hence at least 1 ms.)
                        session.exec(text(f"SET LOCAL lock_timeout = '{max(1, int(self.timeout * 1000))}ms'"))
                        session.exec(text("SELECT pg_advisory_xact_lock(72657674)"))
                    yield session

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except RevtrackError:
            raise
        except sqlite3.Error as exc:
            raise RevtrackError(self._explain(exc)) from None
        except Exception as exc:
            sa_exc = sys.modules.get("sqlalchemy.exc")
            if sa_exc is not None and isinstance(exc, (sa_exc.DBAPIError, sa_exc.OperationalError)):
                raise RevtrackError(self._explain(getattr(exc, "orig", None) or exc)) from None
            raise

    def _explain(self, exc) -> str:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        low = msg.lower()
        if "locked" in low or "busy" in low or "lock timeout" in low:
            return f"{self.name}: database is locked by another process (waited {self.timeout:g} s); try again later"
        if "file is not a database" in low or "not a database" in low:
            return f"{self.name}: not a revtrack database (not an SQLite file)"
        if "malformed" in low or "corrupt" in low:
            return f"{self.name}: database is corrupt ({msg}); restore it from a backup"
        if "append-only" in low:
            return f"{self.name}: refused by the database: {msg}"
        if "unable to open" in low or "readonly" in low or "read-only" in low:
            return f"{self.name}: cannot open the database for writing ({msg})"
        return f"{self.name}: database error: {msg}"

    # -- opening: check, create, upgrade ------------------------------------

    def _prepare(self, create: bool) -> None:
        if self.path is not None:
            if self.path.is_dir():
                raise RevtrackError(f"{self.path}: is a directory, not a database file")
            if not self.path.exists():
                if not create:
                    raise RevtrackError(f"{self.path}: no revtrack database here; add a version first "
                                        "(revtrack add STORY FILE) or name one with --db / REVTRACK_DB")
                if not self.path.parent.exists():
                    raise RevtrackError(f"{self.path}: directory {self.path.parent} does not exist")
            tables = {r[0] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        else:
            from sqlalchemy import inspect

            with self._errors():
                tables = set(inspect(self.engine).get_table_names())
        revision = None
        if tables:
            if "alembic_version" not in tables:
                raise RevtrackError(f"{self.name}: not a revtrack database (it has other tables: "
                                    f"{', '.join(sorted(tables)[:3])}); choose another --db")
            rows = self.query("SELECT version_num FROM alembic_version")
            revision = rows[0][0] if rows else None
        if revision == SCHEMA_HEAD:
            self._ensure_wal()
            return
        if revision is not None and revision not in _known_revisions():
            raise RevtrackError(f"{self.name}: written by a newer revtrack (schema {revision}); "
                                "upgrade revtrack to open it")
        if revision is None and not create:
            raise RevtrackError(f"{self.name}: empty database; add a version first (revtrack add STORY FILE)")
        self._ensure_wal()
        self._migrate()

    def _ensure_wal(self) -> None:
        if self.path is None:
            return
        with self._errors():
            conn = self._sqlite()
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            # Switching to WAL needs the database to itself.  Waiting for it while another
            # process commits the schema deadlocks both until the lock timeout (seen with eight
            # writers racing on a new file, tests/test_postgres_concurrency.py), so try briefly:
            # the mode is persistent, and whichever connection gets there first sets it for all.
            conn.execute("PRAGMA busy_timeout = 250")
            try:
                conn.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
            finally:
                conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")

    def _migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(_MIGRATIONS))
        with self._errors():
            with self.engine.begin() as conn:
                # Re-check under the write lock: another process may have migrated meanwhile.
                from sqlalchemy import inspect, text

                if conn.dialect.name == "postgresql":  # SQLite's BEGIN IMMEDIATE already holds the lock
                    conn.execute(text("SELECT pg_advisory_xact_lock(72657674)"))
                if "alembic_version" in inspect(conn).get_table_names():
                    current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                    if current == SCHEMA_HEAD:
                        return
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")

    # -- writing -------------------------------------------------------------

    def add_version(self, story_id: str, text: str, *, at=None, by: str | None = None, source: str | None = None,
                    note: str | None = None, raw: str | None = None, meta: dict | None = None) -> AddResult:
        """Store ``text`` as the next version of ``story_id`` (created if new), with its alignment.

        Text identical to the latest version stores nothing (``stored`` is
        False); identical to an older version, it is stored and ``repeats``
        says which.  ``at`` (ISO text or datetime) defaults to now; ``by`` to
        the OS user; ``note`` to the update note parsed from the header.
        ``raw``/``meta``: the news page the text was extracted from (its HTML
        and metadata such as headline and byline), kept in ``version_pages``
        (see :mod:`revtrack.extract`, :meth:`page`).
        """
        if not isinstance(story_id, str) or not is_story_id(story_id):
            raise RevtrackError(f"{story_id!r}: not a valid story id (letters, digits, '.', '_', '-'; "
                                "starting with a letter or digit)")
        if not isinstance(text, str):
            raise InputError(f"{story_id}: story text must be str, not {type(text).__name__}")
        if "\x00" in text:
            raise InputError(f"{story_id}: text looks binary (it contains NUL characters)")
        if not text.strip():
            raise InputError(f"{story_id}: text is empty; a story needs at least one paragraph")
        received = _as_time(at)
        actor = by or default_actor()
        version = parse_version(text)
        digest = content_hash(text)
        header = version.header
        note = note if note is not None else (header.note if header else None)
        from .rule_store import rules_for

        stored_rules = rules_for(self, story_id)  # ignore rules stored for this story (revtrack rules add)

        with self.write() as s:
            # Prepared SQL text on the SQLModel tables: building ORM or Core statements cost more
            # than the SQL itself here, and this runs once per version (benchmarks/store.py).
            latest = _run(s, "latest", {"s": story_id}).fetchone()
            if latest is not None and latest[1] == digest:
                # Nothing was written; leaving the block ends the (empty) transaction.
                return AddResult(version=self.resolve(Ref(story_id, number=latest[0])), comparison=None,
                                 stored=False, repeats=latest[0])
            if latest is None and _run(s, "story", {"s": story_id}).fetchone() is None:
                _run(s, "new_story", {"id": story_id, "at": received})
                append_event(s, "story.created", story=story_id, actor=actor, source=source, payload={})
            repeats = None
            if latest is not None:
                repeats = _run(s, "repeats", {"s": story_id, "h": digest}).fetchone()[0]
            comparison = (compare_versions(parse_version(latest[2]), version, rules=stored_rules)
                          if latest is not None else None)
            number = 1 if latest is None else latest[0] + 1
            counts = _counts(comparison)
            values = dict(
                story_id=story_id, number=number, text=text, content_hash=digest,
                header_date=header.date if header else None, note=note,
                dateline=json.dumps(header.dateline.to_dict()) if header and header.dateline else None,
                paragraphs=len(version.paragraphs), received_at=received, filed_by=actor, source=source,
                repeats=repeats, alignment=_entries_to_json(e.entry for e in comparison.all_changes()) if comparison else None,
                counts=json.dumps(counts, separators=(",", ":")) if comparison else None,
            )
            _run(s, "insert_version", values)
            if raw is not None or meta:
                from .models import VersionPageRow

                version_id = _run(s, "version_id", {"s": story_id, "n": number}).fetchone()[0]

                s.add(VersionPageRow(version_id=version_id, raw=raw, meta=json.dumps(meta or {}, sort_keys=True, ensure_ascii=False)))
            if comparison is not None:
                from .notes import check_note

                verdict = check_note(note, comparison).verdict  # what the note claims vs what changed
            else:
                verdict = None
            append_event(s, "version.added", story=story_id, version=number, actor=actor, source=source, payload={
                "content_hash": digest, "received_at": received, "note": note, "note_check": verdict,
                "paragraphs": len(version.paragraphs),
                "changes": counts["ops"] if counts else None, "severity": counts["severity"] if counts else None,
                "repeats": repeats,
                **({"page_hash": content_hash(raw)} if raw is not None else {}),
            })
            stored = _version_from_row(tuple(values[c.strip()] for c in _VCOLS.split(",")))
        return AddResult(version=stored, comparison=comparison, stored=True, repeats=repeats)

    def set_metadata(self, story_id: str, *, title: str | None = None, meta: dict | None = None,
                     by: str | None = None, source: str | None = None) -> StoryInfo:
        """Change a story's title and/or metadata (merged into the existing keys); audited."""
        from .models import StoryRow

        with self.write() as s:
            row = s.get(StoryRow, story_id)
            if row is None:
                raise RevtrackError(f"{story_id}: no such story (see revtrack stories)")
            before = {"title": row.title, "meta": json.loads(row.meta)}
            merged = {k: v for k, v in dict(before["meta"], **(meta or {})).items() if v is not None}  # None clears a key
            row.title = title if title is not None else row.title
            row.meta = json.dumps(merged, sort_keys=True)
            s.add(row)
            append_event(s, "story.metadata_changed", story=story_id, actor=by, source=source,
                         payload={"before": before, "after": {"title": row.title, "meta": merged}})
        return next(i for i in self.stories() if i.id == story_id)

    # -- reading -------------------------------------------------------------

    def stories(self) -> list[StoryInfo]:
        """Every story with its version count and first/last update, by id."""
        rows = self.query(
            "SELECT s.id, s.title, s.meta, COUNT(v.id), MIN(v.received_at), MAX(v.received_at) "
            "FROM stories s LEFT JOIN versions v ON v.story_id = s.id GROUP BY s.id, s.title, s.meta ORDER BY s.id"
        )
        return [StoryInfo(r[0], r[1], json.loads(r[2] or "{}"), r[3], r[4], r[5]) for r in rows]

    def versions(self, story_id: str) -> list[StoredVersion]:
        """All versions of a story, oldest first; unknown story -> RevtrackError."""
        rows = self.query(f"SELECT {_VCOLS} FROM versions WHERE story_id = :s ORDER BY number", {"s": story_id})
        if not rows:
            self._unknown_story(story_id)
        return [_version_from_row(r) for r in rows]

    def _unknown_story(self, story_id: str):
        hint = ""
        if is_story_id(story_id):
            like = self.query("SELECT id FROM stories WHERE lower(id) = lower(:s)", {"s": story_id})
            if like:
                hint = f"; did you mean {like[0][0]}?"
        raise RevtrackError(f"{story_id}: no such story in {self.name}{hint} (see revtrack stories)")

    def resolve(self, ref: str | Ref) -> StoredVersion:
        """The stored version a reference names (see :mod:`revtrack.refs`)."""
        r = parse_ref(ref) if isinstance(ref, str) else ref
        count = self.query("SELECT MAX(number) FROM versions WHERE story_id = :s", {"s": r.story})[0][0]
        if not count:
            self._unknown_story(r.story)
        if r.number is not None:
            number = r.number
            if number > count:
                raise RevtrackError(f"{r}: no such version; {r.story} has {count} version{'s' * (count != 1)}")
        elif r.from_end is not None:
            number = count - r.from_end + 1
            if number < 1:
                raise RevtrackError(f"{r}: no such version; {r.story} has {count} version{'s' * (count != 1)}")
        elif r.at is not None:
            found = self.query(
                "SELECT number FROM versions WHERE story_id = :s AND received_at <= :t "
                "ORDER BY received_at DESC, number DESC LIMIT 1", {"s": r.story, "t": r.at})
            if not found:
                first = self.query("SELECT MIN(received_at) FROM versions WHERE story_id = :s", {"s": r.story})[0][0]
                raise RevtrackError(f"{r}: no version of {r.story} yet at {r.at} (the first arrived {first})")
            number = found[0][0]
        else:
            number = count
        row = self.query(f"SELECT {_VCOLS} FROM versions WHERE story_id = :s AND number = :n",
                         {"s": r.story, "n": number})
        return _version_from_row(row[0])

    def page(self, ref: str | Ref | StoredVersion) -> dict | None:
        """The news page a version was extracted from: ``{"raw": html, "meta": {...}}``, or None."""
        v = ref if isinstance(ref, StoredVersion) else self.resolve(ref)
        rows = self.query("SELECT p.raw, p.meta FROM version_pages p JOIN versions v ON v.id = p.version_id "
                          "WHERE v.story_id = :s AND v.number = :n", {"s": v.story, "n": v.number})
        return {"raw": rows[0][0], "meta": json.loads(rows[0][1])} if rows else None

    def comparison(self, old: str | Ref | StoredVersion, new: str | Ref | StoredVersion, unit: str = "paragraph",
                   rules: list | None = None, default_rules: bool = True) -> Comparison:
        """Compare two stored versions.

        Consecutive versions compared as stored (paragraphs, default ignore
        rules) reuse the alignment kept with the newer one instead of aligning again.
        """
        a = old if isinstance(old, StoredVersion) else self.resolve(old)
        b = new if isinstance(new, StoredVersion) else self.resolve(new)
        from .rule_store import rules_for

        # Stored ignore rules (revtrack rules add) for the stories compared, on top of ``rules``.
        stored_rules = [r for story in dict.fromkeys((a.story, b.story)) for r in rules_for(self, story)]
        entries = None
        as_stored = unit == "paragraph" and not rules and not stored_rules and default_rules
        if as_stored and a.story == b.story and b.number == a.number + 1 and b.alignment is not None:
            entries = b.alignment
        return compare_versions(a.version, b.version, unit=unit, entries=entries,
                                rules=list(rules or []) + stored_rules, default_rules=default_rules)

    def previous(self, version: StoredVersion) -> StoredVersion:
        """The version before ``version``; RevtrackError for version 1."""
        if version.number <= 1:
            raise RevtrackError(f"{version.ref}: is the first version; nothing before it to compare with")
        return self.resolve(Ref(version.story, number=version.number - 1))

    # -- import ----------------------------------------------------------------

    def import_path(self, path: str | os.PathLike, progress: Callable[[int, int], None] | None = None, *,
                    by: str | None = None, source: str | None = None) -> ImportResult:
        """Import a directory of story folders or a JSON Lines file; re-running adds nothing twice.

        Everything is read and checked before anything is written.  Versions
        are matched by position: the k-th distinct text of a story is its
        version k, so a version already stored is skipped, and a source that
        disagrees with what is stored is refused rather than merged.  Each
        version is its own transaction; ``progress(done, total)`` is called
        after each.
        """
        return self.import_records(read_source(Path(path)), progress, by=by, source=source or f"import:{Path(path).name}",
                                   origin=str(path))

    def import_records(self, records: list["ImportRecord"], progress: Callable[[int, int], None] | None = None, *,
                       by: str | None = None, source: str | None = None, origin: str = "records") -> ImportResult:
        """Import records already read by :func:`read_source`; see :meth:`import_path`."""
        plan, result = [], ImportResult()
        by_story: dict[str, list] = {}
        for rec in records:
            seq = by_story.setdefault(rec.story, [])
            if seq and seq[-1].hash == rec.hash:
                result.skipped += 1  # identical to the text before it: stores nothing, as `add` would
                continue
            seq.append(rec)
        for story, seq in by_story.items():
            stored = [r[0] for r in self.query(
                "SELECT content_hash FROM versions WHERE story_id = :s ORDER BY number", {"s": story})]
            for k, rec in enumerate(seq):
                if k < len(stored):
                    if stored[k] != rec.hash:
                        raise RevtrackError(f"{rec.origin}: differs from {story}@{k + 1} already stored; "
                                            "this import does not continue that story's history")
                    result.skipped += 1
                else:
                    plan.append(rec)
            result.stories.add(story)
        if not plan:
            return result
        with self.write() as s:
            append_event(s, "import.started", actor=by, source=source,
                         payload={"path": origin, "records": len(records), "to_add": len(plan)})
        self.bulk = True
        try:
            for done, rec in enumerate(plan, 1):
                self.add_version(rec.story, rec.text, at=rec.at, by=rec.by or by, source=rec.source or source, note=rec.note)
                result.added += 1
                if progress:
                    progress(done, len(plan))
        finally:
            self.bulk = False
        with self.write() as s:
            append_event(s, "import.finished", actor=by, source=source, payload={"path": origin, **result.to_dict()})
        return result


# --- reading an import source ---------------------------------------------------


@dataclass(frozen=True)
class ImportRecord:
    """One version to import, with where it came from (``dir/story/v2.txt`` or ``file.jsonl:7``)."""

    story: str
    text: str
    origin: str
    at: str | None = None
    note: str | None = None
    by: str | None = None
    source: str | None = None

    @property
    def hash(self) -> str:
        return content_hash(self.text)


def natural_key(name: str) -> tuple:
    """Sort ``v2`` before ``v10``.

    >>> sorted(["v10.txt", "v2.txt", "v1.txt"], key=natural_key)
    ['v1.txt', 'v2.txt', 'v10.txt']
    """
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in re.split(r"(\d+)", name) if p)


# Files in a story folder that hold versions; anything else (notes, JSON sidecars) is not a version.
VERSION_SUFFIXES = {"", ".txt", ".text", ".md"}


def is_version_file(f: Path) -> bool:
    return f.is_file() and not f.name.startswith(".") and f.suffix.lower() in VERSION_SUFFIXES


def read_source(path: Path) -> list[ImportRecord]:
    """Every version in an import source, checked; a RevtrackError names the first bad file or line.

    The same reader as the streaming bulk import (:func:`revtrack.bulk.iter_source`), held in memory.
    """
    from .bulk import iter_source

    return list(iter_source(path))


_VERSION_FIELDS = [c.strip() for c in _VCOLS.split(",")]
_SQL = {
    "latest": "SELECT number, content_hash, text FROM versions WHERE story_id = :s ORDER BY number DESC LIMIT 1",
    "story": "SELECT id FROM stories WHERE id = :s",
    "new_story": "INSERT INTO stories (id, meta, created_at) VALUES (:id, '{}', :at)",
    "repeats": "SELECT MAX(number) FROM versions WHERE story_id = :s AND content_hash = :h",
    "insert_version": f"INSERT INTO versions ({_VCOLS}) VALUES ({', '.join(':' + f for f in _VERSION_FIELDS)})",
    "version_id": "SELECT id FROM versions WHERE story_id = :s AND number = :n",
}
_STMTS: dict = {}


def _run(session, name: str, params: dict):
    """Execute one of the write path's prepared statements in ``session``'s transaction."""
    return session.execute(_stmt(name), params)


def _stmt(name: str):
    """The SQLAlchemy ``text()`` for one of the write path's statements, built once per process."""
    if name not in _STMTS:
        from sqlalchemy import text

        _STMTS[name] = text(_SQL[name])
    return _STMTS[name]


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory(str(_MIGRATIONS)).walk_revisions()}


def _hide_password(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)
