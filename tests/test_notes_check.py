"""Checking update notes against what really changed: confirmed, contradicted,
unverified claims, undisclosed changes, and the verdict."""

import json

import pytest

from revtrack.comparison import compare
from revtrack.notes import check_note, parse_note, story_note
from revtrack.severity import classify
from revtrack.text import parse_version

HEADER = "date 2023-06-04 {note}KYIV, June 4 (Reuters) -\n\n"
BASE = [
    "The governor of the Belgorod region said on Sunday that shelling had damaged a water station.",
    "Some 4,000 residents were without water, officials said.",
    "Repairs could take several days, the regional administration said.",
    "Evacuations from border villages entered a second week.",
    "The ministry did not comment on the reports.",
]


def story(paragraphs, note=None):
    return HEADER.format(note=f"({note}) " if note else "") + "\n\n".join(paragraphs) + "\n"


def pair(new_paragraphs, note=None, old=BASE):
    return compare(story(old), story(new_paragraphs, note))


def run(new_paragraphs, note):
    c = pair(new_paragraphs, note)
    return check_note(story_note(c.new), c)


ADDED = "Russia's defence ministry said its forces had repelled an incursion near the village of Zorino."


def test_truthful_note_is_consistent():
    r = run([BASE[0], ADDED, *BASE[1:]], "Adds Russian defence ministry, paragraph 2")
    assert r.verdict == "consistent" and r.exit_code == 0
    assert [x.paragraphs for x in r.confirmed] == [[2]]
    assert r.contradicted == [] and r.undisclosed == []


def test_wrong_paragraph_is_contradicted_and_the_real_one_undisclosed():
    r = run([BASE[0], ADDED, *BASE[1:]], "Adds Russian defence ministry, paragraph 4")
    assert r.verdict == "discrepancies" and r.exit_code == 1
    assert r.contradicted[0].findings == ["\u00b64 is unchanged"]
    assert [(u.op, u.new, u.severity) for u in r.undisclosed] == [("added", (2,), "substantive")]


def test_paragraph_that_does_not_exist_is_contradicted():
    r = run([BASE[0], ADDED, *BASE[1:]], "Adds Russian defence ministry, paragraphs 2, 19")
    assert r.contradicted and "\u00b619 does not exist (the new version has 6 paragraphs)" in r.contradicted[0].findings


def test_stealth_number_change_is_undisclosed_substantive_with_reasons():
    new = [BASE[0], BASE[1].replace("4,000", "9,000"), *BASE[2:], "A new closing paragraph from the Kremlin."]
    r = run(new, "Adds Kremlin, paragraph 6")
    assert r.verdict == "discrepancies"
    (u,) = r.undisclosed
    assert u.op == "changed" and u.new == (2,)
    # one definition of severity: exactly what revtrack.severity says
    assert (u.severity, u.reasons) == classify("changed", BASE[1], new[1])
    assert any(r.startswith("number:") and "4,000" in r and "9,000" in r for r in u.reasons)
    assert r.verdict_line == "discrepancies: 1 undisclosed substantive change"


def test_undisclosed_cosmetic_change_does_not_fail_the_check():
    new = [BASE[0], BASE[1], BASE[2].replace("several", "sevral"), BASE[3], BASE[4], "Kyiv said nothing."]
    r = run(new, "Adds Kyiv, paragraph 6")
    assert r.verdict == "consistent"
    assert [(u.new, u.severity) for u in r.undisclosed] == [((3,), "cosmetic")]
    assert "1 undisclosed minor or cosmetic change" in r.verdict_line


def test_corrects_an_identical_paragraph_is_contradicted():
    r = run([BASE[0], ADDED, *BASE[1:]], "Adds ministry, paragraph 2, corrects paragraph 3 to say 4,000")
    assert [x.claim.action for x in r.contradicted] == ["corrects"]
    assert r.contradicted[0].findings == ["\u00b63 is unchanged"]


@pytest.mark.parametrize("note", ["Writes through with details", "Recasts with ministry comment", "Updates throughout"])
def test_throughout_covers_every_change(note):
    new = [ADDED, BASE[0].replace("Sunday", "Monday"), BASE[2], BASE[4]]
    r = run(new, note)
    assert r.verdict == "consistent" and r.undisclosed == []
    assert r.confirmed and r.confirmed[0].covers


def test_throughout_with_nothing_changed_is_contradicted():
    r = run(BASE, "Writes through with details")
    assert r.contradicted[0].findings == ["nothing in the story changed"]


def test_refile_typo_covers_a_typo_only():
    typo = [BASE[0], BASE[1], BASE[2].replace("several", "sevral"), *BASE[3:]]
    assert run(typo, "Refiles to fix typo in paragraph 3").verdict == "consistent"
    fact = [BASE[0], BASE[1], BASE[2].replace("several days", "three weeks"), *BASE[3:]]
    r = run(fact, "Refiles to fix typo in paragraph 3")
    assert r.verdict == "discrepancies"
    assert "more than a typo fix" in r.contradicted[0].findings[0]
    assert [u.new for u in r.undisclosed] == [(3,)]


def test_bare_refile_hides_no_fact():
    fact = [BASE[0], BASE[1].replace("4,000", "5,000"), *BASE[2:]]
    r = run(fact, "Refiles")
    assert r.verdict == "discrepancies" and [u.new for u in r.undisclosed] == [(2,)]
    assert run(BASE, "Refiles").verdict == "consistent"


def test_removal_names_the_old_paragraph_number():
    new = [BASE[0], BASE[1], BASE[2], BASE[4]]
    assert run(new, "Removes paragraph 4").verdict == "consistent"
    r = run(new, "Removes paragraph 2")
    assert r.verdict == "discrepancies" and r.contradicted[0].findings == ["\u00b62 is unchanged"]


def test_move_is_confirmed_by_either_number():
    new = [BASE[0], BASE[4], BASE[1], BASE[2], BASE[3]]
    c = pair(new)
    moved = next(ch for ch in c.changes if ch.op == "moved")
    for n in (moved.new[0], moved.old[0]):
        assert check_note(f"(Moves paragraph {n})", c).verdict == "consistent"
    assert check_note("(Adds paragraph 2)", c).contradicted[0].findings[0].endswith("was moved, not added")


def test_last_paragraph_is_resolved_against_the_new_version():
    new = [*BASE, "The Kremlin declined to comment."]
    assert run(new, "Adds Kremlin, last paragraph").verdict == "consistent"
    assert run(new, "Adds Kremlin, penultimate paragraph").verdict == "discrepancies"


def test_headline_claims_are_unverified_and_do_not_decide_the_verdict():
    r = run(BASE, "Changes headline")
    assert [x.status for x in r.results] == ["unverified"]
    assert r.verdict == "consistent"


def test_dateline_change_in_the_header_is_confirmed():
    c = compare(story(BASE), story(BASE, "Changes dateline").replace("KYIV", "MOSCOW"))
    r = check_note(story_note(c.new), c)
    assert [x.status for x in r.results] == ["confirmed"]
    assert [x.status for x in check_note("(Changes dateline)", compare(story(BASE), story(BASE))).results] == ["contradicted"]


def test_claim_without_numbers_covers_only_changes_that_mention_its_subject():
    new = [BASE[0], ADDED, BASE[1].replace("4,000", "9,000"), *BASE[2:]]
    r = run(new, "Adds Zorino incursion")
    assert [x.status for x in r.results] == ["confirmed"]
    assert [u.new for u in r.undisclosed] == [(3,)]
    assert run(new, "Adds weather forecast").results[0].status == "unverified"
    assert run(BASE, "Adds weather forecast").results[0].status == "contradicted"


def test_generic_subject_covers_every_change_of_its_kind():
    new = [BASE[0], ADDED, *BASE[1:], "Another added paragraph about Kyiv."]
    r = run(new, "Adds details")
    assert r.verdict == "consistent" and len(r.confirmed[0].covers) == 2


def test_unparseable_note_leaves_every_change_undisclosed_with_a_warning():
    r = run([BASE[0], ADDED, *BASE[1:]], "Reuters staff")
    assert r.results == [] and [u.op for u in r.undisclosed] == ["added"]
    assert r.verdict == "discrepancies" and "free text" in r.warnings[0]


def test_missing_note():
    r = check_note(None, pair([BASE[0], ADDED, *BASE[1:]]))
    assert r.warnings == ["no update note"] and r.verdict == "discrepancies"
    assert check_note(None, pair(BASE)).verdict == "consistent"


def test_appended_correction_notice_is_the_note_not_an_undisclosed_change():
    notice = "(This story has been corrected to say 9,000 residents, not 4,000, in paragraph 2)"
    new = [BASE[0], BASE[1].replace("4,000", "9,000"), *BASE[2:], notice]
    c = pair(new)
    assert story_note(c.new) == notice
    r = check_note(story_note(c.new), c)
    assert r.note.correction and r.verdict == "consistent" and r.undisclosed == []


def test_story_note_joins_header_note_and_trailing_notice():
    v = parse_version(story([*BASE, "(Corrects paragraph 2 to say 9,000)"], "Adds quotes"))
    assert story_note(v) == "(Adds quotes) (Corrects paragraph 2 to say 9,000)"
    assert story_note(parse_version(story(BASE))) is None


def test_to_dict_is_json_and_carries_what_reports_need():
    r = run([BASE[0], ADDED, *BASE[1:]], "Adds ministry, paragraph 4")
    d = json.loads(json.dumps(r.to_dict()))
    assert d["verdict"] == "discrepancies" and d["consistent"] is False and d["exit_code"] == 1
    assert d["contradicted"][0]["paragraphs"] == [4] and d["contradicted"][0]["status"] == "contradicted"
    assert d["undisclosed"][0]["where"] == "\u00b62 added" and d["undisclosed"][0]["severity"] == "substantive"
    assert d["note"]["claims"][0]["action"] == "adds"


def test_sentence_comparisons_are_refused():
    with pytest.raises(ValueError):
        check_note("(Adds X, paragraph 2)", compare(story(BASE), story(BASE), unit="sentence"))


def test_check_accepts_a_parsed_note_or_text():
    c = pair([BASE[0], ADDED, *BASE[1:]])
    assert check_note(parse_note("(Adds X, paragraph 2)"), c).verdict == check_note("(Adds X, paragraph 2)", c).verdict


# --- the fixture stories (truthful, lying and omitting notes) --------------------------

FIXTURE_PAIRS = [
    # story, old, new, verdict, contradicted paragraphs, undisclosed (op, new numbers) that must be listed
    ("belgorod", 1, 2, "consistent", [], []),
    ("belgorod", 2, 3, "consistent", [], []),
    ("belgorod", 3, 4, None, [], [("split", (11, 12)), ("moved", (22,))]),
    ("belgorod", 4, 5, "consistent", [], [("split", (5, 6))]),
    ("port-strike", 1, 2, "discrepancies", [[4, 12]], [("added", (3,)), ("added", (10,))]),
    ("port-strike", 2, 3, "discrepancies", [], [("changed", (6,)), ("changed", (8,))]),
    ("port-strike", 3, 4, "consistent", [], []),
    ("quake-toll", 1, 2, "consistent", [], []),
    ("quake-toll", 2, 3, "consistent", [], []),
    ("quake-toll", 3, 4, "consistent", [], []),
]


@pytest.mark.parametrize("name,a,b,verdict,contradicted,undisclosed", FIXTURE_PAIRS,
                         ids=[f"{p[0]}-v{p[1]}-v{p[2]}" for p in FIXTURE_PAIRS])
def test_fixture_notes(fixtures_dir, name, a, b, verdict, contradicted, undisclosed):
    old = (fixtures_dir / name / f"v{a}.txt").read_text(encoding="utf-8")
    new = (fixtures_dir / name / f"v{b}.txt").read_text(encoding="utf-8")
    c = compare(old, new)
    r = check_note(story_note(c.new), c)
    if verdict is not None:
        assert r.verdict == verdict, r.verdict_line
    assert [x.paragraphs for x in r.contradicted] == contradicted
    listed = [(u.op, tuple(u.new)) for u in r.undisclosed]
    for item in undisclosed:
        assert item in listed


def test_paragraph_left_out_by_an_ignore_rule_is_unverified_not_missing(fixtures_dir):
    old = (fixtures_dir / "markets-live" / "v1.txt").read_text(encoding="utf-8")
    new = (fixtures_dir / "markets-live" / "v2.txt").read_text(encoding="utf-8")
    r = check_note("(Updates timestamp in paragraph 2)", compare(old, new))
    assert [x.status for x in r.results] == ["unverified"]
    assert r.results[0].findings == ["\u00b62 is page furniture left out by an ignore rule"]
    assert r.verdict == "consistent"
