"""News page HTML -> :class:`Article`: headline, byline, times and body paragraphs.

Most stories reach a newsroom as web pages, wrapped in navigation, ads, share
buttons, "related stories" and a footer.  revtrack stores *the story*, so a
page is reduced to the text a wire desk would file: the body paragraphs, one
per block, separated by blank lines.  The headline, byline and publication
times go into metadata, not into the text, because ``parse_header`` in
:mod:`revtrack.text` would read a headline as paragraph 1 and shift every
paragraph number that an update note refers to.

Finding the body is delegated to trafilatura (a maintained main-content
extractor that scores page blocks by text density and link density and knows
the common CMS layouts).  On top of it this module:

* keeps only whole blocks of the extracted body (``<p>``, sub-headings, list
  items, quotes, table rows), never loose text between them: that is where
  page furniture such as "Updated 2 hours ago" leaks in;
* drops the headline when the extractor repeats it as the first block;
* drops lines that change on every page view without the story changing
  ("Updated 3 hours ago", "4 min read"), so a watched page does not produce
  a new version every poll;
* reads publication and modification times from the page's JSON-LD
  ``NewsArticle``, its ``article:*_time`` meta tags or a ``<time datetime>``,
  keeping the time of day that trafilatura's date (a day only) loses.

    >>> page = '''<html><head><title>Dam holds | Ledger</title>
    ... <meta property="article:published_time" content="2026-03-10T21:40:00Z"></head>
    ... <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    ... <article><h1>Dam holds</h1><p class="byline">By Ann Lee</p>
    ... <p>ALDREN, March 10 (Ledger) - The dam held overnight, engineers said on Tuesday after a long night.</p>
    ... <p>Water levels behind it fell by half a metre by morning, the river authority said in a statement.</p></article>
    ... <footer>Copyright 2026 Ledger</footer></body></html>'''
    >>> a = extract_article(page)
    >>> a.headline, a.published
    ('Dam holds', '2026-03-10T21:40:00Z')
    >>> print(a.text)
    ALDREN, March 10 (Ledger) - The dam held overnight, engineers said on Tuesday after a long night.
    <BLANKLINE>
    Water levels behind it fell by half a metre by morning, the river authority said in a statement.
    <BLANKLINE>
"""

from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .errors import RevtrackError
from .text import MAX_BYTES

__all__ = ["Article", "ExtractError", "decode_html", "extract_article", "looks_like_html", "story_text_from_html"]

# trafilatura logs a WARNING for pages it cannot extract; revtrack raises its
# own one-line ExtractError instead, so without a handler Python's last-resort
# handler would print the same trouble twice on stderr.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())


class ExtractError(RevtrackError, ValueError):
    """HTML from which no article text can be extracted."""


@dataclass(frozen=True)
class Article:
    """What revtrack keeps from a news page: the body as story text, the rest as metadata."""

    paragraphs: list[str]
    headline: str | None = None
    byline: str | None = None
    published: str | None = None
    modified: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The story text: body paragraphs separated by blank lines, ending in a newline."""
        return "\n\n".join(self.paragraphs) + "\n"

    def meta(self) -> dict:
        """Metadata for the store: every field but the paragraphs, empty ones left out."""
        fields = {
            "headline": self.headline,
            "byline": self.byline,
            "published": self.published,
            "modified": self.modified,
            "site": self.site,
            "url": self.url,
            "language": self.language,
            "tags": list(self.tags) or None,
        }
        return {k: v for k, v in fields.items() if v}


# --- recognising and decoding HTML -------------------------------------------

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p)\b",
    re.I | re.S,
)


def looks_like_html(data: bytes | str, name: str | None = None) -> bool:
    """True for a file named ``*.html``/``*.htm`` or content that opens like an HTML page.

    Wire story text never starts with ``<``, so sniffing the first tag is safe.

    >>> looks_like_html(b"<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("KYIV, June 4 (Reuters) - The governor said ...")
    False
    >>> looks_like_html(b"", "page.HTM")
    True
    """
    if name and name.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:4096]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    return bool(_HTML_START.match(head))


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def decode_html(data: bytes, content_type: str | None = None, name: str = "page") -> str:
    """Decode page bytes: HTTP charset, then ``<meta charset>``, then UTF-8, then Windows-1252.

    Unlike story text, a web page in a legacy encoding is common and legitimate,
    so it is decoded rather than refused.

    >>> decode_html("<meta charset='windows-1252'><p>caf\\xe9</p>".encode("cp1252"))
    "<meta charset='windows-1252'><p>café</p>"
    """
    if len(data) > MAX_BYTES:
        raise ExtractError(f"{name}: {len(data):,} bytes is larger than the {MAX_BYTES // 2**20} MiB limit for one page")
    if not data.strip():
        raise ExtractError(f"{name}: is empty; expected an HTML page")
    candidates = []
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        candidates.append(m.group(1))
    if m := _META_CHARSET.search(data[:8192]):
        candidates.append(m.group(1).decode("ascii", "replace"))
    candidates += ["utf-8-sig", "cp1252"]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")  # pragma: no cover - cp1252 fails only on 5 unused bytes


# --- extraction ---------------------------------------------------------------

# Page furniture that changes on every view while the story does not.  Found
# in the test pages' "Updated 2 hours ago" and the read-time labels common on
# news sites; a line is dropped only when it is *nothing but* such a label.
_VOLATILE = re.compile(
    r"^(?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*)?"
    r"(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?)\s+ago|just\s+now|\d+\s+min(?:ute)?s?\s+read)\.?$",
    re.I,
)
_WS = re.compile(r"\s+")

# Blocks of trafilatura's XML body that are whole paragraphs of the story.
_BLOCKS = {"p", "head", "quote", "item", "row", "code"}


def _clean(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _body_blocks(body) -> list[str]:
    blocks: list[str] = []
    for el in body.iter():
        if el.tag not in _BLOCKS:
            continue
        # an inner block (a <p> inside a <quote>, an <item> inside an <item>) is
        # emitted by its own turn of the loop; take only this block's own text
        if any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue
        if el.tag == "row":
            cells = (_clean(_text_with_breaks(cell)) for cell in el)
            blocks.append(" | ".join(c for c in cells if c))
        else:
            # two line breaks in a row are a paragraph break (pages that lay
            # out the story as one block of text with <br><br>); one is a space
            blocks.extend(_clean(part) for part in _PARAGRAPH_BREAK.split(_text_with_breaks(el)))
    return [b for b in blocks if b]


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def _text_with_breaks(el) -> str:
    """An element's text with each ``<lb/>`` as a newline (``itertext`` would drop it and glue words)."""
    parts = ["\n" if el.tag == "lb" else el.text or ""]
    for child in el:
        parts.append(_text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


# trafilatura hands a page to its fallback extractors when its main pass finds
# fewer than MIN_EXTRACTED_SIZE characters (default 250); the fallback returns
# the whole article -- headline, byline and all paragraphs -- as ONE block.  A
# short breaking story (the two-paragraph, ~200-character page in this module's
# doctest) then lost its paragraph structure; 50 keeps it, and still sends
# pages whose main pass found next to nothing to the fallback.
MIN_EXTRACTED_SIZE = 50


@functools.lru_cache(maxsize=1)
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_SIZE))
    return config


def extract_article(html: bytes | str, url: str | None = None, name: str = "page") -> Article:
    """Extract the story from a news page; raise :class:`ExtractError` if it holds none."""
    import trafilatura  # heavy (lxml, dateparser): imported only when a page is extracted

    if isinstance(html, bytes):
        html = decode_html(html, name=name)
    if not html.strip():
        raise ExtractError(f"{name}: is empty; expected an HTML page")
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        config=_trafilatura_config(),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    if doc is None or doc.body is None:
        raise ExtractError(f"{name}: no article text found in this HTML page")
    headline = _clean(doc.title) if doc.title else None
    paragraphs = [p for p in _body_blocks(doc.body) if not _VOLATILE.match(p)]
    if paragraphs and headline and _clean(paragraphs[0]).casefold() == headline.casefold():
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise ExtractError(f"{name}: no article text found in this HTML page")
    times = _page_times(html)
    return Article(
        paragraphs=paragraphs,
        headline=headline,
        byline=_clean(doc.author) if doc.author else None,
        published=times.get("published") or doc.date,
        modified=times.get("modified"),
        site=doc.sitename or None,
        url=doc.url or url,
        language=doc.language or None,
        tags=[t for t in (doc.tags or []) if t],
    )


def story_text_from_html(html: bytes | str, url: str | None = None, name: str = "page") -> tuple[str, dict]:
    """The story text and metadata revtrack stores for a page: ``(text, meta)``.

    >>> text, meta = story_text_from_html("<html><head><title>T</title></head><body><article>"
    ...     "<p>One paragraph of story text that is long enough to be kept by the extractor.</p>"
    ...     "<p>And a second paragraph of story text, also long enough to be kept.</p></article></body></html>")
    >>> text.count("\\n\\n"), meta["headline"]
    (1, 'T')
    """
    article = extract_article(html, url=url, name=name)
    return article.text, article.meta()


# --- publication times ---------------------------------------------------------

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                  "liveblogposting", "report", "opinionnewsarticle", "backgroundnewsarticle"}
_META_PUBLISHED = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "dc.date.issued", "date")
_META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "lastmod", "dc.date.modified")


def _iso(value: object) -> str | None:
    """An ISO 8601 timestamp as the page gives it, ``Z`` for UTC; None if unparseable."""
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is not None and dt.utcoffset() == timezone.utc.utcoffset(None):
        return dt.replace(tzinfo=None).isoformat() + "Z"
    return dt.isoformat()


def _json_ld_articles(tree) -> list[dict]:
    found: list[dict] = []

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                found.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text or ""))
        except ValueError:
            continue  # broken JSON-LD is common; the meta tags still count
    return found


def _page_times(html: str) -> dict[str, str]:
    """Published/modified times with the time of day, from JSON-LD, meta tags or ``<time>``."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return {}
    times: dict[str, str] = {}
    for art in _json_ld_articles(tree):
        times.setdefault("published", _iso(art.get("datePublished")))
        times.setdefault("modified", _iso(art.get("dateModified")))
    metas = {}
    for m in tree.xpath("//meta[@content]"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        metas.setdefault(key, m.get("content"))
    for key, names in (("published", _META_PUBLISHED), ("modified", _META_MODIFIED)):
        if not times.get(key):
            times[key] = next((t for n in names if (t := _iso(metas.get(n)))), None)
    if not times.get("published"):
        times["published"] = next((t for el in tree.xpath("//time[@datetime]") if (t := _iso(el.get("datetime")))), None)
    return {k: v for k, v in times.items() if v}
