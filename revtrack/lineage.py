"""Paragraph lineage: where each paragraph of a story came from, read off the stored alignments.

Every stored version keeps its alignment with the version before it (a list of
:class:`~revtrack.align.Entry`).  Chaining those alignments gives each
paragraph an identity that survives from version to version:

``unchanged``        the paragraph carries on as it was
``changed``          the same paragraph, edited in this version
``moved``            the same paragraph in another place (edited in this version if ``edited``)
``split``            both parts inherit the old paragraph's identity, and both changed here
``merged``           the merged paragraph has every old paragraph as an ancestor
``added``            a new identity, first filed in this version
``removed``          the identity ends

Nothing is aligned again: :func:`blame` and :func:`history` only follow the
alignments they are given, so a report about version 5 agrees with what was
recorded when version 5 arrived.

    >>> v1 = Revision(1, ("Lede.", "Quote.", "Background."))
    >>> v2 = Revision(2, ("New lede.", "Lede.", "Quote, fixed.", "Background."), (
    ...     Entry("added", (), (1,), 0.0), Entry("unchanged", (1,), (2,), 1.0),
    ...     Entry("changed", (2,), (3,), 0.8), Entry("unchanged", (3,), (4,), 1.0)))
    >>> [(b.paragraph, b.introduced, b.last_changed, b.revisions) for b in blame([v1, v2])]
    [(1, (2,), 2, 1), (2, (1,), 1, 1), (3, (1,), 2, 2), (4, (1,), 1, 1)]
    >>> [(s.version, s.paragraphs, s.ops) for s in history([v1, v2], 3).steps]
    [(1, (2,), ('filed',)), (2, (3,), ('changed',))]

Definitions
    *introduced*: the versions in which the paragraph's ancestors were first
    filed (one for most paragraphs, several for a merge of paragraphs of
    different ages).  *last changed*: the latest version that wrote its text --
    filing it, editing it, moving it with edits, splitting it or merging it
    (a split changes both parts even when the sentences are untouched, since
    each part is now a different paragraph); a move without edits and an
    ``unchanged`` entry do not count.  *revisions*: how many versions wrote
    it, so a paragraph filed and never touched has 1.

Paragraphs outside a stored alignment
    The store leaves paragraphs made wholly of ignored furniture (timestamps,
    sign-offs; see :mod:`revtrack.rules`) out of the alignment.  Such a
    paragraph inherits from an equally unaligned old paragraph with exactly
    the same text, and otherwise counts as filed in its version; it is marked
    ``aligned=False`` so reports can say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .align import Entry
from .errors import RevtrackError
from .inline import word_diff

__all__ = [
    "Revision",
    "LineageError",
    "Blame",
    "History",
    "HistoryStep",
    "blame",
    "history",
    "trace",
    "check_revisions",
    "revisions_from_stored",
    "render_blame",
    "render_history",
]


class LineageError(RevtrackError):
    """The stored alignments do not describe the versions they are stored with."""


@dataclass(frozen=True)
class Revision:
    """One version as lineage needs it: its number, paragraph texts and alignment with the one before.

    ``alignment`` is None only for the first version.
    """

    number: int
    paragraphs: tuple[str, ...]
    alignment: tuple[Entry, ...] | None = None


def revisions_from_stored(versions: Iterable) -> list[Revision]:
    """Turn :class:`revtrack.store.StoredVersion` objects (oldest first) into revisions.

    Duck-typed (``number``, ``version.paragraphs``, ``alignment``) so that this
    module never imports the store.
    """
    return [Revision(v.number, tuple(v.version.paragraphs), None if v.alignment is None else tuple(v.alignment))
            for v in versions]


@dataclass(frozen=True)
class _Identity:
    """What a paragraph inherits: first-filed versions, versions that wrote it, root paragraphs."""

    introduced: frozenset[int]
    changed: frozenset[int]
    origins: frozenset[tuple[int, int]]
    aligned: bool = True


@dataclass(frozen=True)
class Blame:
    """One paragraph of a version, with where it came from."""

    paragraph: int
    text: str
    introduced: tuple[int, ...]
    last_changed: int
    revisions: int
    origins: tuple[tuple[int, int], ...]
    aligned: bool = True

    @property
    def first(self) -> int:
        """The earliest version any of its text was filed in."""
        return self.introduced[0]

    def to_dict(self) -> dict:
        return {
            "paragraph": self.paragraph, "introduced": list(self.introduced), "last_changed": self.last_changed,
            "revisions": self.revisions, "origins": [{"version": v, "paragraph": p} for v, p in self.origins],
            "aligned": self.aligned, "text": self.text,
        }


@dataclass(frozen=True)
class HistoryStep:
    """A paragraph's lineage in one version.

    ``paragraphs`` are its ancestors' numbers in this version (more than one
    before a merge); ``ops`` the alignment entries that led from the previous
    version (``filed`` in the version it first appears); ``diff`` the
    word-level difference from the previous step's text to this one's.
    """

    version: int
    paragraphs: tuple[int, ...]
    text: str
    ops: tuple[str, ...]
    diff: list
    from_paragraphs: tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        return any(op != "=" for op, _ in self.diff)

    def to_dict(self) -> dict:
        return {"version": self.version, "paragraphs": list(self.paragraphs), "from": list(self.from_paragraphs),
                "ops": list(self.ops), "changed": self.changed, "text": self.text, "diff": self.diff}


@dataclass(frozen=True)
class History:
    """Paragraph ``paragraph`` of version ``version`` through every version it (or an ancestor) was in."""

    version: int
    paragraph: int
    steps: list[HistoryStep] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"version": self.version, "paragraph": self.paragraph, "steps": [s.to_dict() for s in self.steps]}


# --- checking what we are given ----------------------------------------------


def check_revisions(revisions: Sequence[Revision]) -> None:
    """Refuse (:class:`LineageError`) alignments that do not fit their versions' paragraphs."""
    if not revisions:
        raise LineageError("no versions to trace")
    for k, rev in enumerate(revisions):
        if rev.number != revisions[0].number + k:
            raise LineageError(f"version {rev.number} follows version {revisions[k - 1].number}; versions must be consecutive")
        if k == 0:
            continue
        if rev.alignment is None:
            raise LineageError(f"version {rev.number} has no stored alignment with version {rev.number - 1}")
        n_old, n_new = len(revisions[k - 1].paragraphs), len(rev.paragraphs)
        seen_old: set[int] = set()
        seen_new: set[int] = set()
        for e in rev.alignment:
            for n, limit, seen, side in ((e.old, n_old, seen_old, "old"), (e.new, n_new, seen_new, "new")):
                for p in n:
                    if not 1 <= p <= limit or p in seen:
                        raise LineageError(
                            f"version {rev.number}: stored alignment names {side} \u00b6{p} "
                            f"{'twice' if p in seen else 'out of range'}; it does not fit the stored text")
                    seen.add(p)


def _unaligned_sources(prev: Revision, rev: Revision) -> dict[int, int]:
    """New paragraphs outside the alignment -> an unaligned old paragraph with the same text."""
    in_old = {p for e in rev.alignment for p in e.old}
    in_new = {p for e in rev.alignment for p in e.new}
    free: dict[str, list[int]] = {}
    for i, t in enumerate(prev.paragraphs, 1):
        if i not in in_old:
            free.setdefault(t, []).append(i)
    out = {}
    for j, t in enumerate(rev.paragraphs, 1):
        if j not in in_new and free.get(t):
            out[j] = free[t].pop(0)
    return out


# --- following identities forward ---------------------------------------------


def _step(prev_ids: list[_Identity], prev: Revision, rev: Revision) -> list[_Identity | None]:
    k = rev.number
    ids: list[_Identity | None] = [None] * len(rev.paragraphs)
    for e in rev.alignment:
        if e.op == "removed" or not e.new:
            continue
        if e.op == "added" or not e.old:
            for j in e.new:
                ids[j - 1] = _Identity(frozenset({k}), frozenset({k}), frozenset({(k, j)}))
            continue
        olds = [prev_ids[i - 1] for i in e.old]
        base = _Identity(
            frozenset().union(*(o.introduced for o in olds)),
            frozenset().union(*(o.changed for o in olds)),
            frozenset().union(*(o.origins for o in olds)),
            all(o.aligned for o in olds),
        )
        # Furniture the ignore rules match wholly (a timestamp ticking over) carries identity but is no edit.
        wrote = not e.ignored and (e.op in ("changed", "split", "merged") or (e.op == "moved" and bool(e.edited)))
        if wrote:
            base = _Identity(base.introduced, base.changed | {k}, base.origins, base.aligned)
        for j in e.new:
            ids[j - 1] = base
    sources = _unaligned_sources(prev, rev)
    for j in range(1, len(rev.paragraphs) + 1):
        if ids[j - 1] is None:
            if j in sources:
                o = prev_ids[sources[j] - 1]
                ids[j - 1] = _Identity(o.introduced, o.changed, o.origins, False)
            else:
                ids[j - 1] = _Identity(frozenset({k}), frozenset({k}), frozenset({(k, j)}), False)
    return ids


def _identities(revisions: Sequence[Revision]) -> list[_Identity]:
    first = revisions[0]
    ids = [_Identity(frozenset({first.number}), frozenset({first.number}), frozenset({(first.number, j)}))
           for j in range(1, len(first.paragraphs) + 1)]
    for prev, rev in zip(revisions, revisions[1:]):
        ids = _step(ids, prev, rev)
    return ids


def _upto(revisions: Sequence[Revision], version: int | None) -> Sequence[Revision]:
    check_revisions(revisions)
    if version is None:
        return revisions
    last = revisions[-1].number
    if not revisions[0].number <= version <= last:
        raise LineageError(f"no version {version}; there are versions {revisions[0].number}-{last}")
    return revisions[: version - revisions[0].number + 1]


def blame(revisions: Sequence[Revision], version: int | None = None) -> list[Blame]:
    """Per paragraph of ``version`` (default the latest): introduced, last changed, revisions.

    ``revisions`` are the story's versions oldest first, starting at version 1
    (or at any version, which is then treated as the first filing).
    """
    revs = _upto(revisions, version)
    out = []
    for j, ident in enumerate(_identities(revs), 1):
        out.append(Blame(
            paragraph=j, text=revs[-1].paragraphs[j - 1], introduced=tuple(sorted(ident.introduced)),
            last_changed=max(ident.changed), revisions=len(ident.changed), origins=tuple(sorted(ident.origins)),
            aligned=ident.aligned,
        ))
    return out


def trace(revisions: Sequence[Revision], paragraph: int, version: int | None = None) -> list[tuple[int, tuple[int, ...], tuple[str, ...]]]:
    """Walk back from ``paragraph`` of ``version``: ``(version, ancestor paragraphs, ops)`` oldest first.

    ``ops`` are the alignment entries that produced those paragraphs from the
    version before (``filed`` for paragraphs first filed there).
    """
    revs = _upto(revisions, version)
    last = revs[-1]
    if not 1 <= paragraph <= len(last.paragraphs):
        raise LineageError(f"version {last.number} has paragraphs 1-{len(last.paragraphs)}, not \u00b6{paragraph}")
    out = []
    current = {paragraph}
    for k in range(len(revs) - 1, -1, -1):
        rev = revs[k]
        if k == 0:
            out.append((rev.number, tuple(sorted(current)), ("filed",)))
            break
        prev = revs[k - 1]
        older: set[int] = set()
        ops: list[str] = []
        covered: set[int] = set()
        for e in rev.alignment:
            if current & set(e.new):
                covered |= set(e.new)
                if e.old:
                    older |= set(e.old)
                    op = "moved, edited" if e.op == "moved" and e.edited else e.op
                else:
                    op = "filed"
                if op not in ops:
                    ops.append(op)
        sources = _unaligned_sources(prev, rev)
        for j in sorted(current - covered):
            op = "unchanged" if j in sources else "filed"
            if j in sources:
                older.add(sources[j])
            if op not in ops:
                ops.append(op)
        out.append((rev.number, tuple(sorted(current)), tuple(ops)))
        if not older:
            break
        current = older
    out.reverse()
    return out


def history(revisions: Sequence[Revision], paragraph: int, version: int | None = None) -> History:
    """Paragraph ``paragraph`` of ``version`` (default latest) through every version, with word diffs.

    Where it was merged, the earlier steps hold all its ancestors (joined with
    a blank line); where it was split, the diff shows the part that went to
    the other paragraph as removed.
    """
    revs = _upto(revisions, version)
    by_number = {r.number: r for r in revs}
    steps: list[HistoryStep] = []
    prev_text, prev_paras = "", ()
    for number, paras, ops in trace(revs, paragraph, version):
        text = "\n\n".join(by_number[number].paragraphs[p - 1] for p in paras)
        steps.append(HistoryStep(number, paras, text, ops, word_diff(prev_text, text), prev_paras))
        prev_text, prev_paras = text, paras
    return History(revs[-1].number, paragraph, steps)


# --- reports ----------------------------------------------------------------------
# Views of the values above; like revtrack.render, none recomputes anything.

BLAME_FORMATS = ("text", "json")
HISTORY_FORMATS = ("text", "json", "markdown")
_TEXT_WIDTH = 72  # blame shows the start of each paragraph; --format json has the whole text


def _versions(numbers: Iterable[int]) -> str:
    return ",".join(f"v{n}" for n in numbers)


def render_blame(rows: Sequence[Blame], fmt: str = "text", label: str = "") -> str:
    """``text``: one line per paragraph (``¶5  v2  v5  3  start of the text``); ``json``: a list of objects.

        >>> print(render_blame(blame([Revision(1, ("Lede.",))]), label="s@1"), end="")
        s@1: 1 paragraph
        PARA  INTRODUCED  CHANGED  REVISIONS  TEXT
        ¶1    v1          v1       1          Lede.
    """
    if fmt == "json":
        import json

        return json.dumps({"version": label, "paragraphs": [r.to_dict() for r in rows]}, indent=2,
                          ensure_ascii=False) + "\n"
    if fmt != "text":
        raise ValueError(f"blame format must be one of {BLAME_FORMATS}, not {fmt!r}")
    table = [["PARA", "INTRODUCED", "CHANGED", "REVISIONS", "TEXT"]]
    for r in rows:
        text = " ".join(r.text.split())
        if len(text) > _TEXT_WIDTH:
            text = text[: _TEXT_WIDTH - 1] + "\u2026"
        table.append([f"\u00b6{r.paragraph}" + ("*" if not r.aligned else ""), _versions(r.introduced),
                      f"v{r.last_changed}", str(r.revisions), text])
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    n = len(rows)
    lines = [f"{label}: {n} paragraph{'s' * (n != 1)}"]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row[:4], widths)) + "  " + row[4] for row in table]
    if any(not r.aligned for r in rows):
        lines.append("* outside the stored alignment (wholly ignored furniture): followed by identical text only")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _step_heading(step: HistoryStep, story: str) -> str:
    where = ", ".join(f"\u00b6{p}" for p in step.paragraphs)
    came = ""
    if step.from_paragraphs and tuple(step.from_paragraphs) != tuple(step.paragraphs):
        came = " from " + ", ".join(f"\u00b6{p}" for p in step.from_paragraphs)
    return f"{story}@{step.version} {where}{came}: {', '.join(step.ops)}"


def render_history(h: History, fmt: str = "text", story: str = "", color: bool = False) -> str:
    """The paragraph version by version: ``text`` (``[-old-]{+new+}``), ``json`` or ``markdown``."""
    if fmt == "json":
        import json

        return json.dumps({"story": story, **h.to_dict()}, indent=2, ensure_ascii=False) + "\n"
    from .render.text import word_segments

    title = f"{story}@{h.version} \u00b6{h.paragraph} through {len(h.steps)} version{'s' * (len(h.steps) != 1)}"
    if fmt == "markdown":
        from .render.markdown import md_escape

        out = [f"## History of {md_escape(title)}", ""]
        for step in h.steps:
            out.append(f"### {md_escape(_step_heading(step, story))}")
            out.append("")
            if not step.changed:
                out.append("_text unchanged_")
            else:
                parts = []
                for op, text in step.diff:
                    core = md_escape(text.strip())
                    if op == "=" or not core:
                        parts.append(md_escape(text))
                    else:
                        mark = "~~" if op == "-" else "**"
                        lead = text[: len(text) - len(text.lstrip())]
                        trail = text[len(text.rstrip()):]
                        parts.append(f"{lead}{mark}{core}{mark}{trail}")
                out.append("".join(parts))
            out.append("")
        return "\n".join(out)
    if fmt != "text":
        raise ValueError(f"history format must be one of {HISTORY_FORMATS}, not {fmt!r}")
    lines = [title]
    for step in h.steps:
        lines.append("")
        lines.append(_step_heading(step, story))
        body = word_segments(step.diff, color) if step.changed else "(text unchanged)"
        lines += ["    " + line for line in body.split("\n")]
    return "\n".join(lines) + "\n"
