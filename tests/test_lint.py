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


def test_every_word_list_is_read():
    """A list in models/cues.json that no rule reads is a promise the rules do not keep."""
    from diplo_extract.rules.lexicon import Cues

    source = "\n".join(p.read_text() for p in (ROOT / "diplo_extract").rglob("*.py"))
    unread = [name for name in Cues.model_fields if name != "about" and f".{name}" not in source]
    assert unread == []


def test_every_word_list_is_documented():
    """models/MODEL_CARD.md says what each list in models/cues.json is for."""
    from diplo_extract.rules.lexicon import Cues

    card = (ROOT / "models" / "MODEL_CARD.md").read_text()
    undocumented = [
        name for name in Cues.model_fields if name != "about" and f"`{name}`" not in card
    ]
    assert undocumented == []
