#!/usr/bin/env python3
"""Speed and memory of the comparison core; prints figures (not a test).

    python benchmarks/speed.py [--quick]

1. ``compare()`` on a 40-paragraph pair (a typical update: a few inserts, an
   edit, a move), median of many runs, *cold*: the paragraph caches of
   ``revtrack.text`` and ``revtrack.rules`` are emptied before every run (the
   warm figure, the same pair again, is printed too);
2. pairs per second over every consecutive version pair of ``fixtures/``, on
   one core, caches emptied before each pass over the fixtures (within a pass
   a story's versions share paragraphs, as they do in real use);
3. ``align()`` / ``compare()`` on a 5,000-paragraph pair with 10% edits: wall
   time and peak traced memory (tracemalloc, measured in a separate run so it
   does not slow the timing) and the process's peak RSS;
4. ``revtrack diff A B`` wall time against ``python -c "import typer"``, the
   floor any typer CLI pays (median of several runs of each, interleaved).
   Both run with compiled bytecode, as after ``pip install``: the benchmark
   points ``PYTHONPYCACHEPREFIX`` at a temporary folder (and drops
   ``PYTHONDONTWRITEBYTECODE``) so revtrack's own modules are not recompiled
   from source at every start; the figure without bytecode is printed too.

The story texts come from ``benchmarks/synth_wire.py`` (made-up wire copy).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth_wire  # noqa: E402

from revtrack import compare, rules, text  # noqa: E402
from revtrack.align import align  # noqa: E402


def cold() -> None:
    text.clear_caches()
    rules.clear_caches()


def typical_pair(n: int = 40, seed: int = 3) -> tuple[str, str]:
    rng = random.Random(seed)
    story, _ = synth_wire.make_story(rng)
    old = [story.paragraph() for _ in range(n)]
    new = list(old)
    new.insert(1, story.paragraph(1))  # new second paragraph
    new.insert(18, story.paragraph())  # inserted background
    new[10] = synth_wire.reword(new[10], rng, story)  # an edit
    new.insert(30, new.pop(5))  # a move
    del new[25]  # a cut
    return "\n\n".join(old), "\n\n".join(new)


def big_pair(n: int = 5000, seed: int = 1) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    story, _ = synth_wire.make_story(rng)
    old = [story.paragraph() for _ in range(n)]
    new = list(old)
    for _ in range(n // 10):
        op = rng.choice(["edit", "insert", "delete", "move"])
        j = rng.randrange(len(new))
        if op == "edit":
            new[j] = synth_wire.reword(new[j], rng, story, heavy=True)
        elif op == "insert":
            new.insert(j, story.paragraph())
        elif op == "delete":
            del new[j]
        else:
            new.insert(rng.randrange(len(new)), new.pop(j))
    return old, new


def fixture_pairs() -> list[tuple[str, str]]:
    pairs = []
    for d in sorted((ROOT / "fixtures").iterdir()):
        versions = sorted(d.glob("v*.txt"), key=lambda p: int(p.stem[1:]))
        texts = [v.read_text(encoding="utf-8") for v in versions]
        pairs += list(zip(texts, texts[1:]))
    return pairs


def median_ms(fn, runs: int, before=None) -> tuple[float, float]:
    """Median wall and CPU milliseconds (CPU time is what a loaded machine does not inflate)."""
    walls, cpus = [], []
    for _ in range(runs):
        if before is not None:
            before()
        t, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def walls(cmds: list[list[str]], runs: int, env: dict) -> list[float]:
    """Median wall seconds of each command, run in turn (so load changes hit them alike)."""
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs):
        for k, cmd in enumerate(cmds):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
            times[k].append(time.perf_counter() - t)
    return [statistics.median(t) for t in times]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions")
    a = ap.parse_args()
    reps = 20 if a.quick else 200

    old, new = typical_pair()
    compare(old, new)  # imports, regex compilation
    w, c = median_ms(lambda: compare(old, new), reps, before=cold)
    print(f"compare() 40-paragraph pair, cold caches: median {w:.2f} ms wall, {c:.2f} ms CPU over {reps} runs")
    w, c = median_ms(lambda: compare(old, new), reps)
    print(f"  same pair again, warm caches: median {w:.2f} ms wall, {c:.2f} ms CPU")
    ao, an = compare(old, new).old_units, compare(old, new).new_units
    w, c = median_ms(lambda: align(ao, an), reps, before=cold)
    print(f"  of which align(), cold: median {w:.2f} ms wall, {c:.2f} ms CPU")

    pairs = fixture_pairs()
    if pairs:
        rounds = 3 if a.quick else 20
        t, c = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            cold()
            for o, n in pairs:
                compare(o, n)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        k = rounds * len(pairs)
        print(f"compare() over fixtures: {k / dt:.0f} pairs/s wall, {k / dc:.0f} pairs/s CPU ({len(pairs)} pairs x {rounds})")

    bo, bn = big_pair()
    t = time.perf_counter()
    align(bo, bn)
    t_align = time.perf_counter() - t
    t = time.perf_counter()
    compare("\n\n".join(bo), "\n\n".join(bn))
    t_compare = time.perf_counter() - t
    tracemalloc.start()
    align(bo, bn)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"5,000 paragraphs, 10% edits ({len(bo)} -> {len(bn)}): align {t_align:.2f} s, compare {t_compare:.2f} s, "
        f"align peak traced {peak / 2**20:.0f} MB, process peak RSS {rss:.0f} MB"
    )

    # A pathological input: 40,000 copies of one paragraph (a 10 MB paste of boilerplate) against a story.
    junk = [" ".join(["word"] * 50)] * 40_000
    t = time.perf_counter()
    align(junk, list(bn[:20]))
    print(f"40,000 identical paragraphs against 20: align {time.perf_counter() - t:.2f} s")

    with tempfile.TemporaryDirectory() as d:
        fa, fb = Path(d, "a.txt"), Path(d, "b.txt")
        fa.write_text(old, encoding="utf-8")
        fb.write_text(new, encoding="utf-8")
        runs = 5 if a.quick else 15
        exe = Path(sys.executable).with_name("revtrack")
        cli = [str(exe)] if exe.exists() else [sys.executable, "-m", "revtrack.cli"]
        cmds = [[sys.executable, "-c", "import typer"], cli + ["diff", str(fa), str(fb), "--color", "never"]]
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(d, "pycache"))
        walls(cmds, 1, env)  # compile revtrack's modules once, as pip install does
        t_typer, t_diff = walls(cmds, runs, env)
        print(f"revtrack diff A B: {t_diff * 1000:.0f} ms; python -c 'import typer': {t_typer * 1000:.0f} ms; "
              f"ratio {t_diff / t_typer:.2f} (bytecode compiled)")
        if not (ROOT / "revtrack" / "__pycache__").exists():
            # As in a checkout run with PYTHONDONTWRITEBYTECODE=1: revtrack compiled from source at every start.
            env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            t_typer, t_diff = walls(cmds, runs, env)
            print(f"  revtrack without bytecode (PYTHONDONTWRITEBYTECODE=1, a checkout): {t_diff * 1000:.0f} ms vs "
                  f"{t_typer * 1000:.0f} ms; ratio {t_diff / t_typer:.2f}")


if __name__ == "__main__":
    main()
