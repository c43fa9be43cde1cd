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

from collections.abc import Iterable
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from diplo_extract.rules.actor_spans import (
    ActorPhrase,
    find_actor_phrases,
)
from diplo_extract.rules.antecedents import (
    back_reference,
    heads_named_before,
    own_back_reference,
    people_of_sentence_before,
    remembered,
    states_named_before,
    they_meet,
)
from diplo_extract.rules.arguments import (
    co_hosts_gathering,
    collective_of_states,
    goods_travel,
    has_guest,
    holds_a_presidency,
    hosts_each_one,
    participants_of,
)
from diplo_extract.rules.lexicon import cues, trigger_patterns
from diplo_extract.rules.mentions import EncounterMention
from diplo_extract.rules.merging import merge_in_sentence
from diplo_extract.rules.setting import (
    dates_of,
    day_of_agreeing,
    occasion_of,
    place_of,
    told_as_before,
)
from diplo_extract.rules.status import built_on, status_of
from diplo_extract.rules.syntax import clause_tense
from diplo_extract.rules.triggers import (
    example_of_a_forum,
    governed_by,
    is_anaphoric,
    is_excluded,
    is_invitation,
    is_noise_line,
    is_topic,
    refine_type,
    setting_tokens,
)


def _lemma_any_case(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pattern with each lemma also in capitals: the parser keeps the case of a proper
    noun's lemma, so "will pay a State Visit to Peru" has the lemma "Visit"."""
    tokens = []
    for token in pattern:
        lemma = token.get("LEMMA")
        if lemma is not None:
            lemmas = [lemma] if isinstance(lemma, str) else list(lemma["IN"])
            token = {**token, "LEMMA": {"IN": [*lemmas, *(w.capitalize() for w in lemmas)]}}
        tokens.append(token)
    return tokens


class EncounterFinder:
    """Finds `EncounterMention`s in a parsed Doc; the rules' single entry point."""

    def __init__(self, vocab) -> None:
        self.matcher = Matcher(vocab)
        self.patterns = {p.id: p for p in trigger_patterns()}
        for pattern in trigger_patterns():
            self.matcher.add(pattern.id, [_lemma_any_case(pattern.pattern)])

    def triggers(self, doc: Doc) -> list[tuple[Token, str, float, str]]:
        """(anchor token, type, strength, pattern id), one per anchor token, strongest first."""
        best: dict[int, tuple[Token, str, float, str]] = {}
        for match_id, start, _end in self.matcher(doc):
            pattern = self.patterns[doc.vocab.strings[match_id]]
            token = doc[start + pattern.anchor]
            if is_excluded(token, pattern.type):
                continue
            current = best.get(token.i)
            if current is None or pattern.strength > current[2]:
                best[token.i] = (token, pattern.type, pattern.strength, pattern.id)
        return sorted(best.values(), key=lambda item: item[0].i)

    def __call__(self, doc: Doc, year: int | None = None) -> list[EncounterMention]:
        return self.find(doc, year)[0]

    def find(
        self, doc: Doc, year: int | None = None
    ) -> tuple[list[EncounterMention], list[ActorPhrase]]:
        """The mentions, and every phrase that names a person (whether or not in a mention)."""
        phrases = find_actor_phrases(doc, year)
        people = [p for p in phrases if any(a.kind == "person" for a in p.actors)]
        return self._mentions(doc, phrases), people

    def _mentions(self, doc: Doc, phrases: list[ActorPhrase]) -> list[EncounterMention]:
        by_token = {i: phrase for phrase in phrases for i in phrase.tokens}
        mentions: list[EncounterMention] = []
        for sentence in doc.sents:
            if is_noise_line(sentence):
                continue
            found = self.triggers(doc[sentence.start : sentence.end])
            mentions.extend(self._sentence_mentions(sentence, found, phrases, by_token))
        return mentions

    def _sentence_mentions(self, sentence, found, phrases, by_token) -> Iterable[EncounterMention]:
        sentence_phrases = [p for p in phrases if sentence.start <= p.start < sentence.end]
        occasion_tokens = setting_tokens(sentence)
        candidates: list[EncounterMention] = []
        invitations = {t.i for t, _k, _s, _p in found if is_invitation(t)}
        argued = []
        for token, kind, strength, pattern_id in found:
            if token.i in occasion_tokens and kind in ("summit", "meeting", "talks"):
                continue  # "on the sidelines of the NATO summit": the setting, not the encounter
            if example_of_a_forum(token):
                continue  # "fora such as the East Asia Summit": a standing body, no encounter
            if not is_invitation(token) and governed_by(token, invitations):
                continue  # "invited X to visit Ankara": one encounter, carried by the invitation
            chosen = participants_of(token, kind, sentence_phrases, by_token)
            if token.lemma_ in cues().reception_verbs and not has_guest(token, chosen):
                continue  # "received his J.D.", "welcomes India as a partner": no guest
            if not co_hosts_gathering(token, chosen):
                continue  # "plan to co-host a study tour": a programme, no gathering
            if goods_travel(token, kind):
                continue  # "half of the grain exports went to Europe": no one travels
            if holds_a_presidency(token, chosen):
                continue  # "as Peru hosts the G20 this year": a year-long presidency
            if hosts_each_one(token, chosen):
                continue  # "the next meetings to be hosted by A and B": one for each host
            argued.append((token, kind, strength, pattern_id, chosen))
        # Triggers with sides of their own: the place and time in their phrase are theirs.
        sided = {token.i for token, *_, chosen in argued if len(chosen) >= 2}
        for token, kind, strength, pattern_id, chosen in argued:
            status = status_of(token, kind)
            if status is None:  # negated: "will not meet", "ruled out talks"
                continue
            mention = EncounterMention(
                sentence=sentence,
                trigger=token,
                type=refine_type(token, kind),
                strength=strength,
                participants=chosen,
                status=status,
                trigger_ids=[pattern_id],
            )
            others = sided - {token.i}
            mention.place = place_of(token, kind, sentence, by_token, chosen, others)
            for span in dates_of(token, sentence, others):
                tense = clause_tense(span.root)
                if day_of_agreeing(span, token, tense, status):
                    continue
                if (tense is None and told_as_before(token)) or built_on(token):
                    tense = "past"  # "the visit comes days after a call on Wednesday"
                mention.date, mention.date_tense = span, tense
                break
            mention.occasion = occasion_of(sentence, occasion_tokens)
            mention.anaphoric = is_anaphoric(token)
            mention.refers_back = back_reference(sentence)
            mention.own_reference = own_back_reference(token)
            if any(collective_of_states(p.actor) for p in chosen) or is_topic(token):
                mention.refers_back = None  # "the leaders of the Central Asian countries"
            if mention.refers_back is None and not chosen and they_meet(token):
                # "They met at the palace on Tuesday": the people of the sentence before
                mention.refers_back = "people"
                mention.own_reference = True
            if mention.refers_back == "people" and not chosen and mention.own_reference:
                mention.heads_before = heads_named_before(token, sentence_phrases)
            if mention.refers_back == "people" and not chosen:
                mention.named_before = people_of_sentence_before(sentence, phrases)
            if mention.refers_back == "states" and len(chosen) < 2:
                named = states_named_before(token, sentence_phrases, chosen)
                if named:
                    # "Amid tensions between Pakistan and the Afghan Taliban, delegations of the
                    # two countries held negotiations": the two named earlier in the sentence.
                    mention.participants = chosen = [*chosen, *named]
                    mention.refers_back = None
            mention.generic = token.lower_ in cues().generic_triggers
            if remembered(mention):
                continue  # "The last time I visited Ottawa", in a statement on something else
            candidates.append(mention)
        return merge_in_sentence(candidates)
