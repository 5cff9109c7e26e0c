"""Eight real processes adding versions to the same stories at once lose nothing and number without gaps.

Runs against both databases through the ``db_url`` fixture; the PostgreSQL
half is the point (a shared newsroom server), the SQLite half shows WAL mode
and ``BEGIN IMMEDIATE`` queue eight writers as well.  The store serialises
writers (PostgreSQL: a transaction-scoped advisory lock; SQLite: the write
lock), so each process reads the story's head and the audit chain's head
only once the writer before it has committed.
"""

import subprocess
import sys
import time
from collections import Counter

from revtrack.audit import verify
from revtrack.store import open_store

PROCESSES, EACH = 8, 12
STORIES = ("quake", "strike", "vote")

WRITER = r"""
import sys, time
from pathlib import Path
from revtrack.store import open_store
db, name, go, each = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
stories = sys.argv[5].split(",")
while not go.exists():
    time.sleep(0.005)
for i in range(each):
    story = stories[i % len(stories)]
    text = (f"{name} files update {i} to {story}.\n\nOfficials said {i * 7} homes were damaged.\n\n"
            f"This paragraph is the same in every version of {story}.")
    with open_store(db) as store:  # a fresh connection per add, like separate `revtrack add` runs
        store.add_version(story, text, by=name)
print("done", name)
"""


def test_eight_processes_add_to_the_same_stories(db_url, tmp_path):
    go = tmp_path / "go"  # no schema yet: the eight processes race to create it too
    names = [f"writer{k}" for k in range(PROCESSES)]
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db_url, name, str(go), str(EACH), ",".join(STORIES)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in names]
    time.sleep(1.0)  # every interpreter is up and waiting for the start signal
    go.touch()
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.startswith("done")

    with open_store(db_url) as store:
        seen = Counter()
        for story in STORIES:
            versions = store.versions(story)
            assert [v.number for v in versions] == list(range(1, len(versions) + 1))  # no gap, no duplicate
            for v in versions:
                seen[(v.by, v.text.split(" ")[3], story)] += 1
                if v.number > 1:
                    assert v.alignment is not None and v.counts is not None
        # every add of every process is there exactly once
        expected = {(name, str(i), STORIES[i % len(STORIES)]) for name in names for i in range(EACH)}
        assert set(seen) == expected and set(seen.values()) == {1}
        assert sum(len(store.versions(s)) for s in STORIES) == PROCESSES * EACH
        report = verify(store)
        assert report.ok, report.problems  # one unbroken audit chain, one version.added per version
        assert report.versions == PROCESSES * EACH


def test_writer_stuck_holding_the_lock_makes_others_fail_cleanly(pg_url, monkeypatch):
    from sqlalchemy import create_engine, text

    from revtrack.errors import RevtrackError

    with open_store(pg_url) as store:
        store.add_version("quake", "First.", by="desk")
    holder = create_engine(pg_url)
    with holder.connect() as conn:
        with conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(72657674)"))  # what a stuck writer holds
            monkeypatch.setenv("REVTRACK_LOCK_TIMEOUT", "0.5")
            t = time.monotonic()
            with open_store(pg_url) as store:
                try:
                    store.add_version("quake", "Second.", by="desk")
                except RevtrackError as exc:
                    message = str(exc)
                else:
                    message = "no error"
            waited = time.monotonic() - t
    holder.dispose()
    assert "database is locked by another process (waited 0.5 s)" in message
    assert 0.4 < waited < 10
    with open_store(pg_url) as store:
        assert [v.text for v in store.versions("quake")] == ["First."]
