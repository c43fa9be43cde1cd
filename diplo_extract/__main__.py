"""The `diplo` command and `python -m diplo_extract`.

Stop signals are handled from the first moment: Typer and spaCy take a second or two to import,
and a Ctrl-C or SIGTERM then must end the run as quietly as one later on (cli.py takes over
from here)."""

from __future__ import annotations

import signal
import sys

from diplo_extract.errors import STOP_SIGNALS, Stopped, raise_stopped


def main() -> None:
    for signum in STOP_SIGNALS:
        signal.signal(signum, raise_stopped)
    try:
        from diplo_extract.cli import main as run_command
    except Stopped as stop:
        sys.stderr.write(f"{stop.describe()} while starting — nothing was read or written\n")
        sys.exit(128 + stop.signum)
    run_command()


if __name__ == "__main__":
    main()
