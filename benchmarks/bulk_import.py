#!/usr/bin/env python3
"""Bulk import benchmark: versions per second and peak memory of ``revtrack import``.

    python benchmarks/bulk_import.py [--versions 100000] [--stories 10000] [--seed 11]
                                     [--workdir DIR] [--db URL] [--workers N] [--reuse]

Generates a JSON Lines corpus procedurally (no real news text), then runs the
real command, ``revtrack import CORPUS --db DB``, in a child process and
prints the figures the README quotes.  The 100,000-version run on the
2-core reference machine at commit d7e11b8, other sessions running (load
average 1.6-3.2)::

    corpus      100,000 versions of 10,000 stories, 415 MB, 22 paragraphs/version (generated in 6.2 s)
    import      100,000 versions in 91.8 s = 1,090 versions/s (2 workers; imported 99973 versions of 10000 stories (27 already stored or unchanged))
    cpu         143.7 s in all import processes = 1.44 ms per version; 1-minute load average 3.2 on 2 cores at the end
    memory      peak RSS 152 MB (largest of the import process and its workers)
    database    656 MB
    re-run      imported 0 versions of 10000 stories (100000 already stored or unchanged) in 6.4 s
    stats       200 stories (2,000 versions) in 1.6 s CPU = 8 ms per story; 412 of 1800 updates undisclosed-substantive

A smaller run (``--versions 20000 --stories 2000``, about 20 s) gives much the
same rate: 1,134 versions/s, 1.37 ms CPU per version, at an earlier commit.

The corpus looks like a wire feed: stories of 10-30 paragraphs made of
templated sentences (``benchmarks/synth_wire.py``: shared names and wording,
which is what makes aligning them work), each followed by 1-3 desk updates
per version -- a new paragraph, a reworded or corrected paragraph, an
appended sentence, a cut, a move, a new lede -- with a header carrying an
update note that is sometimes honest and sometimes not.  Stories interleave:
about 200 are "live" at a time and the next version comes from a random
live story, so the importer cannot rely on a story's versions being adjacent.

Peak memory is the child's ``ru_maxrss`` (``RUSAGE_CHILDREN`` covers the
import process and its alignment workers; each is measured at its own peak,
and the largest is reported).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth_wire as sw  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LIVE = 200  # stories open at once in the generated feed
STATS_SAMPLE = 200  # stories timed for `revtrack stats` (the whole database would take minutes)


def _update(story: sw.Story, paras: list[str], rng: random.Random) -> tuple[list[str], str]:
    """One desk update of ``paras`` (1-3 edits) and the note a desk would write for it."""
    paras = list(paras)
    notes = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        op = rng.choice(["add", "add", "add", "reword", "reword", "fix", "append", "cut", "move", "lede"])
        if op == "add":
            k = rng.randint(2, len(paras) + 1)
            paras.insert(k - 1, story.paragraph(rng.choice([1, 2])))
            notes.append(f"Adds details, paragraph {k}")
        elif op == "reword":
            k = rng.randrange(1, len(paras))
            paras[k] = sw.reword(paras[k], rng, story)
            notes.append(f"Updates paragraph {k + 1}")
        elif op == "fix":
            k = rng.randrange(len(paras))
            paras[k] = sw.typo_fix(paras[k], rng)
            notes.append(f"Fixes typo in paragraph {k + 1}")
        elif op == "append":
            k = rng.randrange(1, len(paras))
            paras[k] = paras[k] + " " + story.sentence()
            notes.append(f"Adds comment, paragraph {k + 1}")
        elif op == "cut" and len(paras) > 6:
            k = rng.randrange(2, len(paras))
            del paras[k]
            notes.append(f"Removes paragraph {k + 1}")
        elif op == "move" and len(paras) > 6:
            k = rng.randrange(2, len(paras))
            p = paras.pop(k)
            paras.insert(rng.randrange(1, len(paras)), p)
            notes.append("Moves background")
        elif op == "lede":
            paras.insert(0, story.paragraph(1))
            notes.append("New lede")
    if rng.random() < 0.25:  # desks do not always say everything they did
        notes = notes[:1]
    return paras, ", ".join(notes)


def generate(path: Path, versions: int, stories: int, seed: int) -> dict:
    """Write ``versions`` JSONL records for ``stories`` stories to ``path``; return corpus figures."""
    rng = random.Random(seed)
    per_story = [versions // stories + (1 if i < versions % stories else 0) for i in range(stories)]
    waiting = list(range(stories))
    live: dict[int, list] = {}  # story index -> [synth story, paragraphs, versions written, time]
    written = paras_total = 0
    t0 = 1_700_000_000  # 2023-11-14, a fixed clock so corpora are reproducible
    with path.open("w", encoding="utf-8") as out:
        while written < versions:
            while len(live) < LIVE and waiting:
                i = waiting.pop(0)
                st, paras = sw.make_story(rng)
                live[i] = [st, paras, 0, t0 + rng.randrange(86400 * 30)]
            i = rng.choice(list(live))
            st, paras, done, at = live[i]
            note = None
            if done:
                paras, note = _update(st, paras, rng)
                at += rng.randrange(120, 7200)
            header = f"date {time.strftime('%Y-%m-%d', time.gmtime(at))}" + (f" ({note})" if note else "")
            text = header + "\n\n" + "\n\n".join(paras) + "\n"
            rec = {"story": f"story-{i:06d}", "text": text,
                   "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(at))}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written += 1
            paras_total += len(paras)
            live[i] = [st, paras, done + 1, at]
            if done + 1 >= per_story[i]:
                del live[i]
    return {"versions": written, "stories": stories, "bytes": path.stat().st_size,
            "paragraphs": paras_total / max(written, 1)}


def _run_import(corpus: Path, db: str, workers: int | None) -> tuple[float, str]:
    cmd = [sys.executable, "-m", "revtrack.cli", "import", str(corpus), "--db", db]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"import failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed, proc.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--versions", type=int, default=100_000)
    ap.add_argument("--stories", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--workdir", type=Path, default=None, help="keep corpus and database here (default: a temp dir)")
    ap.add_argument("--db", default=None, help="database URL (default: an SQLite file in the work dir)")
    ap.add_argument("--workers", type=int, default=None, help="alignment worker processes (default: CPU count)")
    ap.add_argument("--reuse", action="store_true", help="reuse WORKDIR/corpus.jsonl if it is there")
    a = ap.parse_args()

    work = a.workdir or Path(tempfile.mkdtemp(prefix="revtrack-bulk-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    db = a.db or str(work / "bulk.db")
    if a.db is None and Path(db).exists():
        sys.exit(f"{db} exists; remove it or choose another --workdir")

    t = time.perf_counter()
    if a.reuse and corpus.exists():
        c = {"versions": sum(1 for _ in corpus.open("rb")), "stories": a.stories, "bytes": corpus.stat().st_size,
             "paragraphs": float("nan")}
        print(f"corpus      {c['versions']:,} versions reused from {corpus}, {c['bytes'] / 1e6:,.0f} MB")
    else:
        c = generate(corpus, a.versions, a.stories, a.seed)
        print(f"corpus      {c['versions']:,} versions of {c['stories']:,} stories, {c['bytes'] / 1e6:,.0f} MB, "
              f"{c['paragraphs']:.0f} paragraphs/version (generated in {time.perf_counter() - t:.1f} s)")

    elapsed, out = _run_import(corpus, db, a.workers)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_mb = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    workers = a.workers if a.workers is not None else os.cpu_count()
    print(f"import      {c['versions']:,} versions in {elapsed:.1f} s = {c['versions'] / elapsed:,.0f} versions/s "
          f"({workers} workers; {out})")
    # CPU time does not depend on what else the machine is running; wall-clock rate does.
    print(f"cpu         {cpu:.1f} s in all import processes = {cpu / c['versions'] * 1000:.2f} ms per version; "
          f"1-minute load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end")
    print(f"memory      peak RSS {peak_mb:,.0f} MB (largest of the import process and its workers)")
    if a.db is None:
        size = sum(p.stat().st_size for p in Path(db).parent.glob(Path(db).name + "*"))
        print(f"database    {size / 1e6:,.0f} MB")
    elapsed, out = _run_import(corpus, db, a.workers)
    print(f"re-run      {out} in {elapsed:.1f} s")

    sys.path.insert(0, str(ROOT))
    from revtrack.stats import story_stats
    from revtrack.store import open_store

    with open_store(db, create=False) as store:
        ids = [i.id for i in store.stories()][:STATS_SAMPLE]
        t = time.process_time()
        rows = [story_stats(store, i) for i in ids]
        cpu = time.process_time() - t
    print(f"stats       {len(ids)} stories ({sum(r.versions for r in rows):,} versions) in {cpu:.1f} s CPU = "
          f"{cpu / len(ids) * 1000:.0f} ms per story; "
          f"{sum(r.undisclosed for r in rows)} of {sum(r.updates for r in rows)} updates undisclosed-substantive")


if __name__ == "__main__":
    main()
