"""The library entry point: articles in, validated events out (a generator).

Articles are streamed: they are read, processed and handed back in bounded chunks (at most
`chunk_docs` articles or about `chunk_chars` characters each), so memory does not grow with the
length of the input. With `workers=N > 1` the chunks go to N worker processes, each of which loads
the pipeline once and sends back finished `Event`s (spaCy Docs and their spans do not survive
pickling); at most 2·N chunks are in flight, and results come back in input order. Serial and
parallel runs cut the same chunks and run the same function on them, so their output is identical.

A document that cannot be processed (a bug in a rule) costs that document only: it is reported
as an `InputError` to `on_error` (raised when there is none) and yields no events. A document
too long to parse as one (past WINDOW_CHARS of excerpt) is parsed in windows, never refused.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import multiprocessing
import re
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import cache
from typing import Any, cast

from spacy.language import Language

from diplo_extract.assemble import Reference, assemble, reference_for
from diplo_extract.errors import DiploError, InputError
from diplo_extract.nlp.pipeline import load_pipeline
from diplo_extract.nlp.prefilter import Excerpt, announces_appointments, select, with_title
from diplo_extract.nlp.transcripts import reporter_turns
from diplo_extract.normalize.actors import publisher_state
from diplo_extract.schema import Article, Event

__all__ = ["extract", "extract_documents"]

# A chunk (the unit handed to a worker) is at most 16 articles or about 100,000 characters of
# article text: enough to keep a worker busy, little to hold in flight.
CHUNK_DOCS = 16
CHUNK_CHARS = 100_000
# Within a chunk the pipeline parses batches of about this many characters (of the prefilter's
# excerpts): the parser's memory grows with the size of the batch, and glibc seldom gives it
# back whole, so big batches would set the footprint of the whole run.
PARSE_CHARS = 10_000
# An excerpt longer than this (no news article's is: the longest of the news bench is 24,000) is
# parsed in windows of about this size, one at a time: memory stays bounded whatever the length,
# at the cost of links (a surname, "the two leaders") across a window's edge.
WINDOW_CHARS = 50_000

# What extract() reads: Article objects, records as json.loads gives them, or plain strings.
ArticleLike = Article | Mapping[str, Any] | str
OnError = Callable[[InputError], None]
# What one document comes back as: its events, or the problem that stopped it.
Outcome = tuple[list[Event], InputError | None]


def _as_article(item: ArticleLike, number: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(id=f"text-{number}", text=item)
    if isinstance(item, Mapping):  # a record as json.loads gives it: {"id", "text", "published"}
        return Article.model_validate({"id": f"text-{number}", **item})
    raise TypeError(f"extract() takes Article objects, dicts or strings, not {type(item).__name__}")


def article_chunks(
    articles: Iterable[ArticleLike],
    chunk_docs: int,
    chunk_chars: int,
    failure: list[Exception],
) -> Iterator[list[Article]]:
    """Bounded chunks of `articles`. When reading them raises, the articles read before go out
    as a last chunk and the exception is left in `failure`, for the caller to raise once those
    are done (a --fail-fast stop keeps the work before it)."""
    chunk: list[Article] = []
    chars = 0
    try:
        for number, item in enumerate(articles, start=1):
            article = _as_article(item, number)
            chunk.append(article)
            chars += len(article.text)
            if len(chunk) >= chunk_docs or chars >= chunk_chars:
                yield chunk
                chunk, chars = [], 0
    except Exception as exc:
        failure.append(exc)
    if chunk:
        yield chunk


def extract_documents(
    articles: Iterable[ArticleLike],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    reference_date: dt.date | None = None,
    workers: int = 1,
    on_error: OnError | None = None,
    chunk_docs: int | None = None,
    chunk_chars: int | None = None,
    prefilter: bool = True,
) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with its events, in input order; articles are streamed, never all held.

    `workers > 1` runs that many processes, each loading `model` (a name or path; `nlp` objects
    cannot be shared with other processes). Close the generator (or let it finish) to stop them.
    `prefilter=False` parses whole articles instead of only the sentences with an encounter
    word (slower; for checking what the prefilter costs).
    """
    chunk_docs = CHUNK_DOCS if chunk_docs is None else chunk_docs
    chunk_chars = CHUNK_CHARS if chunk_chars is None else chunk_chars
    if workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    if chunk_docs < 1 or chunk_chars < 1:
        raise ValueError("chunk_docs and chunk_chars must be positive")
    if workers > 1 and nlp is not None:
        raise ValueError("workers > 1 loads the pipeline in each worker: pass model=, not nlp=")

    report = reporter(on_error)
    failure: list[Exception] = []
    chunks = article_chunks(articles, chunk_docs, chunk_chars, failure)
    if workers == 1:
        pipeline = nlp if nlp is not None else pipeline_for(model)
        for chunk in chunks:
            yield from paired(
                chunk, process_chunk(pipeline, chunk, reference_date, prefilter), report
            )
        if failure:
            raise failure[0]
        return

    with _worker_pool(workers, model) as pool:

        def submit(chunk: list[Article]) -> Future[list[Outcome]]:
            # A worker may be started by this submit: see _sigint_ignored.
            with _sigint_ignored():
                return pool.submit(_work, chunk, reference_date, prefilter)

        yield from in_input_order(
            chunks,
            submit,
            in_flight=2 * workers,
            report=report,
            died=BrokenProcessPool,
            died_message="a worker process died (out of memory, or killed) — run again with "
            "fewer --workers, or find the article that exhausts memory with --workers 1",
        )
    if failure:
        raise failure[0]


def reporter(on_error: OnError | None) -> OnError:
    """`on_error`, or, when there is none, a function that raises the problem."""

    def report(problem: InputError) -> None:
        if on_error is None:
            raise problem
        on_error(problem)

    return report


def paired(
    chunk: list[Article], outcomes: list[Outcome], report: OnError
) -> Iterator[tuple[Article, list[Event]]]:
    """Each article of `chunk` with its events; its problem, if any, goes to `report`."""
    for article, (events, problem) in zip(chunk, outcomes, strict=True):
        if problem is not None:
            report(problem)
        yield article, events


def in_input_order(
    chunks: Iterable[list[Article]],
    submit: Callable[[list[Article]], Any],
    *,
    in_flight: int,
    report: OnError,
    died: type[BaseException],
    died_message: str,
) -> Iterator[tuple[Article, list[Event]]]:
    """Each article with its events, in input order, from chunks handed to `submit` (which
    returns a future of the chunk's outcomes: a worker pool's, a Dask client's). A bounded
    look-ahead: at most `in_flight` chunks are out at once, enough to keep every worker busy,
    never the whole input. A future failing with `died` (its worker is gone) ends the run
    with `died_message`."""
    pending: deque[tuple[list[Article], Any]] = deque()

    def finish() -> Iterator[tuple[Article, list[Event]]]:
        chunk, future = pending.popleft()
        try:
            outcomes = future.result()
        except died:
            raise DiploError(died_message) from None
        yield from paired(chunk, outcomes, report)

    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= in_flight:
            yield from finish()
    while pending:
        yield from finish()


def pipeline_for(model: str | None) -> Language:
    # load_pipeline() and load_pipeline(None) are two entries of its cache: share the one.
    return load_pipeline(model) if model else load_pipeline()


def process_chunk(
    nlp: Language, articles: list[Article], reference_date: dt.date | None, prefilter: bool = True
) -> list[Outcome]:
    """Events (or the problem) for each of `articles`, in order: the unit of work of a worker."""
    outcomes: list[Outcome | None] = [None] * len(articles)
    references = [reference_for(article, reference_date) for article in articles]
    # Only the sentences that may speak of an encounter reach the pipeline (nlp/prefilter.py);
    # an article with none has no events and costs no parsing.
    excerpts: list[Excerpt | None] = []
    todo: list[int] = []
    for i, article in enumerate(articles):
        try:
            if announces_appointments(article.title, article.text):
                excerpt = None  # a roster of nominees' careers tells no encounter
            else:
                excerpt = select(article.text) if prefilter else Excerpt.whole(article.text)
        except Exception as exc:
            excerpt, outcomes[i] = None, ([], _failed(article, exc))
        excerpts.append(excerpt)
        if outcomes[i] is not None:
            continue
        if excerpt is None:
            outcomes[i] = ([], None)
        elif len(excerpt.text) > WINDOW_CHARS:
            outcomes[i] = _in_windows(nlp, article, excerpt, references[i])
        else:
            excerpts[i] = with_title(excerpt, article.title, article.text)
            todo.append(i)

    def make_doc(i: int) -> Any:
        excerpt = excerpts[i]
        assert excerpt is not None
        return _make_doc(nlp, excerpt, references[i], articles[i], reporter_turns(articles[i].text))

    # Strings spaCy adds to the vocabulary while processing the chunk are dropped at its end:
    # without this the StringStore grows with every new word of an endless stream.
    with nlp.memory_zone():
        for batch in _batches(todo, [len(e.text) if e else 0 for e in excerpts], PARSE_CHARS):
            try:
                docs = nlp.pipe(
                    ((make_doc(i), i) for i in batch), as_tuples=True, batch_size=len(batch)
                )
                for doc, i in docs:
                    outcomes[i] = _assemble(doc, articles[i], references[i])
            except Exception:
                # One document broke the batch: redo the rest one at a time, so only it is lost.
                for i in batch:
                    if outcomes[i] is None:
                        try:
                            doc = nlp(make_doc(i))
                        except Exception as exc:
                            outcomes[i] = ([], _failed(articles[i], exc))
                        else:
                            outcomes[i] = _assemble(doc, articles[i], references[i])
    _release_memory()
    return [outcome for outcome in outcomes if outcome is not None]


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return cast(Callable[[int], int], ctypes.CDLL(None).malloc_trim)
    except (AttributeError, OSError):  # not glibc (macOS, musl, Windows)
        return None


def _release_memory() -> None:
    """Give the memory freed after a chunk back to the system.

    glibc keeps freed heap memory for reuse, fragmented by the parser's arrays of all sizes, so
    without this a process's footprint creeps up with every long article it has met (on the
    news bench, all 6,791 articles: about 350 MB serial against 250 MB with it). A few ms a chunk.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _batches(indices: list[int], sizes: list[int], limit: int) -> Iterator[list[int]]:
    """`indices` in order, cut into runs of at most `limit` total size (a bigger one alone)."""
    batch: list[int] = []
    total = 0
    for i in indices:
        if batch and total + sizes[i] > limit:
            yield batch
            batch, total = [], 0
        batch.append(i)
        total += sizes[i]
    if batch:
        yield batch


def _assemble(doc: Any, article: Article, reference: Reference) -> Outcome:
    try:
        return list(assemble(doc, article, reference)), None
    except Exception as exc:
        return [], _failed(article, exc)


def _where(article: Article) -> tuple[str, str]:
    """(where, what): the file and the document in it, for a problem's message."""
    if article.source:
        return article.source, f'document "{article.id}"'
    return article.id, "the document"


def _failed(article: Article, exc: Exception) -> InputError:
    where, what = _where(article)
    reason = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    return InputError(
        where,
        f"{what} could not be processed ({reason})",
        "this is a bug in diplo: please report it with the article",
    )


def _in_windows(nlp: Language, article: Article, excerpt: Excerpt, reference: Reference) -> Outcome:
    """An article whose excerpt is too long to parse as one Doc (in bounded memory), parsed
    one window at a time: the events of each window, in order."""
    events: list[Event] = []
    asked = reporter_turns(article.text)  # once for the article, not once a window
    for window in excerpt.windows(WINDOW_CHARS):
        try:
            doc = nlp(_make_doc(nlp, window, reference, article, asked))
        except Exception as exc:
            return events, _failed(article, exc)
        found, problem = _assemble(doc, article, reference)
        events += found
        if problem is not None:
            return events, problem
    return events, None


def _make_doc(
    nlp: Language,
    excerpt: Excerpt,
    reference: Reference,
    article: Article,
    asked: tuple[tuple[int, int], ...],
) -> Any:
    """A Doc of `excerpt` to parse, with what the rules read of its article: the year, the
    publishing state, the excerpt's place in the text and the reporters' turns (`asked`)."""
    doc = nlp.make_doc(_with_plain_possessives(_without_punctuation_runs(excerpt.text)))
    doc._.diplo_year = reference.date.year if reference.date else None
    doc._.diplo_publisher = publisher_state(article.url)
    doc._.diplo_excerpt = excerpt
    doc._.diplo_asked = asked
    return doc


# -- worker processes ------------------------------------------------------------------------------

_worker_nlp: Language | None = None
_worker_error: DiploError | None = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp, _worker_error
    # Ctrl-C and a hang-up are the parent's to handle: it stops the workers (which must not
    # print tracebacks); SIGTERM keeps its default, which is how the parent stops them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        _worker_nlp = pipeline_for(model)
    except DiploError as err:  # e.g. a model that is not installed: raised again with each chunk
        _worker_error = err


def _work(
    articles: list[Article], reference_date: dt.date | None, prefilter: bool
) -> list[Outcome]:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_nlp is not None
    return process_chunk(_worker_nlp, articles, reference_date, prefilter)


@contextmanager
def _worker_pool(workers: int, model: str | None) -> Iterator[ProcessPoolExecutor]:
    # "spawn": a clean interpreter per worker. Forking a parent that runs threads (a progress
    # bar) can deadlock, and the parent holds no pipeline worth sharing.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(model,),
    )
    finished = False
    try:
        yield pool
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            # Stopped early (Ctrl-C, a closed pipe, --fail-fast, an error): do not wait for the
            # chunks in flight.
            _terminate(pool)


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ctrl-C ignored for a moment: a worker started now inherits the ignoring, so a Ctrl-C
    while it imports spaCy (before _init_worker runs) prints no traceback there."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and stop the workers now, not after their current chunk."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    # Before 3.14 there is no public way to stop busy workers. Take hold of them first:
    # shutdown() forgets them.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():  # still busy after SIGTERM (a loaded machine): SIGKILL
            process.kill()
            process.join(timeout=5)
    # Let the pool's manager thread see its workers gone and close its wake-up pipe before the
    # interpreter exits: its exit hook otherwise may write to the pipe while the thread closes
    # it ("Exception ignored ... Bad file descriptor" with a traceback, 1 run in ~15 here).
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=10)


# spaCy's tokenizer strips prefix and suffix characters one at a time, which is quadratic in a
# long run of them: 12,000 em dashes glued to a sentence took 30 s. Such runs (rules, dividers,
# garbage) become spaces of the same length, so that every offset still holds.
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{64,}")


def _without_punctuation_runs(text: str) -> str:
    return _PUNCTUATION_RUN.sub(lambda m: " " * len(m.group()), text)


# The parser learnt the possessive from text typed with a straight apostrophe: "President
# Njeri’s upcoming visit" (typographic) hung the name on the clause before and the visit on the
# verb; "President Njeri's upcoming visit" parses as the possessive it is. One character for one,
# so that every offset still holds; evidence is cut from the article's own text.
_CURLY_POSSESSIVE = re.compile(r"(?<=\w)\u2019(?=s\b)")


def _with_plain_possessives(text: str) -> str:
    return _CURLY_POSSESSIVE.sub("'", text)


def extract(
    articles: Iterable[ArticleLike],
    *,
    model: str | None = None,
    nlp: Language | None = None,
    reference_date: dt.date | None = None,
    workers: int = 1,
    on_error: OnError | None = None,
    prefilter: bool = True,
) -> Iterator[Event]:
    """Diplomatic events found in `articles`, in input order: Article objects, plain strings, or
    dicts with Article's fields ({"id", "text", "published": "2025-08-08"}).

    `workers=N` spreads the work over N processes (same output, in the same order). A document
    that cannot be processed is passed to `on_error` as an `InputError`, or raised without one.

    >>> from diplo_extract import extract
    >>> text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing."
    >>> for event in extract([text]):
    ...     print(event.type, [p.name for p in event.participants])  # doctest: +SKIP
    meeting ['Vladimir Putin', 'Xi Jinping']
    """
    documents = extract_documents(
        articles,
        model=model,
        nlp=nlp,
        reference_date=reference_date,
        workers=workers,
        on_error=on_error,
        prefilter=prefilter,
    )
    try:
        for _article, events in documents:
            yield from events
    finally:
        documents.close()
