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


def _defer_pydantic() -> None:
    """Let typer check plain ``str`` options without importing pydantic.

    typer (0.20 and later) checks every option value with a pydantic
    ``TypeAdapter`` built on first use, and importing pydantic for that was
    about 60-80 ms of ``revtrack diff A B`` (``python -X importtime``), more
    than the diff itself.  For a ``str`` or ``list[str]`` value that arrives as
    ``str`` that adapter returns the value unchanged (checked against typer
    0.29's adapters, surrogate-escaped bytes included), so it is skipped; every
    other type, custom parser or value is handed to typer's own adapter,
    which imports pydantic only then.  With a typer that has no such hook
    (older or newer), nothing is changed.  The hook is typer's, so the change
    holds for every typer app in the process; it alters no result, only when
    pydantic is imported (``tests/test_speed_caches.py`` runs command lines
    both ways and compares exit codes and output).
    """
    try:
        from dataclasses import dataclass
        from typing import Any

        from typer import core
        from typer._coercion import RuntimeParam
    except ImportError:  # pragma: no cover - another typer
        return
    build = getattr(core, "build_runtime_param", None)
    if build is None or getattr(build, "deferred", False):
        return

    @dataclass(frozen=True)
    class _Deferred(RuntimeParam):
        descriptor: Any = None

        def _coerce_value(self, value, param, ctx):
            info = self.parameter_info
            if info.parser is None and getattr(info, "click_type", None) is None:
                if self.annotation is str and type(value) is str:
                    return value
                if self.annotation == list[str] and isinstance(value, (list, tuple)) and all(type(v) is str for v in value):
                    return list(value)
            return build(self.descriptor)._coerce_value(value, param=param, ctx=ctx)

    def deferred_build(descriptor):
        if descriptor.file_annotation is not None:
            return build(descriptor)
        return _Deferred(annotation=descriptor.annotation, parameter_info=descriptor.parameter_info, descriptor=descriptor)

    deferred_build.deferred = True
    core.build_runtime_param = deferred_build


_defer_pydantic()

app = typer.Typer(
    name="revtrack",
    help="Track how news stories change: align versions, report changes, audit update notes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    # An option callback, not the group callback: click asks for a command before it runs the latter.
    if value:
        from . import __version__

        typer.echo(f"revtrack {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.", is_eager=True,
                                 callback=_print_version),
) -> None:
    pass


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
