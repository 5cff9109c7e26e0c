"""The read-only local viewer, and the static site ``revtrack report`` writes.

Both show the same pages, built here from a store by plain functions
(:func:`stories_page`, :func:`timeline_page`, :func:`diff_page`,
:func:`write_report`) and drawn by :mod:`revtrack.render.html`.  The viewer is
the standard library's :class:`~http.server.ThreadingHTTPServer`: it needs no
framework, binds to 127.0.0.1 by default and answers only GET and HEAD.

URLs of the viewer::

    /                               stories, with ?q= search on id and title
    /stories.json                   = revtrack stories --format json
    /story/ID                       the story's timeline
    /story/ID/log.json              = revtrack log ID --format json
    /story/ID/diff?a=1&b=3          two versions side by side (default: latest vs the one before)
    /story/ID/diff.json?a=1&b=3     = revtrack diff ID@1 ID@3 --format json
    /story/ID/version/N.json        = revtrack show ID@N --format json
    /story/ID/version/N.txt         the stored text, exactly as received

An unknown story or version answers 404 with a readable page; any method other
than GET or HEAD answers 405; on a loopback address a request whose Host is not
localhost answers 403 (DNS rebinding).  Every request opens the store read-only
(``create=False``) and closes it, so the viewer never holds a lock.

Comparisons of consecutive versions reuse the alignment stored with the newer
version; a note check (:func:`revtrack.notes.check_note`) is shown for
consecutive pairs only, because a note describes the change from the version
before.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from .errors import RevtrackError
from .render.html import (
    content_security_policy,
    render_error,
    render_html,
    render_stories,
    render_timeline,
    story_href,
)

__all__ = [
    "NotFound",
    "stories_page",
    "timeline_page",
    "diff_page",
    "pair_meta",
    "note_check",
    "write_report",
    "pair_filename",
    "make_server",
    "serve",
]


class NotFound(RevtrackError):
    """An unknown story or version (404 in the viewer)."""


# --------------------------------------------------------------------------- pages from a store


def _versions(store, story_id: str):
    try:
        return store.versions(story_id)
    except RevtrackError as exc:
        raise NotFound(str(exc)) from None


def _version(versions, number, story_id: str):
    for v in versions:
        if v.number == number:
            return v
    raise NotFound(f"{story_id}@{number}: no such version; {story_id} has {len(versions)} version{'s' * (len(versions) != 1)}")


def version_info(v) -> dict:
    """What a page header shows about a stored version."""
    return {"number": v.number, "time": v.received_at, "who": v.by, "source": v.source, "label": v.ref}


def note_check(new_version, comparison) -> dict | None:
    """``check_note(...).to_dict()`` for the note ``new_version`` carries, or None when it cannot apply."""
    if comparison.unit != "paragraph":
        return None
    try:
        from .notes import check_note, story_note
    except ImportError:  # a build without the note checker: pages show the note unchecked
        return None

    return check_note(story_note(comparison.new), comparison).to_dict()


def pair_meta(store, a, b, comparison, links=(), *, title: str | None = None) -> dict:
    """``meta`` for :func:`~revtrack.render.html.render_html` from two stored versions."""
    consecutive = a.story == b.story and b.number == a.number + 1
    if title is None:
        title = _title(store, a.story) if a.story == b.story else ""
    return {
        "story": a.story if a.story == b.story else "",
        "title": title,
        "old": version_info(a) | {"review": _review_line(store, a)},
        "new": version_info(b) | {"review": _review_line(store, b)},
        "note_check": note_check(b, comparison) if consecutive else None,
        "links": list(links),
    }


def diff_meta(db, old_ref: str | None, new_ref: str | None, comparison, draft_note: str | None = None) -> dict:
    """``meta`` for ``revtrack diff --format html``: what the store knows about the stored side(s).

    ``old_ref``/``new_ref`` are the references of stored sides (None for a
    file).  Two consecutive versions of one story also get their note check.
    """
    meta: dict = {"draft_note": draft_note} if draft_note is not None else {}
    if old_ref is None and new_ref is None:
        return meta
    from .store import open_store

    with open_store(db, create=False) as store:
        a = store.resolve(old_ref) if old_ref else None
        b = store.resolve(new_ref) if new_ref else None
        if a is not None and b is not None:
            # A note discloses every change: check it against the whole comparison, not one
            # that --min-severity filtered.
            whole = store.comparison(a, b) if getattr(comparison, "hidden", None) else comparison
            meta = pair_meta(store, a, b, whole) | meta
        else:
            meta["old" if a is not None else "new"] = version_info(a or b)
    return meta


def _review_line(store, v) -> str:
    """The latest editorial review of a stored version (revtrack review), or "not reviewed"."""
    from .reviews import latest_reviews, review_status

    return review_status(latest_reviews(store, v.story).get(v.number))


def _mark_editorial(store, story_id: str, versions, rows: list[dict]) -> list[dict]:
    """Timeline rows with each version's correction (revtrack corrections) and latest review."""
    from .corrections import correction_marks
    from .reviews import latest_reviews, review_status

    marks, reviewed = correction_marks(versions), latest_reviews(store, story_id)
    for row in rows:
        row.update(correction=marks.get(row["number"]), review=review_status(reviewed.get(row["number"])))
    return rows


def _title(store, story_id: str) -> str:
    for s in store.stories():
        if s.id == story_id:
            return s.title or ""
    return ""


def stories_page(store, query: str = "") -> str:
    """The stories list, filtered by ``query`` (case-insensitive, in id or title)."""
    q = query.strip().lower()
    rows = [
        {"id": s.id, "title": s.title, "versions": s.versions, "first": s.first, "last": s.last,
         "href": f"/story/{story_href(s.id)}"}
        for s in store.stories()
        if not q or q in s.id.lower() or q in (s.title or "").lower()
    ]
    return render_stories(rows, query=query)


# A stored version never changes, so the counts and note check of a pair are
# kept by the pair's content hashes: without this the viewer's timeline
# recomputes every pair on every request (benchmarks/html_views.py: 166 ms
# median for 19 versions before, see README "HTML views" for after).
_PAIR_CACHE: dict[tuple, tuple[dict, dict | None]] = {}
_PAIR_CACHE_MAX = 10_000
_PAIR_LOCK = threading.Lock()


def _pair_summary(store, prev, v) -> tuple[dict, dict | None]:
    key = (str(store.db), prev.story, prev.number, v.number, prev.content_hash, v.content_hash)
    with _PAIR_LOCK:
        hit = _PAIR_CACHE.get(key)
    if hit is None:
        comparison = store.comparison(prev, v)
        hit = (comparison.summary, note_check(v, comparison))
        with _PAIR_LOCK:
            if len(_PAIR_CACHE) >= _PAIR_CACHE_MAX:
                _PAIR_CACHE.clear()
            _PAIR_CACHE[key] = hit
    return hit


def _timeline_rows(versions, summarise, pair_href, json_href=None) -> list[dict]:
    """Timeline rows; ``summarise(prev, v)`` gives a pair's counts and note check."""
    rows = []
    for prev, v in zip([None] + versions[:-1], versions):
        row = {"number": v.number, "time": v.received_at, "who": v.by, "note": v.note, "summary": None,
               "check": None, "href": None, "json_href": None, "repeats": v.repeats}
        if prev is not None:
            summary, check = summarise(prev, v)
            row.update(summary=summary, check=check,
                       href=pair_href(prev.number, v.number),
                       json_href=json_href(prev.number, v.number) if json_href else None)
        rows.append(row)
    return rows


def timeline_page(store, story_id: str) -> str:
    """A story's timeline as the viewer serves it."""
    versions = _versions(store, story_id)
    sid = story_href(story_id)
    rows = _timeline_rows(versions, lambda p, v: _pair_summary(store, p, v), lambda a, b: f"/story/{sid}/diff?a={a}&b={b}",
                          lambda a, b: f"/story/{sid}/diff.json?a={a}&b={b}")
    _mark_editorial(store, story_id, versions, rows)
    return render_timeline({"id": story_id, "title": _title(store, story_id)}, rows,
                           links=[("/", "All stories"), (f"/story/{sid}/log.json", "JSON")],
                           compare_action=f"/story/{sid}/diff")


def _pair(store, story_id: str, a: int | None, b: int | None):
    versions = _versions(store, story_id)
    if b is None:
        b = versions[-1].number
    if a is None:
        a = max(1, b - 1)
    return _version(versions, a, story_id), _version(versions, b, story_id)


def diff_page(store, story_id: str, a: int | None = None, b: int | None = None) -> str:
    """Versions ``a`` and ``b`` of a story side by side (default: the latest and the one before)."""
    va, vb = _pair(store, story_id, a, b)
    comparison = store.comparison(va, vb)
    sid = story_href(story_id)
    links = [("/", "All stories"), (f"/story/{sid}", f"{story_id} timeline"),
             (f"/story/{sid}/diff.json?a={va.number}&b={vb.number}", "JSON")]
    return render_html(comparison, old_label=va.ref, new_label=vb.ref, meta=pair_meta(store, va, vb, comparison, links))


def pair_filename(a: int, b: int) -> str:
    """File name of a pair's page in a report: ``v1-v2.html``."""
    return f"v{a}-v{b}.html"


def write_report(store, story_id: str, directory) -> list[Path]:
    """Write ``index.html`` (the timeline) and one page per consecutive pair into ``directory``.

    Returns the files written.  Pages link to each other with relative links,
    so the folder can be opened from disk, zipped or served anywhere.
    """
    versions = _versions(store, story_id)
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RevtrackError(f"{out}: cannot create the report folder ({exc.strerror})") from None
    if not out.is_dir():
        raise RevtrackError(f"{out}: is not a folder")
    index = out / "index.html"
    pages: dict[Path, str] = {index: ""}
    title = _title(store, story_id)
    summaries = {}  # each pair is compared and its note checked once, for its page and the index
    for i, (prev, v) in enumerate(zip(versions, versions[1:])):
        comparison = store.comparison(prev, v)
        links = [("index.html", f"{story_id} timeline")]
        if i > 0:
            links.append((pair_filename(prev.number - 1, prev.number), "previous update"))
        if v.number < versions[-1].number:
            links.append((pair_filename(v.number, v.number + 1), "next update"))
        meta = pair_meta(store, prev, v, comparison, links, title=title)
        summaries[v.number] = (comparison.summary, meta["note_check"])
        pages[out / pair_filename(prev.number, v.number)] = render_html(comparison, old_label=prev.ref, new_label=v.ref,
                                                                      meta=meta)
    rows = _mark_editorial(store, story_id, versions, _timeline_rows(versions, lambda p, v: summaries[v.number], pair_filename))
    pages[index] = render_timeline({"id": story_id, "title": title}, rows)
    for path, html in pages.items():
        try:
            path.write_text(html, encoding="utf-8")
        except OSError as exc:
            raise RevtrackError(f"{path}: cannot write ({exc.strerror})") from None
    return list(pages)


# --------------------------------------------------------------------------- the HTTP viewer

_DIFF = re.compile(r"^/story/(?P<id>[^/]+)/diff(?P<json>\.json)?$")
_STORY = re.compile(r"^/story/(?P<id>[^/]+)/?$")
_LOG = re.compile(r"^/story/(?P<id>[^/]+)/log\.json$")
_VERSION = re.compile(r"^/story/(?P<id>[^/]+)/version/(?P<n>\d{1,9})\.(?P<ext>json|txt)$")


def _number(query: dict, key: str) -> int | None:
    values = query.get(key)
    if not values or values[-1] == "":
        return None
    if not values[-1].isdigit() or int(values[-1]) < 1:
        raise ValueError(f"{key}={values[-1]!r}: a version number is a whole number from 1")
    return int(values[-1])


def _json(data) -> tuple[int, str, bytes]:
    return 200, "application/json; charset=utf-8", (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _html(page: str, status: int = 200) -> tuple[int, str, bytes]:
    return status, "text/html; charset=utf-8", page.encode("utf-8")


def route(store, path: str, query: dict) -> tuple[int, str, bytes]:
    """Answer one GET: ``(status, content type, body)``.  Pure apart from reading ``store``."""
    if path in ("/", "/index.html"):
        return _html(stories_page(store, (query.get("q") or [""])[-1]))
    if path == "/stories.json":
        return _json([s.to_dict() for s in store.stories()])
    if m := _STORY.match(path):
        return _html(timeline_page(store, unquote(m["id"])))
    if m := _LOG.match(path):
        from .reviews import log_records  # = revtrack log ID --format json, latest review included

        story_id = unquote(m["id"])
        return _json(log_records(store, story_id, _versions(store, story_id)))
    if m := _DIFF.match(path):
        story_id = unquote(m["id"])
        a, b = _number(query, "a"), _number(query, "b")
        if m["json"]:
            va, vb = _pair(store, story_id, a, b)
            return _json(store.comparison(va, vb).to_dict())
        return _html(diff_page(store, story_id, a, b))
    if m := _VERSION.match(path):
        story_id = unquote(m["id"])
        v = _version(_versions(store, story_id), int(m["n"]), story_id)
        if m["ext"] == "txt":
            return 200, "text/plain; charset=utf-8", v.text.encode("utf-8")
        return _json(v.to_dict())
    raise NotFound(f"{path}: no such page")


class ViewerHandler(BaseHTTPRequestHandler):
    """GET/HEAD only; the store is opened read-only per request."""

    server_version = "revtrack"
    db: str | None = None  # set by make_server on a subclass
    quiet = True

    def _send(self, status: int, ctype: str, body: bytes, *, head: bool = False, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        if ctype.startswith("text/html"):
            self.send_header("Content-Security-Policy", content_security_policy())
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _answer(self, head: bool) -> None:
        from .store import open_store

        url = urlsplit(self.path)
        try:
            if not self._host_allowed():
                raise PermissionError(f"{self.headers.get('Host')}: this viewer answers only to localhost")
            query = parse_qs(url.query, keep_blank_values=True)
            with open_store(self.db, create=False) as store:
                status, ctype, body = route(store, url.path, query)
        except NotFound as exc:
            status, ctype, body = _html(render_error(404, str(exc)), 404)
        except PermissionError as exc:
            status, ctype, body = _html(render_error(403, str(exc)), 403)
        except ValueError as exc:
            status, ctype, body = _html(render_error(400, str(exc)), 400)
        except RevtrackError as exc:
            status, ctype, body = _html(render_error(500, str(exc)), 500)
        except Exception:  # a bug: say so on the page, keep the traceback for the terminal
            import traceback

            traceback.print_exc()
            status, ctype, body = _html(render_error(500, "internal error in revtrack (details on the server's terminal)"), 500)
        self._send(status, ctype, body, head=head)

    def _host_allowed(self) -> bool:
        """On a loopback address, refuse any Host but localhost.

        A web page elsewhere can point its own host name at 127.0.0.1 (DNS
        rebinding) and then read this viewer as same-origin; checking the Host
        header stops that.  Bound to another address on purpose (``--host``),
        the viewer answers any name.
        """
        bound = self.server.server_address[0]
        if bound not in ("127.0.0.1", "::1", "localhost"):
            return True
        host = urlsplit("//" + (self.headers.get("Host") or "")).hostname or ""
        return host in ("localhost", "127.0.0.1", "::1")

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def _not_allowed(self) -> None:
        body = render_error(405, f"{self.command}: the viewer is read-only; use GET").encode("utf-8")
        self._send(405, "text/html; charset=utf-8", body, extra={"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _not_allowed

    def log_message(self, format, *args) -> None:  # noqa: A002 (http.server's signature)
        if not self.quiet:
            super().log_message(format, *args)


def make_server(db: str | None = None, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = True) -> ThreadingHTTPServer:
    """A viewer bound to ``host:port`` (port 0 picks a free one); call ``serve_forever()``.

    The database is opened once here, so a wrong ``--db`` fails at start with
    one line, not on the first request.
    """
    from .store import open_store

    open_store(db, create=False).close()
    handler = type("BoundViewerHandler", (ViewerHandler,), {"db": db, "quiet": quiet})
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise RevtrackError(f"{host}:{port}: cannot listen ({exc.strerror})") from None
    server.daemon_threads = True
    return server


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000, *, quiet: bool = False) -> None:
    """Run the viewer until interrupted."""
    server = make_server(db, host, port, quiet=quiet)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def serve_in_thread(db: str | None = None, host: str = "127.0.0.1", port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start a viewer in a background thread; returns the server and its base URL (for tests and notebooks)."""
    server = make_server(db, host, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    h, p = server.server_address[:2]
    return server, f"http://{h}:{p}"
