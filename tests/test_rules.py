"""Ignore rules: validation, built-in defaults, and their effect on a comparison."""

import pytest

from revtrack import compare
from revtrack.comparison import SCHEMA_VERSION
from revtrack.rules import DEFAULT_RULES, Rule, RuleError, compile_rule, compile_rules, is_furniture, mask, mask_units


@pytest.mark.parametrize(
    "pattern, why",
    [
        ("(unclosed", "not a valid regular expression"),
        ("[a-", "not a valid regular expression"),
        ("*x", "not a valid regular expression"),
        (".*", "can match empty text"),
        ("^", "can match empty text"),
        ("$", "can match empty text"),
        (r"\b", "can match empty text"),
        ("(?:x)*", "can match empty text"),
        (".+", "too broad"),
        (r"\w+", "too broad"),
        (r"\S+", "too broad"),
        (r"[A-Za-z]+", "too broad"),
        (r"[^.]+", "too broad"),
        (r"(?:said)?", "can match empty text"),
        ("", "is empty"),
        ("   ", "is empty"),
    ],
)
def test_bad_rules_are_refused_with_one_line(pattern, why):
    with pytest.raises(RuleError) as exc:
        compile_rule(pattern)
    assert why in str(exc.value)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize(
    "pattern",
    [r"Editing by .*", r"Updated \d+ (minutes|hours) ago", r"\(Reuters\)", r"\bBREAKING\b", r"(?i)advertisement"],
)
def test_sane_rules_compile(pattern):
    rule = compile_rule(pattern, story="belgorod", why="page furniture")
    assert rule.regex.search("x Editing by Bo. Updated 5 minutes ago (Reuters) BREAKING ADVERTISEMENT")
    assert rule.to_dict()["story"] == "belgorod"


def test_default_rules_pass_their_own_checks_and_are_marked_default():
    assert DEFAULT_RULES and all(r.default and r.why for r in DEFAULT_RULES)
    assert len(compile_rules([], default_rules=False)) == 0
    assert len(compile_rules(["x+y"])) == len(DEFAULT_RULES) + 1
    # the same pattern twice is one rule
    assert len(compile_rules(["x+y", Rule("x+y")], default_rules=False)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by Tom Balmforth in Moscow; Additional reporting by Olena Harmash; Editing by Mark Heinrich)",
        "Reporting by Pavel Polityuk; Writing by Tom Balmforth; Editing by Peter Graff",
        "Editing by Jane Merriman",
        "(Additional reporting by Dmitry Antonov)",
        "Associated Press writers Jim Heintz in Tallinn and Hanna Arhirova in Kyiv contributed to this report.",
        "Updated 5 minutes ago",
        "Updated 1 hour ago",
        "Published 2 hours ago",
        "Last updated: June 4, 2023 10:15 AM EDT",
        "Updated 14:05 GMT",
        "Last updated: 14:32 BST, Tuesday",
        "Updated 09:10 GMT, Friday, 7 June 2024",
        "Compiled by Elaine Hardcastle",
        "Click here to read more.",
        "Click here for the latest updates on the war",
        "Read more: Russia says drones hit Moscow",
        "Share this article",
        "Share on Facebook Share on Twitter",
        "Facebook Twitter Email Print",
        "Follow us on Twitter",
        "Sign up for our daily newsletter here.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "4 min read",
        "Advertisement",
        "Related coverage: Ukraine says it downed 20 drones",
    ],
)
def test_default_rules_catch_furniture(text):
    assert is_furniture(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by the New York Times showed that three people died.",
        "Research by Oxford University found the vaccine worked.",
        "Editing by hand is slow, the publisher said.",
        "The ministry updated its casualty figures on Monday.",
        "The report was updated 3 times last year.",
        "Share prices fell 3% in early trading.",
        "X, formerly Twitter, said it had removed the posts.",
        "Read the full statement, he said.",
        "Compiled by the health ministry, the figures show 300 new cases.",
        "Updated figures released at 14:32 on Tuesday showed the toll rising to 41.",
        "Shell said it would sign up to the new climate pledge.",
        "Police followed the suspect on foot.",
        "Readers can click on the map to see the damage, the agency said.",
        "Related coverage of the trial was banned by the judge.",
        "Advertisement spending fell 4% in the quarter.",
    ],
)
def test_default_rules_leave_news_alone(text):
    assert mask(text, DEFAULT_RULES)[0] == text


def test_mask_counts_spans_and_wholly_ignored_units():
    rules = compile_rules([r"Updated \d+ minutes ago"], default_rules=False)
    m = mask_units(["Updated 5 minutes ago", "Three died. Updated 5 minutes ago", "No furniture here."], rules)
    assert m.texts == ["", "Three died.", "No furniture here."]
    assert m.wholly_ignored == [1] and m.spans == 2
    assert m.by_rule == {r"Updated \d+ minutes ago": 2}


def test_overlapping_rules_count_a_span_once():
    rules = compile_rules([r"Editing by \w+", r"by Bo"], default_rules=False)
    text, spans = mask("Police said so. Editing by Bo", rules)
    assert text == "Police said so." and len(spans) == 1


BASE = "date 2023-06-04 KYIV, June 4 (Reuters) -\n\n{stamp}\n\nThe governor said {n} people fled.\n\nHe spoke to reporters.\n\n{credit}\n"
V1 = BASE.format(stamp="Updated 5 minutes ago", n="21,600", credit="(Reporting by Ann Lee; Editing by Bo Chan)")
V2 = BASE.format(stamp="Updated 17 minutes ago", n="21,600", credit="(Reporting by Ann Lee and Tom Balmforth; Editing by Bo Chan)")


def test_furniture_that_changes_every_version_is_not_a_change():
    c = compare(V1, V2)
    assert c.identical
    assert [ch.op for ch in c.changes] == ["unchanged", "unchanged"]
    assert [ch.new for ch in c.changes] == [(2,), (3,)]  # numbering of the full version is kept
    d = c.to_dict()
    assert d["schema_version"] == SCHEMA_VERSION == 3
    # Schema 3: the furniture is in the alignment too, flagged, aligned among itself.
    flagged = [(e["old"], e["new"]) for e in d["alignment"] if e.get("ignored")]
    assert flagged == [([1], [1]), ([4], [4])]
    assert all(e["severity"] == "none" for e in d["alignment"] if e.get("ignored"))
    assert d["ignored"]["spans"] == 4
    assert [(p["side"], p["number"]) for p in d["ignored"]["paragraphs"]] == [("old", 1), ("old", 4), ("new", 1), ("new", 4)]
    assert d["ignored"]["paragraphs"][2]["text"] == "Updated 17 minutes ago"
    assert sum(r["spans"] for r in d["ignored"]["rules"]) == 4


def test_without_default_rules_the_furniture_counts():
    c = compare(V1, V2, default_rules=False)
    assert not c.identical
    assert {ch.new for ch in c.changes if ch.op == "changed"} == {(1,), (4,)}
    assert c.to_dict()["ignored"] == {"rules": [], "spans": 0, "paragraphs": []}


def test_span_inside_a_paragraph_is_ignored_for_matching_but_reported_text_is_original():
    old = "Three people died, police said. Updated 5 minutes ago\n\nIt rained."
    new = "Three people died, police said. Updated 6 minutes ago\n\nIt rained heavily on Monday."
    c = compare(old, new)
    assert [ch.op for ch in c.changes] == ["unchanged", "changed"]
    assert c.changes[1].new_text == "It rained heavily on Monday."
    assert c.to_dict()["ignored"]["spans"] == 2


def test_user_rule_and_added_wholly_ignored_paragraph():
    old = "Three people died.\n\nIt rained."
    new = "Three people died.\n\nSPONSORED CONTENT\n\nIt rained."
    assert compare(old, new).summary["added"] == 1
    c = compare(old, new, rules=["^SPONSORED CONTENT$"])
    assert c.identical and c.to_dict()["ignored"]["paragraphs"][0]["number"] == 2


def test_stored_alignment_drops_entries_of_wholly_ignored_paragraphs():
    from revtrack.align import align
    from revtrack.comparison import compare_versions
    from revtrack.text import parse_version

    a, b = parse_version(V1), parse_version(V2)
    entries = align(a.paragraphs, b.paragraphs)
    c = compare_versions(a, b, entries=entries)
    assert all(not (set(ch.old) <= {1, 4} and set(ch.new) <= {1, 4}) for ch in c.changes)


def test_bad_rule_through_compare():
    with pytest.raises(RuleError):
        compare("a", "b", rules=[".+"])


def test_alignment_and_ignored_paragraphs_cover_every_paragraph_once():
    c = compare(V1, V2).to_dict()
    for side in ("old", "new"):
        n = len(c[side]["paragraphs"])
        numbers = [k for e in c["alignment"] for k in e[side]]
        assert sorted(numbers) == list(range(1, n + 1))
        listed = {p["number"] for p in c["ignored"]["paragraphs"] if p["side"] == side}
        assert listed == {k for e in c["alignment"] if e.get("ignored") for k in e[side]}


def test_rules_apply_to_sentences_too():
    old = "Three people died. Updated 5 minutes ago. It rained."
    new = "Three people died. Updated 8 minutes ago. It rained."
    c = compare(old, new, unit="sentence")
    assert c.identical
    assert [p["number"] for p in c.ignored["paragraphs"]] == [2, 2]


def test_share_prompt_naming_social_media_is_furniture():
    from revtrack.rules import is_furniture

    assert is_furniture("Share this article on social media.")
    assert not is_furniture("Social media reacted angrily to the decision.")
