"""``revtrack stats [STORY]``: versions, update frequency, undisclosed changes, most-edited paragraphs.

The figures come from :mod:`revtrack.stats`; this module only parses options
and prints.  The store is imported inside the command so that ``revtrack
diff`` on two files never loads the database layer.
"""

from __future__ import annotations

import typer

from .common import check_choice, handle_errors


def stats(
    story: str = typer.Argument(None, help="One story id (default: every stored story and the overall figures)."),
    format: str = typer.Option("text", "--format", "-f", help="text, json or csv."),
    top: int = typer.Option(5, "--top", min=1, help="Most-edited paragraphs to list."),
    db: str = typer.Option(None, "--db", help="Database file or SQLAlchemy URL (default: $REVTRACK_DB, else ./revtrack.db).",
                           show_default=False),
) -> None:
    """Per story and overall: versions, update frequency, undisclosed substantive changes, most-edited paragraphs."""
    from ..stats import FORMATS, collect, render

    check_choice(format, FORMATS, "--format")
    from ..store import open_store

    with open_store(db, create=False) as store:
        result = collect(store, story, top=top)
    typer.echo(render(result, format), nl=False)


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(stats))
