"""A news page's article, title, publication date and canonical URL, from its (decoded) HTML.

No file is read here: `io/readers.py` decodes the bytes and hands the markup over.

The article is found by trafilatura (main-text extraction, precision-oriented): captions,
related-story lists, comment sections, share bars, newsletter boxes and navigation are left out,
and those are exactly the parts of a page that name other encounters. The publication date comes
from htmldate: JSON-LD, `<meta>` tags, `<time>`, the URL and, failing those, a date written in
the page. Its upper bound is fixed, not today's date, so the same page gives the same date
whatever the clock says. Title (og:title, else the first <h1>, else <title>) and canonical URL
are read from the same tree; trafilatura's own metadata pass (authors, categories, tags) would
cost more than the article's extraction and is not used.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from functools import cache

import trafilatura
from htmldate import find_date
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.settings import Extractor
from trafilatura.utils import load_html

__all__ = ["MIN_ARTICLE_CHARS", "MIN_WEBSITE_CHARS", "Page", "read_page"]

# Less body text than this (headline aside) is no article but an index page's or an error page's
# leftovers (a teaser, a date): the caller reports "no article" rather than extract from it. A
# page that calls itself a website, not an article (og:type), needs more: section fronts and
# home pages keep a paragraph of teaser text that trafilatura takes for an article.
MIN_ARTICLE_CHARS = 100
MIN_WEBSITE_CHARS = 500

# htmldate rejects dates after `max_date`; its default (today) would make the output depend on
# the clock. Dates before min_date are kept out as in htmldate (1995-01-01).
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "max_date": "2099-12-31"}

# trafilatura and htmldate log what they skip at WARNING/ERROR; with no handler configured,
# Python prints that on stderr, which is for people. A NullHandler keeps it quiet unless the
# application configures logging. Their findings reach the caller through the return value.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True)
class Page:
    """What a page gives an Article. `text` is empty when the page holds no article."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None


def read_page(html: str) -> Page:
    """The article of `html`: paragraphs separated by blank lines, plus its metadata."""
    try:
        tree = load_html(html)
    except (ValueError, etree.LxmlError):  # markup lxml cannot build a tree from at all
        tree = None
    if tree is None:
        return Page("")
    # Metadata first: trafilatura prunes the tree it is given.
    title = _title(tree)
    url = _first(tree, _URL_PATHS)
    website = _first(tree, ('//meta[@property="og:type"]/@content',)).lower() == "website"
    # Both libraries meet markup nobody tested them on; a failure of theirs on one page must
    # cost that page its date or its article, never the run (htmldate asserts on
    # "<svg><title></title><t>").
    try:
        published = _iso_date(find_date(tree, **_DATE_PARAMS))
    except Exception:
        published = None
    try:
        doc = trafilatura.bare_extraction(tree, options=_options())
    except Exception:
        doc = None
    text = _paragraphs(doc.body) if doc is not None and doc.body is not None else ""
    if len(text) < (MIN_WEBSITE_CHARS if website else MIN_ARTICLE_CHARS):
        return Page("")
    if title and text.split("\n", 1)[0].casefold() != title.casefold():
        # The headline is part of the article (the prefilter reads it; it may state the
        # encounter), but trafilatura leaves out an <h1> kept in the article's <header>.
        text = f"{title}\n\n{text}"
    return Page(text=text, title=title or None, published=published, url=url or None)


_TITLE_PATHS = (
    '//meta[@property="og:title"]/@content',
    '//meta[@name="twitter:title"]/@content',
    "//h1",
)
_URL_PATHS = ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content')


@cache
def _options() -> Extractor:
    # Built once: building it parses trafilatura's settings (a tenth of a page's reading time).
    return Extractor(
        output_format="python",
        fast=True,  # no fallback extractors: a third of the time, same articles on the bench
        precision=True,
        comments=False,
        tables=False,
        images=False,
        links=False,
    )


def _title(tree: HtmlElement) -> str:
    title = _first(tree, _TITLE_PATHS)
    if title:
        return title
    # <title> usually ends with the site's name: "Talks in Rome | World | The Courier".
    return _first(tree, ("//title",)).split(" | ")[0]


def _first(tree: HtmlElement, paths: tuple[str, ...]) -> str:
    for path in paths:
        for found in tree.xpath(path):
            value = _clean(found if isinstance(found, str) else found.text_content())
            if value:
                return value
    return ""


def _paragraphs(body: etree._Element) -> str:
    """One paragraph per block (a heading, a paragraph, a list item, a quote), spaces collapsed."""
    for line_break in body.iter("lb"):
        line_break.tail = "\n" + (line_break.tail or "")
    blocks: list[str] = []
    for child in body:
        if child.tag == "list":
            blocks.extend(_lines(item) for item in child.iter("item"))
        else:
            blocks.append(_lines(child))
    return "\n\n".join(block for block in blocks if block)


def _lines(element: etree._Element) -> str:
    lines = (_clean(line) for line in "".join(element.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _clean(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
