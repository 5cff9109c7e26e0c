"""Word-level differences inside a changed paragraph.

The texts are cut into word, space and punctuation tokens, each token is mapped
to one code point, and diff-match-patch diffs the code strings with semantic
cleanup -- so a word is never cut in half and a rewritten clause reads as one
deletion and one insertion rather than confetti.  The result is a list of
segments ``[op, text]`` with ``op`` one of ``=``, ``-``, ``+``; the ``=`` and
``-`` segments rebuild the old text exactly, ``=`` and ``+`` the new text.

    >>> word_diff("21,600 people fled", "21,000 people fled")
    [['-', '21,600'], ['+', '21,000'], ['=', ' people fled']]
"""

from __future__ import annotations

import re

import diff_match_patch

__all__ = ["word_diff", "rebuild", "Segment"]

Segment = list  # [op, text]

_TOKEN = re.compile(r"\w+(?:[.,'\u2019]\w+)*|\s+|[^\w\s]", re.U)
_OPS = {0: "=", -1: "-", 1: "+"}


def _encode(text: str, vocab: dict[str, str], table: list[str]) -> str:
    out = []
    for tok in _TOKEN.findall(text):
        code = vocab.get(tok)
        if code is None:
            code = chr(len(table) + 0x100)
            vocab[tok] = code
            table.append(tok)
        out.append(code)
    return "".join(out)


def word_diff(old: str, new: str) -> list[Segment]:
    """Word-level diff segments of two texts (see the module docstring)."""
    if old == new:
        return [["=", old]] if old else []
    vocab: dict[str, str] = {}
    table: list[str] = []
    a, b = _encode(old, vocab, table), _encode(new, vocab, table)
    dmp = diff_match_patch.diff_match_patch()
    dmp.Diff_Timeout = 0  # deterministic: never cut the diff short on a slow machine
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    out: list[Segment] = []
    for op, codes in diffs:
        text = "".join(table[ord(c) - 0x100] for c in codes)
        if not text:
            continue
        sym = _OPS[op]
        if out and out[-1][0] == sym:
            out[-1][1] += text
        else:
            out.append([sym, text])
    return out


def rebuild(segments: list[Segment], side: str) -> str:
    """The old (``side='old'``) or new text rebuilt from diff segments."""
    keep = {"=", "-"} if side == "old" else {"=", "+"}
    return "".join(t for op, t in segments if op in keep)
