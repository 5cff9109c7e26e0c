"""The local viewer (revtrack serve) and the static report (revtrack report), on a real localhost port."""

import http.client
import json
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
from typer.testing import CliRunner

from revtrack.cli import app
from revtrack.server import make_server, serve_in_thread, write_report

runner = CliRunner()

V1 = """date 2023-06-04 KYIV, June 4 (Reuters) -

The governor of the Belgorod region said on Sunday he was ready to meet the group.

Police counted 21,600 people fleeing the border villages.

The mayor said the floods had not reached the centre.

Shelling near the border continued overnight.

The war has killed tens of thousands of people."""

V2 = """date 2023-06-04 (Adds ministry, paragraph 3) KYIV, June 4 (Reuters) -

The governor of the Belgorod region said on Sunday he was ready to meet the group.

Police counted 21,600 people fleeing the border villages.

Russia's defence ministry said its forces had repelled an attack.

The mayor said the floods had not reached the centre.

Shelling near the border continued overnight.

The war has killed tens of thousands of people."""

V3 = """date 2023-06-04 (Adds ministry, paragraph 3) KYIV, June 4 (Reuters) -

The governor of the Belgorod region said on Sunday he was ready to meet the group.

Police counted 21,000 people fleeing the border villages.

Russia's defence ministry said its forces had repelled an attack.

The mayor said the floods had not reached the centre.

Shelling near the border continued overnight.

The war has killed tens of thousands of people."""

EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'


@pytest.fixture
def db(db_url):
    """A store with two stories, on SQLite and (with $REVTRACK_TEST_PG) on PostgreSQL."""
    from revtrack.store import open_store

    path = db_url
    with open_store(path) as store:
        for text, who in ((V1, "desk"), (V2, "Kyiv bureau"), (V3, EVIL)):
            store.add_version("belgorod", text, by=who, at=None)
        store.add_version("quake-toll", "An earthquake struck.\n\nNo casualties reported.", by="desk")
        store.set_metadata("quake-toll", title=f"Quake {EVIL}")
    return str(path)


@pytest.fixture
def viewer(db):
    server, base = serve_in_thread(db)
    yield base
    server.shutdown()
    server.server_close()


def get(url, method="GET"):
    try:
        with urlopen(Request(url, method=method), timeout=10) as r:
            return r.status, dict(r.headers), r.read().decode("utf-8")
    except HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8")


def test_binds_to_localhost_by_default(db):
    server = make_server(db, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_stories_list_and_search(viewer):
    status, headers, page = get(viewer + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert 'href="/story/belgorod"' in page and 'href="/story/quake-toll"' in page
    assert "Content-Security-Policy" in headers
    status, _, page = get(viewer + "/?q=QUAKE")
    assert status == 200
    assert 'href="/story/quake-toll"' in page and 'href="/story/belgorod"' not in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_timeline_links_every_consecutive_pair(viewer):
    status, _, page = get(viewer + "/story/belgorod")
    assert status == 200
    assert 'href="/story/belgorod/diff?a=1&amp;b=2"' in page
    assert 'href="/story/belgorod/diff?a=2&amp;b=3"' in page
    assert "Adds ministry, paragraph 3" in page
    assert "Kyiv bureau" in page
    assert "<img src=x" not in page


def test_any_two_versions_compared(viewer):
    status, _, page = get(viewer + "/story/belgorod/diff?a=1&b=3")
    assert status == 200
    assert "belgorod@1" in page and "belgorod@3" in page
    assert "<del>21,600</del>" in page and "<ins>21,000</ins>" in page
    assert "Note check" not in page  # a note describes one update, not a span of them
    status, _, page = get(viewer + "/story/belgorod/diff?a=1&b=2")
    assert "Note check:" in page and "consistent" in page
    status, _, page = get(viewer + "/story/belgorod/diff")  # default: latest against the one before
    assert "belgorod@2" in page and "belgorod@3" in page
    assert "Undisclosed substantive changes (1)" in page  # 21,600 -> 21,000 is not in the note


def test_json_endpoints_mirror_the_cli(viewer, db):
    from revtrack.store import open_store

    status, headers, body = get(viewer + "/story/belgorod/diff.json?a=1&b=3")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    with open_store(db, create=False) as store:
        expected = store.comparison("belgorod@1", "belgorod@3").to_dict()
    assert json.loads(body) == json.loads(json.dumps(expected))
    _, _, body = get(viewer + "/stories.json")
    cli = runner.invoke(app, ["stories", "--format", "json", "--db", db])
    assert cli.exit_code == 0 and json.loads(body) == json.loads(cli.output)
    _, _, body = get(viewer + "/story/belgorod/log.json")
    cli = runner.invoke(app, ["log", "belgorod", "--format", "json", "--db", db])
    assert cli.exit_code == 0 and json.loads(body) == json.loads(cli.output)
    _, _, body = get(viewer + "/story/belgorod/version/2.json")
    cli = runner.invoke(app, ["show", "belgorod@2", "--format", "json", "--db", db])
    assert json.loads(body) == json.loads(cli.output)
    status, headers, body = get(viewer + "/story/belgorod/version/2.txt")
    assert status == 200 and body == V2 and headers["Content-Type"].startswith("text/plain")


@pytest.mark.parametrize(
    "path, words",
    [
        ("/story/nosuch", "nosuch: no such story"),
        ("/story/nosuch/diff?a=1&b=2", "nosuch: no such story"),
        ("/story/belgorod/diff?a=1&b=9", "belgorod@9: no such version"),
        ("/story/belgorod/diff.json?a=7", "belgorod@7: no such version"),
        ("/story/belgorod/version/4.txt", "belgorod@4: no such version"),
        ("/no/such/page", "no such page"),
        ("/story/%3Cscript%3E", "no such story"),
    ],
)
def test_unknown_story_or_version_is_a_readable_404(viewer, path, words):
    status, headers, page = get(viewer + path)
    assert status == 404
    assert headers["Content-Type"].startswith("text/html")
    assert "404 Not found" in page and words in page
    assert "<script>" not in page.split("<script>", 1)[0]  # nothing before our own script tag
    assert page.count("<script>") == 1


def test_bad_version_number_is_400(viewer):
    status, _, page = get(viewer + "/story/belgorod/diff?a=x&b=2")
    assert status == 400 and "a version number is a whole number" in page


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_read_only(viewer, db, method):
    status, headers, page = get(viewer + "/story/belgorod", method=method)
    assert status == 405
    assert headers["Allow"] == "GET, HEAD"
    assert "read-only" in page
    from revtrack.store import open_store

    with open_store(db, create=False) as store:
        assert len(store.versions("belgorod")) == 3


def test_head_sends_headers_only(viewer):
    host, port = viewer.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("HEAD", "/story/belgorod")
    r = conn.getresponse()
    assert r.status == 200 and int(r.getheader("Content-Length")) > 1000
    assert r.read() == b""
    conn.close()


def test_write_report_folder(tmp_path, db):
    from revtrack.store import open_store

    out = tmp_path / "site"
    with open_store(db, create=False) as store:
        written = write_report(store, "belgorod", out)
    assert sorted(p.name for p in written) == ["index.html", "v1-v2.html", "v2-v3.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="v1-v2.html"' in index and 'href="v2-v3.html"' in index
    assert '<rect class="bar-fg"' in index
    pair = (out / "v2-v3.html").read_text(encoding="utf-8")
    assert 'href="index.html"' in pair and 'href="v1-v2.html"' in pair  # timeline and previous update
    assert "<ins>21,000</ins>" in pair
    # relative links and anchors only: the folder works from disk
    import re

    for href in re.findall(r'href="([^"]*)"', index + pair):
        assert href.startswith("#") or re.fullmatch(r"(index|v\d+-v\d+)\.html", href), href


def test_report_command(tmp_path, db):
    out = tmp_path / "site"
    r = runner.invoke(app, ["report", "belgorod", "-o", str(out), "--db", db])
    assert r.exit_code == 0, r.output
    assert "wrote 3 pages" in r.output
    assert (out / "v1-v2.html").exists()
    r = runner.invoke(app, ["report", "nosuch", "-o", str(tmp_path / "x"), "--db", db])
    assert r.exit_code == 2
    assert "nosuch: no such story" in r.output and "Traceback" not in r.output


def test_serve_with_a_missing_database_fails_at_start(tmp_path):
    r = runner.invoke(app, ["serve", "--port", "0", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2
    assert "no revtrack database here" in r.output
    assert not (tmp_path / "none.db").exists()


def test_cli_diff_html_of_stored_versions_has_their_header(tmp_path, db):
    out = tmp_path / "d.html"
    r = runner.invoke(app, ["diff", "belgorod@2", "belgorod@3", "--format", "html", "-o", str(out), "--db", db])
    assert r.exit_code == 1, r.output
    page = out.read_text(encoding="utf-8")
    assert "version 3" in page and "Kyiv bureau" in page
    assert "Undisclosed substantive changes (1)" in page
    # the check sees every change even when --min-severity hides some from the rows
    r = runner.invoke(app, ["diff", "belgorod@1", "belgorod@2", "--format", "html", "--min-severity", "substantive",
                            "--draft-note", "--db", db])
    assert r.exit_code == 1, r.output
    assert "Note check:" in r.output and "Drafted note:" in r.output
    # a stored version against a file: the stored side is described, no note check
    f = tmp_path / "draft.txt"
    f.write_text(V3, encoding="utf-8")
    r = runner.invoke(app, ["diff", "belgorod@1", str(f), "--format", "html", "--db", db])
    assert r.exit_code == 1 and "version 1" in r.output and "Note check" not in r.output


def test_timeline_marks_a_revert_and_offers_any_pair(tmp_path):
    from revtrack.server import timeline_page
    from revtrack.store import open_store

    with open_store(tmp_path / "r.db") as store:
        for text in (V1, V2, V1):
            store.add_version("revert", text, by="desk")
        page = timeline_page(store, "revert")
    assert "same text as version 1" in page
    assert '<form class="compare" method="get" action="/story/revert/diff">' in page
    assert page.count("<option") == 6


def test_foreign_host_header_is_refused(viewer):
    host, port = viewer.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("GET", "/stories.json", headers={"Host": f"evil.example:{port}"})
    r = conn.getresponse()
    body = r.read().decode()
    assert r.status == 403 and "answers only to localhost" in body
    conn.request("GET", "/stories.json", headers={"Host": f"localhost:{port}"})
    r = conn.getresponse()
    assert r.status == 200 and json.loads(r.read())
    conn.close()


def test_a_version_added_while_serving_shows_up(viewer, db):
    from revtrack.store import open_store

    _, _, page = get(viewer + "/story/quake-toll")
    assert "Version 2" not in page
    with open_store(db) as store:
        store.add_version("quake-toll", "An earthquake struck.\n\nThree people died, police said.", by="desk")
    _, _, page = get(viewer + "/story/quake-toll")
    assert "Version 2" in page and 'href="/story/quake-toll/diff?a=1&amp;b=2"' in page


def test_an_unexpected_error_is_a_500_page_not_a_dropped_connection(viewer, monkeypatch, capsys):
    import revtrack.server as server

    def broken(*args, **kwargs):
        raise KeyError("bug")

    monkeypatch.setattr(server, "timeline_page", broken)
    status, _, page = get(viewer + "/story/belgorod")
    assert status == 500 and "internal error" in page
    assert "KeyError" in capsys.readouterr().err
