"""The audit log: events written with every write, append-only triggers, and tamper detection via plain SQL."""

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from revtrack.audit import GENESIS, events, verify
from revtrack.cli import app
from revtrack.store import open_store

runner = CliRunner()

V1 = "KYIV, June 4 (Reuters) - The governor said 21,600 people fled.\n\nHe spoke to reporters.\n"
V2 = "KYIV, June 4 (Reuters) - The governor said 21,000 people fled.\n\n\"We will win,\" he said.\n\nHe spoke to reporters.\n"
V3 = V2 + "\nMore to follow.\n"


@pytest.fixture
def db(db_url):  # SQLite and PostgreSQL (tests/conftest.py); tampering goes through plain SQL on either
    path = db_url
    with open_store(path) as s:
        s.add_version("kyiv", V1, by="desk", source="wire", at="2023-06-04T09:00Z")
        s.add_version("kyiv", V2, by="desk", at="2023-06-04T10:00Z")
        s.add_version("port", V1, by="night", at="2023-06-05T10:00Z")
        s.add_version("kyiv", V3, by="night", at="2023-06-05T11:00Z")
    return path


def _is_pg(path):
    return str(path).startswith("postgresql")


def sql(path, *statements, params=None):
    """Run statements outside revtrack, as someone with direct database access would."""
    if not _is_pg(path):
        c = sqlite3.connect(path, isolation_level=None)
        try:
            for st in statements:
                c.execute(st, params or {})
        finally:
            c.close()
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(path, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as c:
            for st in statements:  # driver SQL as written (no ":name" parsing) unless there are params
                c.execute(text(st), params) if params else c.exec_driver_sql(st)
    finally:
        engine.dispose()


def drop_triggers(path):
    if not _is_pg(path):
        c = sqlite3.connect(path)
        names = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        c.close()
        sql(path, *[f"DROP TRIGGER {n}" for n in names])
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(path)
    with engine.connect() as c:
        names = c.execute(text("SELECT DISTINCT trigger_name, event_object_table FROM information_schema.triggers "
                               "WHERE trigger_schema = current_schema()")).all()
    engine.dispose()
    sql(path, *[f"DROP TRIGGER {n} ON {t}" for n, t in names])


def check(path):
    with open_store(path) as s:
        return verify(s)


def test_every_write_is_an_event(db):
    with open_store(db) as s:
        evs = events(s)
    assert [(e.action, e.story, e.version, e.actor) for e in evs] == [
        ("story.created", "kyiv", None, "desk"),
        ("version.added", "kyiv", 1, "desk"),
        ("version.added", "kyiv", 2, "desk"),
        ("story.created", "port", None, "night"),
        ("version.added", "port", 1, "night"),
        ("version.added", "kyiv", 3, "night"),
    ]
    added = evs[2]
    assert added.source is None and evs[1].source == "wire"
    assert added.payload["changes"] == {"unchanged": 1, "changed": 1, "added": 1}
    assert added.payload["note_check"] == "discrepancies"  # no update note, yet a paragraph was added
    assert evs[1].payload["note_check"] is None  # a first version has nothing to check a note against
    assert added.payload["content_hash"] == open_store(db).resolve("kyiv@2").content_hash
    assert evs[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.hash for a, b in zip(evs, evs[1:]))


def test_clean_database_verifies(db):
    report = check(db)
    assert report.ok and report.events == 6 and report.versions == 4 and report.first is None


def test_no_event_for_a_write_that_stored_nothing(db):
    with open_store(db) as s:
        assert not s.add_version("kyiv", V3).stored
        assert len(events(s)) == 6


@pytest.mark.parametrize(
    "statement",
    ["UPDATE events SET actor = 'mallory' WHERE id = 2", "DELETE FROM events WHERE id = 2",
     "UPDATE versions SET text = 'rewritten' WHERE number = 1", "DELETE FROM versions WHERE number = 3"],
)
def test_database_refuses_rewrites(db, statement):
    with pytest.raises(Exception, match="append-only"):  # sqlite3 or psycopg error, raised by the database
        sql(db, statement)
    assert check(db).ok


def test_store_api_cannot_rewrite_either(db):
    from sqlalchemy import text

    from revtrack.errors import RevtrackError

    with open_store(db) as s:
        with pytest.raises(RevtrackError, match="append-only"):
            with s.write() as session:
                session.exec(text("UPDATE versions SET text = 'x' WHERE number = 1"))


def test_edited_version_text_is_caught(db):
    drop_triggers(db)
    sql(db, "UPDATE versions SET text = replace(text, '21,000', '2,100') WHERE story_id = 'kyiv' AND number = 2")
    report = check(db)
    assert not report.ok
    assert str(report.first) == "kyiv@2: text does not match its stored content hash (text edited)"


def test_edited_text_with_recomputed_content_hash_is_caught(db):
    import hashlib

    drop_triggers(db)
    forged = V2.replace("21,000", "2,100")
    h = hashlib.sha256(forged.encode()).hexdigest()
    sql(db, "UPDATE versions SET text = :t, content_hash = :h WHERE story_id = 'kyiv' AND number = 2",
        params={"t": forged, "h": h})
    report = check(db)
    assert [str(p) for p in report.problems] == [
        "kyiv@2: text does not match the hash its version.added event recorded"]


def test_changed_event_is_caught(db):
    drop_triggers(db)
    sql(db, "UPDATE events SET actor = 'mallory' WHERE id = 3")
    report = check(db)
    assert report.first.where == "event #3" and "changed after it was written" in report.first.message
    assert len(report.problems) == 1  # one tampered event is one problem, not a cascade


def test_changed_payload_is_caught(db):
    drop_triggers(db)
    sql(db, """UPDATE events SET payload = replace(payload, '"changed":1', '"changed":0') WHERE id = 3""")
    assert check(db).first.where == "event #3"


def test_deleted_event_is_caught(db):
    drop_triggers(db)
    sql(db, "DELETE FROM events WHERE id = 3")
    report = check(db)
    assert report.first.where == "event #4" and "deleted, inserted or reordered" in report.first.message
    assert "kyiv@2: has no version.added event" in [str(p) for p in report.problems][-1]


def test_deleted_last_event_is_caught(db):
    drop_triggers(db)
    sql(db, "DELETE FROM events WHERE id = (SELECT MAX(id) FROM events)")
    assert str(check(db).first) == "kyiv@3: has no version.added event (audit events deleted)"


def test_reordered_events_are_caught(db):
    drop_triggers(db)
    sql(db, "UPDATE events SET id = -1 WHERE id = 3", "UPDATE events SET id = 3 WHERE id = 4",
        "UPDATE events SET id = 4 WHERE id = -1")
    report = check(db)
    assert report.first.where == "event #3" and "reordered" in report.first.message


def test_inserted_event_is_caught(db):
    drop_triggers(db)
    sql(db, "INSERT INTO events (id, at, story, version, action, actor, source, payload, prev_hash, hash) "
            f"VALUES (100, '2023-06-06T00:00:00.000000Z', 'kyiv', NULL, 'story.created', 'x', NULL, '{{}}', "
            f"'{'0' * 64}', '{'1' * 64}')")
    report = check(db)
    assert report.first.where == "event #100"


# --- the audit command ----------------------------------------------------------


def test_audit_verify_cli(db):
    r = runner.invoke(app, ["audit", "--verify", "--db", str(db)])
    assert r.exit_code == 0 and r.output.startswith("audit OK: 6 events and 4 versions verified; chain head ")
    drop_triggers(db)
    sql(db, "UPDATE events SET actor = 'mallory' WHERE id = 5")
    r = runner.invoke(app, ["audit", "--verify", "--db", str(db)])
    assert r.exit_code == 1
    assert r.output.splitlines()[0].startswith("audit FAILED: event #5: version.added for port@1 was changed")
    data = json.loads(runner.invoke(app, ["audit", "--verify", "--db", str(db), "--format", "json"]).output)
    assert data["ok"] is False and data["problems"][0]["where"] == "event #5"


def test_audit_listing_filters_and_formats(db_url, monkeypatch):
    import revtrack.audit

    db = db_url
    clock = iter(f"2023-06-0{d}T{h}:00:00.000000Z" for d, h in [(4, 9), (4, 9), (4, 10), (5, 10), (5, 10), (5, 11)])
    monkeypatch.setattr(revtrack.audit, "_now", lambda: next(clock))  # events record when the write happened
    with open_store(db) as s:
        s.add_version("kyiv", V1, by="desk", source="wire")
        s.add_version("kyiv", V2, by="desk")
        s.add_version("port", V1, by="night")
        s.add_version("kyiv", V3, by="night")
    r = runner.invoke(app, ["audit", "--db", str(db)])
    lines = r.output.splitlines()
    assert r.exit_code == 0 and len(lines) == 6
    assert lines[1].split()[1:4] == ["kyiv@1", "version.added", "desk"]
    r = runner.invoke(app, ["audit", "kyiv", "--since", "2023-06-05", "--db", str(db), "--format", "jsonl"])
    rows = [json.loads(x) for x in r.output.splitlines()]
    assert [(x["story"], x["version"]) for x in rows] == [("kyiv", 3)]
    r = runner.invoke(app, ["audit", "--by", "night", "--db", str(db), "--format", "csv"])
    table = list(csv.DictReader(io.StringIO(r.output)))
    assert [t["action"] for t in table] == ["story.created", "version.added", "version.added"]
    assert all(len(t["hash"]) == 64 for t in table)


def test_import_events(tmp_path, db_url):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"story": "k", "text": V1}) + "\n" + json.dumps({"story": "k", "text": V2}) + "\n")
    with open_store(db_url) as s:
        s.import_path(f, by="loader")
        acts = [(e.action, e.actor) for e in events(s)]
        assert acts[0] == ("import.started", "loader") and acts[-1] == ("import.finished", "loader")
        assert events(s)[-1].payload["added"] == 2
        s.import_path(f)  # nothing new: no events
        assert len(events(s)) == len(acts)
        assert verify(s).ok


@pytest.mark.parametrize("statement", ["UPDATE events SET actor = 'mallory'", "DELETE FROM events",
                                       "UPDATE versions SET text = 'rewritten'", "DELETE FROM versions"])
def test_append_only_on_every_database(db_url, statement):
    """The migration's triggers refuse rewrites on SQLite and PostgreSQL alike."""
    from sqlalchemy import text

    from revtrack.errors import RevtrackError

    with open_store(db_url) as s:
        s.add_version("kyiv", V1)
        s.add_version("kyiv", V2)
        with pytest.raises(RevtrackError, match="append-only"):
            with s.write() as session:
                session.execute(text(statement))
        report = verify(s)
        assert report.ok and report.events == 3 and report.versions == 2
