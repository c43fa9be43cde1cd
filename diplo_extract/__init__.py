"""diplo: diplomatic encounters from news text, as validated JSON Lines."""

__version__ = "0.1.0"

from diplo_extract.extract import extract  # noqa: E402

__all__ = ["__version__", "extract"]
