"""The seeds: the golden output, and the score against the contract's gold file."""

import json
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.golden.regenerate import GOLDEN, render

SEEDS_GOLD = ROOT / "docs" / "seeds.gold.jsonl"


@pytest.mark.model
def test_seed_output_matches_the_golden_file():
    assert render() == GOLDEN.read_text(encoding="utf-8"), (
        "output on seeds/ changed: run `python tests/golden/regenerate.py` and review the diff"
    )


@pytest.mark.model
def test_seeds_score_perfectly_against_the_contract_gold():
    from diplo_extract.evaluate import load_gold, score

    predicted = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    report = score(load_gold(Path(SEEDS_GOLD)), predicted)
    summary = report.as_dict()
    assert summary["events"]["f1"] == 1.0, summary
    for slot, figures in summary["slots"].items():
        assert figures["accuracy"] == 1.0, (slot, figures)
