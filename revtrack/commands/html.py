"""``revtrack report STORY -o DIR`` and ``revtrack serve``: the HTML views of the store.

Both only parse options and call :mod:`revtrack.server`; the store and the
templates are imported inside the functions.
"""

from __future__ import annotations

from pathlib import Path

import typer

from .common import handle_errors

DB_HELP = "Database file or SQLAlchemy URL (default: $REVTRACK_DB, else ./revtrack.db)."


def report(
    story: str = typer.Argument(..., help="Story id."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to write index.html and one page per update into."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Write a story's timeline and one side-by-side page per update as static HTML."""
    from ..server import write_report
    from ..store import open_store

    with open_store(db, create=False) as store:
        written = write_report(store, story, output)
    typer.echo(f"wrote {len(written)} page{'s' * (len(written) != 1)} to {output}/ (open {output / 'index.html'})")


def serve(
    port: int = typer.Option(8000, "--port", "-p", help="Port to listen on (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; the default serves this machine only."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Browse every stored story in a local, read-only web viewer."""
    from ..server import make_server

    server = make_server(db, host, port, quiet=False)
    h, p = server.server_address[:2]
    typer.echo(f"revtrack viewer on http://{h}:{p}/ (read-only; Ctrl-C stops it)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(report))
    app.command()(handle_errors(serve))
