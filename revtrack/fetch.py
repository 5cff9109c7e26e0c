"""Polite HTTP GETs for news pages and feeds: conditional requests, timeouts, backoff.

A tracker polls the same pages for hours, so it must cost the publisher as
little as possible and never hammer a server that is in trouble:

* **Conditional GET.**  The ``ETag`` and ``Last-Modified`` of a page's last
  full answer are sent back as ``If-None-Match`` / ``If-Modified-Since``; an
  unchanged page then costs a bodiless ``304 Not Modified``.
* **Timeouts.**  Every request gives up after :data:`TIMEOUT` seconds.
* **Backoff.**  After a failure (network error, 429, 5xx) a URL is not asked
  again for ``base * 2**failures`` seconds, capped, or longer if the server
  sent ``Retry-After``; one success resets it (:class:`Backoff`).
* **A User-Agent that names revtrack** (:data:`USER_AGENT`), so a site owner
  can see who polls and from where to learn more; ``REVTRACK_CONTACT`` adds
  an address to it.

This uses the standard library's :mod:`urllib`: one GET at a time needs no
connection pool, and gzip plus conditional headers are a few lines, so the
network layer adds no dependency of its own.  The network is touched only
when a command is explicitly asked to fetch (``add --url``, ``watch``).

    >>> b = Backoff(base=10, cap=60)
    >>> [b.failed("u", now=0) for _ in range(4)]
    [10, 20, 40, 60]
    >>> b.ready("u", now=59), b.ready("u", now=60)
    (False, True)
"""

from __future__ import annotations

import email.utils
import gzip
import os
import socket
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import RevtrackError
from .text import MAX_BYTES

__all__ = ["USER_AGENT", "TIMEOUT", "Backoff", "FetchError", "Fetcher", "Response", "user_agent", "check_url"]

# Long enough for a slow news CMS under breaking-news load, short enough that a
# dead host does not stall a watch round for minutes (curl-style tools and
# trafilatura's own downloader default to 30 s; a poll round needs less).
TIMEOUT = 20.0


def user_agent() -> str:
    """``revtrack/<version> (+<contact>)``; set ``REVTRACK_CONTACT`` to a URL or e-mail of yours."""
    from . import __version__

    contact = os.environ.get("REVTRACK_CONTACT", "").strip() or "news version tracker; no contact set"
    return f"revtrack/{__version__} (+{contact})"


USER_AGENT = user_agent()


class FetchError(RevtrackError):
    """A GET that failed; ``retryable`` for errors that may pass (network, 429, 5xx)."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass
class Response:
    """One answer: ``status`` 200 with ``body``, or 304 (``not_modified``) with no body."""

    url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    fetched_at: float = 0.0

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


def check_url(url: str) -> str:
    """Accept only ``http``/``https`` URLs with a host (never ``file:`` or other schemes).

    >>> check_url("https://news.example/a")
    'https://news.example/a'
    >>> check_url("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    revtrack.fetch.FetchError: file:///etc/passwd: not an http(s) URL
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: not an http(s) URL")
    return url


class Backoff:
    """Per-URL exponential backoff after failures."""

    def __init__(self, base: float, cap: float):
        self.base = base
        self.cap = max(cap, base)
        self._failures: dict[str, int] = {}
        self._not_before: dict[str, float] = {}

    def failed(self, url: str, now: float, retry_after: float | None = None) -> float:
        """Record a failure; return how many seconds to leave the URL alone."""
        n = self._failures.get(url, 0)
        self._failures[url] = n + 1
        delay = min(self.base * 2**n, self.cap)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.cap))
        self._not_before[url] = now + delay
        return delay

    def succeeded(self, url: str) -> None:
        self._failures.pop(url, None)
        self._not_before.pop(url, None)

    def ready(self, url: str, now: float) -> bool:
        return now >= self._not_before.get(url, 0.0)

    def failures(self, url: str) -> int:
        return self._failures.get(url, 0)


def _retry_after(value: str | None, now: float) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def _decompress(body: bytes, encoding: str) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip"):
        return gzip.decompress(body)
    if encoding == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)
    return body


class Fetcher:
    """GETs that remember each URL's validators, so the next GET of it is conditional."""

    def __init__(self, timeout: float = TIMEOUT, agent: str | None = None, max_bytes: int = MAX_BYTES):
        self.timeout = timeout
        self.agent = agent or user_agent()
        self.max_bytes = max_bytes
        self.validators: dict[str, dict[str, str]] = {}

    def get(self, url: str, conditional: bool = True) -> Response:
        """GET ``url``; raise :class:`FetchError` with a one-line reason on any failure."""
        check_url(url)
        headers = {"User-Agent": self.agent, "Accept-Encoding": "gzip, deflate",
                   "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8"}
        if conditional:
            known = self.validators.get(url, {})
            if "etag" in known:
                headers["If-None-Match"] = known["etag"]
            if "last-modified" in known:
                headers["If-Modified-Since"] = known["last-modified"]
        request = urllib.request.Request(url, headers=headers)
        now = time.time()
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                body = answer.read(self.max_bytes + 1)
                got = {k.lower(): v for k, v in answer.headers.items()}
                status = answer.status
                final_url = answer.geturl()
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(url=url, status=304, headers={k.lower(): v for k, v in exc.headers.items()}, fetched_at=now)
            retryable = exc.code == 429 or exc.code >= 500
            raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}", status=exc.code, retryable=retryable,
                             retry_after=_retry_after(exc.headers.get("Retry-After"), now)) from None
        except urllib.error.URLError as exc:
            reason = exc.reason.strerror if isinstance(exc.reason, OSError) and exc.reason.strerror else exc.reason
            raise FetchError(f"{url}: cannot connect ({reason})", retryable=True) from None
        except (socket.timeout, TimeoutError):
            raise FetchError(f"{url}: no answer within {self.timeout:g} s", retryable=True) from None
        except (OSError, ValueError) as exc:  # connection reset mid-body, bad chunking, bad URL
            raise FetchError(f"{url}: transfer failed ({exc})", retryable=True) from None
        if len(body) > self.max_bytes:
            raise FetchError(f"{url}: page is larger than the {self.max_bytes // 2**20} MiB limit")
        try:
            body = _decompress(body, got.get("content-encoding", ""))
        except (OSError, zlib.error, EOFError):
            raise FetchError(f"{url}: could not decompress the {got.get('content-encoding')} body", retryable=True) from None
        validators = {k: got[k] for k in ("etag", "last-modified") if got.get(k)}
        if validators:
            self.validators[url] = validators
        else:
            self.validators.pop(url, None)
        return Response(url=final_url, status=status, body=body, headers=got, fetched_at=now)

    def get_with_retries(self, url: str, attempts: int = 3, base: float = 1.0, cap: float = 30.0, sleep=time.sleep) -> Response:
        """One-off fetch (``add --url``): retry network errors, 429 and 5xx with backoff."""
        backoff = Backoff(base=base, cap=cap)
        for attempt in range(1, attempts + 1):
            try:
                return self.get(url, conditional=False)
            except FetchError as exc:
                if not exc.retryable or attempt == attempts:
                    raise
                sleep(backoff.failed(url, now=0.0, retry_after=exc.retry_after))
        raise AssertionError("unreachable")  # pragma: no cover
