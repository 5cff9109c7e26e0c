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

from dataclasses import dataclass, field

from .align import OPS, Entry, align
from .inline import word_diff
from .severity import classify, rank
from .text import Version, parse_version, split_sentences

__all__ = ["SCHEMA_VERSION", "Change", "Comparison", "compare", "compare_versions"]

# Bump when a key of to_dict() changes meaning or goes away (README, JSON schema).
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Change:
    """One alignment entry with what a report needs: texts, word diff, severity."""

    entry: Entry
    old_text: str | None
    new_text: str | None
    diff: list | None
    severity: str
    reasons: list[str]

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
        return d


@dataclass
class Comparison:
    old: Version
    new: Version
    unit: str = "paragraph"
    changes: list[Change] = field(default_factory=list)

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

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "unit": self.unit,
            "old": _version_dict(self.old, self.old_units),
            "new": _version_dict(self.new, self.new_units),
            "alignment": [c.to_dict() for c in self.changes],
            "summary": self.summary,
        }


def _units(v: Version, unit: str) -> list[str]:
    if unit == "sentence":
        return [s for p in v.paragraphs for s in split_sentences(p)]
    return list(v.paragraphs)


def _version_dict(v: Version, units: list[str]) -> dict:
    return {"header": v.header.to_dict() if v.header else None, "paragraphs": units}


def _join(units: list[str], numbers: tuple[int, ...], sep: str) -> str | None:
    return sep.join(units[n - 1] for n in numbers) if numbers else None


def compare_versions(old: Version, new: Version, unit: str = "paragraph", entries: list[Entry] | None = None) -> Comparison:
    """Compare two parsed versions.

    ``entries`` is an alignment computed earlier (the store keeps one per
    version); when given, it is used instead of aligning again.
    """
    if unit not in ("paragraph", "sentence"):
        raise ValueError(f"unit must be 'paragraph' or 'sentence', not {unit!r}")
    a, b = _units(old, unit), _units(new, unit)
    sep = " " if unit == "sentence" else "\n\n"
    changes = []
    for e in align(a, b) if entries is None else entries:
        ot, nt = _join(a, e.old, sep), _join(b, e.new, sep)
        diff = word_diff(ot, nt) if ot is not None and nt is not None and e.op != "unchanged" else None
        level, reasons = classify(e.op, ot, nt)
        changes.append(Change(e, ot, nt, diff, level, reasons))
    return Comparison(old=old, new=new, unit=unit, changes=changes)


def compare(old_text: str, new_text: str, unit: str = "paragraph") -> Comparison:
    """Compare two story texts; see :class:`Comparison`."""
    return compare_versions(parse_version(old_text), parse_version(new_text), unit)
