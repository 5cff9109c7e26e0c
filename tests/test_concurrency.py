"""Two real processes writing to the same (initially absent) database at the same time both succeed."""

import subprocess
import sys
import time

from revtrack.audit import events, verify
from revtrack.store import open_store

WRITER = r"""
import sys, time
from pathlib import Path
from revtrack.store import open_store
db, name, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
while not go.exists():
    time.sleep(0.005)
with open_store(db) as store:          # both processes may create/migrate the database at once
    for i in range(25):
        text = f"{name} filed update {i}.\n\nThe governor said {i} people fled.\n\nMore to follow from {name}."
        store.add_version("shared", text, by=name)
        store.add_version(f"own-{name}", text, by=name)
print("done", name)
"""


def test_two_processes_add_concurrently(tmp_path):
    db, go = tmp_path / "c.db", tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), name, str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name in ("alice", "bob")]
    time.sleep(0.3)  # both interpreters are up and waiting
    go.touch()
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.startswith("done")
    with open_store(db) as s:
        shared = s.versions("shared")
        assert [v.number for v in shared] == list(range(1, 51))
        assert sorted(v.by for v in shared).count("alice") == 25
        assert len(s.versions("own-alice")) == len(s.versions("own-bob")) == 25
        # every version after the first carries an alignment with its real predecessor
        assert all(v.alignment is not None for v in shared[1:])
        report = verify(s)
        assert report.ok, report.problems
        assert len(events(s)) == 3 + 100  # three stories created, 100 versions added
