#!/usr/bin/env python3
"""How fast the HTML views are: rendering a pair, writing a report, answering the viewer.

    python benchmarks/html_views.py [--versions 20] [--requests 40] [--seed 3]

A story of 10-30 paragraphs is made up by ``benchmarks/synth_wire.py`` and
edited again and again (1-5 desk edits per version: new ledes, inserts, cuts,
moves, splits, merges, typo fixes), giving one story with ``--versions``
versions in a temporary SQLite store.  Printed figures:

- ``render_html`` per consecutive pair (templates already compiled): median and
  worst milliseconds, page size;
- ``write_report`` for the whole story: seconds and files;
- ``render_html`` for one 2,000-paragraph story with 350 edits;
- the viewer on a localhost port: median and 95th-percentile milliseconds for
  the timeline, a diff page and its JSON, each fetched ``--requests`` times.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synth_wire import edit, make_story  # noqa: E402

from revtrack.render.html import render_html  # noqa: E402
from revtrack.server import serve_in_thread, write_report  # noqa: E402
from revtrack.store import open_store  # noqa: E402


def story_versions(n: int, rng: random.Random) -> list[str]:
    story, paras = make_story(rng)
    texts = ["\n\n".join(paras) + "\n"]
    while len(texts) < n:
        items, _ops = edit(story, paras, rng)
        paras = [it.text for it in items] or paras
        texts.append("\n\n".join(paras) + "\n")
    return texts


def ms(samples: list[float]) -> str:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    return f"median {1000 * statistics.median(s):.1f} ms, p95 {1000 * p95:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--versions", type=int, default=20)
    ap.add_argument("--requests", type=int, default=40)
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = story_versions(args.versions, rng)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        with open_store(db) as store:
            for t in texts:
                store.add_version("story", t, by="desk")
            versions = store.versions("story")
            paras = [v.paragraphs for v in versions]
            print(f"story: {len(versions)} versions, {min(paras)}-{max(paras)} paragraphs")

            render_html(store.comparison(versions[0], versions[1]))  # compiles the templates once
            times, sizes = [], []
            for a, b in zip(versions, versions[1:]):
                c = store.comparison(a, b)
                t0 = time.perf_counter()
                page = render_html(c, old_label=a.ref, new_label=b.ref)
                times.append(time.perf_counter() - t0)
                sizes.append(len(page.encode("utf-8")))
            print(f"render_html per pair ({len(times)} pairs): median {1000 * statistics.median(times):.1f} ms, "
                  f"worst {1000 * max(times):.1f} ms; page {statistics.median(sizes) / 1024:.0f} KiB median, "
                  f"{max(sizes) / 1024:.0f} KiB largest")

            t0 = time.perf_counter()
            written = write_report(store, "story", Path(tmp) / "site")
            print(f"write_report: {len(written)} files in {time.perf_counter() - t0:.2f} s")

        # One very long story: 2,000 paragraphs, 200 edited, 100 cut, 50 moved.
        paras = []
        while len(paras) < 2000:
            paras += make_story(rng)[1]
        paras = paras[:2000]
        new = list(paras)
        for _ in range(200):
            new[rng.randrange(len(new))] += " The figure was later revised to 12."
        for _ in range(100):
            del new[rng.randrange(len(new))]
        for _ in range(50):
            new.insert(rng.randrange(len(new)), new.pop(rng.randrange(len(new))))
        from revtrack.comparison import compare

        c = compare("\n\n".join(paras), "\n\n".join(new))
        t0 = time.perf_counter()
        page = render_html(c)
        print(f"render_html, 2,000 paragraphs ({sum(1 for x in c.changes if x.op != 'unchanged')} changes): "
              f"{time.perf_counter() - t0:.2f} s, page {len(page.encode('utf-8')) / 1024:.0f} KiB")

        server, base = serve_in_thread(db)
        try:
            urlopen(base + "/story/story", timeout=30).read()  # first request: template compile, warm cache
            last = len(versions)
            mid = max(1, last // 2)
            for name, path in (("timeline", "/story/story"), ("diff page", f"/story/story/diff?a={mid}&b={mid + 1}"),
                               ("diff JSON", f"/story/story/diff.json?a={mid}&b={mid + 1}"),
                               ("diff page, versions 1 and last", f"/story/story/diff?a=1&b={last}")):
                samples = []
                for _ in range(args.requests):
                    t0 = time.perf_counter()
                    with urlopen(base + path, timeout=30) as r:
                        r.read()
                    samples.append(time.perf_counter() - t0)
                print(f"viewer {name}: {ms(samples)} ({args.requests} requests)")
        finally:
            server.shutdown()
            server.server_close()


if __name__ == "__main__":
    main()
