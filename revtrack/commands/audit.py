"""``revtrack audit``: list audit events, or ``--verify`` the hash chain (exit 1 if broken)."""

from __future__ import annotations

import json

import typer

from .common import check_choice, handle_errors
from .store import db_option


def audit(
    story: str = typer.Argument(None, help="Only events about this story."),
    since: str = typer.Option(None, "--since", help="Only events at or after this time (2023-06-04, 2023-06-04T14:00Z)."),
    by: str = typer.Option(None, "--by", help="Only events by this actor."),
    format: str = typer.Option("text", "--format", "-f", help="text, jsonl or csv (with --verify: text or json)."),
    verify_: bool = typer.Option(False, "--verify", help="Recompute every event and version hash; exit 1 if tampered."),
    db: str = db_option(),
) -> None:
    """Show the audit log, newest last: time, story, version, action, by, source, hash."""
    from .. import audit as audit_log
    from ..refs import parse_time
    from ..store import open_store

    if verify_:
        check_choice(format, ("text", "json"), "--format")
        with open_store(db, create=False) as store:
            report = audit_log.verify(store)
        if format == "json":
            typer.echo(json.dumps(report.to_dict(), indent=2))
        elif report.ok:
            typer.echo(f"audit OK: {report.events} events and {report.versions} versions verified; chain head {report.head}")
        else:
            typer.echo(f"audit FAILED: {report.first}")
            for p in report.problems[1:]:
                typer.echo(f"  also: {p}")
        raise typer.Exit(0 if report.ok else 1)
    check_choice(format, ("text", "jsonl", "csv"), "--format")
    since_t = parse_time(since) if since else None
    with open_store(db, create=False) as store:
        if story is not None:
            store.resolve(story)  # an unknown story is an error, not an empty log
        evs = audit_log.events(store, story=story, since=since_t, by=by)
    typer.echo(audit_log.render_events(evs, format), nl=False)


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(audit))
