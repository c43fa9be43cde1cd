"""The `diplo` command: argument parsing, exit codes, and one stderr line per problem. No NLP here."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from diplo_extract import __version__
from diplo_extract.errors import DiploError, InputError

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Extract diplomatic encounters (meetings, talks, summits, visits, calls) from news "
    "articles as JSON Lines: one record per encounter, on stdout.",
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def _say(message: str, *, style: str = "red") -> None:
    stderr.print(message, style=style, markup=False)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date — use YYYY-MM-DD, e.g. 2025-08-08") from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"diplo {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Extract diplomatic encounters from news text."""


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, directories (walked recursively, sorted) or - for standard input."),
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write JSON Lines to this file (atomically) instead of stdout."),
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
            help="spaCy pipeline name or path (default: the small English pipeline installed with diplo).",
        ),
    ] = None,
    text_field: Annotated[str, typer.Option(help="JSONL field that holds the article text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL field that holds the article id.")] = "id",
    date_field: Annotated[str, typer.Option(help="JSONL field that holds the publication date.")] = "published",
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no warnings, only errors.")] = False,
) -> None:
    """Read articles and write one JSON line per diplomatic encounter."""
    from diplo_extract.extract import extract_documents
    from diplo_extract.io.readers import iter_articles
    from diplo_extract.io.writers import JsonlWriter

    anchor = _parse_date(reference_date)
    failed = False

    def on_error(problem: InputError) -> None:
        nonlocal failed
        if problem.is_warning:
            if not quiet:
                _say(f"warning: {problem}", style="yellow")
            return
        failed = True
        _say(f"error: {problem}")
        if fail_fast:
            raise problem

    articles = iter_articles(
        paths, on_error=on_error, text_field=text_field, id_field=id_field, date_field=date_field
    )
    try:
        with JsonlWriter(output) as writer:
            for _article, events in extract_documents(articles, model=model, reference_date=anchor):
                for event in events:
                    writer.write(event)
                writer.flush()
    except InputError:
        raise typer.Exit(EXIT_INPUT_FAILED) from None
    except BrokenPipeError:
        # The reader went away (`diplo extract seeds/ | head -1`): nothing is wrong with the
        # inputs, so end quietly and successfully (the writer has silenced stdout already).
        raise typer.Exit(EXIT_OK) from None
    if failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSONL, see gold-format.md).")],
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions", "-p", help="Predicted events (JSONL). Default: run the extractor on the gold texts."
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List misses, extras and slot errors.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    model: Annotated[
        str | None, typer.Option("--model", envvar="DIPLO_MODEL", help="spaCy pipeline name or path.")
    ] = None,
) -> None:
    """Score events against a gold file: event P/R/F1, participant F1, per-slot accuracy."""
    from diplo_extract.evaluate import format_report, load_gold, load_predictions, score

    gold_docs = load_gold(gold)
    if predictions is not None:
        predicted = load_predictions(predictions)
    else:
        from diplo_extract.extract import extract
        from diplo_extract.schema import Article

        articles = [
            Article(id=d["id"], text=d["text"], title=d.get("title"), published=d.get("published"), source=d.get("source"))
            for d in gold_docs
        ]
        predicted = [json.loads(event.model_dump_json()) for event in extract(articles, model=model)]
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
