"""The side-by-side HTML page, the timeline and stories pages: structure and escaping."""

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from revtrack.cli import app
from revtrack.comparison import compare
from revtrack.render import render
from revtrack.render.html import (
    content_security_policy,
    diff_rows,
    render_error,
    render_html,
    render_stories,
    render_timeline,
    safe_href,
)

runner = CliRunner()

OLD = """date 2023-06-04 (Adds quotes) KYIV, June 4 (Reuters) -

Alpha: the governor of the Belgorod region spoke on Sunday.

Beta: police counted 21,600 people fleeing the border villages.

Gamma: the mayor said the floods had not reached the centre.

Delta: shelling near the border continued overnight.

Five: unchanged background paragraph one.

Six: unchanged background paragraph two.

Seven: unchanged background paragraph three.

Eight: unchanged background paragraph four.

Epsilon: the story closes with background on the war."""

NEW = """date 2023-06-04 (Adds quotes, paragraph 9) KYIV, June 4 (Reuters) -

Alpha: the governor of the Belgorod region spoke on Sunday.

Gamma: the mayor said the floods had not reached the centre.

Beta: police counted 21,000 people fleeing the border villages.

Delta: shelling near the border continued overnight.

Five: unchanged background paragraph one.

Six: unchanged background paragraph two.

Seven: unchanged background paragraph three.

Eight: unchanged background paragraph four.

Zeta: a new paragraph brings a brand new fact."""

SPLIT_OLD = """Intro paragraph stays the same in both versions.

The governor said on Sunday that 21,600 people had fled the shelling, and that the regional authorities were opening temporary shelters in schools and sports halls across the city.

Closing paragraph stays too."""

SPLIT_NEW = """Intro paragraph stays the same in both versions.

The governor said on Sunday that 21,600 people had fled the shelling.

The regional authorities were opening temporary shelters in schools and sports halls across the city, he said.

Closing paragraph stays too."""


class Page(HTMLParser):
    """Every element, its attributes and the text, as a browser would see them."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, attrs dict)
        self.text = []
        self.scripts = []
        self.styles = []
        self._in_script = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag in ("script", "style")
        if self._in_script:
            self.scripts.append("") if tag == "script" else self.styles.append("")

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            (self.scripts if self.elements[-1][0] == "script" else self.styles)[-1] += data
        else:
            self.text.append(data)

    def tags(self):
        return {t for t, _ in self.elements}

    def by_id(self, ident):
        return [(t, a) for t, a in self.elements if a.get("id") == ident]

    def with_class(self, cls):
        return [(t, a) for t, a in self.elements if cls in (a.get("class") or "").split()]

    def hrefs(self):
        return [a["href"] for t, a in self.elements if "href" in a]


@pytest.fixture
def page():
    return render_html(compare(OLD, NEW), old_label="belgorod@1", new_label="belgorod@2")


def test_one_row_per_entry_and_a_second_row_for_a_move():
    c = compare(OLD, NEW)
    rows = diff_rows(c)
    moved = [x for x in c.changes if x.op == "moved"]
    assert len(moved) == 1
    assert len(rows) == len(c.changes) + len(moved)
    # every paragraph of both versions is shown exactly once, in order
    left = [b.number for r in rows for b in r.left.blocks]
    right = [b.number for r in rows for b in r.right.blocks]
    assert left == list(range(1, len(c.old.paragraphs) + 1))
    assert right == list(range(1, len(c.new.paragraphs) + 1))


def test_paragraph_numbers_on_both_sides(page):
    p = Page(page)
    for n in range(1, 10):
        assert p.by_id(f"old-{n}"), f"old ¶{n} has no anchor"
        assert p.by_id(f"new-{n}"), f"new ¶{n} has no anchor"
    assert "\u00b69" in "".join(p.text)


def test_word_changes_are_del_and_ins_elements(page):
    assert "<del>21,600</del>" in page
    assert "<ins>21,000</ins>" in page


def test_moved_paragraph_is_linked_both_ways(page):
    p = Page(page)
    # old ¶2 moved to new ¶3: the old place links forward, the new place links back
    assert "#new-3" in p.hrefs() and "#old-2" in p.hrefs()
    (_, old_place), = p.by_id("old-2")
    (_, new_place), = p.by_id("new-3")
    assert old_place["class"] == new_place["class"] == "para"
    assert [a for t, a in p.elements if a.get("href") == "#new-3" and "movelink" in a.get("class", "")]
    assert [a for t, a in p.elements if a.get("href") == "#old-2" and "movelink" in a.get("class", "")]
    assert "moved to \u00b63" in page and "moved from \u00b62" in page


def test_split_is_one_row_holding_every_part():
    rows = diff_rows(compare(SPLIT_OLD, SPLIT_NEW))
    (split,) = [r for r in rows if r.op == "split"]
    assert [b.number for b in split.left.blocks] == [2]
    assert [b.number for b in split.right.blocks] == [2, 3]
    second = "".join(t for _, t in split.right.blocks[1].pieces)
    assert second == "The regional authorities were opening temporary shelters in schools and sports halls across the city, he said."
    merged = [r for r in diff_rows(compare(SPLIT_NEW, SPLIT_OLD)) if r.op == "merged"]
    assert [b.number for b in merged[0].left.blocks] == [2, 3]
    page = render_html(compare(SPLIT_OLD, SPLIT_NEW))
    assert len(Page(page).with_class("op-split")) == 1


def test_unchanged_runs_fold_with_context(page):
    p = Page(page)
    folds = [a for t, a in p.elements if t == "details"]
    assert len(folds) == 1
    assert "3 unchanged paragraphs" in page
    # the paragraph next to the change after the fold stays open
    assert "Eight: unchanged" in page.split("</details>")[1]
    assert p.by_id("toggle-all")


def test_identical_versions_fold_everything_and_say_so():
    page = render_html(compare(OLD, OLD))
    assert "same paragraphs" in page
    assert "9 unchanged paragraphs" in page
    assert 'data-changes="0"' in page


def test_header_has_versions_note_counts_and_severity():
    meta = {"story": "belgorod", "old": {"number": 1, "time": "2023-06-04T09:12Z", "who": "desk"},
            "new": {"number": 2, "time": "2023-06-04T11:00Z", "who": "Kyiv bureau"}}
    page = render_html(compare(OLD, NEW), old_label="belgorod@1", new_label="belgorod@2", meta=meta)
    text = " ".join(Page(page).text)
    assert "version 2" in text and "2023-06-04T11:00Z" in text and "Kyiv bureau" in text
    assert "Adds quotes, paragraph 9" in text
    assert "1 added, 0 changed, 1 moved, 1 removed" in text
    assert "substantive" in text and "number: 21,600 -> 21,000" in text


def test_note_check_verdict_calls_out_undisclosed_substantive_changes():
    check = {
        "verdict": "discrepancies: 1 undisclosed substantive change",
        "consistent": False,
        "confirmed": [{"where": "\u00b69 added", "text": "Adds quotes"}],
        "contradicted": [],
        "undisclosed": [{"op": "moved", "old": [2], "new": [3], "severity": "substantive", "reasons": ["number: 21,600 -> 21,000"]},
                        {"op": "changed", "new": [5], "severity": "cosmetic", "reasons": ["punctuation"]}],
    }
    p = Page(render_html(compare(OLD, NEW), meta={"note_check": check}))
    text = " ".join(p.text)
    assert "Undisclosed substantive changes (1)" in text
    assert "\u00b63 moved" in text
    assert "discrepancies: 1 undisclosed substantive change" in text
    assert p.with_class("bad")
    ok = Page(render_html(compare(OLD, NEW), meta={"note_check": {"verdict": "consistent", "consistent": True}}))
    assert not [a for t, a in ok.elements if "check" in (a.get("class") or "").split() and "bad" in a["class"]]


def test_page_is_self_contained(page):
    p = Page(page)
    assert not {"link", "img", "iframe", "object", "embed"} & p.tags()
    assert not [a for t, a in p.elements if "src" in a]
    for href in p.hrefs():
        assert href.startswith("#"), href
    (csp,) = [a["content"] for t, a in p.elements if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp == content_security_policy()
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    # the policy's hash is the hash of the one inline script on the page
    import base64
    import hashlib

    assert len(p.scripts) == 1
    digest = base64.b64encode(hashlib.sha256(p.scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp


def test_light_dark_print_and_narrow_screens(page):
    style = page.split("<style>")[1].split("</style>")[0]
    assert "prefers-color-scheme: dark" in style
    assert "@media print" in style
    assert re.search(r"@media \(max-width: \d+px\) \{\s*\.row \{ grid-template-columns: minmax\(0, 1fr\); \}", style)


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "javascript:alert(3)",
    "</textarea><svg onload=alert(4)>",
    "' onmouseover='alert(5)",
    "{{ 7*7 }} {% raw %}",
]
OUR_TAGS = {"html", "head", "meta", "title", "style", "body", "nav", "header", "h1", "h2", "h3", "dl", "dt", "dd", "div",
            "span", "time", "p", "q", "strong", "ul", "li", "button", "kbd", "main", "section", "details", "summary",
            "a", "del", "ins", "footer", "script", "ol", "svg", "rect", "form", "label", "input", "table",
            "thead", "tbody", "tr", "th", "td", "select", "option"}


def assert_no_story_markup(html, hostile):
    p = Page(html)
    assert p.tags() <= OUR_TAGS, p.tags() - OUR_TAGS
    for tag, attrs in p.elements:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for key in ("href", "action", "src"):
            assert not (attrs.get(key) or "").strip().lower().startswith(("javascript:", "data:")), (tag, attrs)
    assert len(p.scripts) == 1 and len(p.styles) == 1
    assert "alert" not in p.scripts[0] and "alert" not in p.styles[0]
    text = "".join(p.text)
    for h in hostile:
        assert h in text, f"{h!r} was not shown as text"
    assert "49" not in text  # no template evaluation of story text


@pytest.mark.parametrize("evil", HOSTILE)
def test_story_text_is_escaped_in_every_field(evil):
    old = f"date 2023-06-04 ({evil}) X -\n\nFirst {evil} paragraph about things.\n\nSecond stays.\n\n{evil} gone"
    new = f"date 2023-06-04 (Adds {evil}) X -\n\nFirst {evil} paragraph about other things.\n\nSecond stays.\n\nNew {evil}"
    meta = {"story": evil, "title": evil, "old": {"number": evil, "time": evil, "who": evil, "source": evil},
            "new": {"number": 2, "time": evil, "who": evil},
            "note_check": {"verdict": evil, "consistent": False,
                           "undisclosed": [{"where": evil, "text": evil, "severity": "substantive", "reasons": [evil]}],
                           "contradicted": [evil], "confirmed": [{"claim": evil}], "warnings": [evil]},
            "links": [(evil, evil), ("javascript:alert(9)", evil)]}
    html = render_html(compare(old, new), old_label=evil, new_label=evil, meta=meta)
    assert_no_story_markup(html, [evil])
    timeline = render_timeline({"id": evil, "title": evil},
                               [{"number": 1, "time": evil, "who": evil, "note": evil, "summary": None, "href": None},
                                {"number": 2, "time": evil, "who": evil, "note": evil, "href": evil, "json_href": evil,
                                 "summary": {"added": 1, "unchanged": 1}, "check": meta["note_check"]}],
                               links=[(evil, evil)])
    assert_no_story_markup(timeline, [evil])
    stories = render_stories([{"id": evil, "title": evil, "versions": 2, "first": evil, "last": evil, "href": evil}], query=evil)
    assert_no_story_markup(stories, [evil])
    assert_no_story_markup(render_error(404, evil), [evil])


@pytest.mark.parametrize(
    "url, expected",
    [
        ("#old-3", "#old-3"),
        ("v1-v2.html", "v1-v2.html"),
        ("/story/a%20b/diff?a=1&b=2", "/story/a%20b/diff?a=1&b=2"),
        ("https://example.org/", "https://example.org/"),
        ("javascript:alert(1)", "#"),
        ("JAVASCRIPT:alert(1)", "#"),
        (" javascript:alert(1)", "#"),
        ("java\tscript:alert(1)", "#"),
        ("data:text/html,<b>", "#"),
        ("vbscript:x", "#"),
        ('"><img src=x>', "#"),
        (None, "#"),
    ],
)
def test_safe_href(url, expected):
    assert safe_href(url) == expected


def test_render_dispatches_html():
    out = render("html", compare(OLD, NEW), old_label="a", new_label="b", color=True)
    assert out.startswith("<!DOCTYPE html>")


def test_cli_diff_format_html(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(OLD, encoding="utf-8")
    b.write_text(NEW, encoding="utf-8")
    out = tmp_path / "diff.html"
    r = runner.invoke(app, ["diff", str(a), str(b), "--format", "html", "-o", str(out)])
    assert r.exit_code == 1, r.output
    page = out.read_text(encoding="utf-8")
    assert "<ins>21,000</ins>" in page and str(b) in page
    same = runner.invoke(app, ["diff", str(a), str(a), "--format", "html"])
    assert same.exit_code == 0 and "same paragraphs" in same.output


def test_timeline_bar_shows_the_amount_of_change():
    html = render_timeline({"id": "belgorod", "title": "Belgorod"},
                           [{"number": 1, "time": "t1", "who": "desk", "note": None, "summary": None, "href": None},
                            {"number": 2, "time": "t2", "who": "desk", "note": "Adds quotes",
                             "summary": {"added": 1, "changed": 1, "unchanged": 2}, "href": "v1-v2.html"}])
    p = Page(html)
    bars = [a for t, a in p.elements if t == "rect" and a.get("class") == "bar-fg"]
    assert [b["width"] for b in bars] == ["50"]
    assert "v1-v2.html" in p.hrefs()
    assert "first version" in html


PARAS = [f"Paragraph {w} says the {w} figure was {n} on {d}." for w, n, d in
         zip("alpha beta gamma delta epsilon zeta eta theta iota kappa".split(), range(11, 21),
             "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Monday Tuesday Wednesday".split())]


@settings(max_examples=60, deadline=None)
@given(st.permutations(range(10)), st.sets(st.integers(0, 9), max_size=3), st.sets(st.integers(0, 9), max_size=3),
       st.integers(0, 3))
def test_each_column_reads_as_its_version(order, dropped, edited, added):
    """Whatever the aligner finds, the left column is the old text in order and the right the new."""
    old = PARAS
    new = [PARAS[i] + (" It was later revised." if i in edited else "") for i in order if i not in dropped]
    new += [f"Late addition number {k} brings another fact from Kyiv." for k in range(added)]
    if not new:
        new = ["Only this."]
    comparison = compare("\n\n".join(old), "\n\n".join(new))
    rows = diff_rows(comparison)
    assert [b.number for r in rows for b in r.right.blocks] == list(range(1, len(new) + 1))
    assert_blocks_are_the_units(rows, comparison)
    left = [b.number for r in rows for b in r.left.blocks]
    assert sorted(left) == list(range(1, len(old) + 1))
    kept = [c.old for c in comparison.changes if c.op in ("unchanged", "changed", "split", "merged")]
    in_order = [n for old_numbers in kept for n in old_numbers]
    contiguous = all(list(o) == list(range(o[0], o[-1] + 1)) for o in kept)
    if in_order == sorted(in_order) and contiguous:  # the aligner's promise; the page can keep the old order only then
        assert left == list(range(1, len(old) + 1))


def assert_blocks_are_the_units(rows, comparison):
    """Each block shows exactly its unit's text, whatever was deleted or inserted around it."""
    for r in rows:
        for side, units in ((r.left, comparison.old_units), (r.right, comparison.new_units)):
            for b in side.blocks:
                assert "".join(t for _, t in b.pieces) == units[b.number - 1]


@pytest.mark.parametrize("unit", ["paragraph", "sentence"])
def test_blocks_rebuild_every_unit(unit):
    for old, new in ((SPLIT_OLD, SPLIT_NEW), (SPLIT_NEW, SPLIT_OLD), (OLD, NEW)):
        comparison = compare(old, new, unit=unit)
        rows = diff_rows(comparison)
        assert_blocks_are_the_units(rows, comparison)
        assert sorted(b.number for r in rows for b in r.right.blocks) == list(range(1, len(comparison.new_units) + 1))


def test_sentence_merge_row_numbers_each_sentence():
    old = "Police said 21,600 fled. They went north.\n\nIt rained."
    new = "Police said 21,600 fled, and they went north.\n\nIt rained."
    rows = diff_rows(compare(old, new, unit="sentence"))
    (merged,) = [r for r in rows if r.op == "merged"]
    assert [b.number for b in merged.left.blocks] == [1, 2]
    assert "".join(t for _, t in merged.left.blocks[1].pieces) == "They went north."
    page = render_html(compare(old, new, unit="sentence"))
    assert 'id="old-2"' in page and ">s2</a>" in page


def test_removed_paragraph_is_shown_at_its_old_place():
    old = "\n\n".join(PARAS[:6])
    new = "\n\n".join([PARAS[0], PARAS[4], PARAS[1], PARAS[3], PARAS[5]])  # gamma removed, epsilon moved up
    rows = diff_rows(compare(old, new))
    assert [(r.op, r.old, r.new) for r in rows] == [
        ("unchanged", (1,), (1,)),
        ("moved-to", (5,), (2,)),
        ("unchanged", (2,), (3,)),
        ("removed", (3,), ()),
        ("unchanged", (4,), (4,)),
        ("moved-from", (5,), (2,)),
        ("unchanged", (6,), (5,)),
    ]


def test_ignored_furniture_is_shown_at_its_place_and_hidden_changes_are_counted():
    old = "A story about the port strike.\n\nRead more: click here\n\nDockers said 300 ships waited.\n\nEnd of it."
    new = "A story about the port strike.\n\nDockers said 300 ships waited .\n\nEnd of it, police said 12 were held."
    comparison = compare(old, new)
    assert [p["number"] for p in comparison.ignored["paragraphs"]] == [2]
    rows = diff_rows(comparison)
    assert [b.number for r in rows for b in r.left.blocks] == [1, 2, 3, 4]
    (ignored,) = [r for r in rows if r.op == "ignored"]
    assert not ignored.is_change and ignored.right.empty.startswith("ignored: read-more link")
    filtered = comparison.filtered("substantive")
    assert filtered.hidden == {"cosmetic": 1}
    text = " ".join(Page(render_html(filtered)).text)
    assert "Showing changes rated substantive or above; not shown: 1 cosmetic." in text
    assert "Ignore rules left 1 span of furniture out" in text


def test_real_note_check_contradiction_is_explained():
    from revtrack.notes import check_note

    c = compare("One fact.\n\nTwo facts here.", "One fact.\n\nTwo facts here.\n\nKyiv said 12 died.")
    check = check_note("(Adds Kyiv toll, paragraph 2)", c).to_dict()
    text = " ".join(Page(render_html(c, meta={"note_check": check})).text)
    assert "discrepancies: 1 contradicted claim, 1 undisclosed substantive change" in text
    assert "Contradicted claims:" in text and "\u00b62 is unchanged" in text
    assert "\u00b63 added: Kyiv said 12 died." in text


def test_html_diff_of_two_files_does_not_load_the_database_layer(tmp_path):
    import subprocess
    import sys

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(OLD, encoding="utf-8")
    b.write_text(NEW, encoding="utf-8")
    code = (
        "import sys\n"
        "from revtrack.cli import main\n"
        f"sys.argv = ['revtrack', 'diff', {str(a)!r}, {str(b)!r}, '--format', 'html', '-o', {str(tmp_path / 'o.html')!r}]\n"
        "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n"
        "print(code, sorted(m for m in ('sqlalchemy', 'sqlmodel', 'revtrack.store') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert out.stdout.split() == ["1", "[]"], out.stderr
    assert (tmp_path / "o.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_headline_shown_and_a_changed_headline_marked():
    old = "UPDATE 1-Russia says it repelled attack\n\nKYIV, June 4 (Reuters) - First.\n\nSecond."
    new = "UPDATE 2-Russia says it repelled border attack\n\nKYIV, June 4 (Reuters) - First.\n\nSecond."
    page = render_html(compare(old, new))
    assert "<del>Russia says it repelled attack</del> \u2192 <ins>Russia says it repelled border attack</ins>" in page
    same = render_html(compare(new, new))
    assert "<strong>Headline:</strong> Russia says it repelled border attack" in same
    assert "<strong>Headline:</strong>" not in render_html(compare(OLD, NEW))
