"""Update-note parsing, one row per real-world phrasing.

Each row is a note as desks write it (Reuters, AP, AFP and web styles) and the
claims it must yield: ``(action, paragraphs, scope)``; ``L1`` in the paragraph
slot means "counted from the end" (``last paragraph`` = ``L1``).
"""

import pytest

from revtrack.notes import ACTIONS, SCOPES, parse_note

P, T, H, B, D, U = "paragraphs", "throughout", "headline", "byline", "dateline", "unspecified"

CASES = [
    # -- Reuters-style parenthesised notes, numbers in every form
    ("(Adds Russian defence ministry, paragraphs 2, 19)", [("adds", [2, 19], P)]),
    ("(Updates with casualty toll in paragraph 4)", [("updates", [4], P)]),
    ("(Recasts with governor's comments)", [("recasts", None, U)]),
    ("(Corrects paragraph 3 to say 21,000 people, not 21,600)", [("corrects", [3], P)]),
    ("(Changes headline, adds details throughout)", [("changes", None, H), ("adds", None, T)]),
    ("(Writes through with details)", [("writes through", None, T)]),
    ("(Refiles to fix typo in paragraph 7)", [("refiles", [7], P)]),
    ("(Adds comment from union, paras 5-7)", [("adds", [5, 6, 7], P)]),
    ("(Adds details in paragraphs 2 and 4)", [("adds", [2, 4], P)]),
    ("(Updates para 10)", [("updates", [10], P)]),
    ("(Adds quote in third paragraph)", [("adds", [3], P)]),
    ("(Updates last paragraph)", [("updates", "L1", P)]),
    ("(Adds byline)", [("adds", None, B)]),
    ("(Corrects dateline)", [("corrects", None, D)]),
    ("(Adds X in paragraph 4, updates paragraph 9)", [("adds", [4], P), ("updates", [9], P)]),
    ("(Adds quotes, background; moves paragraph 7 up)", [("adds", None, U), ("moves", [7], P)]),
    ("(Removes paragraph 6)", [("removes", [6], P)]),
    ("(Deletes penultimate paragraph)", [("removes", "L2", P)]),
    ("(Updates last two paragraphs)", [("updates", "L1-2", P)]),
    ("(Adds fourth and fifth paragraphs)", [("adds", [4, 5], P)]),
    ("(Updates paras 2-4, 6 and 9)", [("updates", [2, 3, 4, 6, 9], P)]),
    ("(Updates paragraphs 5 to 7)", [("updates", [5, 6, 7], P)]),
    ("(Adds analyst comment in 11th paragraph)", [("adds", [11], P)]),
    ("(Updates shares in paragraph 7, adds analyst in paragraph 9)", [("updates", [7], P), ("adds", [9], P)]),
    ("(Adds details of raid, paragraphs 8-10, removes paragraph 12, moves paragraph 4)",
     [("adds", [8, 9, 10], P), ("removes", [12], P), ("moves", [4], P)]),
    ("(Adds Kremlin comment and updates toll in paragraph 3)", [("adds", None, U), ("updates", [3], P)]),
    ("(Tops with governor's statement)", [("updates", [1], P)]),
    ("(New lead, adds details)", [("updates", [1], P), ("adds", None, U)]),
    ("(Updates toll in paragraph 3 to 25)", [("updates", [3], P)]),
    ("(Corrects toll in paragraph 3 to 21,000)", [("corrects", [3], P)]),
    ("(Adds details from paragraph 12 onwards)", [("adds", [12], P)]),
    ("(Fixes typo in headline)", [("corrects", None, H)]),
    ("(Refiles to add byline)", [("adds", None, B)]),
    ("(Repeats to additional subscribers)", [("refiles", None, U)]),
    ("(Adds Gladkov quotes in paragraphs 4-5, removes reference to shelling)", [("adds", [4, 5], P), ("removes", None, U)]),
    ("(Changes dateline, updates throughout)", [("changes", None, D), ("updates", None, T)]),
    ("(Adds graphic link; updates prices in para 6)", [("adds", None, U), ("updates", [6], P)]),
    ("(Clarifies paragraph 8 to show the figure is annual)", [("corrects", [8], P)]),
    ("(Rewrites lead, adds comment from ministry in paragraph 3)", [("recasts", [1], P), ("adds", [3], P)]),
    ("(Adds the last paragraph)", [("adds", "L1", P)]),
    # -- AP / AFP / web styles
    ("UPDATES: With governor's comments", [("updates", None, U)]),
    ("UPDATE 2 - Adds details, paragraphs 3-5", [("adds", [3, 4, 5], P)]),
    ("Eds: Updates with details. With AP Photos.", [("updates", None, U)]),
    ("Eds: Adds byline. Moves paragraph 9 up.", [("adds", None, B), ("moves", [9], P)]),
    ("2nd Ld-Writethru", [("writes through", None, T)]),
    ("Writethru with new details", [("writes through", None, T)]),
    ("(Adds ministry statement in grafs 4-6)", [("adds", [4, 5, 6], P)]),
    # -- corrections
    ("This story has been corrected to fix the spelling of Gladkov in paragraph 3", [("corrects", [3], P)]),
    ("CORRECTED - Adds X in paragraph 4, updates paragraph 9", [("adds", [4], P), ("updates", [9], P)]),
    ("(Adds Kremlin comment) (corrects paragraph 3 to say Sunday, not Saturday)",
     [("adds", None, U), ("corrects", [3], P)]),
    ("(This version corrects the day in paragraph 2 to Monday)", [("corrects", [2], P)]),
    ("Adds quote from mayor (paragraph 6)", [("adds", [6], P)]),
    # -- "and" starts a clause only before a verb that is never a noun
    ("(Adds details of job cuts and raises in pay, paragraph 5)", [("adds", [5], P)]),
    ("(Adds quotes and changes headline)", [("adds", None, U), ("changes", None, H)]),
    # -- "lead" and "top" are paragraph 1 only when they stand alone
    ("(Updates lead with toll)", [("updates", [1], P)]),
    ("(Adds top diplomat's comments)", [("adds", None, U)]),
    ("(Adds lead negotiator's comments, paragraph 5)", [("adds", [5], P)]),
]


def _shape(claim):
    if claim.from_end:
        where = "L" + "-".join(str(n) for n in (claim.from_end if len(claim.from_end) == 1 else (claim.from_end[0], claim.from_end[-1])))
    else:
        where = claim.paragraphs
    return (claim.action, where, claim.scope)


def test_the_table_is_big_enough():
    assert len(CASES) >= 40


@pytest.mark.parametrize("note,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_real_world_phrasings(note, expected):
    parsed = parse_note(note)
    assert [_shape(c) for c in parsed.claims] == expected
    assert parsed.warnings == []
    for c in parsed.claims:
        assert c.action in ACTIONS and c.scope in SCOPES


@pytest.mark.parametrize("note,subject", [
    ("(Adds Russian defence ministry, paragraphs 2, 19)", "Russian defence ministry"),
    ("(Updates with casualty toll in paragraph 4)", "casualty toll"),
    ("UPDATES: With governor's comments", "governor's comments"),
    ("(Corrects toll in paragraph 3 to 21,000)", "toll to 21,000"),
])
def test_subject_is_what_is_left_of_the_clause(note, subject):
    assert parse_note(note).claims[0].subject == subject


@pytest.mark.parametrize("note,correction", [
    ("This story has been corrected to fix the spelling of Gladkov in paragraph 3", True),
    ("CORRECTED - Adds X in paragraph 4", True),
    ("(Adds Kremlin comment) (corrects paragraph 3 to say Sunday, not Saturday)", True),
    ("(Adds Kremlin comment)", False),
])
def test_corrections_are_flagged(note, correction):
    assert parse_note(note).correction is correction


def test_typo_fixes_and_refiles_are_marked():
    assert parse_note("(Refiles to fix typo in paragraph 7)").claims[0].typo_fix
    assert parse_note("(Fixes typo in paragraph 2)").claims[0].typo_fix
    assert parse_note("(Repeats to additional subscribers)").claims[0].typo_fix
    assert not parse_note("(Corrects spelling of Gladkov's name in paragraph 3)").claims[0].typo_fix


def test_onwards_reaches_the_end():
    claim = parse_note("(Adds details from paragraph 12 onwards)").claims[0]
    assert claim.to_end and claim.paragraphs == [12]


def test_thousands_are_not_paragraph_numbers():
    # "paragraph 3, 2,000 people" must not read as paragraphs 3 and 2
    assert parse_note("(Corrects paragraph 3, 2,000 people not 3,000)").claims[0].paragraphs == [3]


@pytest.mark.parametrize("note", ["Reuters staff", "Додає заяву міського голови, абзац 7", "see below", "(((", "12345"])
def test_unparseable_note_is_free_text_with_a_warning(note):
    parsed = parse_note(note)
    assert parsed.claims == []
    assert parsed.raw == note
    assert len(parsed.warnings) == 1 and "free text" in parsed.warnings[0]


@pytest.mark.parametrize("note", [None, "", "   "])
def test_missing_note(note):
    parsed = parse_note(note)
    assert parsed.claims == [] and parsed.warnings == ["no update note"]


def test_to_dict_round_trips_the_claims():
    d = parse_note("(Adds X, paragraphs 2, 19)").to_dict()
    assert d["claims"][0]["paragraphs"] == [2, 19] and d["claims"][0]["action"] == "adds"
    assert d["raw"] == "(Adds X, paragraphs 2, 19)"


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

NOTE_WORDS = ["Adds", "updates", "paragraph", "paragraphs", "paras", "2", "5-7", "and", ",", ";", "(", ")", "last",
              "third", "throughout", "headline", "byline", "Refiles", "to", "fix", "typo", "CORRECTED -", "UPDATES:",
              "Eds:", "with", "quotes", "21,000", "This story has been corrected to", "onwards", "moves", "removes"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(st.sampled_from(NOTE_WORDS), max_size=14).map(" ".join)))
def test_parse_note_never_raises_and_claims_are_well_formed(text):
    parsed = parse_note(text)
    assert parsed.raw == text
    assert parsed.claims or parsed.warnings
    for c in parsed.claims:
        assert c.action in ACTIONS and c.scope in SCOPES
        assert c.paragraphs is None or all(n >= 0 for n in c.paragraphs)
