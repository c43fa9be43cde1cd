"""Batch runs through the command line: every bad input is one stderr line and the run goes on,
--fail-fast and --errors, exit statuses, Ctrl-C, progress, and --workers."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from diplo_extract import cli
from diplo_extract.cli import app
from diplo_extract.errors import InputError
from diplo_extract.io import readers
from diplo_extract.schema import Article, Event
from tests.conftest import ROOT, SEEDS

runner = CliRunner()

MEETING = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday."
CALL = "President Joe Biden spoke by phone with Prime Minister Justin Trudeau of Canada on Monday."


def run(*args: str, input: str | None = None):
    return runner.invoke(app, ["extract", *args], input=input)


def doc_ids(stdout: str) -> list[str]:
    return [Event.model_validate_json(line).doc_id for line in stdout.splitlines()]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """The good input beside each bad one: its event must always come out."""
    path = tmp_path / "good.txt"
    path.write_text(MEETING, encoding="utf-8")
    return path


def assert_one_error(result, line: str, *, processed: list[str], status: int = 1) -> None:
    assert result.exit_code == status, result.stderr
    assert result.stderr.splitlines() == [line]
    assert doc_ids(result.stdout) == processed


# -- one test per bad input: the exact line, the status, and the good input still processed ------


@pytest.mark.model
def test_missing_path(tmp_path: Path, good: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run(str(missing), str(good))
    assert_one_error(
        result, f"error: {missing}: no such file or directory — check the path", processed=["good"]
    )


@pytest.mark.model
def test_permission_denied(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, for whom chmod 000 denies nothing: refuse the open instead.
    locked = tmp_path / "locked.txt"
    locked.write_text(MEETING, encoding="utf-8")
    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(readers, "open", fake_open, raising=False)
    result = run(str(locked), str(good))
    assert_one_error(
        result,
        f"error: {locked}: permission denied — make it readable or leave it out",
        processed=["good"],
    )


@pytest.mark.model
def test_a_file_where_a_directory_is_needed(good: Path) -> None:
    result = run(f"{good}/", str(good))
    assert_one_error(
        result,
        f"error: {good}/: not a directory: a file stands where the path needs a directory — "
        "check the path (a trailing / after a file name?)",
        processed=["good"],
    )


@pytest.mark.parametrize("option", ["--output", "--errors"])
def test_a_directory_where_an_output_file_is_needed(tmp_path: Path, good: Path, option: str):
    result = run(str(good), option, str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {tmp_path}: is a directory — give a file name for the output"
    ]
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt"]


@pytest.mark.model
def test_binary_file(tmp_path: Path, good: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    result = run(str(binary), str(good))
    assert_one_error(
        result,
        f"error: {binary}: binary file (contains NUL bytes) — "
        "pass text, HTML, JSON or JSON Lines (UTF-16 needs a byte-order mark)",
        processed=["good"],
    )


@pytest.mark.model
def test_empty_file(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"\n")
    result = run(str(tmp_path))  # a directory: the empty file and the good one beside it
    assert_one_error(
        result,
        f"error: {empty}: empty file — remove it or put the article text in it",
        processed=["good"],
    )


@pytest.mark.model
def test_file_over_max_bytes(tmp_path: Path, good: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(MEETING * 2, encoding="utf-8")
    result = run(str(big), str(good), "--max-bytes", "100")
    assert_one_error(
        result,
        f"error: {big}: 174 bytes, over the 100-byte limit — "
        "split it into smaller pieces or raise --max-bytes",
        processed=["good"],
    )


@pytest.mark.model
def test_malformed_json_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a", "text": MEETING}),
        '{"id": "b", "text": ',
        json.dumps({"id": "c", "text": CALL}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(str(path))
    assert_one_error(
        result,
        f"error: {path}:2: not valid JSON (Expecting value, column 21) — "
        "fix or remove the line; each line must be one JSON object",
        processed=["a", "c"],
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"id": "b", "body": MEETING}, 'no "text" field — put the article text in "text"'),
        (
            {"id": "b", "text": 42},
            '"text" is a number, not a string — put the article text in "text" as a string',
        ),
        (
            {"id": "b", "text": {"en": MEETING}},
            '"text" is a object, not a string — put the article text in "text" as a string',
        ),
    ],
    ids=["without-text", "number-text", "object-text"],
)
def test_record_without_usable_text(tmp_path: Path, record: dict, problem: str) -> None:
    path = tmp_path / "news.jsonl"
    records = [{"id": "a", "text": MEETING}, record, {"id": "c", "text": CALL}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run(str(path))
    assert_one_error(result, f"error: {path}:2: {problem}", processed=["a", "c"])


@pytest.mark.model
def test_duplicate_ids_warn_and_both_are_processed(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    records = [{"id": "x", "text": MEETING}, {"id": "x", "text": CALL}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run(str(path))
    assert_one_error(
        result,
        f'warning: {path}:2: duplicate id "x" (first seen at {path}:1) — '
        "give each article a unique id; both are processed",
        processed=["x", "x"],
        status=0,
    )


@pytest.mark.model
def test_legacy_encoding_warns_and_is_processed(tmp_path: Path, good: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(MEETING.replace("Beijing", "Beijing’s café").encode("cp1252"))
    result = run(str(legacy), str(good))
    assert_one_error(
        result,
        f"warning: {legacy}: not UTF-8; decoded as cp1252 — convert it to UTF-8 to be sure",
        processed=["legacy", "good"],
        status=0,
    )


@pytest.mark.model
def test_a_document_that_breaks_the_extractor_costs_only_itself(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplo_extract import extraction

    real = extraction.assemble

    def fragile(doc, article, reference):
        if article.id == "cursed":
            raise ValueError("a rule tripped\nover two lines")
        return real(doc, article, reference)

    monkeypatch.setattr(extraction, "assemble", fragile)
    cursed = tmp_path / "cursed.txt"
    cursed.write_text(CALL, encoding="utf-8")
    result = run(str(cursed), str(good))
    assert_one_error(
        result,
        f'error: {cursed}: document "cursed" could not be processed (ValueError: a rule tripped '
        "over two lines) — this is a bug in diplo: please report it with the article",
        processed=["good"],
    )


@pytest.mark.model
def test_a_document_that_breaks_the_prefilter_costs_only_itself(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplo_extract import extraction

    real = extraction.select

    def fragile(text: str):
        if text == CALL:
            raise RecursionError("too deep")
        return real(text)

    monkeypatch.setattr(extraction, "select", fragile)
    cursed = tmp_path / "cursed.txt"
    cursed.write_text(CALL, encoding="utf-8")
    result = run(str(cursed), str(good))
    assert_one_error(
        result,
        f'error: {cursed}: document "cursed" could not be processed (RecursionError: too deep) '
        "— this is a bug in diplo: please report it with the article",
        processed=["good"],
    )


@pytest.mark.model
def test_a_text_longer_than_a_window_is_parsed_in_windows_not_refused(
    tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplo_extract import extraction

    long = tmp_path / "long.txt"
    long.write_text(MEETING + "\n\n" + CALL, encoding="utf-8")
    whole = run(str(long))
    monkeypatch.setattr(extraction, "WINDOW_CHARS", 100)  # each sentence a window of its own
    windowed = run(str(long), str(good))
    assert windowed.exit_code == 0, windowed.stderr
    assert windowed.stderr == ""
    assert doc_ids(windowed.stdout) == ["long", "long", "good"]

    def summary(output: str) -> list[tuple[str, str, list[str]]]:
        records = [json.loads(line) for line in output.splitlines()]
        return [(r["event_id"], r["type"], [p["name"] for p in r["participants"]]) for r in records]

    assert summary(windowed.stdout)[:2] == summary(whole.stdout)  # the same encounters


# -- --fail-fast, --errors, --quiet ---------------------------------------------------------------


@pytest.mark.model
def test_fail_fast_stops_at_the_first_failure_and_keeps_what_was_written(
    tmp_path: Path, good: Path
) -> None:
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.jsonl"
    result = run(str(good), str(missing), str(good), "--fail-fast", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {missing}: no such file or directory — check the path",
        "stopped at the first failure (--fail-fast)",
    ]
    assert doc_ids(out.read_text(encoding="utf-8")) == ["good"]


@pytest.mark.model
def test_errors_file_lists_every_problem_as_json_lines(tmp_path: Path, good: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "good", "text": CALL}) + "\nnot json\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    report = tmp_path / "errors.jsonl"
    result = run(str(good), str(feed), str(missing), "--errors", str(report), "--quiet")
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 2  # --quiet: the errors, not the warning
    assert doc_ids(result.stdout) == ["good", "good"]
    records = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert records == [
        {
            "path": str(feed),
            "line": 1,
            "record": None,
            "severity": "warning",
            "problem": f'duplicate id "good" (first seen at {good})',
            "fix": "give each article a unique id; both are processed",
            "message": f'{feed}:1: duplicate id "good" (first seen at {good}) — '
            "give each article a unique id; both are processed",
        },
        {
            "path": str(feed),
            "line": 2,
            "record": None,
            "severity": "error",
            "problem": "not valid JSON (Expecting value, column 1)",
            "fix": "fix or remove the line; each line must be one JSON object",
            "message": f"{feed}:2: not valid JSON (Expecting value, column 1) — "
            "fix or remove the line; each line must be one JSON object",
        },
        {
            "path": str(missing),
            "line": None,
            "record": None,
            "severity": "error",
            "problem": "no such file or directory",
            "fix": "check the path",
            "message": f"{missing}: no such file or directory — check the path",
        },
    ]


def test_an_errors_file_with_no_problems_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_extractor(monkeypatch)
    report = tmp_path / "errors.jsonl"
    report.write_text("old\n", encoding="utf-8")
    result = run("-", "--errors", str(report), input=MEETING)
    assert result.exit_code == 0
    assert report.read_text(encoding="utf-8") == ""


def test_json_list_items_are_located_by_record(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": "ok"}, {"title": "no text"}]), encoding="utf-8")
    errors: list[InputError] = []
    list(readers.iter_articles([str(path)], on_error=errors.append))
    [error] = errors
    assert (error.path, error.line, error.record, error.where) == (str(path), None, 2, f"{path}#2")


@pytest.mark.parametrize(("size", "limit"), [("100", 100), ("20k", 20_000), ("3MB", 3_000_000)])
def test_max_bytes_takes_suffixes(size: str, limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, int] = {}
    real = readers.iter_articles

    def spy(paths, **kwargs):
        seen["max_bytes"] = kwargs["max_bytes"]
        return real(paths, **kwargs)

    monkeypatch.setattr(readers, "iter_articles", spy)
    fake_extractor(monkeypatch)
    result = run("-", "--max-bytes", size, input="x")
    assert result.exit_code == 0, result.stderr
    assert seen == {"max_bytes": limit}


@pytest.mark.parametrize("size", ["0", "ten", "-5", "1T"])
def test_a_bad_max_bytes_is_a_usage_error(size: str) -> None:
    result = run("-", "--max-bytes", size, input="x")
    assert result.exit_code == 2
    assert "is not a size" in result.stderr


def test_workers_must_be_positive() -> None:
    assert run("-", "--workers", "0", input="x").exit_code == 2


# -- Ctrl-C, progress -----------------------------------------------------------------------------


def fake_extractor(monkeypatch: pytest.MonkeyPatch, *, interrupt_after: int | None = None) -> None:
    """No model: each article yields one ready-made event; optionally a Ctrl-C after N articles."""
    from diplo_extract import extraction

    template = json.loads((ROOT / "examples" / "seeds.jsonl").read_text().splitlines()[0])

    def fake(articles, **kwargs) -> Iterator[tuple[Article, list[Event]]]:
        for n, article in enumerate(articles):
            if n == interrupt_after:
                raise KeyboardInterrupt
            yield article, [Event.model_validate({**template, "doc_id": article.id})]

    monkeypatch.setattr(extraction, "extract_documents", fake)


def test_ctrl_c_exits_130_and_leaves_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_extractor(monkeypatch, interrupt_after=1)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    result = run(
        "-", "-o", str(out), input=json.dumps({"text": "a"}) + "\n" + json.dumps({"text": "b"})
    )
    assert result.exit_code == 130
    assert result.stderr.splitlines() == [
        f"interrupted — records written so far are complete; {out} is left as it was"
    ]
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_ctrl_c_on_stdout_keeps_whole_records(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_extractor(monkeypatch, interrupt_after=2)
    lines = "".join(json.dumps({"text": t}) + "\n" for t in "abcd")
    result = run("-", input=lines)
    assert result.exit_code == 130
    assert doc_ids(result.stdout) == ["<stdin>:1", "<stdin>:2"]
    assert result.stderr.splitlines() == ["interrupted — records written so far are complete"]


def test_progress_bar_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_extractor(monkeypatch)
    screen = io.StringIO()
    monkeypatch.setattr(
        cli, "stderr", Console(file=screen, force_terminal=True, width=100, soft_wrap=True)
    )
    lines = "".join(json.dumps({"text": t}) + "\n" for t in "abc")
    result = run("-", input=lines)
    assert result.exit_code == 0
    shown = screen.getvalue()
    assert "3 documents" in shown and "3 events" in shown and "docs/s" in shown
    assert "documents" not in result.stdout

    screen.truncate(0)
    assert run("-", "--quiet", input=lines).exit_code == 0
    assert screen.getvalue() == ""


def test_progress_bar_with_a_known_size_shows_the_share_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_extractor(monkeypatch)
    screen = io.StringIO()
    monkeypatch.setattr(
        cli, "stderr", Console(file=screen, force_terminal=True, width=120, soft_wrap=True)
    )
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in "abc"), encoding="utf-8")
    result = run(str(corpus), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0
    shown = screen.getvalue()
    assert "100%" in shown and "3 documents" in shown and "3 events" in shown


def test_no_progress_bar_when_records_go_to_the_same_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from diplo_extract.io.writers import JsonlWriter

    fake_extractor(monkeypatch)
    screen = io.StringIO()
    monkeypatch.setattr(
        cli, "stderr", Console(file=screen, force_terminal=True, width=100, soft_wrap=True)
    )
    monkeypatch.setattr(JsonlWriter, "to_terminal", property(lambda self: True))
    result = run("-", input=json.dumps({"text": "a"}) + "\n")
    assert result.exit_code == 0
    assert screen.getvalue() == ""  # the records themselves show the progress


def test_no_progress_bar_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_extractor(monkeypatch)
    result = run("-", input=MEETING)
    assert result.exit_code == 0
    assert result.stderr == ""


def _wait_for(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def _children(pid: int) -> set[int]:
    """Processes whose parent is `pid` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


STOPS = [
    (signal.SIGINT, "1", "interrupted"),
    (signal.SIGINT, "2", "interrupted"),
    (signal.SIGTERM, "1", "stopped by SIGTERM"),
    (signal.SIGTERM, "2", "stopped by SIGTERM"),
    (signal.SIGHUP, "2", "stopped by SIGHUP"),
]


@pytest.mark.model
@pytest.mark.parametrize(("signum", "workers", "said"), STOPS, ids=lambda v: str(v))
def test_a_stop_signal_leaves_the_old_file_and_no_process(
    tmp_path: Path, signum: int, workers: str, said: str
) -> None:
    # Enough articles that the run is still going when the signal comes.
    corpus = tmp_path / "corpus.jsonl"
    seeds = sorted(SEEDS.glob("*.txt"))
    with corpus.open("w", encoding="utf-8") as handle:
        for n in range(400):
            text = seeds[n % len(seeds)].read_text(encoding="utf-8")
            handle.write(
                json.dumps({"id": f"d{n}", "text": text, "published": "2025-08-08"}) + "\n"
            )
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    diplo = Path(sys.executable).with_name("diplo")  # the installed command
    proc = subprocess.Popen(
        [str(diplo), "extract", str(corpus), "-o", str(out), "--workers", workers],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    children: set[int] = set()

    def first_document_written() -> bool:
        children.update(_children(proc.pid))
        tmp = [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl.")]
        return bool(tmp) and tmp[0].stat().st_size > 0 or proc.poll() is not None

    _wait_for(first_document_written)
    proc.send_signal(signum)
    stdout, stderr = proc.communicate(timeout=60)
    assert stdout == b""
    assert b"Traceback" not in stderr, stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl", "out.jsonl"]
    if workers != "1" and proc.returncode != 0:
        assert len(children) >= int(workers)  # the pool's processes (and the resource tracker)
    _wait_for(lambda: not any(_alive(pid) for pid in children), timeout=10)
    if proc.returncode == 128 + signum:
        assert stderr.decode().splitlines() == [
            f"{said} — records written so far are complete; {out} is left as it was"
        ]
        assert out.read_text(encoding="utf-8") == "old\n"
    else:  # the run was over before the signal came: a complete new file
        assert proc.returncode == 0, stderr.decode()
        assert doc_ids(out.read_text(encoding="utf-8"))[-1] == "d399"


# -- workers --------------------------------------------------------------------------------------


@pytest.mark.model
def test_two_workers_write_the_same_bytes_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplo_extract import extraction

    monkeypatch.setattr(extraction, "CHUNK_DOCS", 2)  # several chunks for two workers
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (corpus / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    texts = [MEETING, CALL, "Nothing happened.", MEETING + " " + CALL]
    (corpus / "z.jsonl").write_text(
        "".join(json.dumps({"id": f"z{n}", "text": t}) + "\n" for n, t in enumerate(texts))
        + "not json\n",
        encoding="utf-8",
    )
    serial = run(str(corpus))
    parallel = run(str(corpus), "--workers", "2")
    assert serial.exit_code == parallel.exit_code == 1
    assert len(doc_ids(serial.stdout)) > 5
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr


def _endless(counter: list[int]) -> Iterator[Article]:
    while True:
        counter[0] += 1
        yield Article(id=f"a{counter[0]}", text=MEETING if counter[0] % 2 else CALL)


@pytest.mark.model
def test_an_endless_stream_is_read_a_chunk_ahead_only(nlp) -> None:
    from diplo_extract.extraction import extract_documents

    read = [0]
    documents = extract_documents(_endless(read), nlp=nlp, chunk_docs=4)
    firsts = [next(documents) for _ in range(5)]
    assert [a.id for a, _ in firsts] == ["a1", "a2", "a3", "a4", "a5"]
    assert read[0] <= 8  # two chunks of four: the one being handed out, and the one before
    documents.close()


@pytest.mark.model
def test_workers_read_a_bounded_look_ahead_and_stop_when_closed() -> None:
    import multiprocessing

    from diplo_extract.extraction import extract_documents

    read = [0]
    documents = extract_documents(_endless(read), workers=2, chunk_docs=2)
    firsts = [next(documents) for _ in range(3)]
    assert [a.id for a, _ in firsts] == ["a1", "a2", "a3"]
    assert all(events for _, events in firsts)
    assert read[0] <= 2 * (2 * 2 + 1)  # at most 2·workers chunks in flight, and one more read
    assert multiprocessing.active_children()
    documents.close()  # what a closed pipe, Ctrl-C or --fail-fast do: the workers stop now
    # close() has joined them; active_children() also reaps any the OS has not reported yet.
    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert multiprocessing.active_children() == []
