import pytest

from revtrack.text import InputError, decode, normalize, parse_header, parse_version, split_blocks, split_sentences

SEED_HEADER = "date 2023-06-04 (Adds Russian defence ministry, paragraphs 2, 19) KYIV, June 4 (Reuters) -"


def test_seed_header_is_metadata_not_a_paragraph():
    v = parse_version(f" {SEED_HEADER}\n\nThe governor spoke.\n\nHe added more.\n")
    assert v.paragraphs == ["The governor spoke.", "He added more."]
    assert v.header.date == "2023-06-04"
    assert v.header.note == "Adds Russian defence ministry, paragraphs 2, 19"
    assert (v.header.dateline.place, v.header.dateline.date, v.header.dateline.agency) == ("KYIV", "June 4", "Reuters")


def test_dateline_starting_the_body_stays_in_paragraph_one():
    v = parse_version("KYIV, June 4 (Reuters) - The governor said on Sunday.\n\nMore.")
    assert v.header is None
    assert v.paragraphs[0].startswith("KYIV, June 4 (Reuters) - The governor")


def test_short_first_paragraph_is_not_dropped():
    v = parse_version("Breaking.\n\nThe rest of the story.")
    assert v.header is None and v.paragraphs == ["Breaking.", "The rest of the story."]


@pytest.mark.parametrize(
    "block,note",
    [
        ("(Updates with casualty toll)", "Updates with casualty toll"),
        ("UPDATES: With comment from ministry", "With comment from ministry"),
        ("NEW YORK, Jan. 3 (AP) --", None),
    ],
)
def test_header_forms(block, note):
    h = parse_header(block)
    assert h is not None and h.note == note


@pytest.mark.parametrize(
    "block,slug,note,place",
    [
        ("CORRECTED - (Adds X, paragraph 4) KYIV, June 4 (Reuters) -", "CORRECTED", "Adds X, paragraph 4", "KYIV"),
        ("CORRECTED: Corrects paragraph 3 to say 12, not 21", "CORRECTED", "Corrects paragraph 3 to say 12, not 21", None),
        ("UPDATE 2-Russia says it repelled raid (Adds quotes) MOSCOW, June 4 (Reuters) -", "UPDATE 2", "Adds quotes", "MOSCOW"),
        ("\u041a\u0418\u0407\u0412, 4 \u0431\u0435\u0440\u0435\u0437\u043d\u044f (\u0423\u043a\u0440\u0456\u043d\u0444\u043e\u0440\u043c) -", None, None, "\u041a\u0418\u0407\u0412"),
    ],
)
def test_header_slugs_and_scripts(block, slug, note, place):
    h = parse_header(block)
    assert h is not None and h.slug == slug and h.note == note
    assert (h.dateline.place if h.dateline else None) == place


def test_slug_headline_is_kept():
    h = parse_header("UPDATE 2-Russia says it repelled raid (Adds quotes) MOSCOW, June 4 (Reuters) -")
    assert h.headline == "Russia says it repelled raid"


def test_no_blank_lines_means_one_paragraph_per_line():
    assert split_blocks("a\nb\n\n") == ["a", "b"]
    assert split_blocks("a\r\nb\r\n\r\nc") == ["a\nb", "c"]


def test_normalize_folds_typography_only():
    assert normalize("\u201cHi\u201d \u2014 it\u2019s\u00a0here\u00ad") == normalize('"Hi" -- it\'s here')
    assert normalize("21,600") != normalize("21,000")


@pytest.mark.parametrize(
    "data,message",
    [(b"", "empty"), (b"  \n\n ", "empty"), (b"\x00\x01abc", "binary"), (b"caf\xe9", "UTF-8")],
)
def test_decode_refuses_bad_input(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


def test_sentences_respect_news_abbreviations():
    s = split_sentences("The U.S. Army said on Jan. 5 that Lt. Gen. J. Smith had left. He earned $3.5 million. \"Yes,\" she said.")
    assert s == ["The U.S. Army said on Jan. 5 that Lt. Gen. J. Smith had left.", "He earned $3.5 million.", '"Yes," she said.']
