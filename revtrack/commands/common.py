"""Helpers shared by command modules: reading input, writing output, colour."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from ..errors import RevtrackError
from ..text import decode


def handle_errors(fn):
    """Turn a :class:`RevtrackError` raised by a command into one stderr line and exit 2."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except RevtrackError as exc:
            if os.environ.get("REVTRACK_DEBUG"):
                raise
            typer.echo(f"revtrack: error: {exc}", err=True)
            raise typer.Exit(2) from None

    return wrapper


def read_story_file(arg: str) -> str:
    """Read a story file (``-`` for stdin) as UTF-8, with one-line errors."""
    if arg == "-":
        return decode(sys.stdin.buffer.read(), "stdin")
    path = Path(arg)
    if path.is_dir():
        raise RevtrackError(f"{arg}: is a directory, not a story file")
    if not path.exists():
        raise RevtrackError(f"{arg}: no such file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RevtrackError(f"{arg}: cannot read ({exc.strerror})") from None
    return decode(data, arg)


def use_color(choice: str, output: Path | None) -> bool:
    """``--color auto|always|never``; auto means a terminal and no NO_COLOR."""
    if choice == "always":
        return True
    if choice == "never" or output is not None:
        return False
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def emit(text: str, output: Path | None) -> None:
    """Write a report to ``--output`` or stdout."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise RevtrackError(f"{output}: cannot write ({exc.strerror})") from None


def check_choice(value: str, choices: tuple[str, ...], option: str) -> str:
    if value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=option)
    return value
