"""How much a change matters: ``cosmetic``, ``minor`` or ``substantive``.

One definition, used by every report and by the update-note checker:

``cosmetic``     whitespace, typography, punctuation, letter case, a spelling fix
``minor``        rewording that changes no fact
``substantive``  a number, date, name, quotation, negation or attribution added,
                 removed or changed; an added or removed paragraph that is not
                 boilerplate

:func:`classify` returns the level and the reasons that decided it::

    >>> classify("changed", "Police said 21,600 fled.", "Police said 21,000 fled.")
    ('substantive', ['number: 21,600 -> 21,000'])
    >>> classify("changed", "He said it was \u201cfine\u201d.", 'He said it was "fine".')
    ('cosmetic', ['typography'])
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import Levenshtein

from .text import normalize, tokens

__all__ = ["LEVELS", "classify", "rank", "is_boilerplate"]

LEVELS = ("none", "cosmetic", "minor", "substantive")


def rank(level: str) -> int:
    return LEVELS.index(level)


_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday yesterday today tomorrow"
).split()
_NEGATIONS = {"not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "without", "n't", "denied", "denies", "deny"}
_ATTRIBUTION = {"said", "says", "told", "according", "stated", "claimed", "claims", "reported", "announced", "added", "insisted", "confirmed", "denied"}
_NUMBER_WORDS = set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion billions trillion dozen dozens half quarter first second "
    "third fourth fifth".split()
)
_BOILERPLATE = re.compile(
    r"^\s*\(?\s*(?:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by|"
    r"our standards:|click here|read more|share this|follow us|sign up|updated\s+\d+\s+\w+\s+ago)",
    re.I,
)
_QUOTE = re.compile(r'"([^"]{3,})"')


def is_boilerplate(text: str) -> bool:
    """Sign-offs, credits and page furniture that carry no news."""
    return bool(_BOILERPLATE.match(normalize(text)))


def _numbers(words: list[str]) -> Counter:
    return Counter(w for w in words if any(c.isdigit() for c in w) or w in _NUMBER_WORDS)


def _names(text: str) -> Counter:
    """Capitalised words that do not start a sentence: people, places, bodies."""
    out: Counter = Counter()
    for m in re.finditer(r"(?<![.!?\"]\s)(?<!^)\b([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)", normalize(text)):
        out[m.group(1)] += 1
    return out


def _multiset_change(kind: str, old: Counter, new: Counter, reasons: list[str]) -> None:
    gone, came = old - new, new - old
    if gone or came:
        a = ", ".join(sorted(gone.elements())) or "-"
        b = ", ".join(sorted(came.elements())) or "-"
        reasons.append(f"{kind}: {a} -> {b}")


def classify(op: str, old: str | None, new: str | None) -> tuple[str, list[str]]:
    """Severity level and reasons for one alignment entry's texts."""
    if op == "unchanged":
        return "none", []
    if op in ("added", "removed"):
        text = new if op == "added" else old
        if text is None or is_boilerplate(text):
            return "cosmetic", ["boilerplate"]
        return "substantive", [f"paragraph {op}"]
    old, new = old or "", new or ""
    if old == new:
        return ("cosmetic", ["position"]) if op == "moved" else ("none", [])
    n_old, n_new = normalize(old), normalize(new)
    if n_old == n_new:
        return "cosmetic", ["typography" if old.split() != new.split() else "whitespace"]
    w_old, w_new = tokens(old), tokens(new)
    if w_old == w_new:
        if n_old.lower() == n_new.lower() and n_old != n_new:
            return "cosmetic", ["case"]
        return "cosmetic", ["punctuation"]
    reasons: list[str] = []
    _multiset_change("number", _numbers(w_old), _numbers(w_new), reasons)
    _multiset_change("date", Counter(w for w in w_old if w in _MONTHS), Counter(w for w in w_new if w in _MONTHS), reasons)
    neg_old = Counter(w for w in w_old if w in _NEGATIONS or w.endswith("n't"))
    neg_new = Counter(w for w in w_new if w in _NEGATIONS or w.endswith("n't"))
    _multiset_change("negation", neg_old, neg_new, reasons)
    _multiset_change("attribution", Counter(w for w in w_old if w in _ATTRIBUTION), Counter(w for w in w_new if w in _ATTRIBUTION), reasons)
    q_old, q_new = Counter(tokens(" | ".join(_QUOTE.findall(n_old)))), Counter(tokens(" | ".join(_QUOTE.findall(n_new))))
    if q_old != q_new:
        reasons.append("quotation changed")
    names_old, names_new = _names(old), _names(new)
    if names_old != names_new and not _only_spelling(w_old, w_new):
        _multiset_change("name", names_old, names_new, reasons)
    if reasons:
        return "substantive", reasons
    if _only_spelling(w_old, w_new):
        return "cosmetic", ["spelling"]
    return "minor", ["rewording"]


def _only_spelling(a: list[str], b: list[str]) -> bool:
    """Same number of words and every differing word is a small typo fix."""
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b) if x != y]
    return bool(diffs) and all(
        not any(c.isdigit() for c in x + y) and Levenshtein.distance(x, y) <= max(1, min(len(x), len(y)) // 4) for x, y in diffs
    )
