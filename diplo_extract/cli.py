"""The `diplo` command: arguments, exit codes, one stderr line per problem. No NLP here."""

from __future__ import annotations

import datetime as dt
import json
import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from diplo_extract import __version__
from diplo_extract.errors import DiploError, InputError, ModelNotFoundError

if TYPE_CHECKING:
    from diplo_extract.io.writers import JsonlWriter

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Extract diplomatic encounters (meetings, talks, summits, visits, calls) from news "
    "articles as JSON Lines: one record per encounter, on stdout.",
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def _say(message: str, *, style: str = "red") -> None:
    stderr.print(message, style=style, markup=False)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date — use YYYY-MM-DD, e.g. 2025-08-08"
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
            f"{value!r} is not a size — give a number of bytes, or one with k, M or G (e.g. 20M)"
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
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Write JSON Lines to this file (atomically) instead of stdout."
        ),
    ] = None,
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
) -> None:
    """Read articles and write one JSON line per diplomatic encounter."""
    from diplo_extract.extraction import extract_documents
    from diplo_extract.io.readers import iter_articles
    from diplo_extract.io.writers import JsonlWriter

    anchor = _parse_date(reference_date)
    limit = _parse_size(max_bytes)
    failed = False

    problems: JsonlWriter | None = None
    try:
        writer = JsonlWriter(output)
        try:
            problems = JsonlWriter(errors) if errors is not None else None
        except DiploError:
            writer.abort()
            raise
    except DiploError as err:
        _say(f"error: {err}")
        raise typer.Exit(EXIT_USAGE) from None

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

    articles = iter_articles(
        paths,
        on_error=on_error,
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
        max_bytes=limit,
    )
    documents = extract_documents(
        articles, model=model, reference_date=anchor, workers=workers, on_error=on_error
    )
    try:
        with (
            _closing_all(writer, problems),
            closing(documents),
            _progress(enabled=not quiet) as shown,
        ):
            try:
                for _article, events in documents:
                    # A Ctrl-C waits until the document's records are out whole.
                    with _interrupt_deferred():
                        for event in events:
                            writer.write(event)
                        writer.flush()
                    shown.advance(len(events))
            except _Stop:
                _say("stopped at the first failure (--fail-fast)")
    except KeyboardInterrupt:
        where = f"; {output} is left as it was" if output not in (None, "-") else ""
        _say(f"interrupted — records written so far are complete{where}")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (`diplo extract seeds/ | head -1`): nothing is wrong with the
        # inputs, so end quietly and successfully (the writer has silenced stdout already).
        raise typer.Exit(EXIT_OK) from None
    except ModelNotFoundError as err:
        _say(f"error: {err}")
        raise typer.Exit(EXIT_USAGE) from None
    except DiploError as err:
        _say(f"error: {err}")
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    if failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


class _Stop(Exception):
    """--fail-fast: the first error ends the run (raised through the reader and the extractor)."""


@contextmanager
def _closing_all(*writers: JsonlWriter | None) -> Iterator[None]:
    """Commit every writer when the block succeeds; abort them all when it does not."""
    live = [w for w in writers if w is not None]
    try:
        yield
        for w in live:
            w.close()
    finally:
        for w in live:
            w.abort()  # a no-op for a writer already closed


@contextmanager
def _interrupt_deferred() -> Iterator[None]:
    """Hold a Ctrl-C until the block is done, then raise it (a second one is not held)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.getsignal(signal.SIGINT)

    def hold(signum: int, frame: object) -> None:
        caught.append(signum)
        signal.signal(signal.SIGINT, previous)

    signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


class _Shown:
    """The progress bar's handle: documents done, events found."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._task = progress.add_task("extracting", total=None, events=0) if progress else None
        self._events = 0

    def advance(self, events: int) -> None:
        if self._progress is None or self._task is None:
            return
        self._events += events
        self._progress.update(self._task, advance=1, events=self._events)


class _RateColumn(ProgressColumn):
    """Documents per second over the whole run: results come in bursts (a chunk at a time),
    which a short sliding window would show as wild swings."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        speed = task.completed / elapsed if elapsed else 0.0
        return Text(f"{speed:.1f} docs/s")


@contextmanager
def _progress(*, enabled: bool) -> Iterator[_Shown]:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""
    if not (enabled and stderr.is_terminal):
        yield _Shown(None)
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:,} documents"),
        TextColumn("{task.fields[events]:,} events"),
        _RateColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=False,
    )
    with progress:
        yield _Shown(progress)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSONL, see gold-format.md).")],
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            "-p",
            help="Predicted events (JSONL). Default: run the extractor on the gold texts.",
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List misses, extras and slot errors.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    model: Annotated[
        str | None,
        typer.Option("--model", envvar="DIPLO_MODEL", help="spaCy pipeline name or path."),
    ] = None,
) -> None:
    """Score events against a gold file: event P/R/F1, participant F1, per-slot accuracy."""
    from diplo_extract.evaluate import format_report, load_gold, load_predictions, score

    gold_docs = load_gold(
        gold, on_warning=lambda problem: _say(f"warning: {problem}", style="yellow")
    )
    if predictions is not None:
        predicted = load_predictions(predictions)
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


@app.command()
def schema() -> None:
    """Print the JSON Schema of the event record (generated from the Pydantic model)."""
    from diplo_extract.schema import Event

    typer.echo(json.dumps(Event.model_json_schema(), indent=2, ensure_ascii=False))


def main() -> None:
    """Console entry point: typed errors become one stderr line and an exit status."""
    try:
        status = app(standalone_mode=False)
        sys.exit(status if isinstance(status, int) else EXIT_OK)
    except KeyboardInterrupt:
        _say("interrupted — records written so far are complete")
        sys.exit(EXIT_INTERRUPTED)
    except DiploError as err:
        _say(f"error: {err}")
        sys.exit(EXIT_INPUT_FAILED if isinstance(err, InputError) else EXIT_USAGE)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.Abort:
        _say("aborted")
        sys.exit(EXIT_INTERRUPTED)
    except Exception as err:  # click usage errors and the like
        import click

        if isinstance(err, click.ClickException):
            err.show()
            sys.exit(EXIT_USAGE)
        raise
