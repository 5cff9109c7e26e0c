"""Export then import: identical versions, identical alignments, an audit chain that verifies; CLI blame/history/export."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from revtrack.audit import verify
from revtrack.cli import app
from revtrack.errors import RevtrackError
from revtrack.exchange import import_export, is_export, read_export, write_export
from revtrack.store import open_store

from conftest import FIXTURES

runner = CliRunner()

VERSION_COLS = ("story_id, number, text, content_hash, header_date, note, dateline, paragraphs, received_at, "
                "filed_by, source, repeats, alignment, counts")


def fixture_text(story: str, n: int) -> str:
    return (FIXTURES / story / f"v{n}.txt").read_text(encoding="utf-8")


@pytest.fixture
def source(db_url):
    store = open_store(db_url)
    for n in range(1, 6):
        store.add_version("belgorod", fixture_text("belgorod", n), by="desk", source="wire", at=f"2023-06-04T0{n}:00Z")
    for n in (1, 2):
        store.add_version("kyiv-ua", fixture_text("kyiv-ua", n), by="night", at=f"2024-03-04T1{n}:00Z")
    store.set_metadata("belgorod", title="Border shelling", meta={"desk": "europe"}, by="editor")
    yield store
    store.close()


def rows(store, sql, params=None):
    return [tuple(r) for r in store.query(sql, params)]


def export_to(store, path, stories=None):
    with open(path, "w", encoding="utf-8") as f:
        return write_export(store, f, stories)


def test_export_all_then_import_is_lossless(source, tmp_path):
    path = tmp_path / "all.jsonl"
    counts = export_to(source, path)
    assert counts == {"stories": 2, "versions": 7, "events": 10, "rules": 0}
    assert is_export(path)
    with open_store(tmp_path / "copy.db") as copy:
        summary = import_export(copy, path, by="restorer")
        assert (summary.mode, summary.stories, summary.versions, summary.events) == ("verbatim", 2, 7, 10)
        q = f"SELECT {VERSION_COLS} FROM versions ORDER BY story_id, number"
        assert rows(copy, q) == rows(source, q)  # exact text, times, by/source, header, alignment JSON, counts
        assert rows(copy, "SELECT id, title, meta, created_at FROM stories ORDER BY id") == \
            rows(source, "SELECT id, title, meta, created_at FROM stories ORDER BY id")
        ev = "SELECT id, at, story, version, action, actor, source, payload, prev_hash, hash FROM events ORDER BY id"
        original, restored = rows(source, ev), rows(copy, ev)
        assert restored[:len(original)] == original  # the chain itself, byte for byte
        assert [r[4] for r in restored[len(original):]] == ["import.restored"]
        report = verify(copy)
        assert report.ok, report.problems
        assert copy.versions("belgorod")[3].alignment == source.versions("belgorod")[3].alignment
        # re-running adds nothing
        again = import_export(copy, path)
        assert (again.versions, again.events, again.skipped) == (0, 0, 2)
        assert len(rows(copy, ev)) == len(original) + 1


def test_export_one_story_into_other_database_re_records_events(source, tmp_path):
    path = tmp_path / "belgorod.jsonl"
    export_to(source, path, ["belgorod"])
    header = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert (header["scope"], header["stories"], header["complete_chain"]) == ("stories", ["belgorod"], False)
    with open_store(tmp_path / "other.db") as other:
        other.add_version("quake", fixture_text("quake-toll", 1), by="desk")
        summary = import_export(other, path)
        assert summary.mode == "re-recorded"
        q = f"SELECT {VERSION_COLS} FROM versions WHERE story_id = 'belgorod' ORDER BY number"
        assert rows(other, q) == rows(source, q)
        assert verify(other).ok
        originals = [e for e in json.loads("[" + ",".join(path.read_text(encoding="utf-8").splitlines()[1:]) + "]")
                     if e["type"] == "event"]
        restored = [json.loads(r[0]) for r in other.query(
            "SELECT payload FROM events WHERE story = 'belgorod' ORDER BY id")]
        assert [p["restored"]["hash"] for p in restored] == [e["hash"] for e in originals]
        assert restored[-1]["after"]["title"] == "Border shelling"  # metadata_changed payload kept


def test_story_with_different_history_is_refused(source, tmp_path):
    path = tmp_path / "all.jsonl"
    export_to(source, path)
    with open_store(tmp_path / "clash.db") as clash:
        clash.add_version("belgorod", "Something else entirely.", by="x")
        before = rows(clash, "SELECT COUNT(*) FROM events")
        with pytest.raises(RevtrackError, match="belgorod is already stored with a different history"):
            import_export(clash, path)
        assert rows(clash, "SELECT COUNT(*) FROM events") == before
        assert rows(clash, "SELECT COUNT(*) FROM versions") == [(1,)]


def _edited(tmp_path, source, edit):
    path = tmp_path / "all.jsonl"
    export_to(source, path)
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    edit(lines)
    bad = tmp_path / "edited.jsonl"
    bad.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return bad


def _first(lines, kind, **match):
    return next(x for x in lines if x["type"] == kind and all(x.get(k) == v for k, v in match.items()))


@pytest.mark.parametrize("edit, message", [
    (lambda ls: _first(ls, "version", story="belgorod", number=2).update(text="Changed."), "does not match its content hash"),
    (lambda ls: _first(ls, "event", action="version.added").update(actor="mallory"), "does not match its hash"),
    (lambda ls: _first(ls, "version", story="belgorod", number=3)["alignment"][0].update(new=[99]), "out of range"),
    (lambda ls: ls.remove(_first(ls, "version", story="belgorod", number=2)), "out of order"),
    (lambda ls: ls[0].update(format_version=99), "format version 99"),
    (lambda ls: ls.append({"type": "mystery"}), "unknown record type"),
])
def test_edited_export_is_refused_before_writing(source, tmp_path, edit, message):
    bad = _edited(tmp_path, source, edit)
    with pytest.raises(RevtrackError, match=message):
        read_export(bad)
    r = runner.invoke(app, ["import", str(bad), "--db", str(tmp_path / "never.db")])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert not (tmp_path / "never.db").exists()


def test_plain_jsonl_is_not_an_export(tmp_path):
    plain = tmp_path / "plain.jsonl"
    plain.write_text('{"story": "x", "text": "Hello."}\n', encoding="utf-8")
    assert not is_export(plain)
    assert not is_export(tmp_path)
    assert not is_export(tmp_path / "missing.jsonl")


# --- CLI -------------------------------------------------------------------------------


def run(*args):
    return runner.invoke(app, list(args))


@pytest.fixture
def cli_db(tmp_path):
    db = str(tmp_path / "cli.db")
    for n in range(1, 6):
        r = run("add", "belgorod", str(FIXTURES / "belgorod" / f"v{n}.txt"), "--db", db, "--by", "desk",
                "--at", f"2023-06-04T0{n}:00Z")
        assert r.exit_code == 0, r.output
    return db


def test_cli_blame_reads_stored_alignments(cli_db, monkeypatch):
    import revtrack.align

    def no_aligning(*a, **k):
        raise AssertionError("blame must not align again")

    monkeypatch.setattr(revtrack.align, "align", no_aligning)
    r = run("blame", "belgorod@5", "--db", cli_db)
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0] == "belgorod@5: 25 paragraphs"
    assert lines[6].split()[:4] == ["¶5", "v2", "v5", "3"]
    assert lines[7].split()[:4] == ["¶6", "v2", "v5", "3"]
    data = json.loads(run("blame", "belgorod@5", "-f", "json", "--db", cli_db).output)
    b18 = data["paragraphs"][17]
    assert b18["origins"] == [{"version": 1, "paragraph": 13}, {"version": 1, "paragraph": 14}]
    assert b18["last_changed"] == 4
    earlier = json.loads(run("blame", "belgorod@2", "-f", "json", "--db", cli_db).output)
    assert earlier["version"] == "belgorod@2" and len(earlier["paragraphs"]) == 22


def test_cli_history(cli_db):
    r = run("history", "belgorod", "5", "--db", cli_db, "--color", "never")
    assert r.exit_code == 0, r.output
    heads = [line for line in r.output.splitlines() if line.startswith("belgorod@")]
    assert heads == ["belgorod@5 ¶5 through 4 versions", "belgorod@2 ¶19: filed", "belgorod@3 ¶21 from ¶19: unchanged",
                     "belgorod@4 ¶5 from ¶21: moved, edited", "belgorod@5 ¶5: split"]
    assert "[-The-]{+Russia's defence+}" in r.output
    md = run("history", "belgorod@4", "17", "-f", "markdown", "--db", cli_db).output
    assert md.startswith("## History of belgorod@4 ¶17") and "### belgorod@4 ¶17 from ¶16, ¶17: merged" in md
    data = json.loads(run("history", "belgorod", "1", "-f", "json", "--db", cli_db).output)
    assert [s["version"] for s in data["steps"]] == [3, 4, 5] and data["steps"][0]["ops"] == ["filed"]


@pytest.mark.parametrize("args, message", [
    (["history", "belgorod", "99"], "not ¶99"),
    (["history", "belgorod", "0"], "numbered from 1"),
    (["blame", "nosuch"], "no such story"),
    (["blame", "belgorod@9"], "no such version"),
    (["export"], "name one STORY or give --all"),
    (["export", "nosuch"], "no such story"),
])
def test_cli_errors_are_one_line(cli_db, args, message):
    r = run(*args, "--db", cli_db)
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert message in r.output


def test_cli_export_import_round_trip(cli_db, tmp_path):
    out = tmp_path / "all.jsonl"
    r = run("export", "--all", "-o", str(out), "--db", cli_db)
    assert r.exit_code == 0 and r.output == f"exported 1 story, 5 versions, 6 events to {out}\n"
    copy = str(tmp_path / "copy.db")
    r = run("import", str(out), "--db", copy)
    assert r.exit_code == 0, r.output
    assert r.output.startswith("imported 5 versions of 1 story and 6 audit events (verbatim")
    assert run("audit", "--verify", "--db", copy).exit_code == 0
    assert run("blame", "belgorod", "--db", copy).output == run("blame", "belgorod", "--db", cli_db).output
    streamed = run("export", "belgorod", "--db", cli_db).output
    assert json.loads(streamed.splitlines()[0])["type"] == "revtrack-export"
    assert sum(1 for line in streamed.splitlines() if '"type":"version"' in line) == 5
