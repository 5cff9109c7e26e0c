"""Editorial reviews: audit events naming a version, its text's hash, a verdict and a reason."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from revtrack.audit import events, verify
from revtrack.cli import app
from revtrack.errors import RevtrackError
from revtrack.reviews import add_review, latest_reviews, review_status, reviews
from revtrack.rule_store import add_rule, list_rules
from revtrack.store import open_store

from conftest import FIXTURES

runner = CliRunner()


def port_strike(n: int) -> str:
    return (FIXTURES / "port-strike" / f"v{n}.txt").read_text(encoding="utf-8")


def seed(store, upto: int = 4) -> None:
    for n in range(1, upto + 1):
        store.add_version("port-strike", port_strike(n), by="desk", at=f"2024-10-01T0{n}:00Z")


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    seed(s, 3)
    yield s
    s.close()


def test_review_is_an_audit_event_with_the_content_hash(store):
    r = add_review(store, "port-strike@3", "needs-correction", "  Verbeke's name is   misspelt ", by="standards")
    assert (r.ref, r.verdict, r.by, r.reason) == ("port-strike@3", "needs-correction", "standards",
                                                  "Verbeke's name is misspelt")
    last = events(store)[-1]
    assert (last.action, last.story, last.version, last.actor) == ("review.added", "port-strike", 3, "standards")
    assert last.payload == {"verdict": "needs-correction", "reason": "Verbeke's name is misspelt",
                            "content_hash": store.resolve("port-strike@3").content_hash}
    assert r.event == last.hash and r.at == last.at
    assert verify(store).ok


def test_latest_review_wins_and_a_later_version_is_not_reviewed(store):
    add_review(store, "port-strike@3", "needs-correction", "wrong start time", by="a")
    add_review(store, "port-strike@latest", "ok", "checked with the port authority", by="b")
    store.add_version("port-strike", port_strike(4), by="desk")
    latest = latest_reviews(store, "port-strike")
    assert sorted(latest) == [3]
    assert (latest[3].verdict, latest[3].by) == ("ok", "b")
    assert review_status(latest[3]).startswith("reviewed ok by b at ")
    assert review_status(latest.get(4)) == "not reviewed"
    assert [r.verdict for r in reviews(store, "port-strike")] == ["needs-correction", "ok"]


@pytest.mark.parametrize("ref, verdict, reason, message", [
    ("port-strike@9", "ok", "x", "port-strike@9: no such version"),
    ("nosuch@1", "ok", "x", "nosuch: no such story"),
    ("port-strike", "ok", "x", "name the version reviewed"),
    ("port-strike@2", "fine", "x", "--verdict 'fine': choose one of ok, needs-correction"),
    ("port-strike@2", "ok", "   ", "--reason is empty"),
])
def test_bad_reviews_are_refused_and_record_nothing(store, ref, verdict, reason, message):
    before = len(events(store))
    with pytest.raises(RevtrackError, match=message):
        add_review(store, ref, verdict, reason)
    assert len(events(store)) == before


# --- the command line -------------------------------------------------------------------


def run(*args):
    return runner.invoke(app, list(args))


def test_cli_review_then_log_and_check_show_it(store):
    db = store.db
    r = run("review", "port-strike@2", "--verdict", "ok", "--reason", "quotes checked", "--by", "std", "--db", db)
    assert r.exit_code == 0, r.output
    assert r.output.startswith("port-strike@2: reviewed ok by std (event ")
    log = run("log", "port-strike", "--db", db).output.splitlines()
    assert log[0].split()[-1] == "REVIEW"
    assert "reviewed ok by std at " in log[2] and log[1].endswith("not reviewed") and log[3].endswith("not reviewed")
    entries = json.loads(run("log", "port-strike", "-f", "json", "--db", db).output)
    assert [e["review"] and e["review"]["verdict"] for e in entries] == [None, "ok", None]
    check = run("check", "port-strike@2", "--db", db)
    assert check.output.splitlines()[-1].startswith("review: port-strike@2 reviewed ok by std at ")
    data = json.loads(run("check", "port-strike@3", "-f", "json", "--db", db).output)
    assert data["reviews"] == {"port-strike@3": None}
    story = run("check", "port-strike", "--db", db).output.splitlines()
    assert story[-3:] == ["review: port-strike@1 not reviewed", story[-2], "review: port-strike@3 not reviewed"]
    assert story[-2].startswith("review: port-strike@2 reviewed ok by std")


@pytest.mark.parametrize("args, message", [
    (["port-strike@7", "--verdict", "ok", "--reason", "x"], "port-strike@7: no such version; port-strike has 3 versions"),
    (["port-strike@2", "--verdict", "great", "--reason", "x"], "--verdict 'great': choose one of ok, needs-correction"),
    (["port-strike@2", "--verdict", "ok", "--reason", ""], "--reason is empty; say in a few words why"),
])
def test_cli_review_errors_are_one_line(store, args, message):
    before = len(events(store))
    r = run("review", *args, "--db", store.db)
    assert r.exit_code == 2
    assert r.output == f"revtrack: error: {message}\n"
    assert len(events(store)) == before


# --- export and import --------------------------------------------------------------------


def export_all(db, path):
    r = run("export", "--all", "-o", str(path), "--db", db)
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("into_empty", [True, False])
def test_reviews_and_rules_survive_export_and_import(tmp_path, db_url, into_empty):
    """From an SQLite file into ``db_url`` (SQLite or PostgreSQL): verbatim into an empty database, else re-recorded."""
    src = str(tmp_path / "src.db")
    with open_store(src) as s:
        seed(s)
        add_review(s, "port-strike@4", "ok", "correction confirmed", by="std")
        add_rule(s, r"Updated \d+ minutes ago", why="page furniture", by="ed")
        add_rule(s, r"Reporting by .*", story="port-strike", why="sign-off", by="ed")
        before = {n: r.to_dict() for n, r in latest_reviews(s, "port-strike").items()}
    path = tmp_path / "all.jsonl"
    export_all(src, path)
    if not into_empty:
        with open_store(db_url) as target:
            target.add_version("other", "One.\n\nTwo.", by="desk")
    r = run("import", str(path), "--db", db_url)
    assert r.exit_code == 0, r.output
    assert ("verbatim" if into_empty else "re-recorded") in r.output
    with open_store(db_url) as copy:
        after = {n: r.to_dict() for n, r in latest_reviews(copy, "port-strike").items()}
        assert after.keys() == before.keys() == {4}
        keep = ("verdict", "reason", "by", "at", "content_hash")
        assert {k: after[4][k] for k in keep} == {k: before[4][k] for k in keep}
        assert [(x.pattern, x.story, x.why) for x in list_rules(copy)] == [
            (r"Updated \d+ minutes ago", None, "page furniture"), ("Reporting by .*", "port-strike", "sign-off")]
        assert verify(copy).ok, verify(copy).problems
        add_rule(copy, "Click here to read more", by="ed")  # ids carried over must not collide with new ones
    r = run("audit", "--verify", "--db", db_url)
    assert r.exit_code == 0, r.output
    log = run("log", "port-strike", "--db", db_url).output.splitlines()
    assert "reviewed ok by std" in log[4]


def test_html_header_and_timeline_show_the_latest_review(store):
    from revtrack.server import diff_page, timeline_page

    add_review(store, "port-strike@3", "needs-correction", "Verbeke misspelt", by="std")
    page = diff_page(store, "port-strike", 2, 3)
    header = page.split("</header>")[0]
    assert 'class="review">not reviewed<' in header  # version 2
    assert 'class="review">reviewed needs-correction by std at ' in header  # version 3
    store.add_version("port-strike", port_strike(4), by="desk")
    timeline = timeline_page(store, "port-strike")
    assert "reviewed needs-correction by std" in timeline.split('id="v3"')[1].split('id="v4"')[0]
    assert 'class="review">not reviewed<' in timeline.split('id="v4"')[1]


def test_one_story_export_carries_only_that_storys_rules(store, tmp_path):
    from revtrack.exchange import read_export

    add_rule(store, "Click here to read more", why="web furniture", by="ed")
    add_rule(store, "Reporting by .*", story="port-strike", by="ed")
    path = tmp_path / "one.jsonl"
    assert run("export", "port-strike", "-o", str(path), "--db", store.db).exit_code == 0
    assert [(r["pattern"], r["story"]) for r in read_export(path).rules] == [("Reporting by .*", "port-strike")]
    lines = path.read_text(encoding="utf-8").splitlines()
    edited = [ln.replace('"story":"port-strike"', '"story":"elsewhere"') if '"type":"rule"' in ln else ln for ln in lines]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(edited) + "\n", encoding="utf-8")
    r = run("import", str(bad), "--db", str(tmp_path / "new.db"))
    assert r.exit_code == 2 and "rule for 'elsewhere', a story not in the export" in r.output
