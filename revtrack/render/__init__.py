"""Renderers: views of one :class:`~revtrack.comparison.Comparison`.

Each renderer takes the comparison (and labels for the two sides) and returns a
string; none of them recomputes anything.  ``FORMATS`` maps a ``--format``
name to its renderer.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["FORMATS", "render", "paragraph_label", "summary_line"]


def paragraph_label(numbers, unit: str = "paragraph") -> str:
    """``¶3`` or ``¶3, ¶4`` (``s3`` for sentences): how every report names units."""
    mark = "\u00b6" if unit == "paragraph" else "s"
    return ", ".join(f"{mark}{n}" for n in numbers)


def entry_heading(change, unit: str = "paragraph") -> str:
    """``¶2 added``, ``¶5 -> ¶7 moved``, ``¶3 changed``: the label every report uses."""
    old, new = paragraph_label(change.old, unit), paragraph_label(change.new, unit)
    if change.op == "added":
        where = new
    elif change.op == "removed":
        where = old
    elif list(change.old) == list(change.new) and change.op == "changed":
        where = new
    else:
        where = f"{old} -> {new}"
    op = change.op
    if op == "moved":
        op = "moved, edited" if change.entry.edited else "moved"
    return f"{where} {op}"


def summary_line(summary: dict[str, int]) -> str:
    """``3 added, 2 changed, 1 moved, 0 removed`` plus split/merged when present."""
    parts = [f"{summary[k]} {k}" for k in ("added", "changed", "moved", "removed")]
    parts += [f"{summary[k]} {k}" for k in ("split", "merged") if summary.get(k)]
    parts.append(f"{summary['unchanged']} unchanged")
    return ", ".join(parts)


def filter_lines(comparison) -> list[str]:
    """What ignore rules and ``--min-severity`` left out, one line each (none if nothing was).

    Every report says so, so that nothing is dropped silently.
    """
    out = []
    ign = getattr(comparison, "ignored", None) or {}
    if ign.get("spans"):
        mark = "\u00b6" if comparison.unit == "paragraph" else "s"
        whole = ", ".join(f"{p['side']} {mark}{p['number']}" for p in ign.get("paragraphs", []))
        n = ign["spans"]
        line = f"ignored by rules: {n} span{'s' if n != 1 else ''}"
        out.append(line + (f"; wholly ignored: {whole}" if whole else ""))
    hidden = getattr(comparison, "hidden", None) or {}
    if hidden:
        parts = ", ".join(f"{n} {level}" for level, n in sorted(hidden.items()))
        out.append(f"not shown, below {comparison.min_severity}: {parts}")
    return out


def _lazy(module: str, fn: str) -> Callable:
    def call(*args, **kwargs):
        import importlib

        return getattr(importlib.import_module(f"revtrack.render.{module}"), fn)(*args, **kwargs)

    return call


FORMATS: dict[str, Callable] = {
    "text": _lazy("text", "render_text"),
    "json": _lazy("json", "render_json"),
    "markdown": _lazy("markdown", "render_markdown"),
    "html": _lazy("html", "render_html"),
}


def render(fmt: str, comparison, **kwargs) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt](comparison, **kwargs)
