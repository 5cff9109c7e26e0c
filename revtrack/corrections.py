"""Corrections: which versions correct the story, and which paragraphs they really changed.

A wire desk marks a correction in one of four ways, and any one makes a version
a *correction*:

* a ``CORRECTED -`` slug opening the header line (``Header.slug == "CORRECTED"``);
* a note that corrects: ``(Corrects paragraph 5 to say ...)``;
* ``This story has been corrected to ...`` in the header or as a notice;
* a trailing ``(corrects ...)`` line at the end of the story.

The desk's note says what it *meant* to fix; the alignment with the version
before says what *was* changed.  :func:`correction_rows` lists the second, one
row per paragraph the correction really touched, with the words before and
after taken from the word diff, so a reader sees ``6 a.m -> 10 p.m`` next to
the note that announced it::

    >>> old = "date 2024-10-01 ANTWERP, Oct 1 (Reuters) -\\n\\nThe strike began on Tuesday.\\n\\nTalks are due."
    >>> new = ("date 2024-10-01 (Corrects paragraph 1 to say Monday) ANTWERP, Oct 1 (Reuters) -"
    ...        "\\n\\nThe strike began on Monday.\\n\\nTalks are due.")
    >>> from revtrack.text import parse_version
    >>> correction_note(parse_version(new))
    'Corrects paragraph 1 to say Monday'
    >>> [(r.paragraph, r.before, r.after) for r in correction_rows(parse_version(old), parse_version(new))]
    [(1, 'Tuesday', 'Monday')]

Nothing here is stored: corrections are derived from the stored versions,
their notes and the alignment kept with each version, so they survive
``revtrack export`` / ``import`` with the versions themselves.  The appended
correction notice (``(This story has been corrected ...)``) is the note, not
a correction of the story, so it is never listed as a changed paragraph.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass

from .comparison import compare_versions
from .notes import is_correction_notice, parse_note
from .text import Version

__all__ = ["Correction", "CorrectionRow", "correction_note", "correction_rows", "find_corrections",
           "corrected_versions", "render_corrections", "CORRECTION_FORMATS"]

CORRECTION_FORMATS = ("text", "json", "csv")

# Before/after words longer than this are clipped in the text listing (JSON and CSV keep them whole):
# the longest hunk in the fixture corrections is under 40 characters, and a whole added
# paragraph (often 200-400 characters) would push every other column off the screen.
_TEXT_CLIP = 80

# A cheap test that skips parsing most versions: every correction marker contains "correct".
_MARKER = re.compile("correct", re.I)


def _trailing_notices(version: Version) -> list[str]:
    """The notices that end a story (``(This story has been corrected ...)``), in order."""
    tail = []
    for p in reversed(version.paragraphs):
        if not is_correction_notice(p):
            break
        tail.append(p.strip())
    return tail[::-1]


def correction_note(version: Version, note: str | None = None, previous: Version | None = None) -> str | None:
    """The note that makes ``version`` a correction, or None when it is not one.

    ``note`` is the note stored with the version (it may have been given
    apart from the text); the header note and trailing notices count too.
    ``previous`` is the version before: a trailing notice it already had is
    an old correction carried along, not a new one (desks leave the notice at
    the foot of every later version).

    >>> from revtrack.text import parse_version
    >>> correction_note(parse_version("CORRECTED - Russia says raid repelled\\n\\nBELGOROD, June 4 (Reuters) - Text."))
    'CORRECTED'
    >>> fixed = parse_version("One.\\n\\n(This story has been corrected to fix a name in paragraph 1)")
    >>> correction_note(fixed)
    '(This story has been corrected to fix a name in paragraph 1)'
    >>> later = parse_version("One.\\n\\nTwo.\\n\\n(This story has been corrected to fix a name in paragraph 1)")
    >>> correction_note(later, previous=fixed) is None
    True
    >>> correction_note(parse_version("(Adds quote, paragraph 2) KYIV, June 4 (Reuters) -\\n\\nOne.")) is None
    True
    """
    header = version.header
    earlier = {p.strip() for p in previous.paragraphs} if previous is not None else set()
    notes = list(dict.fromkeys(t for t in (note, header.note if header else None) if t))
    texts = notes + [p for p in _trailing_notices(version) if p not in earlier]
    for text in texts:
        if parse_note(text).correction:
            return text
    if header is not None and header.slug == "CORRECTED":
        return notes[0] if notes else "CORRECTED"
    return None


@dataclass(frozen=True)
class CorrectionRow:
    """One paragraph a correction changed: where, how, and the words before and after."""

    op: str
    paragraph: int | None  # in the correcting version; None for a removed paragraph
    old_paragraph: int | None  # in the version before
    before: str
    after: str
    severity: str
    hunks: tuple[tuple[str, str], ...]

    def to_dict(self) -> dict:
        return {"op": self.op, "paragraph": self.paragraph, "old_paragraph": self.old_paragraph,
                "before": self.before, "after": self.after, "severity": self.severity,
                "hunks": [list(h) for h in self.hunks]}


def _hunks(diff) -> list[tuple[str, str]]:
    """Runs of removed/added words between unchanged text: ``[(before, after), ...]``."""
    out, before, after = [], [], []
    for op, text in diff:
        if op == "=":
            if text.strip() and (before or after):
                out.append(("".join(before).strip(), "".join(after).strip()))
                before, after = [], []
            continue
        (before if op == "-" else after).append(text)
    if before or after:
        out.append(("".join(before).strip(), "".join(after).strip()))
    return out


def correction_rows(old: Version, new: Version, entries=None) -> list[CorrectionRow]:
    """The paragraphs ``new`` really changed against ``old`` (its predecessor).

    ``entries`` is the alignment stored with ``new`` (used as is, never
    recomputed).  Ignore rules are not applied: a correction is listed even
    where it touched text that reports would grey out.
    """
    comparison = compare_versions(old, new, entries=entries, default_rules=False)
    rows = []
    for c in comparison.changes:
        if c.op == "unchanged":
            continue
        if is_correction_notice(c.new_text or c.old_text or ""):
            continue  # the notice announcing a correction (added, reworded, dropped), not a correction of the story
        if c.op == "added":
            hunks = [("", c.new_text or "")]
        elif c.op == "removed":
            hunks = [(c.old_text or "", "")]
        else:  # no hunks when only the place changed: moved unedited, split or merged at a boundary
            hunks = _hunks(c.diff or [])
        rows.append(CorrectionRow(
            op=c.op, paragraph=c.new[0] if c.new else None, old_paragraph=c.old[0] if c.old else None,
            before=" … ".join(b for b, _ in hunks if b), after=" … ".join(a for _, a in hunks if a),
            severity=c.severity, hunks=tuple(hunks),
        ))
    return rows


@dataclass(frozen=True)
class Correction:
    """A stored version that is a correction, with the paragraphs it changed."""

    story: str
    version: int
    at: str
    by: str | None
    note: str
    rows: tuple[CorrectionRow, ...]

    @property
    def ref(self) -> str:
        return f"{self.story}@{self.version}"

    @property
    def paragraphs(self) -> list[int]:
        """Paragraph numbers (in the correcting version) it changed."""
        return [r.paragraph for r in self.rows if r.paragraph is not None]

    def to_dict(self) -> dict:
        return {"story": self.story, "version": self.version, "ref": self.ref, "at": self.at, "by": self.by,
                "note": self.note, "paragraphs": self.paragraphs, "changes": [r.to_dict() for r in self.rows]}


def _may_be_correction(v) -> bool:
    return bool(_MARKER.search(v.text) or _MARKER.search(v.note or ""))


def corrected_versions(versions) -> list[Correction]:
    """The corrections among one story's stored versions (oldest first, as :meth:`Store.versions` gives them)."""
    out = []
    for prev, v in zip([None] + list(versions[:-1]), versions):
        if not _may_be_correction(v):
            continue
        parsed = v.version
        before = prev.version if prev is not None else None
        note = correction_note(parsed, v.note, before)
        if note is None:
            continue
        rows = () if before is None else tuple(correction_rows(before, parsed, v.alignment))
        out.append(Correction(v.story, v.number, v.received_at, v.by, note, rows))
    return out


def find_corrections(store, story: str | None = None) -> list[Correction]:
    """Every correction in ``store`` (or in one story), by story then version."""
    ids = [story] if story is not None else [s.id for s in store.stories()]
    out = []
    for sid in ids:
        out.extend(corrected_versions(store.versions(sid)))
    return out


def _clip(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= _TEXT_CLIP else s[: _TEXT_CLIP - 1] + "…"


def _flat(corrections) -> list[tuple[Correction, CorrectionRow | None]]:
    return [(c, r) for c in corrections for r in (c.rows or (None,))]


def render_corrections(corrections: list[Correction], fmt: str = "text") -> str:
    """``text`` (one line per changed paragraph), ``json`` (a list of corrections) or ``csv``.

    A correction that changed no paragraph still gets a line (paragraph
    empty): a note that claims a fix nobody made is worth seeing.
    """
    if fmt == "json":
        return json.dumps([c.to_dict() for c in corrections], ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["at", "story", "version", "paragraph", "old_paragraph", "op", "severity", "before", "after", "note"])
        for c, r in _flat(corrections):
            w.writerow([c.at, c.story, c.version, "" if r is None or r.paragraph is None else r.paragraph,
                        "" if r is None or r.old_paragraph is None else r.old_paragraph,
                        "" if r is None else r.op, "" if r is None else r.severity,
                        "" if r is None else r.before, "" if r is None else r.after, c.note])
        return buf.getvalue()
    if fmt != "text":
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(CORRECTION_FORMATS)}")
    if not corrections:
        return "no corrections\n"
    lines = []
    for c, r in _flat(corrections):
        head = f"{c.at[:16].replace('T', ' ')}Z  {c.ref}"
        if r is None:
            what = "(first stored version: nothing earlier to compare)" if c.version == 1 else "(no paragraph changed)"
            lines.append(f"{head}  {what}  note: {' '.join(c.note.split())}")
            continue
        where = f"¶{r.paragraph}" if r.paragraph is not None else f"old ¶{r.old_paragraph}"
        words = " ".join((f"[-{_clip(b)}-]" if b else "") + (f"{{+{_clip(a)}+}}" if a else "") for b, a in r.hunks)
        lines.append(f"{head}  {where} {r.op} ({r.severity}): {words or '(same words)'}  note: {' '.join(c.note.split())}")
    return "\n".join(lines) + "\n"


def correction_marks(versions) -> dict[int, str]:
    """What a timeline says of each correcting version: ``{4: "Correction: ¶5 changed"}``.

    ``versions``: one story's stored versions, oldest first.
    """
    marks = {}
    for c in corrected_versions(versions):
        where = ", ".join(f"¶{r.paragraph} {r.op}" if r.paragraph is not None else f"old ¶{r.old_paragraph} removed"
                          for r in c.rows)
        if not where:
            where = "first stored version" if c.version == 1 else "no paragraph changed"
        marks[c.version] = f"Correction: {where}"
    return marks
