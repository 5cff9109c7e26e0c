"""Ignore rules: regexes for page furniture that should not count as a change.

A wire story re-filed every few minutes drags noise along with it: a web
timestamp (``Updated 5 minutes ago``), sign-off and editing credits
(``(Reporting by ...; Editing by ...)``), ``Click here to read more``, share
prompts.  An ignore rule is a regular expression; every span of a paragraph it
matches is taken out of the text used for *matching and classifying*.  Stored
text never changes and reports still print the original words.

Two consequences follow, and both are counted, never silent:

* a paragraph that differs only inside ignored spans is ``unchanged``;
* a paragraph made wholly of ignored text (no word left once the spans are
  out) is ignored entirely: it is not aligned, so it is never reported as
  added or removed, and :class:`Masked` lists it.

    >>> rules = compile_rules(["Updated \\\\d+ minutes ago"], default_rules=False)
    >>> m = mask_units(["Updated 5 minutes ago", "Police said 3 died. Updated 5 minutes ago"], rules)
    >>> m.texts
    ['', 'Police said 3 died.']
    >>> m.wholly_ignored, m.spans
    ([1], 2)

Rules are checked before use (:func:`compile_rule`): one that does not
compile, that can match the empty string (``^``, ``\\b``, ``x*``), or that
would wipe out ordinary news paragraphs (``.*``, ``.+``, ``\\w+``) is refused
with a one-line :class:`~revtrack.errors.RevtrackError`.

A :class:`Rule` carries ``story``, ``why`` and ``id`` so that rules stored in
the database (global, or for one story) are the same objects as the built-in
defaults and the one-off ``--ignore`` rules of ``revtrack diff``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .errors import RevtrackError

__all__ = [
    "DEFAULT_RULES",
    "Masked",
    "Rule",
    "RuleError",
    "compile_rule",
    "compile_rules",
    "is_furniture",
    "mask",
    "mask_units",
]


class RuleError(RevtrackError, ValueError):
    """An ignore rule that cannot be used (bad regex, or far too broad)."""


@dataclass(frozen=True)
class Rule:
    """One ignore rule. ``story`` is None for a global rule; ``id`` is set once stored."""

    pattern: str
    story: str | None = None
    why: str | None = None
    id: int | None = None
    default: bool = False
    regex: re.Pattern = field(default=None, compare=False, repr=False)  # type: ignore[assignment]
    added_at: str | None = field(default=None, compare=False)
    added_by: str | None = field(default=None, compare=False)

    def to_dict(self) -> dict:
        d = {"pattern": self.pattern, "why": self.why, "default": self.default}
        if self.story is not None:
            d["story"] = self.story
        if self.id is not None:
            d["id"] = self.id
        if self.added_at is not None:
            d["added_at"], d["added_by"] = self.added_at, self.added_by
        return d


# Built-in rules for wire and web furniture.  Each is anchored so that it
# cannot eat news text: credits and prompts only count when they open a
# paragraph (optionally inside the parenthesis wire desks put them in), and a
# web timestamp needs its "ago" or a clock time.  They are listed in the README.
#
# The third item of each entry lists the rule's *needles*: lower-case words at
# least one of which any match of the rule must contain (read off the pattern).
# mask() looks for them with ``in`` on the lower-cased paragraph and skips the
# rule when none is there: most paragraphs hold no furniture, and running all
# the regexes over every paragraph was three quarters of mask()'s cost
# (benchmarks/speed.py, 40-paragraph pair: 3.1 ms for 81 paragraphs).
_DEFAULTS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        r"(?i)^\s*\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|graphics|photos?)\s+by\b[^()]*\)\s*$",
        "sign-off and editing credits in parentheses ((Reporting by ...; Editing by ...))",
        ("reporting", "writing", "editing", "compiled", "research", "graphics", "photo"),
    ),
    (
        r"(?i)^\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s+[^.!?]{0,200}?"
        r"(?:;|\s(?:writing|editing)\s+by\b)[^.!?]*\.?\s*$",
        "sign-off line with several credits (Reporting by ...; Editing by ...)",
        ("reporting", "writing", "editing", "compiled"),
    ),
    (
        r"^\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by)\s+[A-Z][\w'.-]*"
        r"(?:(?:\s+|\s*,\s*|\s+and\s+|\s+in\s+)[A-Z][\w'.-]*)*\.?\s*$",
        "single credit line (Editing by Jane Doe)",
        ("reporting", "writing", "editing", "compiled"),
    ),
    (
        r"(?i)^[^.!?]{0,200}\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b.*$",
        "contributor credit (... contributed to this report)",
        ("contributed",),
    ),
    (
        r"(?i)\b(?:last\s+)?(?:updated|posted|published)\s*:?\s+(?:\d+|an?|one)\s+"
        r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b\.?",
        "web timestamp (Updated 5 minutes ago)",
        ("updated", "posted", "published"),
    ),
    (
        r"(?i)^\s*(?:last\s+)?(?:updated|posted|published)\s*:?\s+[\w ,./]{0,40}?\b\d{1,2}[:.]\d{2}"
        r"(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}|\s+[+-]\d{2}:?\d{2})?"
        r"(?:,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)?)?\s*$",
        "web timestamp line (Updated June 4, 2023 10:15 AM EDT; Last updated: 14:32 BST, Tuesday)",
        ("updated", "posted", "published"),
    ),
    (r"(?i)\bclick\s+here\b[^.!?\n]*[.!?]?", "click prompt (Click here to read more)", ("click",)),
    (r"(?i)^\s*(?:read|see)\s+more\s*(?::.*|\.{0,3}|\s+(?:here|stories|on this)\b.*)$", "read-more link", ("more",)),
    (
        r"(?i)^(?:\s*(?:share(?:\s+this(?:\s+(?:article|story|page))?)?(?:\s+(?:on|via))?|tweet|e-?mail|print|copy\s+link|"
        r"facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|social(?:\s+(?:media|networks?))?)\b"
        r"[\s|\u00b7\u2022/,:.!]*)+$",
        "share prompt (Share this article, Facebook, Twitter, Email)",
        ("share", "tweet", "mail", "print", "copy", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "pinterest",
         "telegram", "messenger", "social"),
    ),
    (r"(?i)^\s*follow\s+(?:us|@\w+)\s+on\s+\w+.*$", "follow prompt (Follow us on Twitter)", ("follow",)),
    (r"(?i)^\s*sign\s+up\b.*\bnewsletters?\b.*$", "newsletter prompt (Sign up for our newsletter)", ("newsletter",)),
    (
        r"(?i)^\s*our\s+standards\s*:.*trust\s+principles\.?\s*$",
        "Reuters standards line (Our Standards: The Thomson Reuters Trust Principles.)",
        ("standards",),
    ),
    (r"(?i)^\s*\d+\s*min(?:ute)?s?\s+read\s*$", "reading time (4 min read)", ("read",)),
    (r"(?i)^\s*advertisement\s*$", "advertisement label (Advertisement)", ("advertisement",)),
    (
        r"(?i)^\s*related\s+(?:coverage|stories|articles?|content|news|reading|topics)\s*:.*$",
        "related-links label (Related coverage: ...)",
        ("related",),
    ),
]

# Ordinary news paragraphs a rule must leave mostly standing.  A rule that
# removes most of their words would swallow whole paragraphs of any story.
_PROBES = [
    "The governor said 21,600 people had fled the region since Monday.",
    "Police in Belgorod told reporters that three drones were shot down overnight.",
    '"We will not give up," Zelenskiy said in a video address on Sunday evening.',
    "Shares of the company fell 4.5% in early trading after it cut its forecast.",
    "It was not immediately clear who was behind the attack, which damaged a power line.",
    "The European Union agreed on Tuesday to extend sanctions for another six months.",
    "Rescue workers were still searching for survivors, according to the emergencies ministry.",
    "Inflation slowed to 3.2% in October from 3.7% in September, official data showed.",
]
# Share of the probes' words a rule may remove.  The widest built-in default
# removes none of them; ``\w+`` or ``.+`` remove all.  Half leaves room for
# broad but sane user rules (``\(Reuters\)``, ``\bBREAKING\b``).
_MAX_PROBE_SHARE = 0.5
_WORDS = re.compile(r"\w+")


def compile_rule(pattern: str, *, story: str | None = None, why: str | None = None, id: int | None = None,
                 default: bool = False) -> Rule:
    """Validate and compile one rule; :class:`RuleError` with a one-line reason if unusable.

    >>> compile_rule("Editing by .*").regex.pattern
    'Editing by .*'
    >>> compile_rule("(unclosed")
    Traceback (most recent call last):
    ...
    revtrack.rules.RuleError: ignore rule '(unclosed': not a valid regular expression (missing ), unterminated subpattern at position 0)
    >>> compile_rule(".+")
    Traceback (most recent call last):
    ...
    revtrack.rules.RuleError: ignore rule '.+': too broad, it would ignore 100% of the words of ordinary news paragraphs
    """
    if not pattern or not pattern.strip():
        raise RuleError("ignore rule is empty")
    try:
        regex = re.compile(pattern, re.M)
    except re.error as exc:
        raise RuleError(f"ignore rule {pattern!r}: not a valid regular expression ({exc})") from None
    if regex.search("") is not None or any(m.start() == m.end() for p in _PROBES for m in regex.finditer(p)):
        raise RuleError(f"ignore rule {pattern!r}: it can match empty text (like ^, $, \\b or x*), so it would match every paragraph")
    total = removed = 0
    for probe in _PROBES:
        n = len(_WORDS.findall(probe))
        total += n
        removed += n - len(_WORDS.findall(regex.sub(" ", probe)))
    if removed / total > _MAX_PROBE_SHARE:
        raise RuleError(
            f"ignore rule {pattern!r}: too broad, it would ignore {removed / total:.0%} of the words of ordinary news paragraphs"
        )
    return Rule(pattern=pattern, story=story, why=why, id=id, default=default, regex=regex)


# Compiled without compile_rule()'s probing, which would double the cost of
# importing this module (3 ms more at every start); tests/test_speed_caches.py
# checks that compile_rule() accepts every one of them.
DEFAULT_RULES: tuple[Rule, ...] = tuple(
    Rule(pattern=p, why=w, default=True, regex=re.compile(p, re.M)) for p, w, _ in _DEFAULTS
)

# Needles by pattern, so a stored or ``--ignore`` rule spelled exactly like a
# default gets them too (same pattern, same flags, same matches).
_NEEDLES: dict[str, tuple[str, ...]] = {p: n for p, _, n in _DEFAULTS}

# The only letters that case-insensitive matching folds onto an ASCII letter
# while ``str.lower()`` does not (dotted capital I, dotless i, long s; checked
# over every code point).  A paragraph holding one is masked without needles.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f]")


def compile_rules(patterns=(), *, default_rules: bool = True) -> list[Rule]:
    """Built-in defaults (unless ``default_rules=False``) plus ``patterns`` (strings or :class:`Rule`)."""
    out = list(DEFAULT_RULES) if default_rules else []
    seen = {r.pattern for r in out}
    for p in patterns:
        rule = p if isinstance(p, Rule) and p.regex is not None else (
            compile_rule(p.pattern, story=p.story, why=p.why, id=p.id) if isinstance(p, Rule) else compile_rule(p)
        )
        if rule.pattern not in seen:
            seen.add(rule.pattern)
            out.append(rule)
    return out


def mask(text: str, rules) -> tuple[str, list[tuple[int, int, Rule]]]:
    """``text`` with every span the rules match taken out, and the spans (start, end, rule).

    Spans are found on the original text, rule by rule, and merged where they
    overlap, so two rules matching the same words count once.

    >>> mask("(Reporting by Ann Lee; Editing by Bo Chan)", DEFAULT_RULES)[0]
    ''
    """
    return _mask_in(text, rule_set(rules))


class RuleSet:
    """One list of rules, interned: equal lists give the same object, so it is a cheap cache key."""

    __slots__ = ("rules", "needles", "__weakref__")

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        self.needles = tuple(_NEEDLES.get(r.pattern) for r in rules)


# Distinct rule lists met in this process: the defaults, plus one per set of
# stored or --ignore rules; a handful in practice, bounded in case of a flood.
_RULE_SETS: dict[tuple[Rule, ...], RuleSet] = {}
_MAX_RULE_SETS = 256


def rule_set(rules) -> RuleSet:
    """The interned :class:`RuleSet` for ``rules`` (a list or tuple of :class:`Rule`)."""
    if isinstance(rules, RuleSet):
        return rules
    global _last_tuple
    last = _last_tuple  # one read: another thread may replace it meanwhile
    if rules is last[0]:  # DEFAULT_RULES, again and again (is_furniture): skip hashing 13 rules
        return last[1]
    key = tuple(rules)
    rs = _RULE_SETS.get(key)
    if rs is None:
        if len(_RULE_SETS) >= _MAX_RULE_SETS:
            _RULE_SETS.clear()
            _mask_cached.cache_clear()  # its keys hold the old sets; new ones would never hit them
        rs = _RULE_SETS[key] = RuleSet(key)
    if isinstance(rules, tuple):  # immutable, so the same object always means the same rules
        _last_tuple = (rules, rs)
    return rs


_last_tuple: tuple = (None, None)


# (paragraph, rule set) results remembered: consecutive versions of a story
# share most paragraphs, and each paragraph is masked again as the old side of
# the next comparison -- 87% of calls repeated on 1,000 versions of the bulk
# benchmark corpus (benchmarks/bulk_import.py).  ~200 stories live at once x
# ~22 paragraphs there, which fits several times over; a few MB of text.
MASK_CACHE_SIZE = 16_384
# Longer texts are masked afresh: a cache of them would hold megabytes for no gain.
CACHE_MAX_CHARS = 4_000


def _mask_in(text: str, rs: RuleSet) -> tuple[str, list[tuple[int, int, Rule]]]:
    if len(text) > CACHE_MAX_CHARS:
        return _mask_uncached(text, rs)
    out, spans = _mask_cached(text, rs)
    return out, list(spans)


def _mask_uncached(text: str, rs: RuleSet) -> tuple[str, list[tuple[int, int, Rule]]]:
    lower = text.lower() if text.isascii() or not _ODD_FOLDS.search(text) else None
    spans: list[tuple[int, int, Rule]] = []
    for rule, needles in zip(rs.rules, rs.needles):
        if needles is not None and lower is not None and not any(n in lower for n in needles):
            continue  # none of the words every match of this rule contains
        for m in rule.regex.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), rule))
    if not spans:
        return text, []
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged: list[tuple[int, int, Rule]] = []
    for s in spans:
        if merged and s[0] < merged[-1][1]:
            if s[1] > merged[-1][1]:
                merged[-1] = (merged[-1][0], s[1], merged[-1][2])
            continue
        merged.append(s)
    pieces, pos = [], 0
    for start, end, _ in merged:
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    out = " ".join(p.strip() for p in pieces if p.strip())
    if not _WORDS.search(out):
        out = ""  # only brackets or punctuation left: the paragraph was all furniture
    return out, merged


@functools.lru_cache(maxsize=MASK_CACHE_SIZE)
def _mask_cached(text: str, rs: RuleSet) -> tuple[str, tuple[tuple[int, int, Rule], ...]]:
    out, spans = _mask_uncached(text, rs)
    return out, tuple(spans)


def clear_caches() -> None:
    """Forget remembered masks (benchmarks time cold runs with it)."""
    _mask_cached.cache_clear()


@dataclass
class Masked:
    """The result of masking a list of units (paragraphs or sentences)."""

    texts: list[str]  # masked text per unit; "" for a wholly ignored unit
    wholly_ignored: list[int]  # 1-based numbers of wholly ignored units
    spans: int  # spans taken out, wholly ignored units included
    by_rule: dict[str, int]  # pattern -> spans
    rule_of: dict[int, str]  # wholly ignored unit number -> pattern of its first span


def mask_units(units: list[str], rules) -> Masked:
    texts, wholly, by_rule, rule_of, n = [], [], {}, {}, 0
    rs = rule_set(rules)
    for i, u in enumerate(units, 1):
        t, spans = _mask_in(u, rs)
        texts.append(t)
        n += len(spans)
        for _, _, r in spans:
            by_rule[r.pattern] = by_rule.get(r.pattern, 0) + 1
        if spans and not t:
            wholly.append(i)
            rule_of[i] = spans[0][2].pattern
    return Masked(texts, wholly, n, by_rule, rule_of)


def is_furniture(text: str) -> bool:
    """True if the built-in rules leave nothing of ``text`` (a credit line, a share prompt, ...).

    >>> is_furniture("Updated 12 minutes ago"), is_furniture("The toll rose to 12.")
    (True, False)
    """
    return mask(text, DEFAULT_RULES)[0] == "" and bool(text.strip())
