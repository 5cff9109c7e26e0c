"""Export a store to JSON Lines and import it back without loss.

An export is one JSON object per line, self-describing through ``"type"``::

    {"type": "revtrack-export", "format_version": 1, "scope": "all", "stories": ["belgorod"], ...}
    {"type": "story",   "id": "belgorod", "title": null, "meta": {}, "created_at": "..."}
    {"type": "version", "story": "belgorod", "number": 1, "text": "...", "content_hash": "...",
                        "received_at": "...", "by": "desk", "source": "wire", "header": {...},
                        "paragraphs": 20, "repeats": null, "counts": null, "alignment": null}
    {"type": "rule",    "id": 1, "pattern": "Editing by .*", "story": null, "why": "...",
                        "added_at": "...", "added_by": "desk"}
    {"type": "event",   "id": 1, "at": "...", "story": "belgorod", "version": 1, "action": "...",
                        "actor": "desk", "source": "wire", "payload": {...}, "prev_hash": "...", "hash": "..."}

Stored ignore rules (``revtrack rules add``) travel too: an export of
``--all`` carries every rule, one story's export that story's own rules.
Reviews (:mod:`revtrack.reviews`) are audit events and corrections
(:mod:`revtrack.corrections`) are derived from versions, so both travel
without records of their own.

The first line names the format, so ``revtrack import FILE.jsonl`` can tell an
export from a plain list of versions (:func:`is_export`).  Versions carry their
exact text and the alignment stored with them, so an import keeps the very
alignments the reports were made from instead of aligning again.

Importing the audit log
    The chain of event hashes can only be kept byte for byte where it starts:
    an export of ``--all`` whose chain is complete, imported into an empty
    database, has its events written back exactly as they were (same times,
    actors, payloads and hashes), followed by one ``import.restored`` event.
    Anything else -- one story's events, which are links cut out of a longer
    chain, or a database that already has events -- is re-recorded: each
    original event is appended anew (so the target's own chain stays whole)
    with the original time, hash and previous hash kept in its payload under
    ``"restored"``.  Either way ``revtrack audit --verify`` passes afterwards,
    and nothing of the original events is lost.

Before anything is written the whole file is checked: every event's hash
against its fields, every version's text against its content hash, every
alignment against the paragraphs of its text.  An edited export is refused
with one line naming the line at fault.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from .align import OPS, Entry
from .audit import GENESIS, append_event, canonical_json, content_hash, event_hash, events
from .errors import RevtrackError
from .jsonl import parse_line
from .lineage import LineageError, Revision, check_revisions
from .refs import is_story_id
from .text import parse_version

__all__ = ["FORMAT", "FORMAT_VERSION", "ExportFile", "ImportSummary", "export_records", "write_export",
           "is_export", "read_export", "import_export"]

FORMAT = "revtrack-export"
FORMAT_VERSION = 1

_EVENT_FIELDS = ("at", "story", "version", "action", "actor", "source", "payload")


# --- export ---------------------------------------------------------------------


def _entry_dict(e: Entry) -> dict:
    d = {"op": e.op, "old": list(e.old), "new": list(e.new), "similarity": e.similarity, "edited": e.edited}
    if e.ignored:
        d["ignored"] = True
    return d


def export_records(store, stories: Iterable[str] | None = None) -> Iterator[dict]:
    """Every record of an export: the header, stories, their versions, their audit events.

    ``stories=None`` exports everything, with the whole audit chain; a list of
    story ids exports those stories and the events about them.
    """
    infos = {i.id: i for i in store.stories()}
    if stories is None:
        ids = sorted(infos)
        evs = events(store)
    else:
        ids = list(dict.fromkeys(stories))
        for sid in ids:
            if sid not in infos:
                store.versions(sid)  # raises the store's own "no such story" error, with its hint
        evs = [e for sid in ids for e in events(store, story=sid)]
        evs.sort(key=lambda e: e.id)
    total = store.query("SELECT COUNT(*) FROM events")[0][0]
    yield {
        "type": FORMAT, "format_version": FORMAT_VERSION, "scope": "all" if stories is None else "stories",
        "stories": ids, "events": len(evs), "complete_chain": len(evs) == total,
        "head": evs[-1].hash if evs else GENESIS,
        "exported_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    for sid in ids:
        info = infos[sid]
        created = store.query("SELECT created_at FROM stories WHERE id = :s", {"s": sid})[0][0]
        yield {"type": "story", "id": sid, "title": info.title, "meta": info.meta, "created_at": created}
    for sid in ids:
        for v in store.versions(sid):
            yield {
                "type": "version", "story": v.story, "number": v.number, "text": v.text,
                "content_hash": v.content_hash, "received_at": v.received_at, "by": v.by, "source": v.source,
                "header": {"date": v.date, "note": v.note, "dateline": v.dateline},
                "paragraphs": v.paragraphs, "repeats": v.repeats, "counts": v.counts,
                "alignment": None if v.alignment is None else [_entry_dict(e) for e in v.alignment],
            }
    rule_rows = store.query("SELECT id, pattern, story, why, added_at, added_by FROM rules ORDER BY id")
    for rid, pattern, story, why, added_at, added_by in rule_rows:
        if stories is None or story in ids:
            yield {"type": "rule", "id": rid, "pattern": pattern, "story": story, "why": why,
                   "added_at": added_at, "added_by": added_by}
    for e in evs:
        yield {"type": "event", **e.to_dict()}


def write_export(store, out: TextIO, stories: Iterable[str] | None = None) -> dict:
    """Write an export as JSON Lines to ``out``; returns counts of what was written."""
    counts = {"stories": 0, "versions": 0, "events": 0, "rules": 0}
    for rec in export_records(store, stories):
        out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
        kind = rec["type"]
        if kind != FORMAT:
            counts[{"story": "stories", "version": "versions", "event": "events", "rule": "rules"}[kind]] += 1
    return counts


# --- reading and checking an export ---------------------------------------------------


def is_export(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a revtrack export (its first non-blank line says so)."""
    p = Path(path)
    if not p.is_file():
        return False
    try:
        with p.open("rb") as f:
            for raw in f:
                if raw.strip():
                    obj = json.loads(raw.decode("utf-8-sig"))
                    return isinstance(obj, dict) and obj.get("type") == FORMAT
    except (OSError, ValueError):
        return False
    return False


@dataclass
class ExportFile:
    """A checked export: its header, stories, versions by story (oldest first) and events."""

    header: dict
    path: str = ""
    stories: list[dict] = field(default_factory=list)
    versions: dict[str, list[dict]] = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)
    rules: list[dict] = field(default_factory=list)

    @property
    def chain_intact(self) -> bool:
        """The events form one unbroken chain from the genesis hash (a whole database's log)."""
        prev = GENESIS
        for e in self.events:
            if e["prev_hash"] != prev:
                return False
            prev = e["hash"]
        return True


def _need(obj: dict, key: str, kind: type, where: str):
    value = obj.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise RevtrackError(f'{where}: "{key}" is missing or is not {"a number" if kind is int else "a string"}')
    return value


def _entries(raw, where: str) -> tuple[Entry, ...] | None:
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise RevtrackError(f'{where}: "alignment" must be a list')
    out = []
    for d in raw:
        if not (isinstance(d, dict) and d.get("op") in OPS and isinstance(d.get("old"), list)
                and isinstance(d.get("new"), list) and isinstance(d.get("similarity"), (int, float))
                and all(isinstance(n, int) for n in d["old"] + d["new"])):
            raise RevtrackError(f"{where}: alignment entry {d!r} is not op/old/new/similarity")
        out.append(Entry(d["op"], tuple(d["old"]), tuple(d["new"]), d["similarity"], d.get("edited"), bool(d.get("ignored"))))
    return tuple(out)


def read_export(path: str | os.PathLike) -> ExportFile:
    """Read and check an export; a RevtrackError names the first line at fault."""
    p = Path(path)
    try:
        lines = p.read_bytes().decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise RevtrackError(f"{p}: not UTF-8 JSON Lines") from None
    except OSError as exc:
        raise RevtrackError(f"{p}: cannot read ({exc.strerror})") from None
    export: ExportFile | None = None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{p}:{n}"
        obj = parse_line(line, where)
        if not isinstance(obj, dict):
            raise RevtrackError(f"{where}: expected a JSON object")
        kind = obj.get("type")
        if export is None:
            if kind != FORMAT:
                raise RevtrackError(f'{where}: not a revtrack export (the first line must have "type": "{FORMAT}")')
            if obj.get("format_version") != FORMAT_VERSION:
                raise RevtrackError(f"{where}: export format version {obj.get('format_version')!r}; "
                                    f"this revtrack reads version {FORMAT_VERSION}")
            export = ExportFile(header=obj, path=str(p))
        elif kind == "story":
            sid = _need(obj, "id", str, where)
            if not is_story_id(sid):
                raise RevtrackError(f"{where}: {sid!r} is not a valid story id")
            _need(obj, "created_at", str, where)
            if not isinstance(obj.get("meta", {}), dict):
                raise RevtrackError(f'{where}: "meta" must be an object')
            export.stories.append(obj)
            export.versions.setdefault(sid, [])
        elif kind == "version":
            sid = _need(obj, "story", str, where)
            if sid not in export.versions:
                raise RevtrackError(f"{where}: version of {sid!r} before its story line")
            seq = export.versions[sid]
            number = _need(obj, "number", int, where)
            if number != len(seq) + 1:
                raise RevtrackError(f"{where}: {sid}@{number} out of order (expected @{len(seq) + 1})")
            text = _need(obj, "text", str, where)
            if content_hash(text) != obj.get("content_hash"):
                raise RevtrackError(f"{where}: {sid}@{number} text does not match its content hash (edited export?)")
            _need(obj, "received_at", str, where)
            obj["_entries"] = _entries(obj.get("alignment"), where)
            obj["_paragraphs"] = tuple(parse_version(text).paragraphs)
            obj["_where"] = where
            seq.append(obj)
        elif kind == "event":
            for key in ("at", "action", "actor", "prev_hash", "hash"):
                _need(obj, key, str, where)
            if not isinstance(obj.get("payload"), dict):
                raise RevtrackError(f'{where}: "payload" must be an object')
            if event_hash(obj["prev_hash"], {k: obj.get(k) for k in _EVENT_FIELDS}) != obj["hash"]:
                raise RevtrackError(f"{where}: event #{obj.get('id')} ({obj['action']}) does not match its hash "
                                    "(edited export?)")
            export.events.append(obj)
        elif kind == "rule":
            _need(obj, "id", int, where)
            for key in ("pattern", "added_at", "added_by"):
                _need(obj, key, str, where)
            for key in ("story", "why"):
                if obj.get(key) is not None and not isinstance(obj[key], str):
                    raise RevtrackError(f'{where}: "{key}" must be a string or null')
            if obj.get("story") is not None and obj["story"] not in export.versions:
                raise RevtrackError(f"{where}: rule for {obj['story']!r}, a story not in the export")
            export.rules.append(obj)
        else:
            raise RevtrackError(f"{where}: unknown record type {kind!r}")
    if export is None:
        raise RevtrackError(f"{p}: empty file, not a revtrack export")
    for sid, seq in export.versions.items():
        if not seq:
            raise RevtrackError(f"{p}: story {sid} has no versions in the export")
        revs = [Revision(v["number"], v["_paragraphs"], v["_entries"]) for v in seq]
        try:
            check_revisions(revs)
        except LineageError as exc:
            raise RevtrackError(f"{p}: {sid}: {exc}") from None
    return export


# --- import ---------------------------------------------------------------------------


@dataclass
class ImportSummary:
    """What :func:`import_export` wrote: ``mode`` is ``verbatim`` or ``re-recorded`` (see the module docstring)."""

    stories: int = 0
    versions: int = 0
    events: int = 0
    skipped: int = 0
    rules: int = 0
    mode: str = "nothing"  # "verbatim" or "re-recorded" once something is written

    def to_dict(self) -> dict:
        return {"stories": self.stories, "versions": self.versions, "events": self.events,
                "skipped": self.skipped, "rules": self.rules, "mode": self.mode}


def _stored_hashes(store, sid: str) -> list[str]:
    return [r[0] for r in store.query("SELECT content_hash FROM versions WHERE story_id = :s ORDER BY number",
                                      {"s": sid})]


def import_export(store, path: str | os.PathLike | ExportFile, *, by: str | None = None,
                  source: str | None = None) -> ImportSummary:
    """Import an export (a path, or an :class:`ExportFile` already read) into ``store`` in one transaction.

    All of it is written or nothing.  A story already stored with exactly the exported versions is skipped, so
    re-running an import adds nothing; a story stored with a different
    history is refused.
    """
    from sqlmodel import func, select

    from .models import EventRow, RuleRow, StoryRow, VersionRow
    from .store import _entries_to_json

    export = path if isinstance(path, ExportFile) else read_export(path)
    path = export.path
    summary = ImportSummary()
    todo = []
    for story in export.stories:
        sid = story["id"]
        stored = _stored_hashes(store, sid)
        exported = [v["content_hash"] for v in export.versions[sid]]
        if stored == exported:
            summary.skipped += 1
            continue
        if stored:
            raise RevtrackError(f"{path}: {sid} is already stored with a different history "
                                f"({len(stored)} versions here, {len(exported)} in the export); import it into another database")
        todo.append(story)
    if not todo:
        return summary
    todo_ids = {s["id"] for s in todo}
    origin = source or f"import:{Path(path).name}"
    with store.write() as s:
        has_events = s.exec(select(func.count()).select_from(EventRow)).one()
        verbatim = not has_events and export.chain_intact and summary.skipped == 0
        summary.mode = "verbatim" if verbatim else "re-recorded"
        for story in todo:
            s.add(StoryRow(id=story["id"], title=story.get("title"), meta=json.dumps(story.get("meta") or {}, sort_keys=True),
                           created_at=story["created_at"]))
        s.flush()
        for story in todo:
            for v in export.versions[story["id"]]:
                h = v.get("header") or {}
                s.add(VersionRow(
                    story_id=v["story"], number=v["number"], text=v["text"], content_hash=v["content_hash"],
                    header_date=h.get("date"), note=h.get("note"),
                    dateline=json.dumps(h["dateline"]) if h.get("dateline") else None,
                    paragraphs=len(v["_paragraphs"]), received_at=v["received_at"], filed_by=v.get("by"),
                    source=v.get("source"), repeats=v.get("repeats"),
                    alignment=_entries_to_json(v["_entries"]) if v["_entries"] is not None else None,
                    counts=json.dumps(v["counts"], separators=(",", ":")) if v.get("counts") is not None else None,
                ))
                summary.versions += 1
        s.flush()
        have = {(r.pattern, r.story) for r in s.exec(select(RuleRow)).all()}
        for r in export.rules:
            if (r["pattern"], r.get("story")) in have or (r.get("story") is not None and r["story"] not in todo_ids):
                continue  # already here, or a rule of a story this import skips
            # Verbatim imports keep rule ids, which the replayed rule.added events name.
            s.add(RuleRow(id=r["id"] if verbatim else None, pattern=r["pattern"], story=r.get("story"),
                          why=r.get("why"), added_at=r["added_at"], added_by=r["added_by"]))
            summary.rules += 1
        s.flush()
        if summary.rules and verbatim and s.get_bind().dialect.name == "postgresql":
            from sqlalchemy import text

            # Rows written with explicit ids leave PostgreSQL's sequence behind; the next rules add would collide.
            s.exec(text("SELECT setval(pg_get_serial_sequence('rules', 'id'), (SELECT MAX(id) FROM rules))"))
        if verbatim:
            for e in export.events:
                s.add(EventRow(at=e["at"], story=e.get("story"), version=e.get("version"), action=e["action"],
                               actor=e["actor"], source=e.get("source"), payload=canonical_json(e["payload"]),
                               prev_hash=e["prev_hash"], hash=e["hash"]))
                s.flush()  # ids in file order: the chain is read back ORDER BY id
                summary.events += 1
        else:
            recorded = set()
            for e in export.events:
                if e.get("story") is not None and e["story"] not in todo_ids:
                    continue
                payload = dict(e["payload"], restored={"at": e["at"], "hash": e["hash"], "prev_hash": e["prev_hash"]})
                append_event(s, e["action"], story=e.get("story"), version=e.get("version"), actor=e["actor"],
                             source=e.get("source"), payload=payload)
                summary.events += 1
                if e["action"] == "version.added":
                    recorded.add((e.get("story"), e.get("version")))
            for story in todo:
                for v in export.versions[story["id"]]:
                    if (v["story"], v["number"]) not in recorded:
                        # The export holds no event for it (a partial log): record the version now,
                        # so that --verify finds the event that vouches for its text.
                        append_event(s, "version.added", story=v["story"], version=v["number"], actor=by,
                                     source=origin, payload={"content_hash": v["content_hash"],
                                                             "received_at": v["received_at"], "restored": None})
                        summary.events += 1
        summary.stories = len(todo)
        append_event(s, "import.restored", actor=by, source=origin, payload={
            "path": str(path), "format": FORMAT, "format_version": FORMAT_VERSION, "exported_head": export.header.get("head"),
            **summary.to_dict()})
    return summary
