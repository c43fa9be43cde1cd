"""diplo: diplomatic encounters from news text, as validated JSON Lines."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import diplo_extract.schema` (or `diplo schema`) does not load spaCy.
    if name == "extract":
        from diplo_extract.extraction import extract

        return extract
    raise AttributeError(f"module 'diplo_extract' has no attribute {name!r}")
