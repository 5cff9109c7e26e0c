"""``revtrack check``, ``revtrack note`` and ``revtrack diff --draft-note`` on files and stored versions."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from revtrack.cli import app

runner = CliRunner()

OLD = "date 2023-06-04 KYIV, June 4 (Reuters) -\n\nThe governor said 4,000 people fled.\n\nHe spoke to reporters.\n"
NEW_HONEST = ("date 2023-06-04 (Adds Kremlin comment, paragraph 2) KYIV, June 4 (Reuters) -\n\n"
              "The governor said 4,000 people fled.\n\nThe Kremlin said Dmitry Peskov would not comment.\n\nHe spoke to reporters.\n")
NEW_LYING = NEW_HONEST.replace("paragraph 2)", "paragraph 3)").replace("4,000", "9,000")


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


@pytest.fixture
def files(tmp_path):
    return write(tmp_path, "old.txt", OLD), write(tmp_path, "honest.txt", NEW_HONEST), write(tmp_path, "lying.txt", NEW_LYING)


def test_check_honest_note_exits_0(files):
    old, honest, _ = files
    r = runner.invoke(app, ["check", old, honest, "--color", "never"])
    assert r.exit_code == 0, r.output
    assert "confirmed     Adds Kremlin comment, paragraph 2" in r.output
    assert r.output.rstrip().endswith("verdict: consistent")


def test_check_lying_note_exits_1_and_suggests_a_note(files):
    old, _, lying = files
    r = runner.invoke(app, ["check", old, lying, "--color", "never"])
    assert r.exit_code == 1
    assert "contradicted" in r.output and "\u00b63 is unchanged" in r.output
    assert "\u00b61 changed [substantive: number:" in r.output
    assert "[-4,000-]{+9,000+}" in r.output
    assert "verdict: discrepancies: 1 contradicted claim, 2 undisclosed substantive changes" in r.output
    assert "suggested note: (Adds Kremlin, paragraph 2, updates paragraph 1)" in r.output


def test_note_option_overrides_the_header(files):
    old, _, lying = files
    r = runner.invoke(app, ["check", old, lying, "--note", "(Adds Peskov, paragraph 2, updates toll in paragraph 1)"])
    assert r.exit_code == 0, r.output


def test_check_json_and_markdown(files, tmp_path):
    old, _, lying = files
    r = runner.invoke(app, ["check", old, lying, "--format", "json"])
    d = json.loads(r.output)
    assert r.exit_code == 1 and d["verdict"] == "discrepancies" and d["old"] == old
    assert d["contradicted"][0]["paragraphs"] == [3]
    assert {u["where"] for u in d["undisclosed"]} == {"\u00b61 changed", "\u00b62 added"}
    assert d["suggested_note"].startswith("(Adds ")
    out = tmp_path / "check.md"
    r = runner.invoke(app, ["check", old, lying, "--format", "markdown", "-o", str(out)])
    assert r.exit_code == 1 and r.output == ""
    md = out.read_text()
    assert "| \u274c contradicted | Adds Kremlin comment, paragraph 3 |" in md
    assert "~~4,000~~**9,000**" in md


def test_check_trouble_exits_2_with_one_line(files, tmp_path):
    old, honest, _ = files
    for args in (["check", old, str(tmp_path / "missing.txt")], ["check", old], ["check", old, honest, old],
                 ["check", old, honest, "--format", "html"]):
        r = runner.invoke(app, args)
        assert r.exit_code == 2, args
        assert "Traceback" not in r.output


def test_note_drafts_from_files(files, tmp_path):
    old, honest, _ = files
    r = runner.invoke(app, ["note", old, honest])
    assert r.exit_code == 0 and r.output == "(Adds Kremlin, paragraph 2)\n"
    r = runner.invoke(app, ["note", old, honest, "--format", "json"])
    assert json.loads(r.output) == {"old": old, "new": honest, "note": "(Adds Kremlin, paragraph 2)"}
    same = runner.invoke(app, ["note", old, old])
    assert same.exit_code == 0 and "no note needed" in same.output


def test_diff_draft_note(files):
    old, _, lying = files
    r = runner.invoke(app, ["diff", old, lying, "--draft-note", "--color", "never"])
    assert r.exit_code == 1
    assert r.output.rstrip().endswith("drafted note: (Adds Kremlin, paragraph 2, updates paragraph 1)")
    with_note = json.loads(runner.invoke(app, ["diff", old, lying, "--format", "json", "--draft-note"]).output)
    plain = json.loads(runner.invoke(app, ["diff", old, lying, "--format", "json"]).output)
    assert with_note.pop("draft_note") == "(Adds Kremlin, paragraph 2, updates paragraph 1)"
    assert "draft_note" not in plain and with_note == plain
    md = runner.invoke(app, ["diff", old, lying, "--format", "markdown", "--draft-note"]).output
    assert "- **Drafted note:** \\(Adds Kremlin" in md
    assert runner.invoke(app, ["diff", old, lying, "--draft-note", "--unit", "sentence"]).exit_code == 2


def test_check_on_files_does_not_load_the_database_layer(files):
    old, honest, _ = files
    code = (
        "import sys; from typer.testing import CliRunner; from revtrack.cli import app; "
        f"r = CliRunner().invoke(app, ['check', {old!r}, {honest!r}]); "
        "assert r.exit_code == 0, r.output; "
        "assert not [m for m in sys.modules if m.startswith(('sqlmodel', 'sqlalchemy'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- stored versions -------------------------------------------------------------


@pytest.fixture
def db(tmp_path):
    from revtrack.store import open_store

    path = str(tmp_path / "news.db")
    with open_store(path) as store:
        store.add_version("kyiv", OLD, by="desk")
        store.add_version("kyiv", NEW_HONEST, by="desk")
        store.add_version("kyiv", NEW_LYING.replace("(Adds Kremlin comment, paragraph 3)", "(Refiles)"), by="desk")
    return path


def test_check_stored_version_against_its_predecessor(db):
    r = runner.invoke(app, ["check", "kyiv@2", "--db", db, "--color", "never"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("--- kyiv@1\n+++ kyiv@2\n")
    r = runner.invoke(app, ["check", "kyiv@3", "--db", db])
    assert r.exit_code == 1 and "undisclosed" in r.output


def test_check_whole_story_gives_one_verdict_per_version(db):
    r = runner.invoke(app, ["check", "kyiv", "--db", db, "--color", "never"])
    assert r.exit_code == 1
    assert r.output.count("verdict: ") == 2
    assert "kyiv: 2 updates checked, 1 with discrepancies" in r.output
    d = json.loads(runner.invoke(app, ["check", "kyiv", "--db", db, "--format", "json"]).output)
    assert [(c["new"], c["verdict"]) for c in d["checks"]] == [("kyiv@2", "consistent"), ("kyiv@3", "discrepancies")]


def test_check_story_with_one_version_has_nothing_to_check(tmp_path):
    from revtrack.store import open_store

    path = str(tmp_path / "one.db")
    with open_store(path) as store:
        store.add_version("solo", OLD)
    r = runner.invoke(app, ["check", "solo", "--db", path])
    assert r.exit_code == 0 and "solo: only one version so far; no update note to check" in r.output


def test_note_for_a_stored_version(db):
    r = runner.invoke(app, ["note", "kyiv@2", "--db", db])
    assert r.exit_code == 0 and r.output == "(Adds Kremlin, paragraph 2)\n"


def test_stored_trouble_exits_2(db):
    for args in (["check", "kyiv@1"], ["check", "nosuch"], ["check", "kyiv", "--note", "(Adds X)"], ["note", "kyiv@9"]):
        r = runner.invoke(app, [*args, "--db", db])
        assert r.exit_code == 2, (args, r.output)
        assert "Traceback" not in r.output


def test_control_characters_in_story_text_cannot_drive_the_terminal(tmp_path):
    old = write(tmp_path, "a.txt", "Calm day.\n\nNothing else.\n")
    new = write(tmp_path, "b.txt", "(Adds \x1b]0;pwned\x07 title) \n\nCalm day.\n\nEvil \x1b[2J text.\n\nNothing else.\n")
    r = runner.invoke(app, ["check", old, new, "--color", "never"])
    assert r.exit_code == 1
    assert "\x1b" not in r.output and "\x07" not in r.output
    assert "Evil \\x1b[2J text." in r.output
