"""Update notes: does every drafted note pass its own check, and how fast are they?

    .venv/bin/python benchmarks/notes.py [CASES_DIR ...]

For every pair of versions (the fixture stories' consecutive versions, plus any
``CASES_DIR`` of ``caseNNNN/old.txt, new.txt`` such as ``../shared/eval/news-synth-dev``)
it compares the two, drafts a note, checks it against the same comparison, and
prints how many drafted notes were consistent, how many had no contradicted
claim and no undisclosed change at all, and the median and worst time of
``parse_note`` + ``check_note`` and of ``draft_note`` (the comparison itself is
not timed: ``benchmarks/accuracy.py`` covers the aligner).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from revtrack.comparison import compare  # noqa: E402
from revtrack.notes import check_note, draft_note, parse_note, story_note  # noqa: E402


def pairs(dirs: list[str]):
    for story in sorted((ROOT / "fixtures").iterdir()):
        versions = sorted(story.glob("v*.txt"), key=lambda p: int(p.stem[1:]))
        for a, b in zip(versions, versions[1:]):
            yield f"{story.name}:{a.stem}-{b.stem}", a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    for d in dirs:
        for case in sorted(Path(d).iterdir()):
            if (case / "old.txt").exists():
                yield f"{Path(d).name}:{case.name}", (case / "old.txt").read_text(encoding="utf-8"), (case / "new.txt").read_text(encoding="utf-8")


def main(argv: list[str]) -> None:
    n = consistent = clean = 0
    t_check: list[float] = []
    t_draft: list[float] = []
    failures = []
    for name, old, new in pairs(argv):
        c = compare(old, new)
        t0 = time.perf_counter()
        note = draft_note(c)
        t1 = time.perf_counter()
        result = check_note(parse_note(note), c)
        t2 = time.perf_counter()
        t_draft.append(t1 - t0)
        t_check.append(t2 - t1)
        n += 1
        consistent += result.consistent
        clean += not result.contradicted and not result.undisclosed
        if not result.consistent:
            failures.append((name, note, result.verdict_line))
        # the story's own note is checked too, for timing only
        check_note(story_note(c.new), c)
    ms = lambda xs: f"median {statistics.median(xs) * 1000:.2f} ms, worst {max(xs) * 1000:.2f} ms"  # noqa: E731
    print(f"pairs: {n}")
    print(f"drafted note consistent with its own pair: {consistent}/{n}")
    print(f"drafted note with no contradicted claim and no undisclosed change: {clean}/{n}")
    print(f"draft_note: {ms(t_draft)}")
    print(f"parse_note + check_note: {ms(t_check)}")
    for f in failures[:10]:
        print("FAIL", *f)


if __name__ == "__main__":
    main(sys.argv[1:])
