"""The house tooling runs with the tests: ruff's rules (pyproject.toml) on the code and tests."""

import shutil
import subprocess

import pytest

from tests.conftest import ROOT


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(ROOT / ".venv" / "bin"))
    if ruff is None:
        pytest.skip("ruff is not installed (pip install '.[test]')")
    done = subprocess.run(
        [ruff, "check", "--output-format", "concise", "diplo_extract", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
