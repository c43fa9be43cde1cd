"""Regenerate examples/seeds.jsonl, the golden output on seeds/, after a deliberate change.

    python tests/golden/regenerate.py && git diff examples/seeds.jsonl

Review the diff before committing: the golden test fails until this is run.
"""

import os
from pathlib import Path

from diplo_extract.extraction import extract
from diplo_extract.io.readers import iter_articles

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "examples" / "seeds.jsonl"


def render() -> str:
    def fail(problem):
        raise problem

    # As a user runs it, from the project root: `source` is the path as given ("seeds/...").
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        articles = iter_articles(["seeds"], on_error=fail)
        return "".join(event.model_dump_json() + "\n" for event in extract(articles))
    finally:
        os.chdir(here)


if __name__ == "__main__":
    GOLDEN.write_text(render(), encoding="utf-8")
    print(f"wrote {GOLDEN}")
