"""Articles from files, directories and standard input: the one place input is read.

`iter_articles(paths, on_error=...)` yields `Article`s lazily, in argument order and, inside a
directory, in sorted order. A problem with one input never stops the run: it is passed to
`on_error` as an `InputError` (exactly once) and reading goes on with the next file, line or record.

Formats, chosen by extension (an inner one under `.gz`, which is decompressed on the fly):

* `.jsonl` / `.ndjson`: one JSON object per line, read line by line. Fields `text` (required),
  `id`, `title`, `published`, `url` (the first four renamable by keyword). A record without an id
  gets `<file>:<line>`, where `<file>` is the path relative to the argument it was found under
  (a file argument: its name), so ids do not depend on the working directory.
* `.json`: one object (id as for plain text when it has none) or a list of objects (`<file>#<n>`,
  counted from 1).
* `.html` / `.htm` / `.xhtml`: the article alone, as trafilatura finds it (no navigation,
  captions, related stories, comments or share bars); title, canonical URL and publication date
  (htmldate: JSON-LD, meta tags, URL, text) from the page. See `io/html.py`.
* anything else (`.txt`, `.md`, ...): one article per file, the whole text; newlines normalised
  to `\\n`.
* `-`: standard input. JSON Lines when the first non-blank character is `{`, a JSON list when it
  is `[`, HTML when it starts with `<!doctype html` or `<html`, otherwise plain text with id
  `<stdin>`. Lines without an id get `<stdin>:<line>`.

Decisions worth knowing:

* Warnings vs errors. Some reports do not drop the input: the article is still yielded. These
  InputErrors carry `is_warning = True` (every InputError created here has the attribute; use
  `is_warning(err)`): a legacy encoding was guessed ("decoded as cp1252"), a duplicate id, an
  unparseable `published` (the article is yielded with `published=None`), an `id`, `title` or
  `url` that is not a string (replaced by the derived id / None). An HTML page in which no
  article is found (an index page) is a warning too, though nothing is yielded: it is not a
  broken input, only one with nothing to read.
* Size limit. `max_bytes` bounds one article: a whole plain, HTML or `.json` file (decompressed
  size for `.gz`) and one line of a JSON Lines file, so arbitrarily large JSONL corpora stream
  through while a single runaway record is refused.
* Encodings. UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, an HTML `<meta charset>`
  declaration; anything else is guessed by charset-normalizer, preferring cp1252 among equally
  plausible candidates (short Western texts are otherwise often labelled cp1250 or worse), and a
  warning is reported. Bytes with NUL and no UTF-16/32 BOM are binary: an error.
* JSON field values are kept verbatim (evidence offsets index into them); plain and HTML text is
  what the extractor sees, so offsets index into the yielded `Article.text`.
* Directory walks skip hidden entries (`.git` included), follow symbolic links, visit each real
  directory once (loops and repeated links are skipped silently) and report files that are not
  regular files (sockets, FIFOs) as errors. A hidden or special path given as an argument is read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import PurePosixPath
from typing import IO, BinaryIO, NamedTuple, TextIO, cast

import charset_normalizer

from diplo_extract.errors import InputError
from diplo_extract.schema import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "STDIN_NAME",
    "article_from_record",
    "JsonLine",
    "is_warning",
    "iter_articles",
    "iter_json_lines",
]

STDIN = "-"
STDIN_NAME = "<stdin>"
# One article far bigger than any news story; a runaway file is refused before it is read whole.
DEFAULT_MAX_BYTES = 10_000_000

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_SNIFF_BYTES = 8192
_GZIP_MAGIC = b"\x1f\x8b"
_WHITESPACE = b" \t\r\n\f\v"
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def is_warning(error: InputError) -> bool:
    """True when the input behind `error` was still used (see the module docstring)."""
    return error.is_warning


def iter_articles(
    paths: Sequence[str],
    *,
    on_error: Callable[[InputError], None],
    stdin: TextIO | BinaryIO | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "published",
    title_field: str = "title",
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[Article]:
    """Yield the articles of `paths` (files, directories, `-` for `stdin`, default sys.stdin).

    Never raises for a problem with one input: it goes to `on_error` and reading goes on.
    `on_bytes(n)` is told of each run of `n` input bytes read (on disk: compressed for `.gz`),
    for a progress bar against `input_size(paths)`.
    """
    reader = _Reader(
        on_error=on_error,
        on_bytes=on_bytes or _ignore,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        title_field=title_field,
        max_bytes=max_bytes,
    )
    for path in paths:
        if path == STDIN:
            yield from reader.read_stdin(stdin)
        else:
            for file_path, rel in reader.walk(path):
                yield from reader.read_file(file_path, rel)


class JsonLine(NamedTuple):
    """One line of a JSON Lines input, parsed: where it is and the JSON value on it."""

    path: str
    line: int
    value: object


def iter_json_lines(
    paths: Sequence[str],
    *,
    on_error: Callable[[InputError], None],
    stdin: TextIO | BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[JsonLine]:
    """The parsed lines of JSON Lines inputs (records, as `diplo extract` writes them): files of
    any extension (gzipped when named `.gz`), directories (walked as for articles) and `-`.

    A line that is not JSON, is over `max_bytes` or cannot be read is passed to `on_error` as
    an `InputError` naming the file and line, and reading goes on; what the values mean is the
    caller's business.
    """
    reader = _Reader(on_error=on_error, max_bytes=max_bytes)
    for path in paths:
        if path == STDIN:
            yield from reader.stdin_json_lines(stdin)
        else:
            for file_path, rel in reader.walk(path):
                yield from reader.json_lines(file_path, rel)


def _ignore(size: int) -> None:
    pass


def input_size(paths: Sequence[str]) -> int | None:
    """The bytes on disk of every file `iter_articles(paths)` would read, or None when that
    cannot be known (standard input). The same walk as reading, silent: problems are left for
    the reading pass to report."""
    if STDIN in paths:
        return None
    walker = _Reader(on_error=_ignore)
    total = 0
    for path in paths:
        for file_path, _rel in walker.walk(path):
            try:
                st = os.stat(file_path)
            except OSError:
                continue
            total += st.st_size if stat.S_ISREG(st.st_mode) else 0
    return total


def article_from_record(
    value: object,
    *,
    on_error: Callable[[InputError], None],
    where: str,
    default_id: str,
    source: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "published",
    title_field: str = "title",
) -> Article | None:
    """One record already parsed (a JSON Lines line as `json.loads` gives it) as an Article,
    checked exactly as a line of a JSON Lines file is; None (reported) when it has no usable text.

    For records that something else has read, such as Dask (diplo_extract.dask); `where` names
    the record in problems."""
    reader = _Reader(
        on_error=on_error,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        title_field=title_field,
    )
    return reader._record(value, where=where, default_id=default_id, source=source)


class _Loc:
    """A place inside an input: a line of a JSON Lines (or JSON) file, or an object of a list."""

    __slots__ = ("line", "path", "record")

    def __init__(self, path: str, *, line: int | None = None, record: int | None = None) -> None:
        self.path = path
        self.line = line
        self.record = record

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.record is not None:
            return f"{self.path}#{self.record}"
        return self.path


Where = str | _Loc


class _Reader:
    def __init__(
        self,
        *,
        on_error: Callable[[InputError], None],
        on_bytes: Callable[[int], None] = _ignore,
        text_field: str = "text",
        id_field: str = "id",
        date_field: str = "published",
        title_field: str = "title",
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.on_error = on_error
        self.on_bytes = on_bytes
        self.text_field = text_field
        self.id_field = id_field
        self.date_field = date_field
        self.title_field = title_field
        self.max_bytes = max_bytes
        # id -> where it was first seen: ids only, never articles, are kept.
        self.seen_ids: dict[str, str] = {}

    # -- reporting -------------------------------------------------------------------------------

    def error(self, where: Where, problem: str, fix: str) -> None:
        self._report(where, problem, fix, warning=False)

    def warn(self, where: Where, problem: str, fix: str) -> None:
        self._report(where, problem, fix, warning=True)

    def _report(self, where: Where, problem: str, fix: str, *, warning: bool) -> None:
        if isinstance(where, _Loc):
            error = InputError(
                where.path, problem, fix, warning=warning, line=where.line, record=where.record
            )
        else:
            error = InputError(where, problem, fix, warning=warning)
        self.on_error(error)

    def os_error(self, where: str, exc: OSError) -> None:
        if isinstance(exc, FileNotFoundError):
            if os.path.islink(where):
                self.error(where, "broken symbolic link", "fix the link or remove it")
            else:
                self.error(where, "no such file or directory", "check the path")
        elif isinstance(exc, PermissionError):
            self.error(where, "permission denied", "make it readable or leave it out")
        elif isinstance(exc, NotADirectoryError):
            self.error(
                where,
                "not a directory: a file stands where the path needs a directory",
                "check the path (a trailing / after a file name?)",
            )
        elif isinstance(exc, IsADirectoryError):
            self.error(where, "a directory where a file is needed", "name a file in it")
        else:
            reason = exc.strerror or str(exc)
            self.error(where, f"cannot read ({reason})", "check the file or leave it out")

    def too_big(self, where: Where, what: str) -> None:
        self.error(
            where,
            f"{what} over the {self.max_bytes:,}-byte limit",
            "split it into smaller pieces or raise --max-bytes",
        )

    # -- finding files ---------------------------------------------------------------------------

    def walk(self, arg: str) -> Iterator[tuple[str, str]]:
        """(path to open, path relative to `arg`) for each file named by the argument `arg`."""
        try:
            st = os.stat(arg)
        except OSError as exc:
            self.os_error(arg, exc)
            return
        if stat.S_ISDIR(st.st_mode):
            found = False
            for found_file in self._walk_dir(arg, "", {(st.st_dev, st.st_ino)}):
                found = True
                yield found_file
            if not found:
                self.error(
                    arg,
                    "no files to read in this directory (hidden files and folders are skipped)",
                    "check the path, or put the articles in it",
                )
        else:
            # A FIFO or device named explicitly (`<(cmd)`, /dev/stdin) is read like a file.
            yield arg, os.path.basename(os.path.normpath(arg))

    def _walk_dir(
        self, dirpath: str, rel: str, visited: set[tuple[int, int]]
    ) -> Iterator[tuple[str, str]]:
        try:
            with os.scandir(dirpath) as it:
                names = sorted(entry.name for entry in it)
        except OSError as exc:
            self.os_error(dirpath, exc)
            return
        for name in names:
            if name.startswith("."):
                continue
            path = os.path.join(dirpath, name)
            rel_path = f"{rel}/{name}" if rel else name
            try:
                st = os.stat(path)  # follows symbolic links
            except OSError as exc:
                self.os_error(path, exc)
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in visited:  # a symlink loop, or a directory linked twice
                    continue
                visited.add(key)
                yield from self._walk_dir(path, rel_path, visited)
            elif stat.S_ISREG(st.st_mode):
                yield path, rel_path
            else:
                self.error(path, "not a regular file", "leave it out of the directory")

    # -- files -----------------------------------------------------------------------------------

    def read_file(self, path: str, rel: str) -> Iterator[Article]:
        self._reported = 0  # bytes of this file already passed to on_bytes
        try:
            yield from self._read_file(path, rel)
        finally:
            try:
                size = os.stat(path).st_size
            except OSError:
                size = self._reported
            if size > self._reported:
                self.on_bytes(size - self._reported)

    def _read_so_far(self, handle: IO[bytes]) -> None:
        """Pass on the bytes of the open file read since the last call (for the progress)."""
        raw = getattr(handle, "fileobj", None) or handle
        try:
            position = raw.tell()
        except (OSError, ValueError):
            return
        if position > self._reported:
            self.on_bytes(position - self._reported)
            self._reported = position

    def _read_file(self, path: str, rel: str) -> Iterator[Article]:
        suffixes = [s.lower() for s in PurePosixPath(rel).suffixes]
        gz = bool(suffixes) and suffixes[-1] == ".gz"
        if gz:
            suffixes.pop()
        kind = suffixes[-1] if suffixes else ""
        if kind in JSONL_SUFFIXES:
            yield from self._read_jsonl_file(path, rel, gz)
            return
        data = self._read_bounded(path, gz)
        if data is None:
            return
        doc_id = _strip_suffixes(rel, gz)
        if kind in HTML_SUFFIXES:
            article = self._html_article(data, where=path, doc_id=doc_id)
        elif kind in JSON_SUFFIXES:
            yield from self._json_articles(data, where=path, doc_id=doc_id, rel=rel)
            return
        else:
            article = self._text_article(data, where=path, doc_id=doc_id)
        if article is not None:
            yield self._emit(article, path)

    def _open(self, path: str, gz: bool) -> IO[bytes] | None:
        try:
            handle: IO[bytes] = open(path, "rb")  # closed by the caller
        except OSError as exc:
            self.os_error(path, exc)
            return None
        if gz:
            return cast(IO[bytes], gzip.GzipFile(fileobj=handle, mode="rb"))
        return handle

    def _read_bounded(self, path: str, gz: bool) -> bytes | None:
        """The file's bytes (decompressed), or None after reporting why not."""
        handle = self._open(path, gz)
        if handle is None:
            return None
        with handle:
            if not gz:
                try:
                    size = os.fstat(handle.fileno()).st_size
                except OSError:
                    size = 0
                if size > self.max_bytes:
                    self.too_big(path, f"{size:,} bytes,")
                    return None
            try:
                data = handle.read(self.max_bytes + 1)
            except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
                self._bad_gzip(path, exc)
                return None
            except OSError as exc:
                self.os_error(path, exc)
                return None
            finally:
                if gz:
                    _close_inner(handle)
        if len(data) > self.max_bytes:
            self.too_big(path, "decompressed, it is" if gz else "it is")
            return None
        return data

    def _bad_gzip(self, where: str, exc: Exception) -> None:
        self.error(
            where, f"not a valid gzip file ({exc})", "re-compress it or pass it uncompressed"
        )

    # -- decoding --------------------------------------------------------------------------------

    def _decode(self, data: bytes, where: str, *, declared: str | None = None) -> str | None:
        """Text from bytes; None (reported) for empty, binary or undecodable input."""
        if not data.strip(_WHITESPACE):
            self.error(where, "empty file", "remove it or put the article text in it")
            return None
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:
                    self.error(
                        where,
                        f"starts with a {encoding.upper()} byte-order mark but is not valid "
                        f"{encoding.upper()}",
                        "re-save it as UTF-8",
                    )
                    return None
                return self._nonblank(text, where)
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        if b"\x00" in data:
            self.error(
                where,
                "binary file (contains NUL bytes)",
                "pass text, HTML, JSON or JSON Lines (UTF-16 needs a byte-order mark)",
            )
            return None
        try:
            return self._nonblank(data.decode("utf-8"), where)
        except UnicodeDecodeError:
            pass
        mostly = self._mostly_utf8(data, where, declared=declared)
        if mostly is not None:
            return self._nonblank(mostly, where)
        if declared:
            try:
                return self._nonblank(data.decode(declared), where)
            except (LookupError, UnicodeDecodeError):
                pass
        return self._decode_legacy(data, where, declared=declared)

    def _mostly_utf8(self, data: bytes, where: Where, *, declared: str | None = None) -> str | None:
        """Bytes that are not UTF-8 but mostly are (a bad byte run, a line pasted from a legacy
        file), decoded line by line and reported; None when they are not. The UTF-8 stays
        UTF-8 rather than the whole being read in a legacy encoding; a declared charset wins
        unless the UTF-8 in the bytes outweighs what is not."""
        if not _UTF8_MULTIBYTE.search(data):
            return None
        mixed = decode_mixed(data)
        damage = mixed.replaced_count + len(mixed.legacy_lines)
        if declared and len(_UTF8_MULTIBYTE.findall(data)) <= damage:
            return None
        self.warn(where, mixed.problem(), "convert the file to UTF-8")
        return mixed.text

    def _nonblank(self, text: str, where: str) -> str | None:
        if not text.strip():
            self.error(where, "empty file", "remove it or put the article text in it")
            return None
        return text

    def _decode_legacy(
        self, data: bytes, where: Where, *, declared: str | None = None
    ) -> str | None:
        guess = _guess_encoding(data)
        if guess is None:
            self.error(where, "not UTF-8 and its encoding cannot be told", "convert it to UTF-8")
            return None
        text, encoding = guess
        if self._nonblank(text, where) is None:
            return None  # one legacy no-break space and nothing else
        # A page declared in one charset and served in another: say so, the fix is the same.
        problem = f"declared {declared} but is not" if declared else "not UTF-8"
        self.warn(where, f"{problem}; decoded as {encoding}", "convert it to UTF-8 to be sure")
        return text

    # -- plain text and HTML ---------------------------------------------------------------------

    def _text_article(self, data: bytes, *, where: str, doc_id: str) -> Article | None:
        text = self._decode(data, where)
        if text is None:
            return None
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return Article(id=doc_id, text=text, source=where)

    def _html_article(self, data: bytes, *, where: str, doc_id: str) -> Article | None:
        # Imported here: trafilatura and htmldate cost a run that reads no HTML 0.05-0.14 s.
        from diplo_extract.io import html

        text = self._decode(data, where, declared=_declared_charset(data))
        if text is None:
            return None
        page = html.read_page(text)
        if not page.text:
            self.warn(
                where,
                "no article found in the HTML (an index, search or error page?); skipped",
                "pass the article's own page, or its text as .txt",
            )
            return None
        return Article(
            id=doc_id,
            text=page.text,
            title=page.title,
            published=page.published,
            url=page.url,
            source=where,
        )

    # -- JSON ------------------------------------------------------------------------------------

    def _json_articles(
        self, data: bytes, *, where: str, doc_id: str, rel: str
    ) -> Iterator[Article]:
        text = self._decode(data, where)
        if text is None:
            return
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            self.error(
                _Loc(where, line=exc.lineno),
                f"not valid JSON ({exc.msg}, column {exc.colno})",
                "fix the file; it must hold one object or a list of objects",
            )
            return
        except (ValueError, RecursionError) as exc:
            self.error(where, _unreadable_json(exc), "fix the file or leave it out")
            return
        if isinstance(value, dict):
            article = self._record(value, where=where, default_id=doc_id, source=where)
            if article is not None:
                yield self._emit(article, where)
        elif isinstance(value, list):
            for n, item in enumerate(value, start=1):
                item_where = _Loc(where, record=n)
                article = self._record(
                    item, where=item_where, default_id=f"{rel}#{n}", source=where
                )
                if article is not None:
                    yield self._emit(article, item_where)
        else:
            self.error(
                where,
                f"a JSON {_json_type(value)}, not an object or a list of objects",
                'give each article as an object with a "text" field',
            )

    def _read_jsonl_file(self, path: str, rel: str, gz: bool) -> Iterator[Article]:
        for line_where, value in self._jsonl_file_values(path, gz):
            article = self._record(
                value, where=line_where, default_id=f"{rel}:{line_where.line}", source=path
            )
            if article is not None:
                yield self._emit(article, line_where)

    def _jsonl_file_values(self, path: str, gz: bool) -> Iterator[tuple[_Loc, object]]:
        """`_json_values` of a JSON Lines file (gzipped when `gz`), read errors reported."""
        handle = self._open(path, gz)
        if handle is None:
            return
        track = self.on_bytes is not _ignore
        try:
            for line_where, value in self._json_values(handle, path):
                if track:
                    self._read_so_far(handle)
                yield line_where, value
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            self._bad_gzip(path, exc)
        except OSError as exc:
            self.os_error(path, exc)
        finally:
            handle.close()
            if gz:
                _close_inner(handle)

    def json_lines(self, path: str, rel: str) -> Iterator[JsonLine]:
        """Every line of the file `path` as JSON Lines, whatever its extension (`.gz`: gzipped)."""
        self._reported = 0
        gz = PurePosixPath(rel).suffix.lower() == ".gz"
        for line_where, value in self._jsonl_file_values(path, gz):
            yield JsonLine(path, line_where.line or 0, value)

    def stdin_json_lines(self, stdin: TextIO | BinaryIO | None) -> Iterator[JsonLine]:
        """Standard input as JSON Lines, gzipped or not."""
        stream: IO[bytes] = _binary_stream(stdin if stdin is not None else sys.stdin)
        if _peek(stream).startswith(_GZIP_MAGIC):
            stream = cast(IO[bytes], gzip.GzipFile(fileobj=stream, mode="rb"))
        try:
            for line_where, value in self._json_values(stream, STDIN_NAME):
                yield JsonLine(STDIN_NAME, line_where.line or 0, value)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            self._bad_gzip(STDIN_NAME, exc)
        except OSError as exc:
            self.os_error(STDIN_NAME, exc)

    def _jsonl_stream(
        self, stream: IO[bytes], *, where: str, id_prefix: str, source: str
    ) -> Iterator[Article]:
        for line_where, value in self._json_values(stream, where):
            article = self._record(
                value, where=line_where, default_id=f"{id_prefix}:{line_where.line}", source=source
            )
            if article is not None:
                yield self._emit(article, line_where)

    def _json_values(self, stream: IO[bytes], where: str) -> Iterator[tuple[_Loc, object]]:
        """(line, parsed JSON value) of each non-blank line of a JSON Lines stream; a line that
        is not JSON (or too big) is reported and skipped, an empty stream reported."""
        head = _peek(stream)
        lines: Iterator[tuple[int, str | None]]
        for bom, encoding in _BOMS:
            if head.startswith(bom):
                lines = self._text_lines(io.TextIOWrapper(stream, encoding=encoding), where)
                break
        else:
            if b"\x00" in head.removeprefix(codecs.BOM_UTF8):
                self.error(
                    where,
                    "binary file (contains NUL bytes)",
                    "pass JSON Lines as UTF-8 text (UTF-16 needs a byte-order mark)",
                )
                return
            if head.startswith(codecs.BOM_UTF8):
                stream.read(len(codecs.BOM_UTF8))
            lines = self._byte_lines(stream, where)
        blank = True
        for lineno, line in lines:
            line_where = _Loc(where, line=lineno)
            if line is None:
                blank = False
                self.too_big(line_where, "line")
                continue
            if not line.strip():
                continue
            blank = False
            try:
                # Without the line end, an error at the end of the line gets its real column.
                value = json.loads(line.rstrip("\r\n"))
            except json.JSONDecodeError as exc:
                self.error(
                    line_where,
                    f"not valid JSON ({exc.msg}, column {exc.colno})",
                    "fix or remove the line; each line must be one JSON object",
                )
                continue
            except (ValueError, RecursionError) as exc:
                self.error(line_where, _unreadable_json(exc), "fix or remove the line")
                continue
            yield line_where, value
        if blank:
            self.error(where, "empty file", "remove it or put one JSON object per line in it")

    def _byte_lines(self, stream: IO[bytes], where: str) -> Iterator[tuple[int, str | None]]:
        """Numbered lines of a byte stream; None for a line over the size limit."""
        lineno = 0
        while True:
            raw = stream.readline(self.max_bytes + 1)
            if not raw:
                return
            lineno += 1
            if len(raw) > self.max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest, a bounded chunk at a time
                    raw = stream.readline(1 << 20)
                yield lineno, None
                continue
            try:
                yield lineno, raw.decode("utf-8")
            except UnicodeDecodeError:
                line_where = _Loc(where, line=lineno)
                mostly = self._mostly_utf8(raw, line_where)
                if mostly is not None:
                    yield lineno, mostly
                else:
                    yield lineno, self._decode_legacy(raw, line_where) or ""

    def _text_lines(self, stream: IO[str], where: str) -> Iterator[tuple[int, str | None]]:
        lineno = 0
        try:
            while True:
                line = stream.readline(self.max_bytes + 1)
                if not line:
                    return
                lineno += 1
                if len(line) > self.max_bytes and not line.endswith("\n"):
                    while line and not line.endswith("\n"):
                        line = stream.readline(1 << 20)
                    yield lineno, None
                    continue
                yield lineno, line
        except UnicodeDecodeError as exc:
            self.error(
                _Loc(where, line=lineno + 1),
                f"not valid {exc.encoding.upper()}; the rest of the file is skipped",
                "re-save it as UTF-8",
            )

    def _record(
        self, value: object, *, where: Where, default_id: str, source: str | None
    ) -> Article | None:
        """One JSON object as an Article; None (reported) when it has no usable text."""
        if not isinstance(value, dict):
            self.error(
                where,
                f"a JSON {_json_type(value)}, not an object",
                f'give each article as an object with a "{self.text_field}" field',
            )
            return None
        field = self.text_field
        text = value.get(field)
        if field not in value or text is None:
            self.error(where, f'no "{field}" field', f'put the article text in "{field}"')
            return None
        if not isinstance(text, str):
            self.error(
                where,
                f'"{field}" is a {_json_type(text)}, not a string',
                f'put the article text in "{field}" as a string',
            )
            return None
        if not text.strip():
            self.error(where, f'"{field}" is empty', "fill in the text or remove the record")
            return None
        if _SURROGATE.search(text):
            # "\ud800" is valid JSON but no character: it could not be written out as UTF-8.
            text = _SURROGATE.sub("\ufffd", text)
            self.warn(
                where,
                f'"{field}" has lone surrogate escapes (\\ud800-\\udfff); replaced with U+FFFD',
                "escape whole characters only",
            )

        doc_id = default_id
        raw_id = value.get(self.id_field)
        if isinstance(raw_id, str) and raw_id.strip():
            doc_id = _SURROGATE.sub("\ufffd", raw_id)
        elif isinstance(raw_id, int) and not isinstance(raw_id, bool):
            doc_id = str(raw_id)
        elif raw_id not in (None, ""):
            self.warn(
                where,
                f'"{self.id_field}" is a {_json_type(raw_id)}, not a string; using "{default_id}"',
                "give each record a string id",
            )

        published: dt.date | None = None
        raw_date = value.get(self.date_field)
        if raw_date not in (None, ""):
            published = _parse_iso_date(raw_date) if isinstance(raw_date, str) else None
            if published is None:
                self.warn(
                    where,
                    f'"{self.date_field}" is not an ISO date: {json.dumps(raw_date)}',
                    "use YYYY-MM-DD or an ISO datetime; the article is read without it",
                )

        return Article(
            id=doc_id,
            text=text,
            title=self._optional_str(value, self.title_field, where),
            published=published,
            url=self._optional_str(value, "url", where),
            source=source,
        )

    def _optional_str(self, record: dict[str, object], field: str, where: Where) -> str | None:
        value = record.get(field)
        if isinstance(value, str):
            return _SURROGATE.sub("\ufffd", value)
        if value is None:
            return value
        self.warn(
            where,
            f'"{field}" is a {_json_type(value)}, not a string; ignored',
            f'give "{field}" as a string',
        )
        return None

    def _emit(self, article: Article, where: Where) -> Article:
        first = self.seen_ids.get(article.id)
        if first is None:
            self.seen_ids[article.id] = str(where)
        else:
            self.warn(
                where,
                f'duplicate id "{article.id}" (first seen at {first})',
                "give each article a unique id; both are processed",
            )
        return article

    # -- standard input --------------------------------------------------------------------------

    def read_stdin(self, stdin: TextIO | BinaryIO | None) -> Iterator[Article]:
        if stdin is None:
            stdin = sys.stdin
        if stdin is None:
            self.error(STDIN_NAME, "no standard input", "pipe the articles in or name files")
            return
        stream = _binary_stream(stdin)
        try:
            yield from self._stdin_articles(stream)
        except OSError as exc:
            self.os_error(STDIN_NAME, exc)

    def _stdin_articles(self, stream: io.BufferedReader) -> Iterator[Article]:
        # Read up to the first non-blank byte to tell JSON Lines from text, then put it back.
        prefix = b""
        head = stream.read1(_SNIFF_BYTES)
        while head and not head.strip(_WHITESPACE) and len(prefix) <= self.max_bytes:
            prefix += head
            head = stream.read1(_SNIFF_BYTES)
        prefix += head
        if not prefix.strip(_WHITESPACE):
            self.error(STDIN_NAME, "empty input", "pipe the articles in or name files")
            return
        first = prefix.lstrip(_WHITESPACE).removeprefix(codecs.BOM_UTF8).lstrip(_WHITESPACE)
        replay = io.BufferedReader(_Chain(prefix, stream))
        if first.startswith(b"{"):
            yield from self._jsonl_stream(
                replay, where=STDIN_NAME, id_prefix=STDIN_NAME, source=STDIN_NAME
            )
            return
        data = replay.read(self.max_bytes + 1)
        if len(data) > self.max_bytes:
            self.too_big(STDIN_NAME, "input")
            return
        lowered = first[:20].lower()
        if first.startswith(b"["):
            yield from self._json_articles(
                data, where=STDIN_NAME, doc_id=STDIN_NAME, rel=STDIN_NAME
            )
            return
        if lowered.startswith((b"<!doctype html", b"<html")):
            article = self._html_article(data, where=STDIN_NAME, doc_id=STDIN_NAME)
        else:
            article = self._text_article(data, where=STDIN_NAME, doc_id=STDIN_NAME)
        if article is not None:
            yield self._emit(article, STDIN_NAME)


# -- helpers ---------------------------------------------------------------------------------------


def _strip_suffixes(rel: str, gz: bool) -> str:
    """`sub/002_af16.txt` → `sub/002_af16`; `a.txt.gz` → `a`."""
    path = PurePosixPath(rel)
    if gz:
        path = path.with_suffix("")
    return str(path.with_suffix("")) if path.suffix else str(path)


def _close_inner(handle: IO[bytes]) -> None:
    # GzipFile does not close a file object it was given.
    inner = getattr(handle, "fileobj", None)
    if inner is not None:
        inner.close()


def _peek(stream: IO[bytes]) -> bytes:
    peek = getattr(stream, "peek", None)
    head = peek(_SNIFF_BYTES) if peek is not None else b""
    return bytes(head[:_SNIFF_BYTES])


def _unreadable_json(exc: ValueError | RecursionError) -> str:
    """What is wrong with JSON that is well-formed but beyond what can be read."""
    if isinstance(exc, RecursionError):
        return "JSON nested too deeply to read"
    return f"JSON that cannot be read ({' '.join(str(exc).split())[:120]})"


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "object"


def _parse_iso_date(value: str) -> dt.date | None:
    """The calendar date of an ISO 8601 date or datetime, as written (no time-zone shift)."""
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = match.groups()
    if hour is not None and (int(hour) > 23 or int(minute) > 59 or int(second or 0) > 60):
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _guess_encoding(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) for non-UTF-8 bytes, or None when no encoding fits."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    # Windows-1252 is what undeclared Western text almost always is (WHATWG uses it as the
    # default too); charset-normalizer often ties it with cp1250 or worse on short texts.
    for match in matches:
        if match.chaos <= best.chaos + 0.05 and "cp1252" in match.could_be_from_charset:
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                break
    return str(best), best.encoding


# A well-formed UTF-8 sequence of two to four bytes: seldom found by chance in legacy-encoded text.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# The legacy encoding of a line with no UTF-8 in it, inside a file that is otherwise UTF-8.
_LEGACY_LINE_ENCODING = "cp1252"
_POSITIONS_SHOWN = 5


class Mixed:
    """Bytes that are mostly UTF-8, decoded line by line (see `decode_mixed`)."""

    __slots__ = ("legacy_lines", "replaced", "replaced_count", "text")

    def __init__(self) -> None:
        self.text = ""
        self.replaced: list[tuple[int, int]] = []  # (line, column) of the first bad bytes
        self.replaced_count = 0
        self.legacy_lines: list[int] = []

    def problem(self) -> str:
        parts = []
        if self.replaced_count:
            where = ", ".join(f"line {line} column {column}" for line, column in self.replaced)
            more = " and more" if self.replaced_count > len(self.replaced) else ""
            parts.append(
                f"{self.replaced_count:,} bad byte run(s) replaced with U+FFFD (at {where}{more})"
            )
        if self.legacy_lines:
            lines = ", ".join(map(str, self.legacy_lines[:_POSITIONS_SHOWN]))
            more = " and more" if len(self.legacy_lines) > _POSITIONS_SHOWN else ""
            parts.append(
                f"{len(self.legacy_lines):,} line(s) with no UTF-8 in them read as "
                f"{_LEGACY_LINE_ENCODING} (line {lines}{more})"
            )
        return "mostly UTF-8: " + "; ".join(parts)


def decode_mixed(data: bytes) -> Mixed:
    """Decode bytes that are mostly UTF-8, one line at a time: a valid line as UTF-8; a line
    with UTF-8 in it and some bad bytes as UTF-8 with each bad run replaced by U+FFFD (and its
    position kept); a line with bad bytes and no UTF-8 at all in the legacy encoding (a line
    pasted from a Windows file). Lines and columns count from 1."""
    mixed = Mixed()
    out: list[str] = []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        if not _UTF8_MULTIBYTE.search(line):
            out.append(line.decode(_LEGACY_LINE_ENCODING, "replace"))
            mixed.legacy_lines.append(number)
            continue
        text = line.decode("utf-8", "replace")
        out.append(text)
        mixed.replaced_count += text.count("\ufffd") - line.count("\ufffd".encode())
        # Where the first few bad runs are: a bounded number of decodes, whatever the line.
        start = 0
        while len(mixed.replaced) < _POSITIONS_SHOWN:
            try:
                line[start:].decode("utf-8")
                break
            except UnicodeDecodeError as exc:
                column = len(line[: start + exc.start].decode("utf-8", "replace")) + 1
                mixed.replaced.append((number, column))
                start += exc.end
    mixed.text = "".join(out)
    return mixed


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# -- stdin plumbing --------------------------------------------------------------------------------


def _binary_stream(stdin: TextIO | BinaryIO) -> io.BufferedReader:
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return io.BufferedReader(_Chain(b"", buffer))
    if isinstance(stdin.read(0), str):
        return io.BufferedReader(_Chain(b"", _TextAsBytes(stdin)))  # type: ignore[arg-type]
    return io.BufferedReader(_Chain(b"", stdin))  # type: ignore[arg-type]


class _Chain(io.RawIOBase):
    """Bytes already read (`prefix`), then the rest of `stream`."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        # read1 hands over what a pipe has now, so records stream as they arrive.
        read = getattr(self._stream, "read1", self._stream.read)
        data = read(len(buffer))
        if not data:
            return 0
        n = len(data)
        buffer[:n] = data
        return n


class _TextAsBytes:
    """A text stream read as UTF-8 bytes (a StringIO handed in by a caller or a test)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._pending = b""

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._pending) < size:
            chunk = self._stream.read(-1 if size < 0 else max(size, 1))
            if not chunk:
                break
            self._pending += chunk.encode("utf-8", "surrogateescape")
        if size < 0:
            data, self._pending = self._pending, b""
        else:
            data, self._pending = self._pending[:size], self._pending[size:]
        return data
