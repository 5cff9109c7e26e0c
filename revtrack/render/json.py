"""JSON report: ``Comparison.to_dict()``, exactly."""

from __future__ import annotations

import json


def render_json(comparison, *, old_label: str = "old", new_label: str = "new", **_ignored) -> str:
    return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
