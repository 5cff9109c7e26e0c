"""The store as a library: add, dedupe, references, stored alignments, import, refusals."""

import json
import sqlite3

import pytest

from revtrack.errors import RevtrackError
from revtrack.refs import Ref, parse_ref
from revtrack.store import SCHEMA_HEAD, open_store

V1 = "date 2023-06-04 (Updates) KYIV, June 4 (Reuters) -\n\nThe governor said 21,600 people fled.\n\nHe spoke to reporters.\n"
V2 = (
    "date 2023-06-04 (Adds quotes, paragraph 2) KYIV, June 4 (Reuters) -\n\nThe governor said 21,000 people fled.\n\n"
    '"We will win," he said.\n\nHe spoke to reporters.\n'
)
V3 = V2 + "\nMore to follow.\n"


@pytest.fixture
def store(db_url):  # SQLite and PostgreSQL (tests/conftest.py)
    s = open_store(db_url)
    yield s
    s.close()


def test_add_stores_versions_with_header_and_alignment(store):
    r1 = store.add_version("kyiv", V1, at="2023-06-04T09:12Z", by="desk", source="wire")
    assert r1.stored and r1.comparison is None and r1.version.ref == "kyiv@1"
    r2 = store.add_version("kyiv", V2, at="2023-06-04T10:00Z")
    assert r2.version.number == 2
    assert r2.comparison.summary["added"] == 1 and r2.comparison.summary["changed"] == 1
    v = store.resolve("kyiv@2")
    assert v.text == V2  # exactly as received
    assert v.note == "Adds quotes, paragraph 2" and v.date == "2023-06-04"
    assert v.dateline["place"] == "KYIV"
    assert v.received_at == "2023-06-04T10:00:00Z"
    assert v.counts["ops"] == {"unchanged": 1, "changed": 1, "added": 1}
    assert [e.op for e in v.alignment] == [c.op for c in r2.comparison.changes]
    first = store.resolve("kyiv@1")
    assert first.by == "desk" and first.source == "wire" and first.alignment is None


def test_text_is_kept_byte_for_byte(store):
    text = "Caf\u00e9 \u2014 line one\r\n\r\n  indented second\t\n\n\n"
    store.add_version("s", text)
    assert store.resolve("s").text == text


def test_identical_to_latest_stores_nothing_and_revert_is_stored(store):
    store.add_version("k", V1)
    store.add_version("k", V2)
    same = store.add_version("k", V2)
    assert not same.stored and same.unchanged_from_latest and same.version.number == 2
    assert len(store.versions("k")) == 2
    revert = store.add_version("k", V1)
    assert revert.stored and revert.version.number == 3 and revert.repeats == 1


@pytest.mark.parametrize(
    "ref, number",
    [("k", 3), ("k@latest", 3), ("k@1", 1), ("k@-1", 3), ("k@-3", 1), ("k@2023-06-04T09:30Z", 1),
     ("k@2023-06-04T10:00Z", 2), ("k@2023-06-04T12:30+02:00", 2), ("k@2023-06-05", 3)],
)
def test_references(store, ref, number):
    for text, at in ((V1, "2023-06-04T09:00Z"), (V2, "2023-06-04T10:00Z"), (V3, "2023-06-04T11:00Z")):
        store.add_version("k", text, at=at)
    assert store.resolve(ref).number == number


@pytest.mark.parametrize(
    "ref, message",
    [("nope", "no such story"), ("k@4", "no such version"), ("k@-4", "no such version"),
     ("k@2023-06-03", "no version of k yet"), ("K", "did you mean k")],
)
def test_unknown_references(store, ref, message):
    store.add_version("k", V1, at="2023-06-04T09:00Z")
    with pytest.raises(RevtrackError, match=message):
        store.resolve(ref)


@pytest.mark.parametrize("bad", ["k@0", "k@", "k@yesterday", "k@2023-13-45", "a b", "@1", "k@1@2", "k@-0"])
def test_malformed_references(bad):
    with pytest.raises(RevtrackError):
        parse_ref(bad)


def test_parse_ref_shapes():
    assert parse_ref("belgorod") == Ref("belgorod")
    assert parse_ref("belgorod@3") == Ref("belgorod", number=3)
    assert parse_ref("belgorod@-2") == Ref("belgorod", from_end=2)
    assert parse_ref("x.y_z-1@2023-06-04T14:00Z") == Ref("x.y_z-1", at="2023-06-04T14:00:00Z")


def test_comparison_reuses_stored_alignment(store, monkeypatch):
    store.add_version("k", V1)
    store.add_version("k", V2)
    store.add_version("k", V3)
    import revtrack.comparison as comparison

    calls = []
    real = comparison._align_kept
    monkeypatch.setattr(comparison, "_align_kept", lambda *a: calls.append(a) or real(*a))
    c = store.comparison("k@1", "k@2")
    assert calls == [] and c.summary["added"] == 1
    c13 = store.comparison("k@1", "k@3")  # not consecutive: aligned now
    assert len(calls) == 1 and c13.summary["added"] == 2
    from revtrack import compare

    assert c.to_dict() == compare(V1, V2).to_dict()


@pytest.mark.parametrize("text", ["", "   \n\n ", "abc\x00def"])
def test_bad_text_is_refused_and_nothing_written(store, text):
    with pytest.raises(RevtrackError):
        store.add_version("k", text)
    assert store.stories() == []


def test_bad_story_id_refused(store):
    with pytest.raises(RevtrackError, match="not a valid story id"):
        store.add_version("no spaces", V1)


def test_stories_listing(store):
    store.add_version("b", V1, at="2023-06-04T09:00Z")
    store.add_version("b", V2, at="2023-06-04T10:00Z")
    store.add_version("a", V1, at="2023-06-05T09:00Z")
    infos = store.stories()
    assert [(i.id, i.versions, i.first, i.last) for i in infos] == [
        ("a", 1, "2023-06-05T09:00:00Z", "2023-06-05T09:00:00Z"),
        ("b", 2, "2023-06-04T09:00:00Z", "2023-06-04T10:00:00Z"),
    ]


def test_set_metadata_is_audited(store):
    from revtrack.audit import events

    store.add_version("b", V1)
    info = store.set_metadata("b", title="Belgorod shelling", meta={"desk": "europe"}, by="editor")
    assert info.title == "Belgorod shelling" and info.meta == {"desk": "europe"}
    ev = events(store, story="b")[-1]
    assert ev.action == "story.metadata_changed" and ev.actor == "editor"
    assert ev.payload["after"]["title"] == "Belgorod shelling"


# --- opening: create, reopen, refuse -------------------------------------------


def test_reopen_and_wal(tmp_path):
    db = tmp_path / "t.db"
    with open_store(db) as s:
        s.add_version("k", V1)
    with open_store(str(db)) as s:
        assert s.resolve("k").text == V1
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_sqlalchemy_url_and_env(tmp_path, monkeypatch):
    with open_store(f"sqlite:///{tmp_path / 'u.db'}") as s:
        s.add_version("k", V1)
    monkeypatch.setenv("REVTRACK_DB", str(tmp_path / "u.db"))
    with open_store() as s:
        assert s.resolve("k@1").text == V1


def test_read_only_open_does_not_create(tmp_path):
    with pytest.raises(RevtrackError, match="no revtrack database"):
        open_store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_not_sqlite_file_refused_untouched(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_bytes(b"just some notes, not a database at all\n" * 50)
    before = f.read_bytes()
    with pytest.raises(RevtrackError, match="not a revtrack database"):
        open_store(f)
    assert f.read_bytes() == before


def test_other_sqlite_database_refused_untouched(tmp_path):
    f = tmp_path / "other.db"
    c = sqlite3.connect(f)
    c.execute("CREATE TABLE customers (id INTEGER)")
    c.commit()
    c.close()
    before = f.read_bytes()
    with pytest.raises(RevtrackError, match="not a revtrack database.*customers"):
        open_store(f)
    assert f.read_bytes() == before


def test_newer_schema_refused(tmp_path):
    db = tmp_path / "t.db"
    with open_store(db) as s:
        s.add_version("k", V1)
    c = sqlite3.connect(db)
    c.execute("UPDATE alembic_version SET version_num = '9999'")
    c.commit()
    c.close()
    with pytest.raises(RevtrackError, match="newer revtrack"):
        open_store(db)


def test_corrupt_database_refused(tmp_path):
    db = tmp_path / "t.db"
    with open_store(db) as s:
        for i in range(30):
            s.add_version(f"s{i}", V1 + f"\nStory {i}.\n" * 20)
    data = bytearray(db.read_bytes())
    page = 4096
    for p in range(1, len(data) // page):  # keep the header page, scramble the rest
        data[p * page : p * page + 200] = b"\xff" * 200
    db.write_bytes(bytes(data))
    with pytest.raises(RevtrackError, match="corrupt|not a revtrack"):
        with open_store(db) as s:
            s.versions("s1")


def test_locked_database_is_one_error(tmp_path):
    db = tmp_path / "t.db"
    with open_store(db) as s:
        s.add_version("k", V1)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer that never lets go
    try:
        with open_store(db, timeout=0.2) as s:
            with pytest.raises(RevtrackError, match="locked"):
                s.add_version("k", V2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(db) as s:
        assert len(s.versions("k")) == 1


def test_schema_head_matches_migrations_and_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    import revtrack.models  # noqa: F401  (registers the tables)
    from revtrack.store import _MIGRATIONS
    from sqlmodel import SQLModel

    assert ScriptDirectory(str(_MIGRATIONS)).get_current_head() == SCHEMA_HEAD
    db = tmp_path / "t.db"
    open_store(db).close()
    with create_engine(f"sqlite:///{db}").connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        ours = {"stories", "versions", "events"}
        diffs = [d for d in compare_metadata(ctx, SQLModel.metadata)
                 if _table_of(d) in ours]
    assert diffs == []


def _table_of(d):
    """The table a compare_metadata difference is about (tuples name it as a string or hold a Table/Column/Index)."""
    d = d[0] if isinstance(d, list) else d
    for item in d[1:]:
        if isinstance(item, str) and item in {"stories", "versions", "events"}:
            return item
        table = getattr(item, "table", None)
        if getattr(table, "name", None):
            return table.name
        if item is not None and not isinstance(item, str) and getattr(item, "columns", None) is not None:
            return getattr(item, "name", None)
    return None


def test_older_schema_is_upgraded(tmp_path):
    """A database with no schema yet at revision 0001's base is brought to head on open."""
    db = tmp_path / "t.db"
    c = sqlite3.connect(db)
    c.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    c.commit()
    c.close()
    with open_store(db) as s:
        s.add_version("k", V1)
    assert sqlite3.connect(db).execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD


def test_first_release_database_is_upgraded_with_its_data(tmp_path):
    """A database written at schema 0001 (the first release) opens, upgrades to head, keeps every version."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from revtrack.store import _MIGRATIONS

    db = tmp_path / "old.db"
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with create_engine(f"sqlite:///{db}").begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with open_store(db) as s:  # upgrades 0001 -> head on open
        s.add_version("k", V1, by="desk")
        assert s.add_version("k", V2).comparison.summary["added"] == 1
    c = sqlite3.connect(db)
    assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    c.close()


def test_upgrade_keeps_rows_written_before_it(tmp_path):
    """Rows written under schema 0001 survive the upgrade and still verify."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from revtrack.audit import verify
    from revtrack.store import _MIGRATIONS

    db = tmp_path / "old.db"
    with open_store(db) as s:
        s.add_version("k", V1, by="desk")
        s.add_version("k", V2, by="desk")
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with create_engine(f"sqlite:///{db}").begin() as conn:  # back to the first release's schema
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    c = sqlite3.connect(db)
    assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    c.close()
    with open_store(db) as s:
        assert [v.text for v in s.versions("k")] == [V1, V2]
        assert s.resolve("k@2").alignment is not None
        assert verify(s).ok
    c = sqlite3.connect(db)
    assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    c.close()


# --- import ---------------------------------------------------------------------


def _story_dir(tmp_path):
    root = tmp_path / "in"
    for story, texts in {"alpha": [V1, V2, V3], "beta": [V1, V1, V2]}.items():
        (root / story).mkdir(parents=True)
        for i, t in enumerate(texts, 1):
            (root / story / f"v{i}.txt").write_text(t, encoding="utf-8")
    # natural order: v10 after v3, not after v1
    (root / "alpha" / "v10.txt").write_text(V1, encoding="utf-8")
    return root


def test_import_directory_natural_order_and_idempotent(store, tmp_path):
    root = _story_dir(tmp_path)
    seen = []
    r = store.import_path(root, progress=lambda done, total: seen.append((done, total)))
    assert r.added == 6 and r.skipped == 1  # beta/v2 repeats beta/v1
    assert [v.text for v in store.versions("alpha")] == [V1, V2, V3, V1]
    assert [v.text for v in store.versions("beta")] == [V1, V2]
    assert seen[-1] == (6, 6)
    again = store.import_path(root)
    assert again.added == 0 and again.skipped == 7
    assert len(store.versions("alpha")) == 4


def test_import_jsonl(store, tmp_path):
    f = tmp_path / "in.jsonl"
    lines = [
        {"story": "k", "text": V1, "at": "2023-06-04T09:00Z", "note": "first", "by": "desk", "source": "wire"},
        {"story": "k", "text": V2, "at": "2023-06-04T10:00Z"},
    ]
    f.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert store.import_path(f).added == 2
    v1 = store.resolve("k@1")
    assert (v1.note, v1.by, v1.source, v1.received_at) == ("first", "desk", "wire", "2023-06-04T09:00:00Z")
    assert store.import_path(f).added == 0


@pytest.mark.parametrize(
    "content, message",
    [('{"story": "k"}\n', "expected an object"), ("not json\n", "not JSON"), ('{"story": "a b", "text": "x"}\n', "story id"),
     ('{"story": "k", "text": ""}\n', "empty"), ('{"story": "k", "text": "x", "at": "soon"}\n', "not a time")],
)
def test_import_bad_jsonl_writes_nothing(store, tmp_path, content, message):
    f = tmp_path / "in.jsonl"
    f.write_text('{"story": "ok", "text": "fine"}\n' + content, encoding="utf-8")
    with pytest.raises(RevtrackError, match=message):
        store.import_path(f)
    assert store.stories() == []


def test_import_conflicting_history_refused(store, tmp_path):
    store.add_version("alpha", V3)
    with pytest.raises(RevtrackError, match="differs from alpha@1"):
        store.import_path(_story_dir(tmp_path))
    assert len(store.versions("alpha")) == 1
