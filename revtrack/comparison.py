"""The comparison object every report is a view of.

:func:`compare` parses two story texts, aligns their paragraphs (or sentences),
adds word-level diffs and a severity to each entry, and returns a
:class:`Comparison`.  ``Comparison.to_dict()`` is the JSON data model, exactly
what ``revtrack diff --format json`` prints.

    >>> c = compare("One.\\n\\nTwo.", "One.\\n\\nTwo, and more.\\n\\nThree.")
    >>> c.summary["changed"], c.summary["added"]
    (1, 1)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .align import OPS, Entry, align, order_entries
from .inline import word_diff
from .rules import Rule, compile_rules, mask_units
from .severity import classify, rank
from .text import Version, parse_version, split_sentences

__all__ = ["SCHEMA_VERSION", "Change", "Comparison", "compare", "compare_versions"]

# Bump when a key of to_dict() changes meaning or goes away (README, JSON schema).
# 2: ignore rules -- top-level "ignored" block; paragraphs wholly made of ignored
#    text are listed there instead of in "alignment".
# 3: those paragraphs are back in "alignment" as entries flagged "ignored": true
#    (aligned among themselves), so every paragraph is in exactly one entry again.
SCHEMA_VERSION = 3


@dataclass(frozen=True)
class Change:
    """One alignment entry with what a report needs: texts, word diff, severity."""

    entry: Entry
    old_text: str | None
    new_text: str | None
    diff: list | None
    severity: str
    reasons: list[str]
    ignored: bool = False  # every unit of the entry is wholly ignored text (furniture)

    @property
    def op(self) -> str:
        return self.entry.op

    @property
    def old(self) -> tuple[int, ...]:
        return self.entry.old

    @property
    def new(self) -> tuple[int, ...]:
        return self.entry.new

    def to_dict(self) -> dict:
        d = self.entry.to_dict()
        if self.diff is not None:
            d["diff"] = self.diff
        d["severity"] = self.severity
        d["reasons"] = list(self.reasons)
        if self.ignored:
            d["ignored"] = True
        return d


@dataclass
class Comparison:
    old: Version
    new: Version
    unit: str = "paragraph"
    changes: list[Change] = field(default_factory=list)
    # What the ignore rules took out: see revtrack.rules and _ignored_dict().
    ignored: dict = field(default_factory=lambda: {"rules": [], "spans": 0, "paragraphs": []})
    # Set by filtered(): the lowest severity reported, and how many changes below it were left out.
    min_severity: str = "none"
    hidden: dict = field(default_factory=dict)
    # Entries made only of wholly ignored units (sign-offs, timestamps): kept so the
    # JSON alignment covers every unit, but never reported or counted as changes.
    ignored_changes: list[Change] = field(default_factory=list)

    @property
    def old_units(self) -> list[str]:
        return _units(self.old, self.unit)

    @property
    def new_units(self) -> list[str]:
        return _units(self.new, self.unit)

    @property
    def summary(self) -> dict[str, int]:
        counts = {op: 0 for op in OPS}
        for c in self.changes:
            counts[c.op] += 1
        return counts

    @property
    def identical(self) -> bool:
        return all(c.op == "unchanged" for c in self.changes)

    def at_least(self, level: str) -> list[Change]:
        """Changes whose severity is ``level`` or above."""
        return [c for c in self.changes if c.op != "unchanged" and rank(c.severity) >= rank(level)]

    def filtered(self, min_severity: str) -> "Comparison":
        """A copy reporting only changes at ``min_severity`` or above; the rest are counted in ``hidden``.

        >>> c = compare("Police said 3 died.\\n\\nIt rained.", "Police said 4 died.\\n\\nIt rained .")
        >>> f = c.filtered("substantive")
        >>> [ch.op for ch in f.changes], f.hidden
        (['changed'], {'cosmetic': 1})
        """
        rank(min_severity)  # ValueError for an unknown level
        keep = [c for c in self.changes if c.op == "unchanged" or rank(c.severity) >= rank(min_severity)]
        hidden: dict[str, int] = {}
        for c in self.changes:
            if c.op != "unchanged" and rank(c.severity) < rank(min_severity):
                hidden[c.severity] = hidden.get(c.severity, 0) + 1
        return replace(self, changes=keep, min_severity=min_severity, hidden=hidden)

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "unit": self.unit,
            "old": _version_dict(self.old, self.old_units),
            "new": _version_dict(self.new, self.new_units),
            "alignment": [c.to_dict() for c in self.all_changes()],
            "summary": self.summary,
            "ignored": self.ignored,
            "min_severity": self.min_severity,
            "hidden": dict(self.hidden),
        }


    def all_changes(self) -> list[Change]:
        """Reported and ignored entries together, in report order (a severity filter leaves the ignored out)."""
        if not self.ignored_changes or self.min_severity != "none":
            return self.changes
        by_entry = {id(c.entry): c for c in self.changes + self.ignored_changes}
        return [by_entry[id(e)] for e in order_entries([c.entry for c in self.changes + self.ignored_changes])]


def _units(v: Version, unit: str) -> list[str]:
    if unit == "sentence":
        return [s for p in v.paragraphs for s in split_sentences(p)]
    return list(v.paragraphs)


def _version_dict(v: Version, units: list[str]) -> dict:
    return {"header": v.header.to_dict() if v.header else None, "paragraphs": units}


def _join(units: list[str], numbers: tuple[int, ...], sep: str) -> str | None:
    return sep.join(units[n - 1] for n in numbers) if numbers else None


def compare_versions(
    old: Version,
    new: Version,
    unit: str = "paragraph",
    entries: list[Entry] | None = None,
    rules: list[Rule | str] | None = None,
    default_rules: bool = True,
) -> Comparison:
    """Compare two parsed versions.

    ``entries`` is an alignment computed earlier (the store keeps one per
    version); when given, it is used instead of aligning again.

    ``rules`` are ignore rules (:class:`~revtrack.rules.Rule` or regex
    strings) added to the built-in defaults (off with ``default_rules=False``).
    Spans they match are left out of aligning and classifying; units made
    wholly of ignored text are left out of the alignment and listed in
    ``Comparison.ignored`` instead.  Reports still show the original text.
    """
    if unit not in ("paragraph", "sentence"):
        raise ValueError(f"unit must be 'paragraph' or 'sentence', not {unit!r}")
    active = compile_rules(rules or (), default_rules=default_rules)
    a, b = _units(old, unit), _units(new, unit)
    ma, mb = mask_units(a, active), mask_units(b, active)
    gone_a, gone_b = set(ma.wholly_ignored), set(mb.wholly_ignored)
    sep = " " if unit == "sentence" else "\n\n"
    if entries is None:
        entries = _align_kept(ma.texts, mb.texts, gone_a, gone_b)
        furniture = _align_ignored(a, b, gone_a, gone_b)
    else:
        furniture = [e for e in entries if _wholly_ignored(e, gone_a, gone_b)]
        # A stored flag follows the rules in force now (e.g. --no-default-rules), not those at storing time.
        entries = [replace(e, ignored=False) for e in entries if not _wholly_ignored(e, gone_a, gone_b)]
        if gone_a or gone_b:
            # An alignment stored before the ignored units were kept in it.
            seen_a = {n for e in entries + furniture for n in e.old}
            seen_b = {n for e in entries + furniture for n in e.new}
            furniture += _align_ignored(a, b, gone_a - seen_a, gone_b - seen_b)
    changes = []
    for e in entries:
        ot, nt = _join(a, e.old, sep), _join(b, e.new, sep)
        diff = word_diff(ot, nt) if ot is not None and nt is not None and e.op != "unchanged" else None
        level, reasons = classify(e.op, _join(ma.texts, e.old, sep), _join(mb.texts, e.new, sep))
        changes.append(Change(e, ot, nt, diff, level, reasons))
    ignored_changes = []
    why = {r.pattern: r.why or r.pattern for r in active}
    for e in furniture:
        ot, nt = _join(a, e.old, sep), _join(b, e.new, sep)
        diff = word_diff(ot, nt) if ot is not None and nt is not None and e.op != "unchanged" else None
        rule = ma.rule_of.get(e.old[0]) if e.old else mb.rule_of.get(e.new[0])
        ignored_changes.append(Change(replace(e, ignored=True), ot, nt, diff, "none", [f"ignored: {why.get(rule, rule)}"] if rule else ["ignored"], ignored=True))
    return Comparison(
        old=old, new=new, unit=unit, changes=changes, ignored=_ignored_dict(active, ma, mb, a, b), ignored_changes=ignored_changes
    )


def _wholly_ignored(e: Entry, gone_a: set[int], gone_b: set[int]) -> bool:
    return set(e.old) <= gone_a and set(e.new) <= gone_b


def _align_ignored(a: list[str], b: list[str], gone_a: set[int], gone_b: set[int]) -> list[Entry]:
    """Align the wholly ignored units among themselves (a sign-off with the next sign-off), full numbering."""
    if not gone_a and not gone_b:
        return []
    ia, ib = sorted(gone_a), sorted(gone_b)
    sub = align([a[i - 1] for i in ia], [b[j - 1] for j in ib])
    return [Entry(e.op, tuple(ia[i - 1] for i in e.old), tuple(ib[j - 1] for j in e.new), e.similarity, e.edited) for e in sub]


def _align_kept(ta: list[str], tb: list[str], gone_a: set[int], gone_b: set[int]) -> list[Entry]:
    """Align the masked units that are not wholly ignored, numbered as in the full version."""
    keep_a = [i for i in range(1, len(ta) + 1) if i not in gone_a]
    keep_b = [j for j in range(1, len(tb) + 1) if j not in gone_b]
    sub = align([ta[i - 1] for i in keep_a], [tb[j - 1] for j in keep_b])
    if not gone_a and not gone_b:
        return sub
    return [
        Entry(e.op, tuple(keep_a[i - 1] for i in e.old), tuple(keep_b[j - 1] for j in e.new), e.similarity, e.edited)
        for e in sub
    ]


def _ignored_dict(active, ma, mb, a, b) -> dict:
    """The JSON ``ignored`` block: every rule in force with its span count, the spans, the dropped units."""
    by_rule = {p: ma.by_rule.get(p, 0) + mb.by_rule.get(p, 0) for p in {r.pattern for r in active}}
    units = [
        {"side": side, "number": n, "text": units[n - 1], "rule": m.rule_of[n]}
        for side, m, units in (("old", ma, a), ("new", mb, b))
        for n in m.wholly_ignored
    ]
    return {
        "rules": [dict(r.to_dict(), spans=by_rule[r.pattern]) for r in active],
        "spans": ma.spans + mb.spans,
        "paragraphs": units,
    }


def compare(
    old_text: str, new_text: str, unit: str = "paragraph", rules: list[Rule | str] | None = None, default_rules: bool = True
) -> Comparison:
    """Compare two story texts; see :class:`Comparison` and :func:`compare_versions`."""
    return compare_versions(parse_version(old_text), parse_version(new_text), unit, rules=rules, default_rules=default_rules)
