"""Fetching and watching pages, against a news site served from localhost.

``site`` is a real HTTP server on a free localhost port, in a thread.  Each
path has a *schedule*, so a test can change the page between polls: the n-th request for a path is answered from the n-th page of its
schedule (the last one repeats).  The server answers conditional GETs with 304
when that page is the one the client already has, can fail with 500 a given number of times, and
records every request so tests can check what revtrack sent.  No test here
touches any other host.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import signal
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from revtrack.errors import RevtrackError
from revtrack.fetch import Backoff, Fetcher, FetchError, user_agent
from revtrack.watch import Page, Watcher, _hold_interrupts, feed_item_urls, parse_every, story_id_for_url

PAGES = Path(__file__).parent / "pages"
HTML = "text/html; charset=utf-8"


class Site:
    """The state of the fake news site: schedules, planned failures, request log."""

    def __init__(self):
        self.schedules: dict[str, list[tuple[bytes, str]]] = {}
        self.served: dict[str, int] = {}
        self.failures: dict[str, list[int]] = {}
        self.requests: list[dict] = []
        self.gzip = False
        self.base = ""

    def page(self, path: str, *files: str, ctype: str = HTML) -> None:
        bodies = []
        for f in files:
            body = (PAGES / f).read_text(encoding="utf-8").replace("{base}", self.base)
            bodies.append((body.encode("utf-8"), ctype))
        self.schedules[path] = bodies

    def fail(self, path: str, *codes: int) -> None:
        self.failures[path] = list(codes)

    def hits(self, path: str) -> list[dict]:
        return [r for r in self.requests if r["path"] == path]

    def url(self, path: str) -> str:
        return self.base + path


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep pytest output clean
            pass

        def do_GET(self):
            path = self.path.split("?")[0]
            site.requests.append({"path": path, "headers": dict(self.headers), "t": time.monotonic()})
            if site.failures.get(path):
                code = site.failures[path].pop(0)
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            schedule = site.schedules.get(path)
            if not schedule:
                self.send_error(404)
                return
            n = site.served.get(path, 0)
            site.served[path] = n + 1
            body, ctype = schedule[min(n, len(schedule) - 1)]
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            if site.gzip:
                body = gzip.compress(body)
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", "Wed, 11 Mar 2026 06:15:00 GMT")
            if site.gzip:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def site():
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(s))
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield s
    server.shutdown()
    server.server_close()


class Recorder:
    """A store callback that keeps every page and reports a numbered line, like the real store."""

    def __init__(self):
        self.pages: list[Page] = []

    def __call__(self, page: Page) -> str:
        self.pages.append(page)
        n = sum(1 for p in self.pages if p.story == page.story)
        return f"{page.story}@{n} stored"


def watcher(urls, store, **kw):
    out, err = [], []
    kw.setdefault("every", 0.05)
    kw.setdefault("pause", 0)
    w = Watcher(urls, store, out=out.append, err=err.append, fetcher=Fetcher(timeout=5), **kw)
    return w, out, err


# --- fetch ----------------------------------------------------------------------


def test_fetch_sends_user_agent_and_then_conditional_headers(site):
    site.page("/a", "harbour-flood-v1.html")
    f = Fetcher(timeout=5)
    first = f.get(site.url("/a"))
    second = f.get(site.url("/a"))
    assert first.status == 200 and b"Port Aldren" in first.body
    assert second.not_modified and second.body == b""
    h1, h2 = (r["headers"] for r in site.hits("/a"))
    assert h1["User-Agent"].startswith("revtrack/") and "(+" in h1["User-Agent"]
    assert "If-None-Match" not in h1
    assert h2["If-None-Match"] == first.headers["etag"]
    assert h2["If-Modified-Since"] == "Wed, 11 Mar 2026 06:15:00 GMT"


def test_user_agent_names_a_contact(monkeypatch):
    monkeypatch.setenv("REVTRACK_CONTACT", "desk@ledger.example")
    assert user_agent().endswith("(+desk@ledger.example)")


def test_fetch_decompresses_gzip(site):
    site.gzip = True
    site.page("/a", "harbour-flood-v1.html")
    r = Fetcher(timeout=5).get(site.url("/a"))
    assert r.body.startswith(b"<!DOCTYPE html>")
    assert "gzip" in site.hits("/a")[0]["headers"]["Accept-Encoding"]


@pytest.mark.parametrize(
    "code, retryable",
    [(404, False), (410, False), (429, True), (500, True), (503, True)],
)
def test_fetch_errors_are_one_line_and_say_if_retrying_helps(site, code, retryable):
    site.fail("/a", code)
    with pytest.raises(FetchError) as exc:
        Fetcher(timeout=5).get(site.url("/a"))
    assert exc.value.status == code and exc.value.retryable is retryable
    assert f"HTTP {code}" in str(exc.value) and "\n" not in str(exc.value)


def test_fetch_refuses_other_schemes_and_reports_a_dead_port():
    with pytest.raises(FetchError, match="not an http"):
        Fetcher().get("file:///etc/hostname")
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect") as exc:
        Fetcher(timeout=2).get(f"http://127.0.0.1:{port}/")
    assert exc.value.retryable


def test_get_with_retries_backs_off_then_succeeds(site):
    site.page("/a", "harbour-flood-v1.html")
    site.fail("/a", 500, 503)
    slept = []
    r = Fetcher(timeout=5).get_with_retries(site.url("/a"), attempts=3, base=0.5, sleep=slept.append)
    assert r.status == 200 and slept == [0.5, 1.0]
    site.fail("/a", 500, 500, 500)
    with pytest.raises(FetchError, match="HTTP 500"):
        Fetcher(timeout=5).get_with_retries(site.url("/a"), attempts=3, base=0.5, sleep=slept.append)


def test_backoff_doubles_is_capped_honours_retry_after_and_resets():
    b = Backoff(base=1, cap=8)
    assert [b.failed("u", now=0) for _ in range(5)] == [1, 2, 4, 8, 8]
    b.succeeded("u")
    assert b.ready("u", now=0) and b.failures("u") == 0
    assert b.failed("u", now=0, retry_after=5) == 5


# --- helpers --------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, seconds",
    [("5m", 300), ("30s", 30), ("0.2s", 0.2), ("1h", 3600), ("45", 45), ("250ms", 0.25), ("2 min", 120)],
)
def test_parse_every(value, seconds):
    assert parse_every(value) == pytest.approx(seconds)


@pytest.mark.parametrize("value", ["", "soon", "0s", "-5m", "5 parsecs"])
def test_parse_every_refuses_nonsense(value):
    with pytest.raises(RevtrackError, match="--every"):
        parse_every(value)


@pytest.mark.parametrize(
    "url, story",
    [
        ("https://ledger.example/world/port-aldren-storm-surge", "port-aldren-storm-surge"),
        ("https://ledger.example/world/port-aldren-storm-surge/", "port-aldren-storm-surge"),
        ("https://courier.example/business/Rail_Strike_Pay.html?utm_source=rss#top", "rail-strike-pay"),
        ("https://www.news.example/article/123456", "news-example-article-123456"),
        ("https://news.example/", "news-example"),
    ],
)
def test_story_id_for_url(url, story):
    assert story_id_for_url(url) == story


@pytest.mark.parametrize("feed", ["feed.rss", "feed.atom"])
def test_feed_item_urls_in_feed_order(feed):
    body = (PAGES / feed).read_text().replace("{base}", "http://127.0.0.1:9").encode()
    urls = feed_item_urls(body, "http://127.0.0.1:9/" + feed)
    expected = ["http://127.0.0.1:9/world/port-aldren-storm-surge", "http://127.0.0.1:9/business/rail-strike-pay"]
    assert urls == (expected if feed == "feed.rss" else expected[::-1])


# --- watching -------------------------------------------------------------------


def test_watch_stores_a_version_only_when_the_story_text_changes(site):
    # poll 1: v1; poll 2: v1 again (304); poll 3: v2 (story changed); poll 4: v3
    # (only ads, "most read" and "Updated 3 hours ago" changed: no new version)
    path = "/world/port-aldren-storm-surge"
    site.page(path, "harbour-flood-v1.html", "harbour-flood-v1.html", "harbour-flood-v2.html", "harbour-flood-v3.html")
    store = Recorder()
    w, out, err = watcher([site.url(path)], store)
    for _ in range(4):
        w.poll()
    assert err == []
    assert out == ["port-aldren-storm-surge@1 stored", "port-aldren-storm-surge@2 stored"]
    assert [len(p.article.paragraphs) for p in store.pages] == [6, 8]
    assert store.pages[1].article.headline.startswith("Port Aldren storm surge: one dead")
    assert "<!DOCTYPE html>" in store.pages[0].raw and store.pages[0].meta["fetched_from"] == site.url(path)
    statuses = [("If-None-Match" in r["headers"]) for r in site.hits(path)]
    assert statuses == [False, True, True, True]
    assert w.stats.not_modified == 1 and w.stats.rounds == 4


def test_watch_backs_off_after_a_server_error(site):
    path = "/world/port-aldren-storm-surge"
    site.page(path, "harbour-flood-v1.html")
    site.fail(path, 500)
    store = Recorder()
    w, out, err = watcher([site.url(path)], store, every=0.05)
    stats = w.run(count=4)
    # round 1 fails; round 2 is skipped (backoff); rounds 3 and 4 fetch (200, then 304)
    assert len(site.hits(path)) == 3
    assert len(err) == 1 and "HTTP 500" in err[0] and "next try in 0.1s" in err[0]
    assert out == ["port-aldren-storm-surge@1 stored"]
    assert stats.errors == 1 and stats.never_fetched == set()


@pytest.mark.parametrize("feed, ctype", [("feed.rss", "application/rss+xml"), ("feed.atom", "application/xml")])
def test_watch_follows_feed_items(site, feed, ctype):
    site.page("/" + feed, feed, ctype=ctype)
    site.page("/world/port-aldren-storm-surge", "harbour-flood-v1.html", "harbour-flood-v2.html")
    site.page("/business/rail-strike-pay", "rail-strike.html")
    store = Recorder()
    w, out, err = watcher([site.url("/" + feed)], store)
    stats = w.run(count=2)
    assert err == []
    assert sorted(out) == ["port-aldren-storm-surge@1 stored", "port-aldren-storm-surge@2 stored", "rail-strike-pay@1 stored"]
    assert store.pages[-1].story == "port-aldren-storm-surge" and "6,000" in store.pages[-1].text
    assert len(site.hits("/" + feed)) == 2 and stats.not_modified >= 2  # the feed and the strike page


def test_watch_pauses_between_requests_to_the_same_site(site):
    site.page("/feed.rss", "feed.rss", ctype="application/rss+xml")
    site.page("/world/port-aldren-storm-surge", "harbour-flood-v1.html")
    site.page("/business/rail-strike-pay", "rail-strike.html")
    w, out, err = watcher([site.url("/feed.rss")], Recorder(), pause=0.2)
    w.poll()
    times = [r["t"] for r in site.requests]
    assert len(times) == 3 and all(b - a >= 0.19 for a, b in zip(times, times[1:]))


def test_watch_reports_extraction_failures_and_goes_on(site):
    site.schedules["/empty"] = [(b"<html><body><nav><a href='/'>Home</a></nav></body></html>", HTML)]
    site.page("/business/rail-strike-pay", "rail-strike.html")
    store = Recorder()
    w, out, err = watcher([site.url("/empty"), site.url("/business/rail-strike-pay")], store)
    w.poll()
    assert out == ["rail-strike-pay@1 stored"]
    assert len(err) == 1 and "no article text" in err[0]


def test_watch_does_not_store_what_the_store_already_has(site):
    site.page("/business/rail-strike-pay", "rail-strike.html")
    from revtrack.extract import extract_article

    known = extract_article((PAGES / "rail-strike.html").read_bytes()).text
    store = Recorder()
    headline = "Rail workers call 48-hour strike over pay"
    w, out, err = watcher([site.url("/business/rail-strike-pay")], store, last_seen=lambda story: (known, headline))
    w.poll()
    assert out == [] and store.pages == []


def test_watch_offers_a_new_headline_over_the_same_text(site):
    path = "/business/rail-strike-pay"
    site.page(path, "rail-strike.html")
    site.schedules[path].append(
        ((PAGES / "rail-strike.html").read_bytes().replace(b"48-hour strike over pay", b"two-day strike over pay"), HTML))
    store = Recorder()
    w, out, err = watcher([site.url(path)], store)
    w.poll()
    w.poll()
    assert [p.article.headline for p in store.pages] == [
        "Rail workers call 48-hour strike over pay", "Rail workers call two-day strike over pay"]
    assert store.pages[0].text == store.pages[1].text


def test_watch_keeps_trying_after_a_store_error(site):
    path = "/business/rail-strike-pay"
    site.page(path, "rail-strike.html")
    calls = []

    def flaky(page):
        calls.append(page)
        if len(calls) == 1:
            raise RevtrackError("database is locked")
        return f"{page.story}@1 stored"

    w, out, err = watcher([site.url(path)], flaky)
    w.poll()
    w.poll()
    assert err == ["revtrack: watch: rail-strike-pay: database is locked"]
    assert out == ["rail-strike-pay@1 stored"]
    # the second poll fetched the page in full again instead of accepting a 304
    assert ["If-None-Match" in r["headers"] for r in site.hits(path)] == [False, False]


def test_story_option_needs_exactly_one_url():
    with pytest.raises(RevtrackError, match="exactly one URL"):
        Watcher(["http://127.0.0.1:9/a", "http://127.0.0.1:9/b"], print, every=1, story="x")


def test_ctrl_c_during_a_store_call_waits_for_the_call_to_finish():
    finished = []
    with pytest.raises(KeyboardInterrupt):
        with _hold_interrupts():
            os.kill(os.getpid(), signal.SIGINT)
            finished.append("stored")
    assert finished == ["stored"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_mid_watch_keeps_the_version_being_stored(site):
    site.page("/business/rail-strike-pay", "rail-strike.html")
    site.page("/world/port-aldren-storm-surge", "harbour-flood-v1.html")
    stored = []

    def store(page):
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C arrives while the version is being written
        stored.append(page.story)
        return f"{page.story}@1 stored"

    w, out, err = watcher([site.url("/business/rail-strike-pay"), site.url("/world/port-aldren-storm-surge")], store)
    with pytest.raises(KeyboardInterrupt):
        w.run(count=3)
    assert stored == ["rail-strike-pay"] and out == ["rail-strike-pay@1 stored"]


# --- the commands, with a real store -----------------------------------------------


def run_cli(*args, input=None):
    from typer.testing import CliRunner

    from revtrack.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], input=input)


def test_cli_watch_stores_changed_pages_with_their_html_and_metadata(site, tmp_path):
    from revtrack.store import open_store

    path = "/world/port-aldren-storm-surge"
    site.page(path, "harbour-flood-v1.html", "harbour-flood-v1.html", "harbour-flood-v2.html", "harbour-flood-v3.html")
    db = tmp_path / "w.db"
    r = run_cli("watch", site.url(path), "--every", "0.05s", "--pause", "0", "--count", "4", "--db", db)
    assert r.exit_code == 0, r.output + r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(f"port-aldren-storm-surge@1 stored (new story, 6 paragraphs) <- {site.url(path)}")
    assert "port-aldren-storm-surge@2 stored (2 added, 1 changed)" in lines[1]
    with open_store(db, create=False) as store:
        versions = store.versions("port-aldren-storm-surge")
        assert [v.number for v in versions] == [1, 2]
        assert versions[1].source == site.url(path) and versions[1].by == "revtrack watch"
        page = store.page("port-aldren-storm-surge@2")
        assert "<!DOCTYPE html>" in page["raw"] and "Winter sale" in page["raw"]
        assert page["meta"]["headline"].startswith("Port Aldren storm surge: one dead")
        assert page["meta"]["modified"] == "2026-03-11T06:15:00Z"
        info = next(i for i in store.stories() if i.id == "port-aldren-storm-surge")
        assert info.title == page["meta"]["headline"]
    # a second watch of the unchanged page stores nothing: the store already has its text
    r = run_cli("watch", site.url(path), "--every", "0.05s", "--count", "1", "--db", db)
    assert r.exit_code == 0 and r.stdout == ""


def test_cli_watch_jsonl_events(site, tmp_path):
    import json

    path = "/world/port-aldren-storm-surge"
    site.page(path, "harbour-flood-v1.html", "harbour-flood-v2.html")
    r = run_cli("watch", site.url(path), "--every", "0.05s", "--pause", "0", "--count", "2", "--format", "jsonl",
                "--db", tmp_path / "w.db")
    assert r.exit_code == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(e["ref"], e["stored"], e["changes"]) for e in events] == [
        ("port-aldren-storm-surge@1", True, None),
        ("port-aldren-storm-surge@2", True, {"unchanged": 5, "changed": 1, "added": 2}),
    ]
    assert events[1]["old_headline"].startswith("Storm surge floods") and events[1]["url"] == site.url(path)


def test_cli_watch_feed_and_story_option(site, tmp_path):
    site.page("/feed.rss", "feed.rss", ctype="application/rss+xml")
    site.page("/world/port-aldren-storm-surge", "harbour-flood-v1.html")
    site.page("/business/rail-strike-pay", "rail-strike.html")
    db = tmp_path / "w.db"
    r = run_cli("watch", site.url("/feed.rss"), "--every", "0.05s", "--pause", "0", "--count", "2", "--db", db)
    assert r.exit_code == 0, r.stderr
    assert len(r.stdout.strip().splitlines()) == 2
    r = run_cli("watch", site.url("/business/rail-strike-pay"), "--story", "strike", "--count", "1", "--db", db)
    assert r.exit_code == 0 and "strike@1 stored" in r.stdout
    r = run_cli("stories", "--db", db)
    assert "port-aldren-storm-surge" in r.stdout and "rail-strike-pay" in r.stdout


def test_cli_watch_reports_a_url_that_never_answers(site, tmp_path):
    site.fail("/down", 503, 503, 503)
    r = run_cli("watch", site.url("/down"), "--every", "0.05s", "--pause", "0", "--count", "3", "--db", tmp_path / "w.db")
    assert r.exit_code == 2
    assert "HTTP 503" in r.stderr and "never answered during this watch" in r.stderr
    assert len(site.hits("/down")) == 2  # rounds 1 and 3; round 2 backed off


@pytest.mark.parametrize("args, message", [
    (["--every", "often"], "--every 'often'"),
    (["--story", "a b"], "not a valid story id"),
])
def test_cli_watch_bad_options_are_one_line(tmp_path, args, message):
    r = run_cli("watch", "http://127.0.0.1:9/a", *args, "--count", "1", "--db", tmp_path / "w.db")
    assert r.exit_code == 2 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_cli_add_url_fetches_once_and_keeps_the_page(site, tmp_path):
    from revtrack.store import open_store

    site.page("/business/rail-strike-pay", "rail-strike.html")
    db = tmp_path / "a.db"
    r = run_cli("add", "strike", "--url", site.url("/business/rail-strike-pay"), "--db", db)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("strike@1 stored")
    assert len(site.hits("/business/rail-strike-pay")) == 1
    with open_store(db, create=False) as store:
        v = store.resolve("strike@1")
        assert v.text.startswith("Rail workers across the coastal network") and v.source == site.url("/business/rail-strike-pay")
        assert store.page("strike@1")["meta"]["byline"] == "Tomas Reed"


def test_cli_add_url_that_fails_stores_nothing(site, tmp_path):
    site.fail("/gone", 404)
    db = tmp_path / "a.db"
    r = run_cli("add", "gone", "--url", site.url("/gone"), "--db", db)
    assert r.exit_code == 2 and "HTTP 404" in r.stderr
    assert not db.exists() or "gone" not in run_cli("stories", "--db", db).stdout


def test_cli_add_html_file_stores_the_extracted_story(tmp_path):
    from revtrack.extract import extract_article
    from revtrack.store import open_store

    db = tmp_path / "a.db"
    r = run_cli("add", "flood", PAGES / "harbour-flood-v1.html", "--db", db)
    assert r.exit_code == 0, r.stderr
    # the same page saved without a .html suffix is sniffed as HTML
    sniffed = tmp_path / "saved-page"
    sniffed.write_bytes((PAGES / "harbour-flood-v2.html").read_bytes())
    r = run_cli("add", "flood", sniffed, "--db", db)
    assert r.exit_code == 0 and "flood@2 stored (2 added, 1 changed)" in r.stdout
    with open_store(db, create=False) as store:
        assert store.resolve("flood@1").text == extract_article((PAGES / "harbour-flood-v1.html").read_bytes()).text
        assert store.page("flood@2")["raw"] == (PAGES / "harbour-flood-v2.html").read_text()
        # a plain story text has no page
        run_cli("add", "flood", "-", "--db", db, input="PORT ALDREN - Plain wire text.\n")
        assert store.page("flood@3") is None


def test_store_keeps_the_page_of_a_version(db_url):
    from revtrack.store import open_store
    from revtrack.watch import store_page

    html = (PAGES / "harbour-flood-v1.html").read_text()
    from revtrack.extract import extract_article

    a = extract_article(html)
    with open_store(db_url) as store:
        r = store_page(store, "flood", a.text, raw=html, meta=a.meta(), by="desk", source="https://ledger.example/x")
        assert r.stored and store.page("flood@1") == {"raw": html, "meta": a.meta()}
        assert next(i for i in store.stories() if i.id == "flood").title == a.headline
        # the same text again stores nothing, page or not
        assert not store_page(store, "flood", a.text, raw=html + "<!-- new ad -->", meta=a.meta()).stored
        store.add_version("flood", a.text + "\nA plain wire paragraph.\n")
        assert store.page("flood@2") is None
        # a kept page is append-only, like the stored text
        from sqlalchemy import text

        with pytest.raises(Exception, match="append-only"):
            with store.engine.begin() as conn:
                conn.execute(text("UPDATE version_pages SET raw = 'forged'"))
        assert store.page("flood@1")["raw"] == html


def test_ctrl_c_stops_a_real_watch_process_cleanly(site, tmp_path):
    """A real ``revtrack watch`` process, interrupted with SIGINT after its first version."""
    import subprocess
    import sys
    import time

    from revtrack.store import open_store

    path = "/world/port-aldren-storm-surge"
    site.page(path, "harbour-flood-v1.html")
    db = tmp_path / "w.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "revtrack.cli", "watch", site.url(path), "--every", "0.1s", "--pause", "0", "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = proc.stdout.readline()  # blocks until version 1 is stored and reported
        assert "port-aldren-storm-surge@1 stored" in first
        time.sleep(0.3)  # a few more (304) polls
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130
    assert "watch stopped after" in err and "1 change recorded" in err and "Traceback" not in err
    with open_store(db, create=False) as store:
        assert [v.number for v in store.versions("port-aldren-storm-surge")] == [1]
    assert len(site.hits(path)) >= 2


def test_cli_watch_reports_a_headline_change_without_a_new_version(site, tmp_path):
    from revtrack.store import open_store

    path = "/business/rail-strike-pay"
    page = (PAGES / "rail-strike.html").read_bytes()
    site.schedules[path] = [(page, HTML), (page.replace(b"48-hour strike over pay", b"two-day strike over pay"), HTML)]
    db = tmp_path / "w.db"
    r = run_cli("watch", site.url(path), "--every", "0.05s", "--pause", "0", "--count", "2", "--db", db)
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert "rail-strike-pay@1 stored" in lines[0]
    assert "rail-strike-pay: headline changed to 'Rail workers call two-day strike over pay'" in lines[1]
    with open_store(db, create=False) as store:
        assert len(store.versions("rail-strike-pay")) == 1
        info = next(i for i in store.stories() if i.id == "rail-strike-pay")
        assert info.title == "Rail workers call two-day strike over pay" and info.meta["byline"] == "Tomas Reed"


def test_cli_page_shows_the_kept_page(tmp_path):
    db = tmp_path / "p.db"
    assert run_cli("add", "flood", PAGES / "harbour-flood-v1.html", "--db", db).exit_code == 0
    r = run_cli("page", "flood@1", "--db", db)
    assert r.exit_code == 0 and "byline: Mara Velden" in r.stdout and "published: 2026-03-10T21:40:00Z" in r.stdout
    r = run_cli("page", "flood", "--raw", "--db", db)
    assert r.stdout == (PAGES / "harbour-flood-v1.html").read_text()
    run_cli("add", "flood", "-", "--db", db, input="PORT ALDREN - Plain wire text.\n")
    r = run_cli("page", "flood@2", "--db", db)
    assert r.exit_code == 2 and "flood@2: was not added from a news page" in r.stderr


def test_an_extractor_crash_on_one_page_does_not_end_the_watch(site, monkeypatch):
    import revtrack.watch as watch_module

    real = watch_module.extract_article

    def flaky(raw, url=None, name="page"):
        if "rail-strike" in url:
            raise RuntimeError("lxml fell over")
        return real(raw, url=url, name=name)

    monkeypatch.setattr(watch_module, "extract_article", flaky)
    site.page("/business/rail-strike-pay", "rail-strike.html")
    site.page("/world/port-aldren-storm-surge", "harbour-flood-v1.html")
    w, out, err = watcher([site.url("/business/rail-strike-pay"), site.url("/world/port-aldren-storm-surge")], Recorder())
    w.poll()
    assert out == ["port-aldren-storm-surge@1 stored"]
    assert err == [f"revtrack: watch: {site.url('/business/rail-strike-pay')}: extraction failed (RuntimeError: lxml fell over)"]
