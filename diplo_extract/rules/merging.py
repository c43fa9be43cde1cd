"""Triggers of one sentence that tell one encounter become one mention: "travelled to Paris to
meet Macron" is a meeting in Paris; two journeys to two places stay two."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from diplo_extract.normalize.actors import Actor
from diplo_extract.normalize.places import geocode
from diplo_extract.rules.mentions import EncounterMention
from diplo_extract.rules.registry import rule
from diplo_extract.rules.status import marked_status
from diplo_extract.rules.syntax import (
    SEQUENCE_ADJUNCT_PREPS,
    paths_between,
    tree_depth,
    triggers_linked,
)
from diplo_extract.rules.triggers import in_relative_clause, in_sequence_phrase, is_invitation


@rule(
    "Prime Minister Teo Vaskin of Vostrelia travelled to Lisbon to meet President Arlo "
    "Venn of Norlandia on Monday.",
    [
        "visit occurred: Teo Vaskin + Lisbon @Lisbon 2025-03-10",
        "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10",
    ],
    also=[
        (
            "Prime Minister Teo Vaskin of Vostrelia flew to Lisbon on Monday for a "
            "meeting with President Arlo Venn of Norlandia.",
            [
                "visit occurred: Teo Vaskin + Lisbon @Lisbon 2025-03-10",
                "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10",
            ],
        ),
        (
            "President Tomas Feira of Portugal hosted Prime Minister Teo Vaskin of "
            "Vostrelia for talks in Lisbon on Monday.",
            [
                "talks occurred: Tomas Feira + Teo Vaskin @Lisbon 2025-03-10",
            ],
        ),
    ],
)
def merge_in_sentence(candidates: list[EncounterMention]) -> list[EncounterMention]:
    """Triggers of one sentence that share participants describe one encounter."""
    merged: list[EncounterMention] = []
    for mention in sorted(
        candidates, key=lambda m: (-len(m.participants), -m.strength, m.trigger.i)
    ):
        keys = {_actor_key(p.actor) for p in mention.participants}
        for kept in merged:
            kept_keys = {_actor_key(p.actor) for p in kept.participants}
            if not keys and not triggers_linked(kept.trigger, mention.trigger):
                continue  # "the summit was called off before he met X": another encounter
            if is_invitation(kept.trigger) != is_invitation(mention.trigger):
                continue  # "spoke by phone, securing an invitation to visit": two encounters
            if (kept.type == "call") != (mention.type == "call") and kept.status != mention.status:
                continue  # "spoke by phone and agreed to reschedule the trip": two encounters
            if _separate_trips(kept, mention):
                # "to travel to Vienna tonight and visit Rome next week": two trips, each to
                # its own destination
                _drop_destination(kept, mention.place)
                _drop_destination(mention, kept.place)
                continue
            if keys <= kept_keys or (len(keys & kept_keys) >= 1 and len(keys) <= 1):
                _absorb(kept, mention)
                break
        else:
            merged.append(mention)
    # "spoke by phone with Trump, securing an invitation to visit": the other party invited.
    for invitation in merged:
        if not is_invitation(invitation.trigger) or any(
            p.role == "host" for p in invitation.participants
        ):
            continue
        keys = {_actor_key(p.actor) for p in invitation.participants}
        for other in merged:
            if other is invitation or is_invitation(other.trigger):
                continue
            _top, down, up = paths_between(other.trigger, invitation.trigger)
            if len(up or []) > 2 or len(down or []) > 2:
                continue
            for p in other.participants:
                if _actor_key(p.actor) not in keys:
                    invitation.participants.append(replace(p, role="host"))
                    keys.add(_actor_key(p.actor))
            break
    # "travelled to Paris to meet Macron": the meeting is in Paris; the trip stays an encounter of
    # its own (the visit's envelope), as annotators of event data record it.
    for meeting in merged:
        if meeting.type != "visit" and meeting.place is None:
            visit = next(
                (
                    v
                    for v in merged
                    if v.type == "visit"
                    and v.place is not None
                    and _same_traveller(v, meeting)
                    and not in_sequence_phrase(v.trigger)
                    and not (in_relative_clause(v.trigger) and _other_time(v, meeting))
                    and not (_in_time_adjunct(meeting.trigger) and _other_time(v, meeting))
                ),
                None,
            )
            if visit is not None:
                meeting.place = visit.place
    return sorted(merged, key=lambda m: m.trigger.i)


@rule(
    "Prime Minister Teo Vaskin of Vostrelia will travel to Nairobi on Friday and visit "
    "Lisbon next month.",
    [
        "visit planned: Teo Vaskin + Nairobi @Nairobi 2025-03-14",
        "visit planned: Teo Vaskin + Lisbon @Lisbon 2025-04-01",
    ],
)
def _separate_trips(a: EncounterMention, b: EncounterMention) -> bool:
    """Two journeys of one sentence, each with its own destination in another state and its own
    time: "was to travel to Vienna this evening and also visit Rome next week"."""
    if a.type != "visit" or b.type != "visit" or None in (a.place, b.place, a.date, b.date):
        return False
    if a.date.start == b.date.start or a.place.start == b.place.start:
        return False
    context = [p.actor.country for p in (*a.participants, *b.participants) if p.actor.country]
    here, there = geocode(a.place.text, context), geocode(b.place.text, context)
    return here is not None and there is not None and here.country != there.country


def _drop_destination(mention: EncounterMention, place: Span) -> None:
    mention.participants = [
        p
        for p in mention.participants
        if p.phrase is None or not any(place.start <= i < place.end for i in p.phrase.tokens)
    ]


def _other_time(a: EncounterMention, b: EncounterMention) -> bool:
    past = {"occurred", "ongoing"}
    return (a.status in past) != (b.status in past)


def _in_time_adjunct(trigger: Token) -> bool:
    """ "after talks with Y, X cancelled his trip to Oslo": the encounter dates the news."""
    return (
        trigger.dep_ == "pobj"
        and trigger.head.dep_ == "prep"
        and trigger.head.lower_ in SEQUENCE_ADJUNCT_PREPS
    )


@rule(
    "Prime Minister Teo Vaskin of Vostrelia ended a visit to Lisbon on Monday, where he "
    "met President Arlo Venn of Norlandia.",
    [
        "visit occurred: Teo Vaskin + Lisbon @Lisbon 2025-03-10",
        "meeting occurred: Arlo Venn + Teo Vaskin @Lisbon 2025-03-10",
    ],
)
def _same_traveller(visit: EncounterMention, meeting: EncounterMention) -> bool:
    """ "X wrapped up a visit to Kyiv, where he met Y": the visitor is at the meeting."""
    if triggers_linked(visit.trigger, meeting.trigger):
        return True
    visitors = {_actor_key(p.actor) for p in visit.participants if p.role != "host"}
    return bool(visitors & {_actor_key(p.actor) for p in meeting.participants})


def _absorb(kept: EncounterMention, other: EncounterMention) -> None:
    kept.trigger_ids.extend(other.trigger_ids)
    kept.anaphoric = kept.anaphoric or other.anaphoric
    if kept.place is None:
        kept.place = other.place
    if kept.date is None:
        kept.date = other.date
    if kept.occasion is None:
        kept.occasion = other.occasion
    # The encounter's form: "travelled to Paris to meet Macron" is a meeting in Paris (the trip
    # is its envelope); a call stays a call.
    if other.type == "call" and (len(other.participants) >= 2 or other.strength >= 1.0):
        kept.type = "call"  # not "spoke to reporters after meeting Lukashenko"
    elif other.type == "visit" and tree_depth(other.trigger) < tree_depth(kept.trigger):
        kept.type = "visit"
        for p in kept.participants:
            match = next(
                (q for q in other.participants if _actor_key(q.actor) == _actor_key(p.actor)), None
            )
            if match is not None:
                p.role = match.role
    kept.status = marked_status(kept.status, other.status)
    kept_keys = {_actor_key(p.actor) for p in kept.participants}
    for p in other.participants:
        if _actor_key(p.actor) not in kept_keys:
            kept.participants.append(p)
            kept_keys.add(_actor_key(p.actor))


def _actor_key(actor: Actor) -> str:
    if actor.kind == "person":
        return "p:" + actor.name.split()[-1].lower()
    return f"{actor.kind[0]}:{actor.country or actor.name.lower()}"
