"""Drafting update notes: wire style, collapsed ranges, and the property that a
drafted note always checks as consistent against the pair it was drafted from."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from revtrack.comparison import compare
from revtrack.notes import check_note, draft_note, parse_note

OLD = """date 2023-06-04 (Adds quotes) KYIV, June 4 (Reuters) -

The governor of the Belgorod region said on Sunday he was willing to meet the group.

The two groups have claimed responsibility for a spate of attacks inside Russian territory.

The video showed the two captives, one of whom appeared to be injured.

Ukraine has denied direct involvement in the attacks.
"""


def _story(paragraphs):
    return "\n\n".join(paragraphs) + "\n"


PARAS = [p for p in OLD.split("\n\n")[1:]]


def test_draft_names_added_paragraphs_with_a_subject_from_new_names():
    new = _story([PARAS[0], "Meanwhile, the Russian Defence Ministry said its forces used artillery.", *PARAS[1:]])
    note = draft_note(compare(OLD, new))
    assert note == "(Adds Russian Defence Ministry, paragraph 2)"


def test_draft_collapses_ranges_and_lists_every_kind():
    extra = [f"Witness number {w} told Reuters that Colonel Petrov {w} fled." for w in ("one", "two", "three")]
    new = _story([PARAS[0].replace("Sunday", "Monday"), *extra, PARAS[2], PARAS[1]])
    c = compare(OLD, new)
    note = draft_note(c)
    assert re.fullmatch(r"\(Adds [^,]+, paragraphs 2-4, updates paragraph 1, moves paragraph \d, removes paragraph 4\)", note), note
    assert check_note(note, c).verdict == "consistent"


def test_draft_calls_a_cosmetic_edit_a_typo_fix():
    new = OLD.replace("responsibility", "responsiblity").replace("captives,", "captives;")
    c = compare(OLD, new)
    note = draft_note(c)
    assert note == "(Fixes typo in paragraphs 2, 3)"
    parsed = parse_note(note)
    assert parsed.claims[0].typo_fix
    assert check_note(parsed, c).consistent


def test_identical_versions_draft_an_empty_note():
    assert draft_note(compare(OLD, OLD)) == ""


def test_draft_ignores_an_appended_correction_notice_it_does_not_need():
    new = OLD.rstrip() + "\n\n(This story has been corrected to fix the spelling of Belgorod in paragraph 1)\n"
    c = compare(OLD, new)
    assert draft_note(c) == ""
    assert check_note(draft_note(c), c).consistent


def test_sentence_comparisons_are_refused():
    with pytest.raises(ValueError):
        draft_note(compare(OLD, OLD, unit="sentence"))


# --- property: a drafted note always checks as consistent ------------------------

WORDS = ["troops", "said", "the", "governor", "border", "village", "shelling", "Monday", "Kyiv", "Moscow", "21,600",
         "people", "fled", "Gladkov", "reported", "not", "two", "soldiers", "Paragraph", "Adds", "Updates", "Last",
         "Lead", "and", "with", "\u201cfine\u201d", "Reuters", "Russian", "Defence", "Ministry", "12", "typo", "moved"]

sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=14).map(lambda ws: " ".join([ws[0][:1].upper() + ws[0][1:], *ws[1:]]) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)


@st.composite
def story_pair(draw):
    old = draw(st.lists(paragraph, min_size=1, max_size=9))
    new = list(old)
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["add", "remove", "edit", "typo", "move", "swap_word"]))
        if kind == "add" or not new:
            new.insert(draw(st.integers(0, len(new))), draw(paragraph))
        elif kind == "remove" and len(new) > 1:
            new.pop(draw(st.integers(0, len(new) - 1)))
        elif kind == "edit":
            i = draw(st.integers(0, len(new) - 1))
            new[i] = new[i] + " " + draw(sentence)
        elif kind == "typo":
            i = draw(st.integers(0, len(new) - 1))
            new[i] = new[i].replace(" ", "  ", 1).replace(".", " .", 1)
        elif kind == "move" and len(new) > 2:
            p = new.pop(draw(st.integers(0, len(new) - 1)))
            new.insert(draw(st.integers(0, len(new))), p)
        elif kind == "swap_word":
            i = draw(st.integers(0, len(new) - 1))
            words = new[i].split()
            words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(WORDS))
            new[i] = " ".join(words)
    header = draw(st.sampled_from(["", "date 2023-06-04 (Adds quotes) KYIV, June 4 (Reuters) -\n\n"]))
    return header + "\n\n".join(old), header + "\n\n".join(new)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story_pair())
def test_a_drafted_note_always_checks_as_consistent(pair):
    c = compare(*pair)
    note = draft_note(c)
    result = check_note(note, c)
    assert not result.contradicted, (note, [r.findings for r in result.contradicted])
    assert not result.undisclosed, (note, [u.to_dict() for u in result.undisclosed])
    assert result.verdict == "consistent"
    assert (note == "") == c.identical
    if note:
        assert parse_note(note).warnings == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(story_pair())
def test_the_checker_notices_what_a_drafted_note_leaves_out(pair):
    c = compare(*pair)
    note = draft_note(c)
    if not note:
        return
    clauses = [cl.strip() for cl in re.split(r", (?=(?:adds|updates|fixes|moves|removes) )", note.strip("()"))]
    first = clauses[0]
    rest = ", ".join(clauses[1:])
    shorter = f"({rest[0].upper()}{rest[1:]})" if rest else ""
    result = check_note(shorter, c)
    dropped = parse_note(f"({first})").claims[0]
    # every paragraph the dropped clause named is now undisclosed
    side = "old" if dropped.action == "removes" else "new"
    undisclosed = {n for u in result.undisclosed for n in getattr(u, side)}
    assert set(dropped.paragraphs) <= undisclosed, (note, shorter)
    substantive = any(u.severity == "substantive" for u in result.undisclosed)
    assert result.consistent == (not substantive)
