"""Typed errors. The library raises these; only cli.py turns them into one stderr line."""

from __future__ import annotations

import signal


class DiploError(Exception):
    """Base class: the message is one line that says what went wrong and what to do."""


class InputError(DiploError):
    """One input (a file, a line of a JSONL file) cannot be read or used; the run goes on.

    `where` is what the message starts with: `path`, `path:line` (a line of a JSON Lines or
    JSON file) or `path#record` (an object of a JSON list). `path`, `line` and `record` are kept
    apart too, for machine-readable reports (`diplo extract --errors FILE`).
    """

    def __init__(
        self,
        where: str,
        problem: str,
        fix: str = "",
        *,
        warning: bool = False,
        line: int | None = None,
        record: int | None = None,
    ) -> None:
        self.path = where
        self.line = line
        self.record = record
        if line is not None:
            where = f"{where}:{line}"
        elif record is not None:
            where = f"{where}#{record}"
        self.where = where
        self.is_warning = warning  # the input was still used (e.g. a guessed legacy encoding)
        self.problem = problem
        self.fix = fix
        message = f"{where}: {problem}"
        if fix:
            message += f" — {fix}"
        super().__init__(message)

    @property
    def severity(self) -> str:
        return "warning" if self.is_warning else "error"

    def as_record(self) -> dict[str, object]:
        """The problem as one JSON-ready object (the `--errors` file's line)."""
        return {
            "path": self.path,
            "line": self.line,
            "record": self.record,
            "severity": self.severity,
            "problem": self.problem,
            "fix": self.fix,
            "message": str(self),
        }

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable (worker processes hand problems back), keyword arguments included.
        return (
            _rebuild_input_error,
            (self.path, self.problem, self.fix, self.is_warning, self.line, self.record),
        )


def _rebuild_input_error(
    path: str, problem: str, fix: str, warning: bool, line: int | None, record: int | None
) -> InputError:
    return InputError(path, problem, fix, warning=warning, line=line, record=record)


class OutputError(DiploError):
    """The output (stdout, `-o FILE`, `--errors FILE`) cannot be created or written."""


class ModelNotFoundError(DiploError):
    """The requested spaCy pipeline is not installed."""


class DataError(DiploError):
    """A file of the rule model (models/) is missing or malformed: a packaging or editing bug."""


# The signals that stop a run the way Ctrl-C does (those this platform has).
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Stopped(BaseException):
    """A stop signal (SIGINT, SIGTERM, SIGHUP) reached the command. A BaseException, like
    KeyboardInterrupt, so that no `except Exception` swallows it; not a KeyboardInterrupt, so
    that Typer does not turn it into an Abort on its way out."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    def describe(self) -> str:
        """How the run ended, for its last line: "interrupted" or "stopped by SIGTERM"."""
        if self.signum == signal.SIGINT:
            return "interrupted"
        return f"stopped by {signal.Signals(self.signum).name}"


def raise_stopped(signum: int, frame: object = None) -> None:
    """The signal handler of the command for every stop signal."""
    raise Stopped(signum)


class ExtraNotInstalledError(DiploError, ImportError):
    """An optional part of diplo needs packages that are not installed (`pip install` names them).

    Also an ImportError, so that `import diplo_extract.dask` fails as Python users expect."""
