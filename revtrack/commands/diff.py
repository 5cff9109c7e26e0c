"""``revtrack diff OLD NEW``: compare two versions and report the changes."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import RevtrackError
from .common import check_choice, handle_errors, emit, read_story_file, use_color

FORMATS = ("text", "json", "markdown", "html")


def is_file_arg(arg: str) -> bool:
    """A ``diff`` argument is a file if it is ``-``, an existing file, or path-shaped; otherwise a version reference.

    A bare directory name is not a file: ``revtrack diff belgorod`` next to an
    import folder called ``belgorod`` still means the stored story.
    """
    import os

    return arg == "-" or Path(arg).is_file() or "/" in arg or os.sep in arg


def load_side(arg: str, db: str | None = None) -> tuple[str, str]:
    """Story text and its label for a ``diff`` argument: a file, ``-`` for stdin, or a stored version reference."""
    if is_file_arg(arg):
        return read_story_file(arg), arg
    v = _resolve(arg, db)
    return v.text, v.ref


def _resolve(arg: str, db: str | None):
    from ..store import open_store

    with open_store(db, create=False) as store:
        return _resolve_in(store, arg)


def _resolve_in(store, arg: str):
    try:
        return store.resolve(arg)
    except RevtrackError as exc:
        if "@" in arg:
            raise
        raise RevtrackError(f"{arg}: no such file, and no stored story by that name ({exc})") from None


def compare_stored(old: str, new: str | None, db: str | None, **options):
    """Comparison of two stored versions (``new`` None: ``old`` against the version before it).

    Consecutive versions reuse the alignment stored when the newer one was added.
    """
    from ..refs import parse_ref
    from ..store import open_store

    for arg in (old, new):
        if arg is not None:
            parse_ref(arg)  # a malformed reference is refused before any database is opened
    with open_store(db, create=False) as store:
        b = _resolve_in(store, old if new is None else new)
        a = store.previous(b) if new is None else _resolve_in(store, old)
        return store.comparison(a, b, **options), a.ref, b.ref


def diff(
    old: str = typer.Argument(..., help="Old version: a file, - for stdin, or a stored version (belgorod@2)."),
    new: str = typer.Argument(None, help="New version, likewise. Omitted: OLD is a stored story or version, "
                              "compared with the version before it."),
    format: str = typer.Option("text", "--format", "-f", help="text, json, markdown or html."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    unit: str = typer.Option("paragraph", "--unit", help="Align paragraphs or sentences."),
    color: str = typer.Option("auto", "--color", help="auto, always or never (NO_COLOR is respected)."),
    min_severity: str = typer.Option(
        "cosmetic", "--min-severity", help="Report only changes at this level or above: cosmetic, minor or substantive."
    ),
    ignore: list[str] = typer.Option(
        None, "--ignore", help="Ignore text matching this regex when matching and rating (repeatable)."
    ),
    no_default_rules: bool = typer.Option(
        False, "--no-default-rules", help="Do not apply the built-in ignore rules for wire and web furniture."
    ),
    db: str = typer.Option(None, "--db", help="Database for stored versions (default: $REVTRACK_DB, else ./revtrack.db).",
                           show_default=False),
    draft_note: bool = typer.Option(False, "--draft-note", help="Also print an update note drafted from the change "
                                    "(JSON: a draft_note key)."),
) -> None:
    """Compare two versions of a story. Exit 0 if they match, 1 if they differ, 2 on trouble."""
    check_choice(format, FORMATS, "--format")
    check_choice(unit, ("paragraph", "sentence"), "--unit")
    check_choice(color, ("auto", "always", "never"), "--color")
    check_choice(min_severity, ("cosmetic", "minor", "substantive"), "--min-severity")
    from ..comparison import compare
    from ..render import render

    rules = {"rules": ignore or [], "default_rules": not no_default_rules}
    if new is None or not (is_file_arg(old) or is_file_arg(new)):
        if new is None and is_file_arg(old):
            raise RevtrackError(f"{old}: diff needs two versions; with one argument, name a stored story (belgorod)")
        comparison, old_label, new_label = compare_stored(old, new, db, unit=unit, **rules)
    else:
        old_text, old_label = load_side(old, db)
        new_text, new_label = load_side(new, db)
        comparison = compare(old_text, new_text, unit=unit, **rules)
    drafted = None
    if draft_note:
        from .notes import append_draft, draft_for_diff

        drafted = draft_for_diff(comparison)  # before --min-severity: a note discloses every change
    if min_severity != "cosmetic":
        comparison = comparison.filtered(min_severity)
    extra = {}
    if format == "html":
        from ..server import diff_meta

        stored_old, stored_new = not is_file_arg(old), new is None or not is_file_arg(new)
        extra["meta"] = diff_meta(db, old_label if stored_old else None, new_label if stored_new else None, comparison,
                                  draft_note=drafted)
    report = render(format, comparison, old_label=old_label, new_label=new_label, color=use_color(color, output), **extra)
    if drafted is not None and format != "html":
        report = append_draft(report, format, drafted)
    emit(report, output)
    raise typer.Exit(0 if comparison.identical else 1)


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(diff))
