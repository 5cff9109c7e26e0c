"""``revtrack diff`` with --min-severity, --ignore and --no-default-rules."""

import json

import pytest
from typer.testing import CliRunner

from revtrack.cli import app

runner = CliRunner()

OLD = (
    "date 2023-06-04 KYIV, June 4 (Reuters) -\n\nUpdated 5 minutes ago\n\n"
    "The governor said 21,600 people fled.\n\nHe spoke to reporters .\n\n(Reporting by Ann Lee; Editing by Bo Chan)\n"
)
NEW = (
    "date 2023-06-04 KYIV, June 4 (Reuters) -\n\nUpdated 9 minutes ago\n\n"
    "The governor said 21,000 people fled.\n\nHe spoke to reporters.\n\n(Reporting by Ann Lee and Tom Balmforth; Editing by Bo Chan)\n"
)


@pytest.fixture
def pair(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(OLD, encoding="utf-8")
    b.write_text(NEW, encoding="utf-8")
    return str(a), str(b)


def test_default_report_shows_severity_and_counts_ignored(pair):
    r = runner.invoke(app, ["diff", *pair, "--color", "never"])
    assert r.exit_code == 1
    assert "[substantive: number: 21,600 -> 21,000]" in r.output
    assert "[cosmetic: punctuation]" in r.output
    assert "ignored by rules: 4 spans; wholly ignored: old ¶1, old ¶4, new ¶1, new ¶4" in r.output
    assert "Updated" not in r.output


def test_min_severity_hides_lower_changes_and_says_so(pair):
    r = runner.invoke(app, ["diff", *pair, "--color", "never", "--min-severity", "substantive"])
    assert r.exit_code == 1
    assert "21,000" in r.output and "punctuation" not in r.output
    assert "not shown, below substantive: 1 cosmetic" in r.output
    j = json.loads(runner.invoke(app, ["diff", *pair, "--format", "json", "--min-severity", "substantive"]).output)
    assert j["min_severity"] == "substantive" and j["hidden"] == {"cosmetic": 1}
    assert [e["severity"] for e in j["alignment"]] == ["substantive"]


def test_min_severity_exits_0_when_nothing_at_that_level_remains(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("He spoke to reporters .\n\nIt rained.\n", encoding="utf-8")
    b.write_text("He spoke to reporters.\n\nIt rained.\n", encoding="utf-8")
    assert runner.invoke(app, ["diff", str(a), str(b)]).exit_code == 1
    r = runner.invoke(app, ["diff", str(a), str(b), "--min-severity", "substantive"])
    assert r.exit_code == 0, r.output
    assert runner.invoke(app, ["diff", str(a), str(b), "--min-severity", "minor"]).exit_code == 0


def test_timestamp_only_change_is_empty_report_and_exit_0(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Updated 5 minutes ago\n\nThree people died.\n", encoding="utf-8")
    b.write_text("Updated 25 minutes ago\n\nThree people died.\n", encoding="utf-8")
    r = runner.invoke(app, ["diff", str(a), str(b), "--color", "never"])
    assert r.exit_code == 0, r.output
    assert "0 changed" in r.output
    assert not [line for line in r.output.splitlines() if line.startswith("\u00b6")]
    # with the default rules off the change is shown, rated as the furniture it is
    r = runner.invoke(app, ["diff", str(a), str(b), "--no-default-rules", "--color", "never"])
    assert r.exit_code == 1 and "[cosmetic: boilerplate]" in r.output and "[-5-]{+25+}" in r.output


def test_ignore_option_is_repeatable(pair):
    r = runner.invoke(app, ["diff", *pair, "--ignore", r"said [\d,]+", "--ignore", r"reporters ?\.", "--format", "json"])
    assert r.exit_code == 0, r.output
    j = json.loads(r.output)
    user = [x for x in j["ignored"]["rules"] if not x["default"]]
    assert [x["pattern"] for x in user] == [r"said [\d,]+", r"reporters ?\."]
    assert [x["spans"] for x in user] == [2, 2]


def test_no_default_rules_reports_the_furniture(pair):
    r = runner.invoke(app, ["diff", *pair, "--no-default-rules", "--format", "json"])
    j = json.loads(r.output)
    assert r.exit_code == 1
    assert [e["new"] for e in j["alignment"] if e["op"] == "changed"] == [[1], [2], [3], [4]]
    assert j["ignored"]["spans"] == 0


@pytest.mark.parametrize("rule", ["(unclosed", ".*", ".+", "^", r"\w+"])
def test_bad_rule_exits_2_with_one_line(pair, rule):
    r = runner.invoke(app, ["diff", *pair, "--ignore", rule])
    assert r.exit_code == 2
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("revtrack: error: ignore rule")


def test_bad_min_severity_exits_2(pair):
    r = runner.invoke(app, ["diff", *pair, "--min-severity", "huge"])
    assert r.exit_code == 2


def test_markets_live_fixture_furniture_changes_every_version(fixtures_dir):
    d = fixtures_dir / "markets-live"
    v1, v2, v3 = (str(d / f"v{i}.txt") for i in (1, 2, 3))
    r = runner.invoke(app, ["diff", v1, v2, "--color", "never"])
    assert r.exit_code == 0, r.output  # only the timestamp and the sign-off changed
    assert "wholly ignored: old ¶2, old ¶14, old ¶15, new ¶2, new ¶14, new ¶15" in r.output
    assert runner.invoke(app, ["diff", v1, v2, "--no-default-rules"]).exit_code == 1
    r = runner.invoke(app, ["diff", v2, v3, "--color", "never", "--min-severity", "substantive"])
    assert r.exit_code == 1
    headings = [line for line in r.output.splitlines() if line.startswith("\u00b6")]
    assert headings == ["¶5 changed [substantive: number: 0.4, 0815 -> 0.7, 1015]"]
