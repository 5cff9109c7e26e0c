"""The fixture stories parse as fixtures/README.md says, and the aligner finds
what each version was built to contain (fixtures/*/expected.json).

The ground truth comes from ``fixtures/build.py``, which constructs every
version from the previous one paragraph by paragraph and never imports
revtrack.  Links are counted the way ``score.py`` counts them: an entry links
every old number in it to every new number in it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from revtrack import compare
from revtrack.align import align
from revtrack.text import parse_version

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# story -> (body paragraph count per version, update note per version).
# Must agree with fixtures/README.md; None: no header note in that version.
STORIES = {
    "belgorod": (
        [20, 22, 24, 23, 25],
        [
            None,
            "Adds Russian defence ministry, paragraphs 2, 19",
            "Recasts with exiles' claim, adds governor's quote",
            "Adds details of drone debris, removes Security Council paragraph",
            "Adds comment from Zorino mayor, paragraph 24",
        ],
    ),
    "port-strike": (
        [16, 18, 19, 19],
        [
            None,
            "Adds union spokeswoman's comments, paragraphs 4, 12",
            "Adds shipping line statement, paragraph 17",
            "Corrects paragraph 5 to say the strike began on Monday night, not Tuesday morning",
        ],
    ),
    "quake-toll": (
        [18, 18, 21, 21],
        [
            None,
            "Updates with casualty toll in paragraph 4",
            "Recasts with governor's comments, adds details throughout",
            "Refiles to fix typo in paragraph 7",
        ],
    ),
    "markets-live": ([15, 15, 15], [None, None, None]),
    "kyiv-ua": ([8, 9], [None, "Додає заяву міського голови, абзац 7"]),
    "untrusted": ([8, 9], [None, "Adds researcher's comment, paragraph 6"]),
}

# Web page text with no wire header block: its first paragraph is the headline.
NO_HEADER = {"markets-live"}


def read(story: str, n: int) -> str:
    return (FIXTURES / story / f"v{n}.txt").read_text(encoding="utf-8")


def pairs() -> list[tuple[str, str, dict]]:
    out = []
    for story in STORIES:
        for name, truth in json.loads((FIXTURES / story / "expected.json").read_text(encoding="utf-8")).items():
            out.append((story, name, truth))
    return out


def links_of(entries) -> set[tuple[int, int]]:
    return {(o, n) for e in entries for o in e["old"] for n in e["new"]}


def numbers(entries, op: str, side: str) -> list[int]:
    return sorted(x for e in entries if e["op"] == op for x in e[side])


def test_every_story_directory_is_covered():
    dirs = {p.name for p in FIXTURES.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert dirs == set(STORIES)


@pytest.mark.parametrize("story", sorted(STORIES))
def test_versions_parse_as_documented(story):
    counts, notes = STORIES[story]
    files = sorted((FIXTURES / story).glob("v*.txt"))
    assert [f.name for f in files] == [f"v{n}.txt" for n in range(1, len(counts) + 1)]
    for n, (count, note) in enumerate(zip(counts, notes), 1):
        v = parse_version(read(story, n))
        assert len(v.paragraphs) == count, f"{story} v{n}"
        if story in NO_HEADER:
            assert v.header is None
            continue
        assert v.header is not None, f"{story} v{n}: header line not recognised"
        assert v.header.date is not None
        assert v.header.note == note


@pytest.mark.parametrize("story", sorted(set(STORIES) - NO_HEADER))
def test_datelines(story):
    """English fixtures carry `PLACE, Month D (Reuters) -` in the header line."""
    if story == "kyiv-ua":  # its dateline opens paragraph 1 instead: it must stay there
        v = parse_version(read(story, 1))
        assert v.paragraphs[0].startswith("КИЇВ, 4 березня (Укрінформ) - ")
        return
    for n in range(1, len(STORIES[story][0]) + 1):
        h = parse_version(read(story, n)).header
        assert h.dateline is not None and h.dateline.agency == "Reuters", f"{story} v{n}"


@pytest.mark.parametrize("story,pair,truth", pairs(), ids=[f"{s}:{p}" for s, p, _ in pairs()])
def test_aligner_finds_the_constructed_changes(story, pair, truth):
    a, b = pair.split("-")
    old, new = parse_version(read(story, int(a[1:]))), parse_version(read(story, int(b[1:])))
    entries = [e.to_dict() for e in align(old.paragraphs, new.paragraphs)]
    assert links_of(entries) == {tuple(x) for x in truth["links"]}
    assert numbers(entries, "added", "new") == truth["added"]
    assert numbers(entries, "removed", "old") == truth["removed"]
    assert sorted([e["old"][0], e["new"][0]] for e in entries if e["op"] == "moved") == truth["moved"]
    assert sorted([e["old"][0], list(e["new"])] for e in entries if e["op"] == "split") == truth["split"]
    assert sorted([list(e["old"]), e["new"][0]] for e in entries if e["op"] == "merged") == truth["merged"]


@pytest.mark.parametrize(
    "story,pair,truth",
    [p for p in pairs() if p[0] not in NO_HEADER],
    ids=[f"{s}:{p}" for s, p, _ in pairs() if s not in NO_HEADER],
)
def test_compare_reports_the_constructed_changes(story, pair, truth):
    """``revtrack.compare`` -- what every report shows -- agrees with the construction.

    markets-live is left out here on purpose: its timestamp and sign-off lines are
    page furniture that the default ignore rules take out of the comparison.
    """
    a, b = pair.split("-")
    entries = compare(read(story, int(a[1:])), read(story, int(b[1:]))).to_dict()["alignment"]
    assert links_of(entries) == {tuple(x) for x in truth["links"]}
    assert numbers(entries, "added", "new") == truth["added"]
    assert numbers(entries, "removed", "old") == truth["removed"]


def test_retypeset_paragraph_compares_unchanged():
    """belgorod v3 re-typesets ¶13 (v2 ¶11) with curly quotes and an en dash: not a change."""
    old, new = parse_version(read("belgorod", 2)), parse_version(read("belgorod", 3))
    assert old.paragraphs[10] != new.paragraphs[12]
    entry = next(e for e in align(old.paragraphs, new.paragraphs) if e.new == (13,))
    assert (entry.op, entry.old) == ("unchanged", (11,))


def test_fixtures_are_what_build_py_writes(tmp_path, monkeypatch):
    """The committed texts, expected.json and lineage.json are exactly the construction's output."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("fixture_build", FIXTURES / "build.py")
    build = importlib.util.module_from_spec(spec)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # no __pycache__ inside fixtures/
    monkeypatch.setitem(sys.modules, "fixture_build", build)  # dataclasses look their module up there
    spec.loader.exec_module(build)
    monkeypatch.setattr(build, "HERE", tmp_path)
    for name, make in build.STORIES.items():
        build.write(name, make())
        for f in sorted((tmp_path / name).iterdir()):
            assert f.read_bytes() == (FIXTURES / name / f.name).read_bytes(), f"{name}/{f.name}"
