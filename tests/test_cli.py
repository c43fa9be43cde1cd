"""The command line: help for every command, pure JSON Lines on stdout, exit codes, closed pipes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplo_extract.cli import app
from diplo_extract.schema import Event
from tests.conftest import ROOT, SEEDS

runner = CliRunner()


@pytest.mark.parametrize("command", ["extract", "cluster", "evaluate", "schema"])
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    assert len(result.output.splitlines()) > 3


def test_every_option_has_help():
    import typer.main

    group = typer.main.get_command(app)
    checked = 0
    for name, command in group.commands.items():
        for param in command.params:
            # Told by its kind, not its class: typer 0.29 bundles its own copy of click.
            if param.param_type_name == "option":
                assert param.help, f"{name} {param.opts} has no help text"
                checked += 1
    assert checked >= 10


def test_schema_prints_the_model_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == Event.model_json_schema()


def test_a_bad_reference_date_is_a_usage_error():
    result = runner.invoke(app, ["extract", str(SEEDS), "--reference-date", "next week"])
    assert result.exit_code == 2


@pytest.mark.model
def test_extract_seeds_writes_pure_jsonl_that_validates():
    result = runner.invoke(app, ["extract", str(SEEDS)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines, "no events from the seeds"
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for line in lines:
        event = Event.model_validate_json(line)
        text = texts[event.doc_id]
        for item in event.evidence:
            assert text[item.start : item.end] == item.text


@pytest.mark.model
def test_two_runs_give_identical_output():
    first = runner.invoke(app, ["extract", str(SEEDS)]).stdout
    second = runner.invoke(app, ["extract", str(SEEDS)]).stdout
    assert first == second


@pytest.mark.model
def test_missing_input_is_reported_and_the_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), str(good)])
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == ["good"]


@pytest.mark.model
def test_jsonl_on_stdin_resolves_relative_dates():
    text = (SEEDS / "002_af1630968106c650.txt").read_text(encoding="utf-8")
    line = json.dumps({"id": "seed-2", "text": text, "published": "2025-08-08"})
    result = runner.invoke(app, ["extract", "-"], input=line + "\n")
    assert result.exit_code == 0, result.stderr
    events = [json.loads(x) for x in result.stdout.splitlines()]
    dates = {(e["date"] or {}).get("start") for e in events}
    assert "2025-08-15" in dates


@pytest.mark.model
def test_a_closed_pipe_ends_quietly():
    command = f"{sys.executable} -m diplo_extract extract {SEEDS} | head -1"
    done = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command}"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert len(done.stdout.splitlines()) == 1
    Event.model_validate_json(done.stdout)


# -- the installed command: usage errors ----------------------------------------------------------

DIPLO = Path(sys.executable).with_name("diplo")

USAGE_ERRORS = [
    [],
    ["bogus"],
    ["--bogus"],
    ["extract"],
    ["extract", "--bogus", "seeds"],
    ["extract", "seeds", "-j", "0"],
    ["extract", "seeds", "--workers", "many"],
    ["extract", "seeds", "--reference-date", "notadate"],
    ["extract", "seeds", "--max-bytes", "5Q"],
    ["extract", "seeds", "-o"],
    ["evaluate"],
    ["schema", "extra"],
]


@pytest.mark.parametrize("args", USAGE_ERRORS, ids=lambda args: " ".join(args) or "(none)")
def test_the_installed_command_reports_a_usage_error_in_one_line(args: list[str]) -> None:
    assert DIPLO.exists(), f"{DIPLO} is not installed (pip install .)"
    done = subprocess.run(
        [str(DIPLO), *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ") and "--help" in lines[0]


def test_no_command_names_the_commands() -> None:
    done = subprocess.run([str(DIPLO)], capture_output=True, text=True, timeout=120)
    assert "extract" in done.stderr and "evaluate" in done.stderr


def test_help_shows_no_type_after_a_flag() -> None:
    done = subprocess.run(
        [str(DIPLO), "extract", "--help"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0
    assert "<bool>" not in done.stdout
    assert "--fail-fast" in done.stdout


def test_a_bug_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from diplo_extract import cli

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(cli, "app", broken)
    monkeypatch.delenv("DIPLO_DEBUG", raising=False)
    assert cli.run(["schema"]) == cli.EXIT_INPUT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("error: internal error (ZeroDivisionError: boom)")
    assert len(err.splitlines()) == 1


def test_an_empty_directory_is_an_error(tmp_path) -> None:
    done = subprocess.run(
        [str(DIPLO), "extract", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"error: {tmp_path}: no files to read in this directory (hidden files and folders are "
        "skipped) — check the path, or put the articles in it"
    ]
