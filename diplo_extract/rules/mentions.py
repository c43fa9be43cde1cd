"""What one sentence says about one encounter: the records the sentence rules fill and the
document-level stage reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from diplo_extract.normalize.actors import Actor
from diplo_extract.rules.actor_spans import (
    ActorPhrase,
)


@dataclass
class Participation:
    phrase: (
        ActorPhrase | None
    )  # None for an actor inferred rather than named (a visit's host state)
    actor: Actor
    role: str | None = None  # visitor / host
    relation: str | None = (
        None  # subject / object / modifier / host / attendee: how it attaches to the trigger
    )


@dataclass
class EncounterMention:
    """What one sentence says about one encounter, before document-level merging."""

    sentence: Span
    trigger: Token
    type: str
    strength: float
    participants: list[Participation]
    status: str
    date: Span | None = None
    date_tense: str | None = None  # tense of the clause the date stands in, when it says one
    place: Span | None = None
    occasion: str | None = None
    anaphoric: bool = False  # "the meeting", "this summit": a definite mention of an encounter
    refers_back: str | None = None  # "people" ("the two leaders") or "states" ("both governments")
    # the back-reference is the trigger's own argument ("the two leaders met"), not a phrase
    # elsewhere in its sentence, which lets the trigger only tell again an encounter named before
    own_reference: bool = False
    # the people of the sentence before, for "the two leaders" told before any encounter is
    named_before: list[Participation] = field(default_factory=list)
    # the two heads of state named before the trigger in its sentence, whom "the two leaders"
    # names when the encounter it would refer back to is not theirs
    heads_before: list[Participation] = field(default_factory=list)
    generic: bool = False  # "the discussion", "their conversation": names no particular form
    trigger_ids: list[str] = field(default_factory=list)
