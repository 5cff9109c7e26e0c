"""``revtrack check`` and ``revtrack note``: audit an update note, or draft one.

Both take two story files (or stored versions) or one stored reference::

    revtrack check OLD.txt NEW.txt     # NEW's note (or --note TEXT) against the real change
    revtrack check belgorod@2          # a stored version against the one before it
    revtrack check belgorod            # every version of the story, one verdict each
    revtrack note OLD.txt NEW.txt      # a drafted note for the change
    revtrack note belgorod@2

``check`` exits 0 when every note is consistent, 1 on discrepancies (a
contradicted claim or an undisclosed substantive change), 2 on trouble.  The
logic lives in :mod:`revtrack.notes`; the store is imported only for stored
references.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..errors import RevtrackError
from .common import check_choice, emit, handle_errors, use_color

FORMATS = ("text", "json", "markdown")
DB_HELP = "Database for stored versions (default: $REVTRACK_DB, else ./revtrack.db)."


def _pair(targets: list[str], db: str | None, command: str):
    """The paragraph comparison and labels for one ``OLD NEW`` pair or one stored reference."""
    from .diff import compare_stored, is_file_arg, load_side

    if len(targets) == 2 and (is_file_arg(targets[0]) or is_file_arg(targets[1])):
        from ..comparison import compare

        old_text, old_label = load_side(targets[0], db)
        new_text, new_label = load_side(targets[1], db)
        return compare(old_text, new_text), old_label, new_label
    if len(targets) == 1 and is_file_arg(targets[0]):
        raise RevtrackError(f"{targets[0]}: {command} needs OLD and NEW files; with one argument, name a stored version (belgorod@2)")
    return compare_stored(targets[0], targets[1] if len(targets) == 2 else None, db)


def _targets(targets: list[str], command: str) -> list[str]:
    if not 1 <= len(targets) <= 2:
        raise RevtrackError(f"{command} takes OLD NEW (files or stored versions) or one stored reference, not {len(targets)} arguments")
    return targets


def check(
    targets: list[str] = typer.Argument(..., metavar="OLD NEW | STORY@N | STORY",
                                        help="OLD NEW (files, - or stored versions), or STORY@N, or STORY for every version."),
    note: str = typer.Option(None, "--note", help="Check this note instead of the one in NEW's header."),
    format: str = typer.Option("text", "--format", "-f", help="text, json or markdown."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    color: str = typer.Option("auto", "--color", help="auto, always or never (NO_COLOR is respected)."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Check an update note against what really changed. Exit 0 consistent, 1 discrepancies, 2 trouble."""
    check_choice(format, FORMATS, "--format")
    check_choice(color, ("auto", "always", "never"), "--color")
    from ..notes import check_note, draft_note, story_note
    from ..render.check_report import render_check, render_story_checks
    from .diff import is_file_arg

    targets = _targets(targets, "check")
    paint = use_color(color, output)
    if len(targets) == 1 and not is_file_arg(targets[0]) and "@" not in targets[0]:
        if note is not None:
            raise RevtrackError("--note applies to one version; name it (belgorod@2) or give OLD NEW")
        items = []
        for comparison, old_label, new_label in _story_pairs(targets[0], db):
            result = check_note(story_note(comparison.new), comparison)
            items.append((old_label, new_label, result, None if result.consistent else draft_note(comparison)))
        from .editorial import with_reviews  # the latest editorial review of each version (revtrack review)

        emit(with_reviews(render_story_checks(format, targets[0], items, color=paint), format, db, [], story=targets[0]),
             output)
        raise typer.Exit(0 if all(r.consistent for _a, _b, r, _s in items) else 1)
    comparison, old_label, new_label = _pair(targets, db, "check")
    result = check_note(note if note is not None else story_note(comparison.new), comparison)
    suggested = None if result.consistent else draft_note(comparison)
    report = render_check(format, result, old_label=old_label, new_label=new_label, color=paint, suggested=suggested)
    if not any(is_file_arg(t) for t in targets):  # stored versions: show the checked version's latest review
        from .editorial import with_reviews

        report = with_reviews(report, format, db, [new_label])
    emit(report, output)
    raise typer.Exit(result.exit_code)


def _story_pairs(story: str, db: str | None):
    """Each version of a stored story with the one before it, oldest first."""
    from ..refs import parse_ref
    from ..store import open_store

    parse_ref(story)  # a malformed id is refused before any database is opened
    with open_store(db, create=False) as store:
        versions = store.versions(story)
        return [(store.comparison(a, b), a.ref, b.ref) for a, b in zip(versions, versions[1:])]


def note(
    targets: list[str] = typer.Argument(..., metavar="OLD NEW | STORY@N",
                                        help="OLD NEW (files, - or stored versions), or one stored version (belgorod@2)."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the note to this file."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Draft a wire-style update note from what really changed, e.g. (Adds X, paragraphs 2, 19)."""
    check_choice(format, ("text", "json"), "--format")
    from ..notes import draft_note

    comparison, old_label, new_label = _pair(_targets(targets, "note"), db, "note")
    drafted = draft_note(comparison)
    if format == "json":
        emit(json.dumps({"old": old_label, "new": new_label, "note": drafted}, ensure_ascii=False, indent=2) + "\n", output)
    elif drafted:
        emit(drafted + "\n", output)
    else:
        typer.echo(f"revtrack: {old_label} and {new_label} have the same paragraphs; no note needed", err=True)


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(check))
    app.command()(handle_errors(note))


# --- revtrack diff --draft-note ---------------------------------------------------


def draft_for_diff(comparison) -> str:
    """The drafted note for ``diff --draft-note``; notes count paragraphs, so sentence diffs are refused."""
    from ..notes import draft_note

    if comparison.unit != "paragraph":
        raise RevtrackError("--draft-note counts paragraphs, as update notes do; drop --unit sentence")
    return draft_note(comparison)


def append_draft(report: str, fmt: str, drafted: str) -> str:
    """Add the drafted note to a diff report: a last line, a Markdown bullet, or a ``draft_note`` JSON key."""
    if fmt == "json":
        data = json.loads(report)
        data["draft_note"] = drafted
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        from ..render.markdown import md_escape

        return report + f"\n- **Drafted note:** {md_escape(drafted) if drafted else '_none: no changes_'}\n"
    if fmt == "text":
        return report + f"\ndrafted note: {drafted or '(none: no changes)'}\n"
    raise RevtrackError(f"--draft-note works with --format text, json or markdown, not {fmt}")
