"""Kill a real `revtrack import` half way: nothing partial is stored, and re-running finishes the job."""

import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from revtrack.audit import verify
from revtrack.store import open_store

STORIES, VERSIONS = 20, 10


def _write_source(path):
    lines = []
    for v in range(1, VERSIONS + 1):
        for s in range(STORIES):
            paras = [f"Story {s} paragraph {p}: the council met on day {p} and said {s * p} things." for p in range(30)]
            paras[v % 30] = f"Update {v}: the figure is now {v * 7} for story {s}."
            paras.insert(v % 7, f"New paragraph in version {v}.")
            lines.append(json.dumps({"story": f"s{s:02d}", "text": "\n\n".join(paras), "by": "loader"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return STORIES * VERSIONS


def _count(db):
    try:
        c = sqlite3.connect(db, timeout=5)
        try:
            return c.execute("SELECT COUNT(*) FROM versions").fetchone()[0]
        finally:
            c.close()
    except sqlite3.Error:
        return 0


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_import_leaves_only_whole_versions(tmp_path, sig):
    src, db = tmp_path / "big.jsonl", tmp_path / "k.db"
    total = _write_source(src)
    proc = subprocess.Popen([sys.executable, "-m", "revtrack.cli", "import", str(src), "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while _count(db) < 40:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "import made no progress"
        time.sleep(0.01)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and "Traceback" not in err  # Ctrl-C: the shell's code for SIGINT
    stored = _count(db)
    assert 40 <= stored < total, "the kill came too late to test anything"

    with open_store(db) as s:
        report = verify(s)
        assert report.ok, report.problems  # every stored version has its event; the chain is whole
        for info in s.stories():
            versions = s.versions(info.id)
            assert [v.number for v in versions] == list(range(1, len(versions) + 1))
            assert all(v.alignment is not None and v.counts is not None for v in versions[1:])

    rerun = subprocess.run([sys.executable, "-m", "revtrack.cli", "import", str(src), "--db", str(db)],
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"imported {total - stored} versions" in rerun.stdout
    with open_store(db) as s:
        assert _count(db) == total
        assert verify(s).ok
        lines = [json.loads(x) for x in src.read_text().splitlines()]
        assert [v.text for v in s.versions("s03")] == [x["text"] for x in lines if x["story"] == "s03"]
