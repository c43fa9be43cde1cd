"""Write the page benchmark: `pages/*.html`, `gold.jsonl` (documents name their page) and
`plain.jsonl` (the same gold, each article given as plain text: title, a blank line, paragraphs).

    python benchmarks/html/make_pages.py      # rewrites the files beside this script

The layouts imitate families of real sites (see `articles.py`); every page carries furniture
(captions, related headlines, comments, most-read lists) that names encounters of its own.
Two index pages (no article) are written too; they are not in the gold files.
"""

from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path
from typing import Any

from articles import ARTICLES, CAPTIONS, COMMENTS, MOST_READ, RELATED, pick

HERE = Path(__file__).resolve().parent
MONTHS = "January February March April May June July August September October November December"
MONTH = MONTHS.split()


def e(text: str) -> str:
    return html.escape(text, quote=True)


def slug(title: str) -> str:
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in title.split()[:6])


def long_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{MONTH[int(m) - 1]} {int(d)}, {y}"


def paras(a: dict[str, Any], tag: str = "p", extra: str = "") -> str:
    return "\n".join(f"<{tag}{extra}>{e(t)}</{tag}>" for t in a["paragraphs"])


def links(items: list[str], n: int) -> str:
    return "\n".join(f'<li><a href="/world/{n}/{slug(t)}">{e(t)}</a></li>' for t in items)


def comments(n: int, k: int = 2) -> str:
    return "\n".join(
        f'<div class="comment"><span class="author">{e(who)}</span><p>{e(said)}</p>'
        f'<a href="#reply">Reply</a> <span class="likes">{12 + n} likes</span></div>'
        for who, said in pick(COMMENTS, n, k)
    )


def courier(a: dict[str, Any], n: int) -> str:
    url = f"https://www.thecourier.example/world/{slug(a['title'])}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["title"],
        "datePublished": f"{a['published']}T08:{10 + n}:00+00:00",
        "author": {"@type": "Person", "name": "Staff reporter"},
        "publisher": {"@type": "Organization", "name": "The Courier"},
    }
    [caption] = pick(CAPTIONS, n, 1)
    first, *rest = a["paragraphs"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(a["title"])} | World | The Courier</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="{e(a["title"])}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld)}</script>
<link rel="stylesheet" href="/static/main.css"><script src="/static/ads.js" async></script>
</head><body class="article-page">
<header class="site-header"><a class="logo" href="/">The Courier</a>
<nav class="sections"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a>
</li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<a class="subscribe" href="/subscribe">Subscribe</a></header>
<div class="ad-slot" id="ad-top">Advertisement</div>
<main id="content">
<article class="story">
<header class="story-header"><p class="kicker"><a href="/world">World</a></p>
<h1 class="headline">{e(a["title"])}</h1><p class="byline">By Staff reporter</p></header>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email</a> <a href="#">Copy link</a></div>
<figure class="lead-image"><img src="/img/{n}.jpg" alt="">
<figcaption>{e(caption)} <span class="credit">Photo: Agency</span></figcaption></figure>
<div class="story-body">
<p>{e(first)}</p>
<aside class="newsletter-box"><h3>Diplomacy Briefing</h3><p>Every week: who met whom, and what
they agreed. Sign up for our newsletter.</p><form><input type="email"><button>Sign up</button>
</form></aside>
{"".join(f"<p>{e(t)}</p>" for t in rest)}
</div>
<aside class="related"><h2>Related stories</h2><ul>{links(pick(RELATED, n, 3), n)}</ul></aside>
</article>
<section id="comments" class="comments"><h2>Comments ({n + 3})</h2>
{comments(n)}
</section>
</main>
<aside class="sidebar"><h2>Most read</h2><ol>{links(pick(MOST_READ, n, 4), n)}</ol></aside>
<footer class="site-footer"><p>&copy; 2025 The Courier. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""


def daily(a: dict[str, Any], n: int) -> str:
    url = f"https://dailyherald.example/news/{slug(a['title'])}-{1000 + n}"
    captions = pick(CAPTIONS, n + 5, 2)
    first, *rest = a["paragraphs"]
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(a["title"])} - Daily Herald</title>
<meta property="article:published_time" content="{a["published"]}T{6 + n:02d}:30:00Z">
<meta property="og:url" content="{url}">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "news"}});</script>
</head><body>
<div id="wrapper"><div class="top-bar"><div class="menu"><a href="/">Home</a> | <a href="/news">News
</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></div>
<div class="login"><a href="/login">Log in</a></div></div>
<div id="content" class="clearfix"><div class="col-main">
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a> &gt; World</div>
<div class="title"><h1>{e(a["title"])}</h1></div>
<div class="meta">Daily Herald staff | <span class="time">Updated {n + 2} hours ago</span></div>
<div class="photo"><img src="/i/{n}.jpg"><div class="caption">{e(captions[0])}</div></div>
<div class="story-text">
<p>{e(first)}</p>
<div class="read-also"><b>READ ALSO:</b> <a href="/n/{n}">{e(pick(RELATED, n + 7, 1)[0])}</a></div>
{"".join(f"<p>{e(t)}</p>" for t in rest)}
<div class="photo"><img src="/i/{n}b.jpg"><div class="caption">{e(captions[1])}</div></div>
</div>
<div class="tags">Tags: <a href="/t/diplomacy">diplomacy</a> <a href="/t/world">world</a></div>
<div class="related-links"><div class="hd">More from World</div><ul>
{links(pick(RELATED, n + 2, 4), n)}</ul></div>
<div class="comment-box"><div class="hd">Readers' comments</div>{comments(n + 4, 3)}</div>
</div>
<div class="col-right"><div class="trending"><div class="hd">Trending</div><ol>
{links(pick(MOST_READ, n + 1, 5), n)}</ol></div>
<div class="newsletter">Get the Herald's morning briefing in your inbox</div></div>
</div>
<div class="footer">Daily Herald &middot; <a href="/contact">Contact</a> &middot; <a href="/ads">
Advertise</a></div></div>
</body></html>
"""


def gov(a: dict[str, Any], n: int) -> str:
    others = pick(RELATED, n + 4, 3)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(a["title"])}</title>
<meta name="description" content="Official readout.">
</head><body>
<a class="skip" href="#main">Skip to main content</a>
<div class="gov-banner">An official website of the government</div>
<header><div class="logo">Ministry of Foreign Affairs</div>
<nav aria-label="Main"><ul><li><a href="/news">News</a></li><li><a href="/travel">Travel
advice</a></li><li><a href="/about">About</a></li></ul></nav></header>
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/news">News</a> / Readouts</nav>
<main id="main"><div class="container"><div class="row">
<div class="col-8">
<h1 class="page-title">{e(a["title"])}</h1>
<div class="summary-meta"><span class="type">Readout</span>
<span class="date">{long_date(a["published"])}</span></div>
<div class="field--body">
{paras(a)}
</div>
<div class="page-tags">Topics: Diplomacy, Bilateral relations</div>
</div>
<div class="col-4"><div class="sidebar-block"><h2>More readouts</h2>
<ul>{"".join(f'<li><a href="/readouts/{i}">Readout: {e(t)}</a></li>' for i, t in enumerate(others))}
</ul></div></div>
</div></div></main>
<footer><ul><li><a href="/contact">Contact</a></li><li><a href="/foi">Freedom of information</a>
</li><li><a href="/accessibility">Accessibility</a></li></ul></footer>
</body></html>
"""


def wire(a: dict[str, Any], n: int) -> str:
    y, m, d = a["published"].split("-")
    url = f"https://newswire.example/world/{y}/{m}/{d}/{slug(a['title'])}"
    first, *rest = a["paragraphs"]
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(a["title"])} | Newswire</title>
<link rel="canonical" href="{url}">
</head><body>
<div class="nav-wrap"><nav><a href="/world">World</a> <a href="/markets">Markets</a>
<a href="/business">Business</a></nav></div>
<div class="article-wrap">
<h1 data-testid="Heading">{e(a["title"])}</h1>
<div class="byline">By Newswire staff <time datetime="{a["published"]}T{9 + n}:4{n}:00Z">
{d} {MONTH[int(m) - 1][:3]} {y}</time> &middot; {n + 2} min read</div>
<div class="article-body">
<p data-testid="paragraph-0">{e(first)}</p>
<div class="related-coverage"><h3>Related coverage</h3><ul>
{links(pick(RELATED, n + 9, 2), n)}</ul></div>
{"".join(f'<p data-testid="paragraph-{i + 1}">{e(t)}</p>' for i, t in enumerate(rest))}
<p class="sign-off">Reporting by Newswire staff; editing by the world desk</p>
<p class="trust">Our standards: The Newswire Trust Principles.</p>
</div>
<div class="most-read"><h2>Most read</h2><ol>{links(pick(MOST_READ, n + 3, 4), n)}</ol></div>
<div class="more-news"><h2>More from Newswire</h2>{
        "".join(
            f'<div class="card"><a href="/m/{i}"><h3>{e(t)}</h3></a></div>'
            for i, t in enumerate(pick(RELATED, n + 12, 3))
        )
    }</div>
</div>
<footer>All quotes delayed a minimum of 15 minutes.</footer>
</body></html>
"""


def app(a: dict[str, Any], n: int) -> str:
    def c(name: str) -> str:  # a CSS-module hash in place of a meaningful class name
        return "css-" + hashlib.sha1(f"{name}{n}".encode()).hexdigest()[:6]

    [caption] = pick(CAPTIONS, n + 7, 1)
    related = "".join(
        f'<li class="{c("li")}"><a class="{c("a")}" href="/s/{i}"><span>{e(t)}</span></a></li>'
        for i, t in enumerate(pick(RELATED, n + 11, 3))
    )
    ld = {"@type": "NewsArticle", "headline": a["title"], "datePublished": a["published"]}
    comment_divs = "".join(
        f'<div class="{c("cm")}"><div class="{c("cmh")}">{e(who)}</div>'
        f'<div class="{c("cmb")}">{e(said)}</div></div>'
        for who, said in pick(COMMENTS, n + 2, 2)
    )
    body = "".join(
        f'<p class="{c("p")}" data-testid="paragraph">{e(t)}</p>' for t in a["paragraphs"]
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(a["title"])} - The Ledger</title>
<script type="application/ld+json">{json.dumps(ld)}</script>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"page":"story"}}}}</script>
</head><body><div id="__next"><div class="{c("app")}">
<div class="{c("top")}"><a class="{c("logo")}" href="/">The Ledger</a><div class="{c("menu")}">
<a href="/world">World</a><a href="/politics">Politics</a></div></div>
<div class="{c("grid")}"><div class="{c("col")}">
<h1 class="{c("h1")}" data-testid="headline">{e(a["title"])}</h1>
<div class="{c("by")}"><span>The Ledger</span></div>
<figure class="{c("fig")}"><img class="{c("img")}" src="/i/{n}.webp" alt="">
<figcaption class="{c("cap")}"><span class="{c("capt")}">{e(caption)}</span></figcaption></figure>
<section class="{c("body")}" name="articleBody">{body}</section>
<div class="{c("rel")}" data-testid="related"><h2 class="{c("relh")}">More on this story</h2>
<ul class="{c("ul")}">{related}</ul></div>
<div class="{c("cms")}" data-testid="comments"><h2 class="{c("cmsh")}">Conversation</h2>
{comment_divs}</div>
</div></div></div></div></body></html>
"""


def broken(a: dict[str, Any], n: int) -> tuple[str, str]:
    """(markup, the encoding its bytes are written in)."""
    [caption] = pick(CAPTIONS, n + 2, 1)
    related = links(pick(RELATED, n + 5, 3), n).replace("</li>", "")  # unclosed <li>
    body = "\n".join(f"<p>{e(t)}" for t in a["paragraphs"])  # unclosed <p>
    if n == 1:  # declared UTF-8, served as Windows-1252
        head = f'<meta charset="utf-8"><meta name="date" content="{a["published"]}">'
        encoding = "cp1252"
    elif n == 2:  # declared ISO-8859-1, served as UTF-8; the date only in the text
        head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        encoding = "utf-8"
        y, m, d = a["published"].split("-")
        body = f"<p class=dateline>Published {d}/{m}/{y}\n" + body
    elif n == 3:  # unclosed <div>s, date in JSON-LD
        ld = {"@type": "NewsArticle", "datePublished": a["published"], "headline": a["title"]}
        head = f'<meta charset="utf-8"><script type="application/ld+json">{json.dumps(ld)}</script>'
        encoding = "utf-8"
    else:  # no <html>, <head> or <body>; the date only in the URL
        y, m, d = a["published"].split("-")
        head = f'<link rel="canonical" href="https://oldsite.example/{y}/{m}/{d}/story{n}.html">'
        encoding = "utf-8"
    page = f"""<!DOCTYPE html>
{"<html><head>" if n != 4 else ""}{head}<title>{e(a["title"])}</title>
{"</head><body>" if n != 4 else ""}
<div id=menu><a href=/>Home</a> <a href=/world>World</a> <a href=/opinion>Opinion</a>
<div id=main><div class=post>
<h2 class=post-title>{e(a["title"])}</h2>
<div class=pic><img src=/p/{n}.jpg><p class=wp-caption-text>{e(caption)}</div>
<div class=entry>
{body}
<div class=share>Share: <a href=#>Facebook</a> <a href=#>Twitter</a>
</div>
<div class=yarpp-related><h3>Related posts:</h3><ol>{related}</ol>
<div id=comments><h3>{n + 1} Responses</h3>{comments(n + 6, 2)}
<div id=sidebar><h3>Popular</h3><ul>{links(pick(MOST_READ, n + 5, 3), n)}</ul>
<div id=footer>Powered by an old blog engine
{"</body></html>" if n != 4 else ""}
"""
    return page, encoding


INDEX_PAGES = {
    "index-world": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>World news | The Courier</title>
<meta property="og:type" content="website"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
</header><main><h1>World</h1>
<div class="card"><h2><a href="/world/1">Meloni and Sanchez meet in Rome to discuss migration</a>
</h2><p class="dek">The two leaders agreed to meet again in Madrid.</p>
<span>5 March 2025</span></div>
<div class="card"><h2><a href="/world/2">Tusk calls Fico over gas transit</a></h2>
<p class="dek">The Polish prime minister spoke with his Slovak counterpart on Friday.</p></div>
<div class="card"><h2><a href="/world/3">Erdogan to visit Baghdad next week</a></h2>
<p class="dek">The Turkish president will hold talks on water and oil.</p></div>
<ul class="more"><li><a href="/world/4">Rubio meets Wang Yi in Kuala Lumpur</a></li>
<li><a href="/world/5">Modi hosts Albanese in New Delhi</a></li></ul>
</main><footer>&copy; The Courier</footer></body></html>
""",
    "index-readouts": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Readouts - Ministry of Foreign Affairs</title>
</head><body><nav><a href="/">Home</a> / News</nav><main><h1>Readouts</h1><ul class="listing">
<li><a href="/r/1">Readout of the Secretary's Meeting with Philippine Foreign Secretary Lazaro</a>
<span class="date">April 9, 2025</span></li>
<li><a href="/r/2">Secretary's Call with Japanese Foreign Minister Iwaya</a>
<span class="date">April 8, 2025</span></li>
<li><a href="/r/3">Secretary's Meeting with Saudi Foreign Minister Faisal bin Farhan</a>
<span class="date">April 7, 2025</span></li></ul>
<nav class="pager"><a href="?page=2">Next page</a></nav></main></body></html>
""",
}


def main() -> None:
    pages = HERE / "pages"
    pages.mkdir(exist_ok=True)
    gold: list[dict[str, Any]] = []
    plain: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    for a in ARTICLES:
        n = counts[a["family"]] = counts.get(a["family"], 0) + 1
        if a["family"] == "broken":
            markup, encoding = broken(a, n)
        else:
            markup, encoding = globals()[a["family"]](a, n), "utf-8"
        name = f"pages/{a['id']}.html"
        (HERE / name).write_bytes(markup.encode(encoding))
        common = {"id": a["id"], "published": a["published"], "source_url": None}
        gold.append({**common, "path": name, "events": a["events"]})
        text = a["title"] + "\n\n" + "\n\n".join(a["paragraphs"])
        plain.append({**common, "title": a["title"], "text": text, "events": a["events"]})
    for name, markup in INDEX_PAGES.items():
        (pages / f"{name}.html").write_text(markup, encoding="utf-8")
    for file, docs in (("gold.jsonl", gold), ("plain.jsonl", plain)):
        with open(HERE / file, "w", encoding="utf-8") as out:
            for doc in docs:
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{len(gold)} article pages, {len(INDEX_PAGES)} index pages")


if __name__ == "__main__":
    main()
