"""Bulk import: stream a large corpus into the store, aligning in parallel, resumable.

:meth:`revtrack.store.Store.import_path` reads a whole source into memory and
writes one version per transaction -- right for a handful of files, too slow
and too big for a research corpus of 100,000 versions.  :func:`bulk_import`
keeps the same rules and the same stored result, and changes how it gets there:

Streaming, bounded memory
    The source (a directory of story folders, or JSON Lines) is read one
    record at a time, twice: a first pass checks every record and counts
    them (so a bad line 90,000 is refused before anything is written, and
    the progress bar has a total), the second pass imports.  What stays in
    memory grows with the number of *stories* (each one's latest text and
    its version hashes), not with the size of the corpus.

Alignment in worker processes
    Aligning a version with its predecessor and rating its changes is pure
    CPU work (most of the 1.7 ms of CPU a version costs in
    ``benchmarks/bulk_import.py``), so it runs in a
    pool of worker processes fed in chunks, at most a few chunks ahead of
    the writer so the queue stays bounded.  Results come back in order.

Batched writes
    Versions are written ``batch`` at a time: one transaction inserts the
    stories, the versions and their audit events (the hash chain continued
    from its head, read under the write lock).  A crash or Ctrl-C loses at
    most the batch in flight, which rolls back whole.

Resumable
    As in :meth:`~revtrack.store.Store.import_records`, the k-th distinct
    text of a story in the source is its version k: a re-run skips what is
    already stored and carries on where the last run stopped, and a source
    that disagrees with the stored history is refused.  Each batch checks,
    under the lock, that no other writer added versions to its stories
    meanwhile; if one did, the import stops (re-run it to continue).

    >>> import tempfile, os, json
    >>> d = tempfile.mkdtemp()
    >>> src = os.path.join(d, "feed.jsonl")
    >>> with open(src, "w") as f:
    ...     for t in ["One.\\n\\nTwo.", "One.\\n\\nTwo.\\n\\nThree."]:
    ...         _ = f.write(json.dumps({"story": "quake", "text": t}) + "\\n")
    >>> from revtrack.store import open_store
    >>> with open_store(os.path.join(d, "news.db")) as store:
    ...     bulk_import(store, src, workers=0).to_dict()
    {'added': 2, 'skipped': 0, 'stories': 1}
    >>> with open_store(os.path.join(d, "news.db")) as store:
    ...     bulk_import(store, src, workers=0).to_dict()
    {'added': 0, 'skipped': 2, 'stories': 1}
"""

from __future__ import annotations

import json
import os
import signal
import zlib
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .errors import RevtrackError
from .jsonl import parse_line

__all__ = ["BulkResult", "bulk_import", "iter_source", "count_source", "align_one", "terminal_progress"]

# The sizes below are round values chosen by reasoning, not tuned; the
# benchmark (benchmarks/bulk_import.py) was run with them as they stand.

# Versions per write transaction, at most: the commit (an fsync on SQLite)
# and the per-batch checks become negligible per version, while a Ctrl-C
# loses at most that many versions of work (never data: the batch rolls
# back).  Batches start at FIRST_BATCH and double, so a short import shows
# stored progress at once and an interrupted one keeps most of its work.
DEFAULT_BATCH = 500
FIRST_BATCH = 8

# Versions per job sent to a worker: big enough that pickling and the
# round-trip are noise next to the milliseconds of aligning per version.
CHUNK = 32

# Jobs queued per worker ahead of the writer: keeps workers busy while the
# writer commits, and bounds the texts held in flight (workers x 4 x CHUNK).
AHEAD = 4

# Below this many records starting worker processes is not worth it.
POOL_MIN = 64


@dataclass
class BulkResult:
    """What :func:`bulk_import` did: versions added, records skipped, stories touched."""

    added: int = 0
    skipped: int = 0
    stories: set = field(default_factory=set)
    records: int = 0

    def to_dict(self) -> dict:
        return {"added": self.added, "skipped": self.skipped, "stories": len(self.stories)}


# --- reading a source, one record at a time ------------------------------------------------


def iter_source(path: str | os.PathLike) -> Iterator:
    """Yield the source's versions as :class:`~revtrack.store.ImportRecord`, checking each one.

    A directory holds one folder per story with its version files (sorted
    naturally: ``v2`` before ``v10``); a file is JSON Lines, one
    ``{"story", "text", "at"?, "note"?, "by"?, "source"?}`` object per line.
    A bad record raises :class:`~revtrack.errors.RevtrackError` naming the
    file or ``file:line``.
    """
    from .refs import is_story_id, parse_time
    from .store import ImportRecord, is_version_file, natural_key
    from .text import decode

    path = Path(path)
    if not path.exists():
        raise RevtrackError(f"{path}: no such file or directory")
    if path.is_dir():
        folders = sorted((p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")),
                         key=lambda p: natural_key(p.name))
        if not folders:
            raise RevtrackError(f"{path}: no story folders in it (expected {path}/STORY/v1.txt, v2.txt, ...)")
        for folder in folders:
            if not is_story_id(folder.name):
                raise RevtrackError(f"{folder}: folder name is not a valid story id")
            files = sorted((f for f in folder.iterdir() if is_version_file(f)), key=lambda f: natural_key(f.name))
            for f in files:
                try:
                    data = f.read_bytes()
                except OSError as exc:
                    raise RevtrackError(f"{f}: cannot read ({exc.strerror})") from None
                yield ImportRecord(folder.name, decode(data, str(f)), str(f))
        return
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise RevtrackError(f"{path}: cannot read ({exc.strerror})") from None
    any_record = False
    with fh:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                raise RevtrackError(f"{path}:{n}: not UTF-8 JSON Lines") from None
            if not line.strip():
                continue
            where = f"{path}:{n}"
            obj = parse_line(line, where)
            if not isinstance(obj, dict) or not isinstance(obj.get("story"), str) or not isinstance(obj.get("text"), str):
                raise RevtrackError(f'{where}: expected an object with "story" and "text" strings')
            if not is_story_id(obj["story"]):
                raise RevtrackError(f"{where}: {obj['story']!r} is not a valid story id")
            text = decode(obj["text"].encode("utf-8"), where)
            opt = {}
            for key in ("note", "by", "source"):
                if obj.get(key) is not None and not isinstance(obj[key], str):
                    raise RevtrackError(f'{where}: "{key}" must be a string')
                opt[key] = obj.get(key)
            at = None
            if obj.get("at") is not None:
                try:
                    at = parse_time(str(obj["at"]))
                except RevtrackError as exc:
                    raise RevtrackError(f"{where}: {exc}") from None
            any_record = True
            yield ImportRecord(obj["story"], text, where, at=at, **opt)
    if not any_record:
        raise RevtrackError(f"{path}: no versions in it")


def count_source(path: str | os.PathLike) -> int:
    """Check every record of a source without keeping any; return how many there are."""
    return sum(1 for _ in iter_source(path))


# --- the work done in worker processes ------------------------------------------------------


def align_one(prev_text: str | None, text: str, rules: tuple[str, ...] = (), note: str | None = None) -> tuple:
    """What the store keeps for ``text`` following ``prev_text``, computed as ``Store.add_version`` does.

    ``rules`` are the patterns of the story's stored ignore rules (on top of
    the built-in defaults); ``note`` the update note given with the record
    (default: the one in the text's header).  Returns ``(paragraphs,
    header_date, note, dateline_json, alignment_json, counts,
    note_check)``; the last three are None for a first version.
    """
    from .comparison import compare_versions
    from .notes import check_note
    from .store import _counts, _entries_to_json
    from .text import parse_version

    version = parse_version(text)
    header = version.header
    dateline = json.dumps(header.dateline.to_dict()) if header and header.dateline else None
    note = note if note is not None else (header.note if header else None)
    alignment = counts = verdict = None
    if prev_text is not None:
        comparison = compare_versions(parse_version(prev_text), version, rules=_compiled(rules))
        alignment = _entries_to_json(c.entry for c in comparison.all_changes())
        counts = _counts(comparison)
        verdict = check_note(note, comparison).verdict  # what the note claims vs what changed
    return (len(version.paragraphs), header.date if header else None, note, dateline, alignment, counts, verdict)


_COMPILED: dict[tuple, list] = {}


def _compiled(patterns: tuple[str, ...]) -> list:
    # compile_rule probes every pattern for breadth; do it once per rule set, not per version.
    if patterns not in _COMPILED:
        from .rules import compile_rule

        _COMPILED[patterns] = [compile_rule(p) for p in patterns]
    return _COMPILED[patterns]


def _align_chunk(jobs: list[tuple[str | None, str, tuple, str | None]]) -> list[tuple]:
    return [align_one(prev, text, rules, note) for prev, text, rules, note in jobs]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group; the parent decides what happens
    # (roll back the batch in flight, stop the pool), so workers ignore it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # If the parent is killed outright (SIGKILL), take the workers with it
    # instead of leaving them waiting forever on a queue (Linux prctl PR_SET_PDEATHSIG).
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


# --- the importer -----------------------------------------------------------------------------


@dataclass
class _StoryState:
    """What the importer knows about one story: its stored and planned versions."""

    stored: list[str]  # content hashes already in the database, in order (to match a re-run against)
    matched: int = 0  # how many source texts have been matched against ``stored``
    count: int = 0  # versions stored or planned so far
    last_hash: str | None = None  # of the last source record seen (consecutive repeats store nothing)
    last_text: str | None = None  # the latest version's text, to align the next one with
    numbers: dict = field(default_factory=dict)  # content hash -> latest version number with it
    exists: bool = False  # the story row is in the database (or in a batch already written)
    rules: tuple = ()  # patterns of the story's stored ignore rules (revtrack rules add)


@dataclass
class _Pending:
    record: object
    number: int
    repeats: int | None
    new_story: bool


def bulk_import(store, path: str | os.PathLike, *, workers: int | None = None, batch: int = DEFAULT_BATCH,
                progress: Callable[[int, int], None] | None = None, by: str | None = None,
                source: str | None = None, total: int | None = None) -> BulkResult:
    """Import a directory or JSON Lines source into ``store``, streaming; see the module docstring.

    ``workers`` alignment processes (default: CPU count; 0 aligns in this
    process); ``progress(done, total)`` is called as records are stored or
    skipped.  ``total`` is the record count if :func:`count_source` already
    checked the source (else it is checked here, before anything is
    written).  Re-running skips what is stored.
    """
    path = Path(path)
    if total is None:
        total = count_source(path)
    source = source or f"import:{path.name}"
    workers = (os.cpu_count() or 1) if workers is None else max(0, workers)
    importer = _Importer(store, by=by, source=source, batch=max(1, batch))
    pools: list = []
    if workers > 0 and total >= POOL_MIN:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from . import comparison, store as _store  # noqa: F401  (imported once here, inherited by the workers)

        # fork: workers start in milliseconds and inherit the imported modules.
        # One single-process pool per worker, and each story always goes to the same one, so a
        # worker has already normalised and masked the previous version's paragraphs (the caches in
        # revtrack.text and revtrack.rules) instead of meeting them for the first time about half the time.
        pools = [ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                                     initializer=_worker_init) for _ in range(workers)]
    try:
        importer.run(iter_source(path), total, pools, progress, origin=str(path))
    finally:
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)
    return importer.result


class _Importer:
    def __init__(self, store, *, by, source, batch) -> None:
        from .audit import default_actor

        self.store = store
        self.by = by
        self.actor = by or default_actor()
        self.source = source
        self.batch = batch
        self.result = BulkResult()
        self.stories: dict[str, _StoryState] = {}
        # Stories that already have versions; any other story needs no lookup.
        self.known = {r[0] for r in store.query("SELECT DISTINCT story_id FROM versions")}
        self.rows = {r[0] for r in store.query("SELECT id FROM stories")}
        # Stored ignore rules change what add_version stores; look them up per story only if there are any.
        try:
            self.any_rules = bool(store.query("SELECT 1 FROM rules LIMIT 1"))
        except RevtrackError:  # a schema without stored rules
            self.any_rules = False
        self.started = False

    # -- planning: which records become which versions --------------------------------------

    def _state(self, story: str) -> _StoryState:
        st = self.stories.get(story)
        if st is None:
            stored: list[str] = []
            if story in self.known:
                stored = [r[0] for r in self.store.query(
                    "SELECT content_hash FROM versions WHERE story_id = :s ORDER BY number", {"s": story})]
            st = _StoryState(stored=stored, count=len(stored), exists=bool(stored),
                             numbers={h: n for n, h in enumerate(stored, 1)})
            st.exists = story in self.rows
            if self.any_rules:
                from .rule_store import rules_for

                st.rules = tuple(r.pattern for r in rules_for(self.store, story))
            self.stories[story] = st
        return st

    def _plan(self, rec) -> _Pending | None:
        """The version ``rec`` becomes, or None if it is already stored or repeats the text before it."""
        st = self._state(rec.story)
        self.result.stories.add(rec.story)
        digest = rec.hash
        if digest == st.last_hash:
            return None
        st.last_hash = digest
        if st.matched < len(st.stored):
            k = st.matched
            st.matched += 1
            if st.stored[k] != digest:
                raise RevtrackError(f"{rec.origin}: differs from {rec.story}@{k + 1} already stored; "
                                    "this import does not continue that story's history")
            if st.matched == len(st.stored):
                st.stored = []  # fully matched: forget the list, keep the count
                st.matched = 0
            return None
        if st.count and st.last_text is None:
            st.last_text = self.store.query("SELECT text FROM versions WHERE story_id = :s AND number = :n",
                                            {"s": rec.story, "n": st.count})[0][0]
        st.count += 1
        pending = _Pending(rec, st.count, st.numbers.get(digest), new_story=not st.exists)
        st.exists = True
        st.numbers[digest] = st.count
        return pending

    # -- the pipeline ------------------------------------------------------------------------

    def run(self, records, total: int, pools: list, progress, origin: str) -> None:
        self.result.records = total
        lanes = max(1, len(pools))
        inflight: deque = deque()  # (future, or results when aligning here; [(pending, prev_text)])
        ready: list = []  # (pending, computed) waiting to be written
        chunks: list[list] = [[] for _ in range(lanes)]  # jobs gathering for each worker
        done = 0
        size = [min(FIRST_BATCH, self.batch)]  # the next batch's size (doubling up to self.batch)

        def submit(lane: int) -> None:
            chunk = chunks[lane]
            jobs = [(prev, p.record.text, self.stories[p.record.story].rules, p.record.note) for p, prev in chunk]
            fut = pools[lane].submit(_align_chunk, jobs) if pools else _align_chunk(jobs)
            inflight.append((fut, list(chunk)))
            chunk.clear()

        def drain(limit: int) -> None:
            # Take finished jobs off the front, waiting for the oldest while more than `limit` are
            # queued.  Jobs leave in the order they were sent, and a story's versions always go
            # to the same lane in order, so each story's versions are written in order.
            while inflight and (len(inflight) > limit or not pools or inflight[0][0].done()):
                fut, items = inflight.popleft()
                results = fut.result() if pools else fut
                ready.extend((p, r) for (p, _prev), r in zip(items, results))
                while len(ready) >= size[0]:
                    self._write(ready[:size[0]], origin, total)
                    del ready[:size[0]]
                    size[0] = min(size[0] * 2, self.batch)

        for rec in records:
            done += 1
            pending = self._plan(rec)
            if pending is None:
                self.result.skipped += 1
            else:
                st = self.stories[rec.story]
                lane = zlib.crc32(rec.story.encode("utf-8")) % lanes
                chunks[lane].append((pending, st.last_text))
                st.last_text = rec.text
                if len(chunks[lane]) >= CHUNK:
                    submit(lane)
                    drain(AHEAD * lanes)
            if progress and done % 100 == 0:
                progress(done - self._unwritten(inflight, ready, chunks), total)
        for lane in range(lanes):
            if chunks[lane]:
                submit(lane)
        drain(0)
        if ready:
            self._write(ready, origin, total)
            ready.clear()
        if self.started:
            self._finish(origin)
        if progress:
            progress(total, total)

    @staticmethod
    def _unwritten(inflight, ready, chunks) -> int:
        return sum(len(items) for _f, items in inflight) + len(ready) + sum(len(c) for c in chunks)

    # -- writing -----------------------------------------------------------------------------

    def _write(self, items: list, origin: str, total: int) -> None:
        """One transaction: the stories, versions and audit events of ``items``."""
        from sqlalchemy import insert, select

        from .audit import GENESIS, _now, canonical_json, event_hash
        from .models import EventRow, StoryRow, VersionRow
        from .store import _as_time

        first: dict[str, int] = {}
        for p, _r in items:
            first.setdefault(p.record.story, p.number)
        with self.store.write() as s:
            conn = s.connection()
            self._check_heads(conn, first)
            prev = conn.execute(select(EventRow.hash).order_by(EventRow.id.desc()).limit(1)).scalar() or GENESIS
            stories, versions, events = [], [], []

            def event(action, story=None, version=None, actor=None, src=None, payload=None):
                nonlocal prev
                fields = {"at": _now(), "story": story, "version": version, "action": action,
                          "actor": actor or self.actor, "source": src, "payload": payload or {}}
                h = event_hash(prev, fields)
                events.append({"at": fields["at"], "story": story, "version": version, "action": action,
                               "actor": fields["actor"], "source": src, "payload": canonical_json(fields["payload"]),
                               "prev_hash": prev, "hash": h})
                prev = h

            if not self.started:
                event("import.started", actor=self.actor, src=self.source,
                      payload={"path": origin, "records": total, "to_add": None})
            for p, (paragraphs, hdate, note, dateline, alignment, counts, verdict) in items:
                rec = p.record
                received = _as_time(rec.at)
                actor = rec.by or self.actor
                src = rec.source or self.source
                if p.new_story:
                    stories.append({"id": rec.story, "title": None, "meta": "{}", "created_at": received})
                    event("story.created", story=rec.story, actor=actor, src=src, payload={})
                versions.append({
                    "story_id": rec.story, "number": p.number, "text": rec.text, "content_hash": rec.hash,
                    "header_date": hdate, "note": note, "dateline": dateline, "paragraphs": paragraphs,
                    "received_at": received, "filed_by": actor, "source": src, "repeats": p.repeats,
                    "alignment": alignment,
                    "counts": json.dumps(counts, separators=(",", ":")) if counts is not None else None,
                })
                event("version.added", story=rec.story, version=p.number, actor=actor, src=src, payload={
                    "content_hash": rec.hash, "received_at": received, "note": note, "note_check": verdict,
                    "paragraphs": paragraphs,
                    "changes": counts["ops"] if counts else None, "severity": counts["severity"] if counts else None,
                    "repeats": p.repeats,
                })
            if stories:
                conn.execute(insert(StoryRow.__table__), stories)
            conn.execute(insert(VersionRow.__table__), versions)
            conn.execute(insert(EventRow.__table__), events)
        self.started = True
        self.result.added += len(items)

    def _check_heads(self, conn, first: dict[str, int]) -> None:
        """Refuse to write if another writer added versions to these stories since they were planned."""
        from sqlalchemy import func, select

        from .models import VersionRow

        names = list(first)
        heads: dict[str, int] = {}
        for i in range(0, len(names), 500):  # stay under every database's bound-parameter limit
            part = names[i:i + 500]
            heads.update(conn.execute(
                select(VersionRow.story_id, func.max(VersionRow.number))
                .where(VersionRow.story_id.in_(part)).group_by(VersionRow.story_id)).all())
        for story, number in first.items():
            if heads.get(story, 0) != number - 1:
                raise RevtrackError(f"{story}: another writer added versions to it during this import; "
                                    "run the import again to continue from what is stored")

    def _finish(self, origin: str) -> None:
        from .audit import append_event

        with self.store.write() as s:
            append_event(s, "import.finished", actor=self.actor, source=self.source,
                         payload={"path": origin, **self.result.to_dict()})


@contextmanager
def terminal_progress(what: str, total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar with rate and ETA on stderr when it is a terminal; None otherwise.

    Yields the ``progress(done, total)`` callback for :func:`bulk_import`.
    """
    import sys

    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=total, rate="")

        def update(done: int, total_: int) -> None:
            speed = bar.tasks[0].speed
            bar.update(task, completed=done, total=total_, rate=f"{speed:,.0f} versions/s" if speed else "")

        yield update
