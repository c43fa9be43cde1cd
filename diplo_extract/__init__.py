"""diplo: diplomatic encounters from news text, as validated JSON Lines."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "cluster", "extract"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import diplo_extract.schema` (or `diplo schema`) does not load spaCy.
    if name == "extract":
        from diplo_extract.extraction import extract

        return extract
    if name == "cluster":
        from diplo_extract.clustering import cluster

        return cluster
    raise AttributeError(f"module 'diplo_extract' has no attribute {name!r}")
