"""News page HTML -> story text and metadata, on saved pages made for these tests.

``tests/pages/harbour-flood-v*.html`` are three states of one article page on
a made-up news site, wrapped in a cookie banner, navigation, ads, share
buttons, a newsletter box, related and most-read links and a footer:
v2 changes the story (new headline, a changed lede, two added paragraphs);
v3 changes only the page around it (ads, most read, "Updated 3 hours ago").
``rail-strike.html`` is another site's layout (no ``<article>``, a ``@graph``
JSON-LD, a broken JSON-LD block, a sub-heading, a quote, a list, comments).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from revtrack import compare
from revtrack.extract import ExtractError, decode_html, extract_article, looks_like_html, story_text_from_html
from revtrack.text import parse_version

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


CHROME = [
    "cookies", "Subscribe", "Advertisement", "SkyHop", "Share on Social", "Copy link", "Morning Ledger",
    "Related stories", "Most read", "River levels rise", "All rights reserved", "Read more", "Topics:",
    "Water covers the quay", "Updated", "Privacy",
]


def test_article_page_gives_body_paragraphs_and_metadata():
    a = extract_article(page("harbour-flood-v1.html"))
    assert a.headline == "Storm surge floods Port Aldren harbour district, thousands evacuated"
    assert a.byline == "Mara Velden"
    assert a.published == "2026-03-10T21:40:00Z"
    assert a.site == "The Northern Ledger"
    assert a.url == "https://ledger.example/world/port-aldren-storm-surge"
    assert len(a.paragraphs) == 6
    assert a.paragraphs[0].startswith("PORT ALDREN, March 10 (Ledger) - A storm surge")
    assert a.paragraphs[-1].startswith("The sea wall, built in 1962")
    for junk in CHROME:
        assert junk not in a.text, junk


def test_stored_text_parses_back_to_the_same_paragraphs():
    a = extract_article(page("harbour-flood-v2.html"))
    v = parse_version(a.text)
    assert v.header is None  # the headline is metadata, not a header or paragraph 1
    assert v.paragraphs == a.paragraphs


def test_story_change_is_seen_and_page_furniture_is_not():
    v1, v2, v3 = (extract_article(page(f"harbour-flood-v{n}.html")) for n in (1, 2, 3))
    assert v2.headline != v1.headline and v2.modified == "2026-03-11T06:15:00Z"
    c = compare(v1.text, v2.text)
    assert c.summary["added"] == 2 and c.summary["changed"] == 1
    # v3 differs from v2 only in ads, "most read" and the "Updated 3 hours ago" label
    assert v3.text == v2.text
    assert "Updated 2 hours ago" not in v2.text


def test_other_layout_keeps_subheads_quotes_and_list_items_as_paragraphs():
    a = extract_article(page("rail-strike.html"))
    assert a.headline == "Rail workers call 48-hour strike over pay"
    assert a.byline == "Tomas Reed"
    assert a.published == "2026-03-12T07:05:00+01:00"
    assert a.site == "Coastline Courier"
    assert "What the operator says" in a.paragraphs
    assert "The valley branch to Millbrook" in a.paragraphs
    assert any(p.startswith('"We want a deal, not a dispute') for p in a.paragraphs)
    for junk in ("railfan77", "About time", "Got a story", "5 min read", "Trending", "Harbour Media Group", "WhatsApp"):
        assert junk not in a.text, junk


def test_short_breaking_story_keeps_its_paragraphs():
    html = (
        "<html><head><title>Quake hits coast</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>Quake hits coast</h1><p>An earthquake of magnitude 5.1 shook the coast on Friday, the survey said.</p>"
        "<p>There were no early reports of damage.</p></article></body></html>"
    )
    a = extract_article(html)
    assert a.paragraphs == [
        "An earthquake of magnitude 5.1 shook the coast on Friday, the survey said.",
        "There were no early reports of damage.",
    ]


def test_br_br_separates_paragraphs_and_inline_markup_keeps_its_spaces():
    body = (
        "The council <b>voted <i>7 to 2</i> for</b> the new harbour wall on Monday night in the town hall.<br><br>"
        "The mayor said she would appeal the decision at the regional court.<br>She gave no date.<br><br>"
        "Work is due to start in June."
    )
    html = f"<html><head><title>Vote</title></head><body><nav><a href='/'>Home</a></nav><div class='story'>{body}</div></body></html>"
    assert extract_article(html).paragraphs == [
        "The council voted 7 to 2 for the new harbour wall on Monday night in the town hall.",
        "The mayor said she would appeal the decision at the regional court. She gave no date.",
        "Work is due to start in June.",
    ]


def test_time_of_day_from_meta_tags_or_time_element():
    body = "<article><p>" + "Council approved the budget after a long debate on Monday night. " * 3 + "</p></article>"
    meta = f'<html><head><meta property="article:published_time" content="2026-01-05T18:30:00+00:00"></head><body>{body}</body></html>'
    assert extract_article(meta).published == "2026-01-05T18:30:00Z"
    timed = f'<html><body><time datetime="2026-01-05T19:45:00+02:00">Jan 5</time>{body}</body></html>'
    assert extract_article(timed).published == "2026-01-05T19:45:00+02:00"


def test_story_text_from_html_gives_text_and_meta():
    text, meta = story_text_from_html(page("harbour-flood-v1.html"))
    assert text.endswith("coastal defence plan.\n") and "\n\n" in text
    assert meta["headline"].startswith("Storm surge") and meta["byline"] == "Mara Velden"
    assert "paragraphs" not in meta


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><footer>(c) 2026</footer></body></html>",
        "<html><head><title>Nothing</title></head><body></body></html>",
    ],
)
def test_page_without_article_text_is_a_one_line_error(html):
    with pytest.raises(ExtractError, match="page.html: no article text found") as exc:
        extract_article(html, name="page.html")
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("data", [b"", b"   \n "])
def test_empty_page_is_refused(data):
    with pytest.raises(ExtractError, match="is empty"):
        extract_article(data, name="p.html")


@pytest.mark.parametrize(
    "data, name, expected",
    [
        (b"<!DOCTYPE html>\n<html><body></body></html>", None, True),
        (b"\xef\xbb\xbf  <html lang='en'>", None, True),
        (b"<?xml version='1.0'?>\n<!-- saved -->\n<html xmlns='http://www.w3.org/1999/xhtml'>", None, True),
        (b"<div class='story'><p>Text</p></div>", None, True),
        (b"anything", "saved/Page.HTM", True),
        (b"KYIV, June 4 (Reuters) - The governor said <b> was bold.", None, False),
        (b"date 2023-06-04 (Adds quotes) KYIV, June 4 (Reuters) -\n\nFirst.", "v1.txt", False),
        (b"<rss version='2.0'><channel></channel></rss>", None, False),
    ],
)
def test_looks_like_html(data, name, expected):
    assert looks_like_html(data, name) is expected


def test_decode_html_honours_http_and_meta_charsets():
    latin = "<html><head><meta charset='iso-8859-1'></head><body><p>Zürich café</p></body></html>".encode("latin-1")
    assert "Zürich café" in decode_html(latin)
    assert "Zürich" in decode_html("<p>Zürich</p>".encode("cp1252"), content_type="text/html; charset=windows-1252")
    assert decode_html("<p>Zürich</p>".encode("utf-8")) == "<p>Zürich</p>"
    # a page that lies about its charset still decodes (falls through to UTF-8)
    assert "Zürich" in decode_html("<meta charset='bogus-8'><p>Zürich</p>".encode("utf-8"))


def test_extract_accepts_legacy_encoded_bytes():
    html = page("rail-strike.html").decode("utf-8").replace("charset=utf-8", "charset=windows-1252")
    html = html.replace("Hanna Lind", "Hanna Lindé")
    a = extract_article(html.encode("cp1252"))
    assert any("Hanna Lindé" in p for p in a.paragraphs)


# --- revtrack extract -------------------------------------------------------------


def test_cli_extract_prints_the_story_text():
    from typer.testing import CliRunner

    from revtrack.cli import app

    r = CliRunner().invoke(app, ["extract", str(PAGES / "harbour-flood-v1.html")])
    assert r.exit_code == 0, r.output
    assert r.output == extract_article(page("harbour-flood-v1.html")).text


def test_cli_extract_json_has_meta_and_paragraphs():
    import json

    from typer.testing import CliRunner

    from revtrack.cli import app

    r = CliRunner().invoke(app, ["extract", str(PAGES / "rail-strike.html"), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["meta"]["byline"] == "Tomas Reed" and len(data["paragraphs"]) == 9


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.html"], "missing.html: no such file"),
        ([], "give a page file or --url URL"),
        (["--url", "ftp://ledger.example/a"], "not an http(s) URL"),
    ],
)
def test_cli_extract_errors_are_one_line(tmp_path, args, message):
    from typer.testing import CliRunner

    from revtrack.cli import app

    r = CliRunner().invoke(app, ["extract", *args])
    assert r.exit_code == 2
    assert message in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_cli_extract_refuses_a_page_without_an_article(tmp_path):
    from typer.testing import CliRunner

    from revtrack.cli import app

    p = tmp_path / "index.html"
    p.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    r = CliRunner().invoke(app, ["extract", str(p)])
    assert r.exit_code == 2 and "no article text found" in r.stderr
