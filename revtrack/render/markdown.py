"""Markdown report, fit to paste into a ticket or a chat.

Deleted words are ~~struck through~~ and inserted words **bold**; story text is
escaped so that it cannot turn into links, headings or HTML in the viewer.
"""

from __future__ import annotations

import re

from . import entry_heading, filter_lines, summary_line

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_escape(text: str) -> str:
    """Escape Markdown and HTML syntax in untrusted story text.

    >>> md_escape("<b>*hi*</b>")
    '\\\\<b\\\\>\\\\*hi\\\\*\\\\</b\\\\>'
    """
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _wrap(op: str, text: str) -> str:
    core = text.strip()
    if not core:
        return text
    # Whitespace around a change may hold the blank line that joins the parts
    # of a split or merge: as a space it cannot end the ``>`` quote early.
    lead = " " if text[: len(text) - len(text.lstrip())] else ""
    trail = " " if text[len(text.rstrip()) :] else ""
    mark = "~~" if op == "-" else "**"
    return f"{lead}{mark}{md_escape(core)}{mark}{trail}"


def render_markdown(comparison, *, old_label: str = "old", new_label: str = "new", **_ignored) -> str:
    out = [f"## Changes: {md_escape(old_label)} \u2192 {md_escape(new_label)}", ""]
    for side, v in (("Old", comparison.old), ("New", comparison.new)):
        if v.header and v.header.note:
            out.append(f"- {side} note: ({md_escape(v.header.note)})")
    out.append(f"- **Summary:** {summary_line(comparison.summary)}")
    out += [f"- {md_escape(line)}" for line in filter_lines(comparison)] + [""]
    rows = [c for c in comparison.changes if c.op != "unchanged"]
    if not rows:
        out.append("_No differences._")
    for c in rows:
        reasons = f" ({md_escape('; '.join(c.reasons))})" if c.reasons else ""
        out.append(f"### {entry_heading(c, comparison.unit)} \u2014 {c.severity}{reasons}")
        out.append("")
        if c.op == "added":
            body = _wrap("+", c.new_text)
        elif c.op == "removed":
            body = _wrap("-", c.old_text)
        elif c.diff:
            body = "".join(md_escape(t) if op == "=" else _wrap(op, t) for op, t in c.diff)
        else:
            body = md_escape(c.new_text or "")
        out += [f"> {body}", ""]
    return "\n".join(out).rstrip() + "\n"
