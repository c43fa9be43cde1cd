"""Encounter mentions: one per sentence and participant set, found from triggers and syntax.

A trigger ("met", "talks", "summit", "phone call", "visit", "invited") anchors the search. Its
participants are the actor phrases that stand in an argument position of the trigger: subject,
object, a "with"/"between" phrase, a possessive or compound ("Trump's visit", "the Trump-Putin
summit"), or, for an infinitive with no subject of its own, the subject of the verb that controls
it ("X revealed plans to meet Y", "X is set to travel to Paris"). Phrases reached through other
prepositions ("crises in Syria"), inside other clauses, or as the speaker of a reporting verb
("Ukrainian officials announced") are not participants.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from diplo_extract.normalize.actors import Actor, title_words
from diplo_extract.normalize.dates import find_date_mentions, stay_length
from diplo_extract.normalize.places import geocode
from diplo_extract.rules.actor_spans import (
    COUNTRY,
    DEMONYM,
    GAZETTEER_KEY,
    ActorPhrase,
    find_actor_phrases,
)
from diplo_extract.rules.lexicon import cues, trigger_patterns
from diplo_extract.rules.registry import rule
from diplo_extract.rules.status import marked_status, status_of

# Verbs of one side receiving the other: they need a guest, and tell a visit from a meeting.
RECEPTION_VERBS = {"receive", "welcome", "host"}
_NAME_LABELS = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
_PARTICIPANT_PREPS = {"with", "between", "among", "by", "alongside", "including", "and", "from"}
_PLACE_PREPS = {"in", "at", "to", "near", "inside"}
_ARRIVAL_VERBS = {"arrive", "fly", "travel", "come", "return", "head", "land", "depart", "leave"}
# "held talks after his Paris trip": what happened before or after is another encounter.
_SEQUENCE_PREPS = {"after", "before", "following", "since", "ahead"}
# "the Saudi city of Jeddah", "the resort town of Sochi": the name after "of" is the place.
_PLACE_NOUNS = {"city", "town", "port", "capital", "resort", "village", "island", "region"}
# "move the summit from Brussels to Tokyo": the encounter goes where it is moved to.
_MOVE_VERBS = {"move", "shift", "relocate", "transfer", "switch", "bring"}
_OCCASION_LEADS = {"sidelines", "margins", "sideline", "margin"}
_OCCASION_PREPS = {"during", "at", "on", "ahead", "before", "after", "of"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_CONTROLLED_DEPS = {"xcomp", "acl", "advcl", "dobj", "attr", "oprd", "conj", "ccomp", "ROOT"}
_MAX_PATH = 7


@dataclass
class Participation:
    phrase: (
        ActorPhrase | None
    )  # None for an actor inferred rather than named (a visit's host state)
    actor: Actor
    role: str | None = None  # visitor / host
    relation: str | None = (
        None  # subject / object / modifier / host: how it attaches to the trigger
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
    generic: bool = False  # "the discussion", "their conversation": names no particular form
    trigger_ids: list[str] = field(default_factory=list)


class EncounterFinder:
    """Finds `EncounterMention`s in a parsed Doc; the rules' single entry point."""

    def __init__(self, vocab) -> None:
        self.matcher = Matcher(vocab)
        self.patterns = {p.id: p for p in trigger_patterns()}
        for pattern in trigger_patterns():
            self.matcher.add(pattern.id, [pattern.pattern])

    def triggers(self, doc: Doc) -> list[tuple[Token, str, float, str]]:
        """(anchor token, type, strength, pattern id), one per anchor token, strongest first."""
        best: dict[int, tuple[Token, str, float, str]] = {}
        for match_id, start, _end in self.matcher(doc):
            pattern = self.patterns[doc.vocab.strings[match_id]]
            token = doc[start + pattern.anchor]
            if _is_excluded(token, pattern.type):
                continue
            current = best.get(token.i)
            if current is None or pattern.strength > current[2]:
                best[token.i] = (token, pattern.type, pattern.strength, pattern.id)
        return sorted(best.values(), key=lambda item: item[0].i)

    def __call__(self, doc: Doc, year: int | None = None) -> list[EncounterMention]:
        return self.find(doc, year)[0]

    def find(self, doc: Doc, year: int | None = None) -> tuple[list[EncounterMention], list[Actor]]:
        """The mentions, and every person the text names (whether or not in a mention)."""
        phrases = find_actor_phrases(doc, year)
        people = [a for phrase in phrases for a in phrase.actors if a.kind == "person"]
        return self._mentions(doc, phrases), people

    def _mentions(self, doc: Doc, phrases: list[ActorPhrase]) -> list[EncounterMention]:
        by_token = {i: phrase for phrase in phrases for i in phrase.tokens}
        mentions: list[EncounterMention] = []
        for sentence in doc.sents:
            if _is_noise_line(sentence):
                continue
            found = self.triggers(doc[sentence.start : sentence.end])
            mentions.extend(self._sentence_mentions(sentence, found, phrases, by_token))
        return mentions

    def _sentence_mentions(self, sentence, found, phrases, by_token) -> Iterable[EncounterMention]:
        sentence_phrases = [p for p in phrases if sentence.start <= p.start < sentence.end]
        occasion_tokens = _occasion_tokens(sentence)
        candidates: list[EncounterMention] = []
        invitations = {t.i for t, _k, _s, _p in found if is_invitation(t)}
        for token, kind, strength, pattern_id in found:
            if token.i in occasion_tokens and kind in ("summit", "meeting", "talks"):
                continue  # "on the sidelines of the NATO summit": the setting, not the encounter
            if not is_invitation(token) and _governed_by(token, invitations):
                continue  # "invited X to visit Ankara": one encounter, carried by the invitation
            chosen = _participants(token, kind, sentence_phrases, by_token)
            if token.lemma_ in RECEPTION_VERBS and not _has_guest(token, chosen):
                continue  # "received his J.D.", "welcomes India as a partner": no guest
            status = status_of(token, kind)
            if status is None:  # negated: "will not meet", "ruled out talks"
                continue
            mention = EncounterMention(
                sentence=sentence,
                trigger=token,
                type=_refine_type(token, kind),
                strength=strength,
                participants=chosen,
                status=status,
                trigger_ids=[pattern_id],
            )
            mention.place = _place(token, kind, sentence, by_token, chosen)
            for span in _dates(token, sentence):
                tense = _clause_tense(span.root)
                if (
                    tense == "past"
                    and status in ("planned", "proposed", "invited")
                    and not _told_below(span, token)
                ):
                    # "Hun Sen agreed yesterday to meet Abhisit", "invited Venn on Friday to
                    # visit Oslo": the day of the agreeing or inviting, not of the encounter
                    # (unlike "the planned visit, which included a stay in Tokyo from Sunday to
                    # Wednesday")
                    continue
                if tense is None and _told_as_before(token):
                    tense = "past"  # "the visit comes days after a call on Wednesday"
                mention.date, mention.date_tense = span, tense
                break
            mention.occasion = _occasion(sentence, occasion_tokens)
            mention.anaphoric = _is_anaphoric(token)
            mention.refers_back = _refers_back(sentence)
            if any(collective_of_states(p.actor) for p in chosen):
                mention.refers_back = None  # "the leaders of the Central Asian countries"
            if mention.refers_back is None and not chosen and _they_meet(token):
                # "They met at the palace on Tuesday": the people of the sentence before
                mention.refers_back = "people"
            if mention.refers_back == "states" and len(chosen) < 2:
                named = _states_named_before(token, sentence_phrases, chosen)
                if named:
                    # "Amid tensions between Pakistan and the Afghan Taliban, delegations of the
                    # two countries held negotiations": the two named earlier in the sentence.
                    mention.participants = chosen = [*chosen, *named]
                    mention.refers_back = None
            mention.generic = token.lower_ in _GENERIC_TRIGGERS
            candidates.append(mention)
        return _merge_in_sentence(candidates)


# ----------------------------------------------------------------------------- trigger filters


def is_invitation(token: Token) -> bool:
    """ "invited", "an invitation": the trigger of a visit still to be fixed."""
    return token.lemma_.lower() in ("invite", "invitation")


def _governed_by(token: Token, heads: set[int]) -> bool:
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if (
            current.dep_ == "prep"
            and current.lower_ in _SEQUENCE_ADJUNCT_PREPS
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        ):
            return False  # "during his meeting with Y, X invited Y": the meeting is its own
        if current.i in heads:
            return True
    return False


def _is_excluded(token: Token, kind: str) -> bool:
    c = cues()
    lower = token.lower_
    if is_invitation(token) and token.dep_ == "pobj" and token.head.lower_ in ("at", "upon", "on"):
        return True  # "at the invitation of X, Y will visit": the visit is the encounter
    if kind == "meeting" and token.pos_ in ("VERB", "AUX"):
        objects = [t for t in token.children if t.dep_ in ("dobj", "attr")]
        if any(o.lemma_.lower() in c.non_encounter_objects for o in objects):
            return True  # "meet the moment", "met the criteria"
        if any(t.lower_ in ("criticism", "resistance", "skepticism") for t in token.subtree):
            return True
    # "the Arab league", "the Awami League": a people's league is a political body, not sport.
    # Two sports words, not one word counted as its form and its lemma ("goals", "goal").
    sports = {
        t.lemma_.lower()
        for t in token.sent
        if (t.lower_ in c.sports_words or t.lemma_.lower() in c.sports_words)
        and not (t.lower_ == "league" and _named_league(t))
    }
    if kind in ("meeting", "talks", "visit") and len(sports) >= 2:
        return True  # "India will meet Australia in the final", "the cricket team arrived"
    if kind == "meeting" and token.tag_ in ("NN", "NNS"):
        modifiers = {t.lower_ for t in token.children if t.dep_ in ("compound", "amod", "nmod")}
        if modifiers & c.non_diplomatic_meeting_modifiers:
            return True  # "board meeting", "cabinet meeting"
    if kind == "call" and token.lemma_ in ("speak", "talk") and token.pos_ == "VERB":
        preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
        if preps & {"at", "in", "before", "during", "after"} and not preps & {
            "with",
            "to",
            "by",
            "over",
        }:
            return True  # "spoke about Ukraine at a press conference": a speech, not a call
        if any(
            c.lower_ == "with" and any(g.lower_ == "voice" for g in c.subtree)
            for c in token.children
        ):
            return True  # "urging African countries to speak with one voice"
    if kind == "meeting" and token.lemma_ == "call" and token.pos_ == "VERB":
        # "called on Congress to act", "calls on both sides to show restraint": urging.
        if any(
            t.dep_ in ("xcomp", "advcl", "ccomp") and t.pos_ in ("VERB", "AUX")
            for t in token.subtree
            if t.i > token.i
        ):
            return True
    if kind == "call":
        if lower in ("call", "calls"):
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if following is not None and following.lower_ in ("for", "on") and token.pos_ == "VERB":
                return True
            modifiers = {t.lower_ for t in token.children if t.dep_ in ("compound", "amod")}
            if modifiers & {"earnings", "conference", "investor", "sales", "analyst", "close"}:
                return True
    if kind == "visit" and token.lemma_ == "visit" and token.dep_ == "amod":
        return (
            True  # "received visiting Vietnamese Prime Minister X": the reception is the encounter
        )
    if kind == "visit" and token.lemma_ == "visit":
        objects = [t for t in token.children if t.dep_ == "dobj"]
        if any(o.lemma_.lower() in c.non_encounter_objects for o in objects):
            return True  # "visited flood victims", "visit the website"
    return False


def _named_league(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.ent_type_ == "NORP"


def _is_noise_line(sentence: Span) -> bool:
    text = sentence.text
    if text.count("|") >= 2:
        return True  # table rows
    words = [t for t in sentence if t.is_alpha]
    return len(words) < 3


def _refine_type(token: Token, kind: str) -> str:
    if kind == "meeting" and token.lower_ in ("summit",):
        return "summit"
    if kind in ("meeting", "talks") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("virtual", "video", "online")
        for c in token.children
    ):
        return "call"  # "held a virtual meeting": the contract's call is by phone or video
    if kind in ("meeting", "talks"):
        for child in token.children:
            if child.lower_ in ("summit",) and child.dep_ in ("compound", "amod"):
                return "summit"
        if token.lower_ in ("meeting", "talks") and any(c.lower_ == "summit" for c in token.lefts):
            return "summit"
    if kind == "visit" and is_invitation(token):
        # Invited to a place or to visit: a visit; to a summit or talks: that gathering.
        subtree = list(token.subtree)
        if any(t.lemma_ == "visit" for t in subtree) or any(
            t.lower_ == "to" and any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in t.children)
            for t in subtree
        ):
            return "visit"
        for t in subtree:
            if t.lemma_ in ("summit",):
                return "summit"
            if t.lemma_ in ("meet", "meeting", "talk", "talks"):
                return "meeting"
    return kind


_GENERIC_TRIGGERS = {
    "discussion",
    "discussions",
    "conversation",
    "dialogue",
    "exchange",
    "consultations",
}
_BACK_TO_PEOPLE = (
    "the two leaders",
    "both leaders",
    "the two presidents",
    "the two men",
    "the pair",
    "the leaders",
    "the two prime ministers",
    "the two heads of state",
    "the presidents",
    "the two",
    "both sides",
    "the two sides",
)
_BACK_TO_STATES = (
    "the ministers",
    "the officials",
    "the delegations",
    "both countries",
    "the two countries",
    "both nations",
    "the two nations",
    "the two governments",
    "both governments",
    "their foreign ministers",
    "their ministers",
    "their officials",
    "their delegations",
)


def _refers_back(sentence: Span) -> str | None:
    """Whether the sentence names its sides only by reference to ones named before."""
    text = sentence.text.lower()
    if any(phrase in text for phrase in _BACK_TO_STATES):
        return "states"
    if any(phrase in text for phrase in _BACK_TO_PEOPLE):
        return "people"
    return None


def collective_of_states(actor: Actor) -> bool:
    """A group that says itself which states it gathers: "the leaders of the Central Asian
    countries", "representatives from 30 nations" (actor_spans' collectives)."""
    words = actor.name.lower().split()
    return (
        actor.kind == "group"
        and actor.country is None
        and bool(words)
        and words[-1] in cues().state_collective_nouns
    )


_RECIPROCAL_LEMMAS = {"meet", "talk", "confer", "speak"}


def _they_meet(trigger: Token) -> bool:
    """ "They met", "the pair will talk": a plural pronoun, the subject of a verb that needs no
    object to name both sides."""
    return trigger.lemma_ in _RECIPROCAL_LEMMAS and any(
        c.dep_ == "nsubj" and c.lower_ in ("they", "we") for c in trigger.children
    )


def _states_named_before(
    trigger: Token, phrases: list[ActorPhrase], chosen: list[Participation]
) -> list[Participation]:
    """Two or more states (or their people) named before the trigger in its sentence, when
    none of them is a participant already; else nothing."""
    known = {p.actor.country for p in chosen}
    found: dict[str, Participation] = {}
    for phrase in phrases:
        if phrase.start >= trigger.i:
            break
        for actor in phrase.actors:
            if actor.country and actor.country not in known and actor.country not in found:
                found[actor.country] = Participation(phrase, actor, None, "subject")
    return list(found.values()) if len(found) >= 2 and not known - {None} else []


def _is_anaphoric(token: Token) -> bool:
    dets = {t.lower_ for t in token.children if t.dep_ in ("det", "poss")}
    return bool(dets & {"the", "this", "that", "these", "their", "such"})


# ----------------------------------------------------------------------------- participants


def _ancestors_path(token: Token, stop: Token) -> list[Token] | None:
    """Tokens from `token` up to, not including, `stop`; None if `stop` is not above it."""
    path = []
    current = token
    while current.i != stop.i:
        path.append(current)
        if current.head.i == current.i:
            return None
        current = current.head
        if len(path) > _MAX_PATH:
            return None
    return path


def _lowest_common_ancestor(a: Token, b: Token) -> Token:
    above_a = {a.i}
    current = a
    while current.head.i != current.i:
        current = current.head
        above_a.add(current.i)
    current = b
    while current.i not in above_a and current.head.i != current.i:
        current = current.head
    return current


_MEASURE_NOUNS = {"round", "rounds", "series", "session", "sessions", "cycle", "set"}


def _governors(trigger: Token) -> set[int]:
    """The trigger and the verb that carries it: "held talks", "had a phone conversation"."""
    ids = {trigger.i}
    c = cues()
    # "another round of talks", "a series of meetings": the encounter noun behind its measure word
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lower_ in _MEASURE_NOUNS
    ):
        ids.add(trigger.head.i)
        trigger = trigger.head.head
        ids.add(trigger.i)
    head = trigger.head
    if (
        trigger.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "compound")
        and head.lemma_ in c.light_verbs
    ):
        ids.add(head.i)
    if trigger.dep_ == "pobj" and head.head.lemma_ in c.light_verbs:
        ids.add(head.head.i)  # "was on the phone", "engage in a direct meeting"
        ids.add(head.i)
    if (
        trigger.dep_ == "pobj"
        and head.lower_ in ("on", "by", "over")
        and head.head.lemma_ in ("speak", "talk")
    ):
        ids.add(head.head.i)  # "spoke on the phone with", "talked by telephone to"
        ids.add(head.i)
    if trigger.dep_ == "compound":
        ids.add(head.i)  # "phone call": anchored on "call" already
    if trigger.dep_ == "nsubj" and head.lemma_ in _ASPECT_VERBS and trigger.pos_ != "VERB":
        ids.add(head.i)  # "talks continue between Pakistan and Afghanistan"
    if trigger.dep_ == "nsubj" and head.lemma_ in _GATHERING_VERBS and trigger.pos_ == "NOUN":
        ids.add(head.i)  # "the summit brought together Macron and Merkel"
    named = trigger.head if trigger.dep_ == "appos" and trigger.head.pos_ == "PROPN" else None
    if named is not None:
        ids.add(named.i)  # "the Association of ... Nations Regional Forum, which ...": one name
    for child in [*trigger.children, *(named.children if named is not None else ())]:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in _CHAIRING_VERBS:
            ids.add(child.i)  # "the summit, chaired by Nigerian President Bola Tinubu"
        if (
            child.dep_ == "relcl"
            and child.tag_ == "VBN"
            and child.lemma_ in _CHAIRING_VERBS
            and any(c.dep_ == "auxpass" for c in child.children)
        ):
            ids.add(child.i)  # "the meeting, which was attended by ministers from 26 countries"
    return ids


# A gathering as the subject of who it brings: "the summit brought together X and Y".
_GATHERING_VERBS = {"bring", "gather", "unite", "draw", "involve", "include"}
# A gathering and who runs it: "chaired by X", "hosted by X", "attended by X".
_CHAIRING_VERBS = {"chair", "host", "attend", "convene", "co-chair", "cochair", "organize"}


# Verbs that say how an encounter runs, with the encounter as subject: "talks resumed in Doha".
_ASPECT_VERBS = {
    "continue",
    "resume",
    "begin",
    "start",
    "open",
    "end",
    "conclude",
    "close",
    "proceed",
    "take",
}


_PARTICIPATION_VERBS = {
    "bring",
    "gather",
    "involve",
    "include",
    "see",
    "feature",
    "unite",
    "attend",
    "join",
}


def _participation_clause(verb: Token) -> bool:
    """A relative clause of the trigger noun that says who takes part."""
    lemmas = {t.lemma_.lower() for t in verb.subtree if t.pos_ in ("VERB", "AUX")}
    return bool(lemmas & _PARTICIPATION_VERBS)


_PROPOSAL_NOUNS = {"request", "proposal", "offer", "suggestion", "call", "invitation"}


def _agreed_proposal(token: Token, top: Token) -> bool:
    """ "X agreed to a request from Y to meet": whoever agrees to the proposal takes part."""
    if top.lemma_ not in ("agree", "accept", "consent"):
        return False
    if token.dep_ == "prep" and token.lower_ == "to":
        return any(c.lemma_ in _PROPOSAL_NOUNS for c in token.children)
    return token.lemma_ in _PROPOSAL_NOUNS and token.dep_ in ("pobj", "dobj")


def _visit_frame(token: Token, kind: str) -> bool:
    """ "X finalised the talks on a recent visit to Y": the visit is X's, through 'on'/'during'."""
    if kind != "visit":
        return False
    if token.dep_ == "prep" and token.lower_ in ("on", "during", "in"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("on", "during")


def _own_subject_below(trigger: Token, top: Token) -> bool:
    """Does the clause of `trigger` have a subject of its own below `top`?"""
    current = trigger
    while current.i != top.i:
        if any(child.dep_ in _SUBJECT_DEPS for child in current.children):
            return True
        if current.head.i == current.i:
            break
        current = current.head
    return False


def _is_participant_path(head: Token, trigger: Token, kind: str, governors: set[int]) -> str | None:
    """None if the phrase headed by `head` is not an argument of the trigger; else its relation."""
    c = cues()
    top = _lowest_common_ancestor(head, trigger)
    up = _ancestors_path(head, top)
    down = _ancestors_path(trigger, top)
    if up is None or down is None or len(up) + len(down) > _MAX_PATH:
        return None
    if not up and _attends(head, trigger):
        return "subject"
    if not up:
        return None  # the trigger is inside the phrase ("Russia-US Dialogue" is handled below)
    said_on_call = _call_frame(trigger) if kind == "call" else None
    if said_on_call is not None:
        argument = head
        while argument.dep_ in ("conj", "appos") and argument.head.i != argument.i:
            argument = argument.head
        partner = next(
            (c for c in said_on_call.children if c.dep_ == "prep" and c.lower_ == "with"), None
        )
        if partner is not None and argument.head.i == partner.i:
            return "object"  # "discussed Ukraine with Scholz in a phone call"
        if argument.head.i == said_on_call.i and argument.dep_ in ("dobj", "dative"):
            # "Macron told Scholz in a phone call", "congratulated X by phone"; but what was
            # discussed (with someone) is the topic.
            topic = partner is not None or said_on_call.lemma_ in _TOPIC_VERBS
            return None if topic else "object"
        if argument.head.i == said_on_call.i and argument.dep_ in _SUBJECT_DEPS:
            return "subject"
    invitation = is_invitation(trigger)
    outer = up[1] if len(up) > 1 else top
    if (
        up[0].dep_ in ("compound", "amod", "nmod", "poss")
        and (outer.pos_ == "NOUN" or outer.lower_ in c.occasion_nouns)
        and outer.i not in governors
        and outer.lower_ not in c.group_nouns
    ):
        return None  # it qualifies another noun: "NATO" in "a visit and the 2026 NATO summit"
    if (
        up[0].dep_ in ("compound", "nmod")
        and outer.ent_type_ in _NAME_LABELS
        and outer.i not in governors
    ):
        return (
            None  # part of an institution's name: "New Mexico Institute", "Washington University"
        )
    if kind == "visit" and any(
        is_invitation(t) and t.head.lower_ in ("at", "upon") for t in up[1:]
    ):
        # "will visit Indonesia at the invitation of Foreign Minister Marsudi": the host, a
        # person or a state ("object" of the visit: its roles make it the host).
        return "object"
    with_phrase = between = False
    for token in up[1:]:
        if token.dep_ == "prep" or token.pos_ == "ADP":
            word = token.lower_
            if with_phrase and word in ("at", "in") and _venue_prep(token):
                continue  # "met today at the White House with X": "with X" hung on the venue
            if (
                between
                and word in ("on", "over", "about")
                and token.head.i in governors
                and _no_other_party(trigger, governors)
            ):
                continue  # "talks on the crisis between A, B and C": "between" hung on the topic
            with_phrase = with_phrase or word in ("with", "between")
            between = between or word == "between"
            if word == "to" and invitation:
                return "destination"
            if word == "for" and (invitation or token.head.lemma_ in _HOSTED_OCCASIONS):
                continue  # "an invitation for Macri to visit", "a state dinner for Macri"
            if word == "from" and token.head.i == trigger.i and trigger.lemma_ in _ARRIVAL_VERBS:
                return None  # "arrived in Abu Dhabi from Paris": where the trip began
            if _party_prep(word, kind, trigger):
                continue  # "met with X", "spoke to X", "paid a courtesy call on X"
            if word == "of" and (
                token.head.i in governors
                or token.head.lower_ in c.group_nouns
                or token.head.lower_ in ("counterpart", "leaders", "heads")
            ):
                continue
            if word == "to" and kind == "visit":
                return "host"
            if word in ("in", "at") and kind == "visit" and trigger.lemma_ in ("arrive", "land"):
                return "host"  # "arrived in Beijing"
            return None
        if token.pos_ in ("VERB", "AUX") and token.dep_ in (
            "relcl",
            "advcl",
            "ccomp",
            "parataxis",
            "csubj",
        ):
            # "the summit that was to bring together leaders of X and Y" names its participants
            if not (token.head.i in governors and _participation_clause(token)):
                return None
    first = up[-1]  # the phrase's branch as it reaches `top`
    if any(t.pos_ == "VERB" and t.lemma_.lower() in c.speech_verbs for t in up[1:]):
        return None  # "..., a senior Turkish official told Reuters": the source, not a party
    if (
        first.dep_ in ("acl", "relcl")
        and first.i in governors
        and len(up) >= 2
        and up[-2].dep_ == "agent"
    ):
        return "subject"  # "the summit, chaired by Nigerian President Bola Tinubu"
    if first.dep_ == "prep" and first.lower_ == "to" and kind == "visit":
        return "destination" if invitation else "host"
    if first.dep_ == "prep" and first.lower_ == "for" and invitation and top.i == trigger.i:
        return "object"  # "an invitation from Pham Minh Chinh for Kishida to visit": the invitee
    if (
        first.dep_ == "prep"
        and first.lower_ != "of"
        and not _party_prep(first.lower_, kind, trigger)
        and not (with_phrase and _venue_prep(first))
        and not (
            between
            and first.lower_ in ("on", "over", "about")
            and _no_other_party(trigger, governors)
        )
    ):
        return None
    if (
        invitation
        and top.i in governors
        and len(up) >= 2
        and up[-1].pos_ == "VERB"
        and up[-2].dep_ in _SUBJECT_DEPS
    ):
        return "object"  # "an invitation for Macri to visit": the invitee is the visit's subject
    if top.i in governors:
        if first.dep_ in _SUBJECT_DEPS or first.dep_ in (
            "poss",
            "compound",
            "nmod",
            "amod",
            "npadvmod",
            "appos",
            "conj",
        ):
            return "subject" if first.dep_ in _SUBJECT_DEPS else "modifier"
        if first.dep_ in ("dobj", "pobj", "prep", "dative", "attr", "oprd", "agent"):
            return (
                "host"
                if kind == "visit" and first.dep_ == "dobj" and trigger.lemma_ == "visit"
                else "object"
            )
        return None
    doc = trigger.doc
    if (
        top.lemma_ in _PROPOSAL_NOUNS
        and first.lower_ == "from"
        and any(doc[i].head.i == top.i for i in governors)
    ):
        return "object"  # "a request from his Thai counterpart to meet": the one who asks
    # Reached through a verb above the trigger: only its subject, only for a subject-less clause
    # that the verb controls ("X plans to meet Y", "X is set to travel to Paris"), not for a
    # trigger inside some other phrase ("X extends an invitation ahead of the NATO summit").
    if first.dep_ not in _SUBJECT_DEPS:
        return None
    if _time_adjunct(trigger, down):
        return "subject"  # "the president said upon arriving in Havana": he arrived
    if _encounter_adjunct(trigger, down, kind):
        return "subject"  # "X sounded upbeat after meetings with Y and Z": X met them
    if _purpose_adjunct(trigger, down, top):
        return "subject"  # "X is expected in Yerevan next week for talks with Y": X talks
    if any(
        t.i not in governors
        and t.dep_ not in _CONTROLLED_DEPS
        and not _visit_frame(t, kind)
        and not _agreed_proposal(t, top)
        for t in down
    ):
        return None
    if top.lemma_.lower() in c.speech_verbs:
        return None  # the speaker: "Ukrainian officials announced", "a spokesman said"
    if _own_subject_below(trigger, top):
        return None
    return "subject"


# "X, a guest at the talks", "Y, a participant at the summit": one who attends the encounter.
_ATTENDEE_NOUNS = {"guest", "participant", "attendee", "delegate", "observer"}


def _attends(head: Token, trigger: Token) -> bool:
    """ "Kuleba, a guest at the talks": the person the apposition says attends the trigger."""
    at = trigger.head
    noun = at.head
    return (
        trigger.dep_ == "pobj"
        and at.lower_ == "at"
        and noun.lower_ in _ATTENDEE_NOUNS
        and noun.dep_ == "appos"
        and noun.head.i == head.i
    )


@rule(
    "Talks on the water dispute between Egypt, Sudan and Ethiopia resumed in Cairo on Tuesday.",
    ["talks occurred: Egypt + Sudan + Ethiopia @Cairo 2025-03-11"],
    counter=(
        "Norwegian Foreign Minister Ulla Marsk held talks on the border dispute between Egypt and "
        "Sudan with Turkish officials on Tuesday.",
        ["talks occurred: Ulla Marsk + Turkish officials 2025-03-11"],
    ),
)
def _no_other_party(trigger: Token, governors: set[int]) -> bool:
    """No subject and no "with" phrase on the encounter: then "talks on the crisis between A, B
    and C" are A, B and C's; "X held talks with Y on the dispute between A and B" are not."""
    doc = trigger.doc
    return not any(
        c.dep_ in _SUBJECT_DEPS or (c.dep_ == "prep" and c.lower_ == "with")
        for g in governors
        for c in doc[g].children
        if c.i not in governors
    )


def _party_prep(word: str, kind: str, trigger: Token) -> bool:
    """A preposition whose object takes part: "met with X", "between X and Y", "spoke to X" (a
    call), "paid a courtesy call on X" (or "to X"), "called on X in Jakarta"."""
    return (
        word in _PARTICIPANT_PREPS
        or (word == "to" and kind == "call")
        or (word in ("on", "to") and kind == "meeting" and trigger.lemma_ == "call")
    )


_TIME_ADJUNCT_PREPS = {"upon", "after", "on", "before", "while"}


def _purpose_adjunct(trigger: Token, down: list[Token], top: Token) -> bool:
    """The trigger is what a trip or a stay is for: "X is due in Yerevan for talks with Y", "X is
    in Kampala for talks", "X flew to Lima for a meeting with Y": that verb's subject takes part."""
    return (
        len(down) == 2
        and down[0].i == trigger.i
        and trigger.dep_ == "pobj"
        and down[1].dep_ == "prep"
        and down[1].lower_ == "for"
        and top.pos_ in ("VERB", "AUX")
        and top.lemma_.lower() not in cues().speech_verbs
        and not any(c.dep_ == "dobj" for c in top.children)  # "praised Macron for talks"
    )


def _time_adjunct(trigger: Token, down: list[Token]) -> bool:
    """The trigger is a gerund in a time adjunct of the verb above ("upon arriving in Havana",
    "after meeting Xi"): that verb's subject does it."""
    return (
        len(down) == 2
        and down[0].i == trigger.i
        and trigger.tag_ == "VBG"
        and trigger.dep_ == "pcomp"
        and down[1].dep_ == "prep"
        and down[1].lower_ in _TIME_ADJUNCT_PREPS
    )


# "after talks with Y", "following a meeting with Y": an encounter told as the time of the clause.
_SEQUENCE_ADJUNCT_PREPS = {"after", "following", "before", "upon", "during"}


@rule(
    "Norlandian Foreign Minister Ulla Marsk sounded upbeat after meetings with Kenyan President "
    "Teo Vaskin and Kenyan Foreign Minister Ivo Krent.",
    ["meeting occurred: Ulla Marsk + Teo Vaskin", "meeting occurred: Ulla Marsk + Ivo Krent"],
    counter=(
        "Norlandian Foreign Minister Ulla Marsk praised the outcome after the meeting of Kenyan "
        "President Teo Vaskin with Ugandan President Tomas Brell.",
        ["meeting occurred: Teo Vaskin + Tomas Brell"],
    ),
)
def _encounter_adjunct(trigger: Token, down: list[Token], kind: str) -> bool:
    """The trigger is an encounter noun "with" someone in a time adjunct of the verb above ("X
    sounded positive after meetings with Y", "Following a meeting with Y in 2002, X named an
    envoy"): that verb's subject is the other side; not when the noun has an owner of its own
    ("after Y's meeting with Z", "after the meeting of Y with Z")."""
    return (
        kind != "visit"
        and len(down) == 2
        and down[0].i == trigger.i
        and trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "pobj"
        and down[1].dep_ == "prep"
        and down[1].lower_ in _SEQUENCE_ADJUNCT_PREPS
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)
        and not any(
            (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in trigger.children
        )
    )


def _is_city(text: str, context: list[str]) -> bool:
    place = geocode(text, context)
    return place is not None and place.kind == "city"


def _orphan_with(trigger: Token) -> Token | None:
    """A "with" (or a call's "to") right after the trigger that the parser left objectless."""
    doc = trigger.doc
    for token in doc[trigger.i + 1 : min(trigger.i + 5, trigger.sent.end)]:
        words = ("with", "to") if trigger.lemma_ in ("speak", "talk") else ("with",)
        if token.lower_ in words and token.dep_ != "aux":
            return None if any(c.dep_ == "pobj" for c in token.children) else token
        if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
            return None
    return None


def _venue_prep(prep: Token) -> bool:
    """ "at the White House", "in Brasilia": a preposition whose object names a place."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("FAC", "GPE", "LOC") for c in prep.children)


# Objects of receive/welcome/host that are guests though no actor phrase covers them.
_GUEST_NOUNS = {"delegation", "envoy", "team", "mission", "counterpart", "minister", "leader"}
# What is hosted for a guest: "hosted a welcome ceremony (a state dinner) for Prabowo".
_HOSTED_OCCASIONS = {"ceremony", "dinner", "banquet", "lunch", "luncheon", "reception", "breakfast"}


def _has_guest(trigger: Token, chosen: list[Participation]) -> bool:
    guests = [p for p in chosen if p.relation == "object"]
    if not guests:
        return False
    named = {i for p in guests if p.phrase is not None for i in p.phrase.tokens}
    direct = [c for c in trigger.children if c.dep_ == "dobj"]
    if direct and direct[0].i not in named and direct[0].pos_ in ("NOUN", "NUM"):
        # "welcome 50,000 workers from Mexico", "hosts refugees from Syria", "received aid
        # from Japan": the guests are not the actors named inside the object.
        return direct[0].lemma_ in _GUEST_NOUNS | _HOSTED_OCCASIONS
    if trigger.lemma_ == "welcome":
        # "welcomed Prime Minister Modi to the White House", not "welcomes India as a partner"
        if any(c.lower_ == "as" for c in trigger.children):
            return False
        return any(p.actor.kind == "person" for p in guests) or any(
            c.lower_ == "to" for c in trigger.children
        )
    return True


def _invitee_subject(trigger: Token) -> bool:
    """ "X accepted/received/secured an invitation": X is invited, not inviting."""
    return is_invitation(trigger) and trigger.head.lemma_ in (
        "accept",
        "receive",
        "secure",
        "get",
        "decline",
        "welcome",
    )


def _invitation_from(head: Token, trigger: Token) -> bool:
    """The phrase hangs on "from" under the invitation: "an invitation from X and Y"."""
    current = head
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ == "from":
            return current.head.head.i == trigger.i
        if current.dep_ not in ("conj", "appos", "compound") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _voice(head: Token, trigger: Token) -> str | None:
    """ "patient" for the subject of a passive ("Y was invited"), "agent" for its by-phrase."""
    current = head
    for _ in range(6):
        if current.dep_ == "nsubjpass":
            return "patient"
        if current.dep_ in ("agent",) or (
            current.lower_ == "by" and current.dep_ == "prep" and current.head.tag_ == "VBN"
        ):
            return "agent"
        of_phrase = current.dep_ == "prep" and current.lower_ == "of"  # "by the president of X"
        if (
            current.dep_ not in ("conj", "appos", "pobj", "compound") and not of_phrase
        ) or current.head.i == current.i:
            return None
        current = current.head
    return None


def _participants(
    trigger: Token, kind: str, phrases: list[ActorPhrase], by_token
) -> list[Participation]:
    governors = _governors(trigger)
    doc = trigger.doc
    chosen: list[Participation] = []
    for phrase in phrases:
        if trigger.i in phrase.tokens:
            continue
        relation = _is_participant_path(doc[phrase.head], trigger, kind, governors)
        if relation is None and _is_hyphen_pair(phrase, trigger):
            relation = "modifier"
        if relation is None:
            continue
        role = None
        if relation == "destination":
            if any(a.kind == "country" for a in phrase.actors):
                relation = "host"  # "invited Trump to Ankara": the state visited
            else:
                relation = "object"  # "extended an invitation to Donald Trump"
        if kind == "visit":
            role = "host" if relation in ("host", "object") else "visitor"
            head = doc[phrase.head]
            if (
                relation == "object"
                and trigger.pos_ == "NOUN"
                and head.dep_ == "pobj"
                and head.head.lower_ == "of"
                and head.head.head == trigger
            ):
                role, relation = "visitor", "modifier"  # "the visits of A and B to Kyiv"
            if (
                relation == "modifier"
                and trigger.pos_ == "NOUN"
                and any(a.kind == "country" for a in phrase.actors)
            ):
                role = "host"  # "Lula's Washington trip", "the Moscow visit"
            if trigger.lemma_ in RECEPTION_VERBS or is_invitation(trigger):
                # The inviter or receiver hosts: "X invited Y"; passive "Y was invited by X";
                # but whoever accepts or receives an invitation is the one invited.
                voice = _voice(doc[phrase.head], trigger)
                inviter = is_invitation(trigger) and _invitation_from(doc[phrase.head], trigger)
                if relation == "host" or inviter:
                    role = "host"  # "an invitation from Saudi Arabia to travel to Jeddah"
                elif voice == "patient" or (relation == "subject" and _invitee_subject(trigger)):
                    role = "visitor"
                elif voice == "agent":
                    role = "host"
                else:
                    role = "host" if relation == "subject" else "visitor"
        if relation == "host" and (
            kind != "visit" or not any(a.kind == "country" for a in phrase.actors)
        ):
            continue  # a visit's host is a state ("a visit to New York for the UN Assembly")
        for actor in phrase.actors:
            chosen.append(Participation(phrase, actor, role, relation))
    orphan = _orphan_with(trigger) if kind != "visit" else None
    if orphan is not None and not any(p.relation == "object" for p in chosen):
        # "met today with Angolan President Lourenço to reinforce ...": the parser hung the
        # name on the infinitive and left "with" without its object.
        phrase = by_token.get(orphan.i + 1)
        if phrase is not None and phrase.start == orphan.i + 1:
            taken = {id(p.phrase) for p in chosen}
            if id(phrase) not in taken:
                for actor in phrase.actors:
                    chosen.append(Participation(phrase, actor, None, "object"))
    _conjoined(chosen, phrases, doc)
    _headline_pair(chosen, phrases, doc)
    if kind == "summit" or (
        kind == "meeting"
        and any(p.actor.kind == "organization" and p.actor.country is None for p in chosen)
    ):
        _chaired_by(trigger, phrases, chosen)  # a summit's or a body's meeting, not a task force's
    if not any(p.relation == "subject" for p in chosen):
        subject = _subject_before(trigger, phrases, chosen)
        if subject is not None:
            role = (
                "host"
                if kind == "visit" and (trigger.lemma_ in RECEPTION_VERBS or is_invitation(trigger))
                else None
            )
            role = role or ("visitor" if kind == "visit" else None)
            for actor in subject.actors:
                chosen.append(Participation(subject, actor, role, "subject"))
    if not any(p.relation == "subject" for p in chosen):
        antecedent = _pronoun_antecedent(trigger, phrases_before=by_token)
        if antecedent is not None:
            for actor in antecedent.actors:
                chosen.append(
                    Participation(
                        antecedent, actor, "visitor" if kind == "visit" else None, "subject"
                    )
                )
    if kind != "visit" and not any(p.relation == "object" for p in chosen):
        other = _object_antecedent(trigger, chosen, by_token)
        if other is not None:
            for actor in other.actors:
                chosen.append(Participation(other, actor, None, "object"))
    return chosen


def _object_antecedent(trigger: Token, chosen: list[Participation], by_token) -> ActorPhrase | None:
    """ "Koizumi will tell Bush ... when he meets him in New York": the object pronoun stands for
    the last person named before it, in its sentence or the one before, who is not already a
    party."""
    pronoun = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if pronoun is None:
        with_ = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        pronoun = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None
    if pronoun is None or pronoun.lower_ not in ("him", "her"):
        return None
    sentence = pronoun.sent
    stop = sentence.start - 1
    if stop >= 0:
        stop = pronoun.doc[stop].sent.start
    parties = {id(p.phrase) for p in chosen}
    names = {p.actor.name for p in chosen}
    for i in range(pronoun.i - 1, max(stop, 0) - 1, -1):
        phrase = by_token.get(i)
        if phrase is None or id(phrase) in parties:
            continue
        people = [a for a in phrase.actors if a.kind == "person"]
        if people and not any(a.name in names for a in people):
            return phrase
    return None


def _conjoined(chosen: list[Participation], phrases: list[ActorPhrase], doc: Doc) -> None:
    """ "Prime Minister X of Norway and President Y of Austria visited Kyiv": the parser hangs
    the second name on the first one's state; a phrase conjoined to a word of a party's phrase
    is a party in the same way."""
    owner = {i: p for p in chosen if p.phrase is not None for i in p.phrase.tokens}
    for n, p in enumerate(chosen):
        # already a party, but read through another path: it stands as its first conjunct does
        head = doc[p.phrase.head] if p.phrase is not None else None
        first = owner.get(head.head.i) if head is not None and head.dep_ == "conj" else None
        if first is not None and first.phrase is not p.phrase:
            chosen[n] = Participation(p.phrase, p.actor, first.role, first.relation)
    taken = {id(p.phrase) for p in chosen}
    for phrase in phrases:
        if id(phrase) in taken:
            continue
        head = doc[phrase.head]
        if head.dep_ != "conj" or head.head.i not in owner:
            continue
        party = owner[head.head.i]
        for actor in phrase.actors:
            chosen.append(Participation(phrase, actor, party.role, party.relation))
        taken.add(id(phrase))


# "chaired by", "hosted by": who leads a gathering is one of its parties.
_CHAIR_VERBS = {"chair", "host", "preside", "lead", "co-chair", "cochair"}


def _chaired_by(trigger: Token, phrases: list[ActorPhrase], chosen: list[Participation]) -> None:
    """ "The summit opened in Vientiane, chaired by Prime Minister X": the chair of a gathering
    whose participle hangs on the gathering's own verb rather than on the gathering."""
    taken = {id(p.phrase) for p in chosen}
    for phrase in phrases:
        head = trigger.doc[phrase.head]
        if id(phrase) in taken or head.dep_ != "pobj" or head.head.lower_ != "by":
            continue
        verb = head.head.head
        if verb.lemma_ not in _CHAIR_VERBS or verb.tag_ != "VBN":
            continue
        if verb.head == trigger or (verb.head == trigger.head and trigger.dep_ in _SUBJECT_DEPS):
            for actor in phrase.actors:
                chosen.append(Participation(phrase, actor, None, "subject"))


def _headline_pair(chosen: list[Participation], phrases: list[ActorPhrase], doc) -> None:
    """ "Erdogan, Putin discuss Syria by phone", "Modi, Xi hold talks": a headline's comma for
    "and", which the parser reads as anything but a second subject."""
    for p in list(chosen):
        if p.relation != "subject" or p.phrase is None or p.phrase.start < 2:
            continue
        comma = doc[p.phrase.start - 1]
        if comma.text != ",":
            continue
        first = next((q for q in phrases if q.end == comma.i), None)
        if (
            first is not None
            and first.start == comma.sent.start
            and all(a.kind == "person" for a in first.actors)
            and doc[first.head].dep_ in ("advcl", "npadvmod", "dep", "nsubj", "appos", "ROOT")
            and not any(q.phrase is first for q in chosen)
        ):
            for actor in first.actors:
                chosen.append(Participation(first, actor, p.role, "subject"))
        return


_PERSONAL_PRONOUNS = {"he", "she"}
# Words that may stand between a subject and its verb: "X will meet", "X is set to visit",
# "X plans to travel", "X will on Thursday host", "X, meanwhile, met".
_SUBJECT_GAP = {
    "to",
    "will",
    "would",
    "shall",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "also",
    "already",
    "reportedly",
    "set",
    "due",
    "expected",
    "scheduled",
    "slated",
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intended",
    "hopes",
    "wants",
    "agreed",
    "agrees",
    "finally",
    "then",
    "later",
    "first",
    "briefly",
    "separately",
    "again",
    "on",
    "this",
    "last",
    "next",
    ",",
    "meanwhile",
    "yesterday",
    "today",
    "tomorrow",
    "confirmed",
    "who",  # "Koizumi, who is to visit Pyongyang": the person the relative clause is about
}


def _subject_before(
    trigger: Token, phrases: list[ActorPhrase], chosen: list[Participation]
) -> ActorPhrase | None:
    """The small parser often loses a verb's subject (a headline's "Zelensky to meet Trump", a
    name hung on a fronted phrase): take the actor phrase standing right before the verb, when
    only auxiliaries, control verbs or a time expression come between."""
    if trigger.pos_ not in ("VERB", "AUX") and trigger.tag_ not in (
        "VB",
        "VBD",
        "VBZ",
        "VBP",
        "VBN",
        "VBG",
    ):
        return None
    taken = {id(p.phrase) for p in chosen}
    before = [p for p in phrases if p.end <= trigger.i and trigger.sent.start <= p.start]
    if not before:
        return None
    phrase = before[-1]
    if id(phrase) in taken:
        return None
    gap = trigger.doc[phrase.end : trigger.i]
    if len(gap) > 6:
        return None
    if any(t.lower_ == "who" for t in gap) and trigger.doc[phrase.head].dep_ not in _SUBJECT_DEPS:
        # "Kessler, who is to visit Vienna, said": the subject's own journey; not "met Shoigu,
        # who is visiting Pyongyang", the frame of the meeting told in the main clause
        return None
    for token in gap:
        if (
            token.lower_ in _SUBJECT_GAP
            or token.ent_type_ in ("DATE", "TIME")
            or token.dep_ in ("aux", "auxpass")
        ):
            continue
        return None
    return phrase


def _pronoun_antecedent(trigger: Token, phrases_before) -> ActorPhrase | None:
    """ "he met Maduro": the subject pronoun stands for the last person named before it."""
    current = trigger
    subject = None
    possessive = next(
        (
            c
            for c in trigger.children
            if c.dep_ == "poss" and c.lower_ in ("his", "her", *_FIRST_PERSON)
        ),
        None,
    )
    if possessive is not None:  # "his meeting with a delegation from Eswatini"
        subject = possessive
        current = trigger
        praised = _praised_for(trigger, phrases_before)
        if praised is not None:
            return praised
    for _ in range(4 if subject is None else 0):
        subject = next((c for c in current.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None or current.head.i == current.i:
            break
        if current.dep_ not in ("xcomp", "acl", "dobj", "pobj", "prep", "advcl", "acomp"):
            break  # "acomp": "where he was due to hold talks"
        current = current.head
    if subject is not None and subject.lower_ in ("it", "they"):
        return _speaker_of(subject, phrases_before)
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        if subject.dep_ != "poss" and not _own_clause(trigger, subject.head):
            return None  # "we want to hear about the talks": not who talks
        return _first_person_speaker(subject, phrases_before)
    if subject is None or subject.lower_ not in _PERSONAL_PRONOUNS | {"his", "her"}:
        return None
    # "While commenting on his meeting with X, Ruto said": the main clause's subject, named later.
    root = subject.sent.root
    for child in root.children:
        if child.dep_ in _SUBJECT_DEPS and child.i > subject.i:
            phrase = phrases_before.get(child.i)
            if phrase is not None and any(a.kind == "person" for a in phrase.actors):
                return phrase
    # The last person named before, preferring one who was the subject of a sentence: in
    # "Meloni met Milei. On Saturday she spoke with Saied", she is Meloni.
    people = []
    for i in range(subject.i - 1, max(-1, subject.i - 400), -1):
        phrase = phrases_before.get(i)
        if (
            phrase is not None
            and any(a.kind == "person" for a in phrase.actors)
            and phrase not in people
        ):
            people.append(phrase)
    doc = subject.doc
    for phrase in people[:3]:
        if doc[phrase.head].dep_ in _SUBJECT_DEPS:
            return phrase
    return people[0] if people else None


def _praised_for(trigger: Token, phrases_before) -> ActorPhrase | None:
    """ "Biden commended Modi for his visits to Poland and Ukraine", "thanked X for his visit":
    the one praised (the verb's object) is the one the possessive stands for."""
    prep = trigger.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "on") or prep.head.pos_ != "VERB":
        return None
    for child in prep.head.children:
        if child.dep_ == "dobj":
            phrase = phrases_before.get(child.i)
            if phrase is not None and any(a.kind == "person" for a in phrase.actors):
                return phrase
    return None


def _speaker_of(pronoun: Token, phrases_before) -> ActorPhrase | None:
    """ "the Sudanese army said it had accepted", "Beijing says they will attend": a state, a body
    or a group speaking of itself, when "it" or "they" is the subject of what it says."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues().speech_verbs:
        return None
    for child in clause.head.children:
        if child.dep_ in _SUBJECT_DEPS:
            phrase = phrases_before.get(child.i)
            if phrase is not None and all(a.kind != "person" for a in phrase.actors):
                return phrase
    return None


_FIRST_PERSON = {"i", "we", "my", "our"}


@rule(
    '"I had a very good meeting with Prime Minister Teo Vaskin of Vostrelia," President Arlo '
    "Venn of Norlandia told reporters on Monday.",
    ["meeting occurred: Teo Vaskin + Arlo Venn"],
    also=[
        (
            'President Arlo Venn of Norlandia said: "We will meet Prime Minister Teo Vaskin of '
            'Vostrelia in Lisbon next week."',
            ["meeting planned: Teo Vaskin + Arlo Venn @Lisbon 2025-03-17"],
        )
    ],
)
def _first_person_speaker(pronoun: Token, phrases_before) -> ActorPhrase | None:
    """ "I spoke with President X," Venn said; a statement by Venn: "Today I spoke with X": the
    first person is whoever speaks: the person subject of the speech verb the clause is quoted
    by, else the person the document's title says the statement or remarks are by."""
    current = pronoun.head
    for _ in range(6):
        if current.lemma_.lower() in cues().speech_verbs:
            for child in current.children:
                if child.dep_ in _SUBJECT_DEPS and child.lower_ not in _FIRST_PERSON:
                    phrase = phrases_before.get(child.i)
                    if phrase is not None and any(a.kind == "person" for a in phrase.actors):
                        return phrase
        if current.head.i == current.i:
            break
        current = current.head
    if _inside_quotes(pronoun):
        return None  # a quote whose speaker the sentence does not name
    return _title_speaker(pronoun.doc, phrases_before)


@rule(
    '"We want to hear about the talks in Lisbon," said President Arlo Venn of Norlandia.',
    [],
)
def _own_clause(trigger: Token, verb: Token) -> bool:
    """The trigger is the verb, its object, or an infinitive it controls: "I met", "I had a
    call with", "we agreed to meet"; not a topic ("we want to hear about the talks")."""
    current = trigger
    for _ in range(4):
        if current.i == verb.i:
            return True
        if current.dep_ not in ("xcomp", "dobj"):
            return False
        current = current.head
    return False


def _inside_quotes(token: Token) -> bool:
    """Whether an opening quotation mark stands before the token in its paragraph, unclosed."""
    doc = token.doc
    is_open = False
    for i in range(token.i - 1, max(-1, token.i - 120), -1):
        t = doc[i]
        if "\n\n" in t.text_with_ws:
            break
        if t.text in ("“", "”") or t.text == '"':
            is_open = t.text == "“" or (t.text == '"' and t.is_left_punct)
            break
    return is_open


@rule(
    "Statement by Foreign Minister Ulla Marsk of Norlandia\n\nToday I spoke with Foreign "
    "Minister Teo Vaskin of Vostrelia about the crisis.",
    ["call occurred: Teo Vaskin + Ulla Marsk 2025-03-12"],
)
def _title_speaker(doc: Doc, phrases_before) -> ActorPhrase | None:
    """The person a document's first line says is speaking: "Remarks by President X",
    "Statement from Foreign Minister Y", "Minister Z's statement and answers to questions"."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    speech = cues().speech_nouns
    for token in first:
        if token.lower_ in ("by", "from", "of") and token.head.lemma_.lower() in speech:
            phrase = phrases_before.get(token.i + 1)
        elif token.lower_ in ("'s", "’s") and token.i + 1 < first.end:
            following = doc[token.i + 1 : min(first.end, token.i + 4)]
            if not any(t.lemma_.lower() in speech for t in following):
                continue
            phrase = phrases_before.get(token.i - 1)
        else:
            continue
        if phrase is not None and any(a.kind == "person" for a in phrase.actors):
            return phrase
    return None


def _is_hyphen_pair(phrase: ActorPhrase, trigger: Token) -> bool:
    """ "the Trump-Putin summit", "EU-Japan summit": names glued by hyphens."""
    doc = trigger.doc
    i = phrase.end
    while i < trigger.i and (
        doc[i].text in ("-", "–", "/") or doc[i].pos_ == "PROPN" or doc[i].ent_type_
    ):
        i += 1
    j = phrase.start - 1
    near = i == trigger.i or (i + 1 == trigger.i and doc[i].pos_ in ("ADJ", "NOUN"))
    glued = (phrase.end < len(doc) and doc[phrase.end].text in ("-", "–")) or (
        j >= 0 and doc[j].text in ("-", "–")
    )
    return near and glued and trigger.i - phrase.end <= 5


# ------------------------------------------------------------------------- place, date, occasion


def _occasion_tokens(sentence: Span) -> set[int]:
    """Tokens of a gathering named as the setting: "on the sidelines of the NATO summit"."""
    tokens: set[int] = set()
    for token in sentence:
        if token.lower_ in _OCCASION_LEADS:
            for t in token.subtree:
                tokens.add(t.i)
        if token.lower_ in ("during", "ahead", "before", "at") and token.dep_ == "prep":
            for t in token.subtree:
                if (
                    t.lower_ in ("summit", "forum", "assembly", "conference", "games", "meeting")
                    and t.i != token.i
                    # "during his meeting with Y": an encounter of its own, not a setting
                    and not (
                        token.lower_ == "during"
                        and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children)
                    )
                ):
                    if _told_who_attends(t):
                        break  # "at the meeting, which was attended by ...": the encounter itself
                    tokens.update(x.i for x in token.subtree)
                    break
    return tokens


def _told_who_attends(gathering: Token) -> bool:
    """ "the Meeting, which was attended by ministers from 26 countries": the clause on the
    gathering says who took part."""
    return any(
        c.dep_ in ("relcl", "acl") and c.lemma_ in ("attend", "chair", "bring", "gather")
        for c in gathering.children
    )


def _occasion(sentence: Span, occasion_tokens: set[int]) -> str | None:
    c = cues()
    for token in sentence:
        if (
            token.i in occasion_tokens
            and token.lower_ in c.occasion_nouns
            and token.pos_ in ("NOUN", "PROPN")
        ):
            left = token.left_edge.i
            words = [
                t
                for t in sentence.doc[left : token.i + 1]
                if t.dep_ not in ("det", "poss", "case")
                and t.lower_ not in ("this", "month", "year", "'s", "’s", "week")
            ]
            words = [t for t in words if t.i not in _date_token_ids(sentence)]
            text = " ".join(t.text for t in words).replace(" - ", "-").strip()
            if text:
                return text
    return None


def _date_token_ids(sentence: Span) -> set[int]:
    ids: set[int] = set()
    for start, end in find_date_mentions(sentence.text):
        span = sentence.char_span(start, end, alignment_mode="expand")
        if span is not None:
            ids.update(range(span.start, span.end))
    return ids


def _gazetteer_index(doc: Doc) -> tuple[list[int], list[Span], set[int]]:
    """The gazetteer spans of `doc` sorted by start (with the starts, for bisection) and the
    tokens of its countries: built once per Doc, not once per trigger (which made _place
    quadratic in the length of a document)."""
    index = doc.user_data.get("diplo_gazetteer_index")
    if index is None:
        spans = sorted(doc.spans.get(GAZETTEER_KEY, []), key=lambda span: span.start)
        countries = {i for s in spans if s.label_ == COUNTRY for i in range(s.start, s.end)}
        index = ([span.start for span in spans], spans, countries)
        doc.user_data["diplo_gazetteer_index"] = index
    return index


def _place(trigger: Token, kind: str, sentence: Span, by_token, chosen) -> Span | None:
    if kind == "call":
        return None
    doc = trigger.doc
    used = {i for p in chosen if p.role != "host" for i in p.phrase.tokens}
    starts, spans, gazetteer = _gazetteer_index(doc)
    # A city the tagger takes for a person or an organisation is still a place after "in", when
    # the gazetteer knows it: "met X in Makkah".
    candidates = [
        e
        for e in sentence.ents
        if e.label_ in ("GPE", "LOC", "FAC")
        or (e.label_ in ("ORG", "PERSON") and e.root.dep_ == "pobj" and e.root.head.lower_ == "in")
    ]
    first = bisect.bisect_left(starts, sentence.start)
    for span in spans[first : bisect.bisect_left(starts, sentence.end)]:
        if span.label_ == COUNTRY and not any(e.start <= span.start < e.end for e in candidates):
            candidates.append(span)
        if (
            span.label_ in (COUNTRY, DEMONYM)
            and span.end < len(doc)
            and doc[span.end].lower_ == "capital"
        ):
            candidates.append(doc[span.start : span.end + 1])  # "the Fijian capital"
    for token in sentence:
        named = _named_by_place_noun(token) or _venue_phrase(token)
        if named is not None and not any(c.start <= named.end - 1 < c.end for c in candidates):
            candidates.append(named)  # "the Azerbaijani town of Gazakh", tagged as a person
    context = [p.actor.country for p in chosen if p.actor.country]
    candidates = [c for c in candidates if geocode(c.text, context) is not None]
    governors = _governors(trigger)
    # "he proceeded to Angola, where he met Lourenco": the place the clause hangs on.
    for verb in (trigger, *[doc[i] for i in governors]):
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            host = next((c for c in candidates if c.start <= verb.head.i < c.end), None)
            if host is not None:
                return host
    host = _host_place(trigger, governors, candidates)
    occasion = _occasion_tokens(sentence)
    best: tuple[tuple[int, int], Span] | None = None
    for span in candidates:
        if any(i in used for i in range(span.start, span.end)):
            continue
        if _hyphen_joined(span):
            continue  # "the India-Brazil forum", "the China-Japan talks": the sides, not the place
        if _title_complement(span):
            continue  # "the High Commissioner to India": the post, not where anyone meets
        head = span.root.head
        if (
            span.root.dep_ in ("compound", "amod")
            and head.lemma_ in _PLACE_NOUNS
            and any(c.lower_ == "of" for c in head.children)
        ):
            continue  # "the Russian Black Sea resort of Sochi": the place is Sochi
        if span.root.i in occasion and span.root.head.lower_ in ("in", "at"):
            # "on the sidelines of the ASEAN summit in Phnom Penh": the gathering's place
            score = (6, 0)
            if best is None or score < best[0]:
                best = (score, span)
            continue
        root = span.root
        top = _lowest_common_ancestor(root, trigger)
        up = _ancestors_path(root, top)
        down = _ancestors_path(trigger, top)
        if up is None or down is None or not up:
            continue
        if down and top.lemma_.lower() in cues().speech_verbs and top.i not in governors:
            continue  # "analysts in Yerevan say the two could meet": where it is said
        if any(
            t.tag_ == "VB" and t.i not in governors and t.head.i not in governors and _infinitive(t)
            for t in up[1:]
        ):
            continue  # "the aim of these meetings is to foster peace in Congo": not the venue
        if any(t.dep_ == "relcl" and t.i not in governors for t in up[1:]):
            continue  # "meetings with X, with whom he discussed the situation in Somalia"
        preps = [t for t in up[1:] if t.dep_ == "prep" or t.pos_ == "ADP"]
        while preps and preps[0].lower_ == "of" and preps[0].head.lemma_ in _PLACE_NOUNS:
            preps = preps[1:]  # "to the Saudi city of Jeddah": the place is Jeddah
        ok = bool(preps) and preps[0].lower_ in _PLACE_PREPS
        if kind == "visit" and up[-1].dep_ == "dobj" and top.lemma_ in ("visit",):
            ok = True
        if up[0].dep_ == "dobj" and up[0].head.lemma_ == "visit":
            ok = True  # "an invitation to visit Ankara"
        if (
            up[0].dep_ == "compound"
            and up[0].head.lemma_ in ("visit", "trip")
            and not _in_sequence_phrase(up[0].head)
        ):
            ok = True  # "an invitation for an official Washington visit", not "after Paris trip"
        if (
            up[0].dep_ == "compound"
            and up[0].head.i == trigger.i
            and kind != "visit"
            and _is_city(span.text, context)
        ):
            ok = True  # "the Istanbul talks", "the Geneva summit"
        if (
            preps
            and preps[0].lower_ == "to"
            and kind != "visit"
            and trigger.lemma_ not in RECEPTION_VERBS
            and preps[0].head.lemma_ not in _MOVE_VERBS
        ):
            ok = False  # "welcomed Zelensky to Downing Street" is a place; "talked to Paris" is not
        if not ok or (top.i not in governors and len(down) > 3):
            continue
        # Prefer the most specific place attached closest to the trigger, and on a tie the one
        # in the trigger's own phrase: "visit Vienna on Monday and fly to Rome" flies to Rome.
        score = (
            len(up) + len(down) + (0 if span.label_ != COUNTRY or span.start in gazetteer else 1),
            len(down),
        )
        if best is None or score < best[0]:
            best = (score, span)
    if host is None:
        return best[1] if best else None
    # "Qatar hosted talks between X and Y in Doha": the city named, in the host state.
    if best is not None and best[1].start != host.start:
        named, hosting = geocode(best[1].text, context), geocode(host.text, context)
        if named and hosting and named.country == hosting.country and hosting.kind == "country":
            return best[1]
    return host


def _named_by_place_noun(noun: Token) -> Span | None:
    """ "the Azerbaijani town of Gazakh": the whole phrase, whose state places the name."""
    if noun.lemma_ not in _PLACE_NOUNS or noun.lemma_ == "capital":
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if name is None or name.pos_ != "PROPN" or not name.is_title:
        return None
    return noun.doc[noun.left_edge.i : name.i + 1]


def _venue_phrase(noun: Token) -> Span | None:
    """ "at the African Union headquarters": a venue the tagger names only in part."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "in") or noun.pos_ != "NOUN":
        return None
    span = noun.doc[noun.left_edge.i : noun.i + 1]
    place = geocode(span.text)
    return span if place is not None and place.kind == "venue" else None


@cache
def _title_nouns() -> frozenset[str]:
    return frozenset(form.lower() for form in title_words() if " " not in form)


def _title_complement(span: Span) -> bool:
    """A place after the "to" of a title: "Ambassador to Oslo", "High Commissioner to India"."""
    token = span.root
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "High Commissioner to India Ashraf Qazi": India leans on the name
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ in _title_nouns()


def _hyphen_joined(span: Span) -> bool:
    """A name joined by a hyphen to another name: "India-Brazil", "US-China"."""
    doc = span.doc
    before = (
        span.start >= 2 and doc[span.start - 1].text in ("-", "–") and doc[span.start - 2].is_title
    )
    after = (
        span.end + 1 < len(doc) and doc[span.end].text in ("-", "–") and doc[span.end + 1].is_title
    )
    return before or after


_HAPPENING_VERBS = {"take", "hold", "be", "convene", "happen", "occur", "meet", "reconvene"}


def _infinitive(verb: Token) -> bool:
    """A purpose infinitive ("to foster peace"), not the encounter's own ("to take place in")."""
    return verb.lemma_ not in _HAPPENING_VERBS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _clause_tense(token: Token) -> str | None:
    """past / future for the verb a date hangs on ("delivered on Monday", "will meet on Friday")."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("amod",):
            aux = {c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass")}
            if aux & {"will", "shall", "'ll", "wo"}:
                return "future"
            if "would" in aux and not aux & {"have", "'ve"}:
                return "future"  # "said they would meet again in June": later than the saying
            if current.tag_ == "VBD" or (
                current.tag_ == "VBN" and aux & {"has", "have", "had", "was", "were"}
            ):
                return "past"
            if current.tag_ == "VBN" and current.dep_ == "acl":
                return "past"  # "a message, delivered on Monday to the president"
            return None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _host_place(trigger: Token, governors: set[int], candidates: list[Span]) -> Span | None:
    """ "Iraq will host talks", "talks hosted by Baghdad": the host state is where they happen."""
    doc = trigger.doc
    # "Iraq will host talks"; "the fourth round hosted by Baghdad": the verb above or below.
    verbs = [doc[i] for i in governors] + [c for c in trigger.children if c.dep_ == "acl"]
    for verb in verbs:
        if verb.lemma_ != "host" or verb.pos_ != "VERB":
            continue
        if verb.i == trigger.i and not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
            continue
        for child in verb.children:
            agent = child if child.dep_ in _SUBJECT_DEPS else None
            if child.dep_ == "agent" or (child.lower_ == "by" and child.dep_ == "prep"):
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            if agent is None:
                continue
            place = next((c for c in candidates if c.start <= agent.i < c.end), None)
            if place is not None:
                return place
    return None


_STAY_NOUNS = {"visit", "trip", "stay", "tour", "journey"}


def stay_days(trigger: Token) -> int | None:
    """How many days the visit a trigger tells of lasts: "arrived on Sunday for a three-day
    state visit", "an official six-day trip to the United States"."""
    for noun in (trigger, *trigger.subtree):
        if noun.lemma_.lower() in _STAY_NOUNS and noun.pos_ == "NOUN":
            days = stay_length(noun.doc[noun.left_edge.i : noun.i + 1].text)
            if days is not None:
                return days
    return None


def _told_as_before(trigger: Token) -> bool:
    """An encounter named as what something now or then came after: "the visit comes days after
    a call", "the talks came a week after their meeting" (not "will meet after the summit")."""
    while trigger.dep_ == "compound" and trigger.head.i != trigger.i:
        trigger = trigger.head  # "a phone call"
    prep = trigger.head
    verb = prep.head
    return (
        trigger.dep_ == "pobj"
        and prep.lower_ == "after"
        and verb.tag_ in ("VBZ", "VBP", "VBD")
        and _clause_tense(verb) != "future"
    )


def _told_below(date: Span, trigger: Token) -> bool:
    """Whether the verb a date hangs on sits in a relative clause on the trigger's own noun."""
    current = date.root
    for _ in range(6):
        if current.dep_ == "relcl":
            return current.head.i == trigger.i
        if current.head.i == current.i or current.i == trigger.i:
            return False
        current = current.head
    return False


def _of_a_person(clause: Token) -> bool:
    """A relative clause that tells of a person: "Karin Holm, who took office in May"."""
    return clause.dep_ == "relcl" and any(
        c.lower_ in ("who", "whom", "whose") for c in clause.children
    )


def _dates(trigger: Token, sentence: Span) -> list[Span]:
    """The sentence's dates close enough to the trigger to be its date, the closest first."""
    doc = trigger.doc
    ranked: list[tuple[int, int, Span]] = []
    for start, end in find_date_mentions(sentence.text):
        span = doc.char_span(
            sentence.start_char + start, sentence.start_char + end, alignment_mode="expand"
        )
        if span is None:
            continue
        root = span.root
        top = _lowest_common_ancestor(root, trigger)
        up = _ancestors_path(root, top)
        down = _ancestors_path(trigger, top)
        if up is None or down is None:
            continue  # too far up the tree to say (not next door, as an empty path would say)
        distance = len(up) + len(down)
        governors = _governors(trigger)
        if any(_of_a_person(t) and t.i not in governors for t in up[1:]):
            # "will meet Karin Holm, who takes over as premier next month": the date of what
            # the relative clause tells of someone, not of the encounter (unlike "the visit,
            # which was set for May 3", "Cairo, where he held talks on Sunday")
            continue
        if is_invitation(trigger) and len(down) > 1:
            continue  # "spoke on Monday, securing an invitation to visit": the call's date
        if top.i != trigger.i and (
            top.lemma_.lower() in cues().postpone_cues or top.lemma_.lower() in ("cancel", "scrap")
        ):
            # "On Wednesday the council was postponed until January": the day of the decision,
            # and the day of another encounter, not the day this one was to be
            continue
        if span[0].lower_ == "since" or any(
            t.lower_ == "since" or any(c.lower_ == "since" and c.dep_ == "mark" for c in t.children)
            for t in up[1:]
        ):
            continue  # "his first visit since taking office in August 2021": background
        # A date inside another noun phrase ("ahead of the May 14-15 forum") belongs to that noun,
        # unless that gathering is the setting ("on the sidelines of next month's summit").
        setting = any(t.lower_ in _OCCASION_LEADS or t.lower_ in ("at", "during") for t in up)
        if not setting and any(
            t.pos_ == "NOUN" and t.lower_ in cues().occasion_nouns for t in up[1:]
        ):
            distance += 4
        if down and top.lemma_.lower() in cues().speech_verbs:
            clause = down[-1]
            if clause.dep_ in ("ccomp", "parataxis") and top.i < span.start < clause.left_edge.i:
                # "the ministry said on Monday that the ministers would meet": the day of saying,
                # between the saying and what was said (not "met X yesterday, he said")
                continue
            distance += 6  # "the ministry said on Tuesday the visit set for June ...": the saying
        if distance <= 8:
            ranked.append((distance, span.start, span))
    return [span for _, _, span in sorted(ranked, key=lambda r: r[:2])]


# ----------------------------------------------------------------------------- merging


def _merge_in_sentence(candidates: list[EncounterMention]) -> list[EncounterMention]:
    """Triggers of one sentence that share participants describe one encounter."""
    merged: list[EncounterMention] = []
    for mention in sorted(
        candidates, key=lambda m: (-len(m.participants), -m.strength, m.trigger.i)
    ):
        keys = {_actor_key(p.actor) for p in mention.participants}
        for kept in merged:
            kept_keys = {_actor_key(p.actor) for p in kept.participants}
            if not keys and not _linked(kept.trigger, mention.trigger):
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
            top = _lowest_common_ancestor(other.trigger, invitation.trigger)
            up = _ancestors_path(invitation.trigger, top) or []
            down = _ancestors_path(other.trigger, top) or []
            if len(up) > 2 or len(down) > 2:
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
                    and not _in_sequence_phrase(v.trigger)
                    and not (_in_relative_clause(v.trigger) and _other_time(v, meeting))
                    and not (_in_time_adjunct(meeting.trigger) and _other_time(v, meeting))
                ),
                None,
            )
            if visit is not None:
                meeting.place = visit.place
    return sorted(merged, key=lambda m: m.trigger.i)


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


def _call_frame(trigger: Token) -> Token | None:
    """The verb a call is the channel of: "told Scholz in a phone call", "assured Museveni by
    phone", "congratulated Pezeshkian during a telephone call"."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("in", "during", "over", "by", "via", "on"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_ in ("speak", "talk"):
        return None
    return verb


# Verbs whose object is a topic: "discussed Syria", "reviewed ties".
_TOPIC_VERBS = {"discuss", "review", "address", "examine", "explore", "exchange", "raise", "cover"}


def _in_sequence_phrase(token: Token) -> bool:
    """ "talks after his Paris trip", "ahead of the visit": another encounter, before or after."""
    if any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_PREPS for c in token.children):
        return True  # a headline parse: "after" marking "trip" as a clause
    for ancestor in list(token.ancestors)[:3]:
        if ancestor.lower_ in _SEQUENCE_PREPS:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def _other_time(a: EncounterMention, b: EncounterMention) -> bool:
    past = {"occurred", "ongoing"}
    return (a.status in past) != (b.status in past)


def _in_time_adjunct(trigger: Token) -> bool:
    """ "after talks with Y, X cancelled his trip to Oslo": the encounter dates the news."""
    return (
        trigger.dep_ == "pobj"
        and trigger.head.dep_ == "prep"
        and trigger.head.lower_ in _SEQUENCE_ADJUNCT_PREPS
    )


def _in_relative_clause(trigger: Token) -> bool:
    """ "met Brandauer, who will visit Oslo next week": a journey told in passing, at another
    time than the meeting (unlike "met Shoigu, who is visiting Pyongyang")."""
    current = trigger
    for _ in range(4):
        if current.dep_ == "relcl":
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _same_traveller(visit: EncounterMention, meeting: EncounterMention) -> bool:
    """ "X wrapped up a visit to Kyiv, where he met Y": the visitor is at the meeting."""
    if _linked(visit.trigger, meeting.trigger):
        return True
    visitors = {_actor_key(p.actor) for p in visit.participants if p.role != "host"}
    return bool(visitors & {_actor_key(p.actor) for p in meeting.participants})


def _linked(a: Token, b: Token) -> bool:
    """One trigger governs the other within a short chain: "travel to Paris to meet Macron"; or
    a copula makes one the other: "the talks will be the fourth round hosted by Baghdad"."""
    for x, y in ((a, b), (b, a)):
        if (
            x.dep_ in _SUBJECT_DEPS
            and x.head.lemma_ == "be"
            and (y.head.i == x.head.i and y.dep_ == "attr" or y.head.head.i == x.head.i)
            and (y.dep_ == "attr" or y.head.dep_ == "attr")
        ):
            return True
    for x, y in ((a, b), (b, a)):
        current = x
        for _ in range(4):
            if current.head.i == current.i:
                break
            current = current.head
            if current.i == y.i:
                return True
    return False


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
    elif other.type == "visit" and _depth(other.trigger) < _depth(kept.trigger):
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


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _actor_key(actor: Actor) -> str:
    if actor.kind == "person":
        return "p:" + actor.name.split()[-1].lower()
    return f"{actor.kind[0]}:{actor.country or actor.name.lower()}"
