"""A mention's place, date and occasion, from the parse of its own clause: "in Kessel", "Iraq
will host talks", "on Tuesday" (not the date of a reporting verb), "on the sidelines of the
summit"."""

from __future__ import annotations

import bisect
import calendar
from functools import cache

from spacy.tokens import Doc, Span, Token

from diplo_extract.normalize.actors import title_words
from diplo_extract.normalize.dates import MONTH_NAMES, find_date_mentions, stay_length
from diplo_extract.normalize.places import geocode
from diplo_extract.rules.actor_spans import (
    COUNTRY,
    DEMONYM,
    GAZETTEER_KEY,
    us_state_after,
)
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.registry import rule
from diplo_extract.rules.syntax import (
    PLACE_LABELS,
    SUBJECT_DEPS,
    carriers,
    clause_tense,
    paths_between,
    purpose_infinitive,
)
from diplo_extract.rules.triggers import in_sequence_phrase, is_invitation, setting_tokens

PLACE_PREPS = {"in", "at", "to", "near", "inside"}


def is_city(text: str, context: list[str]) -> bool:
    place = geocode(text, context)
    return place is not None and place.kind == "city"


@rule(
    "The summit will take place in Lisbon. Prime Minister Teo Vaskin of Vostrelia will "
    "meet President Arlo Venn of Norlandia on the sidelines of the summit on Friday.",
    [
        "meeting planned: Teo Vaskin + Arlo Venn @Lisbon 2025-03-14",
    ],
)
def occasion_of(sentence: Span, occasion_tokens: set[int]) -> str | None:
    """The gathering the sentence names as the setting: "on the sidelines of the NATO summit"."""
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
    tokens of its countries: built once per Doc, not once per trigger (which made place_of
    quadratic in the length of a document)."""
    index = doc.user_data.get("diplo_gazetteer_index")
    if index is None:
        spans = sorted(doc.spans.get(GAZETTEER_KEY, []), key=lambda span: span.start)
        countries = {i for s in spans if s.label_ == COUNTRY for i in range(s.start, s.end)}
        index = ([span.start for span in spans], spans, countries)
        doc.user_data["diplo_gazetteer_index"] = index
    return index


def _unknown_place(span: Span) -> bool:
    """A place the tagger names after "in" or "at" that no gazetteer knows: "hosted X in Kessel",
    "met at Rwakitura". The encounter's host state or the dateline gives its state
    (assemble._location); alone it is no place."""
    return (
        span.label_ in PLACE_LABELS
        and span.root.dep_ == "pobj"
        and span.root.head.lower_ in ("in", "at")
        and all(t.is_title or not t.is_alpha for t in span)
        and geocode(span.text) is None
    )


_TIME_WORDS = (
    MONTH_NAMES
    | frozenset(name.lower() for name in (*calendar.month_abbr, *calendar.day_name) if name)
    | {"spring", "summer", "autumn", "fall", "winter", "weekend", "week", "month", "year"}
)


@rule(
    "President Mara Oduya of Kenya met President Ilse Varro of Uganda in Mbarara on Monday.",
    ["meeting occurred: Mara Oduya + Ilse Varro @Mbarara 2025-03-10"],
    also=[
        (
            "President Mara Oduya of Kenya will visit Makkah on Monday to meet King Omar Sayed.",
            ["visit planned: Mara Oduya + Omar Sayed + Saudi Arabia @Mecca 2025-03-17"],
        ),
        (
            "President Mara Oduya of Kenya met President Ilse Varro of Uganda in March.",
            ["meeting occurred: Mara Oduya + Ilse Varro 2025-03-01"],
        ),
    ],
    counter=(
        "President Mara Oduya of Kenya will visit Nokia on Monday to meet President Ilse Varro "
        "of Uganda.",
        ["visit planned: Mara Oduya + Ilse Varro 2025-03-17"],
    ),
)
def _mistagged_place(entity: Span) -> bool:
    """A city the tagger takes for a person, an organisation or even a date is still a
    candidate place after "in" ("met X in Makkah", "in Mbarara" tagged DATE) or as what is
    visited ("will visit Makkah" tagged a person, not "will visit Nokia" tagged a firm): the
    gazetteer decides; a time never is one ("in March")."""
    if entity.label_ in ("GPE", "LOC", "FAC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"):
        return False
    root = entity.root
    # a person only: "will visit Nokia" (an organisation) is a firm, not the Finnish town
    visited = (
        entity.label_ == "PERSON"
        and root.dep_ == "dobj"
        and root.head.lemma_ == "visit"
        and root.head.pos_ == "VERB"
    )
    if not visited and (root.dep_ != "pobj" or root.head.lower_ != "in"):
        return False
    if entity.label_ in ("DATE", "TIME"):
        return not any(t.like_num or t.lower_ in _TIME_WORDS for t in entity)
    return True


@rule(
    "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia in "
    "Lisbon on Monday to discuss the unrest in Nairobi.",
    [
        "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10",
    ],
    counter=(
        "Prime Minister Teo Vaskin of Vostrelia spoke by phone with President Arlo Venn "
        "of Norlandia about the unrest in Nairobi on Monday.",
        [
            "call occurred: Teo Vaskin + Arlo Venn 2025-03-10",
        ],
    ),
)
def place_of(
    trigger: Token, kind: str, sentence: Span, by_token, chosen, others: set[int]
) -> Span | None:
    """Where the encounter happens, from its own clause: "met in Kessel", "talks at the palace",
    "travelled to Lisbon to meet X", "Kenya will host talks"; not the place of a saying, of an
    arrival's origin, of a title ("Ambassador to Oslo") or of another encounter of the sentence
    (`others`, see `_told_of_another`)."""
    if kind == "call":
        return None
    doc = trigger.doc
    used = {i for p in chosen if p.role != "host" for i in p.phrase.tokens}
    starts, spans, gazetteer = _gazetteer_index(doc)
    candidates = [e for e in sentence.ents if e.label_ in PLACE_LABELS or _mistagged_place(e)]
    first = bisect.bisect_left(starts, sentence.start)
    for span in spans[first : bisect.bisect_left(starts, sentence.end)]:
        if span.label_ == COUNTRY and not any(e.start <= span.start < e.end for e in candidates):
            candidates.append(span)
        capital = _capital_after(span)
        if span.label_ in (COUNTRY, DEMONYM) and capital is not None:
            candidates.append(capital)  # "the Fijian capital", "Ethiopia's capital"
    for token in sentence:
        named = _named_by_place_noun(token) or _venue_phrase(token) or _gathering_city(token)
        if named is not None and not any(c.start <= named.end - 1 < c.end for c in candidates):
            candidates.append(named)  # "the Azerbaijani town of Gazakh", tagged as a person
    candidates = _placed_in_their_state(candidates)
    context = [p.actor.country for p in chosen if p.actor.country]
    unknown = {(c.start, c.end) for c in candidates if _unknown_place(c)}
    candidates = [
        c for c in candidates if (c.start, c.end) in unknown or geocode(c.text, context) is not None
    ]
    governors = carriers(trigger)
    # "he proceeded to Angola, where he met Lourenco": the place the clause hangs on.
    for verb in (trigger, *[doc[i] for i in governors]):
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
            host = next((c for c in candidates if c.start <= verb.head.i < c.end), None)
            if host is not None:
                return host
    host = _host_place(trigger, governors, candidates)
    occasion = setting_tokens(sentence)
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
            and head.lemma_ in cues().place_nouns
            and any(c.lower_ == "of" for c in head.children)
        ):
            continue  # "the Russian Black Sea resort of Sochi": the place is Sochi
        if span.root.i in occasion and span.root.head.lower_ in ("in", "at"):
            # "on the sidelines of the ASEAN summit in Phnom Penh": the gathering's place
            score = (False, 6, 0)
            if best is None or score < best[0]:
                best = (score, span)
            continue
        root = span.root
        top, up, down = paths_between(root, trigger)
        if up is None or down is None or not up:
            continue
        if _told_of_another(up[1:], others, governors):
            continue
        if _what_is_discussed(up, governors):
            continue  # "discussed the war in Ukraine and agreed to meet": what they discussed
        if _in_topic_of(up, trigger) and _a_state(span, context):
            continue  # "a discussion of the situation in Yemen": what they discussed
        if _state_addressed(up, governors) and _a_state(span, context):
            continue  # "talks on trade and addressing the crisis in Haiti": what they discussed
        if down and top.lemma_.lower() in cues().speech_verbs and top.i not in governors:
            continue  # "analysts in Yerevan say the two could meet": where it is said
        if any(
            t.tag_ == "VB"
            and t.i not in governors
            and t.head.i not in governors
            and purpose_infinitive(t)
            for t in up[1:]
        ):
            continue  # "the aim of these meetings is to foster peace in Congo": not the venue
        if any(t.dep_ == "relcl" and t.i not in governors for t in up[1:]):
            continue  # "meetings with X, with whom he discussed the situation in Somalia"
        preps = [t for t in up[1:] if t.dep_ == "prep" or t.pos_ == "ADP"]
        while preps and preps[0].lower_ == "of" and preps[0].head.lemma_ in cues().place_nouns:
            preps = preps[1:]  # "to the Saudi city of Jeddah": the place is Jeddah
        ok = bool(preps) and preps[0].lower_ in PLACE_PREPS
        if kind == "visit" and up[-1].dep_ == "dobj" and top.lemma_ in ("visit",):
            ok = True
        if up[0].dep_ == "dobj" and up[0].head.lemma_ == "visit":
            ok = True  # "an invitation to visit Ankara"
        if (
            up[0].dep_ == "compound"
            and up[0].head.lemma_ in ("visit", "trip")
            and not in_sequence_phrase(up[0].head)
        ):
            ok = True  # "an invitation for an official Washington visit", not "after Paris trip"
        if (
            up[0].dep_ == "compound"
            and up[0].head.i == trigger.i
            and kind != "visit"
            and is_city(span.text, context)
        ):
            ok = True  # "the Istanbul talks", "the Geneva summit"
        if _city_of_attended_gathering(up[0], trigger, governors, span.text, context):
            ok = True  # "invited X to attend the G7 Lisbon Summit"
        if (
            preps
            and preps[0].lower_ == "to"
            and kind != "visit"
            and trigger.lemma_ not in cues().reception_verbs
            and preps[0].head.lemma_ not in cues().move_verbs
        ):
            ok = False  # "welcomed Zelensky to Downing Street" is a place; "talked to Paris" is not
        if not ok or (top.i not in governors and len(down) > 3):
            continue
        # Prefer the most specific place attached closest to the trigger, and on a tie the one
        # in the trigger's own phrase: "visit Vienna on Monday and fly to Rome" flies to Rome.
        score = (
            (span.start, span.end) in unknown,  # a known place first: "at Kessel Airport in Lima"
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


@rule(
    "Foreign Minister Teo Vaskin of Peru met Secretary of State Kalo Venn in Lima, Ohio on Monday.",
    ["meeting occurred: Teo Vaskin + Kalo Venn @Lima 2025-03-10"],
    counter=(
        "Foreign Minister Teo Vaskin of Peru met Prime Minister Kalo Venn in Lima, Peru on Monday.",
        ["meeting occurred: Teo Vaskin + Kalo Venn @Lima 2025-03-10"],
    ),
)
def _placed_in_their_state(candidates: list[Span]) -> list[Span]:
    """ "met in Lima, Ohio": a place with the US state after its comma is that
    state's town, read as one name (the gazetteer then finds the town, not the country); the
    state alone is no other candidate."""
    placed = []
    for span in candidates:
        end = us_state_after(span)
        placed.append(span if end is None else span.doc[span.start : end])
    return [
        span
        for span in placed
        if not any(o.start <= span.start and span.end <= o.end and o != span for o in placed)
    ]


@rule(
    "National Security Advisor Tomas Brenn of Norlandia will travel to Ghana on Saturday to meet "
    "President Kofi Mensah of Ghana to discuss the situation in Mombasa.",
    ["visit planned: Tomas Brenn + Kofi Mensah @Ghana 2025-03-15"],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia met Prime Minister Arlo Venn of Vostrelia in "
        "Lisbon on Monday to review the unrest in Mombasa.",
        ["meeting occurred: Ulla Marsk + Arlo Venn @Lisbon 2025-03-10"],
    ),
)
def _what_is_discussed(up: list[Token], governors: set[int]) -> bool:
    """A place inside the object of a verb of discussing that does not carry the encounter
    ("travel to Ghana to meet Mensah to discuss the situation in Mombasa", "discussed the war
    in Ukraine and agreed to meet"): the subject discussed, not where the sides meet. Taken for the
    meeting's place, it would also keep the meeting apart from the trip it is the purpose of."""
    topic_verbs = cues().topic_verbs
    return any(
        t.dep_ == "dobj" and t.head.lemma_ in topic_verbs and t.head.i not in governors for t in up
    )


@rule(
    "President Arlo Venn of Norway held talks with President Kofi Mensah on Monday on trade, "
    "combatting drought, and addressing the security crisis in Peru.",
    ["talks occurred: Arlo Venn + Kofi Mensah 2025-03-10"],
    counter=(
        # a city: the talks may well have been held there (the parse cannot say)
        "President Arlo Venn of Norway held talks with President Kofi Mensah on Monday on trade, "
        "combatting drought, and addressing the security crisis in Lima.",
        ["talks occurred: Arlo Venn + Kofi Mensah @Lima 2025-03-10"],
    ),
)
def _state_addressed(up: list[Token], governors: set[int]) -> bool:
    """A place hung by its preposition on a verb of discussing that does not carry the encounter
    ("talks with Mensah on trade, combatting drought, and addressing the crisis in Peru"): the
    subject discussed. Taken for the place, it would also give its state to a leader the text
    names with none (Mensah of Peru). Only a state: `_a_state` is asked by the caller."""
    topic_verbs = cues().topic_verbs
    return any(
        t.dep_ == "prep" and t.head.lemma_ in topic_verbs and t.head.i not in governors for t in up
    )


@rule(
    "President Ulla Marsk of Norway met President Arlo Venn of Chile in Oslo on Monday. The two "
    "leaders held a detailed discussion of the situation in Peru.",
    ["meeting occurred: Ulla Marsk + Arlo Venn @Oslo 2025-03-10"],
    counter=(
        "President Ulla Marsk of Norway held a discussion with President Arlo Venn of Chile in "
        "Oslo on Monday.",
        ["meeting occurred: Ulla Marsk + Arlo Venn @Oslo 2025-03-10"],
    ),
)
def _in_topic_of(up: list[Token], trigger: Token) -> bool:
    """A place inside what a noun of discussing is about ("a discussion of the situation in
    Peru", "talks on the war in Sudan"), hung on the trigger through "of" or a topic word: the
    subject discussed, not where the sides meet."""
    c = cues()
    for token in up[2:]:
        if token.dep_ != "prep" or token.head.i != trigger.i or trigger.pos_ != "NOUN":
            continue
        if token.lower_ in c.topic_preps and token.lower_ != "for":
            return True  # not "an invitation for an official Washington visit"
        if token.lower_ == "of" and trigger.lemma_.lower().startswith(tuple(c.topic_verbs)):
            return True
    return False


def _a_state(span: Span, context: list[str]) -> bool:
    """A state, not a city: "the situation in Yemen" is a subject of talks, whereas "talks on a
    fisheries deal in Lima" may well be held in Lima (the parse cannot say which)."""
    place = geocode(span.text, context)
    return place is not None and place.kind == "country"


@rule(
    "Prime Minister Ulla Marsk of Portugal invited Prime Minister Teo Vaskin of Vostrelia to "
    "attend the G7 Lisbon Summit in May.",
    ["visit invited: Ulla Marsk + Teo Vaskin @Lisbon 2025-05-01"],
    counter=(
        "Prime Minister Ulla Marsk of Norlandia invited Prime Minister Teo Vaskin of Vostrelia to "
        "visit Norlandia after the G7 Lisbon Summit in May.",
        ["visit invited: Ulla Marsk + Teo Vaskin 2025-05-01"],
    ),
)
def _city_of_attended_gathering(
    root: Token, trigger: Token, governors: set[int], text: str, context: list[str]
) -> bool:
    """ "will attend the G7 Lisbon Summit", "an invitation for X to attend the Lisbon forum": the
    city that names the gathering the encounter is at (not "visit Kenya after the Lisbon
    Summit")."""
    gathering = root.head
    return (
        root.dep_ == "compound"
        and gathering.lemma_.lower() in cues().occasion_nouns
        and gathering.dep_ in ("dobj", "pobj")
        and _at_the_encounter(gathering.head, trigger, governors)
        and not in_sequence_phrase(gathering)
        and is_city(text, context)
    )


def _at_the_encounter(verb: Token, trigger: Token, governors: set[int]) -> bool:
    """The verb is the trigger, carries it, or is the attending it tells of ("invited X to
    attend", "an invitation for X to attend")."""
    if verb.i == trigger.i or verb.i in governors:
        return True
    return verb.head.i == trigger.i and verb.lemma_.lower() in cues().attending_verbs


def _gathering_city(token: Token) -> Span | None:
    """ "the G7 Lisbon Summit": a city in a gathering's name, which the tagger leaves inside it."""
    head = token.head
    if token.dep_ != "compound" or token.pos_ != "PROPN" or head.i == token.i:
        return None
    if head.lemma_.lower() not in cues().occasion_nouns or not is_city(token.text, []):
        return None
    return token.doc[token.i : token.i + 1]


def _capital_after(span: Span) -> Span | None:
    """ "the Fijian capital", "Ethiopia's capital": the state's name with the word "capital"."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        end += 1
    if end < len(doc) and doc[end].lower_ == "capital":
        return doc[span.start : end + 1]
    return None


def _named_by_place_noun(noun: Token) -> Span | None:
    """ "the Azerbaijani town of Gazakh": the whole phrase, whose state places the name."""
    if noun.lemma_ not in cues().place_nouns or noun.lemma_ == "capital":
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


@rule(
    "Kenya will host talks between Prime Minister Teo Vaskin of Vostrelia and President "
    "Arlo Venn of Norlandia next week.",
    [
        "talks planned: Kenya + Teo Vaskin + Arlo Venn @Kenya 2025-03-17",
    ],
    also=[
        (
            "Kenya will host talks between Prime Minister Teo Vaskin of Vostrelia and "
            "President Arlo Venn of Norlandia in Nairobi next week.",
            [
                "talks planned: Kenya + Teo Vaskin + Arlo Venn @Nairobi 2025-03-17",
            ],
        ),
        (
            "President Arlo Venn of Chile and President Mara Oduya of Kenya will hold talks "
            "which Ghana will host next week.",
            ["talks planned: Arlo Venn + Mara Oduya @Ghana 2025-03-17"],
        ),
    ],
    counter=(
        "President Arlo Venn of Chile and President Mara Oduya of Kenya will hold talks which "
        "Ghana has welcomed.",
        ["talks planned: Arlo Venn + Mara Oduya"],
    ),
)
def _host_place(trigger: Token, governors: set[int], candidates: list[Span]) -> Span | None:
    """ "Iraq will host talks", "talks hosted by Baghdad", "the meeting which Kenya will
    host": the host state is where they happen."""
    doc = trigger.doc
    # "Iraq will host talks"; "the fourth round hosted by Baghdad": the verb above or below.
    verbs = [doc[i] for i in governors] + [
        c for c in trigger.children if c.dep_ in ("acl", "relcl")
    ]
    for verb in verbs:
        if verb.lemma_ != "host" or verb.pos_ != "VERB":
            continue
        if verb.i == trigger.i and not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
            continue
        for child in verb.children:
            agent = child if child.dep_ in SUBJECT_DEPS else None
            if child.dep_ == "agent" or (child.lower_ == "by" and child.dep_ == "prep"):
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
            if agent is None:
                continue
            place = next((c for c in candidates if c.start <= agent.i < c.end), None)
            if place is not None:
                return place
    return None


def stay_days(trigger: Token) -> int | None:
    """How many days the visit a trigger tells of lasts: "arrived on Sunday for a three-day
    state visit", "an official six-day trip to the United States"."""
    for noun in (trigger, *trigger.subtree):
        if noun.lemma_.lower() in cues().stay_nouns and noun.pos_ == "NOUN":
            days = stay_length(noun.doc[noun.left_edge.i : noun.i + 1].text)
            if days is not None:
                return days
    return None


def told_as_before(trigger: Token) -> bool:
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
        and clause_tense(verb) != "future"
    )


@rule(
    "The planned visit of President Arlo Venn of Norlandia to Kenya, which was scheduled "
    "for March 20, was announced on Monday.",
    [
        "visit planned: Arlo Venn + Kenya @Kenya 2025-03-20",
    ],
    counter=(
        "President Arlo Venn of Norlandia agreed on Monday to visit Portugal.",
        [
            "visit planned: Arlo Venn + Portugal @Portugal",
        ],
    ),
)
def told_below(date: Span, trigger: Token) -> bool:
    """Whether the verb a date hangs on sits in a relative clause on the trigger's own noun."""
    current = date.root
    for _ in range(6):
        if current.dep_ == "relcl":
            return current.head.i == trigger.i
        if current.head.i == current.i or current.i == trigger.i:
            return False
        current = current.head
    return False


def day_of_agreeing(date: Span, trigger: Token, tense: str | None, status: str) -> bool:
    """Whether a date in a past clause about an encounter still to come is the day of the
    agreeing or inviting, not the encounter's: "Hun Sen agreed yesterday to meet Abhisit",
    "invited Venn on Friday to visit Oslo". Not a date told in a relative clause on the
    trigger's noun ("the planned visit, which included a stay in Tokyo from Sunday to
    Wednesday"), nor the noun's own time ("ahead of his visit next week"; but "extended
    invitations on Friday" is the inviting's), nor one after a noun marked as still to come."""
    own_time = (
        trigger.pos_ == "NOUN" and date.root.head.i == trigger.i and not is_invitation(trigger)
    )
    return (
        tense == "past"
        and status in ("planned", "proposed", "invited")
        and not told_below(date, trigger)
        and not own_time
        and not told_after_its_plan(date, trigger)
    )


@rule(
    "Foreign Minister Ulla Marsk of France spoke with Foreign Minister Teo Vaskin of Kenya "
    "today. They discussed preparations for the upcoming State Visit by Kenyan President Mara "
    "Oduya to France on April 26.",
    [
        "call occurred: Ulla Marsk + Teo Vaskin 2025-03-12",
        "visit planned: Mara Oduya + France @France 2025-04-26",
    ],
    counter=(
        # the date stands before the encounter: the day of the discussing
        "Foreign Minister Ulla Marsk of France spoke with Foreign Minister Teo Vaskin of Kenya "
        "today. On Monday they had discussed the upcoming State Visit by Kenyan President Mara "
        "Oduya to France.",
        [
            "call occurred: Ulla Marsk + Teo Vaskin 2025-03-12",
            "visit planned: Mara Oduya + France @France",
        ],
    ),
)
def told_after_its_plan(date: Span, trigger: Token) -> bool:
    """A date after an encounter noun marked as still to come ("the upcoming State Visit by
    Oduya to France on April 26") is the encounter's, though the parser may hang it on the
    sentence's past verb: what was discussed or agreed lies before the article, the upcoming
    visit after it. Not an invitation's own time ("extended invitations on Friday")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or is_invitation(trigger) or date.start < trigger.i:
        return False
    return any(c.dep_ == "amod" and c.lower_ in cues().planned_cues for c in trigger.children)


def _of_a_person(clause: Token) -> bool:
    """A relative clause that tells of a person: "Karin Holm, who took office in May"."""
    return clause.dep_ == "relcl" and any(
        c.lower_ in ("who", "whom", "whose") for c in clause.children
    )


@rule(
    "The ministry said on Monday that Prime Minister Teo Vaskin of Vostrelia will meet "
    "President Arlo Venn of Norlandia in Lisbon on Friday.",
    [
        "meeting planned: Teo Vaskin + Arlo Venn @Lisbon 2025-03-14",
    ],
    also=[
        (
            "On Tuesday Prime Minister Teo Vaskin of Vostrelia made his first visit to "
            "Kenya since becoming prime minister in 2023.",
            [
                "visit occurred: Teo Vaskin + Kenya @Kenya 2025-03-11",
            ],
        ),
    ],
)
def dates_of(trigger: Token, sentence: Span, others: set[int]) -> list[Span]:
    """The sentence's dates close enough to the trigger to be its date, the closest first; not
    those of another encounter of the sentence (`others`, see `_told_of_another`)."""
    doc = trigger.doc
    ranked: list[tuple[int, int, Span]] = []
    for start, end in find_date_mentions(sentence.text):
        span = doc.char_span(
            sentence.start_char + start, sentence.start_char + end, alignment_mode="expand"
        )
        if span is None:
            continue
        root = span.root
        top, up, down = paths_between(root, trigger)
        if up is None or down is None:
            continue  # too far up the tree to say (not next door, as an empty path would say)
        distance = len(up) + len(down)
        governors = carriers(trigger)
        if _told_of_another(up[1:], others, governors) or _in_phrase_of_another(up[1:], others):
            continue
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
        setting = any(t.lower_ in cues().occasion_leads or t.lower_ in ("at", "during") for t in up)
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


@rule(
    "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on Monday. "
    "Their meeting followed up on the March 3 phone call between Venn and Prime Minister Teo "
    "Vaskin of Vostrelia, in which the leaders discussed trade.",
    [
        "meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10",
        "call occurred: Arlo Venn + Teo Vaskin 2025-03-03",
    ],
)
def _in_phrase_of_another(path: list[Token], others: set[int]) -> bool:
    """A date inside the noun phrase of another encounter of the sentence, one with sides of its
    own ("followed up on the March 3 phone call between X and Y"): that encounter's day."""
    return any(
        token.pos_ in ("NOUN", "PROPN")
        and (
            token.i in others or any(c.i in others for c in token.children if c.dep_ == "compound")
        )
        for token in path
    )


@rule(
    "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on Monday. "
    "The two sides had candid discussions, building on the summit between Prime Minister Teo "
    "Vaskin of Vostrelia and President Mara Oduya of Kenya in Lisbon in November 2023.",
    [
        "meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10",
        "summit occurred: Teo Vaskin + Mara Oduya @Lisbon 2023-11-01",
    ],
    counter=(
        "Prime Minister Teo Vaskin of Vostrelia held talks with President Mara Oduya of Kenya in "
        "Lisbon in November 2023, building on the summit between Vaskin and President Arlo Venn.",
        ["talks occurred: Teo Vaskin + Mara Oduya @Lisbon 2023-11-01"],
    ),
    also=[
        (
            "President Arlo Venn of Norlandia met President Mara Oduya of Kenya to follow up on "
            "the summit between Prime Minister Teo Vaskin of Vostrelia and President Mara Oduya "
            "of Kenya in Lisbon in November 2023.",
            [
                "meeting occurred: Arlo Venn + Mara Oduya",
                "summit occurred: Teo Vaskin + Mara Oduya @Lisbon 2023-11-01",
            ],
        ),
    ],
)
def _told_of_another(path: list[Token], others: set[int], governors: set[int]) -> bool:
    """A place or time in a gerund or purpose clause whose object is another encounter of the
    sentence, one with sides of its own ("building on the summit between X and Y in Lisbon in
    November", "met Z to follow up on the summit between X and Y in Lisbon"): where and when
    that encounter was, not the one the sentence tells first."""
    for token in path:
        if (token.tag_ == "VBG" or purpose_infinitive(token)) and token.i not in governors:
            objects = [c for c in token.children if c.dep_ == "dobj"]
            objects += [o for c in token.children if c.dep_ == "prep" for o in c.children]
            if any(o.i in others for o in objects):
                return True
    return False
