"""Terminal report: a summary line, then each change with word-level detail.

Without colour, word changes read like ``git diff --word-diff=plain``:
``[-old words-]{+new words+}``.  With colour, deletions are red and struck
through, insertions green and underlined, so the report still reads on a
monochrome terminal.
"""

from __future__ import annotations

import re
import textwrap

from . import entry_heading, filter_lines, summary_line

_RED, _GREEN, _BOLD, _DIM, _RESET = "\x1b[31;9m", "\x1b[32;4m", "\x1b[1m", "\x1b[2m", "\x1b[0m"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str | None) -> str:
    """Story text is untrusted: show control characters (a stray ESC could drive the terminal) as ``\\xNN``.

    >>> print(safe("a\x1b[2Jb"))
    a\\x1b[2Jb
    """
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text or "")


def word_segments(diff, color: bool) -> str:
    """Diff segments as one line: coloured, or ``[-old-]{+new+}`` like ``git diff --word-diff=plain``.

    >>> word_segments([["=", "Toll "], ["-", "12"], ["+", "14"]], color=False)
    'Toll [-12-]{+14+}'
    """
    out = []
    for op, text in diff:
        text = safe(text)
        if op == "=":
            out.append(text)
        elif color:
            out.append(f"{_RED if op == '-' else _GREEN}{text}{_RESET}")
        else:
            out.append(f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return "".join(out)


def change_body(change, color: bool) -> str:
    """The words of one change as every terminal report shows them (diff, reports, note checks)."""
    if change.op == "added":
        return f"{_GREEN}{safe(change.new_text)}{_RESET}" if color else f"{{+{safe(change.new_text)}+}}"
    if change.op == "removed":
        return f"{_RED}{safe(change.old_text)}{_RESET}" if color else f"[-{safe(change.old_text)}-]"
    if change.diff is not None and change.old_text != change.new_text:
        return word_segments(change.diff, color)
    return safe(change.new_text)


def _indent(text: str) -> str:
    return textwrap.indent(text, "    ", lambda _line: True)


def render_text(comparison, *, old_label: str = "old", new_label: str = "new", color: bool = False, **_ignored) -> str:
    b = (lambda s: f"{_BOLD}{s}{_RESET}") if color else (lambda s: s)
    lines = [b(f"--- {safe(old_label)}"), b(f"+++ {safe(new_label)}")]
    for side, v in (("old", comparison.old), ("new", comparison.new)):
        if v.header and v.header.note:
            lines.append(f"{side} note: ({safe(v.header.note)})")
    lines.append(summary_line(comparison.summary))
    lines += filter_lines(comparison)
    for c in comparison.changes:
        if c.op == "unchanged":
            continue
        sev = f" [{c.severity}: {'; '.join(c.reasons)}]" if c.reasons else f" [{c.severity}]"
        lines.append("")
        lines.append(b(entry_heading(c, comparison.unit)) + sev)
        body = change_body(c, color)
        lines.append(_indent(body))
    return "\n".join(lines) + "\n"
