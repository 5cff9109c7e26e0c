"""``revtrack diff OLD NEW``: compare two versions and report the changes."""

from __future__ import annotations

from pathlib import Path

import typer

from .common import check_choice, handle_errors, emit, read_story_file, use_color

FORMATS = ("text", "json", "markdown", "html")


def load_side(arg: str) -> tuple[str, str]:
    """Story text and its label for a ``diff`` argument (a file path, or ``-``)."""
    return read_story_file(arg), arg


def diff(
    old: str = typer.Argument(..., help="Old version: a file, or - for stdin."),
    new: str = typer.Argument(..., help="New version: a file, or - for stdin."),
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
) -> None:
    """Compare two versions of a story. Exit 0 if they match, 1 if they differ, 2 on trouble."""
    check_choice(format, FORMATS, "--format")
    check_choice(unit, ("paragraph", "sentence"), "--unit")
    check_choice(color, ("auto", "always", "never"), "--color")
    check_choice(min_severity, ("cosmetic", "minor", "substantive"), "--min-severity")
    from ..comparison import compare
    from ..render import render

    old_text, old_label = load_side(old)
    new_text, new_label = load_side(new)
    comparison = compare(old_text, new_text, unit=unit, rules=ignore or [], default_rules=not no_default_rules)
    if min_severity != "cosmetic":
        comparison = comparison.filtered(min_severity)
    report = render(format, comparison, old_label=old_label, new_label=new_label, color=use_color(color, output))
    emit(report, output)
    raise typer.Exit(0 if comparison.identical else 1)


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(diff))
