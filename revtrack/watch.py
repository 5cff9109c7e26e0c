"""Watch news pages and feeds: poll, extract, store a version whenever the story text changes.

A *source* is a URL given on the command line.  A source that answers with an
RSS or Atom feed stands for the pages its items link to; any other source is
one page.  Each round polls every source that is not backing off (see
:mod:`revtrack.fetch`), then every item page of every feed, with conditional
GETs, so an unchanged page costs a ``304``.  A page that answered in full is
reduced to its story text by :mod:`revtrack.extract`; when that text differs
from the last text seen for the story, the page goes to the ``store``
callback, which stores a version and returns the one-line report to print.

The watcher knows nothing about the database: ``store`` is any callable
taking a :class:`Page` and returning a report line (``None`` when it stored
nothing).  :func:`store_callback` builds the real one around a
:class:`revtrack.store.Store`, and tests pass a list's ``append``.

Stopping is safe at any moment: Ctrl-C during a fetch or a pause just ends the
watch, and Ctrl-C during a store call is held back until the call returns, so
a version is stored whole or not at all (the store call is one transaction
as well).

    >>> parse_every("5m"), parse_every("90s"), parse_every("0.2s"), parse_every("1h")
    (300.0, 90.0, 0.2, 3600.0)
    >>> story_id_for_url("https://ledger.example/world/port-aldren-storm-surge.html?utm=x")
    'port-aldren-storm-surge'
    >>> story_id_for_url("https://news.example/article/20260312/123456/")
    'news-example-article-20260312-123456'
"""

from __future__ import annotations

import json
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urljoin, urlsplit

from .errors import RevtrackError
from .extract import Article, ExtractError, decode_html, extract_article
from .fetch import Backoff, Fetcher, FetchError, Response, check_url

__all__ = ["Page", "WatchStats", "Watcher", "parse_every", "story_id_for_url", "is_feed", "feed_item_urls", "store_callback", "store_page", "retitle", "event_line"]

# Longest a failing URL is left alone: a site down for hours is still asked
# once an hour, so the watch notices when it returns.
BACKOFF_CAP = 3600.0

# Least time between two requests to the same host, so a feed's item pages
# are not fetched in one burst.  1 s is the usual floor of robots.txt
# Crawl-delay values; with MAX_FEED_ITEMS it bounds a feed's round at ~50 s,
# well inside the default 5 minute interval.
HOST_PAUSE = 1.0

# Most item pages followed per feed and round.  News feeds list 10-50 items;
# following more would turn one poll into a crawl of the site.
MAX_FEED_ITEMS = 50


@dataclass(frozen=True)
class Page:
    """One fetched page whose story text changed: what the store callback receives."""

    story: str
    url: str
    article: Article
    raw: str
    fetched_at: datetime

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def meta(self) -> dict:
        return {**self.article.meta(), "fetched_from": self.url}


StoreFn = Callable[[Page], "str | None"]


@dataclass
class WatchStats:
    rounds: int = 0
    requests: int = 0
    not_modified: int = 0
    stored: int = 0
    errors: int = 0
    ok_urls: set[str] = field(default_factory=set)
    failed_urls: set[str] = field(default_factory=set)

    @property
    def never_fetched(self) -> set[str]:
        """URLs that failed every time they were asked during this watch."""
        return self.failed_urls - self.ok_urls


_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|hr)?\s*$", re.I)
_UNIT = {"ms": 0.001, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, None: 1}


def parse_every(value: str, option: str = "--every") -> float:
    """``--every`` as seconds: ``30s``, ``5m``, ``1h``, ``0.2s`` or a bare number of seconds."""
    m = _EVERY.match(value or "")
    if not m:
        raise RevtrackError(f"{option} {value!r}: expected a duration such as 30s, 5m or 1h")
    seconds = float(m.group(1)) * _UNIT[m.group(2).lower() if m.group(2) else None]
    if seconds <= 0:
        raise RevtrackError(f"{option} {value!r}: must be longer than zero")
    return seconds


_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.I)


def _slug(s: str) -> str:
    return _SLUG_JUNK.sub("-", s.lower()).strip("-")


def story_id_for_url(url: str) -> str:
    """A stable story id for a page URL: its last path segment, or host and path when that says little.

    News URLs usually end in a slug of the headline (``/world/port-aldren-storm-surge``);
    when the end is only numbers, the whole host and path are used so two
    sites' ``/article/123`` do not collide.
    """
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    last = _slug(_PAGE_SUFFIX.sub("", segments[-1])) if segments else ""
    if sum(c.isalpha() for c in last) >= 8:
        return last[:80].strip("-")
    host = (parts.hostname or "page").removeprefix("www.")
    return _slug(" ".join([host, *segments]))[:80].strip("-") or "page"


def is_feed(response: Response) -> bool:
    """An RSS/Atom feed, by content type or by its first element."""
    ctype = response.content_type.lower()
    if "rss" in ctype or "atom" in ctype:
        return True
    if "html" in ctype:
        return False
    head = response.body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    head = re.sub(rb"^(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*", b"", head, flags=re.S)
    return bool(re.match(rb"<(?:rss|feed|rdf:RDF)\b", head))


def feed_item_urls(body: bytes, base_url: str) -> list[str]:
    """The page URLs a feed's items link to, in feed order, without repeats."""
    import feedparser  # only a watched feed needs it

    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        raise ExtractError(f"{base_url}: not a readable RSS/Atom feed ({parsed.bozo_exception})")
    urls: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link") or (entry.get("id") if str(entry.get("id", "")).startswith("http") else None)
        if not link:
            continue
        link = urljoin(base_url, link)
        if urlsplit(link).scheme in ("http", "https") and link not in urls:
            urls.append(link)
    return urls[:MAX_FEED_ITEMS]


@contextmanager
def _hold_interrupts():
    """Hold Ctrl-C back until the block ends, then raise it: a store call runs whole."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


class Watcher:
    """Poll sources round after round; hand changed pages to ``store``; report to ``out``/``err``."""

    def __init__(
        self,
        urls: list[str],
        store: StoreFn,
        *,
        every: float,
        story: str | None = None,
        pause: float = HOST_PAUSE,
        fetcher: Fetcher | None = None,
        out: Callable[[str], None] = print,
        err: Callable[[str], None] = print,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        last_seen: Callable[[str], "tuple[str, str | None] | None"] | None = None,
    ):
        if not urls:
            raise RevtrackError("watch: give at least one URL")
        if story is not None and len(urls) > 1:
            raise RevtrackError("--story names one story, so it needs exactly one URL")
        self.sources = [check_url(u) for u in dict.fromkeys(urls)]
        self.store = store
        self.every = every
        self.story = story
        self.fetcher = fetcher or Fetcher()
        self.out, self.err = out, err
        self.clock, self.sleep = clock, sleep
        # the first failure skips one round, the next three, then seven...
        self.backoff = Backoff(base=2 * every, cap=max(2 * every, BACKOFF_CAP))
        self._round_time: float | None = None
        self.pause = pause
        self._host_last: dict[str, float] = {}
        self.feed_items: dict[str, list[str]] = {}
        self._last_text: dict[str, str] = {}
        self._last_headline: dict[str, str | None] = {}
        # what the store already has for a story, (text, headline), so a
        # restarted watch does not re-offer every page it had stored
        self._lookup_last = last_seen
        self.stats = WatchStats()

    # -- one round ---------------------------------------------------------

    def poll(self) -> int:
        """Poll every source (and feed item) once; return how many versions were stored."""
        before = self.stats.stored
        if self._round_time is None:
            self._round_time = self.clock()
        for source in self.sources:
            response = self._get(source)
            if response is None:
                continue
            if response.status == 200 and (source in self.feed_items or is_feed(response)):
                try:
                    self.feed_items[source] = feed_item_urls(response.body, response.url)
                except ExtractError as exc:
                    self._fail(source, exc, retryable=False)
                    continue
            elif source not in self.feed_items:
                if response.status == 200:
                    self._page(source, response, self.story or story_id_for_url(source))
                continue
            if self.story is not None:
                self.err(f"revtrack: watch: {source} is a feed; --story cannot name all of its items, so it is ignored")
                self.story = None
            for item in self.feed_items[source]:
                item_response = self._get(item)
                if item_response is not None and item_response.status == 200:
                    self._page(item, item_response, story_id_for_url(item))
        self.stats.rounds += 1
        self._round_time = None
        return self.stats.stored - before

    def _get(self, url: str) -> Response | None:
        # backoff is measured from the round's scheduled start, not the
        # wall clock, so "skip the next round" does not depend on how long
        # this round's requests took
        if not self.backoff.ready(url, self._round_time):
            return None
        host = urlsplit(url).netloc
        if host in self._host_last:
            wait = self._host_last[host] + self.pause - self.clock()
            if wait > 0:
                self.sleep(wait)
        self.stats.requests += 1
        try:
            response = self.fetcher.get(url)
        except FetchError as exc:
            self._host_last[host] = self.clock()
            self._fail(url, exc, retryable=exc.retryable, retry_after=exc.retry_after)
            return None
        self._host_last[host] = self.clock()
        self.backoff.succeeded(url)
        self.stats.ok_urls.add(url)
        if response.not_modified:
            self.stats.not_modified += 1
        return response

    def _fail(self, url: str, exc: Exception, retryable: bool = True, retry_after: float | None = None) -> None:
        self.stats.errors += 1
        self.stats.failed_urls.add(url)
        # a page that is broken for good (404, not a feed) is still asked again,
        # just as rarely as a failing server: pages do come back
        delay = self.backoff.failed(url, self._round_time, retry_after=retry_after)
        self.err(f"revtrack: watch: {exc}; next try in {delay:g}s")

    def _page(self, url: str, response: Response, story: str) -> None:
        try:
            raw = decode_html(response.body, response.content_type, name=url)
            article = extract_article(raw, url=url, name=url)
        except ExtractError as exc:
            self.stats.errors += 1
            self.err(f"revtrack: watch: {exc}")
            return
        except Exception as exc:  # noqa: BLE001 - one odd page must not end a watch of many
            self.stats.errors += 1
            self.err(f"revtrack: watch: {url}: extraction failed ({type(exc).__name__}: {exc})")
            return
        # a new headline over the same body is news too: the store callback
        # records it on the story (an audited title change), not as a version
        if article.text == self._previous_text(story) and (
            story in self._last_headline and article.headline == self._last_headline[story]
        ):
            return
        page = Page(story=story, url=url, article=article, raw=raw,
                    fetched_at=datetime.fromtimestamp(response.fetched_at or time.time(), timezone.utc))
        # the report line is printed inside the held block too: a version
        # that was stored is always reported, even if Ctrl-C came meanwhile
        with _hold_interrupts():
            try:
                line = self.store(page)
            except RevtrackError as exc:
                self.stats.errors += 1
                # forget the validators so the next round fetches the page in
                # full and tries to store it again instead of getting a 304
                self.fetcher.validators.pop(url, None)
                self.err(f"revtrack: watch: {story}: {exc}")
                return
            self._last_text[story] = article.text
            self._last_headline[story] = article.headline
            if line:
                self.stats.stored += 1
                self.out(line)

    def _previous_text(self, story: str) -> str | None:
        if story not in self._last_text and self._lookup_last is not None:
            seen = self._lookup_last(story)
            if seen is not None:
                self._last_text[story], self._last_headline[story] = seen
        return self._last_text.get(story)

    # -- the loop ----------------------------------------------------------

    def run(self, count: int | None = None) -> WatchStats:
        """Poll ``count`` rounds (forever if None), ``every`` seconds apart."""
        start = self.clock()
        done = 0
        while count is None or done < count:
            self._round_time = start + done * self.every
            self.poll()
            done += 1
            if count is not None and done >= count:
                break
            wait = start + done * self.every - self.clock()
            if wait > 0:
                self.sleep(wait)
            else:
                # a round that overran its slot starts the next one now, without
                # a burst of catch-up rounds
                start = self.clock() - done * self.every
        return self.stats


def retitle(store, story: str, meta: dict, *, by: str | None = None, source: str | None = None) -> str | None:
    """Make the story's title the page's headline (and record url/site/byline); return the old title if it changed.

    The change goes through :meth:`Store.set_metadata`, so the audit log keeps
    every headline a page has had.
    """
    headline = meta.get("headline")
    if not headline:
        return None
    rows = store.query("SELECT title, meta FROM stories WHERE id = :s", {"s": story})
    if not rows:
        return None
    title, known = rows[0][0], json.loads(rows[0][1] or "{}")
    page_meta = {k: meta[k] for k in ("url", "site", "byline", "published") if meta.get(k)}
    if title == headline and all(known.get(k) == v for k, v in page_meta.items()):
        return None
    store.set_metadata(story, title=headline, meta=page_meta, by=by, source=source)
    return title if title != headline else None


def store_page(store, story: str, text: str, *, raw: str | None, meta: dict, at=None, by: str | None = None,
               source: str | None = None):
    """Add a page's story text to ``store`` as a version, keeping its raw HTML and metadata.

    The version gets the text, raw HTML and page metadata; the story's title
    follows the page's latest headline (:func:`retitle`), even when the text
    did not change.  Returns the store's :class:`~revtrack.store.AddResult`.
    """
    result = store.add_version(story, text, at=at, by=by, source=source, raw=raw, meta=meta)
    retitle(store, story, meta, by=by, source=source)
    return result


def store_callback(store, *, by: str | None = "revtrack watch", report: Callable[[dict], str] | None = None) -> StoreFn:
    """A ``store`` callback for :class:`Watcher` that adds versions to a :class:`revtrack.store.Store`.

    Each stored version, and each new headline over an unchanged body (which
    stores no version), becomes an *event* dict -- ``at``, ``story``, ``url``,
    ``stored``, ``ref``, ``version``, ``paragraphs``, ``changes`` (counts by
    kind), ``repeats``, ``headline``, ``old_headline`` -- and ``report(event)``
    makes the line printed for it (default: :func:`event_line`).
    """

    def add(page: Page) -> str | None:
        result = store.add_version(page.story, page.text, at=page.fetched_at, by=by, source=page.url,
                                   raw=page.raw, meta=page.meta)
        old_title = retitle(store, page.story, page.meta, by=by, source=page.url)
        if not result.stored and old_title is None:
            return None
        v = result.version
        event = {
            "at": page.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "story": page.story,
            "url": page.url,
            "stored": result.stored,
            "ref": v.ref if result.stored else None,
            "version": v.number if result.stored else None,
            "paragraphs": v.paragraphs,
            "changes": ((v.counts or {}).get("ops") if result.comparison is not None else None) if result.stored else None,
            "repeats": result.repeats if result.stored else None,
            "headline": page.article.headline,
            "old_headline": old_title,
        }
        return (report or event_line)(event)

    return add


def event_line(event: dict) -> str:
    """The one-line report of a watch event.

    >>> event_line({"at": "2026-03-11T06:15:02Z", "story": "flood", "url": "https://x.example/flood", "stored": True,
    ...             "ref": "flood@2", "paragraphs": 8, "changes": {"unchanged": 5, "added": 2, "changed": 1}, "repeats": None})
    '2026-03-11T06:15:02Z flood@2 stored (2 added, 1 changed) <- https://x.example/flood'
    """
    if event["stored"]:
        if event.get("changes") is None:
            what = f"new story, {event['paragraphs']} paragraph{'s' * (event['paragraphs'] != 1)}"
        else:
            order = ("added", "changed", "moved", "split", "merged", "removed")
            what = ", ".join(f"{event['changes'][k]} {k}" for k in order if event["changes"].get(k)) or "no paragraph changes"
        if event.get("repeats"):
            what += f"; same text as {event['story']}@{event['repeats']}"
        line = f"{event['ref']} stored ({what})"
    else:
        line = f"{event['story']}: headline changed to {event['headline']!r} (text unchanged, nothing stored)"
    return f"{event['at']} {line} <- {event['url']}"
