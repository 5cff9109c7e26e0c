"""JSON Lines input shared by ``revtrack import`` (feeds) and export files."""

from __future__ import annotations

import json

from .errors import RevtrackError


def parse_line(line: str, where: str) -> object:
    """One JSON Lines record; a RevtrackError naming ``file:line`` if it is not JSON.

    >>> parse_line('{"story": "x"}', "f.jsonl:1")
    {'story': 'x'}
    """
    try:
        return json.loads(line)
    except ValueError as exc:
        raise RevtrackError(f"{where}: not JSON ({getattr(exc, 'msg', exc)})") from None
