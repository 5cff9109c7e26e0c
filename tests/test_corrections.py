"""Corrections: which versions are corrections, and which paragraphs they really changed."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from revtrack.cli import app
from revtrack.corrections import correction_note, correction_rows, find_corrections, render_corrections
from revtrack.store import open_store
from revtrack.text import parse_version

from conftest import FIXTURES

runner = CliRunner()

HEAD = "date 2024-10-01 {note} ANTWERP, Oct 1 (Reuters) -\n\n"
BODY = "The strike began on Tuesday.\n\nAbout 12,000 dockers work at the port.\n\nTalks are due on Friday."


def port_strike(n: int) -> str:
    return (FIXTURES / "port-strike" / f"v{n}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, expected", [
    (HEAD.format(note="(Corrects paragraph 5 to say Monday, not Tuesday)") + BODY,
     "Corrects paragraph 5 to say Monday, not Tuesday"),
    (HEAD.format(note="(This story has been corrected to fix the spelling of Gladkov in paragraph 3)") + BODY,
     "This story has been corrected to fix the spelling of Gladkov in paragraph 3"),
    ("CORRECTED - (Adds X, paragraph 4) KYIV, June 4 (Reuters) -\n\n" + BODY, "Adds X, paragraph 4"),
    ("CORRECTED-Strike at Antwerp port\n\nANTWERP, Oct 1 (Reuters) - " + BODY, "CORRECTED"),
    ("CORRECTED: Corrects paragraph 3 to say 12, not 21\n\n" + BODY, "Corrects paragraph 3 to say 12, not 21"),
    (HEAD.format(note="") + BODY + "\n\n(Corrects spelling of union leader's name in paragraph 2)",
     "(Corrects spelling of union leader's name in paragraph 2)"),
    (HEAD.format(note="") + BODY + "\n\n(This story has been corrected to show the strike began on Monday)",
     "(This story has been corrected to show the strike began on Monday)"),
    # not corrections
    (HEAD.format(note="(Adds union comment, paragraph 2)") + BODY, None),
    (HEAD.format(note="(Refiles to fix typo in paragraph 3)") + BODY, None),
    (HEAD.format(note="") + BODY + "\n\n(This story has been updated to add the minister's comment)", None),
    (HEAD.format(note="") + "The governor corrected himself later.\n\n" + BODY, None),
    (HEAD.format(note="") + BODY, None),
])
def test_correction_note(text, expected):
    assert correction_note(parse_version(text)) == expected


def test_a_note_given_apart_from_the_text_counts():
    assert correction_note(parse_version(BODY), "Corrects paragraph 1") == "Corrects paragraph 1"


def test_rows_give_the_words_before_and_after():
    old = parse_version(HEAD.format(note="") + BODY)
    new = parse_version(HEAD.format(note="(Corrects paragraphs 1, 2)") + BODY.replace("Tuesday", "Monday")
                        .replace("12,000", "9,000"))
    rows = correction_rows(old, new)
    assert [(r.op, r.paragraph, r.old_paragraph) for r in rows] == [("changed", 1, 1), ("changed", 2, 2)]
    assert (rows[0].before, rows[0].after) == ("Tuesday", "Monday")
    assert (rows[1].before, rows[1].after) == ("12,000", "9,000")
    assert rows[1].severity == "substantive"


def test_appended_notice_is_the_note_not_a_changed_paragraph():
    old = parse_version(BODY)
    new = parse_version(BODY.replace("Friday", "Thursday") + "\n\n(This story has been corrected to say Thursday)")
    rows = correction_rows(old, new)
    assert [(r.op, r.paragraph, r.before, r.after) for r in rows] == [("changed", 3, "Friday", "Thursday")]


def test_added_and_removed_paragraphs_carry_their_whole_text():
    old = parse_version(BODY)
    new = parse_version("The strike began on Tuesday.\n\nTalks are due on Friday.\n\nPolice were not called.")
    rows = {r.op: r for r in correction_rows(old, new)}
    assert (rows["removed"].old_paragraph, rows["removed"].paragraph) == (2, None)
    assert rows["removed"].before == "About 12,000 dockers work at the port." and rows["removed"].after == ""
    assert (rows["added"].paragraph, rows["added"].after) == (3, "Police were not called.")


# --- stored stories ---------------------------------------------------------------------


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    for n in range(1, 5):
        s.add_version("port-strike", port_strike(n), by="desk", at=f"2024-10-01T0{n}:00Z")
    yield s
    s.close()


def test_port_strike_v4_corrects_paragraph_5(store):
    found = find_corrections(store)
    assert [c.ref for c in found] == ["port-strike@4"]
    c = found[0]
    assert c.at == "2024-10-01T04:00:00Z" and c.by == "desk"
    assert c.note.startswith("Corrects paragraph 5")
    assert c.paragraphs == [5]
    assert list(c.rows[0].hunks) == [("6 a.m", "10 p.m"), ("0400", "2000"), ("Tuesday", "Monday"), ("morning", "night")]


def test_stored_alignment_is_used_not_recomputed(store, monkeypatch):
    import revtrack.comparison as comparison

    def no_aligning(*_a, **_k):
        raise AssertionError("aligned again instead of reading the stored alignment")

    monkeypatch.setattr(comparison, "_align_kept", no_aligning)
    assert find_corrections(store, "port-strike")[0].paragraphs == [5]


def test_a_correction_that_changed_nothing_is_listed_without_paragraphs(store):
    v5 = port_strike(4).replace("(Corrects paragraph 5", "(Corrects paragraph 9", 1)
    store.add_version("port-strike", v5, by="desk", at="2024-10-01T05:00:00Z")
    found = find_corrections(store, "port-strike")
    assert [(c.version, c.paragraphs) for c in found] == [(4, [5]), (5, [])]
    assert "(no paragraph changed)" in render_corrections(found).splitlines()[1]


def test_cli_corrections_text_json_csv(store):
    db = store.db
    r = runner.invoke(app, ["corrections", "--db", db])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == [
        "2024-10-01 04:00Z  port-strike@4  ¶5 changed (substantive): [-6 a.m-]{+10 p.m+} [-0400-]{+2000+} "
        "[-Tuesday-]{+Monday+} [-morning-]{+night+}  note: Corrects paragraph 5 to say the strike began on "
        "Monday night, not Tuesday morning"]
    data = json.loads(runner.invoke(app, ["corrections", "port-strike", "--format", "json", "--db", db]).output)
    assert [(d["ref"], d["paragraphs"], d["changes"][0]["before"]) for d in data] == [
        ("port-strike@4", [5], "6 a.m … 0400 … Tuesday … morning")]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["corrections", "-f", "csv", "--db", db]).output)))
    assert [(r["story"], r["version"], r["paragraph"], r["after"]) for r in rows] == [
        ("port-strike", "4", "5", "10 p.m … 2000 … Monday … night")]


def test_cli_no_corrections(db_url):
    with open_store(db_url) as s:
        s.add_version("quiet", BODY, by="desk")
    r = runner.invoke(app, ["corrections", "--db", db_url])
    assert (r.exit_code, r.output) == (0, "no corrections\n")
    assert json.loads(runner.invoke(app, ["corrections", "-f", "json", "--db", db_url]).output) == []


@pytest.mark.parametrize("args, message", [
    (["corrections", "nosuch"], "nosuch: no such story"),
    (["corrections", "port-strike@2"], "takes a story id, not a version"),
    (["corrections", "--format", "xml"], "'xml' is not one of text, json, csv"),
])
def test_cli_errors(store, args, message):
    r = runner.invoke(app, args + ["--db", store.db])
    assert r.exit_code == 2
    assert message in r.output
    assert "Traceback" not in r.output


def test_corrections_survive_export_and_import(store, tmp_path):
    before = render_corrections(find_corrections(store), "json")
    path = tmp_path / "all.jsonl"
    assert runner.invoke(app, ["export", "--all", "-o", str(path), "--db", store.db]).exit_code == 0
    copy = str(tmp_path / "copy.db")
    r = runner.invoke(app, ["import", str(path), "--db", copy])
    assert r.exit_code == 0, r.output
    assert runner.invoke(app, ["corrections", "-f", "json", "--db", copy]).output == before
    r = runner.invoke(app, ["audit", "--verify", "--db", copy])
    assert r.exit_code == 0, r.output


def test_html_timeline_marks_the_correction(store, tmp_path):
    from revtrack.server import timeline_page, write_report

    page = timeline_page(store, "port-strike")
    assert page.count('class="correction"') == 1
    assert "Correction: ¶5 changed" in page.split('id="v4"')[1]
    write_report(store, "port-strike", tmp_path / "site")
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert index.count('class="correction"') == 1 and "Correction: ¶5 changed" in index.split('id="v4"')[1]


def test_a_first_version_that_is_a_correction_has_nothing_to_compare(db_url):
    with open_store(db_url) as s:
        s.add_version("refiled", "CORRECTED-Strike at Antwerp port\n\n" + BODY, by="desk", at="2024-10-01T01:00Z")
        found = find_corrections(s)
    assert [(c.ref, c.note, c.paragraphs) for c in found] == [("refiled@1", "CORRECTED", [])]
    assert "(first stored version: nothing earlier to compare)" in render_corrections(found)


def test_a_notice_carried_into_later_versions_is_not_a_new_correction(db_url):
    notice = "(This story has been corrected to say the strike began on Monday)"
    v1 = BODY
    v2 = BODY.replace("Tuesday", "Monday") + "\n\n" + notice
    v3 = BODY.replace("Tuesday", "Monday").replace("Friday", "Thursday") + "\n\n" + notice
    with open_store(db_url) as s:
        for n, text in enumerate((v1, v2, v3), 1):
            s.add_version("notice", text, by="desk", at=f"2024-10-01T0{n}:00Z")
        found = find_corrections(s, "notice")
    assert [(c.version, c.note, c.paragraphs) for c in found] == [(2, notice, [1])]
