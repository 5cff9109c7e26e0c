"""``revtrack review`` and ``revtrack corrections``: the standards desk's commands.

    revtrack review belgorod@3 --verdict ok --reason "figures checked" [--by NAME]
    revtrack corrections [STORY] [--format text|json|csv]

Both call :mod:`revtrack.reviews` and :mod:`revtrack.corrections`; the store
is imported inside the functions, as everywhere in the CLI.
"""

from __future__ import annotations

import typer

from .common import check_choice, emit, handle_errors

DB_HELP = "Database file or SQLAlchemy URL (default: $REVTRACK_DB, else ./revtrack.db)."


def review(
    ref: str = typer.Argument(..., metavar="STORY@N", help="The stored version reviewed (belgorod@3, belgorod@latest)."),
    verdict: str = typer.Option(..., "--verdict", help="ok or needs-correction."),
    reason: str = typer.Option(..., "--reason", help="Why, in a few words (kept in the audit log)."),
    by: str = typer.Option(None, "--by", help="Who reviewed it (default: your OS user name)."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """Record an editorial review of one stored version as an audit event."""
    from ..reviews import VERDICTS, add_review
    from ..errors import RevtrackError

    if verdict not in VERDICTS:  # refused before any database is opened
        raise RevtrackError(f"--verdict {verdict!r}: choose one of {', '.join(VERDICTS)}")
    from ..store import open_store

    with open_store(db, create=False) as store:
        r = add_review(store, ref, verdict, reason, by=by)
    typer.echo(f"{r.ref}: reviewed {r.verdict} by {r.by} (event {r.event[:12]})")


def corrections(
    story: str = typer.Argument(None, help="Story id (default: every story)."),
    format: str = typer.Option("text", "--format", "-f", help="text, json or csv."),
    db: str = typer.Option(None, "--db", help=DB_HELP, show_default=False),
) -> None:
    """List every correction with the paragraphs it really changed, the words before and after, and the note."""
    from ..corrections import CORRECTION_FORMATS, find_corrections, render_corrections

    check_choice(format, CORRECTION_FORMATS, "--format")
    if story is not None:
        from ..refs import parse_ref

        if parse_ref(story).story != story:
            from ..errors import RevtrackError

            raise RevtrackError(f"{story}: corrections takes a story id, not a version")
    from ..store import open_store

    with open_store(db, create=False) as store:
        found = find_corrections(store, story)
    emit(render_corrections(found, format), None)


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(review))
    app.command()(handle_errors(corrections))


# --- the review line in other commands' reports (revtrack check) -------------------------


def with_reviews(report: str, fmt: str, db: str | None, refs: list[str], story: str | None = None) -> str:
    """``report`` with the latest review of each stored version in ``refs`` (or of every version of ``story``).

    JSON gains a ``"reviews"`` object (``{ref: review or null}``); text and
    Markdown gain one ``review:`` line per version.
    """
    from ..reviews import latest_reviews, review_status
    from ..refs import parse_ref
    from ..store import open_store

    with open_store(db, create=False) as store:
        if story is not None:
            refs = [v.ref for v in store.versions(story)]
        found = {}
        for ref in refs:
            r = parse_ref(ref)
            found[ref] = latest_reviews(store, r.story).get(r.number)
    if fmt == "json":
        import json

        data = json.loads(report)
        data["reviews"] = {ref: (rv.to_dict() if rv else None) for ref, rv in found.items()}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    bullet = "- " if fmt == "markdown" else ""
    lines = [f"{bullet}review: {ref} {review_status(rv)}" for ref, rv in found.items()]
    return report + "\n" + "\n".join(lines) + "\n"
