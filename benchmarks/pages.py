"""How fast a news page becomes story text, and what a watch round costs.

    .venv/bin/python benchmarks/pages.py

Prints: milliseconds to extract each saved test page (trafilatura plus
revtrack's block and time handling), and the time of one watch round over
N localhost pages when nothing changed (conditional GETs answered 304) and
when every page changed (full GET, extraction, no store).
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from revtrack.extract import extract_article  # noqa: E402
from revtrack.fetch import Fetcher  # noqa: E402
from revtrack.watch import Watcher  # noqa: E402

PAGES = ROOT / "tests" / "pages"
N_PAGES = 20


def time_extraction(repeat: int = 20) -> None:
    extract_article((PAGES / "rail-strike.html").read_bytes())  # import and warm-up
    for name in sorted(p.name for p in PAGES.glob("*.html")):
        data = (PAGES / name).read_bytes()
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            extract_article(data)
            runs.append(time.perf_counter() - t)
        print(f"extract {name:24s} {len(data) / 1024:5.1f} KiB  median {statistics.median(runs) * 1000:6.1f} ms")
    # real news pages weigh 100-500 KB, mostly scripts, menus and link lists:
    # pad a test page to that size the same way
    page = (PAGES / "harbour-flood-v2.html").read_text()
    menu = "".join(f'<li><a href="/section/{i}">Section {i} headline about something else</a></li>' for i in range(1500))
    script = "<script>var tracking = " + "[" + ",".join(str(i) for i in range(40000)) + "];</script>"
    big = page.replace("</footer>", f"<ul class='mega-menu'>{menu}</ul></footer>{script}").encode()
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        a = extract_article(big)
        runs.append(time.perf_counter() - t)
    assert len(a.paragraphs) == 8, a.paragraphs
    print(f"extract {'padded v2 page':24s} {len(big) / 1024:5.1f} KiB  median {statistics.median(runs) * 1000:6.1f} ms")


def time_watch_rounds() -> None:
    bodies = [(PAGES / f"harbour-flood-v{n}.html").read_bytes() for n in (1, 2)]
    state = {"version": 0}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            body = bodies[state["version"]].replace(b"Port Aldren", b"Port Aldren " + self.path.encode()[-2:])
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    urls = [f"{base}/world/story-{i:02d}" for i in range(N_PAGES)]
    stored = []
    # pause=0: measure revtrack's own cost; with the default 1 s --pause a
    # round of N pages on one site takes at least N-1 seconds, by design
    w = Watcher(urls, lambda page: stored.append(page) or "stored", every=60, pause=0, fetcher=Fetcher(timeout=5),
                out=lambda s: None, err=print)
    for label, change in (("first round (all new)", None), ("nothing changed (304)", None), ("every page changed", 1)):
        if change is not None:
            state["version"] = change
        t = time.perf_counter()
        w.poll()
        dt = time.perf_counter() - t
        print(f"watch round, {N_PAGES} pages, {label:24s} {dt * 1000:7.1f} ms  ({dt / N_PAGES * 1000:5.1f} ms/page)")
    server.shutdown()


if __name__ == "__main__":
    time_extraction()
    time_watch_rounds()
