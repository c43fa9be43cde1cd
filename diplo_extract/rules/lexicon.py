"""The encounter lexicon (models/triggers.jsonl, models/cues.json), validated once on load."""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from diplo_extract.errors import DataError
from diplo_extract.resources import read_jsonl, read_text


class TriggerPattern(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    type: Literal["meeting", "talks", "summit", "visit", "call"]
    anchor: int = Field(ge=0)
    strength: float = Field(gt=0, le=1)
    pattern: list[dict[str, Any]] = Field(min_length=1)


class Cues(BaseModel):
    """Closed word lists; every list is a frozenset of lower-case words or lemmas (and two tables:
    the irregular forms of a verb lemma, the sovereign of a dependent territory)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str = Field(alias="_about")
    speech_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    light_verbs: frozenset[str]
    group_nouns: frozenset[str]
    non_encounter_objects: frozenset[str]
    habitual_words: frozenset[str]
    non_diplomatic_meeting_modifiers: frozenset[str]
    non_diplomatic_visit_modifiers: frozenset[str]
    planned_cues: frozenset[str]
    prospect_nouns: frozenset[str]
    hypothetical_cues: frozenset[str]
    weighing_words: frozenset[str]
    ease_adjectives: frozenset[str]
    denial_verbs: frozenset[str]
    cancel_cues: frozenset[str]
    postpone_cues: frozenset[str]
    invite_cues: frozenset[str]
    ongoing_cues: frozenset[str]
    occasion_nouns: frozenset[str]
    sports_words: frozenset[str]
    reception_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    place_nouns: frozenset[str]
    move_verbs: frozenset[str]
    occasion_leads: frozenset[str]
    generic_triggers: frozenset[str]
    back_to_people: tuple[str, ...]
    back_to_states: tuple[str, ...]
    reciprocal_lemmas: frozenset[str]
    measure_nouns: frozenset[str]
    gathering_verbs: frozenset[str]
    chairing_verbs: frozenset[str]
    aspect_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    proposal_nouns: frozenset[str]
    guest_nouns: frozenset[str]
    other_side_nouns: frozenset[str]
    hosted_occasions: frozenset[str]
    chair_verbs: frozenset[str]
    joint_verbs: frozenset[str]
    co_hosted_events: frozenset[str]
    commercial_modifiers: frozenset[str]
    happening_verbs: frozenset[str]
    basis_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    recall_verbs: frozenset[str]
    glad_adjectives: frozenset[str]
    topic_preps: frozenset[str]
    topic_verbs: frozenset[str]
    head_titles: frozenset[str]
    head_of_state_titles: frozenset[str]
    deputy_titles: frozenset[str]
    foreign_minister_titles: frozenset[str]
    each_words: frozenset[str]
    jointly_words: frozenset[str]
    legislature_words: frozenset[str]
    own_government_words: frozenset[str]
    several_states_nouns: frozenset[str]
    gathering_nouns: frozenset[str]
    resume_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    attendee_nouns: frozenset[str]
    attending_verbs: frozenset[str]
    conference_words: frozenset[str]
    stay_nouns: frozenset[str]
    same_day_phrases: tuple[str, ...]
    state_collective_nouns: frozenset[str]
    irregular_verb_forms: dict[str, frozenset[str]]
    dependent_territories: dict[str, str]
    invited_to_words: frozenset[str]
    demonym_lookalikes: frozenset[str]
    spouse_titles: frozenset[str]
    spouse_courtesies: frozenset[str]
    royal_family_titles: frozenset[str]
    subnational_modifiers: frozenset[str]
    federations_of_states: frozenset[str]
    abroad_words: frozenset[str]
    forum_nouns: frozenset[str]
    companion_verbs: frozenset[str]
    delegating_verbs: frozenset[str]
    return_verbs: frozenset[str]
    process_verbs: frozenset[str]
    programme_nouns: frozenset[str]
    body_nouns: frozenset[str]
    process_nouns: frozenset[str]
    process_summaries: frozenset[str]
    earlier_words: frozenset[str]
    caption_positions: frozenset[str]
    office_modifiers: frozenset[str]
    announce_verbs: frozenset[str]
    appointment_words: frozenset[str]
    force_nouns: frozenset[str]
    staff_nouns: frozenset[str]
    namesake_nouns: frozenset[str]
    death_nouns: frozenset[str]
    cargo_nouns: frozenset[str]
    portfolio_heads: frozenset[str]


@cache
def trigger_patterns() -> tuple[TriggerPattern, ...]:
    patterns = []
    for row in read_jsonl("triggers.jsonl"):
        try:
            patterns.append(TriggerPattern.model_validate(row))
        except ValidationError as err:
            raise DataError(f"triggers.jsonl: bad pattern {row.get('id')!r}: {err}") from err
        if patterns[-1].anchor >= len(patterns[-1].pattern):
            raise DataError(f"triggers.jsonl: {row['id']!r} anchor is past the end of its pattern")
    return tuple(patterns)


@cache
def cues() -> Cues:
    try:
        return Cues.model_validate_json(read_text("cues.json"))
    except ValidationError as err:
        raise DataError(f"cues.json: {err}") from err
