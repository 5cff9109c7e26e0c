"""Bulk import (revtrack.bulk): same stored result as add_version, streaming, resumable, refusals."""

import json
import random

import pytest
from typer.testing import CliRunner

from revtrack import bulk
from revtrack.audit import events, verify
from revtrack.bulk import bulk_import, count_source, iter_source
from revtrack.cli import app
from revtrack.errors import RevtrackError
from revtrack.store import open_store

WORDS = ("council police minister said flood river bridge homes rescued people town mayor vote "
         "strike workers port ship power grid storm rain wind water school hospital road").split()

COLUMNS = ("story_id, number, content_hash, header_date, note, dateline, paragraphs, repeats, "
           "alignment, counts, filed_by, source")


def _paragraph(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."


def make_feed(n_stories=6, n_versions=8, seed=3):
    """Interleaved records: each story's versions in order, stories mixed, with a revert and a repeat."""
    rng = random.Random(seed)
    chains = {}
    for s in range(n_stories):
        paras = [_paragraph(rng) for _ in range(rng.randint(4, 9))]
        texts = []
        for v in range(n_versions):
            if v:
                op = rng.choice(["add", "edit", "cut", "move"])
                k = rng.randrange(len(paras))
                if op == "add":
                    paras.insert(k, _paragraph(rng))
                elif op == "edit":
                    paras[k] = paras[k][:-1] + f", {rng.choice(WORDS)} {v * 7} said."
                elif op == "cut" and len(paras) > 3:
                    del paras[k]
                else:
                    paras.insert(rng.randrange(len(paras)), paras.pop(k))
            note = f"(Updates paragraph {v + 1})" if v else ""
            texts.append(f"date 2023-06-0{1 + v % 9} {note} PARIS, June 4 (Reuters) -\n\n" + "\n\n".join(paras) + "\n")
        texts.insert(3, texts[2])  # a consecutive repeat: stores nothing
        texts.append(texts[0])  # a revert: stored, and it says which version it repeats
        chains[f"story-{s}"] = texts
    records, cursors = [], {k: 0 for k in chains}
    while cursors:
        story = rng.choice(sorted(cursors))
        records.append({"story": story, "text": chains[story][cursors[story]],
                        "at": f"2023-06-04T{len(records) // 60:02d}:{len(records) % 60:02d}:00Z", "by": "loader"})
        cursors[story] += 1
        if cursors[story] == len(chains[story]):
            del cursors[story]
    return records


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def rows(store):
    return store.query(f"SELECT {COLUMNS} FROM versions ORDER BY story_id, number")


def story_events(store):
    """The per-story audit events, without their times and hashes (which differ between runs).

    Sorted per story: with several workers, stories interleave differently in the chain.
    """
    return sorted([(e.action, e.story, e.version, e.actor, e.source, e.payload) for e in events(store)
                   if e.action in ("story.created", "version.added")], key=lambda e: (e[1], e[2] or 0))


@pytest.mark.parametrize("workers", [0, 2])
def test_bulk_import_stores_what_add_version_stores(db_url, tmp_path, workers):
    records = make_feed(n_stories=8)
    assert len(records) >= bulk.POOL_MIN  # so workers=2 really uses the process pool
    src = write_jsonl(tmp_path / "feed.jsonl", records)
    with open_store(db_url) as store:
        result = bulk_import(store, src, workers=workers, batch=16, source="import:feed.jsonl")
        got = rows(store)
        got_events = story_events(store)
        report = verify(store)
    assert report.ok, report.problems
    reference = tmp_path / "one-by-one.db"
    with open_store(reference) as ref:
        for r in records:
            ref.add_version(r["story"], r["text"], at=r["at"], by=r["by"], source="import:feed.jsonl")
        expected = rows(ref)
        expected_events = story_events(ref)
    assert got == expected
    assert got_events == expected_events  # same audit record, note-check verdicts included
    assert result.added == len(expected) == len(records) - 8  # one consecutive repeat per story stores nothing
    assert result.skipped == 8 and len(result.stories) == 8
    assert any(r[7] == 1 for r in got)  # the revert names version 1


def test_rerun_and_resume_add_each_version_once(db_url, tmp_path):
    records = make_feed(n_stories=4, n_versions=6)
    full = write_jsonl(tmp_path / "feed.jsonl", records)
    part = write_jsonl(tmp_path / "part.jsonl", records[: len(records) // 2])
    with open_store(db_url) as store:
        first = bulk_import(store, part, workers=0)
        rest = bulk_import(store, full, workers=0)  # an interrupted import, run again on the whole source
        again = bulk_import(store, full, workers=0)
        assert first.added > 0 and rest.added > 0
        assert first.added + rest.added == len(rows(store)) == len(records) - 4
        assert rest.skipped == len(records) - rest.added  # everything stored by the first run is skipped
        assert again.added == 0 and again.skipped == len(records)
        assert verify(store).ok
        for story in {r["story"] for r in records}:
            assert [v.number for v in store.versions(story)] == list(range(1, len(store.versions(story)) + 1))


def test_source_that_disagrees_with_stored_history_is_refused_before_writing(db_url, tmp_path):
    records = make_feed(n_stories=2, n_versions=4)
    with open_store(db_url) as store:
        store.add_version("story-0", "Something else entirely.\n\nFiled by hand.", by="desk")
        before = rows(store)
        with pytest.raises(RevtrackError, match=r"differs from story-0@1 already stored"):
            bulk_import(store, write_jsonl(tmp_path / "feed.jsonl", records), workers=0)
        assert rows(store)[: len(before)] == before
        assert {r[0] for r in rows(store)} <= {"story-0", "story-1"}


def test_bad_record_late_in_the_source_stores_nothing(db_url, tmp_path):
    records = make_feed(n_stories=3, n_versions=5)
    src = tmp_path / "feed.jsonl"
    write_jsonl(src, records)
    with src.open("a", encoding="utf-8") as f:
        f.write('{"story": "ok", "text": ""}\n')
    n = len(records) + 1
    with open_store(db_url) as store:
        with pytest.raises(RevtrackError, match=rf"feed.jsonl:{n}: is empty"):
            bulk_import(store, src, workers=0)
        assert rows(store) == []
        assert store.query("SELECT COUNT(*) FROM events")[0][0] == 0


def test_another_writer_during_the_import_stops_it_cleanly(db_url, tmp_path):
    records = [{"story": "live", "text": f"Paragraph one.\n\nVersion {i} says {i * 3} people."} for i in range(300)]
    src = write_jsonl(tmp_path / "feed.jsonl", records)
    with open_store(db_url) as store, open_store(db_url) as other:
        def meddle(done, total):
            if not other.query("SELECT COUNT(*) FROM versions WHERE filed_by = 'desk'")[0][0]:
                other.add_version("live", "Filed by the desk meanwhile.", by="desk")

        with pytest.raises(RevtrackError, match="another writer added versions to it during this import"):
            bulk_import(store, src, workers=0, progress=meddle)
        numbers = [r[1] for r in rows(store)]
        assert numbers == list(range(1, len(numbers) + 1))  # no gap, no duplicate
        assert verify(store).ok


def test_directory_source_streams_in_natural_order(tmp_path):
    root = tmp_path / "corpus"
    for story in ("b-story", "a-story"):
        for v in (1, 2, 10):
            (root / story).mkdir(parents=True, exist_ok=True)
            (root / story / f"v{v}.txt").write_text(f"Version {v} of {story}.\n\nSame last paragraph.\n")
    got = [(r.story, r.text.split(" ")[1]) for r in iter_source(root)]
    assert got == [("a-story", "1"), ("a-story", "2"), ("a-story", "10"), ("b-story", "1"), ("b-story", "2"),
                   ("b-story", "10")]
    assert count_source(root) == 6


@pytest.mark.parametrize("line, says", [
    ("not json", "not JSON"),
    ('{"story": "x"}', 'expected an object with "story" and "text" strings'),
    ('{"story": "bad id!", "text": "T."}', "is not a valid story id"),
    ('{"story": "x", "text": "T.", "at": "yesterday"}', "feed.jsonl:2:"),
    ('{"story": "x", "text": "T.", "note": 5}', '"note" must be a string'),
])
def test_each_bad_line_is_named(tmp_path, line, says):
    src = tmp_path / "feed.jsonl"
    src.write_text('{"story": "x", "text": "Fine."}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(RevtrackError, match=f".*{says}.*") as exc:
        count_source(src)
    assert "feed.jsonl:2" in str(exc.value)


def test_cli_import_reports_and_resumes(db_url, tmp_path):
    records = make_feed(n_stories=3, n_versions=5)
    src = write_jsonl(tmp_path / "feed.jsonl", records)
    runner = CliRunner()
    r = runner.invoke(app, ["import", str(src), "--db", db_url, "--workers", "0"])
    assert r.exit_code == 0, r.output
    assert r.output.strip() == f"imported {len(records) - 3} versions of 3 stories (3 already stored or unchanged)"
    r = runner.invoke(app, ["import", str(src), "--db", db_url])
    assert r.exit_code == 0 and f"imported 0 versions of 3 stories ({len(records)} already" in r.output


def test_cli_import_bad_source_exits_2_without_creating_a_database(tmp_path):
    src = tmp_path / "feed.jsonl"
    src.write_text('{"story": "x", "text": "Fine."}\n{"story": "x", "text": "\\u0000"}\n', encoding="utf-8")
    r = CliRunner().invoke(app, ["import", str(src), "--db", str(tmp_path / "n.db")])
    assert r.exit_code == 2 and "feed.jsonl:2" in r.output
    assert not (tmp_path / "n.db").exists()
