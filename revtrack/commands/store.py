"""Store commands: ``add``, ``stories``, ``log``, ``show``, ``import``.

Each one parses its options, calls :mod:`revtrack.store`, and prints.  The
store is imported inside the functions so that ``revtrack diff`` on two files
never loads the database layer.
"""

from __future__ import annotations

import json
import sys

import typer

from ..errors import RevtrackError
from .common import check_choice, handle_errors

DB_HELP = "Database file or SQLAlchemy URL (default: $REVTRACK_DB, else ./revtrack.db)."
# Change kinds in the order a desk reads them: what is new first.
CHANGE_ORDER = ("added", "changed", "moved", "split", "merged", "removed")


def db_option():
    return typer.Option(None, "--db", help=DB_HELP, show_default=False)


def changes_phrase(counts: dict | None) -> str:
    """``2 added, 1 changed`` from stored counts; ``no paragraph changes`` when only whitespace moved.

    >>> changes_phrase({"ops": {"unchanged": 3, "changed": 1, "added": 2}})
    '2 added, 1 changed'
    """
    ops = (counts or {}).get("ops", {})
    parts = [f"{ops[k]} {k}" for k in CHANGE_ORDER if ops.get(k)]
    return ", ".join(parts) if parts else "no paragraph changes"


def severity_phrase(counts: dict | None) -> str:
    """``1 substantive, 2 cosmetic`` from stored counts, most severe first.

    >>> severity_phrase({"severity": {"cosmetic": 2, "substantive": 1}})
    '1 substantive, 2 cosmetic'
    """
    sev = (counts or {}).get("severity", {})
    return ", ".join(f"{sev[k]} {k}" for k in ("substantive", "minor", "cosmetic") if sev.get(k))


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """A rich table on a terminal; plain space-aligned columns when piped."""
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(*headers, box=None, header_style="bold")
        for r in rows:
            table.add_row(*r)
        Console().print(table)
        return
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for line in [headers] + rows:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip())


def short_time(t: str | None) -> str:
    return "" if not t else t[:16].replace("T", " ") + "Z"


def add(
    story: str = typer.Argument(..., help="Story id (a slug such as belgorod)."),
    file: str = typer.Argument(None, help="The version's text: a file, or - for stdin; a news page (.html) is extracted."),
    url: str = typer.Option(None, "--url", help="Fetch this news page once and store its extracted story text."),
    by: str = typer.Option(None, "--by", help="Who filed it (default: your OS user name)."),
    source: str = typer.Option(None, "--source", help="Where it came from (wire, desk, ...)."),
    at: str = typer.Option(None, "--at", help="When it was received, e.g. 2023-06-04T09:12Z (default: now)."),
    db: str = db_option(),
) -> None:
    """Store a new version of a story, with its alignment to the version before."""
    from ..refs import is_story_id, parse_time

    if not is_story_id(story):
        raise RevtrackError(f"{story!r}: not a valid story id (letters, digits, '.', '_', '-')")
    received = parse_time(at) if at else None
    if (file is None) == (url is None):
        raise RevtrackError("give a story file (or - for stdin) or --url URL, one of them")
    from .pages import read_page

    text, page_meta, raw = read_page(file, url)  # story text as is; a news page extracted (raw HTML kept)
    from ..store import open_store

    with open_store(db) as store:
        if page_meta:
            from ..watch import store_page

            r = store_page(store, story, text, raw=raw, meta=page_meta, at=received, by=by, source=source or url)
        else:
            r = store.add_version(story, text, at=received, by=by, source=source)
    if not r.stored:
        typer.echo(f"{story}: identical to {r.version.ref}; nothing stored")
        return
    v = r.version
    if r.comparison is None:
        what = f"new story, {v.paragraphs} paragraph{'s' * (v.paragraphs != 1)}"
    else:
        what = changes_phrase(v.counts)
    line = f"{v.ref} stored ({what})"
    if r.repeats:
        line += f"; same text as {story}@{r.repeats}"
    typer.echo(line)


def stories(
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    db: str = db_option(),
) -> None:
    """List stored stories: id, title, number of versions, first and last update."""
    check_choice(format, ("text", "json"), "--format")
    from ..store import open_store

    with open_store(db, create=False) as store:
        infos = store.stories()
    if format == "json":
        typer.echo(json.dumps([i.to_dict() for i in infos], indent=2, ensure_ascii=False))
        return
    print_table(["STORY", "TITLE", "VERSIONS", "FIRST", "LAST"],
                [[i.id, i.title or "", str(i.versions), short_time(i.first), short_time(i.last)] for i in infos])


def log(
    story: str = typer.Argument(..., help="Story id."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    db: str = db_option(),
) -> None:
    """One line per version: number, time, who filed it, update note, change counts, latest review."""
    check_choice(format, ("text", "json"), "--format")
    from ..reviews import latest_reviews, log_records, review_status
    from ..store import open_store

    with open_store(db, create=False) as store:
        versions = store.versions(story)
        reviewed = latest_reviews(store, story)  # revtrack review: audit events, latest per version
        if format == "json":
            typer.echo(json.dumps(log_records(store, story, versions), indent=2, ensure_ascii=False))
            return
    rows = []
    for v in versions:
        changes = f"new, {v.paragraphs} paragraphs" if v.number == 1 else changes_phrase(v.counts)
        if v.repeats:
            changes += f"; same text as @{v.repeats}"
        rows.append([f"@{v.number}", short_time(v.received_at), v.by or "", v.note or "", changes,
                     severity_phrase(v.counts), review_status(reviewed.get(v.number))])
    print_table(["VERSION", "RECEIVED", "BY", "NOTE", "CHANGES", "SEVERITY", "REVIEW"], rows)


def show(
    ref: str = typer.Argument(..., help="Version reference: STORY, STORY@N, STORY@-N, STORY@latest, STORY@TIME."),
    format: str = typer.Option("text", "--format", "-f", help="text (the stored text, exactly) or json."),
    db: str = db_option(),
) -> None:
    """Print a stored version exactly as it was received."""
    check_choice(format, ("text", "json"), "--format")
    from ..refs import parse_ref
    from ..store import open_store

    parsed = parse_ref(ref)
    with open_store(db, create=False) as store:
        v = store.resolve(parsed)
    if format == "json":
        typer.echo(json.dumps(v.to_dict(), indent=2, ensure_ascii=False))
        return
    sys.stdout.write(v.text)
    sys.stdout.flush()


def import_(
    path: str = typer.Argument(..., help="A directory of story folders (STORY/v1.txt ...) or a JSON Lines file."),
    by: str = typer.Option(None, "--by", help="Who is importing (for versions that do not say)."),
    source: str = typer.Option(None, "--source", help="Source for versions that do not say (default: import:NAME)."),
    workers: int = typer.Option(None, "--workers", min=0, help="Processes aligning versions (default: CPU count; 0: none)."),
    db: str = db_option(),
) -> None:
    """Import many stories and versions; re-running it adds nothing twice."""
    from pathlib import Path

    from ..exchange import is_export
    from ..store import open_store

    if is_export(path):  # a `revtrack export` file: restore it whole (versions, alignments, audit events)
        from ..exchange import import_export, read_export

        export = read_export(path)  # checked whole before any database is created or opened
        with open_store(db) as store:
            done = import_export(store, export, by=by, source=source)
        typer.echo(f"imported {done.versions} version{'s' * (done.versions != 1)} of {done.stories} "
                   f"stor{'ies' if done.stories != 1 else 'y'} and {done.events} audit events "
                   f"({done.mode}; {done.skipped} stor{'ies' if done.skipped != 1 else 'y'} already stored)")
        return
    from ..bulk import bulk_import, count_source, terminal_progress

    total = count_source(path)  # streamed and checked whole before any database is created or opened
    with open_store(db) as store, terminal_progress("importing", total) as progress:
        result = bulk_import(store, path, workers=workers, total=total, progress=progress, by=by,
                             source=source or f"import:{Path(path).name}")
    n = len(result.stories)
    typer.echo(f"imported {result.added} version{'s' * (result.added != 1)} of {n} stor{'ies' if n != 1 else 'y'}"
               f" ({result.skipped} already stored or unchanged)")


def meta(
    story: str = typer.Argument(..., help="Story id."),
    title: str = typer.Option(None, "--title", help="Set the story's title."),
    set_: list[str] = typer.Option(None, "--set", help="KEY=VALUE metadata (repeatable); an empty VALUE clears the key."),
    by: str = typer.Option(None, "--by", help="Who made the change (default: the OS user)."),
    format: str = typer.Option("text", "--format", "-f", help="text or json."),
    db: str = db_option(),
) -> None:
    """Show or change a story's title and metadata; every change is an audit event."""
    check_choice(format, ("text", "json"), "--format")
    pairs = {}
    for item in set_ or []:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise RevtrackError(f"--set {item!r}: expected KEY=VALUE")
        pairs[key.strip()] = value if value != "" else None
    from ..store import open_store

    with open_store(db, create=False) as store:
        if title is not None or pairs:
            info = store.set_metadata(story, title=title, meta=pairs, by=by, source="cli")
        else:
            info = next((i for i in store.stories() if i.id == story), None)
            if info is None:
                raise RevtrackError(f"{story}: no such story (see revtrack stories)")
    if format == "json":
        typer.echo(json.dumps(info.to_dict(), indent=2, ensure_ascii=False))
        return
    typer.echo(f"{info.id}: {info.title or '(no title)'}")
    for key, value in sorted(info.meta.items()):
        if value is not None:
            typer.echo(f"  {key}: {value}")


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(add))
    app.command()(handle_errors(stories))
    app.command()(handle_errors(meta))
    app.command()(handle_errors(log))
    app.command()(handle_errors(show))
    app.command("import")(handle_errors(import_))
