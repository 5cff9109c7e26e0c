"""Update-note check reports: views of one or more :class:`~revtrack.notes.NoteCheck`.

Like the diff reports, nothing here recomputes anything: the text, Markdown
and JSON forms all read the same check.  A report lists the claims by status
(confirmed, contradicted, unverified), then each undisclosed change with its
severity, reasons and word-level detail, then the verdict line::

    note: (Adds quotes, paragraph 2)
    changes: 1 added, 0 changed, 0 moved, 0 removed, 4 unchanged
    confirmed     Adds quotes, paragraph 2
                  ¶2 added (substantive)
    verdict: consistent

``suggested`` (a drafted note) is shown when the caller passes one, which the
CLI does when the verdict is "discrepancies".
"""

from __future__ import annotations

import json

from . import entry_heading, summary_line
from .text import change_body as _body
from .text import safe as _plain

__all__ = ["render_check", "render_story_checks", "CHECK_FORMATS"]

CHECK_FORMATS = ("text", "json", "markdown")
_RED, _GREEN, _YELLOW, _BOLD, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[1m", "\x1b[0m"
_STATUS_COLOR = {"confirmed": _GREEN, "contradicted": _RED, "unverified": _YELLOW}
_STATUS_MARK = {"confirmed": "\u2705", "contradicted": "\u274c", "unverified": "\u2753"}


def _severity(change) -> str:
    return f"[{change.severity}: {'; '.join(change.reasons)}]" if change.reasons else f"[{change.severity}]"


def _text(check, old_label: str, new_label: str, color: bool, suggested: str | None) -> list[str]:
    b = (lambda s: f"{_BOLD}{s}{_RESET}") if color else (lambda s: s)
    lines = [b(f"--- {_plain(old_label)}"), b(f"+++ {_plain(new_label)}")]
    raw = _plain(" ".join(check.note.raw.split()))
    lines.append(f"note: {raw}" if raw.startswith("(") else f"note: ({raw})" if raw else "note: none")
    lines.append(f"changes: {summary_line(check.comparison.summary)}")
    for r in check.results:
        status = r.status.ljust(13)
        if color:
            status = f"{_STATUS_COLOR[r.status]}{status}{_RESET}"
        lines.append(f"{status} {_plain(r.claim.text)}")
        for f in r.findings:
            lines.append(" " * 14 + _plain(f))
    if check.undisclosed:
        lines += ["", "undisclosed changes:"]
        for c in check.undisclosed:
            lines.append(f"  {b(entry_heading(c))} {_plain(_severity(c))}")
            lines.append("      " + _body(c, color))
    for w in check.warnings:
        lines.append(f"warning: {_plain(w)}")
    verdict = check.verdict_line
    if color:
        verdict = f"{_BOLD}{_GREEN if check.consistent else _RED}{verdict}{_RESET}"
    lines.append(f"verdict: {verdict}")
    if suggested:
        lines.append(f"suggested note: {_plain(suggested)}")
    return lines


def _md(text: str) -> str:
    from .markdown import md_escape

    return md_escape(text)


def _md_body(change) -> str:
    from .markdown import _wrap  # the diff report's own Markdown word marks

    if change.op == "added":
        return _wrap("+", change.new_text or "")
    if change.op == "removed":
        return _wrap("-", change.old_text or "")
    if change.diff:
        # A split or merge inserts or deletes a bare paragraph break: keep the quote on one line.
        return "".join(_md(t) if op == "=" else _wrap(op, t) for op, t in change.diff).replace("\n", " ")
    return _md(change.new_text or "")


def _markdown(check, old_label: str, new_label: str, suggested: str | None, level: str = "##") -> list[str]:
    raw = " ".join(check.note.raw.split())
    out = [f"{level} Note check: {_md(old_label)} \u2192 {_md(new_label)}", ""]
    out.append(f"- **Note:** {_md(raw) if raw else '_none_'}")
    out.append(f"- **Changes:** {summary_line(check.comparison.summary)}")
    out.append(f"- **Verdict:** {_md(check.verdict_line)}")
    if suggested:
        out.append(f"- **Suggested note:** {_md(suggested)}")
    for w in check.warnings:
        out.append(f"- _Warning:_ {_md(w)}")
    out.append("")
    if check.results:
        out += ["| Status | Claim | Evidence |", "|---|---|---|"]
        for r in check.results:
            out.append(f"| {_STATUS_MARK[r.status]} {r.status} | {_md(r.claim.text)} | {_md('; '.join(r.findings))} |")
        out.append("")
    if check.undisclosed:
        out += [f"{level}# Undisclosed changes", ""]
        for c in check.undisclosed:
            reasons = f" ({_md('; '.join(c.reasons))})" if c.reasons else ""
            out += [f"- **{entry_heading(c)}** \u2014 {c.severity}{reasons}", f"  > {_md_body(c)}"]
        out.append("")
    return out


def _json_dict(check, old_label: str, new_label: str, suggested: str | None) -> dict:
    d = {"old": old_label, "new": new_label}
    d.update(check.to_dict())
    if suggested is not None:
        d["suggested_note"] = suggested
    return d


def render_check(fmt: str, check, *, old_label: str = "old", new_label: str = "new", color: bool = False,
                 suggested: str | None = None) -> str:
    """One check report in ``fmt`` (text, json or markdown)."""
    if fmt == "json":
        return json.dumps(_json_dict(check, old_label, new_label, suggested), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return "\n".join(_markdown(check, old_label, new_label, suggested)).rstrip() + "\n"
    if fmt == "text":
        return "\n".join(_text(check, old_label, new_label, color, suggested)) + "\n"
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(CHECK_FORMATS)}")


def render_story_checks(fmt: str, story: str, items: list, *, color: bool = False) -> str:
    """Every version of a story: ``items`` are ``(old_label, new_label, check, suggested)``.

    The first version has no predecessor and so nothing to check; it is not listed.
    """
    consistent = all(c.consistent for _a, _b, c, _s in items)
    overall = "consistent" if consistent else "discrepancies"
    bad = sum(1 for _a, _b, c, _s in items if not c.consistent)
    summary = f"{story}: {len(items)} update{'s' * (len(items) != 1)} checked, " + (
        "every note consistent" if consistent else f"{bad} with discrepancies")
    if not items:
        summary = f"{story}: only one version so far; no update note to check"
    if fmt == "json":
        return json.dumps({"story": story, "verdict": overall, "consistent": consistent, "exit_code": 0 if consistent else 1,
                           "checks": [_json_dict(c, a, b, s) for a, b, c, s in items]}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        out = [f"# Update notes: {_md(story)}", "", f"**{_md(summary)}**", ""]
        for a, b, c, s in items:
            out += _markdown(c, a, b, s)
        return "\n".join(out).rstrip() + "\n"
    if fmt == "text":
        blocks = ["\n".join(_text(c, a, b, color, s)) for a, b, c, s in items]
        return "\n\n".join(blocks + [summary]) + "\n"
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(CHECK_FORMATS)}")
