"""The store commands driven through the real CLI: add, stories, log, show, import, diff on stored versions."""

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from revtrack.cli import app

runner = CliRunner()

V1 = "date 2023-06-04 (Updates) KYIV, June 4 (Reuters) -\n\nThe governor said 21,600 people fled.\n\nHe spoke to reporters.\n"
V2 = (
    "date 2023-06-04 (Adds quotes, paragraph 2) KYIV, June 4 (Reuters) -\n\nThe governor said 21,000 people fled.\n\n"
    '"We will win," he said.\n\nHe spoke to reporters.\n'
)
V3 = V2 + "\nMore to follow.\n\nAnd more.\n"


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REVTRACK_DB", raising=False)
    for name, text in (("v1.txt", V1), ("v2.txt", V2), ("v3.txt", V3)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture
def envdb(env, db_url, monkeypatch):
    """``env`` with REVTRACK_DB naming a fresh SQLite file or PostgreSQL schema (tests/conftest.py: db_url)."""
    monkeypatch.setenv("REVTRACK_DB", db_url)
    return env


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def one_error_line(r):
    assert r.exit_code == 2, r.output
    assert "Traceback" not in r.output
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("revtrack: error: "), r.output
    return lines[0]


def seed(db=None):
    extra = ["--db", db] if db else []
    assert run("add", "kyiv", "v1.txt", "--by", "desk", "--source", "wire", "--at", "2023-06-04T09:12Z", *extra).exit_code == 0
    assert run("add", "kyiv", "v2.txt", "--at", "2023-06-04T10:00Z", "--by", "desk", *extra).exit_code == 0
    assert run("add", "kyiv", "-", "--at", "2023-06-04T11:00Z", "--by", "night", *extra, input=V3).exit_code == 0


def test_add_messages(env):
    r = run("add", "kyiv", "v1.txt", "--by", "desk")
    assert r.exit_code == 0 and r.output == "kyiv@1 stored (new story, 2 paragraphs)\n"
    r = run("add", "kyiv", "v2.txt")
    assert r.output == "kyiv@2 stored (1 added, 1 changed)\n"
    r = run("add", "kyiv", "-", input=V2)
    assert r.exit_code == 0 and r.output == "kyiv: identical to kyiv@2; nothing stored\n"
    r = run("add", "kyiv", "v1.txt")
    assert r.exit_code == 0 and r.output == "kyiv@3 stored (1 changed, 1 removed); same text as kyiv@1\n"
    assert (env / "revtrack.db").exists()


def test_stories_log_show(envdb):
    seed()
    r = run("stories")
    assert r.exit_code == 0
    assert r.output.splitlines()[1].split() == ["kyiv", "3", "2023-06-04", "09:12Z", "2023-06-04", "11:00Z"]
    data = json.loads(run("stories", "--format", "json").output)
    assert data == [{"id": "kyiv", "title": None, "meta": {}, "versions": 3,
                     "first_update": "2023-06-04T09:12:00Z", "last_update": "2023-06-04T11:00:00Z"}]
    log = run("log", "kyiv").output.splitlines()
    assert len(log) == 4
    assert log[2].split()[:5] == ["@2", "2023-06-04", "10:00Z", "desk", "Adds"]
    assert "SEVERITY" in log[0].split()
    assert " 1 added, 1 changed " in log[2] and log[2].endswith("not reviewed")
    assert " 2 added " in log[3] and log[3].endswith("not reviewed")
    assert "substantive" in log[2]  # the note's quote and the changed figure
    entries = json.loads(run("log", "kyiv", "--format", "json").output)
    assert [e["number"] for e in entries] == [1, 2, 3]
    assert entries[1]["header"]["note"] == "Adds quotes, paragraph 2"
    assert entries[1]["counts"]["ops"] == {"unchanged": 1, "changed": 1, "added": 1}
    r = run("show", "kyiv@2")
    assert r.exit_code == 0 and r.output == V2
    shown = json.loads(run("show", "kyiv@-1", "--format", "json").output)
    assert shown["text"] == V3 and shown["number"] == 3 and shown["by"] == "night"
    assert run("show", "kyiv@2023-06-04T10:30Z").output == V2


def test_diff_on_stored_versions_every_format(envdb):
    seed()
    from revtrack import compare

    r = run("diff", "kyiv", "--color", "never")
    assert r.exit_code == 1
    assert "--- kyiv@2" in r.output and "+++ kyiv@3" in r.output
    r = run("diff", "kyiv@1", "kyiv@2", "--format", "json")
    assert r.exit_code == 1 and json.loads(r.output) == json.loads(json.dumps(compare(V1, V2).to_dict()))
    r = run("diff", "kyiv@-3", "kyiv@latest", "--format", "markdown")
    assert r.exit_code == 1 and "~~21,600~~**21,000**" in r.output
    r = run("diff", "kyiv@2", "--format", "html")
    assert r.exit_code == 1 and "<html" in r.output.lower()
    r = run("diff", "kyiv@2", "v2.txt")  # stored version against a file
    assert r.exit_code == 0
    r = run("diff", "v1.txt", "kyiv@3", "--format", "json")
    assert json.loads(r.output) == json.loads(json.dumps(compare(V1, V3).to_dict()))


def test_db_option_and_env(env, monkeypatch):
    seed(db="other.db")
    assert not (env / "revtrack.db").exists()
    assert run("log", "kyiv", "--db", "other.db").exit_code == 0
    monkeypatch.setenv("REVTRACK_DB", str(env / "other.db"))
    assert run("show", "kyiv@1").output == V1
    assert run("diff", "kyiv").exit_code == 1


def test_import_directory_and_jsonl(envdb):
    env = envdb
    root = env / "in"
    for story, texts in {"alpha": [V1, V2], "beta": [V2, V3]}.items():
        (root / story).mkdir(parents=True)
        for i, t in enumerate(texts, 1):
            (root / story / f"{i:02d}.txt").write_text(t, encoding="utf-8")
    r = run("import", str(root))
    assert r.exit_code == 0 and r.output == "imported 4 versions of 2 stories (0 already stored or unchanged)\n"
    r = run("import", str(root))
    assert r.exit_code == 0 and r.output.startswith("imported 0 versions")
    f = env / "more.jsonl"
    f.write_text(json.dumps({"story": "gamma", "text": V1, "at": "2023-06-04T08:00Z", "by": "wire"}) + "\n")
    assert run("import", str(f)).exit_code == 0
    assert len(json.loads(run("stories", "-f", "json").output)) == 3


def _snapshot(db):
    if not db.exists():
        return None
    c = sqlite3.connect(db)
    try:
        return [c.execute(f"SELECT * FROM {t}").fetchall() for t in ("stories", "versions", "events")]
    finally:
        c.close()


@pytest.mark.parametrize(
    "args, says",
    [
        (["log", "nope"], "nope: no such story"),
        (["show", "kyiv@9"], "kyiv@9: no such version"),
        (["show", "kyiv@zero"], "not a version number"),
        (["show", "ky iv"], "not a version reference"),
        (["diff", "kyiv@1", "kyiv@7"], "no such version"),
        (["diff", "nosuch.txt", "kyiv"], "nosuch.txt: no such file, and no stored story"),
        (["diff", "v1.txt"], "diff needs two versions"),
        (["add", "kyiv", "empty.txt"], "empty"),
        (["add", "kyiv", "bin.dat"], "binary"),
        (["add", "kyiv", "latin.txt"], "not valid UTF-8"),
        (["add", "kyiv", "missing.txt"], "no such file"),
        (["add", "bad id", "v1.txt"], "not a valid story id"),
        (["add", "kyiv", "v2.txt", "--at", "tomorrow"], "not a time"),
        (["audit", "nope"], "no such story"),
        (["import", "missing-dir"], "no such file or directory"),
    ],
)
def test_bad_inputs_exit_2_one_line_nothing_written(env, args, says):
    seed()
    (env / "empty.txt").write_text("")
    (env / "bin.dat").write_bytes(b"\x89PNG\x00\x00\x01")
    (env / "latin.txt").write_bytes(b"caf\xe9 au lait")
    before = _snapshot(env / "revtrack.db")
    line = one_error_line(run(*args))
    assert says in line
    assert _snapshot(env / "revtrack.db") == before


def test_read_commands_without_database_create_nothing(env):
    for args in (["stories"], ["log", "kyiv"], ["show", "kyiv"], ["diff", "kyiv"], ["audit"]):
        line = one_error_line(run(*args))
        assert "no revtrack database" in line
    assert not (env / "revtrack.db").exists()


def test_non_revtrack_corrupt_newer_and_locked_databases(env, monkeypatch):
    text_file = env / "notes.db"
    text_file.write_text("shopping list\n" * 100)
    assert "not a revtrack database" in one_error_line(run("add", "kyiv", "v1.txt", "--db", str(text_file)))
    assert text_file.read_text() == "shopping list\n" * 100

    other = env / "other.db"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE invoices (id INTEGER)")
    c.commit()
    c.close()
    assert "not a revtrack database" in one_error_line(run("stories", "--db", str(other)))

    seed()
    db = env / "revtrack.db"
    c = sqlite3.connect(db)
    c.execute("UPDATE alembic_version SET version_num = 'ffff'")
    c.commit()
    c.close()
    assert "newer revtrack" in one_error_line(run("log", "kyiv"))
    c = sqlite3.connect(db)
    from revtrack.store import SCHEMA_HEAD

    c.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
    c.commit()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setenv("REVTRACK_LOCK_TIMEOUT", "0.2")
    try:
        assert "locked" in one_error_line(run("add", "kyiv", "v1.txt"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(json.loads(run("log", "kyiv", "-f", "json").output)) == 3


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_diff_of_two_files_does_not_import_the_database_layer(env, fmt):
    # Nor anything else heavy: start-up time is most of `revtrack diff A B` (README, Speed).
    # pydantic stays out too, although typer checks options with it (revtrack.cli._defer_pydantic).
    import subprocess
    import sys

    code = (
        "import sys; from revtrack.cli import main;\n"
        f"sys.argv=['revtrack','diff','v1.txt','v2.txt','--format','{fmt}','--ignore','Editing by .*','--color','never'];\n"
        "try:\n    main()\nexcept SystemExit as e:\n    print('EXIT', e.code, file=sys.stderr)\n"
        "heavy = ('sqlalchemy', 'sqlmodel', 'alembic', 'pydantic', 'rich', 'jinja2', 'trafilatura', 'feedparser', 'psycopg')\n"
        "bad=sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in heavy})\n"
        "print('LOADED', bad, file=sys.stderr)"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=env, capture_output=True, text=True)
    assert "LOADED []" in r.stderr, r.stderr
    assert "EXIT 1" in r.stderr and r.stdout.strip(), r.stderr  # it did compare and report


def test_corrupt_database_is_one_line_and_left_alone(env):
    db = env / "big.db"
    for i in range(20):
        (env / "s.txt").write_text(V1 + f"\nStory {i} goes on.\n" * 30, encoding="utf-8")
        assert run("add", f"s{i}", "s.txt", "--db", str(db)).exit_code == 0
    data = bytearray(db.read_bytes())
    for p in range(1, len(data) // 4096):  # keep SQLite's header page, scramble the start of every other page
        data[p * 4096 : p * 4096 + 100] = b"\xa5" * 100
    db.write_bytes(bytes(data))
    for args in (["log", "s3"], ["add", "s3", "v1.txt"], ["audit", "--verify"]):
        line = one_error_line(run(*args, "--db", str(db)))
        assert "corrupt" in line or "not a revtrack database" in line, line
    assert db.read_bytes() == bytes(data)


def test_story_named_like_a_folder_is_still_a_story(env):
    seed()
    (env / "kyiv").mkdir()  # e.g. the import folder of the same story
    r = run("diff", "kyiv", "--format", "json")
    assert r.exit_code == 1 and json.loads(r.output)["summary"]["added"] == 2


def test_meta_sets_title_and_keys_and_is_audited(env):
    seed()
    r = run("meta", "kyiv", "--title", "Kyiv shelling", "--set", "desk=europe", "--by", "ed")
    assert r.exit_code == 0 and r.output.splitlines() == ["kyiv: Kyiv shelling", "  desk: europe"]
    assert json.loads(run("meta", "kyiv", "--set", "desk=", "-f", "json").output)["meta"] == {}
    assert run("stories").output.splitlines()[1].split()[:3] == ["kyiv", "Kyiv", "shelling"]
    events = [json.loads(line) for line in run("audit", "kyiv", "--format", "jsonl").output.splitlines()]
    assert [e["action"] for e in events].count("story.metadata_changed") == 2
    assert run("audit", "--verify").exit_code == 0
    one_error_line(run("meta", "nosuch", "--title", "x"))
    one_error_line(run("meta", "kyiv", "--set", "no-equals-sign"))
