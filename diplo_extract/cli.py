"""The `diplo` command: arguments, exit codes, one stderr line per problem. No NLP here."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from diplo_extract import __version__
from diplo_extract.errors import (
    STOP_SIGNALS,
    DiploError,
    InputError,
    ModelNotFoundError,
    OutputError,
    Stopped,
    raise_stopped,
)

if TYPE_CHECKING:
    from diplo_extract.io.readers import JsonLine
    from diplo_extract.io.writers import JsonlWriter

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain help: the rich help of typer 0.29 prints "<bool>" after flags that take no value.
    rich_markup_mode=None,
    help="Extract diplomatic encounters (meetings, talks, summits, visits, calls) from news "
    "articles as JSON Lines: one record per encounter, on stdout.",
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)

# `-o FILE` of the commands that write records (extract, cluster).
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output", "-o", help="Write JSON Lines to this file (atomically) instead of stdout."
    ),
]


def _say(message: str, *, style: str = "red") -> None:
    stderr.print(message, style=style, markup=False)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date: use YYYY-MM-DD, e.g. 2025-08-08",
            param_hint="'--reference-date'",
        ) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"diplo {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Extract diplomatic encounters from news text."""


def _parse_size(value: str) -> int:
    match = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)[bB]?\s*", value)
    if match is None or int(match.group(1)) == 0:
        raise typer.BadParameter(
            f"{value!r} is not a size: give a number of bytes, or one with k, M or G (e.g. 20M)",
            param_hint="'--max-bytes'",
        )
    scale = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}[match.group(2).lower()]
    return int(match.group(1)) * scale


@app.command(
    help="Read articles and write one JSON line per diplomatic encounter.\n\n"
    "A bad input is reported on stderr, one line each (path[:line]: what is wrong — what to "
    "do), and the run goes on. Exit status: 0 all inputs processed; 1 some input failed (the "
    "rest were processed and written); 2 usage error; 130 interrupted (Ctrl-C: records already "
    "written are whole, and -o FILE is left as it was)."
)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories (walked recursively, sorted) or - for standard input."
        ),
    ],
    output: OutputOption = None,
    reference_date: Annotated[
        str | None,
        typer.Option(
            "--reference-date",
            help="Anchor for relative dates (YYYY-MM-DD) when an article has no published date "
            "and states none itself. Never taken from the clock.",
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            envvar="DIPLO_MODEL",
            help="spaCy pipeline name or path (default: the small English pipeline installed "
            "with diplo).",
        ),
    ] = None,
    text_field: Annotated[
        str, typer.Option(help="JSONL field that holds the article text.")
    ] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field that holds the article id.")] = "id",
    date_field: Annotated[
        str, typer.Option(help="JSONL field that holds the publication date.")
    ] = "published",
    max_bytes: Annotated[
        str,
        typer.Option(
            "--max-bytes",
            metavar="SIZE",
            help="Refuse (and report) any single input bigger than this: a text, HTML or JSON "
            "file, or one line of a JSON Lines file. Bytes, or with k, M or G.",
        ),
    ] = "10M",
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-j",
            min=1,
            help="Worker processes (each loads the pipeline once). The output is the same, in the "
            "same order, whatever the number.",
        ),
    ] = 1,
    errors: Annotated[
        str | None,
        typer.Option(
            "--errors",
            metavar="FILE",
            help="Also write every problem as JSON Lines to FILE (fields: path, line, record, "
            "severity, problem, fix, message), for CI.",
        ),
    ] = None,
    fail_fast: Annotated[
        bool,
        typer.Option(
            "--fail-fast",
            help="Stop at the first input that fails (exit status 1; what was written is kept).",
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no warnings, only errors.")
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="SCHEDULER",
            help="Run on the Dask cluster whose scheduler is at this address (tcp://host:8786), "
            "or on a new local one (local: one worker per core) instead of --workers. The output "
            "is the same. Needs pip install 'diplo-extract[dask]'.",
        ),
    ] = None,
) -> None:
    """Read articles and write one JSON line per diplomatic encounter."""
    anchor = _parse_date(reference_date)
    limit = _parse_size(max_bytes)
    failed = False
    documents_read = 0
    if dask is not None:  # before any file is opened: without the extra, one line and exit 2
        from diplo_extract.dask import cluster_documents

    def on_error(problem: InputError) -> None:
        nonlocal failed
        if problems is not None:
            problems.write_json(problem.as_record())
            problems.flush()
        if problem.is_warning:
            if not quiet:
                _say(f"warning: {problem}", style="yellow")
            return
        failed = True
        _say(f"error: {problem}")
        if fail_fast:
            raise _Stop from None

    problems: JsonlWriter | None = None
    with _streaming_ends(output, "records") as run:
        # Imported here, inside the with: a stop signal while spaCy loads is handled like any.
        from diplo_extract.extraction import extract_documents
        from diplo_extract.io.readers import input_size, iter_articles

        shown_total = None if quiet else input_size(paths)
        with (
            _stop_signals_interrupt(),
            _writers(output, errors) as (writer, problems),
            _progress(
                enabled=not quiet, total=shown_total, to_terminal=writer.to_terminal
            ) as shown,
        ):
            run.opened = True
            articles = iter_articles(
                paths,
                on_error=on_error,
                on_bytes=shown.read,
                text_field=text_field,
                id_field=id_field,
                date_field=date_field,
                max_bytes=limit,
            )
            documents = (
                extract_documents(
                    articles, model=model, reference_date=anchor, workers=workers, on_error=on_error
                )
                if dask is None
                else cluster_documents(
                    dask, articles, model=model, reference_date=anchor, on_error=on_error
                )
            )
            with closing(documents):
                try:
                    for _article, events in documents:
                        documents_read += 1
                        # A stop signal waits until the document's records are out whole.
                        with _stops_deferred():
                            for event in events:
                                writer.write(event)
                            writer.flush()
                        shown.advance(len(events))
                except _Stop:
                    _say("stopped at the first failure (--fail-fast)")
    _end(
        documents_read,
        failed,
        "no articles in the input — name files or directories with articles in them "
        "(hidden files are skipped), or pipe them in with -",
    )


class _Stop(Exception):
    """--fail-fast: the first error ends the run (raised through the reader and the extractor)."""


@dataclass
class _Run:
    opened: bool = False  # the output files exist: a failure from here on is no usage error


@contextmanager
def _streaming_ends(output: str | None, written: str) -> Iterator[_Run]:
    """How a command that streams `written` ("records") to `output` ends when it does not run
    to its end, each way with one stderr line and its exit status: a stop signal (what is
    written is complete), a reader that went away, an unusable model, output or input."""
    run = _Run()
    try:
        yield run
    except (KeyboardInterrupt, Stopped) as stop:
        where = f"; {output} is left as it was" if output not in (None, "-") else ""
        _say(f"{_stop_name(stop)} — {written} written so far are complete{where}")
        raise typer.Exit(_stop_status(stop)) from None
    except BrokenPipeError:
        # The reader went away (`diplo extract seeds/ | head -1`): nothing is wrong with the
        # inputs, so end quietly and successfully (the writer has silenced stdout already).
        raise typer.Exit(EXIT_OK) from None
    except ModelNotFoundError as err:
        _say(f"error: {err}")
        raise typer.Exit(EXIT_USAGE) from None
    except OutputError as err:
        _say(f"error: {err}")
        raise typer.Exit(EXIT_INPUT_FAILED if run.opened else EXIT_USAGE) from None
    except DiploError as err:
        _say(f"error: {err}")
        raise typer.Exit(EXIT_INPUT_FAILED) from None


def _end(read: int, failed: bool, nothing: str) -> None:
    """A run that read nothing (`nothing` says what to give) or met an input error fails."""
    if read == 0 and not failed:
        _say(f"error: {nothing}")
        raise typer.Exit(EXIT_INPUT_FAILED)
    if failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


def _stop_status(stop: BaseException) -> int:
    return 128 + stop.signum if isinstance(stop, Stopped) else EXIT_INTERRUPTED


def _stop_name(stop: BaseException) -> str:
    return stop.describe() if isinstance(stop, Stopped) else "interrupted"


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def _stop_signals_interrupt() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP raise `Stopped`, so that the same clean-up runs for all three
    (temporary files removed, worker processes stopped); the old handlers come back after."""
    if not _in_main_thread():
        yield
        return
    previous_hook = sys.unraisablehook
    sys.unraisablehook = _redeliver_stops
    try:
        with _stop_handler(raise_stopped):
            yield
    finally:
        sys.unraisablehook = previous_hook


@contextmanager
def _stop_handler(handler: Any) -> Iterator[None]:
    """`handler` for every stop signal inside the block, the old handlers back after it."""
    previous = {s: signal.getsignal(s) for s in STOP_SIGNALS}
    for s in STOP_SIGNALS:
        signal.signal(s, handler)
    try:
        yield
    finally:
        for s, old in previous.items():
            signal.signal(s, old)


def _redeliver_stops(unraisable: Any) -> None:
    """A signal that lands in a weakref callback or a __del__ raises where no exception can go
    (Python would print "Exception ignored" with a traceback and go on as if nothing came):
    send it again, to be raised at the next point where it can be."""
    if isinstance(unraisable.exc_value, Stopped):
        signal.raise_signal(unraisable.exc_value.signum)
        return
    sys.__unraisablehook__(unraisable)


@contextmanager
def _writers(
    output: str | None, errors: str | None
) -> Iterator[tuple[JsonlWriter, JsonlWriter | None]]:
    """The record writer and the --errors writer: committed together when the block succeeds,
    both aborted (temporary files removed, old files untouched) when it does not."""
    from diplo_extract.io.writers import JsonlWriter

    live: list[JsonlWriter] = []
    try:
        writer = JsonlWriter(output)
        live.append(writer)
        problems = JsonlWriter(errors) if errors is not None else None
        if problems is not None:
            live.append(problems)
        yield writer, problems
        for w in live:
            w.close()
    finally:
        for w in live:
            w.abort()  # a no-op for a writer already closed


@contextmanager
def _stops_deferred() -> Iterator[None]:
    """Hold a stop signal until the block is done, then raise it (a second one is not held)."""
    if not _in_main_thread():
        yield
        return
    caught: list[int] = []
    previous = {s: signal.getsignal(s) for s in STOP_SIGNALS}  # known before `hold` can run

    def hold(signum: int, frame: object) -> None:
        caught.append(signum)
        for s, handler in previous.items():
            signal.signal(s, handler)

    with _stop_handler(hold):
        yield
    if caught:
        raise_stopped(caught[0])


class _Shown:
    """The progress bar's handle: bytes read (when the total is known), documents, events."""

    def __init__(self, progress: Progress | None, total: int | None) -> None:
        self._progress = progress
        self._task = (
            progress.add_task("extracting", total=total, events=0, documents=0)
            if progress
            else None
        )
        self._sized = total is not None
        self._events = 0
        self._documents = 0

    def read(self, size: int) -> None:
        if self._progress is not None and self._task is not None and self._sized:
            self._progress.update(self._task, advance=size)

    def advance(self, events: int) -> None:
        if self._progress is None or self._task is None:
            return
        self._events += events
        self._documents += 1
        self._progress.update(
            self._task,
            advance=0 if self._sized else 1,
            events=self._events,
            documents=self._documents,
        )


class _RateColumn(ProgressColumn):
    """Documents per second over the whole run: results come in bursts (a chunk at a time),
    which a short sliding window would show as wild swings."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        speed = task.fields.get("documents", 0) / elapsed if elapsed else 0.0
        return Text(f"{speed:.1f} docs/s")


@contextmanager
def _progress(*, enabled: bool, total: int | None, to_terminal: bool) -> Iterator[_Shown]:
    """A progress bar on stderr when it is a terminal and records do not go to the same
    terminal (they would be printed onto the bar's line; there, the records show progress).
    With the inputs' total size known, a bar with percentage and time left."""
    if not (enabled and stderr.is_terminal) or to_terminal:
        yield _Shown(None, None)
        return
    columns: list[ProgressColumn | str] = [SpinnerColumn()]
    if total is not None:
        columns += [BarColumn(bar_width=24), TaskProgressColumn(), TimeRemainingColumn()]
    columns += [
        TextColumn("{task.fields[documents]:,} documents"),
        TextColumn("{task.fields[events]:,} events"),
        _RateColumn(),
        TimeElapsedColumn(),
    ]
    progress = Progress(*columns, console=stderr, transient=False)
    with progress:
        yield _Shown(progress, total)


@app.command(
    help="Merge event records across articles: one JSON line per real-world encounter, with "
    "every report of it in `sources`.\n\n"
    "Reads what `diplo extract` writes (files, directories, .gz, or - for standard input; "
    "standard input when no path is given): diplo extract dump/ | diplo cluster > "
    "encounters.jsonl. A line that is not an event record is reported on stderr (path:line: "
    "what is wrong — what to do) and skipped. Exit status as for extract: 0 all records used; 1 "
    "some input failed (the rest were clustered and written); 2 usage error; 130 interrupted "
    "(-o FILE is left as it was)."
)
def cluster(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Event record files (JSON Lines, .gz too), directories, or - for standard input "
            "(the default)."
        ),
    ] = None,
    output: OutputOption = None,
    errors: Annotated[
        str | None,
        typer.Option(
            "--errors",
            metavar="FILE",
            help="Also write every problem as JSON Lines to FILE (fields as for extract).",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No warnings, only errors.")] = False,
) -> None:
    """Merge event records across articles: one JSON line per real-world encounter."""
    failed = False
    records = 0

    def on_error(problem: InputError) -> None:
        nonlocal failed
        if problems is not None:
            problems.write_json(problem.as_record())
        if problem.is_warning:
            if not quiet:
                _say(f"warning: {problem}", style="yellow")
            return
        failed = True
        _say(f"error: {problem}")

    def counted(lines: Iterator[JsonLine]) -> Iterator[JsonLine]:
        nonlocal records
        for line in lines:
            records += 1
            yield line

    problems: JsonlWriter | None = None
    with _streaming_ends(output, "encounters") as run:
        from diplo_extract.clustering import encounters_of_lines
        from diplo_extract.io.readers import iter_json_lines

        with _stop_signals_interrupt(), _writers(output, errors) as (writer, problems):
            run.opened = True
            lines = counted(iter_json_lines(paths or ["-"], on_error=on_error))
            for encounter in encounters_of_lines(lines, on_error=on_error):
                writer.write_json(encounter)
    _end(
        records,
        failed,
        "no event records in the input — give the JSON Lines `diplo extract` writes, as files "
        "or on standard input",
    )


@app.command()
def evaluate(
    gold: Annotated[
        Path | None,
        typer.Argument(help="Gold file (JSONL, see gold-format.md); not with --clusters."),
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            "-p",
            help="Predicted events (JSONL), or with --clusters the encounters `diplo cluster` "
            "wrote. Default for events: run the extractor on the gold texts.",
        ),
    ] = None,
    clusters: Annotated[
        Path | None,
        typer.Option(
            "--clusters",
            metavar="GOLD",
            help="Score encounters across documents instead: a cluster gold file (one encounter "
            "a line with its documents); needs --predictions.",
        ),
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="List misses, extras and slot errors (with --clusters: wrongly merged and split "
            "encounters).",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    model: Annotated[
        str | None,
        typer.Option("--model", envvar="DIPLO_MODEL", help="spaCy pipeline name or path."),
    ] = None,
) -> None:
    """Score events against a gold file: event P/R/F1, participant F1, per-slot accuracy; or,
    with --clusters, encounters across documents: pairwise P/R/F1."""
    if clusters is not None:
        _evaluate_clusters(clusters, predictions, gold, verbose=verbose, as_json=as_json)
        return
    if gold is None:
        raise typer.BadParameter(
            "name a gold file, or a cluster gold file with --clusters", param_hint="'GOLD'"
        )
    from diplo_extract.evaluate import format_report, load_gold, load_predictions, score

    bad_lines = _BadLines()
    gold_docs = load_gold(
        gold,
        on_warning=lambda problem: _say(f"warning: {problem}", style="yellow"),
        on_error=bad_lines,
    )
    if predictions is not None:
        predicted = load_predictions(predictions, on_error=bad_lines)
    else:
        from diplo_extract.evaluate import gold_articles
        from diplo_extract.extraction import extract

        predicted = [
            json.loads(event.model_dump_json())
            for event in extract(gold_articles(gold_docs), model=model)
        ]
    report = score(gold_docs, predicted)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report, verbose=verbose))
    bad_lines.end()


class _BadLines:
    """`diplo evaluate`'s bad input lines, of either file: each is named on stderr as it is met
    and skipped; the report is still printed, and the exit status is then 1."""

    def __init__(self) -> None:
        self.seen = False

    def __call__(self, problem: InputError) -> None:
        self.seen = True
        _say(f"error: {problem}")

    def end(self) -> None:
        if self.seen:
            raise typer.Exit(EXIT_INPUT_FAILED)


def _evaluate_clusters(
    gold: Path, predictions: Path | None, stray: Path | None, *, verbose: bool, as_json: bool
) -> None:
    """`diplo evaluate --clusters GOLD --predictions ENCOUNTERS`: bad lines as for events
    (`_BadLines`)."""
    if stray is not None:
        raise typer.BadParameter(
            f"{stray}: give the cluster gold file with --clusters only",
            param_hint="'GOLD'",
        )
    if predictions is None:
        raise typer.BadParameter(
            "--clusters scores the encounters of --predictions ENCOUNTERS.jsonl: name that file",
            param_hint="'--predictions'",
        )
    from diplo_extract.cluster_scoring import (
        format_cluster_report,
        load_cluster_gold,
        load_clusters,
        score_clusters,
    )

    bad_lines = _BadLines()
    report = score_clusters(
        load_cluster_gold(gold, on_error=bad_lines), load_clusters(predictions, on_error=bad_lines)
    )
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_cluster_report(report, verbose=verbose))
    bad_lines.end()


@app.command()
def schema(
    encounter: Annotated[
        bool,
        typer.Option(
            "--encounter", help="The encounter record of `diplo cluster` instead of the event."
        ),
    ] = False,
) -> None:
    """Print the JSON Schema of the event record (generated from the Pydantic model)."""
    from diplo_extract.schema import Encounter, Event

    model = Encounter if encounter else Event
    typer.echo(json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False))


def main(argv: list[str] | None = None) -> None:
    """Console entry point: every way a run can end becomes an exit status and, for a problem,
    one line on stderr. Never a traceback (set DIPLO_DEBUG=1 to see one for a bug)."""
    status = run(argv)
    # The run is over and its status decided: a stop signal from now on must not kill the
    # process while Python shuts down (which gives handled signals their default action back,
    # in whichever thread takes them; ignored ones it leaves ignored).
    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)
    sys.exit(status)


def run(argv: list[str] | None = None) -> int:
    """The command line `argv` (default: sys.argv[1:]) run to its exit status."""
    try:
        with _stop_signals_interrupt():
            status = app(args=argv, prog_name="diplo", standalone_mode=False)
        return status if isinstance(status, int) else EXIT_OK
    except (KeyboardInterrupt, Stopped) as stop:
        return _stopped(stop)
    except DiploError as err:
        _say(f"error: {err}")
        return EXIT_INPUT_FAILED if isinstance(err, InputError) else EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:
        return _unexpected(err)


def _stopped(stop: BaseException) -> int:
    _say(f"{_stop_name(stop)} — records written so far are complete")
    return _stop_status(stop)


def _unexpected(err: Exception) -> int:
    """Typer and click report usage errors and exits as exceptions when they are not left to
    exit the process themselves. Typer 0.29 bundles its own copy of click, so they are told by
    what they carry (an exit code, a message), not by the click class they come from."""
    exit_code = getattr(err, "exit_code", None)
    if type(err).__name__ == "Abort":  # a Ctrl-C that Typer caught
        return _stopped(KeyboardInterrupt())
    if type(err).__name__ == "Exit":
        return int(exit_code or 0)
    format_message = getattr(err, "format_message", None)
    if isinstance(exit_code, int) and callable(format_message):
        context = getattr(err, "ctx", None)
        command = getattr(context, "command_path", None) or "diplo"
        if type(err).__name__ == "NoArgsIsHelpError":
            message = _no_command_message(context)
        else:
            message = " ".join(str(format_message()).split()).rstrip(".")
        _say(f"error: {message} — see '{command} --help'")
        return EXIT_USAGE
    if os.environ.get("DIPLO_DEBUG"):
        raise err
    reason = " ".join(f"{type(err).__name__}: {err}".split())[:300]
    _say(
        f"error: internal error ({reason}) — this is a bug in diplo: please report it with the "
        "command line; DIPLO_DEBUG=1 shows where it happened"
    )
    return EXIT_INPUT_FAILED


def _no_command_message(context: object) -> str:
    command = getattr(context, "command", None)
    names = sorted(getattr(command, "commands", {}) or {})
    if names:
        return f"no command given: name one of {', '.join(names)} (e.g. 'diplo extract seeds/')"
    return "missing arguments"
