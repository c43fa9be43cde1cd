"""The HTML reader diplo had before issue 14 (a selectolax walk), kept for the page benchmark only.

`bench_html.py --old` swaps it in for `io.html.read_page` to score the old reader on the same
pages. Needs `pip install selectolax` (no longer a dependency of diplo). Copied unchanged from
diplo_extract/io/readers.py at 66a5cb5, apart from this docstring and the imports.
"""

from __future__ import annotations

import datetime as dt

from selectolax.lexbor import LexborHTMLParser, LexborNode

from diplo_extract.io.readers import _parse_iso_date

# Page furniture, not article text. <header> is dropped only outside <article> (inside it holds
# the headline and byline).
_DROP = (
    "script, style, noscript, template, nav, aside, footer, form, iframe, svg, button, select, "
    "textarea, object, embed, canvas, dialog, menu, "
    "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
    "[aria-hidden=true], [hidden]"
)
_BLOCK = frozenset(
    "address article blockquote caption dd details div dl dt fieldset figcaption figure h1 h2 h3 "
    "h4 h5 h6 header hr li main ol p pre section summary table tbody thead tfoot tr ul".split()
)
_CELL = frozenset({"td", "th"})
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
)


class _Page:
    __slots__ = ("published", "text", "title", "url")

    def __init__(
        self, text: str, title: str | None, published: dt.date | None, url: str | None
    ) -> None:
        self.text = text
        self.title = title
        self.published = published
        self.url = url


def _parse_html(html: str) -> _Page:
    tree = LexborHTMLParser(html)
    title = _meta(tree, 'meta[property="og:title"]')
    url = _attr(tree, 'link[rel="canonical"]', "href") or _meta(tree, 'meta[property="og:url"]')
    published = None
    for selector in _DATE_META:
        value = _meta(tree, selector)
        if value and (published := _parse_iso_date(value)) is not None:
            break
    if published is None:
        value = _attr(tree, "article time[datetime]", "datetime")
        published = _parse_iso_date(value) if value else None
    title_node = tree.css_first("title")
    page_title = _clean(title_node.text()) if title_node is not None else None

    # Reversed document order: descendants go before their ancestors, so no freed node is touched.
    for node in reversed(tree.css(_DROP)):
        node.decompose()
    for node in reversed(tree.css("header")):
        if not _inside(node, "article"):
            node.decompose()

    root = _main_node(tree)
    text = _block_text(root) if root is not None else ""
    if title is None and root is not None:
        heading = root.css_first("h1")
        title = _clean(heading.text()) if heading is not None else None
    return _Page(text, title or page_title or None, published, url or None)


def _main_node(tree: LexborHTMLParser) -> LexborNode | None:
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda node: len(node.text()))
    return tree.css_first("main") or tree.css_first("[role=main]") or tree.body or tree.root


def _inside(node: LexborNode, tag: str) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag == tag:
            return True
        parent = parent.parent
    return False


def _meta(tree: LexborHTMLParser, selector: str) -> str | None:
    return _attr(tree, selector, "content")


def _attr(tree: LexborHTMLParser, selector: str, name: str) -> str | None:
    node = tree.css_first(selector)
    if node is None:
        return None
    value = node.attributes.get(name)
    return _clean(value) if value else None


def _clean(text: str) -> str:
    return " ".join(text.split())


def _block_text(root: LexborNode) -> str:
    """Visible text: one paragraph per block element, `<br>` as a line break, spaces collapsed."""
    blocks: list[str] = []
    lines: list[str] = []
    line: list[str] = []

    def end_line() -> None:
        text = _clean("".join(line))
        line.clear()
        if text:
            lines.append(text)

    def end_block() -> None:
        end_line()
        if lines:
            blocks.append("\n".join(lines))
            lines.clear()

    # Iterative walk: deeply nested markup must not hit the recursion limit.
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        tag = node.tag or ""
        if leaving:
            if tag in _BLOCK:
                end_block()
            elif tag in _CELL:
                line.append(" ")
            continue
        if node.is_text_node:
            line.append(node.text_content or "")
            continue
        if node.is_comment_node or tag.startswith("-"):
            continue
        if tag == "br":
            end_line()
            continue
        if tag in _BLOCK:
            end_block()
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    end_block()
    return "\n\n".join(blocks)


read_page = _parse_html
