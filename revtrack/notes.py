"""Update notes: parse what a desk says changed, check it, draft an honest one.

Wire desks announce every update in a note in the story's header::

    (Adds Russian defence ministry, paragraphs 2, 19)
    (Updates with casualty toll in paragraph 4)
    (Changes headline, adds details throughout)
    (Refiles to fix typo in paragraph 7)
    UPDATES: With governor's comments
    This story has been corrected to fix the spelling of Gladkov in paragraph 3

This module turns such a note into :class:`Claim` objects (:func:`parse_note`),
checks the claims against a :class:`~revtrack.comparison.Comparison` of the
version and its predecessor (:func:`check_note`), and writes a note from the
comparison itself (:func:`draft_note`).  It is pure: no I/O, no database.

    >>> note = parse_note("(Adds Russian defence ministry, paragraphs 2, 19)")
    >>> [(c.action, c.subject, c.paragraphs) for c in note.claims]
    [('adds', 'Russian defence ministry', [2, 19])]

Numbering, the wire convention: paragraph numbers in a note count the paragraphs
of the *new* version (the one carrying the note), except that a removal names
the paragraph's number in the *old* version, since it no longer exists in the
new one.  The header line (date, note, a dateline standing alone) is not a
paragraph; a dateline that begins the first paragraph is part of paragraph 1.

Severity is never decided here: every change carries the ``severity`` and
``reasons`` that :mod:`revtrack.severity` gave it, and a typo-fix claim never
covers a change that this one definition calls ``substantive``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import Version, normalize, tokens

__all__ = [
    "ACTIONS",
    "SCOPES",
    "Claim",
    "UpdateNote",
    "ClaimResult",
    "NoteCheck",
    "parse_note",
    "check_note",
    "draft_note",
    "story_note",
    "is_correction_notice",
]

# Canonical actions, each with the alignment ops that can make it true.
# "adds" also accepts an edited paragraph: desks write "Adds comment, paragraph 5"
# when a sentence was appended to paragraph 5.
_CHANGED = {"changed", "split", "merged", "moved_edited"}
ACCEPTS: dict[str, set[str]] = {
    "adds": {"added"} | _CHANGED,
    "updates": {"added"} | _CHANGED,
    "corrects": {"added"} | _CHANGED,
    "changes": {"added"} | _CHANGED,
    "removes": {"removed"} | _CHANGED,
    "moves": {"moved", "moved_edited"},
    "recasts": {"added", "removed", "moved"} | _CHANGED,
    "writes through": {"added", "removed", "moved"} | _CHANGED,
    "refiles": {"added", "removed", "moved"} | _CHANGED,
}
ACTIONS = tuple(ACCEPTS)
SCOPES = ("paragraphs", "throughout", "headline", "byline", "dateline", "unspecified")


@dataclass(frozen=True)
class Claim:
    """One thing a note says changed.

    ``paragraphs`` are the numbers the note names (``None`` when it names none);
    ``from_end`` holds positions counted from the end (``last paragraph`` is
    ``(1,)``, ``penultimate`` ``(2,)``), resolved against the story when checked.
    ``typo_fix`` marks typo fixes and plain refiles: they never cover a change
    that :mod:`revtrack.severity` rates substantive.
    """

    action: str
    subject: str
    paragraphs: list[int] | None
    scope: str
    text: str
    from_end: tuple[int, ...] = ()
    typo_fix: bool = False
    to_end: bool = False  # "paragraphs 12 onwards": every paragraph from the last named one to the end

    @property
    def last(self) -> bool:
        return bool(self.from_end)

    def to_dict(self) -> dict:
        return {
            "action": self.action,
            "subject": self.subject,
            "paragraphs": self.paragraphs,
            "from_end": list(self.from_end),
            "scope": self.scope,
            "typo_fix": self.typo_fix,
            "to_end": self.to_end,
            "text": self.text,
        }


@dataclass(frozen=True)
class UpdateNote:
    """A parsed note: the raw text, its claims, and warnings for what did not parse."""

    raw: str
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    correction: bool = False

    def to_dict(self) -> dict:
        return {
            "raw": self.raw,
            "correction": self.correction,
            "claims": [c.to_dict() for c in self.claims],
            "warnings": list(self.warnings),
        }


# --- parsing -------------------------------------------------------------------

_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
_ORDINAL = r"(?:" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r"|\d{1,3}(?:st|nd|rd|th))"
_PARA = r"(?:paragraphs?|paras?|pars?|pgfs?|grafs?|grfs?|pghs?|pgs?)\.?"
_PARA_SINGULAR = re.compile(r"^(?:paragraph|para|par|pgf|graf|grf|pgh|pg)\.?$", re.I)

# Verbs that open a clause, longest first, each mapped to its canonical action.
_VERBS: list[tuple[str, str]] = [
    (r"\d{1,2}(?:st|nd|rd|th)\s+ld[\s-]*writethru", "writes through"),
    (r"writes?[\s-]*thr(?:ough|u)|writethru|re-?writes?\s+throughout", "writes through"),
    (r"recast(?:s|ing)?|rewrit(?:es|ten|e)|rework(?:s|ed)?|restructur(?:es|ed|e)|overhaul(?:s|ed)?", "recasts"),
    (r"re-?fil(?:es|ed|e|ing)|repeat(?:s|ed|ing)?|resend(?:s|ing)?|re-?transmit(?:s|ted)?|re-?sends?", "refiles"),
    (r"correct(?:s|ed|ing)?|clarif(?:ies|ied|y)|fix(?:es|ed)?|amend(?:s|ed)?|rectif(?:ies|ied|y)", "corrects"),
    (r"remov(?:es|ed|e|ing)|delet(?:es|ed|e|ing)|drop(?:s|ped)?|cut(?:s|ting)?|takes?\s+out|withdr[ae]ws?|omit(?:s|ted)?|"
     r"trim(?:s|med)?|eliminat(?:es|ed|e)|scraps?", "removes"),
    (r"mov(?:es|ed|e|ing)(?:\s+up|\s+down)?|shift(?:s|ed)?|re-?order(?:s|ed)?|transpos(?:es|ed|e)|swap(?:s|ped)?", "moves"),
    (r"add(?:s|ed|ing)?|insert(?:s|ed)?|includ(?:es|ed|e)|introduc(?:es|ed|e)|brings?\s+in|restor(?:es|ed|e)", "adds"),
    (r"updat(?:es|ed|e|ing)|revis(?:es|ed|e)|edit(?:s|ed)?|freshen(?:s|ed)?|refresh(?:es|ed)?|expand(?:s|ed)?|"
     r"raises?|lowers?|ups|tops|new\s+lead|new\s+lede|with", "updates"),
    (r"chang(?:es|ed|e|ing)|alter(?:s|ed)?|replac(?:es|ed|e)|substitut(?:es|ed|e)|reword(?:s|ed)?|rephras(?:es|ed|e)|"
     r"tweak(?:s|ed)?|modif(?:ies|ied|y)|amplif(?:ies|ied|y)", "changes"),
]
_VERB_RE = re.compile(r"(?:" + "|".join(f"(?P<v{i}>{p})" for i, (p, _a) in enumerate(_VERBS)) + r")\b", re.I)
_VERB_AT_START = re.compile(r"^\s*" + _VERB_RE.pattern, re.I)
# A new clause starts where a verb follows a separator: "Adds X, updates Y", "adds X and moves Y".
_VERB_ALTS = "|".join(p for p, _a in _VERBS)
_ANY_VERB = r"(?:" + _VERB_ALTS + r")\b"
# After "and" only verbs that are never nouns start a clause: "adds quotes and updates toll" splits,
# "adds job cuts and raises in pay" does not.
_AND_VERB = (r"(?:add(?:s|ing)?|updat(?:es|ing)|correct(?:s|ing)|chang(?:es|ing)|remov(?:es|ing)|delet(?:es|ing)|"
             r"mov(?:es|ing)|recast(?:s|ing)?|rewrites|writes\s+through|refil(?:es|ing)|inserts|clarifies|replaces|"
             r"restores|revises|amends|takes\s+out)\b")
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:(?:;|,|\.(?=\s)|\s-\s|\balso\b)\s*(?=(?:also\s+)?" + _ANY_VERB + r")|\band\s+(?=(?:also\s+)?" + _AND_VERB + r"))",
    re.I,
)

_PREFIX = re.compile(
    r"^\s*(?:"
    r"(?P<corr>CORRECT(?:ED|ION)\b(?:\s*[-:\u2013\u2014]\s*(?:UPDATE\s*\d*\s*[-:\u2013\u2014]?)?)?)"
    r"|(?P<upd>UPDATE[SD]?\s*\d*\s*[:\-\u2013\u2014])"
    r"|(?P<eds>EDS?\s*:|EDITORS?\s*:|EDITOR'?S\s+NOTE\s*:)"
    r"|(?P<story>(?:this|the)\s+(?:story|article|report|version|item)\s+(?:has\s+been|was|is\s+being|had\s+been)\s+"
    r"(?:corrected|updated|amended|refiled)(?:\s+(?:to|in|on|so\s+as\s+to))?)"
    r")\s*",
    re.I,
)
# "This version corrects ...": the subject of the sentence is the story itself.
_THIS_STORY = re.compile(r"^\s*(?:this|the)\s+(?:story|article|report|version|item|update)\s+(?=" + _ANY_VERB + r")", re.I)
_CORRECTION_WORD = re.compile(r"\bcorrect(?:s|ed|ion|ing)?\b", re.I)
# Clauses that only announce media (AP's "With AP Photos") carry no claim about the text.
_MEDIA = re.compile(r"^(?:with\s+)?(?:ap\s+|afp\s+|reuters\s+)?(?:photos?|pictures?|video|audio|graphics?|map|factbox|pix)\b[\w\s,&]*$", re.I)
_TYPO = re.compile(r"\b(?:typos?|typographical|garbled?|garbles|formatting|format|punctuation|spacing|transmission\s+error|literal)\b", re.I)
_THROUGHOUT = re.compile(r"\bthroughout\b|\ball\s+(?:paragraphs|through)\b|\bwrites?[\s-]*thr(?:ough|u)\b", re.I)
_HEADLINE = re.compile(r"\b(?:headlines?|hed|title|summary\s+line)\b", re.I)
_BYLINE = re.compile(r"\b(?:bylines?|reporting\s+credits?|credit\s+line|sign-?off)\b", re.I)
_DATELINE = re.compile(r"\bdatelines?\b", re.I)
# "new lead", "Updates top with toll": paragraph 1 -- but not "lead negotiator", "top diplomat".
_LEDE = re.compile(r"^(?:(?:the|a|new)\s+)*(?:lead|lede|intro|top)(?:\s+" + _PARA + r")?(?=\s*(?:$|[,;.]|(?:with|to|in|and)\b))", re.I)

_RANGE_SEP = r"\s*(?:-|\u2013|\u2014|to|through|thru)\s*"
_LIST_SEP = r"\s*(?:,|&|\band\b|\bplus\b)\s*"
_NUM = r"\d{1,3}(?![\d,.]\d)"
_NUMBERS_AFTER = re.compile(
    r"\b(?P<kw>" + _PARA + r")\s*(?:no\.?\s*)?(?P<list>" + _NUM + r"(?:" + _RANGE_SEP + _NUM + r")?"
    r"(?:" + _LIST_SEP + r"(?:" + _PARA + r"\s*)?" + _NUM + r"(?:" + _RANGE_SEP + _NUM + r")?)*)"
    r"(?P<onwards>\s*(?:onwards?|and\s+(?:following|after)))?",
    re.I,
)
_ORDINALS_BEFORE = re.compile(
    r"\b(?:the\s+)?(?P<list>" + _ORDINAL + r"(?:" + _LIST_SEP + r"(?:the\s+)?" + _ORDINAL + r")*)\s+(?P<kw>" + _PARA + r")",
    re.I,
)
_FROM_END = re.compile(
    r"\b(?:the\s+)?(?:(?P<pen>penultimate|second[\s-]+(?:to|from)[\s-]+last|next[\s-]+to[\s-]+last)|"
    r"(?:last|final|closing|bottom)(?:\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))?)\s+(?P<kw>" + _PARA + r")",
    re.I,
)
_EDGE_WORDS = re.compile(r"^(?:\s|,|:|-|\band\b|\bwith\b|\bin\b|\bat\b|\bto\b|\bfrom\b|\bof\b|\bon\b|\bfor\b|\babout\b|\bthe\b|\balso\b|\bnew\b(?=\s*$))+|(?:\s|,|:|-|\.|\band\b|\bin\b|\bat\b|\bto\b|\bfrom\b|\bof\b|\bon\b|\bthe\b)+$", re.I)


def _ordinal_value(word: str) -> int:
    word = word.lower()
    return _ORDINALS[word] if word in _ORDINALS else int(re.match(r"\d+", word).group())


def _expand(numlist: str) -> list[int]:
    """``"2, 5-7 and 19"`` -> ``[2, 5, 6, 7, 19]``."""
    out: list[int] = []
    for part in re.split(_LIST_SEP, numlist, flags=re.I):
        part = re.sub(r"^" + _PARA + r"\s*", "", part.strip(), flags=re.I)
        if not part:
            continue
        bounds = [int(n) for n in re.split(_RANGE_SEP, part, flags=re.I) if n.strip()]
        if len(bounds) == 2 and bounds[0] <= bounds[1] <= bounds[0] + 200:
            out.extend(range(bounds[0], bounds[1] + 1))
        else:
            out.extend(bounds)
    return out


def _locate(rest: str) -> tuple[list[int], tuple[int, ...], list[str], str, bool]:
    """Paragraph numbers, from-end positions, other scopes, what is left, and whether "onwards" was said."""
    to_end = False
    numbers: list[int] = []
    from_end: list[int] = []
    scopes: list[str] = []
    spans: list[tuple[int, int]] = []

    for m in _NUMBERS_AFTER.finditer(rest):
        nums = _expand(m.group("list"))
        to_end = to_end or bool(m.group("onwards"))
        # "paragraph 3 to 25" with a singular keyword is not a range: keep 3 alone.
        if _PARA_SINGULAR.match(m.group("kw")) and re.search(_RANGE_SEP + r"\d", m.group("list"), re.I) and "-" not in m.group("list"):
            first = re.match(r"\d+", m.group("list")).group()
            nums = [int(first)]
            spans.append((m.start(), m.start("list") + len(first)))
        else:
            spans.append(m.span())
        numbers.extend(nums)
    for m in _ORDINALS_BEFORE.finditer(rest):
        numbers.extend(_ordinal_value(w) for w in re.split(r"\s*(?:,|&|\band\b|\bplus\b)\s*(?:the\s+)?", m.group("list"), flags=re.I) if w)
        spans.append(m.span())
    for m in _FROM_END.finditer(rest):
        if m.group("pen"):
            from_end.append(2)
        else:
            n = m.group("n")
            count = 1 if not n else int(n) if n.isdigit() else _NUM_WORDS[n.lower()]
            from_end.extend(range(1, count + 1))
        spans.append(m.span())
    m = _LEDE.match(rest.strip())
    if m:
        offset = len(rest) - len(rest.lstrip())
        numbers.append(1)
        spans.append((offset + m.start(), offset + m.end()))
    for pattern, scope in ((_THROUGHOUT, "throughout"), (_HEADLINE, "headline"), (_BYLINE, "byline"), (_DATELINE, "dateline")):
        for m in pattern.finditer(rest):
            if scope not in scopes:
                scopes.append(scope)
            spans.append(m.span())
    left = rest
    for a, b in sorted(spans, reverse=True):
        left = left[:a] + " " + left[b:]
    left = re.sub(r"\b(?:in|at|from|of|on)\s+(?=to\b|,|$)", "", " ".join(left.split()), flags=re.I)
    return sorted(set(numbers)), tuple(sorted(set(from_end))), scopes, left, to_end


def _subject(left: str) -> str:
    s = " ".join(left.split())
    s = re.sub(r"\(\s*\)|\s+(?=[,.;:])", "", s)
    prev = None
    while prev != s:
        prev, s = s, _EDGE_WORDS.sub("", s).strip()
    return s.strip(" ,;:.()")


def _split_parts(text: str) -> list[str]:
    """Top-level parenthesised groups and the text between them, in order."""
    parts, depth, buf = [], 0, []
    for ch in text:
        if ch == "(":
            if depth == 0 and "".join(buf).strip():
                parts.append("".join(buf))
                buf = []
            elif depth > 0:
                buf.append(ch)
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                parts.append("".join(buf))
                buf = []
            else:
                buf.append(ch)
        else:
            buf.append(ch)
    if "".join(buf).strip():
        parts.append("".join(buf))
    return [p.strip() for p in parts if p.strip()]


def _action_of(match: re.Match) -> str:
    for i, (_p, action) in enumerate(_VERBS):
        if match.group(f"v{i}"):
            return action
    raise AssertionError("unreachable")  # pragma: no cover


def _clause_claims(clause: str) -> tuple[list[Claim], str | None]:
    """Claims of one clause, or None with the clause when it has no action verb."""
    text = clause.strip(" ,;.")
    body = re.sub(r"^also\s+", "", text, flags=re.I)
    m = _VERB_AT_START.match(body)
    if not m:
        return [], text
    action = _action_of(m)
    verb = m.group(0).strip().lower()
    rest = body[m.end():]
    typo_fix = False
    if action == "refiles":
        # "Refiles to add byline" is an "adds" claim; "Refiles to fix typo" stays a refile.
        sub = re.match(r"^\s*(?:story\s+|item\s+)?(?:to|and)\s+", rest, re.I)
        if sub and _VERB_AT_START.match(rest[sub.end():]):
            inner = rest[sub.end():]
            im = _VERB_AT_START.match(inner)
            if _action_of(im) == "corrects" and _TYPO.search(inner):
                rest = inner[im.end():]
            else:
                return _clause_claims(inner)
        typo_fix = True
    elif _TYPO.search(body) and action in ("corrects", "changes", "updates"):
        typo_fix = True
    if verb.startswith(("top", "new lead", "new lede")):
        rest = "lead " + rest
    numbers, from_end, scopes, left, to_end = _locate(rest)
    subject = _subject(left)
    claims: list[Claim] = []
    if numbers or from_end:
        claims.append(Claim(action, subject, numbers or None, "paragraphs", text, from_end, typo_fix, to_end))
    for scope in scopes:
        if scope == "throughout" and (numbers or from_end):
            continue
        claims.append(Claim(action, subject, None, scope, text, (), typo_fix))
    if not claims:
        scope = "throughout" if action == "writes through" else "unspecified"
        claims.append(Claim(action, subject, None, scope, text, (), typo_fix))
    return claims, None


def parse_note(text: str | None) -> UpdateNote:
    """Parse an update note into claims; never raises.

    A note that names no recognisable action is kept as free text with no
    claims and a warning.

    >>> [(c.action, c.paragraphs, c.scope) for c in parse_note("Adds X in paragraph 4, updates paras 5-7").claims]
    [('adds', [4], 'paragraphs'), ('updates', [5, 6, 7], 'paragraphs')]
    >>> parse_note("Changes headline, adds details throughout").claims[1].scope
    'throughout'
    >>> parse_note("Reuters staff").warnings
    ["note 'Reuters staff' names no change revtrack recognises; kept as free text"]
    """
    raw = text or ""
    if not raw.strip():
        return UpdateNote(raw=raw, warnings=["no update note"])
    flat = " ".join(raw.split())
    correction = False
    claims: list[Claim] = []
    warnings: list[str] = []
    for part in _split_parts(flat):
        while True:
            m = _PREFIX.match(part)
            if not m or not m.group(0).strip():
                break
            if m.group("corr") or (m.group("story") and "correct" in m.group("story").lower()):
                correction = True
                if m.group("story"):
                    part = "corrects " + part[m.end():]
                    continue
            part = part[m.end():]
        part = _THIS_STORY.sub("", part)
        if _CORRECTION_WORD.search(part):
            correction = True
        for clause in _CLAUSE_SPLIT.split(part):
            if not clause or not clause.strip(" ,;.-"):
                continue
            if _MEDIA.match(clause.strip(" ,;.")):
                continue
            found, loose = _clause_claims(clause)
            if found:
                claims.extend(found)
                continue
            # A clause with no verb that only names paragraphs ("(paragraph 4)")
            # belongs to the claim before it.
            numbers, from_end, _scopes, left, to_end = _locate(loose)
            if claims and (numbers or from_end) and not _subject(left):
                prev = claims[-1]
                merged = sorted(set((prev.paragraphs or []) + numbers))
                claims[-1] = Claim(prev.action, prev.subject, merged or None, "paragraphs", prev.text + " (" + loose + ")",
                                   tuple(sorted(set(prev.from_end + from_end))), prev.typo_fix, prev.to_end or to_end)
            elif loose.strip():
                warnings.append(f"could not read {loose.strip()!r} in the note; ignored")
    if not claims:
        return UpdateNote(raw=raw, correction=correction,
                          warnings=[f"note {flat!r} names no change revtrack recognises; kept as free text"])
    return UpdateNote(raw=raw, claims=claims, warnings=warnings, correction=correction)


# --- where a note lives in a story ---------------------------------------------

_NOTICE = re.compile(
    r"^\s*[(\[]?\s*(?:(?:this|the)\s+(?:story|article|report|version|item)\s+(?:has\s+been|was|had\s+been)\s+"
    r"(?:corrected|updated|amended|refiled)|corrects\b|correction\s*:|updates\s+to\s+(?:add|include|fix|correct))",
    re.I,
)


def is_correction_notice(paragraph: str) -> bool:
    """True for an appended notice such as ``(This story has been corrected to ...)``.

    >>> is_correction_notice("(This story has been corrected to fix the spelling of Gladkov in paragraph 3)")
    True
    >>> is_correction_notice("The governor corrected himself later.")
    False
    """
    return bool(_NOTICE.match(paragraph)) and len(paragraph) < 600


def story_note(version: Version) -> str | None:
    """The note a version carries: its header note plus any trailing correction notices."""
    parts = []
    if version.header and version.header.note:
        parts.append(version.header.note)
    tail = []
    for p in reversed(version.paragraphs):
        if not is_correction_notice(p):
            break
        tail.append(p)
    parts += [f"({p.strip().strip('()[]').strip()})" for p in reversed(tail)]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return " ".join(p if p.startswith("(") else f"({p})" for p in parts)


# --- checking -------------------------------------------------------------------


def _kind(change) -> str:
    if change.op == "moved":
        return "moved_edited" if change.entry.edited else "moved"
    return change.op


def _where(change) -> str:
    from .render import entry_heading

    return entry_heading(change)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


@dataclass
class ClaimResult:
    """What the comparison says about one claim.

    ``status`` is ``confirmed``, ``contradicted`` or ``unverified`` (the claim is
    about something revtrack cannot see, such as the headline, or names no
    paragraph and no changed text mentions its subject).  ``covers`` are indexes
    into ``comparison.changes`` that the claim discloses.
    """

    claim: Claim
    status: str
    paragraphs: list[int]
    findings: list[str]
    covers: list[int]

    def to_dict(self) -> dict:
        return {
            "text": self.claim.text,
            "claim": self.claim.to_dict(),
            "status": self.status,
            "paragraphs": self.paragraphs,
            "findings": list(self.findings),
            "message": "; ".join(self.findings),
            "covers": list(self.covers),
        }


@dataclass
class NoteCheck:
    """The claims of a note against what really changed, and the verdict."""

    note: UpdateNote
    comparison: object
    results: list[ClaimResult]
    undisclosed: list  # Change objects no claim covers
    notice: list[int]  # indexes of changes that are correction notices (the note itself)
    warnings: list[str]

    @property
    def confirmed(self) -> list[ClaimResult]:
        return [r for r in self.results if r.status == "confirmed"]

    @property
    def contradicted(self) -> list[ClaimResult]:
        return [r for r in self.results if r.status == "contradicted"]

    @property
    def unverified(self) -> list[ClaimResult]:
        return [r for r in self.results if r.status == "unverified"]

    @property
    def undisclosed_substantive(self) -> list:
        return [c for c in self.undisclosed if c.severity == "substantive"]

    @property
    def consistent(self) -> bool:
        return not self.contradicted and not self.undisclosed_substantive

    @property
    def verdict(self) -> str:
        return "consistent" if self.consistent else "discrepancies"

    @property
    def exit_code(self) -> int:
        return 0 if self.consistent else 1

    @property
    def verdict_line(self) -> str:
        """``consistent`` or ``discrepancies: 1 contradicted claim, 2 undisclosed substantive changes``."""
        if self.consistent:
            extra = []
            if self.undisclosed:
                extra.append(_plural(len(self.undisclosed), "undisclosed minor or cosmetic change"))
            if self.unverified:
                extra.append(_plural(len(self.unverified), "unverified claim"))
            return "consistent" + (f" ({', '.join(extra)})" if extra else "")
        parts = []
        if self.contradicted:
            parts.append(_plural(len(self.contradicted), "contradicted claim"))
        if self.undisclosed_substantive:
            parts.append(_plural(len(self.undisclosed_substantive), "undisclosed substantive change"))
        return "discrepancies: " + ", ".join(parts)

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "consistent": self.consistent,
            "exit_code": self.exit_code,
            "verdict_line": self.verdict_line,
            "note": self.note.to_dict(),
            "summary": self.comparison.summary,
            "confirmed": [r.to_dict() for r in self.confirmed],
            "contradicted": [r.to_dict() for r in self.contradicted],
            "unverified": [r.to_dict() for r in self.unverified],
            "undisclosed": [
                {"where": _where(c), "op": c.op, "old": list(c.old), "new": list(c.new), "severity": c.severity,
                 "reasons": list(c.reasons), "text": c.new_text if c.new_text is not None else c.old_text, "diff": c.diff}
                for c in self.undisclosed
            ],
            "warnings": list(self.warnings),
        }


def _keywords(subject: str) -> set[str]:
    """Words of a claim's subject specific enough to look for in the changed text."""
    return {w for w in tokens(subject) if w not in _GENERIC and len(w) > 2}


_GENERIC = set(
    """a an the and or of in on at to for from with by about into over after before as is are was were be been new
    more further latest additional extra fresh other some detail details background context comment comments quote
    quotes quotation reaction reactions analysis information info material story item text report graphics fact facts
    figure figures number numbers paragraph paragraphs para paras throughout top lead lede story's say says said show
    shows reflect reflects read reads fix fixes error errors mistake spelling name names word wording typo typos
    its their his her this that these those later earlier""".split()
)


def _mentions(change, keywords: set[str]) -> bool:
    words = set(tokens((change.new_text or "") + " " + (change.old_text or "")))
    stems = {w[:5] for w in words if len(w) >= 5}
    return any(k in words or (len(k) >= 5 and k[:5] in stems) for k in keywords)


_BYLINE_TEXT = re.compile(r"^\s*(?:by\s+[A-Z]|\(?\s*(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by)", re.I)
_LEADING_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019/-]*[A-Z.](?:,\s*[A-Z][A-Za-z .]*?)?(?:,\s*\w+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^()]{1,40}\))?\s*(?:-{1,2}|\u2013|\u2014)\s*")


def _dateline_of(text: str | None) -> str:
    m = _LEADING_DATELINE.match(text or "")
    return normalize(m.group(0)) if m else ""


def _fits(claim: Claim, change) -> bool:
    """A typo fix or a bare refile may not cover a change that alters a fact.

    The brief is "cosmetic changes only"; it is read as "nothing substantive"
    because :mod:`revtrack.severity` rates some true typo fixes ``minor``
    (a transposition such as ``rubbel`` -> ``rubble`` is two edits in a short
    word), and an undisclosed minor change does not fail a check either.
    """
    return not claim.typo_fix or change.severity != "substantive"


def _check_numbers(claim: Claim, comparison, new_idx, old_idx, n_new: int, n_old: int):
    """Findings, covered change indexes and whether anything was wrong, for a paragraph claim."""
    use_old = claim.action == "removes"
    total = n_old if use_old else n_new
    numbers = sorted(set((claim.paragraphs or []) + [total + 1 - k for k in claim.from_end if total + 1 - k >= 1]))
    if claim.to_end and numbers:
        numbers = sorted(set(numbers) | set(range(max(numbers), total + 1)))
    findings, covers, bad = [], [], False
    if claim.from_end and total + 1 - max(claim.from_end) < 1:
        bad = True
        findings.append(f"the story has only {_plural(total, 'paragraph')}")
    accepts = ACCEPTS[claim.action]
    for n in numbers:
        sides = [(old_idx, "old"), (new_idx, "new")] if use_old else [(new_idx, "new"), (old_idx, "old")]
        chosen = None
        for index, side in sides:
            i = index.get(n)
            if i is None:
                continue
            ch = comparison.changes[i]
            if side == "old" and not use_old and claim.action != "moves":
                continue  # only removals (and moves, reported by either end) count old numbers
            if chosen is None or (comparison.changes[chosen[0]].op == "unchanged" and ch.op != "unchanged"):
                chosen = (i, side)
        label = f"\u00b6{n}"
        if chosen is None and 1 <= n <= total:
            # Wholly ignored furniture (a timestamp line, a sign-off) is left out of the alignment.
            findings.append(f"{label} is page furniture left out by an ignore rule")
            continue
        if chosen is None:
            bad = True
            which = "old" if use_old else "new"
            findings.append(f"{label} does not exist (the {which} version has {_plural(total, 'paragraph')})")
            continue
        i, _side = chosen
        ch = comparison.changes[i]
        kind = _kind(ch)
        if ch.op == "unchanged":
            bad = True
            findings.append(f"{label} is unchanged")
        elif kind not in accepts:
            bad = True
            findings.append(f"{label} was {ch.op}, not {_past(claim.action)}")
            covers.append(i)
        elif not _fits(claim, ch):
            bad = True
            findings.append(f"{label} change is {ch.severity} ({'; '.join(ch.reasons)}), more than a typo fix")
        else:
            covers.append(i)
            findings.append(f"{_where(ch)} ({ch.severity})")
    return numbers, findings, covers, bad


def check_note(note: UpdateNote | str | None, comparison) -> NoteCheck:
    """Check a note's claims against a paragraph comparison of a version and its predecessor.

    >>> from revtrack.comparison import compare
    >>> c = compare("One fact.\\n\\nTwo facts here.", "One fact.\\n\\nTwo facts here.\\n\\nKyiv said 12 died.")
    >>> check_note("(Adds Kyiv toll, paragraph 3)", c).verdict
    'consistent'
    >>> r = check_note("(Adds Kyiv toll, paragraph 2)", c)
    >>> r.verdict, r.contradicted[0].findings, [x.op for x in r.undisclosed]
    ('discrepancies', ['\u00b62 is unchanged'], ['added'])
    """
    if not isinstance(note, UpdateNote):
        note = parse_note(note)
    if comparison.unit != "paragraph":
        raise ValueError("update notes count paragraphs: check them against a paragraph comparison")
    changes = comparison.changes
    new_idx = {n: i for i, c in enumerate(changes) for n in c.new}
    old_idx = {n: i for i, c in enumerate(changes) for n in c.old}
    n_new, n_old = len(comparison.new.paragraphs), len(comparison.old.paragraphs)
    live = [i for i, c in enumerate(changes) if c.op != "unchanged"]
    notice = [i for i in live if changes[i].new_text and changes[i].op in ("added", "changed") and is_correction_notice(changes[i].new_text)]
    results: list[ClaimResult] = []
    covered: set[int] = set(notice)

    for claim in note.claims:
        accepts = ACCEPTS[claim.action]
        if claim.scope == "paragraphs":
            numbers, findings, covers, bad = _check_numbers(claim, comparison, new_idx, old_idx, n_new, n_old)
            status = "contradicted" if bad else "confirmed" if covers else "unverified"
        elif claim.scope == "throughout" or (claim.scope == "unspecified" and claim.action in ("recasts", "writes through")):
            numbers = []
            covers = [i for i in live if _fits(claim, changes[i])]
            status = "confirmed" if covers else "contradicted"
            findings = [f"covers {_plural(len(covers), 'change')}"] if covers else ["nothing in the story changed"]
        elif claim.scope == "headline":
            numbers, covers, status = [], [], "unverified"
            findings = ["the headline is not part of the story text revtrack compares"]
        elif claim.scope == "byline":
            numbers = []
            covers = [i for i in live if _BYLINE_TEXT.match(changes[i].new_text or changes[i].old_text or "")]
            status = "confirmed" if covers else "unverified"
            findings = [_where(changes[i]) for i in covers] or ["no byline or credit line changed in the story text"]
        elif claim.scope == "dateline":
            numbers, covers = [], []
            old_h = comparison.old.header.dateline if comparison.old.header and comparison.old.header.dateline else None
            new_h = comparison.new.header.dateline if comparison.new.header and comparison.new.header.dateline else None
            first = changes[new_idx[1]] if 1 in new_idx else None
            header_changed = (old_h or new_h) and old_h != new_h
            lead_changed = first is not None and first.op != "unchanged" and _dateline_of(first.old_text) != _dateline_of(first.new_text)
            if lead_changed and _LEADING_DATELINE.sub("", first.old_text or "") == _LEADING_DATELINE.sub("", first.new_text or ""):
                covers = [new_idx[1]]  # the dateline was all that changed in paragraph 1
            if header_changed or lead_changed:
                status, findings = "confirmed", ["the dateline changed"]
            elif old_h or new_h or _dateline_of(comparison.new.paragraphs[0] if comparison.new.paragraphs else ""):
                status, findings = "contradicted", ["the dateline is unchanged"]
            else:
                status, findings = "unverified", ["no dateline found in either version"]
        else:  # unspecified: the changes of the right kind that mention the subject
            numbers = []
            kinds = [i for i in live if _kind(changes[i]) in accepts and _fits(claim, changes[i])]
            keys = _keywords(claim.subject)
            covers = [i for i in kinds if not keys or _mentions(changes[i], keys)]
            if claim.action == "refiles" and not kinds:
                status, findings = "confirmed", ["a refile; nothing else changed"]
            elif covers:
                status, findings = "confirmed", [_where(changes[i]) + f" ({changes[i].severity})" for i in covers]
            elif kinds:
                status = "unverified"
                findings = [f"no {_past(claim.action)} text mentions {claim.subject!r}"]
            else:
                status = "contradicted"
                findings = [f"nothing was {_past(claim.action)}"]
        covered.update(covers)
        results.append(ClaimResult(claim, status, numbers, findings, covers))

    undisclosed = [changes[i] for i in live if i not in covered]
    return NoteCheck(note=note, comparison=comparison, results=results, undisclosed=undisclosed, notice=notice,
                     warnings=list(note.warnings))


def _past(action: str) -> str:
    return {
        "adds": "added", "updates": "updated", "corrects": "corrected", "changes": "changed", "removes": "removed",
        "moves": "moved", "recasts": "recast", "writes through": "rewritten", "refiles": "refiled",
    }[action]


# --- drafting ---------------------------------------------------------------------

# Words that would read as a verb or a paragraph locator if they opened a subject
# clause; a drafted subject never contains them, so the note parses back exactly.
_UNSAFE_WORDS = re.compile(
    r"\b(?:" + _VERB_ALTS + r"|" + _PARA + r"|" + _ORDINAL + r"|lead|lede|intro|top|last|final|closing|bottom|"
    r"penultimate|throughout|through|thru|headlines?|hed|title|summary|bylines?|datelines?|credits?|sign-?off|"
    r"onwards?|also|typos?|typographical|garbled?|formatting|format|punctuation|spacing|photos?|pictures?|video|"
    r"audio|graphics?|map|factbox|pix|corrected|correction|updated|eds?|editors?)\b",
    re.I,
)
# At most this many names in a drafted subject: wire notes name one or two things
# ("Adds Russian defence ministry"), never a list.
MAX_SUBJECT_NAMES = 2


def _collapse(numbers) -> str:
    """``[2, 5, 6, 7, 19]`` -> ``"paragraphs 2, 5-7, 19"``.

    >>> _collapse([4]), _collapse([2, 19]), _collapse([5, 6, 7, 9])
    ('paragraph 4', 'paragraphs 2, 19', 'paragraphs 5-7, 9')
    """
    nums = sorted(set(numbers))
    runs: list[list[int]] = []
    for n in nums:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}, {r[1]}" if len(r) == 2 else f"{r[0]}-{r[-1]}" for r in runs]
    return ("paragraph " if len(nums) == 1 else "paragraphs ") + ", ".join(parts)


_NAME = re.compile(r"\b([A-Z][\w\u2019'-]+(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w\u2019'-]+)*)")
# Capitalised words that are grammar, not names, when they open a clause or a quote.
_NOT_NAMES = set(
    """a an the and but or if so as at by for from in into of on to with without when where while what which who why how
    he she it its they them their we our us i you your his her this that these those there here then than after before
    during since until about over under every each all some many most more no not none one two three yesterday today
    tomorrow monday tuesday wednesday thursday friday saturday sunday meanwhile however also earlier later january
    february march april may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec note""".split()
)
# Plural common nouns that open "X said" sentences without naming anyone.
_ANONYMOUS = set(
    """officials traders analysts sources police witnesses residents experts economists dealers authorities diplomats
    investors critics doctors rescuers people others observers lawmakers legislators prosecutors officers troops
    soldiers workers unions activists protesters organisers organizers government reports media""".split()
)
# Single capitalised words with these endings are usually adjectives (Polish, Western, Canadian, Japanese).
_ADJECTIVE_END = re.compile(r"(?:an|ish|ese|ern|ic)$")
_SAID = r"(?:said|says|told|added|announced|reported|stated|confirmed|denied|warned|claimed)"
# "Russia's defence ministry said ...", "The mayor of Zorino, Irina Vasilyeva, told ..."
_SPEAKER_OPENS = re.compile(r"(?:^|[.!?]\s+)(?P<who>[A-Z][\w\u2019'-]*(?:\s+[\w\u2019'-]+){0,5}?)\s*,?\s+" + _SAID + r"\b")
# '"...," Gladkov said.', '"...," union spokeswoman Els De Wilde told reporters.'
_SPEAKER_AFTER_QUOTE = re.compile(r"[,.!?]\"\s+(?P<who>[\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,4}?)\s+" + _SAID + r"\b")
_SPEAKER_ACCORDING = re.compile(r"\baccording to (?P<who>(?:the\s+)?[\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,3}?)(?=[,.;]|$)")


def _sentences_names(text: str) -> list[str]:
    """Capitalised phrases in ``text`` that are not grammar words opening a clause, in order."""
    out = []
    for m in _NAME.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower().strip("'\u2019") in _NOT_NAMES:
            words = words[1:]
        name = re.sub(r"['\u2019]s$", "", " ".join(words))
        if len(words) == 1 and (_ADJECTIVE_END.search(name) or name.isupper() or name.lower() in _ANONYMOUS):
            continue
        if name.isupper() and len(name) > 3:
            continue  # a dateline or a shouted label (NEW YORK, NOTE), not a name
        if name and name not in out:
            out.append(name)
    return out


def _speakers(text: str) -> list[str]:
    """Who the text quotes or attributes to: the source a wire note names."""
    out = []
    for pattern in (_SPEAKER_OPENS, _SPEAKER_AFTER_QUOTE, _SPEAKER_ACCORDING):
        for m in pattern.finditer(text):
            who = m.group("who").split(",")[0].strip()
            who = re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.I)
            if not who or who.lower() in _NOT_NAMES or who.lower() in _ANONYMOUS or who.isupper():
                continue
            out.append(who)
    return out


def _safe_subject(s: str) -> bool:
    return bool(s) and not _UNSAFE_WORDS.search(s) and not re.search(r"\d|[()\[\];:,]", s) and len(s.split()) <= 6


def _draft_subject(comparison, added: list) -> str:
    """A short subject for added paragraphs: who they quote, else the new names they bring.

    >>> from revtrack.comparison import compare
    >>> c = compare("Fighting went on.", "Fighting went on.\\n\\nRussia's defence ministry said it shot down drones.")
    >>> _draft_subject(c, [c.changes[1]])
    "Russia's defence ministry"
    """
    old_text = normalize(" ".join(comparison.old.paragraphs)).lower()
    texts = [normalize(ch.new_text or "") for ch in added]
    for text in texts:
        for who in _speakers(text):
            if _safe_subject(who):
                return who
    fresh: list[str] = []
    for text in texts:
        for name in _sentences_names(text):
            if _safe_subject(name) and name.lower() not in old_text and name not in fresh:
                fresh.append(name)
    if fresh:
        # Prefer full names ("Els De Wilde") to single words; keep the text's order otherwise.
        names = sorted(fresh, key=lambda n: -min(len(n.split()), 2))[:MAX_SUBJECT_NAMES]
        return " and ".join(names)
    if any('"' in t for t in texts):
        return "quotes"
    return "details"


def draft_note(comparison) -> str:
    """Write a wire-style note from what really changed; ``""`` when nothing did.

    Added paragraphs come first with a subject drawn from the new names they
    bring, then updates (any edited paragraph), typo fixes (edits that
    :mod:`revtrack.severity` calls cosmetic), moves and removals (old numbers).
    The result always passes :func:`check_note` on the same comparison.

    >>> from revtrack.comparison import compare
    >>> old = "The fire spread on Sunday.\\n\\nCrews worked overnight."
    >>> new = "The fire spread on Sunday.\\n\\nGovernor Ana Ruiz declared an emergency.\\n\\nCrews worked all night."
    >>> draft_note(compare(old, new))
    '(Adds Governor Ana Ruiz, paragraph 2, updates paragraph 3)'
    """
    if comparison.unit != "paragraph":
        raise ValueError("update notes count paragraphs: draft them from a paragraph comparison")
    live = [c for c in comparison.changes if c.op != "unchanged" and not (c.op == "added" and is_correction_notice(c.new_text or ""))]
    added = [c for c in live if c.op == "added"]
    typo = [c for c in live if c.op == "changed" and c.severity == "cosmetic"]
    moved = [c for c in live if c.op == "moved" and not c.entry.edited]
    removed = [c for c in live if c.op == "removed"]
    updated = [c for c in live if c not in added and c not in typo and c not in moved and c not in removed]
    clauses = []
    if added:
        clauses.append(f"adds {_draft_subject(comparison, added)}, {_collapse(n for c in added for n in c.new)}")
    if updated:
        clauses.append(f"updates {_collapse(n for c in updated for n in c.new)}")
    if typo:
        clauses.append(f"fixes typo in {_collapse(n for c in typo for n in c.new)}")
    if moved:
        clauses.append(f"moves {_collapse(n for c in moved for n in c.new)}")
    if removed:
        clauses.append(f"removes {_collapse(n for c in removed for n in c.old)}")
    if not clauses:
        return ""
    text = ", ".join(clauses)
    return f"({text[0].upper()}{text[1:]})"
