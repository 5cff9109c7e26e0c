"""Paragraph alignment: which paragraphs of the old version became which of the new.

Pure functions, no I/O.  :func:`align` takes two lists of paragraph texts and
returns a list of :class:`Entry`, each one of

``unchanged``  identical after normalisation, in order
``changed``    edited in place
``moved``      out of order with respect to the rest (``edited`` says if its text changed too)
``split``      one old paragraph became several new ones
``merged``     several old paragraphs became one new one
``added``      a new paragraph with no source
``removed``    an old paragraph with no successor

Every old paragraph number appears in exactly one entry, and so does every new
paragraph number.  Numbers are 1-based.

    >>> [e.op for e in align(["A cat sat.", "It rained."], ["Breaking news today.", "A cat sat.", "It rained."])]
    ['added', 'unchanged', 'unchanged']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz.distance import Indel

from .text import normalize, tokens

__all__ = ["Entry", "OPS", "align", "similarity"]

OPS = ("unchanged", "changed", "moved", "split", "merged", "added", "removed")


@dataclass(frozen=True)
class Entry:
    op: str
    old: tuple[int, ...]
    new: tuple[int, ...]
    similarity: float
    edited: bool | None = None

    def to_dict(self) -> dict:
        d = {"op": self.op, "old": list(self.old), "new": list(self.new), "similarity": round(self.similarity, 4)}
        if self.op == "moved":
            d["edited"] = bool(self.edited)
        return d


# A pair of paragraphs is "the same paragraph, edited" above this similarity.
# Measured on ../shared/eval (benchmarks/accuracy.py); see README, Accuracy.
LINK_THRESHOLD = 0.5


class _Encoder:
    """Maps word tokens to single code points so rapidfuzz can compare token sequences."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}

    def encode(self, words: list[str]) -> str:
        out = []
        for w in words:
            c = self.codes.get(w)
            if c is None:
                c = self.codes[w] = chr(0x100 + len(self.codes))
            out.append(c)
        return "".join(out)


def similarity(a: str, b: str) -> float:
    """Word-token similarity of two paragraphs in [0, 1].

    >>> similarity("The cat sat on the mat.", "The cat sat on a mat.")
    0.8333...
    """
    enc = _Encoder()
    return Indel.normalized_similarity(enc.encode(tokens(a)), enc.encode(tokens(b)))


def _increasing_chain(pairs: list[tuple[int, int, float]]) -> set[tuple[int, int]]:
    """Pairs (old, new, weight) on a maximum-weight chain increasing in both indices."""
    pairs = sorted(pairs, key=lambda p: (p[1], p[0]))
    best: list[float] = []
    back: list[int] = []
    for k, (i, _j, w) in enumerate(pairs):
        b, arg = 0.0, -1
        for m in range(k):
            if pairs[m][0] < i and best[m] > b:
                b, arg = best[m], m
        best.append(b + w)
        back.append(arg)
    if not pairs:
        return set()
    k = max(range(len(pairs)), key=lambda x: (best[x], -x))
    chain = set()
    while k >= 0:
        chain.add((pairs[k][0], pairs[k][1]))
        k = back[k]
    return chain


def align(old: Sequence[str], new: Sequence[str]) -> list[Entry]:
    """Align two lists of paragraph texts (see the module docstring)."""
    norm_old = [normalize(p) for p in old]
    norm_new = [normalize(p) for p in new]
    matched: dict[int, tuple[int, float]] = {}  # old index -> (new index, similarity)
    used_new: set[int] = set()

    # 1. Identical paragraphs, k-th occurrence to k-th occurrence.
    where: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(norm_old):
        where[p].append(i)
    for j, p in enumerate(norm_new):
        if where.get(p):
            i = where[p].pop(0)
            matched[i] = (j, 1.0)
            used_new.add(j)

    # 2. Edited paragraphs: best pairs first, one-to-one.
    enc = _Encoder()
    rest_old = [i for i in range(len(old)) if i not in matched]
    rest_new = [j for j in range(len(new)) if j not in used_new]
    code_old = {i: enc.encode(tokens(old[i])) for i in rest_old}
    code_new = {j: enc.encode(tokens(new[j])) for j in rest_new}
    cands = []
    for i in rest_old:
        for j in rest_new:
            s = Indel.normalized_similarity(code_old[i], code_new[j])
            if s >= LINK_THRESHOLD:
                cands.append((-s, abs(i - j), i, j))
    cands.sort()
    for neg_s, _d, i, j in cands:
        if i not in matched and j not in used_new:
            matched[i] = (j, -neg_s)
            used_new.add(j)

    # 3. Order: pairs off the heaviest increasing chain are moves.
    chain = _increasing_chain([(i, j, 1.0 + s) for i, (j, s) in matched.items()])
    entries: list[Entry] = []
    for i, (j, s) in matched.items():
        if (i, j) not in chain:
            entries.append(Entry("moved", (i + 1,), (j + 1,), s, edited=norm_old[i] != norm_new[j]))
        elif norm_old[i] == norm_new[j]:
            entries.append(Entry("unchanged", (i + 1,), (j + 1,), 1.0))
        else:
            entries.append(Entry("changed", (i + 1,), (j + 1,), s))
    entries += [Entry("added", (), (j + 1,), 0.0) for j in range(len(new)) if j not in used_new]
    entries += [Entry("removed", (i + 1,), (), 0.0) for i in range(len(old)) if i not in matched]
    return order_entries(entries)


def order_entries(entries: list[Entry]) -> list[Entry]:
    """Report order: by new position; a removed paragraph sits after its old predecessor."""
    placed = sorted((min(e.new), min(e.old) if e.old else 0, e) for e in entries if e.new)
    old_pos = {}  # old number -> rank of the entry that holds it
    for rank, (_n, _o, e) in enumerate(placed):
        for o in e.old:
            old_pos[o] = rank
    keyed = [((rank, 0, 0), e) for rank, (_n, _o, e) in enumerate(placed)]
    for e in entries:
        if not e.new:
            o = min(e.old)
            prev = max((old_pos[p] for p in range(1, o) if p in old_pos), default=-1)
            keyed.append(((prev, 1, o), e))
    keyed.sort(key=lambda k: k[0])
    return [e for _k, e in keyed]
