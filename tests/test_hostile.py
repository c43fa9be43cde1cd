"""A fuzz campaign over the readers and the installed command: random bytes, encodings, JSON of any
shape, huge and empty fields, and stop signals at random moments. Whatever comes in: no traceback,
no hang, no temporary file left, and every problem is one line naming the input.

The number of examples is small in CI (bounded time); `DIPLO_FUZZ=N` runs N per test, e.g.
`DIPLO_FUZZ=500 pytest tests/test_hostile.py --hypothesis-show-statistics`.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from diplo_extract.errors import InputError
from diplo_extract.io.readers import iter_articles

DIPLO = Path(sys.executable).with_name("diplo")
CAMPAIGN = int(os.environ.get("DIPLO_FUZZ", "0"))
TOO_SLOW = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]

NAMES = ["Zoë Ŝtrąk", "Ulla Marsk", "Émile Ångström", "Ким Ён", "李明", "محمد"]
SENTENCE = "Foreign Minister {0} met {1} in Kessel on Tuesday."

# -- what goes into a file ------------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=50),
    st.sampled_from(["", " ", "\ud800", "2025-13-45", "2025-08-08"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
texts = st.one_of(
    st.text(max_size=300),
    st.builds(
        lambda a, b, n: SENTENCE.format(a, b) * n,
        st.sampled_from(NAMES),
        st.sampled_from(NAMES),
        st.integers(1, 30),
    ),
    st.builds(lambda c, n: c * n, st.sampled_from("x. —\n"), st.integers(0, 30_000)),
)
records = st.fixed_dictionaries(
    {},
    optional={
        "text": st.one_of(texts, json_values),
        "id": st.one_of(st.text(max_size=20), json_values),
        "published": st.one_of(st.sampled_from(["2025-08-08", "yesterday", ""]), json_values),
        "title": st.one_of(st.text(max_size=20), json_values),
        "url": json_values,
    },
)


def _deep(depth: int, opener: str, closer: str) -> str:
    return opener * depth + closer * depth


def _encoded(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    except (LookupError, UnicodeError):
        return text.encode("utf-8", "surrogatepass")


jsonl_bytes = st.lists(
    st.one_of(
        records.map(lambda r: json.dumps(r)),
        json_values.map(json.dumps),
        st.integers(100, 50_000).map(lambda d: _deep(d, "[", "]")),
        st.integers(100, 50_000).map(lambda d: _deep(d, '{"a":', "}").replace("}", "1}", 1)),
        st.text(max_size=40),
    ),
    max_size=8,
).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))
text_bytes = st.builds(
    _encoded, texts, st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1", "koi8-r"])
)
mixed_bytes = st.builds(
    lambda a, junk, b: a.encode() + junk + b.encode(), texts, st.binary(max_size=20), texts
)
file_bytes = st.one_of(
    st.binary(max_size=2_000),
    jsonl_bytes,
    text_bytes,
    mixed_bytes,
    st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + b"\x00", b"\x1f\x8b garbage"]),
)
suffixes = st.sampled_from([".txt", ".json", ".jsonl", ".html", ".txt.gz", ".jsonl.gz", ".md"])
files = st.lists(st.tuples(suffixes, file_bytes, st.booleans()), min_size=1, max_size=5)


# Each example runs the installed command (a second or more): few of them, no explain phase.
COMMAND_RUNS = settings(
    max_examples=CAMPAIGN // 10 or 6,
    deadline=None,
    suppress_health_check=TOO_SLOW,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
)


def _write(folder: Path, generated: list[tuple[str, bytes, bool]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, (suffix, data, compress) in enumerate(generated):
        path = folder / f"f{n}{suffix}"
        if suffix.endswith(".gz") and compress:
            data = gzip.compress(data)
        path.write_bytes(data)
        paths.append(path)
    return paths


# -- the readers, in process -----------------------------------------------------------------------


@settings(
    max_examples=CAMPAIGN or 150,
    deadline=timedelta(seconds=20),
    suppress_health_check=TOO_SLOW,
)
@given(generated=files)
def test_readers_turn_any_file_into_articles_or_one_line_problems(tmp_path_factory, generated):
    folder = tmp_path_factory.mktemp("fuzz")
    paths = _write(folder, generated)
    problems: list[InputError] = []
    articles = list(iter_articles([str(folder)], on_error=problems.append, max_bytes=1_000_000))
    for article in articles:
        article.model_dump_json().encode("utf-8")  # writable as UTF-8: no lone surrogates
        assert article.text.strip()
    for problem in problems:
        assert isinstance(problem, InputError)
        assert "\n" not in str(problem)
        assert str(problem).startswith(str(folder))
    assert len(paths) == len(generated)


# -- the installed command -------------------------------------------------------------------------


def _handles_stop_signals(pid: int) -> bool:
    """True once the process catches SIGTERM and SIGHUP (diplo's first act; before it, the
    interpreter itself is starting and no program's handler can be in place)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True  # gone already
    caught = int(next(line for line in status.splitlines() if line.startswith("SigCgt:"))[7:], 16)
    return all(caught & (1 << (s - 1)) for s in (signal.SIGTERM, signal.SIGHUP))


def _run(args: list[str], *, stop_after: float | None = None, signum: int = signal.SIGTERM):
    proc = subprocess.Popen(
        [str(DIPLO), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    if stop_after is not None:
        deadline = time.monotonic() + 60
        while not _handles_stop_signals(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(stop_after)
        if proc.poll() is None:
            proc.send_signal(signum)
    try:
        stdout, stderr = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError(f"diplo {' '.join(args)} hung") from None
    return proc.returncode, stdout, stderr


def _no_leftovers(folder: Path) -> None:
    left = [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")]
    assert left == [], left


@pytest.mark.model
@COMMAND_RUNS
@given(generated=files, workers=st.sampled_from(["1", "2"]))
def test_the_command_survives_any_input(tmp_path_factory, generated, workers):
    folder = tmp_path_factory.mktemp("fuzz")
    _write(folder / "in", generated)
    out = folder / "out.jsonl"
    status, stdout, stderr = _run(
        ["extract", str(folder / "in"), "-o", str(out), "-j", workers, "--max-bytes", "1M"]
    )
    assert status in (0, 1), stderr
    assert "Traceback" not in stderr
    assert stdout == ""
    for line in stderr.splitlines():
        assert line.startswith(("error: ", "warning: ")), line
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line)
    _no_leftovers(folder)


@pytest.mark.model
@COMMAND_RUNS
@given(
    generated=files,
    delay=st.floats(0.0, 4.0),  # after diplo has started (see _handles_stop_signals)
    signum=st.sampled_from([signal.SIGINT, signal.SIGTERM, signal.SIGHUP]),
    workers=st.sampled_from(["1", "2"]),
)
def test_a_stop_signal_at_any_moment_leaves_nothing_behind(
    tmp_path_factory, generated, delay, signum, workers
):
    folder = tmp_path_factory.mktemp("fuzz")
    _write(folder / "in", generated)
    out = folder / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    status, stdout, stderr = _run(
        ["extract", str(folder / "in"), "-o", str(out), "-j", workers],
        stop_after=delay,
        signum=signum,
    )
    assert "Traceback" not in stderr
    assert status in (0, 1, 128 + signum), stderr
    if status == 128 + signum:
        assert out.read_text(encoding="utf-8") == "old\n"
        said = "interrupted" if signum == signal.SIGINT else "stopped"
        assert stderr.splitlines()[-1].startswith(said), stderr
    _no_leftovers(folder)
