"""The viewer in a real browser: Debian's Chromium driven by Playwright for Python.

Chromium comes from the Debian package ``chromium`` (``/usr/bin/chromium``,
installed by ``.ci/run``), not from ``playwright install``.  These tests are
skipped only when no Chromium is installed.
"""

import os
import shutil
from pathlib import Path

import pytest

from test_html import NEW, OLD
from test_server import V1, V2, V3

CHROMIUM = os.environ.get("REVTRACK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("no Chromium installed (apt-get install chromium; .ci/run does this)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install -e '.[test]')")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from revtrack.store import open_store

    path = tmp_path_factory.mktemp("db") / "news.db"
    with open_store(path) as store:
        for text in (V1, V2, V3):
            store.add_version("belgorod", text, by="desk")
        store.add_version("moves", OLD, by="desk")
        store.add_version("moves", NEW, by="Kyiv bureau")
    return str(path)


@pytest.fixture(scope="module")
def base(db):
    from revtrack.server import serve_in_thread

    server, url = serve_in_thread(db)
    yield url
    server.shutdown()
    server.server_close()


class Watched:
    """A page that records console errors and every request it makes."""

    def __init__(self, page):
        self.page = page
        self.errors = []
        self.requests = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self.requests.append(r.url))


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 700})
    w = Watched(context.new_page())
    yield w
    context.close()


def in_view(page, selector):
    return page.evaluate(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.bottom > 0 && r.top < window.innerHeight; }""",
        selector,
    )


def test_diff_page_rows_keys_folds_and_moves(page, base, tmp_path):
    from revtrack.comparison import compare
    from revtrack.render.html import diff_rows

    p = page.page
    p.goto(f"{base}/story/moves/diff?a=1&b=2")
    expected = diff_rows(compare(OLD, NEW))
    assert p.locator("#diff section.row").count() == len(expected)
    assert p.locator(".side.old .para").count() == 9 and p.locator(".side.new .para").count() == 9
    assert p.locator(".change").count() == sum(r.is_change for r in expected)

    # n / p walk the changes in order
    p.keyboard.press("n")
    assert p.evaluate("location.hash") == "#change-1"
    assert "current" in p.locator("#change-1").get_attribute("class")
    p.keyboard.press("n")
    p.keyboard.press("n")
    assert p.evaluate("location.hash") == "#change-3"
    assert in_view(p, "#change-3")
    p.keyboard.press("p")
    assert p.evaluate("location.hash") == "#change-2"
    assert "Change 2 of" in p.locator("#where").inner_text()

    # a collapsed run opens on a click
    fold = p.locator("details.fold").first
    assert fold.get_attribute("open") is None
    assert not p.locator("#new-6").is_visible()
    fold.locator("summary").click()
    assert fold.get_attribute("open") is not None
    assert p.locator("#new-6").is_visible()

    # the moved paragraph's old place links to its new place, and back
    p.locator('a.movelink[href="#new-3"]').click()
    assert p.evaluate("location.hash") == "#new-3"
    assert in_view(p, "#new-3")
    p.locator('a.movelink[href="#old-2"]').click()
    assert p.evaluate("location.hash") == "#old-2"
    assert in_view(p, "#old-2")

    shot = tmp_path / "diff.png"
    p.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
    assert page.errors == []  # no script error, no CSP violation
    assert all(u.startswith(base) for u in page.requests), page.requests


def test_show_all_toggle_and_link_into_a_fold(page, base):
    p = page.page
    p.goto(f"{base}/story/moves/diff?a=1&b=2")
    p.locator("#toggle-all").click()
    assert p.evaluate("[...document.querySelectorAll('details.fold')].every(d => d.open)")
    assert p.locator("#toggle-all").get_attribute("aria-pressed") == "true"
    p.locator("#toggle-all").click()
    assert p.evaluate("[...document.querySelectorAll('details.fold')].every(d => !d.open)")
    # a link straight to a folded paragraph opens its fold
    p.goto(f"{base}/story/moves/diff?a=1&b=2#new-6")
    assert p.locator("#new-6").is_visible()
    assert page.errors == []


def test_timeline_and_stories_pages(page, base):
    p = page.page
    p.goto(base + "/")
    assert p.locator("table.stories tbody tr").count() == 2
    p.fill("#q", "mov")
    p.press("#q", "Enter")
    p.wait_for_url("**/?q=mov")
    assert p.locator("table.stories tbody tr").count() == 1
    p.locator("table.stories a").first.click()
    p.wait_for_url("**/story/moves")
    assert p.locator(".timeline .version").count() == 2
    p.locator(".timeline h2 a").first.click()
    p.wait_for_url("**/story/moves/diff?a=1&b=2")
    assert p.locator(".change").count() >= 1
    # any two versions, picked on the timeline
    p.goto(base + "/story/belgorod")
    p.select_option("#a", "1")
    p.select_option("#b", "3")
    p.locator("form.compare button").click()
    p.wait_for_url("**/story/belgorod/diff?a=1&b=3")
    assert "belgorod@1 → belgorod@3" in p.locator("h1").inner_text()
    assert page.errors == []


def test_unknown_story_page(page, base):
    p = page.page
    response = p.goto(base + "/story/nosuch")
    assert response.status == 404
    assert "no such story" in p.locator(".message").inner_text()


def test_report_folder_works_from_file_urls(page, db, tmp_path):
    from revtrack.server import write_report
    from revtrack.store import open_store

    with open_store(db, create=False) as store:
        write_report(store, "moves", tmp_path / "site")
    p = page.page
    p.goto((tmp_path / "site" / "index.html").as_uri())
    p.locator(".timeline h2 a").first.click()
    p.wait_for_url("**/v1-v2.html")
    p.keyboard.press("n")
    assert p.evaluate("location.hash") == "#change-1"  # the inline script runs under the page's CSP
    assert page.errors == []
    assert all(u.startswith("file://") for u in page.requests), page.requests


def test_narrow_screen_stacks_columns_and_dark_mode(browser, base):
    context = browser.new_context(viewport={"width": 420, "height": 800}, color_scheme="dark")
    p = context.new_page()
    p.goto(f"{base}/story/moves/diff?a=1&b=2")
    old = p.locator("#change-1 .side.old").bounding_box()
    new = p.locator("#change-1 .side.new").bounding_box()
    assert new["y"] >= old["y"] + old["height"] - 1  # new below old, not beside it
    assert new["width"] > 300
    bg = p.evaluate("getComputedStyle(document.body).backgroundColor")
    r, g, b = (int(x) for x in bg[bg.index("(") + 1 : bg.index(")")].split(",")[:3])
    assert r + g + b < 150, bg
    context.close()


def test_print_shows_every_paragraph_without_controls(page, base):
    p = page.page
    p.goto(f"{base}/story/moves/diff?a=1&b=2")
    p.emulate_media(media="print")
    assert not p.locator("#toggle-all").is_visible()
    assert not p.locator("nav.crumbs").is_visible()
    p.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert p.evaluate("[...document.querySelectorAll('details.fold')].every(d => d.open)")
    assert p.locator("#new-6").is_visible()
    p.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert p.evaluate("[...document.querySelectorAll('details.fold')].every(d => !d.open)")
    pdf = p.pdf()  # headless Chromium prints the page
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    assert page.errors == []
