"""Story text -> :class:`Version`: wire header, paragraphs, normalisation, sentences.

A wire story arrives as plain UTF-8 text.  Blocks separated by blank lines are
paragraphs; a text with no blank line at all has one paragraph per non-empty
line.  Paragraphs are numbered from 1, as wire update notes count them.

A first block that carries nothing but wire metadata -- a ``date`` stamp, an
update note in parentheses, a dateline ending in a dash -- is the *header*,
not paragraph 1::

    >>> v = parse_version("date 2023-06-04 (Adds quotes, paragraph 2) KYIV, June 4 (Reuters) -\\n\\nFirst.\\n\\nSecond.")
    >>> v.header.date, v.header.note, v.header.dateline.place
    ('2023-06-04', 'Adds quotes, paragraph 2', 'KYIV')
    >>> v.paragraphs
    ['First.', 'Second.']

A dateline that begins the first body paragraph (``KYIV, June 4 (Reuters) -
The governor ...``) stays in paragraph 1: only a block made of metadata alone
is lifted out, so nothing is ever dropped by guesswork.

:func:`normalize` is for *matching only*: reports always show the original text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .errors import RevtrackError

__all__ = [
    "Dateline",
    "Header",
    "Version",
    "InputError",
    "decode",
    "parse_header",
    "parse_version",
    "split_blocks",
    "normalize",
    "tokens",
    "split_sentences",
]


class InputError(RevtrackError, ValueError):
    """Story text that revtrack cannot accept (empty, binary, not UTF-8)."""


@dataclass(frozen=True)
class Dateline:
    place: str
    date: str | None = None
    agency: str | None = None

    def to_dict(self) -> dict:
        return {"place": self.place, "date": self.date, "agency": self.agency}


@dataclass(frozen=True)
class Header:
    """The metadata block of a wire story; ``raw`` is exactly as received."""

    raw: str
    date: str | None = None
    note: str | None = None
    dateline: Dateline | None = None
    slug: str | None = None  # "UPDATE 2", "CORRECTED", "REFILE"
    headline: str | None = None  # the headline that follows a slug ("UPDATE 2-Russia says ...")

    def to_dict(self) -> dict:
        return {
            "raw": self.raw,
            "date": self.date,
            "note": self.note,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "slug": self.slug,
            "headline": self.headline,
        }


@dataclass(frozen=True)
class Version:
    """One filed version of a story: its header (if any) and its paragraphs."""

    text: str
    paragraphs: list[str] = field(default_factory=list)
    header: Header | None = None

    def to_dict(self) -> dict:
        return {
            "header": self.header.to_dict() if self.header else None,
            "paragraphs": list(self.paragraphs),
        }


# Largest story text accepted: far above any real story (the longest wire
# stories are ~100 KB), low enough that a stray video file is refused at once.
MAX_BYTES = 20 * 1024 * 1024


def decode(data: bytes, name: str = "input") -> str:
    """Decode story bytes as UTF-8, refusing binary data and empty input.

    >>> decode(b"caf\\xc3\\xa9")
    'café'
    """
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is larger than the {MAX_BYTES // 2**20} MiB limit for one story")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not story text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 text (bad byte at offset {exc.start}); convert it to UTF-8 first") from None
    if not text.strip():
        raise InputError(f"{name}: is empty; a story needs at least one paragraph")
    return text


_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u200b]*\n")


def split_blocks(text: str) -> list[str]:
    """Paragraph blocks of ``text``, stripped, in order.

    >>> split_blocks("a\\nb\\n\\n c ")
    ['a\\nb', 'c']
    >>> split_blocks("one\\ntwo\\n")
    ['one', 'two']
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if _BLANK_LINE.search(text):
        blocks = _BLANK_LINE.split(text)
    else:
        blocks = text.split("\n")
    return [b.strip() for b in blocks if b.strip()]


# --- wire header --------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# PLACE, Month D (Agency) -    e.g. "KYIV, June 4 (Reuters) -", "NEW YORK, Jan. 3 (AP) --"
# Capital letters of the Latin, Greek and Cyrillic scripts (datelines are set in capitals).
_UPPER = "A-Z\u00c0-\u00de\u0391-\u03a9\u0400-\u042f\u0490\u0404\u0406\u0407"
# PLACE, Month D (Agency) -  /  PLACE, D Month (Agency) -
_DATELINE = re.compile(
    r"(?P<place>[" + _UPPER + r"][" + _UPPER + r" .'\u2019/-]*[" + _UPPER + r".](?:,\s*[A-Z][A-Za-z .]*?)?)"
    r"(?:,\s*(?P<date>" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[^\W\d_]{3,12}\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^\W\d_][\w .&-]{0,40})\))?"
    r"\s*(?:-{1,2}|\u2013|\u2014)"
)
# A wire slug opening the header line: "UPDATE 2-", "CORRECTED -", "REFILE-", "RPT-", "WRAPUP 1-".
_SLUG = re.compile(r"^(?P<slug>UPDATE\s*\d+|CORRECTED|REFILE|RPT|WRAPUP\s*\d*|EXCLUSIVE|FACTBOX|ANALYSIS)\s*[-:\u2013\u2014]\s*")
_DATE_STAMP = re.compile(r"\bdate\s+(?P<date>\d{4}-\d{2}-\d{2})\b", re.I)
_NOTE = re.compile(r"\((?P<note>[^()]*(?:\([^()]*\)[^()]*)*)\)")
_NOTE_PREFIX = re.compile(r"^(?:UPDATES?|Eds?|EDS)\s*:\s*(?P<note>.+)$", re.S)


def parse_header(block: str) -> Header | None:
    """Parse a block made only of wire metadata; ``None`` if it holds body text.

    >>> h = parse_header("date 2023-06-04 (Adds Russian defence ministry, paragraphs 2, 19) KYIV, June 4 (Reuters) -")
    >>> h.note, h.dateline.agency, h.dateline.date
    ('Adds Russian defence ministry, paragraphs 2, 19', 'Reuters', 'June 4')
    >>> parse_header("KYIV, June 4 (Reuters) - The governor said ...") is None
    True
    """
    rest = " ".join(block.split())
    date = note = slug = headline = None
    dateline = None
    m = _SLUG.match(rest)
    if m:
        slug = " ".join(m.group("slug").split())
        rest = rest[m.end() :]
    m = _DATE_STAMP.search(rest)
    if m:
        date = m.group("date")
        rest = (rest[: m.start()] + " " + rest[m.end() :]).strip()
    m = _NOTE_PREFIX.match(rest)
    if m and not _DATELINE.search(m.group("note")):
        return Header(raw=block, date=date, note=m.group("note").strip(), slug=slug)
    if slug == "CORRECTED" and re.match(r"(?i)corrects?\b", rest) and not _DATELINE.search(rest):
        return Header(raw=block, date=date, note=rest, slug=slug)
    for m in _DATELINE.finditer(rest):
        if m.end() == len(rest):
            dateline = Dateline(place=m.group("place").strip(), date=m.group("date"), agency=m.group("agency"))
            rest = rest[: m.start()].strip()
            break
    m = _NOTE.search(rest)
    if m:
        note = m.group("note").strip()
        rest = (rest[: m.start()] + " " + rest[m.end() :]).strip()
    if rest and slug:
        # "UPDATE 2-Russia says it repelled raid": after a slug, what is left is the headline.
        headline, rest = rest, ""
    if rest or not (date or note or dateline or slug):
        return None
    return Header(raw=block, date=date, note=note, dateline=dateline, slug=slug, headline=headline)


def parse_version(text: str) -> Version:
    """Split story text into an optional header and 1-based numbered paragraphs."""
    blocks = split_blocks(text)
    header = parse_header(blocks[0]) if blocks else None
    if header is not None:
        blocks = blocks[1:]
    return Version(text=text, paragraphs=blocks, header=header)


# --- normalisation for matching -----------------------------------------------

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
        "\u2026": "...",
    }
)
_SPACES = re.compile(r"\s+")
_DASH_RUN = re.compile(r"\s*-{2,}\s*|\s+-\s+")


def normalize(s: str) -> str:
    """Fold typography that carries no meaning, for matching only.

    >>> normalize("\u201cWe\u2019re here\u201d \u2014 he\u00a0said")
    '"We\\'re here" - he said'

    Results for paragraph-sized texts are remembered (see ``NORMALIZE_CACHE_SIZE``).
    """
    if len(s) > CACHE_MAX_CHARS:
        return _normalize(s)
    return _normalize_cached(s)


def _normalize(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(_TRANSLATE)
    s = _DASH_RUN.sub(" - ", s)
    return _SPACES.sub(" ", s).strip()


# Paragraphs whose normal form is remembered.  The same paragraph is normalised
# again and again: by the aligner, by severity, and once more as the old side of
# the next version's comparison (87% of calls repeated on 1,000 versions of the
# bulk benchmark corpus, benchmarks/bulk_import.py).  ~200 stories live at once x
# ~22 paragraphs fit several times over; a few MB of text.
NORMALIZE_CACHE_SIZE = 16_384
# Longer texts (whole stories, joined merges) are normalised afresh rather than held.
CACHE_MAX_CHARS = 4_000
_normalize_cached = functools.lru_cache(maxsize=NORMALIZE_CACHE_SIZE)(_normalize)


def clear_caches() -> None:
    """Forget remembered normal forms (benchmarks time cold runs with it)."""
    _normalize_cached.cache_clear()


_WORD = re.compile(r"\w+(?:[.,'\u2019]\w+)*", re.U)


def tokens(s: str) -> list[str]:
    """Lower-cased word tokens of normalised text (numbers keep their commas).

    >>> tokens("Police said 21,600 people, U.S. officials")
    ['police', 'said', '21,600', 'people', 'u.s', 'officials']
    """
    return _WORD.findall(normalize(s).lower())


# --- sentences ----------------------------------------------------------------

# Abbreviations that end in a full stop but not a sentence (news style).
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "maj", "cmdr", "adm", "gov", "sen",
    "rep", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "approx", "dept", "est",
    "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "al", "pct", "mln", "bln", "ave", "blvd",
}
_SENT_END = re.compile(r"([.!?]+[\"'\u201d\u2019)\]]*)(\s+)(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f\u0400-\u04ff])")


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, news-aware (U.S., Jan., Mr., J. Smith, 3.5).

    >>> split_sentences('Mr. Smith arrived in the U.S. on Jan. 3. Prices rose 3.5%. "Good," he said.')
    ['Mr. Smith arrived in the U.S. on Jan. 3.', 'Prices rose 3.5%.', '"Good," he said.']
    """
    out: list[str] = []
    start = 0
    for m in _SENT_END.finditer(paragraph):
        end = m.end(1)
        before = paragraph[start : m.start(1)]
        word = re.search(r"([\w.]+)$", before)
        last = word.group(1).lower() if word else ""
        if m.group(1).startswith("."):
            if last.rstrip(".") in _ABBREV or (len(last) == 1 and last.isalpha()):
                # "Jan. 3" / "U.S. officials" / "J. Smith": not an end unless
                # the abbreviation is a state/country and a capitalised word
                # starts what looks like a new clause; stay conservative.
                if not (last.rstrip(".") in {"u.s", "u.k", "u.n", "e.u"} and _starts_sentence(paragraph, m.end())):
                    continue
        out.append(paragraph[start:end].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out or [paragraph.strip()]


_SENTENCE_STARTERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "in", "on", "this", "that", "there"}


def _starts_sentence(s: str, pos: int) -> bool:
    nxt = re.match(r"[\"'\u201c]?(\w+)", s[pos:])
    return bool(nxt) and nxt.group(1).lower() in _SENTENCE_STARTERS
