"""Invariants of the aligner for any input (hypothesis): identity, coverage, op rules, determinism, order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from revtrack.align import OPS, align

WORDS = "the a said police minister on in Kyiv Tuesday 21 people were killed and government talks strike port".split()

word_paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(lambda ws: " ".join(ws) + ".")
any_paragraph = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
paragraph = st.one_of(word_paragraph, word_paragraph, any_paragraph)
paragraphs = st.lists(paragraph, max_size=12)

FAST = settings(max_examples=150, deadline=None)


def check_partition(old: list[str], new: list[str]) -> list:
    entries = align(old, new)
    seen_old = [o for e in entries for o in e.old]
    seen_new = [n for e in entries for n in e.new]
    assert sorted(seen_old) == list(range(1, len(old) + 1))
    assert sorted(seen_new) == list(range(1, len(new) + 1))
    for e in entries:
        assert e.op in OPS
        assert 0.0 <= e.similarity <= 1.0
        assert list(e.old) == sorted(e.old) and list(e.new) == sorted(e.new)
        if e.op == "added":
            assert not e.old and len(e.new) == 1
        elif e.op == "removed":
            assert len(e.old) == 1 and not e.new
        elif e.op == "split":
            assert len(e.old) == 1 and len(e.new) > 1
        elif e.op == "merged":
            assert len(e.old) > 1 and len(e.new) == 1
        else:
            assert len(e.old) == 1 and len(e.new) == 1
        assert (e.edited is not None) == (e.op == "moved")
    return entries


@FAST
@given(paragraphs)
def test_self_comparison_is_all_unchanged(ps):
    entries = align(ps, ps)
    assert [(e.op, e.old, e.new) for e in entries] == [("unchanged", (k,), (k,)) for k in range(1, len(ps) + 1)]


@FAST
@given(paragraphs, paragraphs)
def test_every_paragraph_in_exactly_one_entry_with_the_op_rules(old, new):
    check_partition(old, new)


@FAST
@given(paragraphs, st.randoms(use_true_random=False))
def test_edited_shuffled_versions_still_partition(old, rnd):
    new = [p + " more" if rnd.random() < 0.3 else p for p in old if rnd.random() < 0.8]
    if new and rnd.random() < 0.5:
        new.insert(rnd.randrange(len(new) + 1), new.pop(rnd.randrange(len(new))))
    check_partition(old, new)


@FAST
@given(paragraphs, paragraphs)
def test_deterministic(old, new):
    assert [e.to_dict() for e in align(old, new)] == [e.to_dict() for e in align(list(old), list(new))]


@FAST
@given(paragraphs, paragraphs)
def test_entries_follow_the_new_version(old, new):
    entries = align(old, new)
    firsts = [min(e.new) for e in entries if e.new]
    assert firsts == sorted(firsts)


@FAST
@given(paragraphs, paragraphs)
def test_unchanged_and_changed_keep_their_order(old, new):
    """Paragraphs the aligner calls in place (not moved) never cross each other."""
    kept = [(e.old[0], e.new[0]) for e in align(old, new) if e.op in ("unchanged", "changed")]
    assert [o for o, _n in sorted(kept, key=lambda p: p[1])] == sorted(o for o, _n in kept)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab -`'\".\t\n\r\x0b\x0c\x1c\x1f\u2014\u201c\u00a0", max_size=12))
def test_fast_normalisation_equals_normalize(s):
    from revtrack.align import _normalize
    from revtrack.text import normalize

    assert _normalize(s) == normalize(s)
