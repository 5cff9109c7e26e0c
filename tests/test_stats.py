"""revtrack stats: per-story and overall figures, from a store built here with known answers."""

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from revtrack.cli import app
from revtrack.errors import RevtrackError
from revtrack.stats import collect, render, story_stats
from revtrack.store import open_store

LEDE = "The governor said 12 people were killed in the flood on Sunday."
QUOTE = '"We are doing everything we can," the mayor told reporters in the town hall.'
BACK = "The river burst its banks after three days of heavy rain across the region."

# quake: v2 adds a paragraph and says so; v3 changes the toll and says nothing;
# v4 changes the toll again and discloses it.  The lede is edited twice.
QUAKE = [
    ("2023-06-04T09:00Z", f"{LEDE}\n\n{BACK}\n"),
    ("2023-06-04T09:30Z", f"(Adds mayor quote, paragraph 2)\n\n{LEDE}\n\n{QUOTE}\n\n{BACK}\n"),
    ("2023-06-04T10:30Z", f"{LEDE.replace('12', '40')}\n\n{QUOTE}\n\n{BACK}\n"),
    ("2023-06-04T13:30Z", f"(Updates toll in paragraph 1)\n\n{LEDE.replace('12', '57')}\n\n{QUOTE}\n\n{BACK}\n"),
]
# calm: two versions a day apart, a disclosed addition only.
CALM = [
    ("2023-06-01T12:00Z", f"{BACK}\n"),
    ("2023-06-02T12:00Z", f"(Adds quote, paragraph 2)\n\n{BACK}\n\n{QUOTE}\n"),
]


@pytest.fixture
def db(db_url):
    with open_store(db_url) as store:
        for story, versions in (("quake", QUAKE), ("calm", CALM)):
            for at, text in versions:
                store.add_version(story, text, at=at, by="desk")
        store.add_version("single", f"{LEDE}\n", at="2023-06-05T00:00Z")
    return db_url


def test_story_figures(db):
    with open_store(db) as store:
        s = story_stats(store, "quake")
    assert (s.versions, s.updates) == (4, 3)
    assert s.gaps_minutes == [30, 60, 180] and s.median_gap_minutes == 60
    assert s.updates_per_day == pytest.approx(3 / (4.5 / 24))
    assert s.undisclosed_versions == [3]  # the silent toll change; v4 disclosed its own
    assert s.undisclosed_share == pytest.approx(1 / 3)
    assert [(p.paragraph, p.edits) for p in s.most_edited] == [(1, 2)]  # the lede, rewritten by v3 and v4
    assert s.most_edited[0].text.startswith("The governor said 57")


def test_overall_figures_and_single_version_story(db):
    with open_store(db) as store:
        stats = collect(store)
    assert [s.story for s in stats.stories] == ["calm", "quake", "single"]
    single = stats.stories[2]
    assert single.updates == 0 and single.updates_per_day is None and single.undisclosed_share is None
    assert (stats.versions, stats.updates, stats.undisclosed) == (7, 4, 1)
    assert stats.undisclosed_share == 0.25
    assert stats.median_gap_minutes == 120  # gaps 30, 60, 180 and 1440 minutes
    assert [(p.story, p.paragraph, p.edits) for p in stats.most_edited] == [("quake", 1, 2)]


def test_json_and_csv_carry_the_same_figures(db):
    with open_store(db) as store:
        stats = collect(store)
    data = json.loads(render(stats, "json"))
    assert data["overall"]["undisclosed_share"] == 0.25 and data["overall"]["versions"] == 7
    quake = next(s for s in data["stories"] if s["story"] == "quake")
    assert quake["undisclosed_versions"] == [3] and quake["median_gap_minutes"] == 60
    rows = list(csv.DictReader(io.StringIO(render(stats, "csv"))))
    assert [r["story"] for r in rows] == ["calm", "quake", "single", "(all)"]
    assert rows[1]["undisclosed_substantive"] == "1" and rows[1]["most_edited"] == "1:2"
    assert rows[2]["updates_per_day"] == ""  # no span to divide by: empty, not zero
    assert rows[3]["versions"] == "7" and rows[3]["undisclosed_share"] == "0.25"


def test_cli_stats_one_story_and_all(db):
    runner = CliRunner()
    r = runner.invoke(app, ["stats", "quake", "--db", db])
    assert r.exit_code == 0, r.output
    assert "quake: 4 versions, 3 updates" in r.output
    assert "undisclosed substantive changes: 1 of 3 updates (33%): @3" in r.output
    assert "\u00b61 (2 edits)" in r.output
    r = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output)["overall"]["stories"] == 3
    r = runner.invoke(app, ["stats", "--db", db])
    assert r.exit_code == 0 and "overall: 3 stories, 7 versions, 4 updates" in r.output
    r = runner.invoke(app, ["stats", "--db", db, "-f", "csv"])
    assert r.exit_code == 0 and r.output.splitlines()[-1].startswith("(all),7,4,")


def test_cli_stats_refusals(db, tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["stats", "nosuch", "--db", db])
    assert r.exit_code == 2 and "nosuch: no such story" in r.output
    r = runner.invoke(app, ["stats", "--db", str(tmp_path / "absent.db")])
    assert r.exit_code == 2 and not (tmp_path / "absent.db").exists()
    r = runner.invoke(app, ["stats", "--db", db, "--format", "xml"])
    assert r.exit_code == 2


def test_unknown_story_raises(db):
    with open_store(db) as store, pytest.raises(RevtrackError, match="no such story"):
        story_stats(store, "nosuch")
