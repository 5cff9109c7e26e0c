"""Stored ignore rules: ``revtrack rules add/list/remove``, audited, applied to stored comparisons."""

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from revtrack.audit import events, verify
from revtrack.cli import app
from revtrack.rule_store import add_rule, list_rules, remove_rule, rules_for
from revtrack.rules import RuleError
from revtrack.store import SCHEMA_HEAD, open_store

runner = CliRunner()

V1 = "Three people died, police said.\n\nADVERT: buy a car now\n\nIt rained."
V2 = "Three people died, police said.\n\nADVERT: buy a boat today\n\nIt rained."


@pytest.fixture
def db(db_url):
    with open_store(db_url) as s:
        s.add_version("belgorod", V1, by="desk")
        s.add_version("belgorod", V2, by="desk")
        s.add_version("other", V1, by="desk")
        s.add_version("other", V2, by="desk")
    return db_url


def run(*args):
    return runner.invoke(app, [*args])


def test_story_rule_makes_a_stored_diff_empty_and_is_audited(db):
    assert run("diff", "belgorod", "--db", db).exit_code == 1
    r = run("rules", "add", r"^ADVERT:.*$", "--story", "belgorod", "--why", "advertising", "--by", "editor", "--db", db)
    assert r.exit_code == 0, r.output
    assert "rule 1 added for story belgorod" in r.output
    r = run("diff", "belgorod", "--db", db, "--format", "json")
    assert r.exit_code == 0, r.output
    j = json.loads(r.output)
    assert [p["number"] for p in j["ignored"]["paragraphs"]] == [2, 2]
    assert any(x["pattern"] == r"^ADVERT:.*$" and x["story"] == "belgorod" for x in j["ignored"]["rules"])
    # another story is not affected by a rule for belgorod
    assert run("diff", "other", "--db", db).exit_code == 1
    with open_store(db) as s:
        ev = [e for e in events(s) if e.action.startswith("rule.")]
        assert [(e.action, e.story, e.actor, e.payload["pattern"], e.payload["why"]) for e in ev] == [
            ("rule.added", "belgorod", "editor", r"^ADVERT:.*$", "advertising")]
        assert verify(s).ok


def test_global_rule_applies_to_every_story_until_removed(db):
    r = run("rules", "add", r"ADVERT: buy a \w+ \w+", "--db", db)
    assert r.exit_code == 0 and "for every story" in r.output
    assert run("diff", "belgorod", "--db", db).exit_code == 0
    assert run("diff", "other", "--db", db).exit_code == 0
    r = run("rules", "remove", "1", "--by", "chief", "--db", db)
    assert r.exit_code == 0 and "rule 1 removed" in r.output
    assert run("diff", "other", "--db", db).exit_code == 1
    with open_store(db) as s:
        assert list_rules(s) == []
        removed = [e for e in events(s) if e.action == "rule.removed"]
        assert removed[0].actor == "chief" and removed[0].payload["pattern"] == r"ADVERT: buy a \w+ \w+"
        assert verify(s).ok


def test_list_text_and_json(db):
    run("rules", "add", r"Updated \d+ (minutes|hours) ago", "--why", "page furniture", "--db", db)
    run("rules", "add", r"^ADVERT:.*$", "--story", "belgorod", "--db", db)
    r = run("rules", "list", "--db", db)
    assert r.exit_code == 0
    lines = r.output.splitlines()
    assert len(lines) == 2 and "global" in lines[0] and "# page furniture" in lines[0] and "belgorod" in lines[1]
    j = json.loads(run("rules", "list", "--format", "json", "--story", "other", "--db", db).output)
    assert [x["pattern"] for x in j] == [r"Updated \d+ (minutes|hours) ago"]  # belgorod's rule does not apply
    d = json.loads(run("rules", "list", "--format", "json", "--defaults", "--db", db).output)
    assert sum(x["default"] for x in d) >= 10 and sum(not x["default"] for x in d) == 2


@pytest.mark.parametrize("pattern", ["(unclosed", ".*", ".+", "^", r"\w+"])
def test_bad_rule_is_refused_and_nothing_is_stored(db, pattern):
    r = run("rules", "add", pattern, "--db", db)
    assert r.exit_code == 2
    assert len([x for x in r.output.splitlines() if x.strip()]) == 1
    with open_store(db) as s:
        assert list_rules(s) == [] and not [e for e in events(s) if e.action.startswith("rule.")]


def test_unknown_story_duplicate_and_missing_id_exit_2(db):
    assert run("rules", "add", "x+y", "--story", "nosuch", "--db", db).exit_code == 2
    assert run("rules", "add", "x+y", "--db", db).exit_code == 0
    dup = run("rules", "add", "x+y", "--db", db)
    assert dup.exit_code == 2 and "already stored" in dup.output
    assert run("rules", "add", "x+y", "--story", "belgorod", "--db", db).exit_code == 0  # another scope
    assert run("rules", "remove", "99", "--db", db).exit_code == 2


def test_no_database_is_one_line(tmp_path):
    r = run("rules", "list", "--db", str(tmp_path / "none.db"))
    assert r.exit_code == 2 and "no revtrack database" in r.output


def test_library_api_and_stored_alignment_counts(tmp_path):
    with open_store(tmp_path / "r.db") as s:
        s.add_version("k", V1)
        with pytest.raises(RuleError):
            add_rule(s, ".+")
        rule = add_rule(s, r"^ADVERT:.*$", story="k", why="ads", by="ed")
        assert rule.id == 1 and rule.added_by == "ed"
        assert [r.pattern for r in rules_for(s, "k")] == [r"^ADVERT:.*$"]
        added = s.add_version("k", V2)
        assert added.comparison.identical  # the stored rule applied when the version was added
        assert remove_rule(s, 1).why == "ads"


def test_schema_0002_database_gains_the_rules_table(tmp_path):
    """A database at revision 0002 is upgraded to SCHEMA_HEAD with an empty rules table."""
    db = tmp_path / "old.db"
    with open_store(db) as s:
        s.add_version("k", V1)
    c = sqlite3.connect(db)
    c.execute("DROP INDEX ix_rules_story")
    c.execute("DROP TABLE rules")
    c.execute("UPDATE alembic_version SET version_num = '0002'")
    c.commit()
    c.close()
    with open_store(db) as s:
        assert list_rules(s) == []
        assert s.query("SELECT version_num FROM alembic_version")[0][0] == SCHEMA_HEAD
