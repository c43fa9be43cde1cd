"""Real web pages (issue 14): the article, not the page furniture; the date wherever the page
states it; broken markup and charsets give text or one warning, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diplo_extract.errors import InputError
from diplo_extract.evaluate import gold_articles, load_gold
from diplo_extract.io.html import read_page
from diplo_extract.io.readers import iter_articles
from diplo_extract.schema import Article

BODY = (
    "<p>Italian Prime Minister Giorgia Meloni met Spanish Prime Minister Pedro Sanchez in Rome "
    "on Tuesday to discuss migration across the Mediterranean.</p>"
    "<p>The two leaders agreed to set up a joint coast guard task force, according to a "
    "statement issued after the meeting.</p>"
)
CAPTION = "French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris."
RELATED = ["Starmer to host Carney at Downing Street", "Modi holds talks with Albanese in Delhi"]
COMMENT = "Putin should meet Zelensky in Istanbul and end this."


FURNITURE = ("caption", "related", "comments")


def news_page(*, head: str = "", body: str = BODY, furniture: tuple[str, ...] = FURNITURE) -> str:
    """A broadsheet article page: caption before the text, related list, comments."""
    related = "".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(RELATED))
    parts = {
        "caption": f'<figure><img src="/a.jpg"><figcaption>{CAPTION}</figcaption></figure>',
        "related": f'<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>',
        "comments": (
            '<section id="comments" class="comments"><h2>Comments (3)</h2><div class="comment">'
            f'<span class="author">Anna K.</span><p>{COMMENT}</p><a href="#">Reply</a></div>'
            "</section>"
        ),
    }
    caption, after = (parts[k] if k in furniture else "" for k in ("caption", "related"))
    comments = parts["comments"] if "comments" in furniture else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}'
        "<title>Meloni and Sanchez agree plan | World | The Courier</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
        '<main><article><h1>Meloni and Sanchez agree plan</h1><div class="share">'
        '<a href="#">Share</a></div>'
        f"{caption}<div class='story-body'>{body}</div></article>{after}{comments}</main>"
        "<footer>&copy; The Courier</footer></body></html>"
    )


def read(tmp_path: Path, name: str, data: bytes) -> tuple[list[Article], list[InputError]]:
    path = tmp_path / name
    path.write_bytes(data)
    errors: list[InputError] = []
    return list(iter_articles([str(path)], on_error=errors.append)), errors


# -- the article, not the furniture ----------------------------------------------------------------


def test_caption_related_stories_and_comments_are_left_out() -> None:
    page = read_page(news_page())
    assert page.text.startswith("Meloni and Sanchez agree plan\n\nItalian Prime Minister")
    assert "met Spanish Prime Minister Pedro Sanchez" in page.text
    for furniture in [CAPTION, COMMENT, *RELATED, "Share", "Home"]:
        assert furniture not in page.text


def test_title_and_canonical_url() -> None:
    page = read_page(news_page(head='<link rel="canonical" href="https://courier.test/a">'))
    assert page.title == "Meloni and Sanchez agree plan"
    assert page.url == "https://courier.test/a"


# -- the publication date --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        pytest.param(
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2025-03-05T08:10:00+00:00"}</script>',
            "",
            dt.date(2025, 3, 5),
            id="json-ld only",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2025-06-12T06:30:00Z">',
            "",
            dt.date(2025, 6, 12),
            id="meta tag",
        ),
        pytest.param(
            '<link rel="canonical" href="https://old.test/2025/09/03/story.html">',
            "",
            dt.date(2025, 9, 3),
            id="URL only",
        ),
        pytest.param(
            "", "<p class='date'>Published 28/05/2025</p>", dt.date(2025, 5, 28), id="text"
        ),
        pytest.param("", "", None, id="none stated"),
    ],
)
def test_publication_date_wherever_the_page_states_it(
    head: str, body_prefix: str, expected: dt.date | None
) -> None:
    assert read_page(news_page(head=head, body=body_prefix + BODY)).published == expected


def test_a_date_after_today_is_kept_the_clock_is_never_read() -> None:
    head = '<meta property="article:published_time" content="2091-01-02">'
    assert read_page(news_page(head=head)).published == dt.date(2091, 1, 2)


# -- charsets, broken markup, pages without an article ---------------------------------------------


def test_page_declared_utf8_but_served_as_cp1252_decodes_with_a_warning(tmp_path: Path) -> None:
    body = BODY.replace("Sanchez", "Sánchez").replace("statement", "“statement”")
    [article], errors = read(tmp_path, "p.html", news_page(body=body).encode("cp1252"))
    assert "Pedro Sánchez in Rome" in article.text
    assert "“statement”" in article.text
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'p.html'}: declared utf-8 but is not; decoded as cp1252 — "
        "convert it to UTF-8 to be sure"
    ]
    assert errors[0].is_warning


def test_page_declared_latin1_but_served_as_utf8_decodes_silently(tmp_path: Path) -> None:
    page = news_page(body=BODY.replace("Sanchez", "Sánchez")).replace(
        '<meta charset="utf-8">', '<meta charset="iso-8859-1">'
    )
    [article], errors = read(tmp_path, "p.html", page.encode("utf-8"))
    assert (errors, "Pedro Sánchez in Rome" in article.text) == ([], True)


def test_unclosed_tags_give_the_article() -> None:
    page = news_page(body=BODY.replace("</p>", "")).replace("</div>", "").replace("</li>", "")
    text = read_page(page).text
    assert "Pedro Sanchez in Rome on Tuesday" in text
    assert "set up a joint coast guard task force" in text
    assert COMMENT not in text and CAPTION not in text


def test_page_without_html_head_or_body_tags() -> None:
    page = "<title>Talks</title><div class=entry>" + BODY.replace("</p>", "") + "</div>"
    assert "Pedro Sanchez in Rome on Tuesday" in read_page(page).text


INDEX_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>World | The Courier</title>
<meta property="og:type" content="website"></head><body><nav><a href="/">Home</a></nav><main>
<h1>World</h1>
<div class="card"><h2><a href="/1">Meloni and Sanchez meet in Rome</a></h2>
<p class="dek">The two leaders agreed to meet again in Madrid.</p></div>
<div class="card"><h2><a href="/2">Tusk calls Fico over gas transit</a></h2></div>
<div class="card"><h2><a href="/3">Erdogan to visit Baghdad next week</a></h2></div>
</main></body></html>"""


def test_index_page_is_a_warning_and_no_article(tmp_path: Path) -> None:
    articles, errors = read(tmp_path, "world.html", INDEX_PAGE.encode())
    assert articles == []
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'world.html'}: no article found in the HTML (an index, search or error "
        "page?); skipped — pass the article's own page, or its text as .txt"
    ]
    assert errors[0].is_warning


@pytest.mark.parametrize(
    "markup",
    [
        "<",
        "<html>",
        "<<<>>>",
        "<!DOCTYPE html><html><body></body></html>",
        "\x0c<p>\x0b</p>",
        "<svg><title></title><t>",  # htmldate raises AssertionError on it
    ],
)
def test_markup_with_nothing_in_it_is_no_article(markup: str) -> None:
    assert read_page(markup).text == ""


# -- gold documents that name their page -----------------------------------------------------------


def test_gold_document_with_a_path_is_read_through_the_html_reader(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    head = '<meta property="article:published_time" content="2025-03-05">'
    (tmp_path / "pages" / "a.html").write_text(news_page(head=head), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    docs = [
        {"id": "page", "path": "pages/a.html", "events": []},
        {"id": "text", "text": "Leaders met.", "published": "2025-01-02", "events": []},
    ]
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    page, text = gold_articles(load_gold(gold))
    assert page.id == "page"
    assert page.published == dt.date(2025, 3, 5)
    assert page.title == "Meloni and Sanchez agree plan"
    assert page.source == str(tmp_path / "pages" / "a.html")
    assert CAPTION not in page.text and "Pedro Sanchez in Rome" in page.text
    assert text == Article(id="text", text="Leaders met.", published=dt.date(2025, 1, 2))


def test_gold_page_problems(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "path": "missing.html", "events": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match="missing.html: no such file or directory"):
        load_gold(gold)
    gold.write_text('{"id": "a", "events": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match="a: no text and no path"):
        load_gold(gold)
    (tmp_path / "index.html").write_text(INDEX_PAGE, encoding="utf-8")
    gold.write_text('{"id": "a", "path": "index.html", "events": []}\n', encoding="utf-8")
    warnings: list[InputError] = []
    [article] = gold_articles(load_gold(gold, on_warning=warnings.append))
    assert (article.text, [w.problem.split(" (")[0] for w in warnings]) == (
        "",
        ["no article found in the HTML"],
    )


# -- with the model: furniture never produces a record ---------------------------------------------


@pytest.fixture(scope="module")
def extract_page(nlp):
    from diplo_extract.extraction import extract

    def run(html: str) -> list[dict]:
        page = read_page(html)
        article = Article(
            id="p", text=page.text, title=page.title, published=page.published, url=page.url
        )
        return [json.loads(e.model_dump_json()) for e in extract([article], nlp=nlp)]

    return run


def names(event: dict) -> set[str]:
    return {p["name"].split()[-1] for p in event["participants"]}


@pytest.mark.model
def test_caption_related_list_and_comment_give_no_record(extract_page) -> None:
    head = (
        '<meta property="article:published_time" content="2025-03-05">'
        '<link rel="canonical" href="https://courier.test/a">'
    )
    [event] = extract_page(news_page(head=head))
    assert names(event) == {"Meloni", "Sanchez"}
    assert (event["location"]["name"], event["date"]["start"]) == ("Rome", "2025-03-04")
    assert event["date"]["reference_source"] == "published"
    assert event["url"] == "https://courier.test/a"


@pytest.mark.model
@pytest.mark.parametrize("furniture", [*((kind,) for kind in FURNITURE), FURNITURE])
def test_furniture_alone_gives_no_record(extract_page, furniture: tuple[str, ...]) -> None:
    body = (
        "<p>Markets in Milan rose on Tuesday after the budget figures were published, with "
        "banks and energy companies leading the gains.</p>"
    )
    assert extract_page(news_page(body=body, furniture=furniture)) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [CAPTION, RELATED[1], COMMENT])
def test_the_same_furniture_as_plain_text_gives_a_record(extract_text, text: str) -> None:
    # The control for the tests above: each piece of furniture names an encounter.
    assert len(extract_text(text)) == 1
