"""``revtrack diff OLD NEW``: compare two versions and report the changes."""

from __future__ import annotations

from pathlib import Path

import typer

from .common import check_choice, handle_errors, emit, read_story_file, use_color

FORMATS = ("text", "json", "markdown")


def load_side(arg: str) -> tuple[str, str]:
    """Story text and its label for a ``diff`` argument (a file path, or ``-``)."""
    return read_story_file(arg), arg


def diff(
    old: str = typer.Argument(..., help="Old version: a file, or - for stdin."),
    new: str = typer.Argument(..., help="New version: a file, or - for stdin."),
    format: str = typer.Option("text", "--format", "-f", help="text, json or markdown."),
    output: Path = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    unit: str = typer.Option("paragraph", "--unit", help="Align paragraphs or sentences."),
    color: str = typer.Option("auto", "--color", help="auto, always or never (NO_COLOR is respected)."),
) -> None:
    """Compare two versions of a story. Exit 0 if they match, 1 if they differ, 2 on trouble."""
    check_choice(format, FORMATS, "--format")
    check_choice(unit, ("paragraph", "sentence"), "--unit")
    check_choice(color, ("auto", "always", "never"), "--color")
    from ..comparison import compare
    from ..render import render

    old_text, old_label = load_side(old)
    new_text, new_label = load_side(new)
    comparison = compare(old_text, new_text, unit=unit)
    report = render(format, comparison, old_label=old_label, new_label=new_label, color=use_color(color, output))
    emit(report, output)
    raise typer.Exit(0 if comparison.identical else 1)


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(diff))
