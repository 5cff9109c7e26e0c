"""The ``revtrack`` command: parse arguments, call the core, pick a renderer, set the exit code.

Commands live in :mod:`revtrack.commands`, one module per group, each with a
``register(app)``; this module only builds the app and turns a
:class:`~revtrack.errors.RevtrackError` into one line on stderr and exit 2.
Nothing here imports the database layer at start-up: ``revtrack diff`` on two
files must feel instant.
"""

from __future__ import annotations

import os
import sys

import typer

from .commands import COMMAND_MODULES
from .errors import RevtrackError

app = typer.Typer(
    name="revtrack",
    help="Track how news stories change: align versions, report changes, audit update notes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True),
) -> None:
    if version:
        from . import __version__

        typer.echo(f"revtrack {__version__}")
        raise typer.Exit(0)


for _module in COMMAND_MODULES:
    _module.register(app)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except RevtrackError as exc:
        if os.environ.get("REVTRACK_DEBUG"):
            raise
        print(f"revtrack: error: {exc}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("revtrack: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
