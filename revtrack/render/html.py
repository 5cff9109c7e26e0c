"""HTML views: a side-by-side diff page, a story timeline, a stories list.

The diff page follows GitHub's split view and MediaWiki's side-by-side diff.
Each alignment entry of a :class:`~revtrack.comparison.Comparison` becomes one
*row* with the old paragraph(s) on the left and the new on the right, their
numbers on both sides::

    ¶3  The governor said 21,<del>600</del> ...  |  ¶3  The governor said 21,<ins>000</ins> ...

- word changes are ``<del>``/``<ins>`` elements (struck through / underlined as
  well as coloured, so they read in greyscale and to a screen reader);
- a moved paragraph appears at both places: at its old place (left side, with
  its deletions) and at its new place (right side, with its insertions), each
  linking to the other with ``#old-N`` / ``#new-N`` anchors;
- a split or merge is one row whose sides hold all the parts;
- runs of unchanged paragraphs, apart from :data:`CONTEXT` paragraphs next to a
  change, fold into ``<details>`` ("12 unchanged paragraphs") that open on a
  click, with a "Show all paragraphs" toggle; ``n``/``p`` jump between changes.

Pages are self-contained: CSS and JS are inlined, and a Content-Security-Policy
allows only those two inline blocks (by hash) -- so a page makes no request to
any host, works from ``file://``, and even a markup bug could not run a
script.  All story text goes through jinja2 autoescaping; hrefs that come from
outside (``meta``) pass :func:`safe_href`.

    >>> from revtrack.comparison import compare
    >>> page = render_html(compare("A cat sat.", "A cat sat down."), old_label="v1", new_label="v2")
    >>> "A cat sat<ins> down</ins>." in page
    True
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from . import entry_heading, paragraph_label, summary_line

__all__ = [
    "CONTEXT",
    "render_html",
    "render_timeline",
    "render_stories",
    "render_error",
    "diff_rows",
    "safe_href",
    "content_security_policy",
    "change_amount",
]

TEMPLATES = Path(__file__).with_name("templates")

# Unchanged paragraphs kept open next to each change.  GitHub shows 3 lines of
# context; a wire paragraph is one to three sentences, so one paragraph gives
# about the same amount of surrounding text.
CONTEXT = 1
# A shorter hidden run is shown as is: a "1 unchanged paragraph" fold is as tall
# as the paragraph it hides.
MIN_FOLD = 2


# --------------------------------------------------------------------------- view model


@dataclass
class Block:
    """One paragraph on one side of a row: its number and its pieces.

    ``pieces`` are ``(tag, text)`` with tag ``""``, ``"del"`` or ``"ins"``.
    """

    number: int
    pieces: list[tuple[str, str]]


@dataclass
class Side:
    blocks: list[Block] = field(default_factory=list)
    # A link instead of text ("moved to ¶7"): (href, label)
    link: tuple[str, str] | None = None
    empty: str = ""  # why the side is empty ("not in the old version")


@dataclass
class Row:
    op: str  # unchanged, changed, moved-from, moved-to, split, merged, added, removed
    left: Side
    right: Side
    heading: str = ""
    severity: str = "none"
    reasons: list[str] = field(default_factory=list)
    old: tuple[int, ...] = ()
    new: tuple[int, ...] = ()
    id: str = ""

    @property
    def is_change(self) -> bool:
        return self.op not in ("unchanged", "ignored")


@dataclass
class Fold:
    """A run of unchanged rows shown collapsed."""

    rows: list[Row]
    label: str


def _split_units(pieces: list[tuple[str, str]], numbers: tuple[int, ...], lengths: list[int], sep: str) -> list[Block]:
    """Cut one side's pieces back into its units (paragraphs or sentences).

    The side's text is its units joined by ``sep``; the units' lengths say
    where each one starts, so a separator inside a deletion or insertion (a
    split or merge point) is dropped and each unit keeps its own pieces.

    >>> [(b.number, b.pieces) for b in _split_units([("", "A b."), ("ins", "\\n\\nC"), ("", " d.")], (4, 5), [4, 4], "\\n\\n")]
    [(4, [('', 'A b.')]), (5, [('ins', 'C'), ('', ' d.')])]
    """
    if len(numbers) <= 1:
        return [Block(numbers[0], pieces)] if numbers else []
    spans, at = [], 0  # (start, end) of each unit in the joined text
    for n in lengths:
        spans.append((at, at + n))
        at += n + len(sep)
    blocks = [Block(n, []) for n in numbers]
    pos = 0
    for tag, text in pieces:
        for k, (lo, hi) in enumerate(spans):
            a, b = max(lo, pos), min(hi, pos + len(text))
            if a < b:
                blocks[k].pieces.append((tag, text[a - pos : b - pos]))
        pos += len(text)
    return blocks


def _side_pieces(change, side: str) -> list[tuple[str, str]]:
    text = change.old_text if side == "old" else change.new_text
    if not change.diff or change.old_text == change.new_text:
        return [("", text)]
    keep, tag = ("-", "del") if side == "old" else ("+", "ins")
    return [("" if op == "=" else tag, t) for op, t in change.diff if op in ("=", keep)]


def _blocks(change, side: str, sep: str, units: list[str]) -> list[Block]:
    numbers = change.old if side == "old" else change.new
    if not numbers:
        return []
    return _split_units(_side_pieces(change, side), numbers, [len(units[n - 1]) for n in numbers], sep)


def diff_rows(comparison) -> list[Row]:
    """The rows of the side-by-side view, top to bottom.

    Rows with a new side come in the new version's order; a removed paragraph
    and a moved paragraph's old place are put back where they stood in the
    old version (:func:`_interleave`), so each column reads as its version.

    >>> from revtrack.comparison import compare
    >>> rows = diff_rows(compare("A one.\\n\\nB two.\\n\\nC three.", "B two.\\n\\nC three.\\n\\nA one."))
    >>> [(r.op, r.old, r.new) for r in rows]
    [('moved-from', (1,), (3,)), ('unchanged', (2,), (1,)), ('unchanged', (3,), (2,)), ('moved-to', (1,), (3,))]
    """
    unit = comparison.unit
    sep = " " if unit == "sentence" else "\n\n"
    mark = paragraph_label
    units = {"old": comparison.old_units, "new": comparison.new_units}
    main: list[Row] = []
    stubs: list[tuple[int, Row]] = []  # (old number, row with only an old side: removed, or a move's old place)
    for change in comparison.changes:
        common = dict(heading=entry_heading(change, unit), severity=change.severity, reasons=list(change.reasons),
                      old=tuple(change.old), new=tuple(change.new))
        if change.op == "unchanged":
            common["heading"] = ""
        if change.op == "moved":
            o, n = change.old[0], change.new[0]
            main.append(Row("moved-to", Side(link=(f"#old-{o}", f"moved from {mark([o], unit)}")),
                            Side(_blocks(change, "new", sep, units["new"])), **common))
            stub = Row("moved-from", Side(_blocks(change, "old", sep, units["old"])),
                       Side(link=(f"#new-{n}", f"moved to {mark([n], unit)}")), **common)
            stubs.append((o, stub))
            continue
        left = Side(_blocks(change, "old", sep, units["old"]), empty="" if change.old else "not in the old version")
        right = Side(_blocks(change, "new", sep, units["new"]), empty="" if change.new else "not in the new version")
        row = Row(change.op, left, right, **common)
        if change.new:
            main.append(row)
        else:
            stubs.append((min(change.old), row))
    ignored = getattr(comparison, "ignored", None) or {}
    why = {r.get("pattern"): r.get("why") for r in ignored.get("rules", [])}
    for u in ignored.get("paragraphs", []):
        # Left out of the alignment by an ignore rule (wire or web furniture):
        # still shown, at its place, so each column reads as its version.
        n, label = u["number"], f"ignored: {why.get(u.get('rule')) or u.get('rule')}"
        block = Side([Block(n, [("", u["text"])])])
        if u["side"] == "old":
            stubs.append((n, Row("ignored", block, Side(empty=label), old=(n,))))
        else:
            main.append(Row("ignored", Side(empty=label), block, new=(n,)))
    rows = _interleave(main, stubs)
    _number_changes(rows)
    return rows


_IN_ORDER = ("unchanged", "changed", "split", "merged")


def _interleave(main: list[Row], old_only: list[tuple[int, Row]]) -> list[Row]:
    """Put rows that exist only in the old version back at their old place.

    ``main`` holds the rows with a new side, in the new version's order.  Its
    in-order rows (unchanged, changed, split, merged) are in the old version's
    order too, so a removed paragraph (or a moved paragraph's old place) goes
    right after the last in-order row that precedes it in the old version --
    before any added paragraphs that follow that row, as diff(1) shows a
    deletion before an insertion.
    """
    main = sorted(main, key=lambda r: min(r.new))
    pending = sorted(old_only, key=lambda t: t[0])
    rows: list[Row] = []
    anchor = 0  # where rows removed after the last in-order row go
    last = 0
    for row in main:
        # The aligner keeps these rows in the old order too; one that breaks
        # it is shown in the new order and anchors nothing.
        if row.op in _IN_ORDER and min(row.old) > last:
            lo, last = min(row.old), max(row.old)
            due = [r for k, r in pending if k < lo]
            pending = [(k, r) for k, r in pending if k >= lo]
            rows[anchor:anchor] = due
            rows.append(row)
            anchor = len(rows)
        else:
            rows.append(row)
    rows[anchor:anchor] = [r for _, r in pending]
    return rows


def _number_changes(rows: list[Row]) -> None:
    k = 0
    for r in rows:
        if r.is_change:
            k += 1
            r.id = f"change-{k}"
    # Say which way a moved paragraph's other end lies.
    place = {}
    for i, r in enumerate(rows):
        for b in r.left.blocks:
            place[f"#old-{b.number}"] = i
        for b in r.right.blocks:
            place[f"#new-{b.number}"] = i
    for i, r in enumerate(rows):
        for side in (r.left, r.right):
            if side.link:
                href, label = side.link
                arrow = "\u2193" if place.get(href, i) > i else "\u2191"
                side.link = (href, f"{label} {arrow}")


def fold_rows(rows: list[Row], unit: str = "paragraph", context: int = CONTEXT) -> list[Row | Fold]:
    """Fold runs of unchanged rows, keeping ``context`` rows next to each change."""
    out: list[Row | Fold] = []
    i = 0
    while i < len(rows):
        if rows[i].is_change:
            out.append(rows[i])
            i += 1
            continue
        j = i
        while j < len(rows) and not rows[j].is_change:
            j += 1
        run = rows[i:j]
        head = context if i > 0 else 0
        tail = context if j < len(rows) else 0
        hidden = run[head : len(run) - tail]
        if len(hidden) >= MIN_FOLD:
            out.extend(run[:head])
            word = "paragraph" if unit == "paragraph" else "sentence"
            nums = [n for r in hidden for n in r.new]
            span = f"{paragraph_label([nums[0]], unit)}\u2013{paragraph_label([nums[-1]], unit)}" if nums else ""
            what = "unchanged or ignored" if any(r.op == "ignored" for r in hidden) else "unchanged"
            out.append(Fold(hidden, f"{len(hidden)} {what} {word}s" + (f" ({span} new)" if span else "")))
            out.extend(run[len(run) - tail :])
        else:
            out.extend(run)
        i = j
    return out


# --------------------------------------------------------------------------- helpers

_SAFE_URL = re.compile(r"^(?:[#/?.]|[\w\-.~%]+(?:[/?#]|$))[\w\-.~%/?#=&+,;@!$'()*:]*$")


def safe_href(url) -> str:
    """``url`` if it is a relative link or http(s); ``#`` for anything else.

    Links in a page come from revtrack itself, but ``meta`` is a public API and
    a story id is user input: a ``javascript:`` link must never come through.

    >>> safe_href("v1-v2.html"), safe_href("/story/a%20b?a=1&b=2"), safe_href("javascript:alert(1)")
    ('v1-v2.html', '/story/a%20b?a=1&b=2', '#')
    >>> safe_href("https://example.org/x"), safe_href(" JaVaScRiPt:x"), safe_href("data:text/html,x")
    ('https://example.org/x', '#', '#')
    """
    if url is None:
        return "#"
    url = str(url)
    if url.startswith(("http://", "https://")) and not any(c in url for c in "\"'<> \t\n"):
        return url
    first = re.split(r"[/?#]", url, maxsplit=1)[0]
    if ":" in first or not _SAFE_URL.match(url):
        return "#"
    return url


def story_href(story_id: str) -> str:
    """URL path segment for a story id (any text) -- percent-encoded."""
    return quote(str(story_id), safe="")


def change_amount(summary: dict | None) -> float:
    """Share of alignment entries that are not ``unchanged``, in [0, 1].

    >>> change_amount({"unchanged": 3, "changed": 1})
    0.25
    """
    if not summary:
        return 0.0
    total = sum(summary.values())
    return 0.0 if not total else 1 - summary.get("unchanged", 0) / total


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy() -> str:
    """The policy every page carries: nothing but its own inline CSS and JS, by hash."""
    return (
        "default-src 'none'; "
        f"style-src {_sha256(_asset('page.css'))}; "
        f"script-src {_sha256(_asset('page.js'))}; "
        "img-src data:; base-uri 'none'; form-action 'self'"
    )


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["href"] = safe_href
    env.filters["pct"] = lambda x: f"{round(100 * x)}%"
    return env


def _page(template: str, **context) -> str:
    from markupsafe import Markup

    context.setdefault("links", [])

    # The assets are revtrack's own files, not story text; Markup keeps them verbatim
    # so that their hashes match the policy.
    return _env().get_template(template).render(
        css=Markup(_asset("page.css")), js=Markup(_asset("page.js")), csp=content_security_policy(), **context
    )


def _side_info(info) -> dict:
    info = dict(info or {})
    return {k: ("" if info.get(k) is None else str(info.get(k))) for k in ("number", "time", "who", "source", "label", "review")}


# Longest paragraph text quoted in a note-check list; the row below shows it whole.
CLIP = 160


def _clip(text: str, limit: int = CLIP) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with an ellipsis.

    >>> _clip("one two three", 9)
    'one two…'
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _note_check_view(check) -> dict | None:
    """Reduce a note-check dict (``check_note(...).to_dict()``) to what the header shows.

    Accepts the keys ``verdict_line``/``verdict``, ``consistent``/``ok``,
    ``confirmed``, ``contradicted``, ``unverified`` and ``undisclosed`` (lists
    of dicts or strings) and ``warnings``; unknown
    keys are ignored, so the page keeps working as the checker grows.
    """
    if not check:
        return None
    check = dict(check)

    def items(key):
        out = []
        for it in check.get(key) or []:
            if isinstance(it, dict):
                where = it.get("where") or it.get("label") or it.get("heading")
                if not where:
                    nums = it.get("new") or it.get("old") or it.get("paragraphs") or []
                    where = (paragraph_label(nums) + " " + str(it.get("op", ""))).strip() if nums else str(it.get("op", ""))
                text = it.get("text") or it.get("claim") or it.get("message") or ""
                reasons = it.get("reasons") or it.get("findings") or []
                out.append({"where": str(where or ""), "severity": str(it.get("severity") or ""),
                            "text": _clip(str(text)), "reasons": "; ".join(map(str, reasons))})
            else:
                out.append({"where": "", "severity": "", "text": str(it), "reasons": ""})
        return out

    undisclosed = items("undisclosed")
    contradicted = items("contradicted")
    ok = check.get("consistent", check.get("ok"))
    if ok is None:
        ok = not contradicted and not any(u["severity"] == "substantive" for u in undisclosed)
    return {
        "verdict": str(check.get("verdict_line") or check.get("verdict") or ("consistent" if ok else "discrepancies")),
        "ok": bool(ok),
        "confirmed": items("confirmed"),
        "unverified": items("unverified"),
        "contradicted": contradicted,
        "undisclosed_substantive": [u for u in undisclosed if u["severity"] == "substantive"],
        "undisclosed_other": [u for u in undisclosed if u["severity"] != "substantive"],
        "warnings": [str(w) for w in check.get("warnings") or []],
    }


# --------------------------------------------------------------------------- pages


def render_html(comparison, *, old_label: str = "old", new_label: str = "new", meta: dict | None = None, **_ignored) -> str:
    """One self-contained side-by-side page for ``comparison``.

    ``meta`` (all optional): ``story`` (id), ``title``, ``old``/``new``
    (dicts with ``number``, ``time``, ``who``, ``source``), ``note`` (defaults
    to the new version's header note), ``note_check`` (a
    ``check_note(...).to_dict()``), ``draft_note`` (a note drafted from the
    change, ``""`` when there is nothing to say), and ``links``: a list of
    ``(href, text)`` for navigation (timeline, previous/next pair).
    """
    meta = dict(meta or {})
    unit = comparison.unit
    rows = diff_rows(comparison)
    note = meta.get("note")
    if note is None and comparison.new.header is not None:
        note = comparison.new.header.note
    counts = {k: v for k, v in comparison.summary.items()}
    heads = [getattr(v.header, "headline", None) if v.header else None for v in (comparison.old, comparison.new)]
    filters = []
    hidden = getattr(comparison, "hidden", None) or {}
    if hidden:
        level = getattr(comparison, "min_severity", "")
        filters.append(f"Showing changes rated {level} or above; not shown: "
                       + ", ".join(f"{n} {lvl}" for lvl, n in sorted(hidden.items())) + ".")
    ignored = getattr(comparison, "ignored", None) or {}
    if ignored.get("spans"):
        filters.append(f"Ignore rules left {ignored['spans']} span{'s' * (ignored['spans'] != 1)} of furniture out of "
                       "the comparison (marked in the columns when a whole paragraph).")
    return _page(
        "diff.html.j2",
        story=str(meta.get("story") or ""),
        title=str(meta.get("title") or ""),
        old_label=str(old_label),
        new_label=str(new_label),
        old=_side_info(meta.get("old")),
        new=_side_info(meta.get("new")),
        note=None if note is None else str(note),
        check=_note_check_view(meta.get("note_check")),
        draft=None if meta.get("draft_note") is None else str(meta.get("draft_note")),
        headlines=[str(h) if h else "" for h in heads],
        summary=summary_line(counts),
        filters=filters,
        counts=counts,
        n_changes=sum(1 for r in rows if r.is_change),
        items=fold_rows(rows, unit),
        unit_word="paragraphs" if unit == "paragraph" else "sentences",
        links=[(str(h), str(t)) for h, t in meta.get("links") or []],
        identical=comparison.identical,
    )


def render_timeline(story: dict, versions: list[dict], *, links: list | None = None, compare_action: str | None = None) -> str:
    """A story's timeline: one line per version, linking to each pair's page.

    ``story``: ``id``, ``title``.  Each version: ``number``, ``time``, ``who``,
    ``note``, ``summary`` (counts against its predecessor, or None for the
    first), ``check`` (note-check dict or None), ``href`` (the pair page),
    optionally ``json_href``, ``repeats`` (the older version whose text it
    repeats), ``correction`` (what a correcting version changed, from
    :func:`revtrack.corrections.correction_marks`) and ``review`` (its latest
    review, :func:`revtrack.reviews.review_status`).  ``compare_action`` (the viewer's diff URL) adds a form to
    compare any two versions; a static report has none.
    """
    rows = []
    for v in versions:
        summary = v.get("summary")
        if summary:
            summary = {op: 0 for op in ("unchanged", "changed", "moved", "split", "merged", "added", "removed")} | dict(summary)
        amount = change_amount(summary)
        rows.append({
            "number": str(v.get("number", "")),
            "time": str(v.get("time") or ""),
            "who": str(v.get("who") or ""),
            "note": "" if v.get("note") is None else str(v.get("note")),
            "summary": summary_line(summary) if summary else "first version",
            "counts": {k: (summary or {}).get(k, 0) for k in ("added", "changed", "removed", "moved")},
            "amount": amount,
            "bar": round(100 * amount),
            "check": _note_check_view(v.get("check")),
            "href": v.get("href"),
            "json_href": v.get("json_href"),
            "repeats": "" if not v.get("repeats") else str(v.get("repeats")),
            "correction": str(v.get("correction") or ""),
            "review": str(v.get("review") or ""),
        })
    return _page("timeline.html.j2", story={"id": str(story.get("id", "")), "title": str(story.get("title") or "")},
                 versions=rows, links=[(str(h), str(t)) for h, t in links or []], compare_action=compare_action)


def render_stories(stories: list[dict], *, query: str = "") -> str:
    """The list of stories (``id``, ``title``, ``versions``, ``first``, ``last``, ``href``) with a search box."""
    rows = [{k: ("" if s.get(k) is None else str(s.get(k))) for k in ("id", "title", "versions", "first", "last")}
            | {"href": s.get("href")} for s in stories]
    return _page("stories.html.j2", stories=rows, query=str(query or ""))


def render_error(status: int, message: str, *, links: list | None = None) -> str:
    """A readable error page (404 and friends)."""
    return _page("error.html.j2", status=int(status), message=str(message),
                 links=[(str(h), str(t)) for h, t in links or [("/", "All stories")]])
