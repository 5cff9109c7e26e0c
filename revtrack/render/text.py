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


def _safe(text: str | None) -> str:
    """Story text is untrusted: show control characters (a stray ESC could drive the terminal) as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text or "")


def _segments(diff, color: bool) -> str:
    out = []
    for op, text in diff:
        text = _safe(text)
        if op == "=":
            out.append(text)
        elif color:
            out.append(f"{_RED if op == '-' else _GREEN}{text}{_RESET}")
        else:
            out.append(f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return "".join(out)


def _indent(text: str) -> str:
    return textwrap.indent(text, "    ", lambda _line: True)


def render_text(comparison, *, old_label: str = "old", new_label: str = "new", color: bool = False, **_ignored) -> str:
    b = (lambda s: f"{_BOLD}{s}{_RESET}") if color else (lambda s: s)
    lines = [b(f"--- {_safe(old_label)}"), b(f"+++ {_safe(new_label)}")]
    for side, v in (("old", comparison.old), ("new", comparison.new)):
        if v.header and v.header.note:
            lines.append(f"{side} note: ({_safe(v.header.note)})")
    lines.append(summary_line(comparison.summary))
    lines += filter_lines(comparison)
    for c in comparison.changes:
        if c.op == "unchanged":
            continue
        sev = f" [{c.severity}: {'; '.join(c.reasons)}]" if c.reasons else f" [{c.severity}]"
        lines.append("")
        lines.append(b(entry_heading(c, comparison.unit)) + sev)
        if c.op == "added":
            body = f"{_GREEN}{_safe(c.new_text)}{_RESET}" if color else f"{{+{_safe(c.new_text)}+}}"
        elif c.op == "removed":
            body = f"{_RED}{_safe(c.old_text)}{_RESET}" if color else f"[-{_safe(c.old_text)}-]"
        elif c.diff is not None and c.old_text != c.new_text:
            body = _segments(c.diff, color)
        else:
            body = _safe(c.new_text)
        lines.append(_indent(body))
    return "\n".join(lines) + "\n"
