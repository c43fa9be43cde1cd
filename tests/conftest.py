"""Shared fixtures. Tests that need the English pipeline carry `@pytest.mark.model` and share
one pipeline for the whole session; most tests need no model at all."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from diplo_extract.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Events of one text, as plain dicts: `extract_text("...", published="2025-01-02")`."""
    import json

    from diplo_extract.extraction import extract
    from diplo_extract.schema import Article

    def run(text: str, published: str | None = None, url: str | None = None) -> list[dict]:
        article = Article(id="t", text=text, published=published, url=url)
        return [json.loads(e.model_dump_json()) for e in extract([article], nlp=nlp)]

    return run
