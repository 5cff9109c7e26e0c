"""Lineage and exchange commands: ``blame``, ``history``, ``export``.

``blame`` and ``history`` read the alignments stored with each version
(:mod:`revtrack.lineage`); nothing is aligned again.  ``export`` writes
:mod:`revtrack.exchange` JSON Lines, which ``revtrack import FILE.jsonl``
recognises and restores.  The store is imported inside each function so that
``revtrack diff`` on two files never loads the database layer.
"""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import RevtrackError
from .common import check_choice, emit, handle_errors, use_color

DB_HELP = "Database file or SQLAlchemy URL (default: $REVTRACK_DB, else ./revtrack.db)."


def _revisions(db: str | None, ref: str):
    """The stored versions of ``ref``'s story up to the version it names, as lineage revisions."""
    from ..lineage import revisions_from_stored
    from ..store import open_store

    with open_store(db, create=False) as store:
        target = store.resolve(ref)
        versions = [v for v in store.versions(target.story) if v.number <= target.number]
    return target, revisions_from_stored(versions)


def blame(
    ref: str = typer.Argument(..., help="STORY or STORY@N (any version reference): the version to blame."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Per paragraph: the version that introduced it, the last version that changed it, how many revised it."""
    from ..lineage import BLAME_FORMATS, blame as blame_of, render_blame

    check_choice(format, BLAME_FORMATS, "--format")
    target, revs = _revisions(db, ref)
    emit(render_blame(blame_of(revs, target.number), format, label=target.ref), output)


def history(
    ref: str = typer.Argument(..., help="STORY (latest version) or STORY@N."),
    paragraph: int = typer.Argument(..., help="Paragraph number in that version (from 1)."),
    format: str = typer.Option("text", "--format", "-f", help="text, json or markdown."),
    color: str = typer.Option("auto", "--color", help="auto, always or never."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """One paragraph through every version it (or an ancestor) was in, with word-level changes each time."""
    from ..lineage import HISTORY_FORMATS, history as history_of, render_history

    check_choice(format, HISTORY_FORMATS, "--format")
    check_choice(color, ("auto", "always", "never"), "--color")
    if paragraph < 1:
        raise RevtrackError(f"\u00b6{paragraph}: paragraphs are numbered from 1")
    target, revs = _revisions(db, ref)
    h = history_of(revs, paragraph, target.number)
    emit(render_history(h, format, story=target.story, color=use_color(color, output)), output)


def export(
    story: str = typer.Argument(None, help="Story id to export (or --all)."),
    all_: bool = typer.Option(False, "--all", help="Export every story and the whole audit log."),
    format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (the only export format)."),
    output: Path = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Export versions, stored alignments and audit events as JSON Lines; re-import with revtrack import."""
    import io

    from ..exchange import write_export
    from ..store import open_store

    check_choice(format, ("jsonl",), "--format")
    if all_ == (story is not None):
        raise RevtrackError("export: name one STORY or give --all")
    with open_store(db, create=False) as store:
        buf = io.StringIO()
        counts = write_export(store, buf, None if all_ else [story])
    emit(buf.getvalue(), output)
    if output is not None:
        typer.echo(f"exported {counts['stories']} stor{'ies' if counts['stories'] != 1 else 'y'}, "
                   f"{counts['versions']} versions, {counts['events']} events to {output}")


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(blame))
    app.command()(handle_errors(history))
    app.command()(handle_errors(export))
