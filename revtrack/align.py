"""Paragraph alignment: which paragraphs of the old version became which of the new.

Pure functions, no I/O.  :func:`align` takes two lists of paragraph texts (or
sentences) and returns a list of :class:`Entry`, each one of

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

How it works, in six passes (each cheap, none quadratic on big inputs):

1. **Anchors.**  Paragraphs whose normalised text occurs exactly once on each
   side are paired outright; they need no similarity at all.  Their increasing
   chain cuts the story into gaps, and inside a gap repeated identical
   paragraphs (boilerplate) pair up in order.
2. **Candidates.**  The remaining paragraphs are compared on word tokens with
   rapidfuzz (one LCS per pair gives both a ratio and a containment).  Small
   inputs compare every pair; big ones only pairs near their expected place
   between the anchors or sharing rare words (an inverted index), so 5,000
   paragraphs stay fast.  Where paragraph similarity is ambiguous, sentence
   evidence lifts it: sentences of one closely matching sentences of the other.
3. **Order.**  The heaviest chain of pairs increasing in both old and new
   position (a monotone alignment, found in O(P log P) with a Fenwick tree) is
   the story's backbone: its pairs are ``unchanged`` or ``changed``.
4. **Moves.**  Paragraphs left over on both sides are matched one-to-one, best
   pairs first, under a stricter bar: such a pair is ``moved``.
5. **Splits and merges.**  A leftover paragraph whose words (or one of whose
   sentences) clearly come from a neighbouring entry, and add coverage of its
   text, joins that entry: one old and several new is ``split``, several old
   and one new ``merged``.
6. **Rewrites in place.**  An old and a new leftover in the same slot of the
   backbone pair up (``changed``) at a lower similarity than anywhere else,
   or lower still when a sentence of one survives nearly verbatim in
   the other.  What is still left pairs within its slot when each is the
   other's best match on shared content words (a paragraph recast in new
   word order keeps its facts' vocabulary).

Finally every one-to-one pair off the heaviest increasing chain is ``moved``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz.distance import LCSseq

from .text import normalize, split_sentences

__all__ = ["Entry", "OPS", "align", "similarity", "order_entries"]

OPS = ("unchanged", "changed", "moved", "split", "merged", "added", "removed")


@dataclass(frozen=True)
class Entry:
    op: str
    old: tuple[int, ...]
    new: tuple[int, ...]
    similarity: float
    edited: bool | None = None
    # Set by revtrack.comparison, never by align(): every unit of the entry is text the
    # ignore rules match wholly (a sign-off, a timestamp), so it is furniture, not news.
    ignored: bool = False

    def to_dict(self) -> dict:
        d = {"op": self.op, "old": list(self.old), "new": list(self.new), "similarity": round(self.similarity, 4)}
        if self.op == "moved":
            d["edited"] = bool(self.edited)
        if self.ignored:
            d["ignored"] = True
        return d


# --- tuned constants ----------------------------------------------------------
# Figures: benchmarks/accuracy.py on ../shared/eval/argrewrite-dev,
# ../shared/eval/news-synth-dev and benchmarks/synth_wire.py cases (README,
# Accuracy).  Chosen as round values on a plateau, not the last decimal.

# Figures quoted below: argrewrite-dev (AR), news-synth-dev (NS), synth_wire
# --seed 7 / --seed 11 (SW7 / SW11), via benchmarks/accuracy.py.
#
# An in-order pair of paragraphs is "the same paragraph, edited" when its score
# (mean of token ratio and containment) reaches this.  0.3 to 0.5 give the same
# figures on AR, NS and SW7 (the gap rule below does the fine work).
LINK_THRESHOLD = 0.35
# Inside a gap of the backbone (same slot between two kept paragraphs) less will
# do.  0.2 / 0.25 / 0.3: AR removed F1 0.698 / 0.735 / 0.679, SW11 removed F1
# 0.979 / 0.979 / 0.989, NS unchanged.  Essays rewrite in place, wire copy cuts
# and inserts: the middle value serves both.
GAP_THRESHOLD = 0.25
# Pairs below this are never looked at again (0.1 and 0.2 give the same figures).
CANDIDATE_FLOOR = 0.15
# An out-of-order pair needs more: moves are rarer than edits in wire updates,
# and a wrong move is a louder error than a missed one.  0.6 / 0.7 / 0.8: moved
# F1 NS 0.990 / 0.990 / 0.968, SW7 0.989 / 1.000 / 0.995; AR link F1 0.971 / 0.973 / 0.973.
MOVE_THRESHOLD = 0.7
# A leftover paragraph joins a matched one (split/merge) when this share of its
# words appears, in order, in the other paragraph (0.5 same figures; 0.7 loses
# 0.009 NS removed F1).
ATTACH_CONTAINMENT = 0.6
# Two sentences are "the same sentence, edited" at this score (same measure as
# paragraphs).  0.5 gives the same figures; 0.65 / 0.7 lose AR link F1 (0.969 / 0.968).
SENTENCE_MATCH = 0.6
# Sentences count as evidence only with at least this many words (short ones
# such as "He said." match by chance); 3 gives the same figures, 8 loses 0.002 AR link F1.
SENTENCE_MIN_TOKENS = 5
# A leftover joins a paragraph that is not next to it only on a near-verbatim
# sentence: 0.8 gains 0.015 AR removed F1 but loses 0.022 SW11 removed F1;
# requiring identity loses 0.018 NS removed F1.
FAR_SENTENCE_MATCH = 0.9
# An old and a new leftover in the same slot of the backbone, below the gap bar,
# still pair up when a sentence survives nearly verbatim (the rest rewritten
# around it).  0.8 and 0.9 give the same figures (AR removed F1 0.735 -> 0.750,
# added 0.810 -> 0.819); 0.6 gains less (removed 0.739); NS, SW7, SW11 unchanged.
KEPT_SENTENCE = 0.9
# Leftovers in the same slot still unpaired after that pair up when each is the
# other's best match on content-word Jaccard (:func:`_slot_rewrites`) at this
# value.  0.10 / 0.12 / 0.13 / 0.14 / 0.15: AR removed F1 0.773 / 0.800 / 0.800
# / 0.783 / 0.783 (0.750 without the rule), added F1 0.835 / 0.850 / 0.850 /
# 0.840 / 0.840; NS, SW7, SW11 unchanged at every value (unrelated paragraphs
# put in the place of a cut one share under 0.09 of their content words there).
SLOT_CONTENT = 0.12
# ... and at least this many content words (two short paragraphs sharing one
# name are not evidence); 1-3 give the same figures.
SLOT_MIN_SHARED = 3
# Slots with more leftover pairs than this are skipped (speed; a slot that big
# is a rewrite of a whole section, where Jaccard pairing is guesswork anyway).
SLOT_PAIRS_LIMIT = 400
# English function words, left out of content-word sets.  Other languages keep
# theirs, minus words under three letters.
_FUNCTION_WORDS = frozenset(
    """about after also all and any are been before being both but can could did does each for from had has
    have her here his how into its may might more most must not now only other our out over said says she
    should since some such than that the their them then there these they this those through under until
    very was were what when where which while who whom why will with would you your""".split()
)
# Inputs with at most this many leftover pairs compare all of them; above it
# candidates come from anchor gaps and an inverted index (speed, not accuracy:
# 40,000 LCS calls on 40-word paragraphs take about 20 ms of CPU).
ALL_PAIRS_LIMIT = 40_000
# Sentence evidence is sought only for a paragraph's best few candidates (speed:
# it costs a sentence-by-sentence comparison; 1, 2, 3 and 6 give the same figures).
SENTENCE_CONTENDERS = 3
# Big inputs: new paragraphs compared with each old one around its expected place.
LOCAL_BAND = 25
# Candidates per paragraph from the inverted index on big inputs.
INDEX_CANDIDATES = 8


# --- tokens and similarity ------------------------------------------------------

# Scripts written without spaces between words: compare them character by character.
_NO_SPACE_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# The word pattern of text.tokens, applied here to text that is already normalised.
_WORD = re.compile(r"\w+(?:[.,'\u2019]\w+)*", re.U)


def _words(norm: str) -> list[str]:
    """Lower-cased word tokens of normalised text; no-space scripts by character."""
    words = _WORD.findall(norm.lower())
    if not norm.isascii() and _NO_SPACE_SCRIPT.search(norm):
        words = [c for w in words for c in (w if _NO_SPACE_SCRIPT.search(w) else [w])]
    return words


# ASCII text with none of these is already in normal form: normalize() would
# return it unchanged (NFKC and the quote/dash table leave such text alone).
# Checking is several times cheaper than normalising, and most wire copy is ASCII.
_NOT_NORMAL = re.compile(r"[`\t\n\r\x0b\x0c\x1c-\x1f]|  |--")


def _normalize(s: str) -> str:
    if s.isascii() and not _NOT_NORMAL.search(s) and not (s and (s[0] == " " or s[-1] == " ")):
        return s
    return normalize(s)


class _Encoder:
    """Maps word tokens to single code points so rapidfuzz can compare token sequences."""

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}

    def encode(self, words: list[str]) -> str:
        codes = self.codes
        out = []
        for w in words:
            c = codes.get(w)
            if c is None:
                # Past the last code point (over a million distinct words) codes
                # wrap around: a rare collision only blurs a similarity a little.
                c = codes[w] = chr(0x100 + len(codes) % (0x110000 - 0x100))
            out.append(c)
        return "".join(out)


def _score(lcs: int, la: int, lb: int) -> float:
    """Mean of the token ratio 2*LCS/(|a|+|b|) and containment LCS/min(|a|,|b|)."""
    if not la or not lb:
        return 1.0 if la == lb else 0.0
    return (2 * lcs / (la + lb) + lcs / min(la, lb)) / 2


def similarity(a: str, b: str) -> float:
    """Word-token similarity of two paragraphs in [0, 1] (the token ratio).

    >>> similarity("The cat sat on the mat.", "The cat sat on a mat.")
    0.8333...
    """
    enc = _Encoder()
    ca, cb = enc.encode(_words(normalize(a))), enc.encode(_words(normalize(b)))
    if not ca and not cb:
        return 1.0
    return 2 * LCSseq.similarity(ca, cb) / (len(ca) + len(cb))


class _Side:
    """One version's units: normalised text, token codes, sentence codes (lazy)."""

    def __init__(self, texts: Sequence[str], enc: _Encoder) -> None:
        self.texts = list(texts)
        self.norm = [_normalize(t) for t in texts]
        self.enc = enc
        self.codes: list[str | None] = [None] * len(texts)
        self._sents: dict[int, list[str]] = {}

    def code(self, i: int) -> str:
        c = self.codes[i]
        if c is None:
            c = self.codes[i] = self.enc.encode(_words(self.norm[i]))
        return c

    def sentences(self, i: int) -> list[str]:
        s = self._sents.get(i)
        if s is None:
            s = self._sents[i] = [c for c in (self.enc.encode(_words(x)) for x in split_sentences(self.norm[i])) if c]
        return s


def _sentence_similarity(a: str, b: str, lcs: int | None = None) -> float:
    """The paragraph score, on two sentences: a sentence that gained a clause still matches."""
    if lcs is None:
        lcs = LCSseq.similarity(a, b)
    return _score(lcs, len(a), len(b))


def _sentence_share(a: list[str], b: list[str]) -> int:
    """Words of ``a``'s sentences shared (in order) with a closely matching sentence of ``b``."""
    got = 0
    for sa in a:
        if len(sa) < SENTENCE_MIN_TOKENS:
            continue
        best = 0
        for sb in b:
            if len(sb) >= SENTENCE_MIN_TOKENS:
                lcs = LCSseq.similarity(sa, sb)
                if lcs > best and _sentence_similarity(sa, sb, lcs) >= SENTENCE_MATCH:
                    best = lcs
        got += best
    return got


# --- pass 3: the monotone backbone ----------------------------------------------


def _increasing_chain(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Pairs (old, new, weight) on a maximum-weight chain strictly increasing in both.

    O(P log P): pairs are visited by old index; a Fenwick tree over new indices
    holds the best chain ending below each new index.

    >>> _increasing_chain([(0, 1, 1.0), (1, 0, 2.0), (2, 2, 1.0), (1, 3, 0.5)])
    [(1, 0), (2, 2)]
    """
    if not pairs:
        return []
    pairs = sorted(pairs)
    cols = sorted({j for _i, j, _w in pairs})
    size = len(cols)
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)
    best: list[float] = [0.0] * len(pairs)
    back: list[int] = [-1] * len(pairs)
    k = 0
    while k < len(pairs):
        g = k
        while g < len(pairs) and pairs[g][0] == pairs[k][0]:
            g += 1
        for t in range(k, g):  # query: best chain ending at a column < this one
            _i, j, w = pairs[t]
            pos = bisect_left(cols, j)  # number of columns strictly below j
            b = (0.0, -1)
            while pos > 0:
                if tree[pos] > b:
                    b = tree[pos]
                pos -= pos & -pos
            best[t] = b[0] + w
            back[t] = b[1]
        for t in range(k, g):  # update after the whole row: old indices must increase strictly
            pos = bisect_left(cols, pairs[t][1]) + 1
            v = (best[t], t)
            while pos <= size:
                if v > tree[pos]:
                    tree[pos] = v
                pos += pos & -pos
        k = g
    t = max(range(len(pairs)), key=lambda x: (best[x], -x))
    chain = []
    while t >= 0:
        chain.append((pairs[t][0], pairs[t][1]))
        t = back[t]
    return chain[::-1]


# --- the aligner ------------------------------------------------------------------


def align(old: Sequence[str], new: Sequence[str]) -> list[Entry]:
    """Align two lists of paragraph texts (see the module docstring)."""
    enc = _Encoder()
    A, B = _Side(old, enc), _Side(new, enc)
    n, m = len(old), len(new)

    # 1. Anchors: text unique on both sides.  Their increasing chain cuts the
    # story into gaps; inside a gap, repeated identical paragraphs (boilerplate)
    # pair up in order, first with first.
    where_old: dict[str, list[int]] = defaultdict(list)
    where_new: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(A.norm):
        where_old[p].append(i)
    for j, p in enumerate(B.norm):
        where_new[p].append(j)
    score: dict[tuple[int, int], float] = {}
    for p, olds in where_old.items():
        news = where_new.get(p)
        if news and len(olds) == 1 and len(news) == 1:
            score[(olds[0], news[0])] = 1.0
    frame = _increasing_chain([(i, j, 1.0) for i, j in score])
    fo, fn = [i for i, _j in frame], [j for _i, j in frame]
    repeats: dict[tuple[int, str], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for p, olds in where_old.items():
        news = where_new.get(p)
        if news and (len(olds) > 1 or len(news) > 1):
            for i in olds:
                repeats[(bisect_left(fo, i), p)][0].append(i)
            for j in news:
                repeats[(bisect_left(fn, j), p)][1].append(j)
    for olds, news in repeats.values():
        for i, j in zip(olds, news):
            score[(i, j)] = 1.0
    exact_old = {i for i, _j in score}
    exact_new = {j for _i, j in score}
    rest_old = [i for i in range(n) if i not in exact_old]
    rest_new = [j for j in range(m) if j not in exact_new]

    # 2. Candidate pairs among the rest, then sentence evidence for the pairs
    # that are ambiguous and among the best few of their row or column.
    plain: dict[tuple[int, int], float] = {}
    for i, j in _candidates(A, B, rest_old, rest_new, sorted(score)):
        if A.norm[i] == B.norm[j]:
            score[(i, j)] = 1.0
            continue
        ca, cb = A.code(i), B.code(j)
        s = _score(LCSseq.similarity(ca, cb), len(ca), len(cb))
        if s >= CANDIDATE_FLOOR:
            plain[(i, j)] = s
    rows: dict[int, list] = defaultdict(list)
    cols: dict[int, list] = defaultdict(list)
    for (i, j), s in plain.items():
        rows[i].append((-s, j))
        cols[j].append((-s, i))
    contenders = {(i, j) for i, r in rows.items() for _s, j in sorted(r)[:SENTENCE_CONTENDERS]}
    contenders |= {(i, j) for j, c in cols.items() for _s, i in sorted(c)[:SENTENCE_CONTENDERS]}
    for (i, j), s in plain.items():
        score[(i, j)] = _with_sentences(A, B, i, j, s) if (i, j) in contenders else s

    # 3. The monotone backbone.  A pair is worth a little more than one so the
    # chain keeps as many paragraphs in order as it can, and similarity breaks ties.
    chain = _increasing_chain([(i, j, 0.5 + s) for (i, j), s in score.items() if s >= LINK_THRESHOLD])
    pair_of_old: dict[int, int] = dict(chain)
    pair_of_new: dict[int, int] = {j: i for i, j in chain}
    groups_old: dict[int, list[int]] = {i: [j] for i, j in chain}  # old -> its new paragraphs
    merged_into: dict[int, list[int]] = {}  # new -> its old paragraphs, when more than one
    near_old: dict[int, list[int]] = defaultdict(list)  # new -> old paragraphs it was scored against
    near_new: dict[int, list[int]] = defaultdict(list)
    for i, j in sorted(score):
        near_old[j].append(i)
        near_new[i].append(j)

    def pair(i: int, j: int) -> None:
        pair_of_old[i] = j
        pair_of_new[j] = i
        groups_old[i] = [j]

    def attach() -> None:
        """Splits and merges: a leftover joins the entry next to it (only other
        leftovers in between) when it adds coverage of that entry's text."""
        later, prev = _next_matched(pair_of_new, m), None
        for j in range(m):
            if j in pair_of_new:
                prev = j
            else:
                owners = {pair_of_new[k] for k in (prev, later[j]) if k is not None}
                owners = {i for i in owners if pair_of_old[i] not in merged_into}
                i = _source(B, A, j, sorted(owners), groups_old)
                if i is None:  # far away: only a near-verbatim sentence will do
                    far = sorted(k for k in near_old[j] if k in groups_old and k not in owners and pair_of_old[k] not in merged_into)
                    i = _source(B, A, j, far, groups_old, bar=FAR_SENTENCE_MATCH)
                if i is not None:
                    groups_old[i].append(j)
                    pair_of_new[j] = i
                    prev = j
        later, prev = _next_matched(pair_of_old, n), None
        for i in range(n):
            if i in pair_of_old:
                prev = i
            else:
                owners = {pair_of_old[k] for k in (prev, later[i]) if k is not None}
                owners = {j for j in owners if len(groups_old[pair_of_new[j]]) == 1}
                groups_new = {j: merged_into.get(j, [pair_of_new[j]]) for j in owners}
                j = _source(A, B, i, sorted(owners), groups_new)
                if j is None:
                    far = sorted(k for k in near_new[i] if k in pair_of_new and k not in owners and len(groups_old[pair_of_new[k]]) == 1)
                    groups_new.update({k: merged_into.get(k, [pair_of_new[k]]) for k in far})
                    j = _source(A, B, i, far, groups_new, bar=FAR_SENTENCE_MATCH)
                if j is not None:
                    merged_into.setdefault(j, [pair_of_new[j]]).append(i)
                    pair_of_old[i] = j
                    prev = i

    # 4. Moves: leftovers matched one-to-one, best pairs first.
    left = sorted((-s, i, j) for (i, j), s in score.items() if s >= MOVE_THRESHOLD and i not in pair_of_old and j not in pair_of_new)
    for _s, i, j in left:
        if i not in pair_of_old and j not in pair_of_new:
            pair(i, j)

    # 5. Splits and merges, before the weak in-place pairs below: a piece that
    # clearly came from a neighbour is better evidence than a low similarity.
    attach()

    # 6. Rewrites in place: what is left in the same slot of the backbone pairs up
    # at a lower bar.
    for i, j in _fill_gaps(A, B, chain, score, set(pair_of_old), set(pair_of_new)):
        pair(i, j)

    # 7. Entries.  Moves are the 1-1 pairs off the heaviest increasing chain of
    # all pairs (identical ones included), recomputed now that moves are known.
    ones = [(i, js[0]) for i, js in groups_old.items() if len(js) == 1 and js[0] not in merged_into]
    final_chain = set(_increasing_chain([(i, j, 0.5 + score.get((i, j), 0.0)) for i, j in ones]))
    entries: list[Entry] = []
    for i, j in ones:
        s = score.get((i, j), 0.0)
        if (i, j) not in final_chain:
            entries.append(Entry("moved", (i + 1,), (j + 1,), s, edited=A.norm[i] != B.norm[j]))
        elif A.norm[i] == B.norm[j]:
            entries.append(Entry("unchanged", (i + 1,), (j + 1,), 1.0))
        else:
            entries.append(Entry("changed", (i + 1,), (j + 1,), s))
    for i, js in groups_old.items():
        if len(js) > 1:
            js = sorted(js)
            entries.append(Entry("split", (i + 1,), tuple(j + 1 for j in js), _group_similarity(A, B, [i], js)))
    for j, is_ in merged_into.items():
        is_ = sorted(is_)
        entries.append(Entry("merged", tuple(i + 1 for i in is_), (j + 1,), _group_similarity(A, B, is_, [j])))
    entries += [Entry("added", (), (j + 1,), 0.0) for j in range(m) if j not in pair_of_new]
    entries += [Entry("removed", (i + 1,), (), 0.0) for i in range(n) if i not in pair_of_old]
    return order_entries(entries)


def _fill_gaps(A: _Side, B: _Side, chain: list[tuple[int, int]], score: dict, used_o: set[int], used_n: set[int]) -> list[tuple[int, int]]:
    """In-order pairs below the link bar that sit between the same backbone pairs.

    An old and a new paragraph in the same slot between two kept paragraphs
    are far more likely one paragraph rewritten than a cut plus an unrelated
    insert, so a weaker similarity suffices there; weaker still when one of
    their sentences survives nearly verbatim (:data:`KEPT_SENTENCE`).
    """
    bo = sorted(i for i, _j in chain)
    bn = sorted(j for _i, j in chain)
    inside = [
        (i, j, 0.5 + s)
        for (i, j), s in score.items()
        if s < LINK_THRESHOLD
        and i not in used_o
        and j not in used_n
        and bisect_left(bo, i) == bisect_left(bn, j)
        and (s >= GAP_THRESHOLD or _matched_sentences(A.sentences(i), B.sentences(j), KEPT_SENTENCE))
    ]
    filled = _increasing_chain(inside)
    return filled + _slot_rewrites(A, B, chain + filled, used_o, used_n)


def _content_words(text: str) -> set[str]:
    """Lower-cased words of three letters or more that are not English function words."""
    return {w for w in (x.lower() for x in _words(text)) if len(w) > 2 and w not in _FUNCTION_WORDS}


def _slot_rewrites(A: _Side, B: _Side, kept: list[tuple[int, int]], used_o: set[int], used_n: set[int]) -> list[tuple[int, int]]:
    """Leftovers in the same slot that share the most content words with each other.

    Essays (and some wire rewrites) recast a paragraph so thoroughly that word
    order, and so the LCS score, is at chance level (0.16-0.24 on 120-400 word
    paragraphs) while the vocabulary still gives them away.  An old and a new
    leftover between the same kept neighbours pair up when each is the other's
    best match in that slot on content-word Jaccard, the Jaccard reaches
    :data:`SLOT_CONTENT` and they share at least :data:`SLOT_MIN_SHARED` words.
    """
    bo = sorted(i for i, _j in kept)
    bn = sorted(j for _i, j in kept)
    taken_o = used_o | set(bo)
    taken_n = used_n | set(bn)
    slots: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in range(len(A.texts)):
        if i not in taken_o:
            slots[bisect_left(bo, i)][0].append(i)
    for j in range(len(B.texts)):
        if j not in taken_n:
            slots[bisect_left(bn, j)][1].append(j)
    out = []
    for olds, news in slots.values():
        if not olds or not news or len(olds) * len(news) > SLOT_PAIRS_LIMIT:
            continue
        wa = {i: _content_words(A.norm[i]) for i in olds}
        wb = {j: _content_words(B.norm[j]) for j in news}
        jac = {}
        for i in olds:
            for j in news:
                shared = len(wa[i] & wb[j])
                jac[(i, j)] = shared / len(wa[i] | wb[j]) if shared >= SLOT_MIN_SHARED else 0.0
        for (i, j), x in sorted(jac.items()):
            if (
                x >= SLOT_CONTENT
                and all(jac[(i, y)] < x for y in news if y != j)
                and all(jac[(y, j)] < x for y in olds if y != i)
            ):
                out.append((i, j))
    return out


def _with_sentences(A: _Side, B: _Side, i: int, j: int, s: float) -> float:
    """Raise an ambiguous paragraph score with sentence evidence.

    Paragraph-level LCS misses reordered sentences; the share of words in
    sentences that match one-to-one-ish across the pair sees them.
    """
    if s >= MOVE_THRESHOLD or s < CANDIDATE_FLOOR:
        return s
    sa, sb = A.sentences(i), B.sentences(j)
    if len(sa) < 2 and len(sb) < 2:
        return s
    la, lb = len(A.code(i)), len(B.code(j))
    got_a, got_b = _sentence_share(sa, sb), _sentence_share(sb, sa)
    if not got_a:
        return s
    ratio = (got_a + got_b) / (la + lb)
    return max(s, (ratio + max(got_a / la, got_b / lb)) / 2)


def _next_matched(matched: dict[int, int], size: int) -> list[int | None]:
    """For each position, the nearest matched position after it (None past the last).

    Scanning for neighbours one leftover at a time was quadratic in a long run of
    leftovers (a 10 MB file of repeated paragraphs took a minute); ``attach`` walks
    forward keeping the previous matched position itself, and positions after the
    current one do not change while it walks, so one backward pass serves.

    >>> _next_matched({1: 0, 4: 2}, 6)
    [1, 4, 4, 4, None, None]
    """
    out: list[int | None] = [None] * size
    nxt = None
    for k in range(size - 1, -1, -1):
        out[k] = nxt
        if k in matched:
            nxt = k
    return out


def _matched_sentences(xs: list[str], ys: list[str], bar: float) -> set[int]:
    """Indices of sentences of ``ys`` that some sentence of ``xs`` matches at ``bar``."""
    out = set()
    for sx in xs:
        if len(sx) < SENTENCE_MIN_TOKENS:
            continue
        for k, sy in enumerate(ys):
            if len(sy) >= SENTENCE_MIN_TOKENS and _sentence_similarity(sx, sy) >= bar:
                out.add(k)
    return out


def _source(X: _Side, Y: _Side, x: int, owners: list[int], groups: dict[int, list[int]], bar: float = 0.0) -> int | None:
    """The owner (side Y) that leftover ``x`` (side X) is a piece of, if any.

    ``groups[y]`` lists the side-X units ``y`` already holds.  ``x`` must bring
    new coverage of ``y``: words of ``y`` (in order) that the group does not
    already account for, or a sentence of ``y`` that ``x`` matches closely and
    no sentence of the group does.  ``bar`` > 0 asks for sentence evidence at
    that ratio only (used for owners that are not next to ``x``).
    """
    best, arg = 0.0, None
    cx = X.code(x)
    if not cx:
        return None
    for y in owners:
        cy = Y.code(y)
        held = sorted(groups[y])
        share = 0.0
        if not bar:
            lcs = LCSseq.similarity(cx, cy)
            if lcs >= ATTACH_CONTAINMENT * len(cx):
                before = LCSseq.similarity("".join(X.code(k) for k in held), cy)
                after = LCSseq.similarity("".join(X.code(k) for k in sorted(held + [x])), cy)
                if after - before >= 0.5 * lcs:
                    share = lcs / len(cx)
        if not share:
            ys = Y.sentences(y)
            mine = _matched_sentences(X.sentences(x), ys, bar or SENTENCE_MATCH)
            if mine:
                theirs = _matched_sentences([c for k in held for c in X.sentences(k)], ys, SENTENCE_MATCH)
                fresh = mine - theirs
                share = sum(len(ys[k]) for k in fresh) / len(cx)
        if share > best:
            best, arg = share, y
    return arg


def _group_similarity(A: _Side, B: _Side, olds: list[int], news: list[int]) -> float:
    ca = "".join(A.code(i) for i in olds)
    cb = "".join(B.code(j) for j in news)
    if not ca and not cb:
        return 1.0
    return 2 * LCSseq.similarity(ca, cb) / (len(ca) + len(cb))


def _candidates(A: _Side, B: _Side, rest_old: list[int], rest_new: list[int], exact: list) -> list[tuple[int, int]]:
    """Pairs worth a similarity: all of them when few, else local and rare-word ones."""
    if len(rest_old) * len(rest_new) <= ALL_PAIRS_LIMIT:
        return [(i, j) for i in rest_old for j in rest_new]
    out: set[tuple[int, int]] = set()
    # Local: leftovers between the same exact pairs (an edit stays where it
    # was), in a band around the position expected from the gap's ends.
    frame = _increasing_chain([(i, j, 1.0) for i, j in exact])
    fo = [-1] + [i for i, _j in frame] + [len(A.texts)]
    fn = [-1] + [j for _i, j in frame] + [len(B.texts)]
    for i in rest_old:
        k = bisect_left(fo, i)
        o0, o1, n0, n1 = fo[k - 1], fo[k], fn[k - 1], fn[k]
        expect = n0 + (i - o0) * (n1 - n0) / (o1 - o0)
        a = bisect_left(rest_new, expect - LOCAL_BAND)
        b = bisect_left(rest_new, expect + LOCAL_BAND)
        for j in rest_new[a:b]:
            out.add((i, j))
    # Far: an inverted index on words rare among the leftovers (moves).
    postings: dict[str, list[int]] = defaultdict(list)
    for j in rest_new:
        for c in set(B.code(j)):
            postings[c].append(j)
    rare = max(4, int(len(rest_new) ** 0.5))
    for i in rest_old:
        hits: dict[int, int] = defaultdict(int)
        for c in set(A.code(i)):
            p = postings.get(c)
            if p and len(p) <= rare:
                for j in p:
                    hits[j] += 1
        for j in sorted(hits, key=lambda x: (-hits[x], x))[:INDEX_CANDIDATES]:
            out.add((i, j))
    return sorted(out)


def order_entries(entries: list[Entry]) -> list[Entry]:
    """Report order: by new position; a removed paragraph sits after its old predecessor.

    "After its old predecessor" means after the latest-placed entry holding any
    old paragraph numbered below it, so a report read top to bottom never shows
    a removed paragraph above text that came before it in the old version.
    """
    placed = sorted(((min(e.new), min(e.old) if e.old else 0), e) for e in entries if e.new)
    top_old = max((o for e in entries for o in e.old), default=0)
    rank_of_old = [-1] * (top_old + 2)  # old number -> rank of the entry that holds it
    for rank, (_key, e) in enumerate(placed):
        for o in e.old:
            rank_of_old[o] = rank
    before = [-1] * (top_old + 2)  # before[o] = latest rank among old numbers < o
    for o in range(1, top_old + 2):
        before[o] = max(before[o - 1], rank_of_old[o - 1])
    keyed = [((rank, 0, 0), e) for rank, (_key, e) in enumerate(placed)]
    for e in entries:
        if not e.new:
            o = min(e.old)
            keyed.append(((before[o], 1, o), e))
    keyed.sort(key=lambda k: k[0])
    return [e for _k, e in keyed]
