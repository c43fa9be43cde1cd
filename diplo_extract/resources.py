"""The rule model (trigger lexicon, gazetteers) as data files, loaded once per process.

The files live in the repository's top-level ``models/`` folder; the wheel ships them as
``diplo_extract/models``. Every loader here is cached: call it freely.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from diplo_extract.errors import DataError


@cache
def models_dir() -> Traversable:
    packaged = resources.files("diplo_extract") / "models"
    if packaged.is_dir():
        return packaged
    # Running from a source checkout or an editable install: models/ sits beside the package.
    return Path(__file__).resolve().parent.parent / "models"


def data_file(name: str) -> Traversable:
    path = models_dir() / name
    if not path.is_file():
        raise DataError(
            f"rule model file {name!r} is missing from {models_dir()} — reinstall diplo"
        )
    return path


def read_text(name: str) -> str:
    return data_file(name).read_text(encoding="utf-8")


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; lines starting with '#' are comments."""
    lines = [
        line for line in read_text(name).splitlines() if line.strip() and not line.startswith("#")
    ]
    rows = []
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise DataError(f"{name}: row {number} has the wrong number of columns: {row}")
        rows.append({key: value.strip() for key, value in row.items()})
    return tuple(rows)


@cache
def read_jsonl(name: str) -> tuple[dict, ...]:
    rows = []
    for number, line in enumerate(read_text(name).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise DataError(f"{name}:{number}: not valid JSON ({err.msg})") from err
    return tuple(rows)
