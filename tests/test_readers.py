"""io.readers: every input format, and every bad input reported once while the rest is read."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from diplo_extract.errors import InputError
from diplo_extract.io import readers
from diplo_extract.io.readers import is_warning, iter_articles
from diplo_extract.schema import Article


def read(paths: Iterable[str | Path], **kwargs: Any) -> tuple[list[Article], list[InputError]]:
    errors: list[InputError] = []
    articles = list(iter_articles([str(p) for p in paths], on_error=errors.append, **kwargs))
    return articles, errors


def messages(errors: list[InputError]) -> list[str]:
    return [str(e) for e in errors]


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A good article that sits beside each bad input: it must always come through."""
    path = tmp_path / "good.txt"
    path.write_text("Putin met Trump in Alaska.\n", encoding="utf-8")
    return path


# -- plain text and ids --------------------------------------------------------------------------


def test_file_argument_id_is_its_stem_and_source_the_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "002_af16.txt"
    path.write_text("Leaders met.", encoding="utf-8")
    [article], errors = read([path])
    assert errors == []
    assert article == Article(id="002_af16", text="Leaders met.", source=str(path))


def test_directory_ids_are_relative_paths_without_extension(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "002_af16.txt").write_text("one", encoding="utf-8")
    (seeds / "sub" / "notes.v2.md").write_text("two", encoding="utf-8")
    articles, errors = read([f"{seeds}/"])
    assert errors == []
    assert [(a.id, a.source) for a in articles] == [
        ("002_af16", f"{seeds}/002_af16.txt"),
        ("sub/notes.v2", f"{seeds}/sub/notes.v2.md"),
    ]


def test_directory_walk_is_sorted_skips_hidden_and_survives_symlink_loops(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for rel in ["b.txt", "a/z.txt", "a/b/y.txt", "c.txt", "A.txt", ".hidden.txt", ".git/HEAD"]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(rel, encoding="utf-8")
    (root / "a" / "b" / "loop").symlink_to(root, target_is_directory=True)
    (root / "a" / "self").symlink_to(root / "a", target_is_directory=True)
    articles, errors = read([root])
    assert errors == []
    assert [a.id for a in articles] == ["A", "a/b/y", "a/z", "b", "c"]


def test_symlinked_file_is_followed_and_broken_link_reported(tmp_path: Path, good: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "link.txt").symlink_to(good)
    (root / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    articles, errors = read([root])
    assert [a.id for a in articles] == ["link"]
    assert messages(errors) == [
        f"{root}/broken.txt: broken symbolic link — fix the link or remove it"
    ]


def test_plain_text_newlines_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"line one\r\nline two\rthree")
    [article], _ = read([path])
    assert article.text == "line one\nline two\nthree"


def test_unknown_extension_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "wire.story"
    path.write_text("Talks resumed.", encoding="utf-8")
    [article], errors = read([path])
    assert (article.id, article.text, errors) == ("wire", "Talks resumed.", [])


def test_a_file_named_twice_warns_of_its_duplicate_id(good: Path) -> None:
    articles, errors = read([good, good])
    assert len(articles) == 2
    assert messages(errors) == [
        f'{good}: duplicate id "good" (first seen at {good}) — '
        "give each article a unique id; both are processed"
    ]


# -- bad inputs: one message each, the good input beside still read ------------------------------


def test_missing_path(tmp_path: Path, good: Path) -> None:
    missing = tmp_path / "missing.txt"
    articles, errors = read([missing, good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [f"{missing}: no such file or directory — check the path"]
    assert not is_warning(errors[0])


def test_permission_denied(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, for whom chmod 000 does not deny: refuse the open instead.
    locked = tmp_path / "locked.txt"
    locked.write_text("secret", encoding="utf-8")
    real_open = open

    def fake_open(path: str, *args: object, **kwargs: object) -> object:
        if path == str(locked):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(readers, "open", fake_open, raising=False)
    articles, errors = read([locked, good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [f"{locked}: permission denied — make it readable or leave it out"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads anything")
def test_unreadable_directory(tmp_path: Path, good: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        articles, errors = read([locked, good])
    finally:
        locked.chmod(0o755)
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [f"{locked}: permission denied — make it readable or leave it out"]


def test_a_file_used_as_a_directory(tmp_path: Path, good: Path) -> None:
    wrong = f"{good}/"
    articles, errors = read([wrong, f"{good}/inner.txt", good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [
        f"{where}: not a directory: a file stands where the path needs a directory — "
        "check the path (a trailing / after a file name?)"
        for where in (wrong, f"{good}/inner.txt")
    ]


def test_binary_file(tmp_path: Path, good: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    articles, errors = read([binary, good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [
        f"{binary}: binary file (contains NUL bytes) — "
        "pass text, HTML, JSON or JSON Lines (UTF-16 needs a byte-order mark)"
    ]


# the last: one no-break space in a legacy encoding (cp1252 0xA0), blank once decoded
@pytest.mark.parametrize("content", [b"", b"  \n\t\n", b"\xa0", b" \xa0\n"])
def test_empty_file(tmp_path: Path, good: Path, content: bytes) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    articles, errors = read([empty, good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [f"{empty}: empty file — remove it or put the article text in it"]


def test_empty_jsonl_file(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n\n")
    articles, errors = read([empty, good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [
        f"{empty}: empty file — remove it or put one JSON object per line in it"
    ]


def test_file_over_max_bytes(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 101, encoding="utf-8")
    articles, errors = read([big, good], max_bytes=100)
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [
        f"{big}: 101 bytes, over the 100-byte limit — "
        "split it into smaller pieces or raise --max-bytes"
    ]


def test_gzip_over_max_bytes_once_decompressed(tmp_path: Path, good: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"x" * 10_000))
    articles, errors = read([bomb, good], max_bytes=1000)
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [
        f"{bomb}: decompressed, it is over the 1,000-byte limit — "
        "split it into smaller pieces or raise --max-bytes"
    ]


def test_jsonl_line_over_max_bytes_is_skipped_alone(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "n.jsonl", {"text": "a"}, {"text": "x" * 500}, {"text": "c"})
    articles, errors = read([path], max_bytes=100)
    assert [a.text for a in articles] == ["a", "c"]
    assert [a.id for a in articles] == ["n.jsonl:1", "n.jsonl:3"]
    assert messages(errors) == [
        f"{path}:2: line over the 100-byte limit — "
        "split it into smaller pieces or raise --max-bytes"
    ]


def test_malformed_json_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"text": "a"}\n{"text": "b",\n{"text": "c"}\n', encoding="utf-8")
    articles, errors = read([path])
    assert [a.text for a in articles] == ["a", "c"]
    assert messages(errors) == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes, "
        "column 14) — fix or remove the line; each line must be one JSON object"
    ]


def test_line_that_is_not_an_object(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "news.jsonl", ["a list"], {"text": "ok"})
    articles, errors = read([path])
    assert [a.text for a in articles] == ["ok"]
    assert messages(errors) == [
        f'{path}:1: a JSON list, not an object — give each article as an object with a "text" field'
    ]


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a"}, 'no "text" field — put the article text in "text"'),
        ({"text": None}, 'no "text" field — put the article text in "text"'),
        (
            {"text": 42},
            '"text" is a number, not a string — put the article text in "text" as a string',
        ),
        (
            {"text": ["a"]},
            '"text" is a list, not a string — put the article text in "text" as a string',
        ),
        ({"text": "  "}, '"text" is empty — fill in the text or remove the record'),
    ],
)
def test_record_without_usable_text(tmp_path: Path, record: object, message: str) -> None:
    path = jsonl(tmp_path / "news.jsonl", {"text": "before"}, record, {"text": "after"})
    articles, errors = read([path])
    assert [a.text for a in articles] == ["before", "after"]
    assert messages(errors) == [f"{path}:2: {message}"]


def test_duplicate_ids_warn_and_both_are_yielded(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "news.jsonl", {"id": "x", "text": "a"}, {"id": "x", "text": "b"})
    articles, errors = read([path])
    assert [(a.id, a.text) for a in articles] == [("x", "a"), ("x", "b")]
    assert messages(errors) == [
        f'{path}:2: duplicate id "x" (first seen at {path}:1) — '
        "give each article a unique id; both are processed"
    ]
    assert is_warning(errors[0])


def test_every_problem_is_reported_exactly_once(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "bin.dat").write_bytes(b"\x00\x01")
    (bad / "empty.txt").write_bytes(b"")
    jsonl(bad / "n.jsonl", {"text": "ok"}, {"id": 1})
    articles, errors = read([bad, tmp_path / "missing", good])
    assert [a.id for a in articles] == ["n.jsonl:1", "good"]
    wheres = [e.where for e in errors]
    assert wheres == [
        f"{bad}/bin.dat",
        f"{bad}/empty.txt",
        f"{bad}/n.jsonl:2",
        f"{tmp_path}/missing",
    ]


def test_a_gzip_that_is_not_gzip(tmp_path: Path, good: Path) -> None:
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_bytes(b'{"text": "not compressed"}\n')
    articles, errors = read([fake, good])
    assert [a.id for a in articles] == ["good"]
    assert len(errors) == 1
    assert str(errors[0]).startswith(f"{fake}: not a valid gzip file (")
    assert str(errors[0]).endswith("— re-compress it or pass it uncompressed")


# -- JSON Lines and JSON fields ------------------------------------------------------------------


def test_jsonl_fields_and_default_ids(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "news.jsonl",
        {
            "id": "a1",
            "text": "A",
            "title": "T",
            "url": "https://x.test/a",
            "published": "2025-02-27",
        },
        {"text": "B", "published": "2025-02-27T23:30:00-05:00", "extra": "ignored"},
        {"id": 7, "text": "C", "published": "2024-03-03 11:03:18Z"},
    )
    articles, errors = read([path])
    assert errors == []
    assert articles == [
        Article(
            id="a1",
            text="A",
            title="T",
            url="https://x.test/a",
            published=dt.date(2025, 2, 27),
            source=str(path),
        ),
        Article(id="news.jsonl:2", text="B", published=dt.date(2025, 2, 27), source=str(path)),
        Article(id="7", text="C", published=dt.date(2024, 3, 3), source=str(path)),
    ]


def test_jsonl_default_id_is_relative_to_the_directory_argument(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    jsonl(tmp_path / "feeds" / "a.jsonl", {"text": "A"})
    [article], _ = read([tmp_path])
    assert article.id == "feeds/a.jsonl:1"


@pytest.mark.parametrize("published", ["yesterday", "2025-02-30", "2025-13-01", 20250227])
def test_unparseable_published_warns_and_yields_without_it(
    tmp_path: Path, published: object
) -> None:
    path = jsonl(tmp_path / "news.jsonl", {"text": "A", "published": published})
    [article], errors = read([path])
    assert article.published is None
    assert messages(errors) == [
        f'{path}:1: "published" is not an ISO date: {json.dumps(published)} — '
        "use YYYY-MM-DD or an ISO datetime; the article is read without it"
    ]
    assert is_warning(errors[0])


def test_non_string_optional_fields_warn_and_fall_back(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "news.jsonl", {"text": "A", "id": [1], "title": 3})
    [article], errors = read([path])
    assert (article.id, article.title) == ("news.jsonl:1", None)
    assert messages(errors) == [
        f'{path}:1: "id" is a list, not a string; using "news.jsonl:1" — '
        "give each record a string id",
        f'{path}:1: "title" is a number, not a string; ignored — give "title" as a string',
    ]
    assert all(is_warning(e) for e in errors)


def test_field_names_can_be_chosen(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "news.jsonl",
        {"body": "A", "doc": "d1", "date": "2025-01-02", "headline": "H"},
    )
    [article], errors = read(
        [path], text_field="body", id_field="doc", date_field="date", title_field="headline"
    )
    assert errors == []
    assert (article.id, article.text, article.published, article.title) == (
        "d1",
        "A",
        dt.date(2025, 1, 2),
        "H",
    )


def test_jsonl_with_crlf_and_blank_lines_keeps_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(b'\r\n{"text": "A"}\r\n\r\n{"text": "B"}')
    articles, errors = read([path])
    assert errors == []
    assert [a.id for a in articles] == ["news.jsonl:2", "news.jsonl:4"]


def test_json_object_file(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "Solo", "title": "T"}), encoding="utf-8")
    [article], errors = read([path])
    assert errors == []
    assert (article.id, article.text, article.title) == ("one", "Solo", "T")


def test_json_list_file(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(
        json.dumps([{"text": "A", "id": "a"}, {"text": "B"}, {"title": "no text"}]),
        encoding="utf-8",
    )
    articles, errors = read([path])
    assert [(a.id, a.text) for a in articles] == [("a", "A"), ("many.json#2", "B")]
    assert messages(errors) == [f'{path}#3: no "text" field — put the article text in "text"']


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"text": "A",\n "title": }',
            ":2: not valid JSON (Expecting value, column 11) — "
            "fix the file; it must hold one object or a list of objects",
        ),
        (
            '"just a string"',
            ": a JSON string, not an object or a list of objects — "
            'give each article as an object with a "text" field',
        ),
    ],
)
def test_bad_json_file(tmp_path: Path, good: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    articles, errors = read([path, good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [f"{path}{message}"]


# -- gzip ----------------------------------------------------------------------------------------


def test_gzipped_jsonl_and_text(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(b'{"text": "A"}\n{"text": "B"}\n'))
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress("Café talks.".encode()))
    articles, errors = read([tmp_path])
    assert errors == []
    assert [(a.id, a.text) for a in articles] == [
        ("feed.jsonl.gz:1", "A"),
        ("feed.jsonl.gz:2", "B"),
        ("story", "Café talks."),
    ]


def test_gzipped_json_list(tmp_path: Path) -> None:
    path = tmp_path / "batch.json.gz"
    path.write_bytes(gzip.compress(json.dumps([{"text": "A"}]).encode()))
    [article], errors = read([path])
    assert (article.id, errors) == ("batch.json.gz#1", [])


# -- encodings -----------------------------------------------------------------------------------

TEXT = "Erdoğan met Zelensky in Kyiv — “talks” at the café."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32-bom"],
)
def test_unicode_encodings_are_read_silently(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [article], errors = read([path])
    assert errors == []
    assert article.text == TEXT


def test_utf16_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(('{"text": "Kyiv — talks"}\n{"text": "B"}\n').encode("utf-16"))
    articles, errors = read([path])
    assert errors == []
    assert [(a.id, a.text) for a in articles] == [("a.jsonl:1", "Kyiv — talks"), ("a.jsonl:2", "B")]


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky’s visit to Kyiv — café talks “soon”.",
        "Réunion à Paris: le président a rencontré son homologue allemand.",
        "Café",
    ],
)
def test_cp1252_is_decoded_with_a_warning(tmp_path: Path, good: Path, text: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    articles, errors = read([path, good])
    assert [a.text for a in articles] == [text, good.read_text(encoding="utf-8")]
    assert messages(errors) == [
        f"{path}: not UTF-8; decoded as cp1252 — convert it to UTF-8 to be sure"
    ]
    assert is_warning(errors[0])


def test_cp1252_jsonl_line_is_decoded_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.jsonl"
    path.write_bytes(b'{"text": "ok"}\n' + '{"text": "café “x”"}\n'.encode("cp1252"))
    articles, errors = read([path])
    assert [a.text for a in articles] == ["ok", "café “x”"]
    assert messages(errors) == [
        f"{path}:2: not UTF-8; decoded as cp1252 — convert it to UTF-8 to be sure"
    ]


def test_nul_bytes_without_bom_are_binary_even_if_utf16(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes("Hello".encode("utf-16-le"))
    articles, errors = read([path])
    assert articles == []
    assert [e.problem for e in errors] == ["binary file (contains NUL bytes)"]


# -- HTML ----------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head>
<meta charset="utf-8"><title>Putin meets Trump | The Daily</title>
<meta property="article:published_time" content="2025-08-08T09:00:00+03:00">
<link rel="canonical" href="https://news.test/putin-trump">
<style>p { color: red }</style><script>var tracking = "Subscribe";</script>
</head><body>
<header class="masthead"><a href="/">The Daily</a> <a href="/world">World</a></header>
<nav><ul><li>Home</li><li>Politics</li></ul></nav>
<div role="navigation">Breadcrumbs</div>
<main>
 <article>
  <header><h1>Putin and   Trump to meet</h1><p class="byline">By A. Writer</p></header>
  <p>Russian President Vladimir Putin will meet <a href="/t">Donald Trump</a>
     in Alaska next Friday, the Kremlin said on Thursday.</p>
  <p>The talks &amp; the summit<br>were confirmed by both governments.</p>
  <footer>Share this story</footer>
 </article>
 <aside>Related: other stories</aside>
</main>
<div hidden>hidden text</div>
<footer>© 2025 The Daily — Contact</footer>
<noscript>Enable JavaScript</noscript>
</body></html>
"""

PAGE_TEXT = (
    "Putin and Trump to meet\n\n"
    "Russian President Vladimir Putin will meet Donald Trump in Alaska next Friday, the Kremlin "
    "said on Thursday.\n\n"
    "The talks & the summit\nwere confirmed by both governments."
)


def test_html_article_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    [article], errors = read([path])
    assert errors == []
    assert article.text == PAGE_TEXT
    assert article.id == "story"
    assert article.source == str(path)
    assert article.title == "Putin and Trump to meet"
    assert article.published == dt.date(2025, 8, 8)
    assert article.url == "https://news.test/putin-trump"


def test_html_without_article_element_finds_the_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    path.write_text(
        "<html><head><title>Talks | Site</title></head><body><nav>Menu</nav>"
        "<div><p>Talks were held in Geneva on Monday between the two delegations.</p>"
        "<p>Both sides agreed to meet again next month, the mediators said.</p></div>"
        "<script>x()</script></body></html>",
        encoding="utf-8",
    )
    [article], errors = read([path])
    assert errors == []
    assert article.text == (
        "Talks\n\nTalks were held in Geneva on Monday between the two delegations.\n\n"
        "Both sides agreed to meet again next month, the mediators said."
    )
    assert article.title == "Talks"


def test_html_with_declared_legacy_charset_is_read_silently(tmp_path: Path) -> None:
    path = tmp_path / "old.html"
    path.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>Réunion à Paris — “talks” between the French and German foreign "
        "ministers, held on Monday at the Quai d’Orsay.</p></body></html>".encode("cp1252")
    )
    [article], errors = read([path])
    assert errors == []
    assert article.text.startswith("Réunion à Paris — “talks”")


def test_html_without_text(tmp_path: Path, good: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav>Home</nav><script>x()</script></body></html>", "utf-8")
    articles, errors = read([path, good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [
        f"{path}: no article found in the HTML (an index, search or error page?); skipped — "
        "pass the article's own page, or its text as .txt"
    ]
    assert is_warning(errors[0])


def test_deeply_nested_html_is_no_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 5000 + "<p>Deep talks.</p>" + "</div>" * 5000, encoding="utf-8")
    articles, errors = read([path])
    assert articles == []
    assert [e.problem for e in errors] == [
        "no article found in the HTML (an index, search or error page?); skipped"
    ]


# -- standard input ------------------------------------------------------------------------------


def test_stdin_plain_text() -> None:
    [article], errors = read(["-"], stdin=io.StringIO("Leaders met in Geneva.\n"))
    assert errors == []
    assert article == Article(id="<stdin>", text="Leaders met in Geneva.\n", source="<stdin>")


def test_stdin_plain_text_starting_with_a_brace_word_is_still_text() -> None:
    [article], _ = read(["-"], stdin=io.BytesIO(b"  Geneva talks {draft}\n"))
    assert article.id == "<stdin>"


def test_stdin_jsonl_detected_after_blank_lines() -> None:
    data = b'\n  \n{"text": "A"}\n{"text": "B", "id": "b"}\nnot json\n'
    articles, errors = read(["-"], stdin=io.BytesIO(data))
    assert [(a.id, a.text, a.source) for a in articles] == [
        ("<stdin>:3", "A", "<stdin>"),
        ("b", "B", "<stdin>"),
    ]
    assert [e.where for e in errors] == ["<stdin>:5"]


def test_stdin_text_stream_with_a_buffer_is_read_as_bytes() -> None:
    stdin = io.TextIOWrapper(io.BytesIO('{"text": "Kyiv — talks"}\n'.encode()), encoding="ascii")
    [article], errors = read(["-"], stdin=stdin)
    assert (article.text, errors) == ("Kyiv — talks", [])


def test_stdin_json_list_and_html() -> None:
    [a], _ = read(["-"], stdin=io.StringIO('[{"text": "A"}]'))
    [b], _ = read(["-"], stdin=io.StringIO(PAGE))
    assert (a.id, a.text) == ("<stdin>#1", "A")
    assert (b.title, b.text) == ("Putin and Trump to meet", PAGE_TEXT)


def test_stdin_empty() -> None:
    articles, errors = read(["-"], stdin=io.BytesIO(b" \n"))
    assert articles == []
    assert messages(errors) == ["<stdin>: empty input — pipe the articles in or name files"]


def test_stdin_defaults_to_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "A"}\n')))
    [article], _ = read(["-"])
    assert article.id == "<stdin>:1"


class _Trickle(io.RawIOBase):
    """A pipe that hands over one line per read and counts the reads."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.served == len(self.lines):
            return 0
        line = self.lines[self.served]
        self.served += 1
        buffer[: len(line)] = line
        return len(line)


def test_jsonl_streams_one_record_at_a_time() -> None:
    pipe = _Trickle([f'{{"text": "t{i}"}}\n'.encode() for i in range(100)])
    errors: list[InputError] = []
    articles = iter_articles(["-"], on_error=errors.append, stdin=io.BufferedReader(pipe))
    assert next(articles).text == "t0"
    assert pipe.served < 5
    assert [a.text for a in articles][-1] == "t99"
    assert errors == []


# -- hostile input: mixed encodings, JSON beyond reading, progress ---------------------------------


def test_utf8_with_a_few_bad_bytes_stays_utf8(tmp_path: Path, good: Path) -> None:
    # Accented names in UTF-8, and six bytes that are no UTF-8 at all in one line.
    path = tmp_path / "damaged.txt"
    path.write_bytes(
        "Foreign Minister Zoë Ŝtrąk met Émile Ångström in Kessel.\n".encode()
        + "Ŝtrąk said".encode()
        + b" \xff\xfe\xfd\xfc\xfb\xfa "
        + b"the talks went well.\n"
    )
    articles, errors = read([path, good])
    assert [a.id for a in articles] == ["damaged", "good"]
    text = articles[0].text
    assert "Zoë Ŝtrąk met Émile Ångström" in text  # not mojibake
    assert text.count("\ufffd") == 6
    [warning] = errors
    assert is_warning(warning)
    assert str(warning).startswith(f"{path}: mostly UTF-8: 6 bad byte run(s) replaced with U+FFFD")
    assert "line 2 column 12" in str(warning)


def test_a_legacy_line_in_a_utf8_file_is_read_in_the_legacy_encoding() -> None:
    data = "Zoë met Émile.\n".encode() + "Café talks in Kessel.\n".encode("cp1252")
    mixed = readers.decode_mixed(data)
    assert mixed.text == "Zoë met Émile.\nCafé talks in Kessel.\n"
    assert mixed.legacy_lines == [2] and mixed.replaced_count == 0


def test_a_jsonl_line_with_bad_bytes_keeps_its_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"id": "a", "text": "' + "Zoë Ŝtrąk".encode() + b' \xff met"}\n')
    [article], [warning] = read([path])
    assert article.text == "Zoë Ŝtrąk \ufffd met"
    assert str(warning).startswith(f"{path}:1: mostly UTF-8: 1 bad byte run(s)")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply to read"),
        ('{"text": "a", "n": ' + "9" * 5000 + "}", "JSON that cannot be read (Exceeds the limit"),
    ],
)
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_beyond_reading_is_one_bad_input(
    tmp_path: Path, good: Path, content: str, problem: str, suffix: str
) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content + "\n", encoding="utf-8")
    articles, errors = read([path, good])
    assert [a.id for a in articles] == ["good"]
    [error] = errors
    where = f"{path}:1" if suffix == ".jsonl" else str(path)
    assert str(error).startswith(f"{where}: {problem}")


def test_lone_surrogates_in_json_are_replaced(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "s.jsonl", {"text": "Zoë met \ud800 Émile", "title": "x\udfff"})
    [article], [warning] = read([path])
    assert article.text == "Zoë met \ufffd Émile" and article.title == "x\ufffd"
    assert "lone surrogate" in str(warning)
    article.model_dump_json().encode("utf-8")  # writable as UTF-8


def test_an_empty_directory_is_reported(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty"
    (empty / ".hidden").mkdir(parents=True)
    articles, errors = read([empty, good])
    assert [a.id for a in articles] == ["good"]
    assert messages(errors) == [
        f"{empty}: no files to read in this directory (hidden files and folders are skipped) "
        "— check the path, or put the articles in it"
    ]


def test_bytes_read_add_up_to_the_input_size(tmp_path: Path, good: Path) -> None:
    lines = jsonl(tmp_path / "a.jsonl", *({"text": f"article {n}"} for n in range(50)))
    packed = tmp_path / "b.jsonl.gz"
    packed.write_bytes(gzip.compress(lines.read_bytes()))
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "c.txt").write_text("Leaders met.", encoding="utf-8")
    (folder / "bad.json").write_text("{", encoding="utf-8")
    paths = [lines, packed, folder, good]
    seen: list[int] = []
    articles, errors = read(paths, on_bytes=seen.append)
    assert len(articles) == 102 and len(errors) == 1
    assert sum(seen) == readers.input_size([str(p) for p in paths])
    assert len(seen) > 4  # a JSON Lines file reports as it goes, not only at its end
    assert readers.input_size(["-", str(good)]) is None
