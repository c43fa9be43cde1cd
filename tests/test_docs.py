"""The documents a user's clone relies on: shipped in the repository and in step with the spec."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

SPEC = ROOT.parent / "shared" / "spec"
SHIPPED = ["event-record.md", "gold-format.md", "seeds.gold.jsonl"]


@pytest.mark.parametrize("name", SHIPPED)
def test_the_spec_ships_in_docs_and_matches_the_shared_copy(name: str) -> None:
    shipped = ROOT / "docs" / name
    assert shipped.exists()
    if not (SPEC / name).exists():
        pytest.skip("no ../shared/spec beside the repository (a user's clone)")
    assert shipped.read_bytes() == (SPEC / name).read_bytes(), f"docs/{name} is out of date"


def test_the_readme_points_only_at_files_in_the_repository() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if "://" not in target:
            assert (ROOT / target).exists(), target


def test_the_readme_lists_every_status_of_the_schema() -> None:
    from typing import get_args

    from diplo_extract.schema import Event

    statuses = get_args(Event.model_fields["status"].annotation)
    intro = (ROOT / "README.md").read_text(encoding="utf-8").split("## Set up")[0]
    for status in statuses:
        assert f"`{status}`" in intro, status
