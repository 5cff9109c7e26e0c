"""Golden reports: whole ``revtrack diff`` outputs for belgorod, reviewed by eye.

A golden file is the exact report a user sees for a fixture pair.  When a report
changes on purpose, regenerate them and read every diff before committing::

    REVTRACK_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

Paths are given relative to the project root, so the report headers
(``--- fixtures/belgorod/v1.txt``) do not depend on where the checkout lives.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from revtrack.cli import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("REVTRACK_UPDATE_GOLDEN") == "1"

PAIRS = [("belgorod", 1, 2), ("belgorod", 2, 3)]
FORMATS = {"text": "txt", "markdown": "md", "json": "json"}

CASES = [(s, a, b, f) for s, a, b in PAIRS for f in FORMATS]


@pytest.mark.parametrize("story,a,b,fmt", CASES, ids=[f"{s}-v{a}-v{b}-{f}" for s, a, b, f in CASES])
def test_report_matches_golden(story, a, b, fmt, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)
    args = ["diff", f"fixtures/{story}/v{a}.txt", f"fixtures/{story}/v{b}.txt", "--format", fmt, "--color", "never"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # these pairs differ
    golden = GOLDEN / f"{story}-v{a}-v{b}.{FORMATS[fmt]}"
    if UPDATE:
        golden.write_text(result.stdout, encoding="utf-8")
    assert golden.exists(), f"{golden.name} missing: run with REVTRACK_UPDATE_GOLDEN=1 and review it"
    assert result.stdout == golden.read_text(encoding="utf-8")
