"""diplo on Dask: the same library call, run by the workers of a Dask cluster.

Install with `pip install 'diplo-extract[dask]'`. Three front ends over `process_chunk` (the unit
of work of `extract_documents`' worker processes):

* `extract_bag(bag)`: a `dask.bag.Bag` of articles in (dicts as JSON Lines give them, or plain
  strings), a Bag of JSON-ready record dicts out; `extract_bag_with_errors` also gives the error
  records as a second Bag, computed in the same pass.
* `extract_partitions(df)`: a `dask.dataframe.DataFrame` of articles in, one row per record out
  (nested fields as JSON strings); `extract_partitions_with_errors` likewise.
* `cluster_documents(scheduler, articles)`: what `diplo extract --dask SCHEDULER` runs. Articles
  are read where diplo runs (by io.readers, as without --dask) and sent to the workers in the
  same chunks `extract_documents` cuts; results come back in input order, at most two chunks per
  worker thread in flight, so the output is the same, byte for byte.

A worker process loads the spaCy pipeline and the gazetteers once, with the first task that needs
them, and keeps them for every later task (`_pipeline_here`); `pipeline_loads()` says how many
times that happened in a process. A bad article becomes an error record (the `--errors` file's
fields), never a failed task. The spaCy pipeline is not thread-safe, so a worker runs one chunk at
a time: give workers one thread each (`dask worker --nthreads 1`) and as many processes as cores.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from types import UnionType
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin

from diplo_extract.errors import DiploError, ExtraNotInstalledError, InputError
from diplo_extract.extraction import (
    CHUNK_CHARS,
    CHUNK_DOCS,
    ArticleLike,
    OnError,
    Outcome,
    article_chunks,
    in_input_order,
    pipeline_for,
    process_chunk,
    reporter,
)
from diplo_extract.io.readers import article_from_record
from diplo_extract.schema import Article, Event

try:
    import dask
    import dask.bag as db
    from dask import delayed
    from distributed import Client, LocalCluster
    from distributed.scheduler import KilledWorker
except ImportError as exc:
    raise ExtraNotInstalledError(
        "diplo on Dask needs dask and distributed, which are not installed — install them with "
        "pip install 'diplo-extract[dask]'"
    ) from exc

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd
    from spacy.language import Language

__all__ = [
    "RECORD_COLUMNS",
    "cluster_documents",
    "extract_bag",
    "extract_bag_with_errors",
    "extract_partitions",
    "extract_partitions_with_errors",
    "pipeline_loads",
    "worker_config",
]

# -- in each worker process ------------------------------------------------------------------------

_pipelines: dict[str | None, Language] = {}
_loads = 0
_loading = threading.Lock()
# One chunk at a time per process: spaCy's pipeline (its memory zones, its vocabulary) is not
# safe to use from two threads at once.
_busy = threading.Lock()


def _pipeline_here(model: str | None) -> Language:
    """This process's pipeline for `model`: loaded by the first task that needs it, then kept."""
    global _loads
    with _loading:
        nlp = _pipelines.get(model)
        if nlp is None:
            nlp = _pipelines[model] = pipeline_for(model)
            _loads += 1
        return nlp


def pipeline_loads() -> int:
    """How many times this process has loaded a pipeline (once per model it was asked for).

    `client.run(pipeline_loads)` asks every worker of a cluster."""
    return _loads


def _run_chunk(
    articles: list[Article], model: str | None, reference_date: dt.date | None, prefilter: bool
) -> list[Outcome]:
    nlp = _pipeline_here(model)
    with _busy:
        return process_chunk(nlp, articles, reference_date, prefilter)


@dataclass(frozen=True)
class _Options:
    model: str | None
    reference_date: dt.date | None
    prefilter: bool
    source: str | None
    text_field: str
    id_field: str
    date_field: str


def _partition(
    items: Iterable[object], number: int, options: _Options
) -> tuple[list[dict[str, Any]], list[dict[str, object]]]:
    """One partition of articles: (record dicts, error records), both in input order."""
    label = options.source or "<dask>"
    problems: list[tuple[int, dict[str, object]]] = []
    articles: list[Article] = []
    positions: dict[int, int] = {}  # id() of an Article -> its place in the partition
    for n, item in enumerate(items, start=1):
        where = f"{label}[{number}:{n}]"

        def on_error(problem: InputError, n: int = n) -> None:
            problems.append((n, problem.as_record()))

        article: Article | None
        if isinstance(item, str):
            article = Article(id=where, text=item, source=options.source)
        else:
            article = article_from_record(
                _plain(item),
                on_error=on_error,
                where=where,
                default_id=where,
                source=options.source,
                text_field=options.text_field,
                id_field=options.id_field,
                date_field=options.date_field,
            )
        if article is not None:
            articles.append(article)
            positions[id(article)] = n

    records: list[dict[str, Any]] = []
    failure: list[Exception] = []
    for chunk in article_chunks(articles, CHUNK_DOCS, CHUNK_CHARS, failure):
        outcomes = _run_chunk(chunk, options.model, options.reference_date, options.prefilter)
        for article, (events, problem) in zip(chunk, outcomes, strict=True):
            records.extend(event.model_dump(mode="json") for event in events)
            if problem is not None:
                problems.append((positions[id(article)], problem.as_record()))
    problems.sort(key=lambda pair: pair[0])  # stable: a record's own problems keep their order
    return records, [problem for _, problem in problems]


def _plain(item: object) -> object:
    """A record with the values a dataframe row may hold (numpy numbers, NaN for a missing
    value, Timestamps) turned into what json.loads would have given."""
    if not isinstance(item, Mapping):
        return item
    plain: dict[str, object] = {}
    for key, value in item.items():
        if hasattr(value, "item") and not isinstance(value, str | bytes):  # a numpy scalar
            value = value.item()
        if type(value).__name__ in ("NaTType", "NAType") or (
            isinstance(value, float) and math.isnan(value)
        ):
            value = None
        elif isinstance(value, dt.date):  # a datetime or pandas Timestamp too
            value = value.isoformat()
        plain[str(key)] = value
    return plain


def _options(
    model: str | None,
    reference_date: dt.date | None,
    prefilter: bool,
    source: str | None,
    text_field: str,
    id_field: str,
    date_field: str,
) -> _Options:
    return _Options(model, reference_date, prefilter, source, text_field, id_field, date_field)


# -- bags ------------------------------------------------------------------------------------------


def extract_bag_with_errors(
    bag: db.Bag,
    *,
    model: str | None = None,
    reference_date: dt.date | None = None,
    prefilter: bool = True,
    source: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str = "published",
) -> tuple[db.Bag, db.Bag]:
    """(records, errors): two Bags from one pass over `bag`, partition for partition.

    `bag` holds articles: dicts as `json.loads` gives a JSON Lines record (fields as
    `diplo extract` reads them: `text`, `id`, `title`, `published`, `url`; the first three
    renamable), or plain strings. Records are the dicts `diplo extract` writes as JSON; errors are
    the `--errors` file's objects (path, line, record, severity, problem, fix, message), warnings
    included. `source` fills the records' `source` field (`diplo extract` puts the file there).
    An article without an id, and a problem's path, are named `SOURCE[PARTITION:N]` (the Nth item
    of that partition; `<dask>` without a source).

    Compute both at once (`dask.compute(records, errors)`) to run the extractor once.
    """
    options = _options(model, reference_date, prefilter, source, text_field, id_field, date_field)
    run = delayed(_partition, pure=True, nout=2)
    outcomes = [run(part, number, options) for number, part in enumerate(bag.to_delayed())]
    return (
        db.from_delayed([records for records, _ in outcomes]),
        db.from_delayed([errors for _, errors in outcomes]),
    )


def extract_bag(bag: db.Bag, **options: Any) -> db.Bag:
    """A Bag of JSON-ready record dicts (what `diplo extract` writes), in input order.

    Options as for `extract_bag_with_errors`; a bad article gives no record (and fails no task):
    take the error Bag from `extract_bag_with_errors` to see why.
    """
    records, _errors = extract_bag_with_errors(bag, **options)
    return records


# -- dataframes ------------------------------------------------------------------------------------


def _column_kind(annotation: object) -> str:
    """A record field's column: "string", "float64", "int64", or "json" for a nested value."""
    if get_origin(annotation) in (Union, UnionType):
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _column_kind(inner[0]) if len(inner) == 1 else "json"
    if annotation is str or get_origin(annotation) is Literal:
        return "string"
    return {float: "float64", int: "int64"}.get(annotation, "json")  # type: ignore[call-overload]


# Columns of the record frame, in the record's field order (from the schema, so they follow it).
# The nested fields are JSON strings: they keep exactly the values `diplo extract` writes (nulls
# inside, optional keys, the offsets of evidence), give one schema to every partition (Arrow would
# otherwise infer a struct type per partition from whatever values it met, and fail on an
# all-null one), and any engine reads them back (json.loads, DuckDB's or Spark's from_json).
RECORD_COLUMNS: dict[str, str] = {
    name: _column_kind(field.annotation) for name, field in Event.model_fields.items()
}
ERROR_COLUMNS: dict[str, str] = {
    "path": "string",
    "line": "Int64",
    "record": "Int64",
    "severity": "string",
    "problem": "string",
    "fix": "string",
    "message": "string",
}


def _frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    import pandas as pd

    data: dict[str, pd.Series] = {}
    for name, kind in columns.items():
        values = [row[name] for row in rows]
        if kind == "json":
            values = [
                None if v is None else json.dumps(v, ensure_ascii=False, separators=(",", ":"))
                for v in values
            ]
            kind = "string"
        data[name] = pd.Series(values, dtype=kind)
    return pd.DataFrame(data)


def _frame_partition(
    frame: pd.DataFrame, number: int, options: _Options
) -> tuple[pd.DataFrame, pd.DataFrame]:
    fields = [options.text_field, options.id_field, options.date_field, "title", "url"]
    present = [field for field in dict.fromkeys(fields) if field in frame.columns]
    records, errors = _partition(frame[present].to_dict("records"), number, options)
    return _frame(records, RECORD_COLUMNS), _frame(errors, ERROR_COLUMNS)


def extract_partitions_with_errors(
    df: dd.DataFrame,
    text: str = "text",
    id: str = "id",
    published: str = "published",
    *,
    model: str | None = None,
    reference_date: dt.date | None = None,
    prefilter: bool = True,
    source: str | None = None,
) -> tuple[dd.DataFrame, dd.DataFrame]:
    """(records, errors) frames from one pass over a frame of articles, one row per article.

    `text`, `id` and `published` name the columns (`title` and `url` are used when present).
    The record frame has one row per record, the columns of `RECORD_COLUMNS`: flat fields as
    strings and numbers, nested ones (participants, location, date, topics, codes, evidence) as
    compact JSON strings, null when the record has null. The error frame has the `--errors`
    file's columns. Naming as in `extract_bag_with_errors`.
    """
    import dask.dataframe as dd

    if text not in df.columns:
        raise ValueError(
            f"the frame has no column {text!r} for the article text (its columns: "
            f"{', '.join(map(str, df.columns))}) — name the text column with text="
        )
    options = _options(model, reference_date, prefilter, source, text, id, published)
    run = delayed(_frame_partition, pure=True, nout=2)
    outcomes = [run(part, number, options) for number, part in enumerate(df.to_delayed())]
    return (
        dd.from_delayed([records for records, _ in outcomes], meta=_frame([], RECORD_COLUMNS)),
        dd.from_delayed([errors for _, errors in outcomes], meta=_frame([], ERROR_COLUMNS)),
    )


def extract_partitions(
    df: dd.DataFrame,
    text: str = "text",
    id: str = "id",
    published: str = "published",
    **options: Any,
) -> dd.DataFrame:
    """A frame of records (one row per record; see `extract_partitions_with_errors`)."""
    records, _errors = extract_partitions_with_errors(df, text, id, published, **options)
    return records


# -- diplo extract --dask --------------------------------------------------------------------------


def worker_config() -> dict[str, object]:
    """Dask settings for workers that run diplo (`with dask.config.set(worker_config()):` around
    starting a LocalCluster; `dask worker` takes the same as DASK_* environment variables).

    Two of distributed's defaults cost diplo's workers about a fifth more CPU on the news bench
    (246 s against 198-210 s; system time 27 s against 8 s): the statistical profiler, which
    samples spaCy's deep stacks every 10 ms, and MALLOC_TRIM_THRESHOLD_=65536, which makes glibc
    give memory back (and fault it in again) on nearly every free of the parser's arrays; diplo
    gives it back once per chunk instead.
    """
    environ = dask.config.get("distributed.nanny.pre-spawn-environ", {})
    return {
        "distributed.worker.profile.enabled": False,
        "distributed.nanny.pre-spawn-environ": {
            name: value for name, value in environ.items() if name != "MALLOC_TRIM_THRESHOLD_"
        },
    }


@contextmanager
def connect(scheduler: str) -> Iterator[Client]:
    """A client of the scheduler at `scheduler` (an address such as tcp://host:8786), or of a new
    LocalCluster for "local" (one single-threaded worker process per core, `worker_config()`);
    closed at the end."""
    if scheduler == "local":
        with dask.config.set(worker_config()):
            cluster = LocalCluster(
                n_workers=os.cpu_count() or 1,
                threads_per_worker=1,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(scheduler)
    except (OSError, ValueError) as exc:  # refused, timed out, or not an address at all
        raise DiploError(
            f"cannot reach the Dask scheduler at {scheduler!r} ({exc}) — check the address "
            "(e.g. tcp://host:8786) and that the scheduler runs, or use --dask local"
        ) from None
    with client:
        yield client


def cluster_documents(
    scheduler: str,
    articles: Iterable[ArticleLike],
    *,
    model: str | None = None,
    reference_date: dt.date | None = None,
    on_error: OnError | None = None,
    prefilter: bool = True,
) -> Iterator[tuple[Article, list[Event]]]:
    """`extract_documents` on a Dask cluster: each article with its events, in input order.

    The articles are read here and sent to the workers in the chunks `extract_documents` cuts; at
    most two chunks per worker thread are in flight. Close the generator (or let it finish) to
    disconnect (and, for "local", stop the cluster).
    """

    failure: list[Exception] = []
    chunks = article_chunks(articles, CHUNK_DOCS, CHUNK_CHARS, failure)
    with connect(scheduler) as client:
        yield from in_input_order(
            chunks,
            lambda chunk: client.submit(
                _run_chunk, chunk, model, reference_date, prefilter, pure=False
            ),
            in_flight=2 * max(1, sum(client.nthreads().values())),
            report=reporter(on_error),
            died=KilledWorker,
            died_message="Dask workers died on a chunk of articles (out of memory, or killed) — "
            "give the workers more memory, or find the article with --workers 1",
        )
    if failure:
        raise failure[0]
