"""Editorial benchmark: time ``revtrack corrections`` and ``revtrack log`` (with its review column) on a store.

Builds a store of ``--stories`` stories with ``--versions`` versions each
(30 synthetic paragraphs, one paragraph edited per version), where every
``--every``-th version is a correction (``(Corrects paragraph N ...)``) and
every version carries one review event.  Prints how many versions and
corrections there are and the wall time (median of 5) of:

* ``find_corrections(store)`` over the whole store, in process;
* ``revtrack corrections`` as a real process;
* ``revtrack log STORY`` as a real process (reads the review events);
* ``latest_reviews(store, STORY)`` in process.

    .venv/bin/python benchmarks/editorial.py                       # 200 stories x 10 versions
    .venv/bin/python benchmarks/editorial.py --stories 50 --versions 40
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from revtrack.corrections import find_corrections  # noqa: E402
from revtrack.reviews import add_review, latest_reviews  # noqa: E402
from revtrack.store import open_store  # noqa: E402

CLI = [str(Path(sys.executable).with_name("revtrack"))]  # the console script installed beside this Python


def paragraph(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(20, 45))).capitalize() + "."


def median_ms(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=200)
    ap.add_argument("--versions", type=int, default=10)
    ap.add_argument("--every", type=int, default=4, help="every N-th version is a correction")
    args = ap.parse_args()
    rng = random.Random(10)
    words = ["".join(rng.choice("abcdefghijklmnoprstuw") for _ in range(rng.randint(2, 9))) for _ in range(5000)]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "editorial.db")
        store = open_store(db)
        store.bulk = True
        t0 = time.perf_counter()
        for s in range(args.stories):
            paras = [paragraph(rng, words) for _ in range(30)]
            for n in range(1, args.versions + 1):
                note = ""
                if n > 1:
                    k = rng.randrange(30)
                    paras[k] = paras[k].replace(" ", " 12 ", 1)
                    note = f"(Corrects paragraph {k + 1} to fix the figure) " if n % args.every == 0 else f"(Updates paragraph {k + 1}) "
                text = f"date 2024-10-01 {note}ANTWERP, Oct 1 (Reuters) -\n\n" + "\n\n".join(paras)
                store.add_version(f"story-{s}", text, by="desk")
                add_review(store, f"story-{s}@{n}", "ok", "checked", by="standards")
        build = time.perf_counter() - t0
        store.bulk = False
        n_corr = len(find_corrections(store))
        total = args.stories * args.versions
        print(f"store: {args.stories} stories x {args.versions} versions = {total} versions, {total} reviews, "
              f"{n_corr} corrections (built in {build:.1f} s)")
        print(f"find_corrections(store), whole store:  {median_ms(lambda: find_corrections(store)):8.1f} ms")
        print(f"latest_reviews(store, story-0):        {median_ms(lambda: latest_reviews(store, 'story-0')):8.1f} ms")
        store.close()
        env = dict(os.environ, REVTRACK_DB=db)
        for label, cmd in (("revtrack corrections", ["corrections"]), ("revtrack log story-0", ["log", "story-0"])):
            ms = median_ms(lambda cmd=cmd: subprocess.run(CLI + cmd, env=env, check=True, capture_output=True))
            print(f"{label + ' (process):':38} {ms:8.1f} ms")


if __name__ == "__main__":
    main()
