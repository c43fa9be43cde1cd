"""Every named rule's example, run through the pipeline (diplo_extract/rules/registry.py)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import diplo_extract
from diplo_extract.rules.registry import EXAMPLE_DATE, RULES, summary


def _import_all() -> None:
    """Rules register when their module is imported; import every module of the package."""
    for info in pkgutil.walk_packages(diplo_extract.__path__, "diplo_extract."):
        if info.name.split(".")[-1] in ("dask", "__main__"):
            continue  # optional extra; the entry point installs signal handlers
        importlib.import_module(info.name)


_import_all()
EXAMPLES = [
    pytest.param(example, id=f"{name}[{i}]")
    for name, registered in sorted(RULES.items())
    for i, example in enumerate(registered.examples)
]


@pytest.mark.model
@pytest.mark.parametrize("example", EXAMPLES)
def test_rule_example(extract_text, example):
    events = extract_text(example.text, EXAMPLE_DATE, url=example.url)
    got = sorted(summary(event) for event in events)
    assert got == sorted(example.expect)


def test_rules_are_registered_with_docs():
    assert len(RULES) >= 60
    undocumented = [name for name, registered in RULES.items() if not registered.doc]
    assert undocumented == []


def test_examples_are_short_texts():
    for name, registered in RULES.items():
        for example in registered.examples:
            assert 20 <= len(example.text) <= 400, name
