"""Lineage: blame and history over alignments, checked on stories whose history is known by construction."""

from __future__ import annotations

import json

import pytest

from revtrack.align import Entry
from revtrack.lineage import LineageError, Revision, blame, history, trace
from revtrack.text import normalize, parse_version

from conftest import FIXTURES

FIXTURE_STORIES = sorted(p.parent.name for p in FIXTURES.glob("*/lineage.json"))


def constructed_revisions(name: str) -> list[Revision]:
    """The fixture's versions with the alignments its build script *constructed* (not the aligner's)."""
    folder = FIXTURES / name
    paras = []
    n = 1
    while (folder / f"v{n}.txt").exists():
        paras.append(tuple(parse_version((folder / f"v{n}.txt").read_text(encoding="utf-8")).paragraphs))
        n += 1
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    revs = [Revision(1, paras[0])]
    for k in range(1, len(paras)):
        old, new = paras[k - 1], paras[k]
        exp = expected[f"v{k}-v{k + 1}"]
        entries, done = [], set()
        same = lambda o, n, old=old, new=new: normalize(old[o - 1]) == normalize(new[n - 1])  # noqa: E731
        for o, nn in exp["moved"]:
            entries.append(Entry("moved", (o,), (nn,), 1.0, not same(o, nn)))
            done.add((o, nn))
        for o, news in exp["split"]:
            entries.append(Entry("split", (o,), tuple(news), 1.0))
            done |= {(o, x) for x in news}
        for olds, nn in exp["merged"]:
            entries.append(Entry("merged", tuple(olds), (nn,), 1.0))
            done |= {(x, nn) for x in olds}
        for o, nn in exp["links"]:
            if (o, nn) not in done:
                entries.append(Entry("unchanged" if same(o, nn) else "changed", (o,), (nn,), 1.0))
        entries += [Entry("added", (), (x,), 0.0) for x in exp["added"]]
        entries += [Entry("removed", (x,), (), 0.0) for x in exp["removed"]]
        revs.append(Revision(k + 1, new, tuple(entries)))
    return revs


@pytest.mark.parametrize("name", FIXTURE_STORIES)
def test_introduced_matches_construction(name):
    revs = constructed_revisions(name)
    truth = json.loads((FIXTURES / name / "lineage.json").read_text(encoding="utf-8"))
    for rev in revs:
        got = [list(b.introduced) for b in blame(revs, rev.number)]
        assert got == [p["introduced"] for p in truth[f"v{rev.number}"]], f"{name} v{rev.number}"


def test_belgorod_blame_at_5():
    """The drone-debris paragraph: added in v2, moved with edits in v4, split in v5 (fixtures/README.md)."""
    b = {x.paragraph: x for x in blame(constructed_revisions("belgorod"), 5)}
    assert len(b) == 25
    for p in (5, 6):  # both parts of the split inherit the v2 paragraph
        assert (b[p].introduced, b[p].last_changed, b[p].revisions, b[p].origins) == ((2,), 5, 3, ((2, 19),))
    assert (b[1].introduced, b[1].last_changed, b[1].revisions) == ((3,), 3, 1)
    assert (b[2].introduced, b[2].last_changed, b[2].revisions) == ((1,), 3, 2)  # old lede, reworded in v3
    assert (b[18].origins, b[18].last_changed) == (((1, 13), (1, 14)), 4)  # merge: two ancestors
    assert (b[23].origins, b[23].last_changed, b[23].revisions) == (((1, 3),), 1, 1)  # moved unedited in v4
    assert (b[12].origins, b[13].origins, b[12].last_changed) == (((1, 8),), ((1, 8),), 4)  # split in v4
    assert (b[24].introduced, b[24].revisions) == ((5,), 1)


def test_belgorod_blame_at_earlier_version():
    b = blame(constructed_revisions("belgorod"), 3)
    assert len(b) == 24
    assert (b[20].paragraph, b[20].introduced, b[20].last_changed) == (21, (2,), 2)
    assert b[12].last_changed == 1  # v3 ¶13: re-typeset only, aligned as unchanged


def test_belgorod_history_of_split_part():
    h = history(constructed_revisions("belgorod"), 5)
    assert [(s.version, s.paragraphs, s.ops) for s in h.steps] == [
        (2, (19,), ("filed",)),
        (3, (21,), ("unchanged",)),
        (4, (5,), ("moved, edited",)),
        (5, (5,), ("split",)),
    ]
    assert [s.changed for s in h.steps] == [True, False, True, True]
    assert ["+", "Russia's defence"] in h.steps[2].diff
    assert h.steps[3].diff[-1][0] == "-"  # the sentence that went to ¶6
    assert "did not say" in h.steps[3].diff[-1][1]
    assert h.steps[-1].text == constructed_revisions("belgorod")[-1].paragraphs[4]


def test_history_of_merge_holds_both_ancestors():
    h = history(constructed_revisions("belgorod"), 18, 5)
    assert [(s.version, s.paragraphs) for s in h.steps] == [(1, (13, 14)), (2, (14, 15)), (3, (16, 17)),
                                                             (4, (17,)), (5, (18,))]
    assert h.steps[3].ops == ("merged",)
    assert "\n\n" in h.steps[0].text


# --- a story built inline: added in v2, moved in v3, split in v4 ------------------

A, B, C = "Alpha one. Alpha two.", "Bravo says so.", "Charlie background."
NEW = "New quote here. Second sentence."


def small_story() -> list[Revision]:
    return [
        Revision(1, (A, B, C)),
        Revision(2, (A, NEW, B, C), (Entry("unchanged", (1,), (1,), 1), Entry("added", (), (2,), 0),
                                     Entry("unchanged", (2,), (3,), 1), Entry("unchanged", (3,), (4,), 1))),
        Revision(3, (A, B, C, NEW), (Entry("unchanged", (1,), (1,), 1), Entry("moved", (2,), (4,), 1, False),
                                     Entry("unchanged", (3,), (2,), 1), Entry("unchanged", (4,), (3,), 1))),
        Revision(4, (A, B, C, "New quote here.", "Second sentence."),
                 (Entry("unchanged", (1,), (1,), 1), Entry("unchanged", (2,), (2,), 1),
                  Entry("unchanged", (3,), (3,), 1), Entry("split", (4,), (4, 5), 1))),
    ]


def test_small_story_blame():
    rows = [(b.paragraph, b.introduced, b.last_changed, b.revisions) for b in blame(small_story())]
    assert rows == [(1, (1,), 1, 1), (2, (1,), 1, 1), (3, (1,), 1, 1), (4, (2,), 4, 2), (5, (2,), 4, 2)]
    # at v3 the paragraph had only moved: a move without edits does not change it
    assert blame(small_story(), 3)[3].last_changed == 2


def test_small_story_trace():
    assert trace(small_story(), 5) == [(2, (2,), ("filed",)), (3, (4,), ("moved",)), (4, (5,), ("split",))]


def test_merge_of_paragraphs_of_different_ages():
    revs = [
        Revision(1, ("Old fact.",)),
        Revision(2, ("Old fact.", "Later fact."), (Entry("unchanged", (1,), (1,), 1), Entry("added", (), (2,), 0))),
        Revision(3, ("Old fact. Later fact.",), (Entry("merged", (1, 2), (1,), 0.9),)),
    ]
    (b,) = blame(revs)
    assert (b.introduced, b.first, b.last_changed, b.revisions, b.origins) == ((1, 2), 1, 3, 3, ((1, 1), (2, 2)))
    h = history(revs, 1)
    assert [(s.version, s.paragraphs, s.ops) for s in h.steps] == [
        (1, (1,), ("filed",)), (2, (1, 2), ("unchanged", "filed")), (3, (1,), ("merged",))]


def test_paragraph_outside_alignment_inherits_same_text():
    """The store leaves wholly ignored furniture out of the alignment; identical text carries on."""
    revs = [
        Revision(1, ("Body.", "Reporting by X")),
        Revision(2, ("Body, edited.", "Reporting by X"), (Entry("changed", (1,), (1,), 0.8),)),
        Revision(3, ("Body, edited.", "Reporting by Y"), (Entry("unchanged", (1,), (1,), 1),)),
    ]
    b2 = blame(revs, 2)
    assert (b2[1].introduced, b2[1].aligned) == ((1,), False)
    b3 = blame(revs, 3)
    assert (b3[1].introduced, b3[1].last_changed, b3[0].last_changed) == ((3,), 3, 2)


def test_removed_paragraph_is_gone_and_added_starts_fresh():
    revs = [Revision(1, ("X.", "Y.")),
            Revision(2, ("Z.",), (Entry("removed", (1,), (), 0), Entry("removed", (2,), (), 0),
                                  Entry("added", (), (1,), 0)))]
    assert [(b.introduced, b.origins) for b in blame(revs)] == [((2,), ((2, 1),))]
    assert trace(revs, 1) == [(2, (1,), ("filed",))]


@pytest.mark.parametrize("revs, message", [
    ([Revision(1, ("a",)), Revision(2, ("b",))], "no stored alignment"),
    ([Revision(1, ("a",)), Revision(2, ("b",), (Entry("changed", (1,), (2,), 1),))], "out of range"),
    ([Revision(1, ("a", "b")), Revision(2, ("c",), (Entry("merged", (1, 1), (1,), 1),))], "twice"),
    ([Revision(1, ("a",)), Revision(3, ("a",), ())], "consecutive"),
    ([], "no versions"),
])
def test_alignment_that_does_not_fit_is_refused(revs, message):
    with pytest.raises(LineageError, match=message):
        blame(revs)


def test_out_of_range_paragraph_and_version():
    with pytest.raises(LineageError, match="not ¶9"):
        history(small_story(), 9)
    with pytest.raises(LineageError, match="no version 7"):
        blame(small_story(), 7)


def test_history_first_step_is_whole_text_added():
    h = history(small_story(), 1)
    assert [s.version for s in h.steps] == [1, 2, 3, 4]
    assert h.steps[0].diff == [["+", A]]
    assert [s.changed for s in h.steps[1:]] == [False, False, False]
    assert h.to_dict()["steps"][0]["ops"] == ["filed"]


# --- invariants over the real aligner's alignments ------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from revtrack.align import align  # noqa: E402
from revtrack.inline import rebuild  # noqa: E402

WORDS = ("troops", "border", "governor", "said", "shelling", "village", "drones", "ministry", "Sunday",
         "power", "lines", "debris", "barn", "officials", "residents", "fled", "region", "statement")


@st.composite
def edited_story(draw):
    """A story of 2-5 versions, each made from the one before by random adds, removals, edits and moves."""
    sentence = st.lists(st.sampled_from(WORDS), min_size=5, max_size=10).map(lambda ws: " ".join(ws).capitalize() + ".")
    paras = draw(st.lists(sentence, min_size=2, max_size=6))
    versions = [paras]
    for _ in range(draw(st.integers(1, 4))):
        cur = list(versions[-1])
        for _ in range(draw(st.integers(1, 3))):
            kind = draw(st.sampled_from(["add", "remove", "edit", "move"]))
            i = draw(st.integers(0, len(cur) - 1))
            if kind == "add":
                cur.insert(i, draw(sentence))
            elif kind == "remove" and len(cur) > 1:
                cur.pop(i)
            elif kind == "edit":
                cur[i] = cur[i][:-1] + " " + draw(st.sampled_from(WORDS)) + "."
            elif kind == "move":
                cur.insert(draw(st.integers(0, len(cur) - 1)), cur.pop(i))
        versions.append(cur)
    return versions


def revisions_via_aligner(versions):
    revs = [Revision(1, tuple(versions[0]))]
    for k in range(1, len(versions)):
        revs.append(Revision(k + 1, tuple(versions[k]), tuple(align(versions[k - 1], versions[k]))))
    return revs


@settings(max_examples=150, deadline=None)
@given(edited_story())
def test_blame_and_history_invariants(versions):
    revs = revisions_via_aligner(versions)
    last = revs[-1]
    added = {n for e in last.alignment if e.op == "added" for n in e.new}
    for b in blame(revs):
        assert b.introduced and all(1 <= v <= last.number for v in b.introduced)
        assert b.first <= b.last_changed <= last.number
        assert len(b.introduced) <= b.revisions <= last.number
        if b.paragraph in added:
            assert (b.introduced, b.last_changed, b.revisions) == ((last.number,), last.number, 1)
        h = history(revs, b.paragraph)
        assert h.steps[0].version == b.first and h.steps[-1].version == last.number
        assert h.steps[-1].text == last.paragraphs[b.paragraph - 1]
        prev = ""
        for step in h.steps:  # each diff rebuilds both sides exactly
            assert rebuild(step.diff, "old") == prev and rebuild(step.diff, "new") == step.text
            prev = step.text


def test_ignored_furniture_carries_identity_but_is_no_edit():
    v1 = Revision(1, ("Updated 5 minutes ago", "Shares rose 2%."))
    v2 = Revision(2, ("Updated 9 minutes ago", "Shares rose 3%."),
                  (Entry("changed", (1,), (1,), 0.8, ignored=True), Entry("changed", (2,), (2,), 0.7)))
    stamp, body = blame([v1, v2])
    assert (stamp.introduced, stamp.last_changed, stamp.revisions) == ((1,), 1, 1)
    assert (body.introduced, body.last_changed, body.revisions) == ((1,), 2, 2)
