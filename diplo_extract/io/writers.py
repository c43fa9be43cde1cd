"""JSON Lines out: the one place records are written (stdout or `-o FILE`).

One record per line, `model_dump_json()`: compact, keys in model order, non-ASCII as UTF-8 bytes
(whatever the locale says stdout's encoding is).

`-o FILE` is written to a hidden temporary file beside FILE and renamed over it only when the
`with` block ends without an exception: an interrupted run (an error, Ctrl-C) leaves an existing
FILE as it was and no temporary file behind. The new FILE keeps an old FILE's permissions, or gets
the usual ones (0666 less the umask).

A closed stdout pipe (`diplo extract … | head -1`): `write`/`flush` point file descriptor 1 at
/dev/null, as the Python docs' "Note on SIGPIPE" advises, so the interpreter's final flush cannot
fail again, and re-raise `BrokenPipeError`. The CLI catches it and ends quietly; nothing below it
prints or exits.

A file that cannot be created or written raises `OutputError` with a one-line message. Records
go out whole or not at all: when stdout is a regular file and a write fails (a full disk), the
file is cut back to the end of the last whole record, so no half line is left behind.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, cast

from pydantic import BaseModel

from diplo_extract.errors import OutputError

__all__ = ["JsonlWriter"]


class JsonlWriter:
    """Write Pydantic records as JSON Lines to `path` (None or '-': standard output)."""

    def __init__(self, path: str | Path | None) -> None:
        self.count = 0
        self._target: Path | None = None
        self._tmp: Path | None = None
        self._closed = False
        if path is None or str(path) == "-":
            self._stream: IO[bytes] = _stdout_bytes()
            if _is_regular_file(self._stream):
                # Written through our own buffer, so that a failed write can be cut back to the
                # end of the last whole record (BufferedWriter hides how much went out).
                self._stream = cast(IO[bytes], _WholeLines(self._stream))
            return
        self._target = Path(path)
        if self._target.is_dir():
            raise OutputError(f"{path}: is a directory — give a file name for the output")
        directory = self._target.parent
        try:
            fd, tmp = tempfile.mkstemp(
                dir=directory, prefix=f".{self._target.name}.", suffix=".tmp"
            )
        except OSError as exc:
            raise OutputError(
                f"{path}: cannot create the output file ({exc.strerror or exc}) — "
                "check that its directory exists and is writable"
            ) from exc
        self._tmp = Path(tmp)
        self._stream = os.fdopen(fd, "wb")

    @property
    def to_terminal(self) -> bool:
        """True when the records go to a terminal (stdout not redirected)."""
        if self._tmp is not None:
            return False
        try:
            return os.isatty(self._stream.fileno())
        except (AttributeError, OSError, ValueError):
            return False

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()

    def write(self, event: BaseModel) -> None:
        """Write one record as one line."""
        line = event.model_dump_json().encode("utf-8") + b"\n"
        self._guard(lambda: self._stream.write(line))
        self.count += 1

    def write_json(self, record: Mapping[str, object]) -> None:
        """Write one plain JSON object as one line (compact, UTF-8, keys in the given order)."""
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        line = text.encode("utf-8") + b"\n"
        self._guard(lambda: self._stream.write(line))
        self.count += 1

    def flush(self) -> None:
        """Push what was written so far out (call it after each document)."""
        self._guard(self._stream.flush)

    def close(self) -> None:
        """Finish: flush, and for a file, move it into place."""
        if self._closed:
            return
        self._closed = True
        if self._tmp is None:
            self._guard(self._stream.flush)
            return
        assert self._target is not None
        try:
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()
            os.chmod(self._tmp, _mode_for(self._target))
            os.replace(self._tmp, self._target)
        except OSError as exc:
            self._discard()
            raise OutputError(
                f"{self._target}: cannot write the output ({exc.strerror or exc}) — "
                "check the free space and permissions; the old file, if any, is unchanged"
            ) from exc
        self._tmp = None

    def abort(self) -> None:
        """Give up: for a file, remove the temporary file and leave any old FILE untouched."""
        if self._closed:
            return
        self._closed = True
        if self._tmp is None:
            try:
                self._stream.flush()
            except (OSError, ValueError):
                _silence_stdout()
            return
        self._discard()

    def _discard(self) -> None:
        try:
            self._stream.close()
        except OSError:
            pass
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)
            self._tmp = None

    def _guard(self, operation: Callable[[], object]) -> None:
        try:
            operation()
        except BrokenPipeError:
            if self._tmp is None:
                _silence_stdout()
            raise
        except OSError as exc:
            if self._tmp is None:
                raise OutputError(
                    f"<stdout>: cannot write ({exc.strerror or exc}) — check where output goes"
                ) from exc
            raise OutputError(
                f"{self._target}: cannot write ({exc.strerror or exc}) — "
                "check the free space and permissions"
            ) from exc


def _is_regular_file(stream: IO[bytes]) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (AttributeError, OSError, ValueError):
        return False


class _WholeLines:
    """A stdout that is a regular file, written with os.write: when a write fails part way (a
    full disk), the part of a record that did go out is cut off again, so the file ends with a
    whole record, and the interpreter's last flush finds nothing left to write."""

    def __init__(self, stream: IO[bytes]) -> None:
        stream.flush()
        self._fd = stream.fileno()
        self._pending: list[bytes] = []

    def fileno(self) -> int:
        return self._fd

    def write(self, data: bytes) -> int:
        self._pending.append(data)
        return len(data)

    def flush(self) -> None:
        data = b"".join(self._pending)
        self._pending.clear()
        done = 0
        try:
            while done < len(data):
                done += os.write(self._fd, data[done:])
        except OSError:
            partial = done - (data.rfind(b"\n", 0, done) + 1)
            if partial:
                try:
                    end = os.lseek(self._fd, 0, os.SEEK_CUR) - partial
                    os.ftruncate(self._fd, end)
                    os.lseek(self._fd, end, os.SEEK_SET)
                except OSError:
                    pass
            raise


def _stdout_bytes() -> IO[bytes]:
    """sys.stdout's byte layer, so records are UTF-8 whatever the locale."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream.flush()  # anything already in the text layer goes first
        return cast(IO[bytes], buffer)
    return cast(IO[bytes], _TextAsBinary(stream))


class _TextAsBinary:
    """A text-only stdout (an IDE, a test double) seen as bytes."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, data: bytes) -> int:
        self._stream.write(data.decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self._stream.flush()


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's exit flush meets no broken pipe."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
