"""Typed errors. The library raises these; only cli.py turns them into one stderr line."""


class DiploError(Exception):
    """Base class: the message is one line that says what went wrong and what to do."""


class InputError(DiploError):
    """One input (a file, a line of a JSONL file) cannot be read or used; the run goes on."""

    def __init__(self, where: str, problem: str, fix: str = "", *, warning: bool = False) -> None:
        self.where = where
        self.is_warning = warning  # the input was still used (e.g. a guessed legacy encoding)
        self.problem = problem
        self.fix = fix
        message = f"{where}: {problem}"
        if fix:
            message += f" — {fix}"
        super().__init__(message)


class ModelNotFoundError(DiploError):
    """The requested spaCy pipeline is not installed."""


class DataError(DiploError):
    """A file of the rule model (models/) is missing or malformed: a packaging or editing bug."""
