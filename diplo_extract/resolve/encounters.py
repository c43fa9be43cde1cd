"""Encounter coreference: the mentions of one article that tell one encounter become one draft
(same sides, compatible form, time, place and state), with the finest date and the most specific
place among them; several encounters told in one sentence are split; gatherings of a body join
the encounter they are; a meeting during a trip joins the trip."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from diplo_extract.nlp.components import publisher_of, reporter_turns_of
from diplo_extract.normalize import actors as actor_norm
from diplo_extract.normalize.countries import capital_of, country_name
from diplo_extract.normalize.dates import (
    Resolved,
    find_date_mentions,
    resolve_date,
    to_the_day,
)
from diplo_extract.normalize.places import Place, geocode
from diplo_extract.resolve.entities import (
    actor_key,
    dedupe,
    fold_text,
    is_body,
    is_spouse,
    is_unnamed,
    legislators_in_text,
    listed_officials,
    own_regions,
    people_index,
    resolve_people,
    side_of,
    sides_of,
    titled_in_text,
)
from diplo_extract.rules.actor_spans import ActorPhrase, is_heading
from diplo_extract.rules.antecedents import bare_title
from diplo_extract.rules.arguments import collective_of_states
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.mentions import EncounterMention, Participation
from diplo_extract.rules.registry import rule
from diplo_extract.rules.status import FUTURE_STATES, PAST_STATES, STATUS_PRIORITY, status_by_date
from diplo_extract.rules.syntax import clause_tense, first_conjunct
from diplo_extract.rules.triggers import (
    is_invitation,
    names_programme,
    talked_of_process,
    visit_purposes,
)
from diplo_extract.schema import (
    Event,
)

# A trigger at this strength or more names the form outright ("spoke with", "phoned"); below it,
# "they talked about" says only what was said.
_NAMED_FORM = 0.8


@dataclass
class Draft:
    mentions: list[EncounterMention] = field(default_factory=list)
    participants: list[Participation] = field(default_factory=list)
    resolved: Resolved | None = None
    date_text: str | None = None
    trip: Draft | None = None  # the visit this encounter is part of
    beside: Draft | None = None  # the encounter just before that this one is "also" held at
    is_visit: bool = False  # a meeting that is the substance of a visit folded into it
    own_type: str | None = None  # a meeting dated apart from the visit folded into it
    is_call: bool = False  # "in his conversation with X" in an article of phone calls
    called_off: str | None = None  # a meeting of a trip called off, told in a sentence of its own

    @property
    def keys(self) -> set[str]:
        return {actor_key(p.actor) for p in self.participants}

    @property
    def status(self) -> str:
        # A headline's tense says little ("Minister starts US visit" over "was set to start"):
        # the article's sentences decide when there are any.
        told = [m for m in self.mentions if not _in_heading(m)] or self.mentions
        states = [m.status for m in told]
        best = max(states, key=lambda s: (STATUS_PRIORITY[s], -states.index(s)))
        if self.called_off and best == "planned":
            return self.called_off
        dated = to_the_day(self.resolved)
        if best == "planned" and "invited" in states and not dated:
            return (
                "invited"  # an invitation that talk of "the planned visit" has not fixed a date for
            )
        return best

    def settled_status(self, reference: dt.date | None) -> str:
        """The encounter's last state; a plan whose whole time was over before the article was
        written, and that nothing in it calls off, took place ("one month after President Yoon's
        visit to Tokyo in March")."""
        status, resolved = self.status, self.resolved
        if status != "planned" or not (resolved and resolved.end and reference):
            return status
        return "occurred" if resolved.end < reference else status

    @property
    def type(self) -> str:
        """The form the encounter is first stated in with its sides; a call stays a call."""
        if self.is_visit:
            return "visit"
        if self.own_type is not None:
            return self.own_type
        if self.is_call:
            return "call"
        if any(m.type == "call" and not _names_no_form(m) for m in self.mentions):
            return "call"
        defining = [m for m in self.mentions if len(m.participants) >= 2 and not m.generic]
        return (defining or self.mentions)[0].type


def resolve_encounters(doc: Doc, reference: dt.date | None) -> list[Draft]:
    """The article's encounters: its mentions with their people resolved against the whole
    article, merged into one draft per encounter, gatherings of bodies joined, trips folded."""
    mentions: list[EncounterMention] = list(doc._.diplo_mentions or [])
    phrases: list[ActorPhrase] = doc._.diplo_people or []
    people = people_index(mentions, [a for p in phrases for a in p.actors if a.kind == "person"])
    titled = titled_in_text(doc)
    legislators = legislators_in_text(doc, phrases)
    listed = listed_officials(doc, publisher_of(doc))
    regions = own_regions(doc)
    drafts: list[Draft] = []
    gatherings: list[tuple[EncounterMention, list[Participation]]] = []
    attendees: list[tuple[EncounterMention, list[Participation]]] = []
    borrowing: list[tuple[EncounterMention, list[Participation], Resolved | None]] = []
    untold: list[tuple[EncounterMention, list[Participation]]] = []
    for mention in mentions:
        _day_told_before(mention, reference)
        told = [*mention.participants, *_summit_attendees(mention, mentions, phrases)]
        participants = resolve_people(told, people)
        borrowed = _borrows_sides(mention, participants)
        if not drafts and mention.refers_back == "people" and mention.named_before:
            # "X and Y were also in Oslo. The two leaders met on Tuesday": before any encounter
            # is told, "the two" are the people of the sentence before.
            participants = dedupe(resolve_people(mention.named_before, people))
        participants = [*participants, *_gone_there(mention, participants, drafts)]
        participants = [*participants, *_the_visitor(mention, participants, mentions, people)]
        if len({actor_key(p.actor) for p in participants}) < 2 and drafts:
            if (
                mention.status in ("cancelled", "postponed")
                and mention.anaphoric
                and not participants
            ):
                # "the trip was postponed": the state of the encounter named before changes;
                # but what has happened stays so ("the talks were paused for prayers").
                last = drafts[-1]
                same_form = _type_class(last.type) == _type_class(mention.type) or mention.generic
                if same_form and last.status not in PAST_STATES:
                    last.mentions.append(mention)
                continue
            if _one_of_several(drafts) and _told_as_one(drafts, mention):
                # "Venn met with Marsk of Peru and Vaskin of Chile. It was a trilateral meeting":
                # the meetings one sentence split per guest were one.
                _join_split(drafts).mentions.append(mention)
                continue
            if (
                mention.anaphoric
                and not _one_of_several(drafts)
                and _tells_more_of(drafts[-1], mention, participants)
            ):
                # "The talks will be the fourth round hosted by Baghdad": where, when, what next.
                _add_time(drafts[-1], mention, reference)
                drafts[-1].mentions.append(mention)
                continue
            retold = _retold(drafts, mention)
            if _retells(retold, mention, participants):
                # "They talked about trade", "The two sides agreed to continue discussions": what
                # the encounter told just before was about, not another encounter.
                retold.mentions.append(mention)
                continue
            referred = _referred_draft(drafts, mention)
            if mention.refers_back == "people":
                # "the two leaders met", "Michel met with the two leaders": the people named before.
                participants = dedupe([*participants, *_the_two(mention, referred, people)])
            elif mention.refers_back == "states":
                # "both governments", "their foreign ministers": the states named before.
                participants = dedupe([*participants, *_states_of(referred.participants)])
        participants = _with_destination(mention, participants)
        participants = _to_the_publisher(mention, participants)
        participants = [
            *participants,
            *_publisher_s_visit(mention, participants, phrases, reference),
            *_publisher_s_head_hosts(mention, participants, phrases, reference),
        ]
        participants = _of_listed_state(participants, listed)
        for group in _split_bilaterals(mention, participants):
            if not _is_encounter(group, titled, regions, _faces_party(mention), legislators):
                if _is_gathering(mention, group):
                    gatherings.append((mention, group))
                elif _names_attendees(mention, group):
                    attendees.append((mention, group))
                else:
                    untold.append((mention, group))
                continue
            tense = mention.date_tense or _tense(mention.status)
            resolved = None
            if mention.date is not None:
                resolved = resolve_date(mention.date.text, reference, tense)
                mention.status = status_by_date(mention.status, resolved, reference)
            if _programme(mention, group, resolved) or _talked_of(mention, resolved):
                continue
            draft = _find_same(drafts, group, mention, resolved)
            if draft is None and borrowed:
                # "Both leaders agreed to stay in contact ahead of the negotiations": only an
                # encounter the article tells (here or further on) with those sides
                borrowing.append((mention, group, resolved))
                continue
            if draft is None:
                draft = Draft()
                drafts.append(draft)
            _attach(draft, mention, group, resolved)
    for mention, group, resolved in borrowing:
        draft = _find_same(drafts, group, mention, resolved)
        if draft is not None:
            _attach(draft, mention, group, resolved)
    for draft in drafts:
        _take_antecedents(draft, untold, reference)
    for mention, group in gatherings:
        _add_gathering(drafts, mention, group, reference)
    for mention, group in attendees:
        _add_attendees(drafts, mention, group, reference)
    drafts = _calls_told_generically(drafts, mentions)
    for draft in drafts:
        _name_the_host(draft, drafts, people)
    drafts = _merge_restated(drafts, reference)
    drafts = _told_by_answers(drafts)
    for draft in drafts:
        _join_trip(draft, drafts)
        _join_occasion(draft, mentions)
    drafts = _fold_trips(drafts)
    for draft in drafts:
        _name_the_state(draft, people)
        _join_also(draft, drafts)
    return drafts


@rule(
    "Vice President Ana Lind convened climate leaders at the White House on Tuesday. The "
    "convening included a discussion with other White House officials, including Teo Brann, "
    "National Climate Advisor, and Ida Vosk, Senior Advisor for Clean Energy.",
    [],
    also=[
        (
            "On Tuesday, Secretary Ana Lind met with senior Administration officials, including "
            "Teo Brann, Senior Advisor and Director of Public Engagement, and Ida Vosk, Director "
            "of Intergovernmental Affairs.",
            [],
        )
    ],
    counter=(
        "On Tuesday, Vice President Ana Lind met with senior Kenyan officials, including Teo "
        "Brann, Permanent Secretary of Trade, and Ida Vosk, Director of Customs.",
        ["meeting occurred: Ana Lind + Kenyan officials + Teo Brann + Ida Vosk 2025-03-11"],
    ),
    url="https://www.whitehouse.gov/briefing-room/statements-releases/2025/03/12/readout/",
)
def _of_listed_state(
    participants: list[Participation], listed: dict[str, str]
) -> list[Participation]:
    """People of no known state whom the text lists as examples of one state's own officials
    ("a discussion with other White House officials, including Teo Brann, National Climate
    Advisor") are of that state: a meeting of them with their own government is domestic work,
    while "senior Kenyan officials, including Teo Brann" are Kenya's."""
    return [
        replace(p, actor=replace(p.actor, country=state))
        if p.actor.kind == "person"
        and actor_norm.stateless(p.actor)
        and (state := listed.get(fold_text(actor_norm.surname(p.actor.name))))
        else p
        for p in participants
    ]


@rule(
    "President Ulla Marsk of Norlandia received Prime Minister Teo Vaskin of Vostrelia in "
    "Nairobi on March 3. Earlier in the day, Vaskin held talks with Foreign Minister Arlo Venn "
    "of Norlandia.",
    [
        "meeting occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-03",
        "talks occurred: Teo Vaskin + Arlo Venn 2025-03-03",
    ],
    counter=(
        "President Ulla Marsk of Norlandia received Prime Minister Teo Vaskin of Vostrelia in "
        "Nairobi on March 3. Vaskin has held talks with Foreign Minister Arlo Venn of Norlandia.",
        [
            "meeting occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-03",
            "talks occurred: Teo Vaskin + Arlo Venn",
        ],
    ),
)
def _day_told_before(mention: EncounterMention, reference: dt.date | None) -> None:
    """ "Earlier in the day, Vaskin held talks with Venn", "will hold talks on the same day": an
    encounter with no date of its own is on the last single day the article told before it."""
    sentence = mention.sentence
    if mention.date is not None or not any(
        phrase in sentence.text.lower() for phrase in cues().same_day_phrases
    ):
        return
    doc, tense = sentence.doc, mention.date_tense or _tense(mention.status)
    for start, end in reversed(find_date_mentions(doc.text[: sentence.start_char])):
        resolved = resolve_date(doc.text[start:end], reference, tense)
        if to_the_day(resolved) and resolved.start == resolved.end:
            mention.date = doc.char_span(start, end, alignment_mode="expand")
            return


def _attach(
    draft: Draft, mention: EncounterMention, group: list[Participation], resolved: Resolved | None
) -> None:
    """The mention tells the draft's encounter: its sides and its time join it."""
    draft.mentions.append(mention)
    _add_participants(draft, group)
    if mention.date is not None:
        _take_date(draft, resolved, mention.date.text)


@rule(
    "Norlandia's President Daniel Okello and rebel leader Peter Lado held talks in Nairobi on "
    "Wednesday. Kenyan President Mara Oduya is convening the meeting between Okello and Lado.",
    ["talks occurred: Mara Oduya + Daniel Okello + Peter Lado @Nairobi 2025-03-12"],
    counter=(
        "Norlandia's President Daniel Okello and rebel leader Peter Lado held talks in Nairobi on "
        "Wednesday. Kenyan President Mara Oduya will host a meeting between Okello and Lado in "
        "Lisbon next month.",
        ["meeting planned: Mara Oduya + Daniel Okello + Peter Lado @Lisbon 2025-04-01"],
    ),
)
def _take_antecedents(
    draft: Draft,
    untold: list[tuple[EncounterMention, list[Participation]]],
    reference: dt.date | None,
) -> None:
    """ "Okello and rebel leader Lado held talks in Nairobi on Wednesday. Oduya of Kenya is
    convening the meeting between Okello and Lado": a definite mention that makes an encounter
    (here with a mediator) of people whose meeting, told before, was none by itself (two sides
    of one state) is that meeting, and takes its place and time."""
    first = draft.mentions[0]
    if not first.anaphoric:
        return
    for mention, group in untold:
        keys = {actor_key(p.actor) for p in group}
        if (
            mention.sentence.start >= first.sentence.start
            or len(keys) < 2
            or not keys <= draft.keys
            or _type_class(mention.type) != _type_class(first.type)
            or not _compatible_states(mention.status, draft.status)
        ):
            continue
        resolved = None
        if mention.date is not None:
            tense = mention.date_tense or _tense(mention.status)
            resolved = resolve_date(mention.date.text, reference, tense)
        if _dates_clash(resolved, draft.resolved) or _places_clash(mention, draft):
            continue
        draft.mentions.append(mention)
        if resolved is not None:
            _take_date(draft, resolved, mention.date.text)
    draft.mentions.sort(key=lambda m: (m.sentence.start, m.trigger.i))


@rule(
    "President Arlo Venn of Norlandia met Prime Minister Mara Oduya of Vostrelia in Lisbon on "
    "Monday. Oduya visited Kenya last week. The two leaders agreed to meet again in May.",
    [
        "meeting occurred: Arlo Venn + Mara Oduya @Lisbon 2025-03-10",
        "visit occurred: Mara Oduya + Kenya @Kenya 2025-03-03",
        "meeting planned: Arlo Venn + Mara Oduya 2025-05-01",
    ],
    also=[
        (
            "President Arlo Venn of Norlandia met Prime Minister Mara Oduya of Vostrelia in "
            "Lisbon on Monday. Oduya visited Kenya last week. The leaders discussed energy and "
            "trade. Both leaders agreed to meet again in May.",
            [
                "meeting occurred: Arlo Venn + Mara Oduya @Lisbon 2025-03-10",
                "visit occurred: Mara Oduya + Kenya @Kenya 2025-03-03",
                "meeting planned: Arlo Venn + Mara Oduya 2025-05-01",
            ],
        ),
    ],
    counter=(
        "President Arlo Venn of Norlandia met Prime Minister Mara Oduya of Vostrelia in Lisbon on "
        "Monday. Oduya later met President Ilse Varro of Kenya in Nairobi. The two leaders agreed "
        "to meet again in May.",
        [
            "meeting occurred: Arlo Venn + Mara Oduya @Lisbon 2025-03-10",
            "meeting occurred: Mara Oduya + Ilse Varro @Nairobi",
            "meeting planned: Mara Oduya + Ilse Varro 2025-05-01",
        ],
    ),
)
def _referred_draft(drafts: list[Draft], mention: EncounterMention) -> Draft:
    """ "Venn met Oduya in Lisbon. Oduya visited Kenya last week. The two leaders agreed to meet
    again in May": "the two leaders", "both sides" are the people of an encounter between two
    or more of them told in this sentence or the one just before ("Oduya later met Varro. The
    two leaders ..."); else those of the article's main encounter (the most told, else the
    first), not the sides of one told in passing (a visit to a third state); "both countries",
    their states."""
    last = drafts[-1]
    people = {actor_key(p.actor) for p in last.participants if p.actor.kind == "person"}
    if len(people) >= 2 and any(
        mention.sentence.start - m.sentence.end <= 1 for m in last.mentions
    ):
        return last
    return max(drafts, key=lambda d: (len(d.mentions), -drafts.index(d)))


def _the_two(mention: EncounterMention, referred: Draft, people) -> list[Participation]:
    """ "President A thanked President B for sending the delegation, following the two leaders'
    call": the two heads named before the trigger in its sentence when the encounter referred
    back to is not between them (A and a delegation member); else the people of that encounter
    ("Venn welcomed Oduya to Lisbon, followed by talks between the two presidents")."""
    heads = resolve_people(mention.heads_before, people)
    keys = {actor_key(p.actor) for p in referred.participants}
    if heads and not all(actor_key(h.actor) in keys for h in heads):
        return heads
    return referred.participants


def _borrows_sides(mention: EncounterMention, participants: list[Participation]) -> bool:
    """A trigger with fewer than two sides of its own in a sentence whose "the two leaders"
    belongs to another verb ("The two leaders said they looked forward to the visit"): the
    people named before may make it an encounter already told, never a new one."""
    own = len({actor_key(p.actor) for p in participants}) >= 2
    return mention.refers_back is not None and not mention.own_reference and not own


@rule(
    "President Arlo Venn of Chile held separate meetings with President Mara Oduya of Kenya and "
    "President Ilse Varro of Uganda in Nairobi. Earlier, Venn addressed the opening session of "
    "the two-day summit, which ends tomorrow.",
    [
        "meeting occurred: Arlo Venn + Mara Oduya @Nairobi",
        "meeting occurred: Arlo Venn + Ilse Varro @Nairobi",
    ],
    counter=(
        "President Arlo Venn of Chile held talks with President Mara Oduya of Kenya. The talks "
        "took place in Nairobi on Monday.",
        ["talks occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10"],
    ),
)
def _one_of_several(drafts: list[Draft]) -> bool:
    """ "Venn held separate meetings with Oduya and Varro ... Venn addressed the two-day summit,
    which ends tomorrow": the last encounter told is one of several that one sentence reports,
    which a definite "the summit" or "the meeting" cannot tell more of."""
    last = drafts[-1].mentions[-1]
    return any(m is last for draft in drafts[:-1] for m in draft.mentions)


@rule(
    "President Arlo Venn of Norway met with President Ulla Marsk of Peru and Prime Minister Teo "
    "Vaskin of Chile in Lima on Monday. It was a trilateral meeting in which the three leaders "
    "discussed trade.",
    ["meeting occurred: Arlo Venn + Ulla Marsk + Teo Vaskin @Lima 2025-03-10"],
    counter=(
        "President Arlo Venn of Norway met with President Ulla Marsk of Peru and Prime Minister "
        "Teo Vaskin of Chile in Lima on Monday. The three leaders will hold a trilateral summit "
        "in May.",
        [
            "meeting occurred: Arlo Venn + Ulla Marsk @Lima 2025-03-10",
            "meeting occurred: Arlo Venn + Teo Vaskin @Lima 2025-03-10",
        ],
    ),
)
def _told_as_one(drafts: list[Draft], mention: EncounterMention) -> bool:
    """Whether a mention that names no one says that the encounters the sentence before split
    per guest were one gathering of them all: "It was a trilateral meeting", "a three-way
    call", with no time of its own and the same state ("will hold a trilateral summit in May"
    is another encounter)."""
    if mention.date is not None or not _compatible_states(mention.status, drafts[-1].status):
        return False
    trigger = mention.trigger
    return _type_class(mention.type) == _type_class(drafts[-1].type) and _names_several(
        [*trigger.children, *_occasion_modifiers(trigger)]
    )


def _join_split(drafts: list[Draft]) -> Draft:
    """The drafts one mention was split into (the last draft and those told by its mention),
    joined into the first of them."""
    last = drafts[-1].mentions[-1]
    split = [d for d in drafts if any(m is last for m in d.mentions)]
    first = split[0]
    for draft in split[1:]:
        _add_participants(first, draft.participants)
        first.mentions.extend(m for m in draft.mentions if not any(m is n for n in first.mentions))
        drafts.remove(draft)
    return first


def _tells_more_of(
    draft: Draft, mention: EncounterMention, participants: list[Participation]
) -> bool:
    """A definite mention ("the talks", "the meeting") with no new party, of the same form and
    state, that adds the place or the time the encounter named before lacks."""
    if mention.refers_back or _type_class(mention.type) != _type_class(draft.type):
        return False
    countries = {p.actor.country for p in draft.participants}
    if any(
        actor_key(p.actor) not in draft.keys and p.actor.country not in countries
        for p in participants
    ):
        return False
    if not _compatible_states(mention.status, draft.status) or mention.status == "hypothetical":
        return False
    adds_place = False
    if mention.place is not None and _place_told_of(mention):
        if _places_clash(mention, draft):
            return False
        context = [p.actor.country for p in draft.participants if p.actor.country]
        here = geocode(mention.place.text, context)
        there = [geocode(m.place.text, context) for m in draft.mentions if m.place is not None]
        # No place yet, or only the state, and this names a city in it ("Iraq" / "Baghdad").
        adds_place = here is not None and all(
            p is None or (p.kind == "country" and here.kind != "country") for p in there
        )
    return adds_place or (mention.date is not None and draft.resolved is None)


@rule(
    "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on Monday. "
    "The two sides agreed to continue discussions.",
    ["meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10"],
    counter=(
        "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on "
        "Monday. The two leaders will meet again in Lisbon on Friday.",
        [
            "meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10",
            "meeting planned: Arlo Venn + Mara Oduya @Lisbon 2025-03-14",
        ],
    ),
)
def _retells(draft: Draft, mention: EncounterMention, participants: list[Participation]) -> bool:
    """A mention that names its sides only as those of the encounter just told ("they", "the
    two leaders", "the two sides"), in a word that names no form ("discussions", "they talked
    about") or with the same form, and with no time or place of its own, tells that encounter
    again."""
    if mention.refers_back is None or mention.date is not None or mention.place is not None:
        return False
    if any(actor_key(p.actor) not in draft.keys for p in participants):
        return False  # "Michel met with the two leaders": someone new
    same_form = mention.generic or _type_class(mention.type) == _type_class(draft.type)
    # "They talked about trade" after a meeting of people, not after "their ministers will meet"
    people = any(p.actor.kind == "person" for p in draft.participants)
    if not (same_form or (_names_no_form(mention) and people)):
        return False
    return draft.status in PAST_STATES and mention.status != "cancelled"


@rule(
    "President Arlo Venn of Norlandia welcomed President Mara Oduya of Kenya to Lisbon on "
    "Monday. They talked about trade.",
    ["meeting occurred: Arlo Venn + Mara Oduya @Lisbon 2025-03-10"],
    counter=(
        "President Arlo Venn of Norlandia welcomed President Mara Oduya of Kenya to Lisbon on "
        "Monday. They spoke by phone on Friday.",
        [
            "meeting occurred: Arlo Venn + Mara Oduya @Lisbon 2025-03-10",
            "call occurred: Arlo Venn + Mara Oduya 2025-03-07",
        ],
    ),
)
def _names_no_form(mention: EncounterMention) -> bool:
    """A word for an encounter that says nothing of its form: "their discussions", and a verb of
    speaking told only with what was said ("They talked about trade", "We also spoke about
    energy"), not with whom or how ("spoke by phone", "spoke with X")."""
    return mention.generic or (mention.type == "call" and mention.strength < _NAMED_FORM)


@rule(
    "Foreign Minister Kofi Mensah of Ghana met Foreign Minister Ulla Marsk of Kenya in Accra on "
    "Monday. They discussed the upcoming visit of President Ada Njeri of Kenya to Ghana on May "
    "2, 2025. They also spoke about trade.",
    [
        "meeting occurred: Kofi Mensah + Ulla Marsk @Accra 2025-03-10",
        "visit planned: Ada Njeri + Kofi Mensah @Ghana 2025-05-02",
    ],
    counter=(
        "Foreign Minister Kofi Mensah of Ghana met Foreign Minister Ulla Marsk of Kenya in "
        "Accra on Monday. They discussed the upcoming visit of President Ada Njeri of Kenya to "
        "Ghana on May 2, 2025. They will also talk about trade.",
        [
            "meeting occurred: Kofi Mensah + Ulla Marsk @Accra 2025-03-10",
            "visit planned: Ada Njeri + Kofi Mensah @Ghana 2025-05-02",
        ],
    ),
)
def _retold(drafts: list[Draft], mention: EncounterMention) -> Draft:
    """ "X met Y. They discussed the planned visit of Z. They also spoke about trade": what
    "they" talked about tells again the last held encounter, past the planned ones told since
    (spoken of at it); any other mention, the last encounter told."""
    if _names_no_form(mention):
        for draft in reversed(drafts):
            if draft.status not in FUTURE_STATES:
                return draft
    return drafts[-1]


@rule(
    "Norway and Peru have commenced negotiations for a Fisheries Arrangement. They also look "
    "forward to reconvening the Peru-Norway Trade Forum before the end of 2025.",
    [],
    also=[
        (
            "Norway and Peru will hold an Andes Dialogue that convenes Norwegian and Peruvian "
            "officials with experts from the region.",
            [],
        ),
        (
            "Norway and Peru will continue to advance negotiations on a fisheries framework.",
            [],
        ),
        (
            "Norway will soon begin negotiations with Peru on a defence cooperation agreement.",
            [],
        ),
        ("The bloc is opening accession talks with Norway and Peru.", []),
        (
            "Norway and the European Union are advancing negotiations toward a Critical "
            "Minerals Agreement.",
            [],
        ),
        (
            "Norway and the Pacific Islands Forum look forward to the Second Norway-Pacific "
            "Islands Forum Summit in 2026.",
            ["summit planned: Norway + Pacific Islands Forum 2026-01-01"],
        ),
        (
            "Norway and Peru began talks in Lima on Monday.",
            ["talks occurred: Norway + Peru @Lima 2025-03-10"],
        ),
        (
            "President Arlo Venn of Norway and President Mara Oduya of Peru will continue "
            "their talks next year.",
            ["talks planned: Arlo Venn + Mara Oduya 2026-01-01"],
        ),
    ],
    counter=(
        "Norway and Peru continued negotiations on a fisheries deal in Lima on Monday.",
        ["talks occurred: Norway + Peru @Lima 2025-03-10"],
    ),
)
def _programme(mention: EncounterMention, group: list[Participation], resolved) -> bool:
    """Talks between governments told as a standing process, not as a gathering: states (or a
    body such as a union of states: "Norway and the European Union are advancing negotiations
    toward an Agreement") as the only sides, no place and no day, and a noun carried on rather
    than held ("have commenced
    negotiations for an Arrangement", "will begin negotiations with Peru on an agreement",
    "opening accession talks with A and B", "commit to strengthen consultations") or naming a
    programme ("the India-U.S. Trade Policy Forum", "another Global Issues Forum meeting")."""
    # states, or their officials as a whole ("convenes U.S. and Indian officials"), or bodies
    if len(group) < 2 or any(
        p.actor.kind == "person" or not (p.actor.country or p.actor.kind == "organization")
        for p in group
    ):
        return False
    if mention.place is not None or to_the_day(resolved):
        return False
    trigger = mention.trigger
    if trigger.dep_ in ("relcl", "acl"):
        trigger = trigger.head  # "an Ocean Dialogue that convenes U.S. and Indian officials"
    if trigger.pos_ == "VERB":
        return _convenes_body(trigger)
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    carried = trigger.dep_ == "dobj" and trigger.head.lemma_ in cues().process_verbs
    sides = frozenset(i for p in group if p.phrase is not None for i in p.phrase.tokens)
    return carried or names_programme(trigger, sides)


@rule(
    "Norway and Peru will convene a working group on fisheries.",
    [],
    also=[
        (
            "Norway and Peru committed to convene the Joint Commission on Energy in 2026.",
            [],
        ),
        (
            "President Arlo Venn of Norlandia and President Tomas Feira of Vostrelia will "
            "convene in Lisbon on Monday.",
            ["meeting planned: Arlo Venn + Tomas Feira @Lisbon 2025-03-17"],
        ),
        (
            "The Norwegian and Peruvian governments convened state and municipal governments "
            "and private sector and civil society organizations to promote cooperation.",
            [],
        ),
    ],
    counter=(
        "Norway and Peru will convene the Joint Commission in Lima on Monday.",
        ["meeting planned: Norway + Peru @Lima 2025-03-17"],
    ),
)
def _convenes_body(verb: Token) -> bool:
    """ "Norway and Peru will convene a working group on fisheries", "committed to convene the
    Joint Commission": a standing body (cues body_nouns) as what the states convene, whose
    sitting is its members' business, not an encounter of the states; "the Group of Seven", "a
    group of CEOs" are who gathers, not a body. So are the states' own lower levels of
    government ("convened state and municipal governments")."""
    body = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if body is None:
        return False
    if _below_the_states(body):
        return True
    return body.lower_ in cues().body_nouns and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in body.children
    )


def _below_the_states(convened: Token) -> bool:
    """ "The Norwegian and Peruvian governments convened state and municipal governments and
    civil society": what the states convene is their own lower levels of government
    (`subnational_modifiers`), a programme for others, not a meeting of the two states."""
    return any(
        c.dep_ in ("amod", "nmod", "compound") and c.lower_ in cues().subnational_modifiers
        for c in convened.children
    )


def _talked_of(mention: EncounterMention, resolved) -> bool:
    """Talks that the sentence's people discuss or praise (rules.triggers.talked_of_process),
    with no place and no day of their own: a topic, not an encounter."""
    if mention.place is not None or to_the_day(resolved):
        return False
    return talked_of_process(mention.trigger)


def _place_told_of(mention: EncounterMention) -> bool:
    """The place hangs on the trigger or on the verb of its taking place: "the meeting in
    Vienna", "The talks will be held in Baghdad", "The meeting took place in Vienna"; not on a
    topic ("The meeting underscores ties amid tensions in Eastern Europe")."""
    assert mention.place is not None
    prep = mention.place.root.head
    if prep.dep_ != "prep":
        return False
    host, trigger = prep.head, mention.trigger
    if host.i == trigger.i:
        return True
    return host.lemma_.lower() in cues().happening_verbs and trigger.head.i == host.i


def _add_time(draft: Draft, mention: EncounterMention, reference: dt.date | None) -> None:
    """ "The meeting took place in Vienna on Tuesday": the time a later mention tells of an
    encounter that had none."""
    if mention.date is None:
        return
    tense = mention.date_tense or _tense(mention.status)
    _take_date(draft, resolve_date(mention.date.text, reference, tense), mention.date.text)


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _take_date(draft: Draft, resolved: Resolved | None, text: str) -> None:
    """The finest time the encounter's mentions give: the first one told, unless a later one
    narrows it ("will visit Austria in May" ... "the visit will take place on May 3")."""
    if resolved is None:
        return
    old = draft.resolved
    if old is None:
        draft.resolved, draft.date_text = resolved, text
        return
    if resolved.start is None or old.start is None or old.precision is None:
        return
    finer = _PRECISION_RANK.get(resolved.precision or "", 9) < _PRECISION_RANK[old.precision]
    inside = old.start <= resolved.start and (resolved.end or resolved.start) <= (
        old.end or old.start
    )
    if (finer or _narrower_days(resolved, old)) and inside:
        draft.resolved, draft.date_text = resolved, text


@rule(
    "President Tomas Feira of Norlandia will travel to Chile and Peru from June 2-9. He will "
    "then travel to Peru from June 6-9.",
    [
        "visit planned: Tomas Feira + Chile @Chile 2025-06-02",
        "visit planned: Tomas Feira + Peru @Peru 2025-06-06",
    ],
    counter=(
        "President Tomas Feira of Norlandia will visit Portugal from May 4-8. The visit will "
        "include talks in Lisbon on May 6.",
        ["visit planned: Tomas Feira + Portugal @Portugal 2025-05-04"],
    ),
)
def _narrower_days(span: Resolved, old: Resolved) -> bool:
    """A stretch of days inside a longer one: "will travel to Spain and Portugal from May 4-8"
    ... "will then travel to Portugal from May 6-8" is the Portugal leg's time."""
    return (
        span.precision == old.precision == "day"
        and span.end is not None
        and span.end != span.start
        and (span.start, span.end) != (old.start, old.end)
    )


@rule(
    "President Ulla Marsk of Norlandia visited Peru in May. Prime Minister Arlo Venn of "
    "Norlandia will fly there next week.",
    [
        "visit occurred: Ulla Marsk + Peru @Peru 2024-05-01",
        "visit planned: Arlo Venn + Peru @Peru 2025-03-17",
    ],
    counter=(
        "President Ulla Marsk of Norlandia visited Peru in May. She met President Tomas Brenn "
        "of Chile in Lisbon on Monday. Prime Minister Arlo Venn of Norlandia will fly there "
        "next week.",
        [
            "visit occurred: Ulla Marsk + Peru @Peru 2024-05-01",
            "meeting occurred: Tomas Brenn + Ulla Marsk @Lisbon 2025-03-10",
        ],
    ),
)
def _gone_there(
    mention: EncounterMention, participants: list[Participation], drafts: list[Draft]
) -> list[Participation]:
    """ "Marsk visited Peru in May. Venn will fly there next week": a trip "there" with no
    destination of its own goes where the visit told just before went (in the same sentence or
    the one before), when that visit is the last encounter told."""
    trigger = mention.trigger
    if mention.type != "visit" or not drafts or drafts[-1].type != "visit":
        return []
    if not any(c.lower_ == "there" and c.dep_ == "advmod" for c in trigger.children):
        return []
    if any(p.role == "host" for p in participants) or mention.place is not None:
        return []
    last = drafts[-1].mentions[-1].sentence
    sentence = mention.sentence
    before = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    if last.start not in (sentence.start, before.start):
        return []
    return [p for p in drafts[-1].participants if p.role == "host"]


@rule(
    "President Ulla Marsk of Kenya will pay a state visit to Peru from March 20 to 22. Prime "
    "Minister Teo Vaskin of Peru will hold talks with President Marsk in Lima. Foreign Minister "
    "Ada Njeri of Peru will call on the visiting President.",
    [
        "visit planned: Ulla Marsk + Peru @Peru 2025-03-20",
        "talks planned: Teo Vaskin + Ulla Marsk @Lima 2025-03-20",
        "meeting planned: Ada Njeri + Ulla Marsk @Peru 2025-03-20",
    ],
    counter=(
        "President Ulla Marsk of Kenya will pay a state visit to Peru from March 20 to 22. "
        "Foreign Minister Ada Njeri of Peru will call on the visiting Prime Minister.",
        ["visit planned: Ulla Marsk + Peru @Peru 2025-03-20"],  # no meeting of its own
    ),
)
def _the_visitor(
    mention: EncounterMention, participants: list[Participation], mentions, people
) -> list[Participation]:
    """ "Njeri will call on the visiting President": the person the trigger's object stands for
    is the visitor who holds that title in the visit told nearest before it (else the first one
    told after it)."""
    if len({actor_key(p.actor) for p in participants}) >= 2:
        return []
    title = _visiting_title(mention.trigger)
    if title is None:
        return []
    at = mention.trigger.i
    visits = [m for m in mentions if m.type == "visit" and m is not mention]
    ordered = sorted(visits, key=lambda m: (m.trigger.i > at, abs(m.trigger.i - at)))
    for visit in ordered:
        visitors = [
            replace(p, role=None, relation="object")
            for p in resolve_people(visit.participants, people)
            if p.role == "visitor"
            and p.actor.kind == "person"
            and title in (p.actor.title or "").lower().split()
        ]
        if visitors:
            return visitors
    return []


def _visiting_title(trigger: Token) -> str | None:
    """The office in "call on the visiting President", "met the visiting Prime Minister": the
    head of the trigger's object (through its preposition) when "visiting" stands before it."""
    heads = [c for c in trigger.children if c.dep_ == "dobj"]
    heads += [
        g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    for head in heads:
        if any(c.lower_ == "visiting" for c in head.children):
            return head.lower_
    return None


def _with_destination(
    mention: EncounterMention, participants: list[Participation]
) -> list[Participation]:
    """A visit to a place whose state no participant stands for is a visit to that state:
    "Tokayev accepted an invitation to visit Hungary" is Tokayev and Hungary."""
    if mention.type != "visit" or mention.place is None:
        return participants
    context = [p.actor.country for p in participants if p.actor.country]
    place = geocode(mention.place.text, context)
    if place is None or place.country is None or place.country in context:
        return participants
    return [*participants, _host_state(place.country, mention.place.text)]


def _host_state(code: str, mention: str) -> Participation:
    """The state visited, as the visit's host side."""
    host = actor_norm.Actor(
        name=country_name(code), kind="country", title=None, country=code, mention=mention
    )
    return Participation(None, host, "host", "host")


@rule(
    "Foreign Minister Kofi Mensah met today with Foreign Minister Ulla Marsk of Kenya. They "
    "discussed preparations for the upcoming State Visit by Kenyan President Ada Njeri on April 2.",
    [
        "meeting occurred: Kofi Mensah + Ulla Marsk 2025-03-12",
        "visit planned: Ada Njeri + United States @United States 2025-04-02",
    ],
    counter=(
        "Q Who will the President host?\nMS. VARRO: Foreign Minister Kofi Mensah met today with "
        "Foreign Minister Ulla Marsk of Kenya. They discussed preparations for the upcoming State "
        "Visit by Kenyan President Ada Njeri on April 2.",
        ["meeting occurred: Kofi Mensah + Ulla Marsk 2025-03-12"],
    ),
    also=[
        (
            "Foreign Minister Kofi Mensah met today with Foreign Minister Ulla Marsk of Kenya. "
            "They discussed the upcoming visit by Kenyan President Ada Njeri on April 2.",
            ["meeting occurred: Kofi Mensah + Ulla Marsk 2025-03-12"],
        ),
        (
            "Foreign Minister Kofi Mensah met today with Foreign Minister Ulla Marsk of Kenya. "
            "They discussed the State Visit hosted by Kenyan President Ada Njeri on April 2.",
            ["meeting occurred: Kofi Mensah + Ulla Marsk 2025-03-12"],
        ),
        (
            "The visit by Their Majesties King Arlo Venn II and Queen Ada of Kenya on April 2 "
            "will honor our friendship. The State Visit will mark fifty years of ties.",
            ["visit planned: Arlo Venn II + Ada + United States @United States 2025-04-02"],
        ),
        (
            "The State Visit by Their Majesties King Arlo Venn II and Queen Ada of Kenya on "
            "April 2 will honor our friendship.",
            ["visit planned: Arlo Venn II + Ada + United States @United States 2025-04-02"],
        ),
    ],
    url="https://www.whitehouse.gov/briefing-room/readout",
)
def _to_the_publisher(
    mention: EncounterMention, participants: list[Participation]
) -> list[Participation]:
    """ "They discussed preparations for the upcoming State Visit by Kenyan President Njeri", in
    a release of a state's government: a state or official visit by another state's leader that
    names no destination and no host goes to the publishing state. Not in a briefing where a
    reporter asks ("Q ..."), where a visit is as often elsewhere; not a visit by the publisher's
    own people."""
    doc = mention.trigger.doc
    home = publisher_of(doc)
    if home is None or mention.type != "visit" or mention.place is not None:
        return participants
    if any(p.role == "host" for p in participants) or not _formal_visit(mention):
        return participants
    visitors = [p.actor for p in participants if p.role == "visitor"]
    heads = cues().head_titles
    states = {a.country for a in visitors if a.country}
    if not states or home in states:
        return participants  # a consort named without a state travels with the head of state
    if not any(actor_norm.has_title(a, heads) for a in visitors) or _reporter_asks(doc):
        return participants
    return [*participants, _host_state(home, mention.trigger.text)]


_FORMAL_VISITS = ("state", "official")


@rule(
    "First Lady Ada Venn toured a school in Kessel today with Queen Ulla of Kenya as part of the "
    "State Visit to Kenya. She later attended U.S. President Arlo Marsk's press conference.",
    ["visit occurred: Arlo Marsk + Ulla @Kenya 2025-03-12"],
    counter=(
        "First Lady Ada Venn toured a school in Kessel today with Queen Ulla of Kenya. President "
        "Kofi Mensah of Ghana is in Nairobi as part of the State Visit to Kenya. The First Lady "
        "later attended U.S. President Arlo Marsk's press conference.",
        [],
    ),
    also=[
        (
            "Q Will she travel?\nMS. VARRO: First Lady Ada Venn toured a school in Kessel today "
            "with Queen Ulla of Kenya as part of the State Visit to Kenya. She later attended "
            "U.S. President Arlo Marsk's press conference.",
            [],
        ),
        (
            "Secretary Ada Venn toured a school in Kessel today with Queen Ulla of Kenya as part "
            "of the State Visit to Kenya. She later attended U.S. President Arlo Marsk's press "
            "conference.",
            [],
        ),
    ],
    url="https://www.whitehouse.gov/briefings-statements/2025/09/first-lady-tours-a-school/",
)
def _publisher_s_visit(
    mention: EncounterMention,
    participants: list[Participation],
    phrases: list[ActorPhrase],
    reference: dt.date | None,
) -> list[Participation]:
    """ "First Lady Venn toured a school today as part of the State Visit to Kenya", in a
    government's own release: a state or official visit to another state that names no visitor,
    told by the spouse of the publisher's head of state, is the visit of that head of state (the
    one the article names with the office, else the one leaders.tsv has that year). Not in a
    briefing where a reporter asks, not when a head of another state is named in the sentence
    or the one before (the visitor may be theirs)."""
    doc = mention.trigger.doc
    home = publisher_of(doc)
    if home is None or reference is None or not _visit_called(mention, _FORMAL_VISITS):
        return []
    hosts = {p.actor.country for p in participants if p.role == "host"}
    if any(p.role == "visitor" for p in participants) or not hosts or home in hosts:
        return []
    sentence = mention.sentence
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    near = [a for p in phrases if start <= p.start < sentence.end for a in p.actors]
    heads, spouses = cues().head_titles, cues().spouse_titles
    if _reporter_asks(doc) or not any(actor_norm.has_title(a, spouses) for a in near):
        return []
    if any(actor_norm.has_title(a, heads) and a.country not in hosts for a in near):
        return []
    holder = _head_of(home, phrases, reference.year)
    return [] if holder is None else [Participation(None, holder, "visitor", "subject")]


@rule(
    "U.S. President Arlo Venn spoke in Kessel on Monday. This evening, the President and the "
    "First Lady of the United States will host President Ulla Marsk of Kenya and Mr. Teo Marsk, "
    "First Gentleman of Kenya, for a State Dinner.",
    [
        "visit planned: First Lady of the United States + Ulla Marsk + Teo Marsk + Arlo Venn "
        "2025-03-12"
    ],
    counter=(
        "U.S. President Arlo Venn spoke in Kessel on Monday. This evening, the Vice President and "
        "the First Lady of the United States will host President Ulla Marsk of Kenya and Mr. Teo "
        "Marsk, First Gentleman of Kenya, for a State Dinner.",
        ["visit planned: First Lady of the United States + Ulla Marsk + Teo Marsk 2025-03-12"],
    ),
    url="https://www.whitehouse.gov/briefing-room/statements-releases/2025/03/state-dinner/",
)
def _publisher_s_head_hosts(
    mention: EncounterMention,
    participants: list[Participation],
    phrases: list[ActorPhrase],
    reference: dt.date | None,
) -> list[Participation]:
    """ "the President and the First Lady will host President Marsk of Kenya for a State
    Dinner", in a government's own release: a bare "the President" (a head's title, no name, no
    state) who hosts is that government's head of state (the one the article names with the
    office, else the one leaders.tsv has that year), though no one in the text is called so
    nearby. Only the subject of a verb of hosting; not in a briefing where a reporter asks."""
    doc = mention.trigger.doc
    home = publisher_of(doc)
    trigger = mention.trigger
    if home is None or reference is None or trigger.lemma_ not in cues().reception_verbs:
        return []
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    titles = {bare_title(s) for s in subjects} & cues().head_titles
    if not titles or _reporter_asks(doc):
        return []
    holder = _head_of(home, phrases, reference.year)
    if holder is None or any(actor_key(p.actor) == actor_key(holder) for p in participants):
        return []
    role = "host" if mention.type == "visit" else None
    return [Participation(None, holder, role, "subject")]


def _head_of(home: str, phrases: list[ActorPhrase], year: int) -> actor_norm.Actor | None:
    """The publisher's head of state: the one person the article names with a head's title of
    that state; else the one holder of such an office leaders.tsv gives for the year, or, in a
    year it changed hands, the holder whose surname the spouse named in the article bears."""
    heads = cues().head_titles
    people = [a for p in phrases for a in p.actors if a.kind == "person" and not a.former]
    named = {
        a.name: a
        for a in people
        if a.country == home
        and actor_norm.has_title(a, heads)
        and not actor_norm.described_without_name(a.name)
    }
    if named:
        return next(iter(named.values())) if len(named) == 1 else None
    held = {
        (name, title.title())
        for title in sorted(heads)
        for name in actor_norm.holders(home, title.title(), year)
    }
    if len(held) > 1:
        spouses = {
            actor_norm.surname(a.name)
            for a in people
            if actor_norm.has_title(a, cues().spouse_titles)
        }
        held = {(name, title) for name, title in held if actor_norm.surname(name) in spouses}
    if len(held) != 1:
        return None
    name, title = held.pop()
    return actor_norm.Actor(name=name, kind="person", title=title, country=home, mention=title)


def _formal_visit(mention: EncounterMention) -> bool:
    """The visit is a state or official visit: called so itself, or the article's only visit
    that names its visitor while it calls "the State Visit" by that name with no sides of its own
    ("The visit by Their Majesties ... The State Visit reaffirmed our partnership")."""
    if _visit_called(mention, _FORMAL_VISITS):
        return True
    visits = [m for m in mention.trigger.doc._.diplo_mentions or [] if m.type == "visit"]
    named = [m for m in visits if any(p.role == "visitor" for p in m.participants)]
    return named == [mention] and any(
        m.anaphoric and not m.participants and _visit_called(m, _FORMAL_VISITS) for m in visits
    )


def _visit_called(mention: EncounterMention, words: tuple[str, ...]) -> bool:
    """The visit is named by one of `words` ("a state visit", "an Official Visit")."""
    return mention.type == "visit" and any(
        c.lower_ in words and c.dep_ in ("compound", "amod", "nmod")
        for word in (mention.trigger, *visit_purposes(mention.trigger))
        for c in word.children
    )


def _reporter_asks(doc: Doc) -> bool:
    """A briefing's transcript: a line opens with a reporter's "Q"."""
    return bool(reporter_turns_of(doc))


@rule(
    "Q Will President Arlo Venn meet Prime Minister Teo Vaskin of Vostrelia before the summit?\n"
    "MS. VARRO: President Arlo Venn of Norlandia met Foreign Minister Ulla Marsk of Vostrelia "
    "in Kessel on Tuesday.",
    ["meeting occurred: Arlo Venn + Ulla Marsk @Kessel 2025-03-11"],
    counter=(
        "Q Will President Arlo Venn of Norlandia meet Prime Minister Teo Vaskin of Vostrelia "
        "again?\nMS. VARRO: The two leaders met in Kessel on Tuesday.",
        ["meeting occurred: Arlo Venn + Teo Vaskin @Kessel 2025-03-11"],
    ),
    also=[
        (
            "Q Will President Arlo Venn of Norlandia meet Prime Minister Teo Vaskin of Vostrelia "
            "again?\nMS. VARRO: I don't have anything to preview for you.",
            [],
        )
    ],
)
def _told_by_answers(drafts: list[Draft]) -> list[Draft]:
    """ "Q Will the President meet Prime Minister Vaskin before the summit?": in a briefing's
    transcript, what a reporter asks about is no report of an encounter; it stays one only when
    an answer (or the release's own text) tells it too. The question's people can still be
    what the answer's "the two leaders" refers to."""
    return [d for d in drafts if not all(_asked(m) for m in d.mentions)]


def _asked(mention: EncounterMention) -> bool:
    """The mention is in a reporter's turn of the article's transcript."""
    doc = mention.trigger.doc
    asked = reporter_turns_of(doc)
    if not asked:
        return False
    excerpt = doc._.diplo_excerpt
    at = excerpt.to_source(mention.trigger.idx) if excerpt else mention.trigger.idx
    return any(start <= at < end for start, end in asked)


def _states_of(participants: list[Participation]) -> list[Participation]:
    states = []
    for p in participants:
        if p.actor.country and p.actor.country not in {s.actor.country for s in states}:
            actor = actor_norm.Actor(
                name=country_name(p.actor.country),
                kind="country",
                title=None,
                country=p.actor.country,
                mention=p.actor.mention,
            )
            states.append(Participation(None, actor, None, "subject"))
    return states


_SETTLED_STATES = {"occurred", "ongoing", "planned"}
_CALLED_OFF = {"postponed", "cancelled"}


def _join_occasion(draft: Draft, mentions: list[EncounterMention]) -> None:
    """A meeting "on the sidelines of this month's ASEAN-US summit" that names no place is where
    the document says that gathering is: "The summit ... is to take place in New York"."""
    occasion = next((m.occasion for m in draft.mentions if m.occasion), None)
    if occasion is None or named_places(draft) or draft.trip is not None:
        return
    gathering = occasion.split()[-1].lower()  # "summit", "assembly", "forum"
    first = draft.mentions[0].sentence.start
    for mention in mentions:
        if mention in draft.mentions or mention.place is None:
            continue
        definite = mention.anaphoric and any(
            t.lower_ == gathering and any(c.lower_ in ("the", "this") for c in t.children)
            for t in mention.sentence
        )
        # "a three-day summit hosted by X in Johannesburg ... On the sidelines of the summit,
        # Modi and Xi held talks": the gathering told before, by its own trigger.
        introduced = mention.sentence.start < first and mention.trigger.lower_ == gathering
        if (definite or introduced) and _compatible_states(mention.status, draft.status):
            draft.mentions.append(mention)
            return


@rule(
    "President Tomas Feira of Portugal will visit Kenya next month. President Mara Oduya "
    "of Kenya said on Monday the trip would boost trade.",
    [
        "visit planned: Tomas Feira + Mara Oduya @Kenya 2025-04-01",
    ],
)
def _name_the_host(draft: Draft, drafts: list[Draft], people) -> None:
    """ "Putin had a telephone conversation with Erdogan. ... The President of Turkey accepted an
    invitation to visit Russia"; "Kessler will visit Berlin" in an article that names one German,
    Chancellor Brandauer: the host is the one person of the state visited whom the visitor dealt
    with in the document, else the one person of that state the document names. A state visit
    is a head of state's to host: of several, or of those the visitor did not deal with (an
    adviser who reads out the talks preparing it), only a head of state."""
    if draft.type != "visit":
        return
    hosts = [p for p in draft.participants if p.role == "host"]
    if not hosts or any(p.actor.kind == "person" for p in hosts):
        return
    states = {p.actor.country for p in hosts} - {None}
    visitors = {actor_key(p.actor) for p in draft.participants if p.role != "host"}
    if len(states) != 1 or not visitors:
        return
    found = {
        actor_key(p.actor): p
        for other in drafts
        if other is not draft and visitors & other.keys
        for p in other.participants
        if p.actor.kind == "person" and p.actor.country in states and not is_unnamed(p.actor)
    }
    dealt_with = bool(found)
    if not found and not any(is_invitation(m.trigger) for m in draft.mentions):
        named = {
            key: actor
            for key, actor in people.items()
            if actor.country in states and not is_unnamed(actor) and not actor.former
        }
        found = {k: Participation(None, a, "host", "host") for k, a in named.items()}
    if _state_visit(draft) and (len(found) > 1 or not dealt_with):
        found = {
            k: p
            for k, p in found.items()
            if actor_norm.has_title(p.actor, cues().head_of_state_titles)
        }
    if len(found) == 1:
        (person,) = found.values()
        _add_participants(draft, [Participation(person.phrase, person.actor, "host", "host")])


@rule(
    "President Ulla Marsk of Kenya will pay a state visit to Peru next week. President Ilse "
    "Varro of Peru welcomed the plan. Prime Minister Teo Vaskin of Peru said the trip would "
    "boost trade.",
    ["visit planned: Ulla Marsk + Ilse Varro @Peru 2025-03-17"],
    also=[
        (
            "President Ulla Marsk of Kenya arrived in Lima on Monday for a state visit. "
            "President Ilse Varro of Peru hosted talks with Marsk. Prime Minister Teo Vaskin "
            "of Peru met Marsk on Tuesday.",
            ["visit occurred: Ulla Marsk + Ilse Varro @Lima 2025-03-10"],
        )
    ],
    counter=(
        "President Ulla Marsk of Kenya will pay a visit to Peru next week. President Ilse "
        "Varro of Peru welcomed the plan. Prime Minister Teo Vaskin of Peru said the trip would "
        "boost trade.",
        ["visit planned: Ulla Marsk + Peru @Peru 2025-03-17"],
    ),
)
def _state_visit(draft: Draft) -> bool:
    """ "Marsk will pay a state visit to Peru", in an article that names Peru's president and
    its prime minister: a state visit is the head of state's to host, so of several people of
    the state visited only a head of state can be its host. The visit may be the trigger's
    purpose: "Marsk arrived in Lima for a state visit"."""
    return any(_visit_called(m, ("state",)) for m in draft.mentions)


@rule(
    "Ghana and Kenya will hold a summit in Accra next week. President Mara Oduya of Kenya said "
    "the talks would focus on trade.",
    ["summit planned: Ghana + Mara Oduya @Accra 2025-03-17"],
    counter=(
        "Ghana and Kenya will hold a summit in Accra next week. Foreign Minister Ada Njeri of "
        "Kenya said the talks would focus on trade.",
        ["summit planned: Ghana + Kenya @Accra 2025-03-17"],
    ),
    also=[
        (
            "President Arlo Venn of Norlandia will visit Kenya next week. President Mara Oduya "
            "of Kenya welcomed the plan.",
            ["visit planned: Arlo Venn + Mara Oduya @Kenya 2025-03-17"],
        ),
        (
            "Special Envoy Tomas Brenn of Norway held talks with Kenya in Nairobi on Monday. "
            "President Mara Oduya of Kenya welcomed the talks.",
            ["talks occurred: Tomas Brenn + Kenya @Nairobi 2025-03-10"],
        ),
    ],
)
def _name_the_state(draft: Draft, named) -> None:
    """ "Kenya and Ghana will hold a summit in Accra", in an article whose one Kenyan leader is
    President Oduya: at a summit, or beside heads of state or government only, a state at the
    table is its one named head; a named person says more than a collective. A visit keeps its
    host state, where it goes; a meeting of officials keeps the states they stand for."""
    if draft.type == "visit":
        return
    heads = cues().head_titles
    people = [p.actor for p in draft.participants if p.actor.kind == "person"]
    leaders = draft.type == "summit" or (
        bool(people) and all(actor_norm.has_title(a, heads) for a in people)
    )
    if not leaders:
        return  # "Envoy X met U.S. and German officials": the state stands for its officials
    for i, part in enumerate(draft.participants):
        if part.actor.kind != "country" or part.actor.country is None:
            continue
        holders = [
            actor
            for actor in named.values()
            if actor.country == part.actor.country
            and not is_unnamed(actor)
            and not actor.former
            and actor_norm.has_title(actor, heads)
        ]
        if len(holders) == 1 and actor_key(holders[0]) not in draft.keys:
            draft.participants[i] = Participation(None, holders[0], part.role, part.relation)


@rule(
    "Prime Minister Teo Vaskin of Vostrelia held phone calls with leaders of the region. "
    "During his conversation with President Mara Oduya of Kenya on Monday, he discussed trade.",
    [
        "call occurred: Mara Oduya + Teo Vaskin 2025-03-10",
    ],
    counter=(
        "Prime Minister Teo Vaskin of Vostrelia held phone calls with leaders of the "
        "region. During his conversation with President Mara Oduya of Kenya in Nairobi on "
        "Monday, he discussed trade.",
        [
            "meeting occurred: Mara Oduya + Teo Vaskin @Nairobi 2025-03-10",
        ],
    ),
)
def _calls_told_generically(drafts: list[Draft], mentions: list[EncounterMention]) -> list[Draft]:
    """ "Modi spoke by phone with the leaders of the neighbouring countries. In his conversation
    with the King of X, ...": an encounter told only with a word that names no form ("his
    conversation with", "their discussion"), by someone the article has on the phone, with no
    place named, is a call."""
    callers = {
        actor_key(p.actor)
        for m in mentions
        if m.type == "call" and not _names_no_form(m)
        for p in m.participants
        if p.relation == "subject"
    }
    if not callers:
        return drafts
    generic = [
        draft
        for draft in drafts
        if draft.type != "call"
        and all(m.generic for m in draft.mentions)
        and not any(m.place is not None for m in draft.mentions)
        and callers & draft.keys
    ]
    for draft in generic:
        draft.is_call = True
    told: list[Draft] = []
    for draft in drafts:
        generically = any(draft is g for g in generic)
        told.extend(_call_with_each(draft, callers, drafts) if generically else [draft])
    return told


@rule(
    "Prime Minister Teo Vaskin of Vostrelia held phone calls with leaders of the region. "
    "In his conversation with the leaders of Peru, Chile and Kenya, he discussed trade.",
    [
        "call occurred: Teo Vaskin + Peru",
        "call occurred: Teo Vaskin + Chile",
        "call occurred: Teo Vaskin + Kenya",
    ],
    counter=(
        "Prime Minister Teo Vaskin of Vostrelia held phone calls with leaders of the region. "
        "In his conversation with President Arlo Venn of Peru and Foreign Minister Ada Njeri of "
        "Peru, he discussed trade.",
        ["call occurred: Arlo Venn + Ada Njeri + Teo Vaskin"],
    ),
)
def _call_with_each(draft: Draft, callers: set[str], drafts: list[Draft]) -> list[Draft]:
    """ "In his conversation with the leaders of Peru, Chile and Kenya", in an article that has
    him on the phone: a call with each state, as "spoke by phone with A, B and C" is; the call
    with a state whose leader the article names in another call with him is that call."""
    caller = [p for p in draft.participants if actor_key(p.actor) in callers]
    states: dict[str | None, list[Participation]] = {}
    for p in draft.participants:
        if p not in caller:
            states.setdefault(p.actor.country, []).append(p)
    if len(caller) != 1 or len(states) < 2 or None in states:
        return [draft]
    each: list[Draft] = []
    for state, side in states.items():
        named = next(
            (
                other
                for other in drafts
                if other is not draft
                and other.type == "call"
                and actor_key(caller[0].actor) in other.keys
                and any(
                    p.actor.kind == "person" and p.actor.country == state
                    for p in other.participants
                )
            ),
            None,
        )
        if named is not None:
            named.mentions.extend(draft.mentions)
            continue
        each.append(
            Draft(
                mentions=list(draft.mentions),
                participants=[*caller, *side],
                resolved=draft.resolved,
                date_text=draft.date_text,
                is_call=True,
            )
        )
    return each


@rule(
    "Prime Minister Teo Vaskin of Vostrelia will visit Lisbon next week. Vaskin's trip to "
    "President Tomas Feira of Portugal will focus on trade.",
    [
        "visit planned: Teo Vaskin + Tomas Feira @Lisbon 2025-03-17",
    ],
    also=[
        (
            "Defense Minister Arlo Venn of Chile will visit Kenya in January 2025. Minister "
            "Venn's visit to Kenya launched a joint defense dialogue.",
            ["visit occurred: Arlo Venn + Kenya @Kenya 2025-01-01"],
        ),
    ],
    counter=(
        "Defense Minister Arlo Venn of Chile will visit Kenya in May 2025. Minister Venn's visit "
        "to Kenya launched a joint defense dialogue.",
        [
            "visit occurred: Arlo Venn + Kenya @Kenya",
            "visit planned: Arlo Venn + Kenya @Kenya 2025-05-01",
        ],
    ),
)
def _merge_restated(drafts: list[Draft], reference: dt.date | None) -> list[Draft]:
    """Two visits that now have the same sides, form and state, at no clashing time or place,
    are one visit told twice ("Kessler's visit to Berlin" ... "Kessler's trip to Brandauer");
    so is a visit told by its states beside the visit or meeting of their people. A plan whose
    time was over when the article was written took place: "Venn will visit Kenya in January"
    and "Venn's visit to Kenya launched a dialogue", told in March, are one visit."""
    kept: list[Draft] = []
    for draft in drafts:
        same = next(
            (
                k
                for k in kept
                if (
                    (k.type == draft.type == "visit" and k.keys == draft.keys)
                    or _visit_told_again(k, draft)
                    or _told_by_states(draft, k)
                    or _told_by_states(k, draft)
                )
                and k.settled_status(reference) == draft.settled_status(reference)
                and not _dates_clash(k.resolved, draft.resolved)
                and not any(_places_clash(m, k) for m in draft.mentions)
            ),
            None,
        )
        if same is None:
            kept.append(draft)
            continue
        same.mentions = sorted(
            [*same.mentions, *draft.mentions], key=lambda m: (m.sentence.start, m.trigger.i)
        )
        if _told_by_states(same, draft):
            same.participants = list(draft.participants)
        elif not _told_by_states(draft, same):
            _add_participants(same, draft.participants)
        if draft.date_text is not None:
            _take_date(same, draft.resolved, draft.date_text)
    return kept


@rule(
    "President Arlo Venn of Chile will travel to Mombasa, Kenya, next week at the invitation of "
    "President Ulla Marsk. He looks forward to this important visit to Kenya, a close partner of "
    "Chile.",
    ["visit planned: Arlo Venn + Ulla Marsk @Mombasa 2025-03-17"],
    also=[
        (
            "President Arlo Venn of Chile will travel to Mombasa, Kenya, next week at the "
            "invitation of President Ulla Marsk. He recalled the visit to Kenya he made in 2019.",
            [
                "visit occurred: Arlo Venn + Ulla Marsk @Kenya 2019-01-01",
                "visit planned: Arlo Venn + Ulla Marsk @Mombasa 2025-03-17",
            ],
        ),
    ],
    counter=(
        "President Arlo Venn of Chile will travel to Mombasa, Kenya, next week at the invitation "
        "of President Ulla Marsk. This visit to Kenya follows the visit of President Ilse Varro "
        "of Peru to Kenya.",
        [
            "visit planned: Arlo Venn + Ulla Marsk @Mombasa 2025-03-17",
            "visit planned: Ilse Varro + Ulla Marsk @Kenya",
        ],
    ),
)
def _visit_told_again(one: Draft, other: Draft) -> bool:
    """ "Venn will travel to Mombasa at the invitation of President Marsk. He looks forward to this
    important visit to Kenya": two visits, one of them first told with a definite or demonstrative
    word ("this visit", "the trip"), whose parties are the same people and, beside them, only the
    states those people stand for (Kenya for its President), are one visit told twice."""
    if not (one.type == other.type == "visit"):
        return False
    if not (one.mentions[0].anaphoric or other.mentions[0].anaphoric):
        return False
    states = {
        p.actor.country
        for p in [*one.participants, *other.participants]
        if p.actor.kind == "person"
    }

    def people(draft: Draft) -> set[str]:
        return {
            actor_key(p.actor)
            for p in draft.participants
            if not (p.actor.kind == "country" and p.actor.country in states)
        }

    return people(one) == people(other)


@rule(
    "President Joe Biden will welcome Prime Minister Teo Vaskin of Spain to the White House on "
    "Tuesday, for the first visit of a leader from Spain since 2014.",
    ["visit planned: Joe Biden + Teo Vaskin @White House, Washington 2025-03-18"],
    counter=(
        "President Joe Biden will welcome Prime Minister Teo Vaskin of Spain to the White House "
        "on Tuesday. Chile will host a visit by a Peruvian delegation in June.",
        [
            "visit planned: Chile + Peruvian delegation @Chile 2025-06-01",
            "visit planned: Joe Biden + Teo Vaskin @White House, Washington 2025-03-18",
        ],
    ),
)
def _told_by_states(told: Draft, named: Draft) -> bool:
    """Whether a visit `told` only by its states ("the first visit of a leader from Spain", "the
    White House") is the visit `named` tells with the people of those states: every party of
    `told` is a state one of its people stands for, and no side of `named` is missing. Not a
    trip told with its traveller ("Sullivan will travel to Israel to meet Netanyahu"): the trip
    is the envelope of the meeting, a record of its own."""
    people = {p.actor.country for p in named.participants if p.actor.kind == "person"}
    states = {p.actor.country for p in told.participants}
    return (
        told.type == "visit"
        and named.type in ("visit", "meeting")
        and bool(told.participants)
        and all(p.actor.kind == "country" for p in told.participants)
        and states == people
    )


@rule(
    "Prime Minister Teo Vaskin of Vostrelia arrived in Nairobi on Monday. He held talks "
    "with President Mara Oduya of Kenya. He also met Foreign Minister Ada Njeri of Kenya.",
    [
        "visit occurred: Teo Vaskin + Nairobi @Nairobi 2025-03-10",
        "talks occurred: Mara Oduya + Teo Vaskin @Nairobi 2025-03-10",
        "meeting occurred: Ada Njeri + Teo Vaskin @Nairobi 2025-03-10",
    ],
    also=[
        (
            "Foreign Minister Ulla Marsk of Norway arrived in Nairobi on Monday for a two-day "
            "visit and held talks with President Mara Oduya of Kenya. Marsk met Foreign Minister "
            "Ada Njeri of Kenya on Tuesday.",
            [
                "visit occurred: Ulla Marsk + Mara Oduya @Nairobi 2025-03-10",
                "meeting occurred: Ulla Marsk + Ada Njeri @Nairobi 2025-03-11",
            ],
        ),
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Norway arrived in Nairobi on Monday for a two-day visit "
        "and held talks with President Mara Oduya of Kenya. Marsk met Foreign Minister Tomas "
        "Brenn of Peru on Tuesday.",
        [
            "visit occurred: Ulla Marsk + Mara Oduya @Nairobi 2025-03-10",
            "meeting occurred: Ulla Marsk + Tomas Brenn 2025-03-11",
        ],
    ),
)
def _join_trip(draft: Draft, drafts: list[Draft]) -> None:
    """A meeting that names no place, between a visitor and someone of the state visited (its
    host's, or the one its place is in), at a time the visit allows, is part of that visit:
    "Marsk pays her first visit to Kessary today. She will then sit down to a formal meeting
    with Venn" takes the visit's place (and its day, when the meeting has none)."""
    if draft.type in ("visit", "call") or draft.status not in _SETTLED_STATES | _CALLED_OFF:
        return
    named_countries = {place.country for _text, place in named_places(draft)}
    start = draft.mentions[0].sentence.start
    candidates = []
    for visit in drafts:
        if visit is draft or visit.type != "visit":
            continue
        # "postponed a visit to Belgrade, where he was due to hold talks with Vucic": the talks
        # share the fate of the visit they were part of; so do talks told in another sentence
        # that name no place of their own ("X cancelled his trip to C. X and Y were to hold talks
        # on Thursday").
        called_off = (
            visit.status in _CALLED_OFF
            and draft.status == "planned"
            and (visit.mentions[0].sentence.start == start or not named_countries)
        ) or _called_off_with(draft, visit)
        if visit.status not in _SETTLED_STATES and not called_off:
            continue
        if draft.status in _CALLED_OFF and not called_off:
            continue
        visitors = {actor_key(p.actor) for p in visit.participants if p.role == "visitor"}
        host_states = {p.actor.country for p in visit.participants if p.role == "host"}
        host_states |= {place.country for _text, place in named_places(visit)}  # "to Nairobi"
        others = [p for p in draft.participants if actor_key(p.actor) not in visitors]
        if not (visitors & draft.keys) or not _met_hosts(others, host_states, named_countries):
            continue
        if not named_countries <= host_states:
            continue  # it names a place elsewhere
        if not (
            called_off
            or _compatible_states(draft.status, visit.status)
            or _next_on_stay(draft, visit)
        ):
            continue
        if not _during_stay(draft.resolved, visit.resolved):
            continue
        candidates.append(visit)
    if not candidates:
        return
    # The visit told last before the meeting, else the first one told after it.
    before = [v for v in candidates if v.mentions[0].sentence.start <= start]
    draft.trip = before[-1] if before else candidates[0]
    if (
        draft.trip.status in ("postponed", "cancelled")
        and draft.trip.mentions[0].sentence.start != start
        and not _told_during_visit(draft)
    ):
        # told apart from the call-off, the meeting stays a record of its own, with its fate
        draft.called_off = draft.trip.status
    trip = draft.trip.resolved
    if draft.resolved is None and trip is not None and _short_stay(trip):
        draft.resolved = trip
        draft.date_text = draft.trip.date_text


@rule(
    "President Arlo Venn of Peru told Prime Minister Teo Vaskin of Kenya that he would be unable "
    "to travel to Kenya to meet with him next week.",
    ["visit cancelled: Arlo Venn + Teo Vaskin @Kenya 2025-03-17"],
    counter=(
        "President Arlo Venn of Peru cancelled his trip to Kenya. His meeting with Prime Minister "
        "Teo Vaskin of Kenya in Lisbon next week was also cancelled.",
        [
            "visit cancelled: Arlo Venn + Teo Vaskin @Kenya",
            "meeting cancelled: Teo Vaskin + Arlo Venn @Lisbon 2025-03-17",
        ],
    ),
    also=[
        (
            "President Arlo Venn of Peru spoke by phone with Prime Minister Teo Vaskin of Kenya "
            "on Monday. The two leaders will meet in Nairobi on Friday.",
            [
                "call occurred: Arlo Venn + Teo Vaskin 2025-03-10",
                "meeting planned: Arlo Venn + Teo Vaskin @Nairobi 2025-03-14",
            ],
        )
    ],
)
def _called_off_with(meeting: Draft, visit: Draft) -> bool:
    """ "Venn would be unable to travel to Kenya to meet with Vaskin": a meeting called off in
    the very sentence that calls off the visit it was the purpose of shares its fate, and is
    that visit told again, not a second encounter."""
    return (
        meeting.status in _CALLED_OFF
        and meeting.status == visit.status
        and meeting.mentions[0].sentence.start == visit.mentions[0].sentence.start
    )


@rule(
    "President Mara Oduya of Kenya cancelled his trip to Ghana, where he was due to hold talks "
    "with President Kofi Mensah.",
    ["visit cancelled: Kofi Mensah + Mara Oduya @Ghana"],
    counter=(
        "President Mara Oduya of Kenya cancelled his trip to Ghana. He will hold talks with "
        "President Kofi Mensah in Lisbon instead.",
        [
            "visit cancelled: Mara Oduya + Ghana @Ghana",
            "talks planned: Kofi Mensah + Mara Oduya @Lisbon",
        ],
    ),
)
def _met_hosts(
    others: list[Participation], host_states: set[str | None], named_countries: set[str | None]
) -> bool:
    """The other side of a meeting is of the state visited: by its own state, or, for people the
    text gives no state, by the meeting's place in that state ("cancelled his trip to Ghana,
    where he was due to hold talks with President Mensah")."""
    if any(p.actor.country in host_states for p in others):
        return True
    placed = bool(named_countries) and named_countries <= host_states
    return (
        placed
        and bool(others)
        and all(p.actor.kind == "person" and actor_norm.stateless(p.actor) for p in others)
    )


@rule(
    "The visit of Foreign Minister Ulla Marsk of Norlandia to Kenya, set for Friday, has been "
    "postponed. During the visit, Marsk was to hold talks with Foreign Minister Mara Oduya of "
    "Kenya.",
    ["visit postponed: Ulla Marsk + Mara Oduya @Kenya 2025-03-07"],
    counter=(
        "The visit of Foreign Minister Ulla Marsk of Norlandia to Kenya, set for Friday, has been "
        "postponed. Marsk was to hold talks with Foreign Minister Mara Oduya of Kenya.",
        [
            "visit postponed: Ulla Marsk + Mara Oduya @Kenya 2025-03-07",
            "talks postponed: Ulla Marsk + Mara Oduya @Kenya 2025-03-07",
        ],
    ),
)
def _told_during_visit(draft: Draft) -> bool:
    """ "During the visit, Marsk was to hold talks with Oduya": a meeting told as the substance
    of the visit named before is part of it, and shares its fate as one encounter."""
    return any(
        token.lower_ == "during" and any(c.lemma_ in ("visit", "trip") for c in token.children)
        for mention in draft.mentions
        for token in mention.sentence
    )


@rule(
    "President Arlo Venn of Chile held talks with President Mara Oduya of Kenya in Nairobi on "
    "Monday. Venn also met Foreign Minister Ada Njeri of Peru.",
    [
        "talks occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10",
        "meeting occurred: Arlo Venn + Ada Njeri @Nairobi 2025-03-10",
    ],
    counter=(
        "President Arlo Venn of Chile held talks with President Mara Oduya of Kenya in Nairobi "
        "on Monday. Venn will also meet Foreign Minister Ada Njeri of Peru next month.",
        [
            "talks occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10",
            "meeting planned: Arlo Venn + Ada Njeri 2025-04-01",
        ],
    ),
)
def _join_also(draft: Draft, drafts: list[Draft]) -> None:
    """ "Venn held talks with Oduya in Nairobi. Venn also held separate meetings with Varro and
    Njeri": a meeting told as "also" held by someone of the encounter told just before, at a time
    that one allows and naming no place of its own, is held where that one is (and, told as past
    with no time of its own, on its day); so is one told by reference to the people of an
    encounter a day or two apart (`_same_days`). Not an invitation ("He also invited the Prime
    Minister for a visit"): the guest is asked to the host's own state, not where they met."""
    if (
        draft.type == "call"
        or draft.status == "invited"
        or draft.trip is not None
        or named_places(draft)
    ):
        return
    first = draft.mentions[0]
    also = _told_also(first)
    if not also and first.refers_back != "people":
        return
    subjects = {actor_key(p.actor) for p in first.participants if p.relation == "subject"}
    before = [
        d
        for d in drafts
        if d is not draft
        and d.type != "call"
        and d.mentions[0].sentence.start < first.sentence.start
        and _compatible_states(draft.status, d.status)
        and (
            subjects & d.keys and not _dates_clash(draft.resolved, d.resolved)
            if also
            else _same_days(draft, d)  # "the leaders' meeting ... opened on Monday"
        )
    ]
    if before:
        draft.beside = max(before, key=lambda d: d.mentions[0].sentence.start)
        if also and draft.resolved is None and draft.status in PAST_STATES:
            # "held talks with Oduya today ... also held meetings with Varro": the same day
            if _day_of(draft.beside.resolved) is not None:
                draft.resolved, draft.date_text = draft.beside.resolved, draft.beside.date_text


@rule(
    "President Arlo Venn of Chile and President Mara Oduya of Kenya held talks in Nairobi on "
    "Tuesday. The leaders' meeting, hosted by President Ilse Varro of Uganda, opened on Monday.",
    [
        "talks occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-11",
        "meeting occurred: Ilse Varro + Arlo Venn + Mara Oduya @Nairobi 2025-03-10",
    ],
    counter=(
        "President Arlo Venn of Chile and President Mara Oduya of Kenya held talks in Nairobi on "
        "Tuesday. The leaders' meeting, hosted by President Ilse Varro of Uganda, opened last "
        "month.",
        [
            "talks occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-11",
            "meeting occurred: Ilse Varro + Arlo Venn + Mara Oduya 2025-02-01",
        ],
    ),
)
def _same_days(draft: Draft, before: Draft) -> bool:
    """ "Venn and Oduya held talks in Nairobi on Tuesday. The leaders' meeting, hosted by Varro,
    opened on Monday": another encounter of the same people, told by reference to them, a day
    or two from the one before, is where that one is."""
    if len(draft.keys & before.keys) < 2:
        return False
    here, there = _day_of(draft.resolved), _day_of(before.resolved)
    return here is not None and there is not None and abs((here - there).days) <= 2


def _day_of(when: Resolved | None) -> dt.date | None:
    """The day an encounter is told on, when it is told to the day."""
    return when.start if to_the_day(when) else None


def _told_also(mention: EncounterMention) -> bool:
    """ "X also met Y", "X was also expected to meet Y", "X also held meetings with Y": "also"
    on the trigger or a verb of its own clause."""
    token = mention.trigger
    while True:
        if any(c.lower_ == "also" for c in token.children):
            return True
        if token.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "conj", "parataxis"):
            return False
        if token.head.i == token.i:
            return False
        token = token.head


@rule(
    "Prime Minister Teo Vaskin of Norway arrived in Nairobi on Tuesday for a two-day visit and "
    "held talks with President Mara Oduya of Kenya. Vaskin is scheduled to call on Foreign "
    "Minister Ada Njeri of Kenya this afternoon.",
    [
        "visit occurred: Teo Vaskin + Mara Oduya @Nairobi 2025-03-11",
        "meeting planned: Teo Vaskin + Ada Njeri @Nairobi 2025-03-12",
    ],
    counter=(
        "Prime Minister Teo Vaskin of Norway arrived in Nairobi on Tuesday for a two-day visit "
        "and held talks with President Mara Oduya of Kenya. Vaskin will meet Foreign Minister "
        "Ada Njeri of Kenya next month.",
        [
            "visit occurred: Teo Vaskin + Mara Oduya @Nairobi 2025-03-11",
            "meeting planned: Teo Vaskin + Ada Njeri 2025-04-01",
        ],
    ),
)
def _next_on_stay(meeting: Draft, visit: Draft) -> bool:
    """A meeting still to come on a visit under way: "arrived in Nairobi on Tuesday for a two-day
    visit ... is scheduled to call on the Foreign Minister this afternoon", dated in the days
    after the arrival."""
    when, stay = meeting.resolved, visit.resolved
    if when is None or stay is None or when.start is None or stay.start is None:
        return False
    return (
        visit.status in PAST_STATES
        and meeting.status == "planned"
        and to_the_day(when)
        and to_the_day(stay)
        and stay.start < when.start <= stay.start + dt.timedelta(days=6)
    )


def _during_stay(meeting: Resolved | None, visit: Resolved | None) -> bool:
    """A meeting's day that the visit allows: inside its days, or, for a visit told by one day
    (the arrival: "arrived in Nairobi on Monday. He met the President on Tuesday"), in the week
    after it."""
    if meeting is None or visit is None or meeting.start is None or visit.start is None:
        return True
    if not (to_the_day(meeting) and to_the_day(visit)):
        return not _dates_clash(meeting, visit)
    end = visit.end or visit.start
    if end == visit.start:
        end = visit.start + dt.timedelta(days=6)
    return visit.start <= meeting.start <= end


def _short_stay(span: Resolved) -> bool:
    """A visit of one day, or of a few told to the day ("from April 5 to 7"): the time of each
    meeting on it that names none."""
    if not to_the_day(span) or span.start is None:
        return False
    return ((span.end or span.start) - span.start).days <= 6


@rule(
    "Prime Minister Teo Vaskin of Vostrelia will travel to Lisbon next week for talks "
    "with President Tomas Feira of Portugal.",
    [
        "visit planned: Teo Vaskin + Tomas Feira @Lisbon 2025-03-17",
    ],
    also=[
        (
            "Prime Minister Teo Vaskin of Vostrelia arrived in Nairobi on Monday. He "
            "later held talks with President Mara Oduya of Kenya.",
            [
                "visit occurred: Mara Oduya + Teo Vaskin @Nairobi 2025-03-10",
            ],
        ),
    ],
)
def _fold_trips(drafts: list[Draft]) -> list[Draft]:
    """A visit with one meeting with its hosts is one encounter, told as the visit: "Modi will
    travel to Paris for talks with Macron" is Modi's visit to Macron, in Paris; so is "Marsk
    arrived in Kessel. She met Venn on Tuesday". A visit with several meetings stays the
    frame of each of them."""
    meetings_on: dict[int, list[Draft]] = {}
    for draft in drafts:
        if draft.trip is not None:
            meetings_on.setdefault(id(draft.trip), []).append(draft)
    folded: set[int] = set()
    for draft in drafts:
        trip = draft.trip
        if trip is None or id(trip) in folded:
            continue
        among_several = len(meetings_on[id(trip)]) != 1
        if among_several and not _received_by_host(draft, trip):
            continue
        if (
            draft.called_off
            or not any(p.role == "host" for p in trip.participants)
            or not _compatible_states(draft.status, trip.status)  # still to come on it
        ):
            # a visit told by its place only ("arrived in Nairobi ... and held talks with Y")
            # frames its meetings (place and time) but is not one of them
            continue
        folded.add(id(trip))
        # A meeting the text dates apart from its visit is the encounter, the visit its frame
        # ("arrived on Sunday; on Monday she met the President"); one undated, or on the visit's
        # own day ("will travel to X on Tuesday to meet Y"), is the visit's substance.
        own, stay = draft.resolved, trip.resolved
        # The host's reception among the visit's meetings is the visit, over its whole stay.
        draft.is_visit = (
            among_several
            or own is None
            or (stay is not None and (own.start, own.end) == (stay.start, stay.end))
        )
        if not draft.is_visit:
            draft.own_type = draft.type
        draft.mentions = sorted(
            [*draft.mentions, *trip.mentions], key=lambda m: (m.sentence.start, m.trigger.i)
        )
        if among_several and stay is not None:
            draft.resolved, draft.date_text = stay, trip.date_text
        elif trip.date_text is not None:
            _take_date(draft, trip.resolved, trip.date_text)
    return [draft for draft in drafts if id(draft) not in folded]


@rule(
    "President Ulla Marsk of Kenya arrived in Lima on Sunday for a three-day state visit. "
    "President Ilse Varro of Peru hosted an official welcome ceremony for Marsk at the palace "
    "on Monday, followed by talks between the two presidents. On Tuesday Marsk met Prime "
    "Minister Teo Vaskin of Peru.",
    [
        "visit occurred: Ilse Varro + Ulla Marsk @Lima 2025-03-09",
        "meeting occurred: Ulla Marsk + Teo Vaskin @Lima 2025-03-11",
    ],
    counter=(
        "President Ulla Marsk of Kenya arrived in Lima on Sunday for a three-day visit. "
        "President Ilse Varro of Peru hosted an official welcome ceremony for Marsk at the "
        "palace on Monday, followed by talks between the two presidents. On Tuesday Marsk met "
        "Prime Minister Teo Vaskin of Peru.",
        [
            "visit occurred: Ulla Marsk + Lima @Lima 2025-03-09",
            "meeting occurred: Ilse Varro + Ulla Marsk @Lima 2025-03-10",
            "meeting occurred: Ulla Marsk + Teo Vaskin @Lima 2025-03-11",
        ],
    ),
)
def _received_by_host(meeting: Draft, visit: Draft) -> bool:
    """ "Marsk arrived in Lima for a state visit. President Varro hosted a welcome ceremony for
    her": a reception of the visitor by the visit's own named host is the
    visit itself, however many other meetings the visit frames."""
    return meeting.keys <= visit.keys and any(
        m.trigger.lemma_ in cues().reception_verbs for m in meeting.mentions
    )


def is_domestic_trip(event: Event, home: str | None = None) -> bool:
    """A visit inside one's own country (a minister touring a state) is not diplomacy; nor is a
    trip inside the document's home state by people no other state is known for ("Secretary
    Haaland visited Utah" in a White House release)."""
    if event.type != "visit" or event.location is None or event.location.country is None:
        return False
    visitors = {p.country for p in event.participants if p.role != "host"}
    if visitors == {event.location.country}:
        return True
    # Not the capital: that is where visitors from abroad go ("the visit of Foreign Minister
    # Bilawal Bhutto Zardari to Moscow" in a story that names Russia most).
    capital = capital_of(home) if home else None
    # Nor the state as a whole: a trip at home names where it goes ("visited Utah"); "a visit
    # to the United States" is a visit from abroad.
    return (
        event.location.country == home
        and event.location.kind != "country"
        and visitors <= {None, home}
        and (capital is None or fold_text(event.location.name) != fold_text(capital))
    )


def _tense(status: str) -> str | None:
    if status in PAST_STATES:
        return "past"
    if status in FUTURE_STATES:
        return "future"
    return None


@rule(
    "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia, "
    "President Lena Osei of Kessary and President Mara Oduya of Kenya in Lisbon on Monday.",
    [
        "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10",
        "meeting occurred: Teo Vaskin + Lena Osei @Lisbon 2025-03-10",
        "meeting occurred: Teo Vaskin + Mara Oduya @Lisbon 2025-03-10",
    ],
    also=[
        (
            "Prime Minister Ulla Marsk of Norway spoke by phone with the leaders of Peru, Chile "
            "and Kenya on Monday.",
            [
                "call occurred: Ulla Marsk + Peru 2025-03-10",
                "call occurred: Ulla Marsk + Chile 2025-03-10",
                "call occurred: Ulla Marsk + Kenya 2025-03-10",
            ],
        ),
    ],
)
def _split_bilaterals(
    mention: EncounterMention, participants: list[Participation]
) -> list[list[Participation]]:
    """One sentence, several encounters.

    "X met with A, B and C" reports three bilateral meetings, not one of four; "X cancelled his
    visits to A, B and C" three visits.
    """
    listed = _respectively(mention, participants)
    if listed:
        rest = [p for p in participants if p not in listed]
        return [[*rest, p] for p in listed]
    subjects = [p for p in participants if p.relation == "subject"]
    objects = [p for p in participants if p.relation == "object" and p.actor.kind == "person"]
    hosts = list(
        {
            p.actor.country: p
            for p in reversed(participants)
            # destinations ("his visits to A, B and C"), not co-inviters ("an invitation from
            # Saudi Arabia and the United States")
            if p.role == "host" and p.relation == "host" and p.actor.kind == "country"
        }.values()
    )[::-1]
    if mention.type == "visit" and len(hosts) >= 2:
        visitors = [p for p in participants if p.role != "host"]
        return [[*visitors, host] for host in hosts]
    if mention.type == "visit" and _each_on_their_own(mention):
        # "A and B have both called off trips to X", "the visits of A and B to X": one visit
        # for each visiting state.
        visitors = [p for p in participants if p.role == "visitor"]
        rest = [p for p in participants if p.role != "visitor"]
        sides: dict[str, list[Participation]] = {}
        for p in visitors:
            sides.setdefault(p.actor.country or "", []).append(p)
        if len(sides) >= 2 and "" not in sides and rest:
            return [[*side, *rest] for side in sides.values()]
    others = [p for p in participants if p not in subjects and p not in objects]
    if _met_separately(mention, subjects, objects, others):
        return [[subject, objects[0]] for subject in subjects]
    separate = any(
        c.lower_ in ("separate", "separately", "bilateral") for c in mention.trigger.children
    )
    # "after meetings with A and B": one meeting each; "talks" is plural whatever it counts.
    separate = separate or (mention.type == "meeting" and mention.trigger.tag_ == "NNS")
    if (
        mention.type in ("meeting", "talks")
        and len(subjects) == 1
        and len(objects) >= 2
        and not others
        and (mention.trigger.pos_ == "VERB" or separate)
        and not any(c.lower_ in cues().jointly_words for c in mention.trigger.children)
        and not _names_several(_occasion_modifiers(mention.trigger))
    ):  # "met jointly with A and B", "met together with A and B": one meeting
        # "X met with A, B and C", "X held separate meetings with A and B"; but not a pair one
        # state stands behind: "X met with President A and Foreign Minister B of Switzerland".
        # Nor a royal party: "met King A of Norway, Queen B and Crown Prince C".
        sides = {side_of(obj.actor) for obj in objects}
        one_party = all(obj.phrase is not None and obj.phrase.shares_state for obj in objects)
        # Guests of one known state (those of no known state aside) may be one party.
        one_party = one_party or (
            len(sides - {None}) == 1
            and (
                _with_companions(objects)
                or _hosts_one_party(mention)
                or _with_their_delegation(mention, objects)
            )
        )
        one_state = one_party or (None in sides and len(sides) == 2)
        if separate or (len(objects) > 2 and not one_party) or not one_state:
            return [[subjects[0], obj] for obj in objects]
    called = [p for p in participants if p.relation == "object"]
    if (
        mention.type == "call"
        and len(subjects) == 1
        and len(called) == len(participants) - 1
        and _one_to_one(mention)
    ):
        # "Kessler spoke by phone with Brandauer of Austria and Brenn of Chile", "with the
        # leaders of Peru, Chile and Kenya": a call with each state; the two leaders of one state
        # may share theirs.
        states: dict[str, list[Participation]] = {}
        for obj in called:
            states.setdefault(obj.actor.country or "", []).append(obj)
        if len(states) >= 2 and "" not in states:
            return [[subjects[0], *side] for side in states.values()]
    return [participants]


@rule(
    "President Arlo Venn of Norlandia will host President Ulla Marsk of Kenya and Mr. Teo "
    "Marsk, First Gentleman of Kenya, for a State Dinner on Friday.",
    ["meeting planned: Arlo Venn + Ulla Marsk + Teo Marsk 2025-03-14"],
    counter=(
        "President Arlo Venn of Norlandia met with President Ulla Marsk of Kenya and Prime "
        "Minister Teo Vaskin of Kenya in Nairobi on Friday.",
        [
            "meeting occurred: Arlo Venn + Ulla Marsk @Nairobi 2025-03-07",
            "meeting occurred: Arlo Venn + Teo Vaskin @Nairobi 2025-03-07",
        ],
    ),
)
def _with_companions(objects: list[Participation]) -> bool:
    """ "will host President Marsk of Kenya and Mr. Teo Marsk, First Gentleman of Kenya": one
    officeholder and those who come with them, a spouse or a person named with no office ("Ms.
    Ada Lind of Kenya"), all of one state, are one party and one encounter, not one per guest.
    Two officeholders ("President Marsk and Prime Minister Vaskin of Kenya") may be met apart.
    The caller has checked that the guests are of one state."""
    companions = [obj for obj in objects if obj.actor.title is None or is_spouse(obj.actor)]
    return len(objects) - len(companions) == 1


@rule(
    "Foreign Minister Ulla Marsk of Kenya met with President Teo Vaskin of Norway, Prime Minister "
    "Ada Njeri of Norway and other senior officials in Oslo on Tuesday.",
    ["meeting occurred: Ulla Marsk + Teo Vaskin + Ada Njeri @Oslo 2025-03-11"],
    counter=(
        "Foreign Minister Ulla Marsk of Kenya met with President Teo Vaskin of Norway, Prime "
        "Minister Ada Njeri of Norway and Prime Minister Kalo Venn of Sweden in Oslo on Tuesday.",
        [
            "meeting occurred: Ulla Marsk + Teo Vaskin @Oslo 2025-03-11",
            "meeting occurred: Ulla Marsk + Ada Njeri @Oslo 2025-03-11",
            "meeting occurred: Ulla Marsk + Kalo Venn @Oslo 2025-03-11",
        ],
    ),
    also=[
        (
            "Foreign Minister Ulla Marsk of Kenya met with Prime Minister Teo Vaskin of Norway "
            "and his cabinet, Defence Minister Ada Njeri of Norway and Finance Minister Kalo Venn "
            "of Norway in Oslo on Tuesday.",
            ["meeting occurred: Ulla Marsk + Teo Vaskin + Ada Njeri + Kalo Venn @Oslo 2025-03-11"],
        ),
        (
            "Foreign Minister Ulla Marsk of Kenya met with President Teo Vaskin of Norway, Defence "
            "Minister Ada Njeri of Norway, and others in Oslo on Tuesday.",
            ["meeting occurred: Ulla Marsk + Teo Vaskin + Ada Njeri @Oslo 2025-03-11"],
        ),
    ],
)
def _with_their_delegation(mention: EncounterMention, objects: list[Participation]) -> bool:
    """ "met with President Vaskin of Norway, Prime Minister Njeri of Norway and other senior
    officials": guests listed with the rest of their party ("and others", "and other officials",
    "and his cabinet", "and members of the government") were met together, one encounter, not
    one per guest. Without such a word two officeholders of one state may be met apart. The
    caller has checked that the guests are of one state."""
    doc = mention.trigger.doc
    named = [obj.phrase for obj in objects if obj.phrase is not None]
    return bool(named) and any(_rest_of_party(word) for word in doc[named[0].head].conjuncts)


def _rest_of_party(word: Token) -> bool:
    """ "others", "other senior officials", "his War Cabinet", "members of the security team":
    a conjunct that names the guests' party as a whole, not one more guest."""
    nouns = cues().group_nouns
    if word.lower_ == "others":
        return True
    if word.lower_ in nouns:
        return any(c.lower_ == "other" or c.dep_ == "poss" for c in word.children)
    return any(
        prep.lower_ == "of" and any(g.lower_ in nouns for g in prep.children)
        for prep in word.children
        if prep.dep_ == "prep"
    )


@rule(
    "President Arlo Venn hosted King Teo Aldren of Norway, Queen Ulla Brisk and Prime Minister "
    "Kalo Dunmore of Norway at a luncheon on Monday.",
    ["meeting occurred: Arlo Venn + Teo Aldren + Ulla Brisk + Kalo Dunmore 2025-03-10"],
    counter=(
        "President Arlo Venn hosted King Teo Aldren of Norway and, separately, Prime Minister "
        "Kalo Dunmore of Sweden for dinner on Monday.",
        [
            "meeting occurred: Arlo Venn + Teo Aldren 2025-03-10",
            "meeting occurred: Arlo Venn + Kalo Dunmore 2025-03-10",
        ],
    ),
    also=[
        (
            "President Arlo Venn hosted King Teo Aldren, Queen Ulla Brisk and Prime Minister Kalo "
            "Dunmore of Norway for dinner on Monday.",
            ["meeting occurred: Arlo Venn + Teo Aldren + Ulla Brisk + Kalo Dunmore 2025-03-10"],
        ),
        (
            "President Arlo Venn hosted a reception for King Teo Aldren of Norway and Prime "
            "Minister Kalo Dunmore of Norway on Monday.",
            ["meeting occurred: Arlo Venn + Teo Aldren + Kalo Dunmore 2025-03-10"],
        ),
        (
            "President Arlo Venn will welcome King Teo Aldren of Norway and Crown Prince Kalo "
            "Dunmore of Norway to Kessel on Friday.",
            ["meeting planned: Arlo Venn + Teo Aldren + Kalo Dunmore 2025-03-14"],
        ),
    ],
)
def _hosts_one_party(mention: EncounterMention) -> bool:
    """ "hosted King Aldren, Queen Brisk and Prime Minister Dunmore of Norway at a luncheon": a
    dinner, reception, banquet, luncheon or ceremony hosted for several guests of one state is
    one occasion with all of them, not one per guest; so is a welcome of several guests of one
    state to a place. Guests of two states, or hosted "separately", are still split; so are
    meetings ("met with A and B of Norway"). The caller has checked that the guests are of one
    state."""
    trigger = mention.trigger
    occasions = cues().hosted_occasions
    if trigger.lemma_ == "welcome":
        return _welcomed_to(trigger)
    if trigger.lemma_ != "host" and trigger.lemma_ not in occasions:
        return False
    # "for dinner" may hang from the last guest's name in the parse: anywhere under the verb
    return any(w.lemma_.lower() in occasions for w in trigger.subtree)


def _welcomed_to(trigger: Token) -> bool:
    """ "will welcome King Aldren and Crown Prince Dunmore to the White House": the guests are
    welcomed to a place, one visit they make together."""
    return any(
        c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children) for c in trigger.children
    )


@rule(
    "Prime Minister Teo Vaskin of Peru and Foreign Minister Ada Njeri of Peru will meet with "
    "President Ulla Marsk of Kenya separately in Lima on Thursday.",
    [
        "meeting planned: Teo Vaskin + Ulla Marsk @Lima 2025-03-13",
        "meeting planned: Ada Njeri + Ulla Marsk @Lima 2025-03-13",
    ],
    counter=(
        "Prime Minister Teo Vaskin of Peru and Foreign Minister Ada Njeri of Peru will meet with "
        "President Ulla Marsk of Kenya in Lima on Thursday.",
        ["meeting planned: Teo Vaskin + Ada Njeri + Ulla Marsk @Lima 2025-03-13"],
    ),
)
def _met_separately(
    mention: EncounterMention,
    subjects: list[Participation],
    objects: list[Participation],
    others: list[Participation],
) -> bool:
    """ "Vaskin and Njeri will meet with Marsk separately": each of the people who meet the one
    person meets her on their own, two encounters."""
    return (
        mention.type in ("meeting", "talks", "call")
        and len(subjects) >= 2
        and len(objects) == 1
        and not others
        and any(c.lower_ == "separately" for c in mention.trigger.children)
    )


@rule(
    "The energy forum in Nairobi and the climate meeting in Lisbon were hosted by Kenya and "
    "Portugal, respectively.",
    [],
    counter=(
        "Prime Minister Mara Oduya of Kenya and Prime Minister Tomas Feira of Portugal, aged 50 "
        "and 60 respectively, met in Lisbon on Monday.",
        ["meeting occurred: Mara Oduya + Tomas Feira @Lisbon 2025-03-10"],
    ),
)
def _respectively(mention: EncounterMention, participants: list[Participation]) -> list:
    """The sides a "respectively" closes the list of: "the forum and the meeting hosted by Kenya
    and Portugal respectively" pairs each state with its own event; they do not meet. Not a list
    that is no list of sides ("A and B, aged 50 and 60 respectively, met")."""
    doc = mention.trigger.doc
    for word in mention.sentence:
        if word.lower_ != "respectively":
            continue
        k = word.i - 1
        while k > mention.sentence.start and doc[k].is_punct:
            k -= 1
        first = first_conjunct(doc[k])
        items = {first.i, *(t.i for t in first.conjuncts)}
        listed = [
            p
            for p in participants
            if p.phrase is not None and any(i in items for i in p.phrase.tokens)
        ]
        if len(listed) >= 2:
            return listed
    return []


@rule(
    "Prime Minister Ulla Marsk of Norway spoke by phone on Monday together with President Teo "
    "Vaskin of Peru and President Ada Njeri of Chile.",
    ["call occurred: Ulla Marsk + Teo Vaskin + Ada Njeri 2025-03-10"],
    counter=(
        "Prime Minister Ulla Marsk of Norway spoke by phone on Monday with President Teo Vaskin "
        "of Peru and President Ada Njeri of Chile.",
        [
            "call occurred: Ulla Marsk + Teo Vaskin 2025-03-10",
            "call occurred: Ulla Marsk + Ada Njeri 2025-03-10",
        ],
    ),
)
def _one_to_one(mention: EncounterMention) -> bool:
    """A call told with no word that makes it one among several parties: "a three-way call", "a
    joint phone call", "spoke together with A and B"."""
    trigger = mention.trigger
    doc = trigger.doc
    before = doc[trigger.left_edge.i : trigger.i]
    # "together" hangs on the "with" of the trigger or of its verb ("spoke by phone together
    # with A and B"), not on the trigger
    heads = {trigger, trigger.head, trigger.head.head}
    linked = [
        w
        for c in (c for h in heads for c in h.children)
        if c.dep_ == "prep"
        for w in c.children
        if w.dep_ == "advmod"
    ]
    near = [*before, trigger, *trigger.children, *linked, trigger.head, *trigger.head.children]
    return not _names_several(near)


def _names_several(words: list[Token]) -> bool:
    """Whether one of the words makes an encounter one among several parties: "trilateral",
    "three-way", "joint"."""
    return any(
        w.lower_ in cues().conference_words | cues().jointly_words
        or w.lower_.endswith("-way")
        or (w.lower_ == "way" and w.i > 0 and w.doc[w.i - 1].text == "-")
        for w in words
    )


@rule(
    "On Friday, Foreign Minister Teo Vaskin of Norway met with Foreign Minister Ada Njeri of "
    "Kenya and Foreign Minister Tomas Feira of Portugal for a trilateral meeting in Lisbon.",
    ["meeting occurred: Teo Vaskin + Ada Njeri + Tomas Feira @Lisbon 2025-03-07"],
    counter=(
        "On Friday, Foreign Minister Teo Vaskin of Norway met with Foreign Minister Ada Njeri "
        "of Kenya and Foreign Minister Tomas Feira of Portugal at the conference in Lisbon.",
        [
            "meeting occurred: Teo Vaskin + Ada Njeri @Lisbon 2025-03-07",
            "meeting occurred: Teo Vaskin + Tomas Feira @Lisbon 2025-03-07",
        ],
    ),
)
def _occasion_modifiers(trigger: Token) -> list[Token]:
    """The words that qualify the occasion a meeting verb is for or at: "met with A and B for
    the fourth trilateral meeting", "will welcome A and B for a trilateral dialogue" is one
    gathering of the three, not two meetings. The occasion itself is no such word: "met with A
    and B at the conference" were meetings on its sidelines."""
    return [
        word
        for prep in trigger.children
        if prep.dep_ == "prep"
        for occasion in prep.children
        if occasion.dep_ == "pobj"
        for word in occasion.children
        if word.dep_ in ("amod", "compound", "nmod")
    ]


@rule(
    "President Tomas Feira of Portugal and President Lena Osei of Ghana have each "
    "cancelled their trips to Kenya.",
    [
        "visit cancelled: Tomas Feira + Kenya @Kenya",
        "visit cancelled: Lena Osei + Kenya @Kenya",
    ],
    counter=(
        "President Tomas Feira of Portugal and President Lena Osei of Ghana visited Kenya "
        "together on Monday.",
        [
            "visit occurred: Tomas Feira + Lena Osei + Kenya @Kenya 2025-03-10",
        ],
    ),
)
def _each_on_their_own(mention: EncounterMention) -> bool:
    """Whether the sides named together travel each on their own: a plural trigger ("the
    visits of A and B", "trips"), or "both", "each", "separately" in the clause; never "together",
    "jointly"."""
    trigger = mention.trigger
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    near = [*trigger.children, *verb.children, *(w for c in verb.children for w in c.children)]
    words = {w.lower_ for w in near}
    if words & cues().jointly_words or trigger.lower_ == "joint":
        return False
    return trigger.tag_ == "NNS" or bool(words & cues().each_words)


@rule(
    "President Mara Oduya of Kenya met President Tomas Feira of Portugal in Nairobi on Monday.",
    [
        "meeting occurred: Mara Oduya + Tomas Feira @Nairobi 2025-03-10",
    ],
    counter=(
        "President Mara Oduya of Kenya met Interior Minister Jomo Karanu of Kenya in "
        "Nairobi on Monday.",
        [],
    ),
    also=[
        (
            "Chairman Olaf Brenn of Norlandia Steel met President Arlo Venn of Norlandia "
            "in Lisbon on Monday.",
            [],
        ),
        (
            "President Joe Biden spoke on Monday with Senator Ann Holt, Mayor Tom Reed, Mayor "
            "Lia Park, Mayor Sam Ode and Chairman Ron Gale about the storm.",
            [],
        ),
        (
            "President Joe Biden met President Arlo Venn and Governor Ann Holt in Washington on "
            "Monday.",
            ["meeting occurred: Joe Biden + Arlo Venn @Washington 2025-03-10"],
        ),
        (
            "U.S. Energy Secretary Ann Holt, Chair Jon Berg and Lia Park met on Monday with "
            "building industry leaders in Kessel.",
            [],
        ),
        (
            "President Joe Biden and President Arlo Venn met with reporters in Washington on "
            "Monday.",
            ["meeting occurred: Joe Biden + Arlo Venn @Washington 2025-03-10"],
        ),
        ("U.S. Defense Secretary Ann Holt met U.S. service members in Kessel on Tuesday.", []),
        ("The White House hosted legislative leaders from 31 states on Tuesday.", []),
        (
            "President Arlo Venn of Norlandia hosted foreign ministers from 31 states in Kessel "
            "on Tuesday.",
            ["meeting occurred: Arlo Venn + foreign ministers from 31 states 2025-03-11"],
        ),
    ],
)
def _is_encounter(
    participants: list[Participation],
    titled: frozenset[str] = frozenset(),
    regions: dict[str, str] | None = None,
    faces_party: bool = False,
    legislators: frozenset[str] = frozenset(),
) -> bool:
    # Two sides at least; a gathering named only by its body is `_is_gathering`'s case.
    """Two sides at least, of different states (or a named group across): a meeting of one state's
    own officials is domestic, and a person of no known state and no office is no outsider."""
    keys = {actor_key(p.actor) for p in participants}
    if len(keys) < 2:
        return False
    # "President Berg will travel to Georgia" with no other state than the one Georgia is a
    # region of: the region, not the state of that name.
    regions = regions or {}
    shared = [p for p in participants if p.actor.kind == "country" and p.actor.name in regions]
    if shared:
        region = regions[shared[0].actor.name]
        others = {side_of(p.actor) for p in participants if p not in shared}
        if others <= {None, region} and all(regions[p.actor.name] == region for p in shared):
            return False
    # A territory is of its sovereign: "Secretary Holt traveled to Puerto Rico" is domestic.
    territories = cues().dependent_territories
    known = {territories.get(s, s) for p in participants if (s := side_of(p.actor))}
    # A body across: an organisation, or a collective of several states ("G7 leaders"); not a
    # state's own association or people ("the Governors Association").
    has_org = any(
        p.actor.country is None
        and (
            (p.actor.kind == "organization" and not actor_norm.is_unaffiliated(p.actor.name))
            or (p.actor.kind == "group" and is_body(p.actor))
            or _official_of_body(p.actor)
        )
        for p in participants
    )
    # Someone of no known state may be the outsider ("President Hichilema"), unless the office
    # is one inside a state's own politics ("Leader McConnell", "Governor Abbott"), or the text
    # gives no office at all: "President Biden met Joey and Paula Reed" (a family, a guest, an
    # expert). An office may stand in an apposition the actor phrase missed (`titled`). Across
    # a state as a whole ("the White House convened Secretary Vilsack and Jon Berg") only a
    # leader's office tells someone from abroad: "the United States hosted President Hichilema".
    # (A visit's host state is not such a whole: "Deputy Secretary Jon Berg traveled to Kessel".)
    whole = any(p.actor.kind == "country" and p.role != "host" for p in participants)
    # "Secretary Ann Holt, Chair Jon Berg and Lia Park met with building industry leaders":
    # those listed as subjects beside one state's officials, facing a party across, are of
    # their side; but not a head of state ("Biden and President Venn met with reporters").
    one_side = faces_party and (
        len({side_of(p.actor) for p in participants if p.relation == "subject"} - {None}) == 1
    )
    outsiders = [
        p
        for p in participants
        if actor_norm.stateless(p.actor)
        and not _home_office(p.actor, legislators)
        and not is_spouse(p.actor)
        and not (
            one_side
            and p.relation == "subject"
            and not actor_norm.has_title(p.actor, actor_norm.heads_and_deputies())
        )
        and (p.actor.title is not None or fold_text(actor_norm.surname(p.actor.name)) in titled)
        and (not whole or p.actor.title in actor_norm.leader_titles())
    ]
    # "spoke with Senator Scott, Mayor Ward, Mayor Dyer ... and Chairman Oakley": a list of a
    # state's own officials, where one ambiguous office is no outsider.
    insiders = [
        p
        for p in participants
        if actor_norm.stateless(p.actor) and _home_office(p.actor, legislators)
    ]
    unknown = bool(outsiders) and len(insiders) <= 2 * len(outsiders)
    # All of one state and no outsider is a domestic meeting, unless a named armed group or
    # movement sits across ("the Sudanese army and the RSF"); people of no known state at all
    # (officials named without their country) give nothing to tell diplomacy from domestic work.
    named_party = any(
        p.actor.kind == "group"
        and p.actor.country
        and actor_key(p.actor).startswith("o:")
        and not actor_norm.names_government_body(p.actor.name)  # "State Department officials"
        for p in participants
    )
    # A state no gazetteer knows counts as a side only against another named side: "Chairman X
    # met President Y of Norlandia" gives nothing to tell diplomacy from business.
    codes = {territories.get(c, c) for p in participants if (c := p.actor.country)}
    return (
        has_org
        or len(known) >= 2
        or (len(known) == 1 and len(codes) == 1 and (unknown or named_party))
    )


@rule(
    "U.S. President Arlo Venn hosted Senate Judiciary Chair Ida Brann in the Oval Office on "
    "Monday.",
    [],
    also=[
        (
            "U.S. National Security Advisor Ann Holt met with a bipartisan group of House "
            "members – led by Foreign Affairs Committee Chairman Teo Marsk – at the White House "
            "on Monday.",
            [],
        ),
        ("U.S. President Arlo Venn hosted House Chairwoman Ida Brann on Monday.", []),
    ],
    counter=(
        "U.S. Secretary of State Ann Holt met NATO Military Committee Chair Admiral Teo Marsk on "
        "Monday.",
        ["meeting occurred: Ann Holt + Teo Marsk 2025-03-10"],
    ),
)
def _home_office(actor: actor_norm.Actor, legislators: frozenset[str]) -> bool:
    """An office inside a state's own politics: a governor, a senator (domestic_offices.tsv),
    or a chair of a legislature or its committees ("Senate Judiciary Chair Ida Brann", read as
    `legislators`); the chair of an international body's committee is that body's ("NATO
    Military Committee Chair Teo Marsk"), and a bare "Chairman" may chair anything abroad."""
    return (
        actor.title in actor_norm.domestic_offices()
        or fold_text(actor_norm.surname(actor.name)) in legislators
    )


@rule(
    "NATO Secretary General Ada Njeri met Foreign Minister Ulla Marsk of Norlandia in Brussels "
    "on Tuesday.",
    ["meeting occurred: Ada Njeri + Ulla Marsk @Brussels 2025-03-11"],
    counter=(
        "Norlandian Foreign Minister Ulla Marsk met Party Secretary-General Ada Njeri in Kessel "
        "on Tuesday.",
        [],
    ),
)
def _official_of_body(actor: actor_norm.Actor) -> bool:
    """A person of no state whose own phrase names an international body ("UN
    Under-Secretary-General Ada Njeri", "NATO Secretary General X") is that body across, even
    against a state no gazetteer knows; an office that names no body stays no side, and so
    does a headline's unnamed "EU Leader" (the name comes with the body's own records)."""
    return (
        actor.kind == "person"
        and actor_norm.stateless(actor)
        and actor.title is not None
        and not is_unnamed(actor)
        and actor_norm.names_international_office(actor.mention)
    )


def _faces_party(mention: EncounterMention) -> bool:
    """Whether the trigger has someone across its subjects, an actor or not: "met with building
    industry leaders", "convened a meeting with mayors", "hosted civil rights leaders"."""
    trigger = mention.trigger
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    for word in (*trigger.children, *verb.children):
        if word.i == trigger.i:
            continue
        if word.dep_ == "dobj":
            return True
        if (
            word.dep_ == "prep"
            and word.lower_ == "with"
            and any(c.dep_ in ("pobj", "pcomp") for c in word.children)
        ):
            return True
    return False


@rule(
    "The African Union summit opened in Nairobi on Monday.",
    [
        "summit occurred: African Union @Nairobi 2025-03-10",
    ],
    counter=(
        "The African Union summit could take up the crisis next month, officials said.",
        [],
    ),
)
def _is_gathering(mention: EncounterMention, group: list[Participation]) -> bool:
    """A gathering of a body is an encounter though no attendee is named: "the G20 summit opened
    in Osaka", "ASEAN foreign ministers met in Vientiane". Its one party is the body, as the
    gathering's subject or its modifier; a body as the object ("met ASEAN") or a call is not."""
    if len(group) != 1 or mention.type not in ("meeting", "summit") or mention.generic:
        return False
    if mention.status == "hypothetical":
        return False
    (body,) = group
    trigger = mention.trigger
    if not is_body(body.actor):
        return False
    if body.relation not in ("subject", "modifier") and not _of_gathering(body, trigger):
        return False
    if trigger.pos_ == "VERB":
        # "G7 leaders met in Cornwall", not "members meet their needs" nor a "WHO-convened study"
        if trigger.dep_ == "amod" or body.relation != "subject":
            return False
        return not any(
            c.dep_ == "dobj" and c.lemma_ not in cues().gathering_nouns for c in trigger.children
        )
    return True


def _of_gathering(body: Participation, trigger) -> bool:
    """ "a meeting of AMISOM troop-contributing countries", "the summit of ASEAN leaders": the
    body whose gathering the trigger noun names (not "met with ASEAN")."""
    if body.phrase is None or trigger.pos_ == "VERB":
        return False
    token = trigger.doc[body.phrase.head]
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.i == trigger.i


def _add_gathering(
    drafts: list[Draft],
    mention: EncounterMention,
    group: list[Participation],
    reference: dt.date | None,
) -> None:
    """A gathering named by its body joins the encounter the document tells of it with its
    attendees ("the G20 summit" ... "the two-day summit hosted by Draghi"); else it is an
    encounter of its own when the text says where, when or that it took place, outside a
    headline ("the 2026 NATO summit" in a headline is a topic, not yet a record)."""
    resolved = None
    if mention.date is not None:
        resolved = resolve_date(mention.date.text, reference, mention.date_tense)
        mention.status = status_by_date(mention.status, resolved, reference)
    draft = _gathering_draft(drafts, group, mention, resolved)
    if draft is None:
        anchored = (
            mention.place is not None
            or (resolved is not None and resolved.precision in ("day", "week", "month"))
            or mention.trigger.pos_ == "VERB"
        )
        if not anchored or is_heading(mention.sentence):
            return
        draft = Draft()
        start = mention.sentence.start
        at = next((i for i, d in enumerate(drafts) if d.mentions[0].sentence.start > start), None)
        drafts.insert(len(drafts) if at is None else at, draft)
    draft.mentions.append(mention)
    draft.mentions.sort(key=lambda m: (m.sentence.start, m.trigger.i))
    states = {side_of(p.actor) for p in draft.participants} - {None}
    if not (collective_of_states(group[0].actor) and len(states) >= 3):
        # "the presidents of A, B, C and D will meet ... the Central Asian leaders will meet in
        # Dushanbe": a collective the text only describes is the states it has listed.
        _add_participants(draft, group)
    if mention.date is not None:
        _take_date(draft, resolved, mention.date.text)


@rule(
    "Leaders of the African Union opened a two-day summit in Nairobi on Monday. President Mara "
    "Oduya of Kenya and President Tomas Feira of Portugal attended in person, while President "
    "Ada Njeri of Ghana joined by video link.",
    ["summit occurred: African Union + Mara Oduya + Tomas Feira + Ada Njeri @Nairobi 2025-03-10"],
    counter=(
        "Leaders of the African Union opened a two-day summit in Nairobi on Monday. President "
        "Mara Oduya of Kenya praised the summit, and President Tomas Feira of Portugal did not "
        "attend. President Ada Njeri of Ghana attended a football match.",
        ["summit occurred: African Union @Nairobi 2025-03-10"],
    ),
)
def _summit_attendees(
    mention: EncounterMention, mentions: list[EncounterMention], phrases: list[ActorPhrase]
) -> list[Participation]:
    """ "The summit opened on Monday. A, B and C attended in person, while D joined by video
    link": the people a summit's sentence, or the next one when it tells no encounter of its own,
    says attend (never those who only speak of it or miss it)."""
    if mention.generic or not _summit_like(mention):
        return []
    sentence = mention.sentence
    following = sentence.doc[sentence.end : sentence.end + 1]
    sentences = [sentence]
    if (
        following
        and not is_heading(sentence)
        and not any(m.sentence.start == following[0].sent.start for m in mentions)
    ):
        sentences.append(following[0].sent)
    attendees = []
    for told in sentences:
        for verb in told:
            subject = _attending_subject(verb)
            if subject is None or not _same_time(verb, mention):
                continue
            inside = {t.i for t in subject.subtree}
            attendees += [
                Participation(phrase, actor, relation="attendee")
                for phrase in phrases
                if phrase.head in inside
                for actor in phrase.actors
                if actor.kind == "person"
            ]
    return attendees


def _summit_like(mention: EncounterMention) -> bool:
    """A summit, or a gathering of a body ("the APEC Economic Leaders' Meeting")."""
    return mention.status != "hypothetical" and (
        mention.type == "summit" or any(is_body(p.actor) for p in mention.participants)
    )


def _same_time(verb: Token, mention: EncounterMention) -> bool:
    """ "A attended in person" speaks of a summit held, "B will attend" of one to come."""
    tense = clause_tense(verb)
    if tense == "past":
        return mention.status not in FUTURE_STATES
    if tense == "future":
        return mention.status not in PAST_STATES
    return True


def _attending_subject(verb: Token) -> Token | None:
    """The subject of "attended in person", "joined by video link", "took part", "are due to
    attend the summit": an attending verb not negated, with no object but a gathering."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    took_part = verb.lemma_ == "take" and [o.lower_ for o in objects] == ["part"]
    if not took_part and (
        verb.lemma_ not in cues().attending_verbs
        or any(o.lemma_ not in cues().gathering_nouns for o in objects)
    ):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    clause = verb
    for _ in range(3):  # "are due to attend": the subject of the clause that governs it
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None or clause.dep_ not in ("xcomp", "acomp"):
            return subject
        clause = clause.head
    return None


def _names_attendees(mention: EncounterMention, group: list[Participation]) -> bool:
    """ "Kuleba, a guest at the talks", "the meeting will be chaired by Rahmon": one side named at
    a gathering the text has spoken of ("the talks", "the summit"), no body among them."""
    return (
        bool(group)
        and mention.anaphoric
        and _type_class(mention.type) == "meeting"
        and mention.status != "hypothetical"
        and not any(is_body(p.actor) for p in group)
        # "the Japan foreign ministers' talks": a gathering its modifier names, not a guest
        and all(p.relation != "modifier" for p in group)
    )


@rule(
    "Foreign ministers from the 14 Verdan Compact member states are meeting in Lisbon for "
    "informal talks. Ahead of the meeting, Foreign Minister Ulla Marsk of Norlandia, a guest at "
    "the talks, said he would urge the ministers to act.",
    [
        "meeting occurred: Foreign ministers from the 14 Verdan Compact member states + Ulla Marsk"
        " @Lisbon"
    ],
    counter=(
        "Foreign ministers from the 14 Verdan Compact member states are meeting in Lisbon for "
        "informal talks. Representatives from 30 countries met in Kessel on Monday. Foreign "
        "Minister Ulla Marsk of Norlandia, a guest at the talks, said he would urge the ministers "
        "to act.",
        [
            "meeting occurred: Foreign ministers from the 14 Verdan Compact member states @Lisbon",
            "meeting occurred: Representatives from 30 countries 2025-03-10",
        ],
    ),
)
def _add_attendees(
    drafts: list[Draft],
    mention: EncounterMention,
    group: list[Participation],
    reference: dt.date | None,
) -> None:
    """Attendees join the document's one gathering (of a body, a summit, or three sides or
    more), when nothing in the mention contradicts it; with two gatherings or none, nothing is
    guessed."""
    resolved = None
    if mention.date is not None:
        resolved = resolve_date(mention.date.text, reference, mention.date_tense)
    candidates = [
        d
        for d in drafts
        if _type_class(d.type) == "meeting"
        and (
            any(is_body(p.actor) for p in d.participants)
            or d.type == "summit"
            or len(sides_of(d.participants)) >= 3
        )
        and _compatible_states(mention.status, d.status)
        and not _dates_clash(resolved, d.resolved)
        and not _places_clash(mention, d)
    ]
    if len(candidates) != 1:
        return
    (draft,) = candidates
    draft.mentions.append(mention)
    draft.mentions.sort(key=lambda m: (m.sentence.start, m.trigger.i))
    _add_participants(draft, group)


def _gathering_draft(
    drafts: list[Draft], group: list[Participation], mention: EncounterMention, resolved
) -> Draft | None:
    """The encounter a body-only mention speaks of: one with that body, else the one summit (or
    gathering of three parties or more) of the document that nothing in the mention contradicts."""
    body = actor_key(group[0].actor)
    # A collective the text only describes ("representatives from 30 countries") may meet
    # where named bodies attend; a named body is not folded into another body's gathering.
    described = collective_of_states(group[0].actor)
    headline = is_heading(mention.sentence)  # a headline's tense says little: "summit wraps up"

    def fits(draft: Draft) -> bool:
        return (
            _type_class(draft.type) == "meeting"
            and (headline or _compatible_states(mention.status, draft.status))
            and not _dates_clash(resolved, draft.resolved)
            and not _places_clash(mention, draft)
        )

    with_body = [d for d in drafts if body in d.keys and fits(d)]
    if with_body:
        return with_body[-1]
    if not described and _of_gathering(group[0], mention.trigger):
        return None  # "the next meeting of the Council of ...": named by its own body
    gatherings = [
        d
        for d in drafts
        if fits(d)
        and (d.type == "summit" or len(d.keys) >= 3)
        and (described or not any(is_body(p.actor) for p in d.participants))
        # "held meetings with the President and the Foreign Minister": several, not a gathering
        and not all(m.trigger.lower_ in ("meetings", "summits") for m in d.mentions)
    ]
    return gatherings[0] if len(gatherings) == 1 else None


def _type_class(kind: str) -> str:
    return {"call": "call", "visit": "visit"}.get(kind, "meeting")


@rule(
    "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia in "
    "Lisbon on Monday. Vaskin and Venn also held talks on trade.",
    [
        "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10",
    ],
    counter=(
        "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia in "
        "Lisbon on Monday. Vaskin and Venn will meet again in Nairobi on Friday.",
        [
            "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10",
            "meeting planned: Teo Vaskin + Arlo Venn @Nairobi 2025-03-14",
        ],
    ),
)
def _find_same(drafts: list[Draft], group, mention: EncounterMention, resolved) -> Draft | None:
    """The draft this mention tells again: same sides (or a subset standing for them), a compatible
    form, state, date and place."""
    keys = {actor_key(p.actor) for p in group}
    sides = sides_of(group)
    for draft in reversed(drafts):
        common = keys & draft.keys
        same_people = len(common) >= min(2, len(keys), len(draft.keys)) and (
            keys <= draft.keys or draft.keys <= keys or len(common) >= 2
        )
        draft_sides = sides_of(draft.participants)
        people = any(p.actor.kind == "person" for p in group)
        draft_people = any(p.actor.kind == "person" for p in draft.participants)
        same_sides = (
            len(sides) >= 2
            and (sides <= draft_sides or draft_sides <= sides)
            and not (people and draft_people)
        )
        if not (same_people or same_sides):
            continue
        changed = (mention.status in ("cancelled", "postponed")) != (
            draft.status in ("cancelled", "postponed")
        )
        if changed and not same_people:
            continue  # a call-off is news about one particular encounter, named by its people
        if not same_people and not mention.generic and _other_form(mention, draft):
            # "Norway and Peru agreed to set up talks ... Marsk agreed to visit Peru next year":
            # the states' talks and one person's trip are two encounters
            continue
        if (_type_class(mention.type) == "call") != (
            _type_class(draft.type) == "call"
        ) and not mention.generic:
            continue
        if _meeting_on_visit(mention, draft, group):
            continue
        headline = _in_heading(mention) or all(_in_heading(m) for m in draft.mentions)
        if not (headline or _compatible_states(mention.status, draft.status)):
            continue
        if _dates_clash(resolved, draft.resolved):
            continue
        if _places_clash(mention, draft):
            continue
        return draft
    return None


@rule(
    "Foreign Minister Ada Njeri of Kenya will start a visit to Ghana on Sunday. Njeri will meet "
    "President Kofi Mensah of Ghana. She will also meet Ghanaian business leaders.",
    [
        "visit planned: Ada Njeri + Kofi Mensah @Ghana 2025-03-16",
        "meeting planned: Ada Njeri + Kofi Mensah @Ghana 2025-03-16",
        "meeting planned: Ghanaian business leaders + Ada Njeri @Ghana 2025-03-16",
    ],
    counter=(
        "Foreign Minister Ada Njeri of Kenya will start a visit to Ghana on Sunday. Njeri will "
        "meet President Kofi Mensah of Ghana.",
        ["visit planned: Ada Njeri + Kofi Mensah @Ghana 2025-03-16"],
    ),
)
def _meeting_on_visit(mention: EncounterMention, draft: Draft, group) -> bool:
    """ "Njeri will visit Ghana ... She will also meet Ghanaian business leaders": a meeting
    with only a group of the state visited (which shares the state's identity, "s:GHA") is an
    encounter on the visit (`_join_trip`), not the visit told again."""
    if {_type_class(mention.type), _type_class(draft.type)} != {"meeting", "visit"}:
        return False
    hosts = {p.actor.country for p in draft.participants if p.role == "host"}
    visitors = {actor_key(p.actor) for p in draft.participants if p.role != "host"}
    met = [p for p in group if actor_key(p.actor) not in visitors]
    return bool(met) and all(p.actor.kind == "group" and p.actor.country in hosts for p in met)


@rule(
    "Norway and Peru agreed on Monday to hold talks on trade in May. Foreign Minister Ulla Marsk "
    "of Norway agreed to visit Peru next year.",
    [
        "talks planned: Norway + Peru 2025-05-01",
        "visit planned: Ulla Marsk + Peru @Peru 2026-01-01",
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Norway will visit Peru next week. Marsk and President "
        "Ilse Varro of Peru will hold talks on trade.",
        ["visit planned: Ulla Marsk + Ilse Varro @Peru 2025-03-17"],
    ),
)
def _other_form(mention: EncounterMention, draft: Draft) -> bool:
    """A trip where the encounter was told only as talks or a meeting, or talks where it was
    told only as a trip: when only the states match ("Norway and Peru agreed to set up talks"
    ... "Marsk agreed to visit Peru"), two encounters."""
    visits = [m.type == "visit" for m in draft.mentions]
    if mention.type == "visit":
        return not any(visits)
    return all(visits)


def _in_heading(mention: EncounterMention) -> bool:
    return mention.sentence.start == 0 and is_heading(mention.sentence)


def _dates_clash(a: Resolved | None, b: Resolved | None) -> bool:
    """Two stated times that cannot both be right: two different days, or windows apart."""
    if a is None or b is None or a.start is None or b.start is None:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    if a.start == a_end and b.start == b_end:
        return a.start != b.start
    return a_end < b.start or b_end < a.start


def _places_clash(mention: EncounterMention, draft: Draft) -> bool:
    """Different cities named for the encounter: not the same encounter."""
    if mention.place is None:
        return False
    mine = mention.place.text.lower()
    context = [p.actor.country for p in draft.participants if p.actor.country]
    told = _own_places(draft, context)
    theirs = {m.place.text.lower() for m in told}
    if mine in theirs:
        return False
    here = geocode(mention.place.text, context)
    if not theirs:
        # A visit goes to its host's state: "Venn invited Oduya to the summit Chile hosts in
        # May" is not "the meeting which Kenya will host".
        hosts = {p.actor.country for p in draft.participants if p.role == "host"} - {None}
        return (
            draft.type == "visit" and here is not None and bool(hosts) and here.country not in hosts
        )
    there = [geocode(m.place.text, context) for m in told]
    if here is None:
        return False
    # A country and a city inside it are one place ("Turkey" / "Istanbul").
    return all(
        p is not None
        and p.country != here.country
        or (p is not None and "country" not in (p.kind, here.kind) and not _one_place(p, here))
        for p in there
    )


@rule(
    "President Tomas Feira of Norlandia will welcome President Arlo Venn of Vostrelia to "
    "Washington on Thursday. The two leaders will meet at the White House.",
    ["meeting planned: Tomas Feira + Arlo Venn @Washington 2025-03-13"],
    counter=(
        "President Tomas Feira of Norlandia will welcome President Arlo Venn of Vostrelia to "
        "Washington on Thursday. The two leaders will meet at the Elysee Palace.",
        [
            "meeting planned: Tomas Feira + Arlo Venn @Washington 2025-03-13",
            "meeting planned: Tomas Feira + Arlo Venn @Élysée Palace, Paris",
        ],
    ),
)
def _one_place(a: Place, b: Place) -> bool:
    """The same place, or a venue and the city it stands in: "welcome Venn to Washington" and
    "will meet at the White House" place one encounter; the Elysee Palace is elsewhere."""
    if a.name == b.name:
        return True
    venues = {p.city for p in (a, b) if p.kind == "venue" and p.city}
    return any(p.kind == "city" and p.name.split(",")[0] in venues for p in (a, b))


@rule(
    "President Tomas Feira of Norlandia will travel to Spain and Portugal from May 4-8. The "
    "President will then travel to Portugal from May 6-8.",
    [
        "visit planned: Tomas Feira + Portugal @Portugal 2025-05-06",
        "visit planned: Tomas Feira + Spain @Spain 2025-05-04",
    ],
    counter=(
        "President Tomas Feira of Norlandia visited Portugal in May 2023. He will travel to "
        "Portugal again from May 6-8.",
        [
            "visit occurred: Tomas Feira + Portugal @Portugal 2023-05-01",
            "visit planned: Portugal + Tomas Feira @Portugal 2025-05-06",
        ],
    ),
)
def _own_places(draft: Draft, context: list[str]) -> list[EncounterMention]:
    """The mentions that name the draft's own place. "Feira will travel to Spain and Portugal"
    told for the Portugal leg names Spain, the place of the other leg: a visit's mention whose
    place is in a state none of its parties is of does not place that visit."""
    placed = [m for m in draft.mentions if m.place is not None]
    if draft.type != "visit":
        return placed
    return [m for m in placed if not _other_leg(geocode(m.place.text, context), context)]


def _other_leg(place: Place | None, context: list[str]) -> bool:
    """A place in a state none of the encounter's parties is of ("Spain" for the Portugal leg)."""
    return place is not None and place.country is not None and place.country not in context


def _compatible_states(a: str, b: str) -> bool:
    if "hypothetical" in (a, b):
        return True
    return (a in PAST_STATES) == (b in PAST_STATES)


def _add_participants(draft: Draft, group: list[Participation]) -> None:
    known = {actor_key(p.actor): i for i, p in enumerate(draft.participants)}
    for p in group:
        key = actor_key(p.actor)
        if key not in known:
            known[key] = len(draft.participants)
            draft.participants.append(p)
        elif draft.participants[known[key]].role is None and p.role is not None:
            draft.participants[known[key]] = p


def named_places(draft: Draft) -> list[tuple[str, Place]]:
    """(mention, place) for every place the encounter's mentions name: those that geocode, then
    those no gazetteer knows, of no state yet ("in Kessel"). A leg told with its own place is
    placed there, not at the other legs its trip's first sentence names."""
    context = [p.actor.country for p in draft.participants if p.actor.country]
    placed = _own_places(draft, context) or [m for m in draft.mentions if m.place]
    named = [(m.place.text, geocode(m.place.text, context)) for m in placed]
    known = [(text, place) for text, place in named if place is not None]
    unknown = [
        (text, Place(" ".join(text.split()), "city", None, None, None, None))
        for text, place in named
        if place is None
    ]
    return known + unknown
