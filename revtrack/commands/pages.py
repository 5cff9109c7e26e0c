"""Page commands: ``extract`` (a news page's story text), ``watch`` (poll pages and feeds), ``page`` (a kept page).

``revtrack add STORY page.html`` and ``revtrack add STORY --url URL`` reuse
:func:`read_page` from here.  The network is touched only by a command that
was asked to fetch (``--url``, ``watch``); trafilatura, feedparser and the
store are imported inside the functions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from ..errors import RevtrackError
from .common import check_choice, handle_errors


def read_page(file: str | None = None, url: str | None = None) -> tuple[str, dict, str | None]:
    """``(story text, metadata, raw HTML)`` for a saved page or a URL fetched once.

    A file that is not HTML (by name or content) is read as story text, with
    no metadata and no raw HTML, so ``add`` can call this for any input.
    """
    from ..extract import decode_html, extract_article, looks_like_html

    if url is not None:
        from ..fetch import Fetcher

        response = Fetcher().get_with_retries(url)
        raw = decode_html(response.body, response.content_type, name=url)
        article = extract_article(raw, url=url, name=url)
        return article.text, {**article.meta(), "fetched_from": url}, raw
    if file is None:
        raise RevtrackError("give a story file, - for stdin, or --url URL")
    name = "stdin" if file == "-" else file
    data = sys.stdin.buffer.read() if file == "-" else _read_bytes(file)
    if not looks_like_html(data, None if file == "-" else file):
        from ..text import decode

        return decode(data, name), {}, None
    raw = decode_html(data, name=name)
    article = extract_article(raw, name=name)
    return article.text, article.meta(), raw


def _read_bytes(arg: str) -> bytes:
    path = Path(arg)
    if path.is_dir():
        raise RevtrackError(f"{arg}: is a directory, not a story file")
    if not path.exists():
        raise RevtrackError(f"{arg}: no such file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RevtrackError(f"{arg}: cannot read ({exc.strerror})") from None


def extract(
    page: str = typer.Argument(None, help="A saved news page (.html), or - for stdin."),
    url: str = typer.Option(None, "--url", help="Fetch this page once instead of reading a file."),
    format: str = typer.Option("text", "--format", "-f", help="text (the story text revtrack would store) or json."),
) -> None:
    """Show the story text and metadata revtrack extracts from a news page, without storing it."""
    check_choice(format, ("text", "json"), "--format")
    if (page is None) == (url is None):
        raise RevtrackError("give a page file or --url URL (one of them)")
    text, meta, _raw = read_page(page, url)
    if format == "json":
        from ..text import split_blocks

        typer.echo(json.dumps({"meta": meta, "paragraphs": split_blocks(text), "text": text}, indent=2, ensure_ascii=False))
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def watch(
    urls: list[str] = typer.Argument(..., help="Page or RSS/Atom feed URLs to poll."),
    every: str = typer.Option("5m", "--every", help="Time between polls: 30s, 5m, 1h."),
    count: int = typer.Option(None, "--count", min=1, help="Stop after this many polls (default: run until Ctrl-C)."),
    story: str = typer.Option(None, "--story", help="Story id for a single page URL (default: from the URL)."),
    pause: str = typer.Option("1s", "--pause", help="Least time between two requests to the same site."),
    format: str = typer.Option("text", "--format", "-f", help="text (one line per change) or jsonl (one JSON object per line)."),
    by: str = typer.Option("revtrack watch", "--by", help="Recorded as who filed the versions."),
    db: str = typer.Option(None, "--db", help="Database file or SQLAlchemy URL (default: $REVTRACK_DB, else ./revtrack.db).",
                           show_default=False),
) -> None:
    """Poll pages (or feeds' item pages); store a version whenever the story text changes, one line per change.

    Exit 0 when done (or 130 on Ctrl-C); 2 if a URL never answered.
    """
    from ..refs import is_story_id
    from ..store import open_store
    from ..watch import Watcher, event_line, parse_every, store_callback

    check_choice(format, ("text", "jsonl"), "--format")
    seconds = parse_every(every)
    host_pause = 0.0 if pause.strip() in ("0", "0s") else parse_every(pause, option="--pause")
    if story is not None and not is_story_id(story):
        raise RevtrackError(f"{story!r}: not a valid story id (letters, digits, '.', '_', '-')")

    def report(event: dict) -> str:
        return json.dumps(event, ensure_ascii=False) if format == "jsonl" else event_line(event)

    def last_seen(story_id: str) -> tuple[str, str | None] | None:
        rows = store.query("SELECT title FROM stories WHERE id = :s", {"s": story_id})
        if not rows:
            return None
        try:
            return store.resolve(f"{story_id}@latest").text, rows[0][0]
        except RevtrackError:
            return None

    def out(line: str) -> None:
        typer.echo(line)

    def err(line: str) -> None:
        typer.echo(line, err=True)

    with open_store(db) as store:
        watcher = Watcher(urls, store_callback(store, by=by, report=report), every=seconds, story=story, pause=host_pause,
                          out=out, err=err, last_seen=last_seen)
        try:
            stats = watcher.run(count=count)
        except KeyboardInterrupt:
            n, stored = watcher.stats.rounds, watcher.stats.stored
            typer.echo(f"revtrack: watch stopped after {n} poll{'s' * (n != 1)}, "
                       f"{stored} change{'s' * (stored != 1)} recorded", err=True)
            raise typer.Exit(130) from None
    if stats.never_fetched:
        raise RevtrackError(f"{', '.join(sorted(stats.never_fetched))}: never answered during this watch")


def page(
    ref: str = typer.Argument(..., help="Version reference: STORY, STORY@N, STORY@-N, STORY@latest, STORY@TIME."),
    raw: bool = typer.Option(False, "--raw", help="Print the page's HTML exactly as it was fetched or read."),
    format: str = typer.Option("text", "--format", "-f", help="text or json (metadata)."),
    db: str = typer.Option(None, "--db", help="Database file or SQLAlchemy URL (default: $REVTRACK_DB, else ./revtrack.db).",
                           show_default=False),
) -> None:
    """Show the news page a stored version was extracted from: its metadata, or --raw HTML."""
    check_choice(format, ("text", "json"), "--format")
    from ..refs import parse_ref
    from ..store import open_store

    with open_store(db, create=False) as store:
        version = store.resolve(parse_ref(ref))
        kept = store.page(version)
    if kept is None:
        raise RevtrackError(f"{version.ref}: was not added from a news page; see revtrack show {version.ref}")
    if raw:
        if kept["raw"] is None:
            raise RevtrackError(f"{version.ref}: no HTML was kept for this page")
        sys.stdout.write(kept["raw"])
        sys.stdout.flush()
        return
    if format == "json":
        typer.echo(json.dumps({"ref": version.ref, "meta": kept["meta"]}, indent=2, ensure_ascii=False))
        return
    for key, value in kept["meta"].items():
        typer.echo(f"{key}: {', '.join(value) if isinstance(value, list) else value}")


def register(app: typer.Typer) -> None:
    app.command()(handle_errors(extract))
    app.command()(handle_errors(watch))
    app.command()(handle_errors(page))
