#!/usr/bin/env python3
"""Score revtrack's paragraph aligner on a folder of annotated cases.

    python benchmarks/accuracy.py CASES_DIR [--unit paragraph|sentence] [--show-errors N] [--json]

Each case is a folder with ``old.txt``, ``new.txt`` and ``gold.json`` holding
1-based ``links`` ([old, new] pairs), ``added`` (new paragraphs with no source),
``removed`` (old paragraphs with no successor) and, optionally, ``moved`` (new
numbers of moved paragraphs).  ``benchmarks/synth_wire.py`` writes such cases.

An alignment entry links every number of its ``old`` list to every number of
its ``new`` list; a paragraph in no link counts as added/removed.  Printed
figures: exact (share of cases whose link set equals the gold one), link
precision/recall/F1 and added/removed/moved F1, pooled over all cases.  They
are the same figures the shared evaluation script prints, computed here so the
project measures itself without importing anything from outside it.

With ``--unit sentence`` the aligner runs on sentences and its sentence links
are projected onto paragraphs (two paragraphs are linked when any of their
sentences are, which is how the ArgRewrite paragraph gold was derived), so the
same paragraph gold scores sentence alignment; moved F1 is then not computed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from revtrack import compare  # noqa: E402
from revtrack.text import parse_version, split_blocks, split_sentences  # noqa: E402


def links_of(entries: list[dict]) -> set[tuple[int, int]]:
    return {(o, n) for e in entries for o in e["old"] for n in e["new"]}


def sentence_owners(text: str) -> list[int]:
    """1-based paragraph number of each sentence, in the order ``--unit sentence`` numbers them."""
    return [k for k, p in enumerate(parse_version(text).paragraphs, 1) for _s in split_sentences(p)]


def f1(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p, r = tp / max(npred, 1), tp / max(ngold, 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(cases: Path, unit: str = "paragraph", show_errors: int = 0) -> dict:
    tot = {k: [0, 0, 0] for k in ("links", "added", "removed", "moved")}
    exact = n = 0
    errors: list[str] = []
    t0 = time.perf_counter()
    for d in sorted(p for p in cases.iterdir() if (p / "gold.json").exists()):
        gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
        old = (d / "old.txt").read_text(encoding="utf-8")
        new = (d / "new.txt").read_text(encoding="utf-8")
        entries = compare(old, new, unit=unit).to_dict()["alignment"]
        pl = links_of(entries)
        if unit == "sentence":
            # Sentence links projected onto paragraphs, the way ArgRewrite's
            # paragraph gold is derived: two paragraphs are linked when any of
            # their sentences are.  Moves are not projected (a sentence moving
            # between paragraphs is not a paragraph move), so moved F1 is n/a.
            po, pn = sentence_owners(old), sentence_owners(new)
            pl = {(po[o - 1], pn[n - 1]) for o, n in pl}
        gl = {tuple(x) for x in gold["links"]}
        n_old, n_new = len(split_blocks(old)), len(split_blocks(new))
        parts = {
            "links": (pl, gl),
            "added": (set(range(1, n_new + 1)) - {j for _, j in pl}, set(gold["added"])),
            "removed": (set(range(1, n_old + 1)) - {i for i, _ in pl}, set(gold["removed"])),
        }
        if "moved" in gold and unit == "paragraph":
            parts["moved"] = ({j for e in entries if e["op"] == "moved" for j in e["new"]}, set(gold["moved"]))
        for k, (pred, g) in parts.items():
            tot[k][0] += len(pred & g)
            tot[k][1] += len(pred)
            tot[k][2] += len(g)
        exact += pl == gl
        n += 1
        if pl != gl and len(errors) < show_errors:
            errors.append(f"{d.name} ops={gold.get('ops')} missing={sorted(gl - pl)} extra={sorted(pl - gl)}")
    res: dict = {"cases": n, "exact": exact / max(n, 1), "seconds": time.perf_counter() - t0, "errors": errors}
    for k, (tp, np_, ng) in tot.items():
        if k == "moved" and not ng:
            res[k] = None
            continue
        p, r, f = f1(tp, np_, ng)
        res[k] = {"p": p, "r": r, "f1": f}
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", type=Path)
    ap.add_argument("--unit", default="paragraph")
    ap.add_argument("--show-errors", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    res = score(a.cases, a.unit, a.show_errors)
    if a.json:
        print(json.dumps(res))
        return
    for e in res["errors"]:
        print(e)
    moved = f"{res['moved']['f1']:.3f}" if res["moved"] else "n/a"
    print(
        f"revtrack: cases={res['cases']} exact={res['exact']:.3f} link_f1={res['links']['f1']:.3f} "
        f"(p={res['links']['p']:.3f} r={res['links']['r']:.3f}) added_f1={res['added']['f1']:.3f} "
        f"removed_f1={res['removed']['f1']:.3f} moved_f1={moved} time={res['seconds']:.2f}s"
    )


if __name__ == "__main__":
    main()
