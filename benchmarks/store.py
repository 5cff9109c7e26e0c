"""Store benchmark: add 10,000 versions (30 paragraphs, 1,000 stories) with their alignments, then time reads.

Prints: versions/s for ``Store.add_version`` (each its own transaction, alignment
and audit event included), database size, peak memory, the wall time of
``revtrack log STORY`` and ``revtrack diff STORY`` as real processes (median of
5, with compiled bytecode as after ``pip install``), and ``revtrack.audit.verify`` over every event.  Targets (issues 3 and 6):
>= 200 versions/s, log and diff < 300 ms, verify < 1 s per 10,000 events.

    .venv/bin/python benchmarks/store.py                 # the full run (~1 minute)
    .venv/bin/python benchmarks/store.py --versions 1000 --stories 100
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from revtrack.audit import verify  # noqa: E402
from revtrack.store import ImportRecord, open_store  # noqa: E402


def make_words(rng: random.Random) -> list[str]:
    return ["".join(rng.choice("abcdefghijklmnoprstuw") for _ in range(rng.randint(2, 9))) for _ in range(5000)]


def paragraph(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(20, 45))).capitalize() + "."


def next_version(rng: random.Random, words: list[str], paras: list[str]) -> list[str]:
    """A typical wire update: a few words edited, a paragraph added, sometimes one removed or moved."""
    paras = list(paras)
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(paras))
        w = paras[i].split()
        w[rng.randrange(len(w))] = rng.choice(words)
        paras[i] = " ".join(w)
    paras.insert(rng.randrange(len(paras) + 1), paragraph(rng, words))
    if rng.random() < 0.5:
        del paras[rng.randrange(len(paras))]
    if rng.random() < 0.2:
        paras.insert(rng.randrange(len(paras)), paras.pop(rng.randrange(len(paras))))
    return paras


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


# The CLI runs with compiled bytecode, as after ``pip install``: a checkout run with
# PYTHONDONTWRITEBYTECODE=1 recompiles revtrack's modules from source at every start.
_PYCACHE = tempfile.mkdtemp(prefix="revtrack-bench-pyc-")
CLI_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPYCACHEPREFIX": _PYCACHE}


def timed_cli(args: list[str], db: Path, runs: int = 5) -> str:
    """Median wall and CPU time of a real ``revtrack`` process (CPU time barely moves with machine load)."""
    cmd = [str(Path(sys.executable).with_name("revtrack")), *args, "--db", str(db)]
    subprocess.run(cmd, capture_output=True, env=CLI_ENV)  # compile once
    walls, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), _children_cpu()
        r = subprocess.run(cmd, capture_output=True, text=True, env=CLI_ENV)
        walls.append(time.perf_counter() - t)
        cpus.append(_children_cpu() - c)
        if r.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed: {r.stderr}")
    return f"{statistics.median(walls) * 1000:.0f} ms wall, {statistics.median(cpus) * 1000:.0f} ms CPU (median of {runs})"


def load(db: Path, texts: dict, rng: random.Random, words: list[str], a) -> None:
    per_story = a.versions // a.stories
    records = []
    for v in range(per_story):  # round-robin, as a wire desk files them: every add reads its predecessor
        for story, paras in texts.items():
            if v:
                paras = texts[story] = next_version(rng, words, paras)
            records.append(ImportRecord(story, "\n\n".join(paras), f"generated:{story}@{v + 1}", by="bench"))

    store = open_store(db)
    t0, c0 = time.perf_counter(), time.process_time()
    # One transaction and one in-process alignment per version (Store.import_records); `revtrack import`
    # batches and aligns in worker processes instead (benchmarks/bulk_import.py).
    result = store.import_records(records, source="benchmark")
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    added = result.added
    # Single durable adds (`revtrack add`: one fsync per commit), onto the stories just filled.
    singles = min(200, a.stories)
    t1, c1 = time.perf_counter(), time.process_time()
    for story in list(texts)[:singles]:
        texts[story] = next_version(rng, words, texts[story])
        store.add_version(story, "\n\n".join(texts[story]), by="bench")
    single_elapsed, single_cpu = time.perf_counter() - t1, time.process_time() - c1
    store.close()  # checkpoints the WAL into the main file
    size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob(db.name + "-*"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"import: {added:,} versions ({a.stories:,} stories x {per_story}, {a.paragraphs} paragraphs) "
          f"with alignments in {elapsed:.1f} s: {added / elapsed:,.0f} versions/s wall; "
          f"{cpu / added * 1000:.1f} ms CPU per version = {added / cpu:,.0f} versions per CPU-second")
    print(f"add_version (durable, one fsync each): {singles} in {single_elapsed:.1f} s: "
          f"{singles / single_elapsed:,.0f} versions/s wall; {single_cpu / singles * 1000:.1f} ms CPU per version")
    print(f"database size: {size / 2**20:.1f} MiB ({size / (added + singles) / 1024:.1f} KiB per version)")
    print(f"peak memory (RSS, generated texts included): {peak:.0f} MiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--versions", type=int, default=10_000)
    ap.add_argument("--stories", type=int, default=1_000)
    ap.add_argument("--paragraphs", type=int, default=30)
    ap.add_argument("--db", help="keep the database here (default: a temporary file)")
    a = ap.parse_args()

    rng = random.Random(20231104)
    words = make_words(rng)
    db = Path(a.db) if a.db else Path(tempfile.mkdtemp()) / "bench.db"
    texts = {f"story-{s:04d}": [paragraph(rng, words) for _ in range(a.paragraphs)] for s in range(a.stories)}
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if db.exists():
        print(f"{db}: exists; timing reads only")
    else:
        load(db, texts, rng, words, a)
    story = sorted(texts)[len(texts) // 2]
    print(f"revtrack log {story}: {timed_cli(['log', story], db)}")
    print(f"revtrack diff {story}: {timed_cli(['diff', story, '--color', 'never'], db)}")
    print(f"revtrack stories --help (interpreter + CLI start-up floor): {timed_cli(['stories', '--help'], db)}")

    with open_store(db) as s:
        t, c = time.perf_counter(), time.process_time()
        report = verify(s)
        took, cpu = time.perf_counter() - t, time.process_time() - c
    assert report.ok, report.problems[:3]
    print(f"audit verify: {report.events:,} events + {report.versions:,} versions in {took:.2f} s "
          f"({took / report.events * 10_000:.2f} s wall, {cpu / report.events * 10_000:.2f} s CPU per 10,000 events)")
    if not a.db:
        for p in db.parent.iterdir():
            p.unlink()
        db.parent.rmdir()
    import shutil

    shutil.rmtree(_PYCACHE, ignore_errors=True)


if __name__ == "__main__":
    main()
