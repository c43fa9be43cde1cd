"""io.writers: one compact UTF-8 line per record, atomic -o, a quiet end on a closed pipe."""

from __future__ import annotations

import json
import os
import resource
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pydantic import BaseModel

import diplo_extract
from diplo_extract.errors import DiploError
from diplo_extract.io.writers import JsonlWriter
from diplo_extract.schema import Article
from tests.conftest import ROOT


class Record(BaseModel):
    zeta: str
    alpha: int | None = None


RECORDS = [Record(zeta="Türkiye — “Ankara”", alpha=1), Record(zeta="北京")]
LINES = ('{"zeta":"Türkiye — “Ankara”","alpha":1}\n{"zeta":"北京","alpha":null}\n').encode()


def test_writes_compact_lines_in_field_order_with_utf8(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlWriter(out) as writer:
        for record in RECORDS:
            writer.write(record)
        writer.flush()
    assert out.read_bytes() == LINES
    assert writer.count == 2


def test_accepts_a_str_path_and_schema_models(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlWriter(str(out)) as writer:
        writer.write(Article(id="a", text="t"))
    assert out.read_text(encoding="utf-8") == (
        '{"id":"a","text":"t","title":null,"published":null,"url":null,"source":null}\n'
    )


def test_output_appears_only_when_done(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with JsonlWriter(out) as writer:
        writer.write(RECORDS[0])
        writer.flush()
        assert not out.exists()
        [tmp] = list(tmp_path.iterdir())
        assert tmp.name.startswith(".out.jsonl.") and tmp.name.endswith(".tmp")
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize("exception", [RuntimeError("boom"), KeyboardInterrupt()])
def test_an_exception_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, exception: BaseException
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(type(exception)), JsonlWriter(out) as writer:
        writer.write(RECORDS[0])
        writer.flush()
        raise exception
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_an_exception_creates_no_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError), JsonlWriter(out) as writer:
        writer.write(RECORDS[0])
        raise RuntimeError
    assert list(tmp_path.iterdir()) == []


def test_replacing_keeps_the_old_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    with JsonlWriter(out) as writer:
        writer.write(RECORDS[0])
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_bytes() == LINES.splitlines(keepends=True)[0]


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    umask = os.umask(0o022)
    try:
        with JsonlWriter(out) as writer:
            writer.write(RECORDS[0])
    finally:
        os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_missing_directory_is_a_diplo_error(tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "out.jsonl"
    with pytest.raises(DiploError) as info:
        JsonlWriter(out)
    assert str(info.value) == (
        f"{out}: cannot create the output file (No such file or directory) — "
        "check that its directory exists and is writable"
    )


def test_a_directory_is_not_an_output_file(tmp_path: Path) -> None:
    with pytest.raises(DiploError) as info:
        JsonlWriter(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a directory — give a file name for the output"


@pytest.mark.parametrize("path", [None, "-"])
def test_stdout(capsysbinary: pytest.CaptureFixture[bytes], path: str | None) -> None:
    with JsonlWriter(path) as writer:
        for record in RECORDS:
            writer.write(record)
            writer.flush()
    assert capsysbinary.readouterr().out == LINES


def test_stdout_is_utf8_whatever_the_locale(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    script = textwrap.dedent(
        """
        from diplo_extract.io.writers import JsonlWriter
        from diplo_extract.schema import Article
        with JsonlWriter(None) as w:
            w.write(Article(id="北京", text="t"))
        """
    )
    result = _run(script, env_extra={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith('{"id":"北京"'.encode())


def test_closed_pipe_raises_broken_pipe_and_exits_quietly() -> None:
    # What the CLI does: catch BrokenPipeError and end. The reader closes after one line.
    script = textwrap.dedent(
        """
        import sys
        from diplo_extract.io.writers import JsonlWriter
        from diplo_extract.schema import Article
        try:
            with JsonlWriter("-") as w:
                for i in range(100_000):
                    w.write(Article(id=str(i), text="x" * 100))
                    w.flush()
        except BrokenPipeError:
            sys.exit(0)
        sys.exit(3)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert first.startswith(b'{"id":"0"')
    assert stderr == b""


def _env(**extra: str) -> dict[str, str]:
    root = str(Path(diplo_extract.__file__).resolve().parent.parent)
    env = {**os.environ, **extra}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env


def _run(script: str, env_extra: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, env=_env(**env_extra), timeout=60
    )


def test_a_full_disk_under_stdout_leaves_only_whole_records(tmp_path: Path) -> None:
    # A file-size limit makes writes past 1,000 bytes fail as a full disk does.
    script = (
        "import sys\n"
        "from diplo_extract.errors import OutputError\n"
        "from diplo_extract.io.writers import JsonlWriter\n"
        "from tests.test_writers import RECORDS\n"
        "writer = JsonlWriter(None)\n"
        "try:\n"
        "    for n in range(1000):\n"
        "        writer.write(RECORDS[n % len(RECORDS)])\n"
        "        writer.flush()\n"
        "except OutputError as err:\n"
        "    print(err, file=sys.stderr)\n"
    )
    out = tmp_path / "out.jsonl"

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))

    with out.open("wb") as stdout:
        done = subprocess.run(
            [sys.executable, "-c", script],
            stdout=stdout,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            preexec_fn=limit_file_size,
            timeout=60,
        )
    assert done.returncode == 0
    assert b"<stdout>: cannot write (File too large)" in done.stderr
    data = out.read_bytes()
    assert data and data.endswith(b"\n")
    for line in data.splitlines():
        json.loads(line)
