"""From a parsed Doc and its Article to validated events: one record per encounter per document.

Sentence-level mentions (rules.encounters) are merged when they speak of the same encounter:
the same sides, a compatible form (a call is never a visit), a compatible state (what happened
is not what is planned) and no clash of dates. Surnames take the full name used elsewhere in the
document; places are geocoded with the participants' countries as context.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc

from diplo_extract.nlp.components import publisher_of
from diplo_extract.nlp.prefilter import Excerpt
from diplo_extract.normalize import actors as actor_norm
from diplo_extract.normalize.countries import country_name
from diplo_extract.normalize.dates import (
    find_reference_date,
    within_stay,
)
from diplo_extract.normalize.places import Place, dateline_place, geocode
from diplo_extract.resolve.encounters import (
    Draft,
    is_domestic_trip,
    named_places,
    resolve_encounters,
)
from diplo_extract.resolve.entities import actor_key, dedupe, home_state
from diplo_extract.resources import read_tsv
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.mentions import EncounterMention, Participation
from diplo_extract.rules.registry import rule
from diplo_extract.rules.setting import stay_days
from diplo_extract.rules.status import PAST_STATES
from diplo_extract.schema import (
    Article,
    Codes,
    DateSpan,
    Event,
    Evidence,
    Location,
    Participant,
)


@dataclass(frozen=True)
class Reference:
    date: dt.date | None
    source: str | None  # "published" | "text" | "option"


def reference_for(article: Article, fallback: dt.date | None = None) -> Reference:
    """The anchor for relative dates, by the contract's cascade; never the clock."""
    if article.published is not None:
        return Reference(article.published, "published")
    stated = find_reference_date(article.text)
    if stated is not None:
        return Reference(stated, "text")
    if fallback is not None:
        return Reference(fallback, "option")
    return Reference(None, None)


def assemble(doc: Doc, article: Article, reference: Reference) -> Iterator[Event]:
    drafts = resolve_encounters(doc, reference.date)
    dateline = dateline_place(article.text) if drafts else None
    # The pipeline may have read only an excerpt of the article (nlp/prefilter.py).
    excerpt = doc._.diplo_excerpt or Excerpt.whole(doc.text)
    home = home_state(doc)
    publisher = publisher_of(doc)
    given: set[str] = set()
    for draft in drafts:
        if all(m.sentence.start_char < excerpt.headline for m in draft.mentions):
            continue  # told only in a title the text does not hold: no evidence to give
        event = _to_event(draft, drafts, article, reference, dateline, excerpt)
        if (
            is_domestic_trip(event, home)
            or _citizen_trip(event, draft, publisher)
            or _two_states_alone(event)
            or _a_state_visits(event)
        ):
            continue
        yield _with_unique_id(event, given)


@rule(
    "Statement by Vice President Ilse Varro on the Passing of Civil Rights Leader, Jon Berg\n\n"
    "When Mr. Berg left Boston to travel to Mississippi in 1961, he knew that he could face "
    "jail time.",
    [],
    also=[
        (
            "Prime Minister Ida Brann of Norlandia left New York on Monday to travel to "
            "Mississippi.",
            ["visit occurred: Ida Brann + United States @Mississippi 2025-03-10"],
        ),
    ],
    counter=(
        "Ida Brann, Prime Minister of Norlandia, traveled to Mississippi on Monday.",
        ["visit occurred: Ida Brann + United States @Mississippi 2025-03-10"],
    ),
    url="https://www.whitehouse.gov/briefing-room/",
)
def _citizen_trip(event: Event, draft: Draft, publisher: str | None) -> bool:
    """ "When Mr. Berg left Boston to travel to Mississippi" in a White House release that names
    no state often enough to be told from (no `home_state`): a trip from one place of the
    publishing state to another by people of no state and no office, a citizen's, is no visit.
    "Ida Brann, Prime Minister of Norlandia, traveled to Mississippi" names no place she left
    at home: she may be of a state no gazetteer knows, and her trip stays one."""
    return (
        is_domestic_trip(event, publisher)
        and all(
            p.title is None for p in event.participants if p.role != "host" and p.country is None
        )
        and any(_other_place_of(m, publisher) for m in draft.mentions)
    )


def _other_place_of(mention: EncounterMention, state: str | None) -> bool:
    """The sentence names a place of `state` besides where the trip goes ("left Boston")."""
    where = mention.place.text if mention.place is not None else None
    return any(
        ent.label_ == "GPE"
        and ent.text != where
        and (place := geocode(ent.text)) is not None
        and place.country == state
        for ent in mention.sentence.ents
    )


# An encounter called off, put off or offered on a condition is news of its own, however little
# the text says of who or where ("a planned meeting between Chile and Peru was called off").
_NEWS_OF_ITS_OWN = frozenset({"cancelled", "postponed", "hypothetical"})


@rule(
    "Chile and Peru will begin negotiations of a fisheries agreement.",
    [],
    also=[
        ("Chile invited Peru to join the Clean Rivers Initiative.", []),
        ("Chile and Peru will hold talks in 2026.", ["talks planned: Chile + Peru 2026-01-01"]),
        ("Chile and Peru held talks in Arica.", ["talks occurred: Chile + Peru @Arica"]),
    ],
    counter=(
        "A planned meeting between the leaders of Chile and Peru was called off.",
        ["meeting cancelled: Chile + Peru"],
    ),
)
def _two_states_alone(event: Event) -> bool:
    """Two states and no one else, at no time and at no place finer than a state, are a
    relation between governments, not an encounter: negotiations of an agreement, a programme
    one invites the other to join, a summit both back. Nobody is said to meet anybody. A person,
    a body or a group, a city or venue, or a time makes it one ("Chile and Peru held talks in
    Arica", "will hold talks in 2026"); so does calling it off ("a planned meeting between the
    leaders of Chile and Peru was called off") or a condition ("Seoul would consider holding a
    summit with Pyongyang if ...")."""
    if len(event.participants) != 2 or any(p.kind != "country" for p in event.participants):
        return False
    if event.status in _NEWS_OF_ITS_OWN:
        return False
    return not _placed(event) and event.date is None


@rule(
    "President Teo Vaskin of Peru conveyed his desire to welcome Chile into the alliance.",
    [],
    also=[("President Teo Vaskin of Peru welcomed Chile to the alliance on Monday.", [])],
    counter=(
        "President Teo Vaskin of Peru welcomed Chile's delegation to Lima on Monday.",
        ["visit occurred: Teo Vaskin + Chile @Lima 2025-03-10"],
    ),
)
def _a_state_visits(event: Event) -> bool:
    """A visit whose visitors are states and nothing else, to no place finer than a state, is no
    trip anybody makes: a state welcomed into an alliance, a navy's port calls, a war ("went to
    Afghanistan to defeat ..."), a programme a state is invited to join. A city or venue makes
    it one ("welcomed Chile's delegation to Lima"), as does calling it off or a condition."""
    if event.type != "visit" or event.status in _NEWS_OF_ITS_OWN:
        return False
    visitors = [p for p in event.participants if p.role != "host"]
    return bool(visitors) and all(p.kind == "country" for p in visitors) and not _placed(event)


def _placed(event: Event) -> bool:
    """Whether the encounter has a place finer than a state: a city or a venue."""
    return event.location is not None and event.location.kind != "country"


def _to_event(
    draft: Draft,
    drafts: list[Draft],
    article: Article,
    reference: Reference,
    dateline: Place | None,
    excerpt: Excerpt,
) -> Event:
    kind = draft.type
    status = draft.settled_status(reference.date)
    location = None if kind == "call" else _location(draft, kind, dateline, reference, drafts)
    participants = _leader_of_the_place(dedupe(draft.participants), location, draft)
    host_state = _reception_host(draft, location) if kind == "meeting" else None
    if host_state is not None:
        # "Lula received Sanchez at the Planalto palace": one side came to the other, a visit.
        kind = "visit"
        participants = [
            Participation(
                p.phrase,
                p.actor,
                "host" if p.actor.country == host_state else "visitor",
                p.relation,
            )
            for p in participants
        ]
    elif kind == "visit":
        participants = _with_host(participants, location)
    else:
        participants = [Participation(p.phrase, p.actor, None, p.relation) for p in participants]
    occasion = next((m.occasion for m in draft.mentions if m.occasion), None)
    evidence = _evidence(draft.mentions, article.text, excerpt)
    date = _date_span(draft, reference)
    records = [
        Participant(
            name=p.actor.name,
            kind=p.actor.kind,
            title=p.actor.title,
            country=p.actor.country,
            role=p.role if kind == "visit" else None,
            mention=p.actor.mention,
        )
        for p in participants
    ]
    return Event(
        event_id=_event_id(article.id, records, kind, evidence[0].start),
        doc_id=article.id,
        source=article.source,
        url=article.url,
        type=kind,
        status=status,
        participants=records,
        location=location,
        occasion=occasion,
        date=date,
        topics=topics_of(" ".join(item.text for item in evidence)),
        codes=_codes(kind, status, records, location),
        confidence=_confidence(draft),
        mentions=len({m.sentence.start for m in draft.mentions}),
        evidence=evidence,
    )


@rule(
    "Foreign Minister Ada Njeri of Kenya, who arrived in Lima on Sunday, met President Ilse "
    "Varro at the presidential palace on Monday.",
    ["meeting occurred: Ada Njeri + Ilse Varro @Lima 2025-03-10"],
    counter=(
        "Foreign Minister Ada Njeri of Kenya met President Ilse Varro on the sidelines of the "
        "Andean summit in Lima on Monday.",
        ["meeting occurred: Ada Njeri + Ilse Varro @Lima 2025-03-10"],
    ),
)
def _leader_of_the_place(
    participants: list[Participation], location: Location | None, draft: Draft
) -> list[Participation]:
    """A head of state or government the text gives no state, met in a state by visitors from
    one other state, with no one else of that state there, is its leader: "Njeri of Kenya, who
    arrived in Lima, met President Ilse Varro" (Peru). Not at a gathering, where leaders of any
    state meet ("on the sidelines of the summit in Lima")."""
    if location is None or location.country is None:
        return participants
    if any(m.occasion for m in draft.mentions) or draft.type == "summit":
        return participants
    heads = cues().head_titles
    unplaced = [
        p
        for p in participants
        if p.actor.kind == "person"
        and actor_norm.stateless(p.actor)
        and actor_norm.has_title(p.actor, heads)
        and p.relation != "subject"  # the one met; who meets may be the one who came
    ]
    # Of the state itself there may be the state ("a state visit to Peru at the invitation of
    # President Varro"), not a person.
    countries = {p.actor.country for p in participants if p.actor.country}
    people_there = {
        p.actor.country for p in participants if p.actor.kind != "country" and p.actor.country
    }
    if len(unplaced) != 1 or len(countries - {location.country}) != 1:
        return participants  # one visitor's state: with a third one, the leader could be its
    if location.country in people_there:
        return participants
    (leader,) = unplaced
    placed = replace(leader.actor, country=location.country)
    return [
        Participation(p.phrase, placed, p.role, p.relation) if p is leader else p
        for p in participants
    ]


def _reception_host(draft: Draft, location: Location | None) -> str | None:
    """The host's state when the encounter is told as one leader receiving another from abroad,
    where the host is (or no place is named)."""
    for mention in draft.mentions:
        if mention.trigger.lemma_ not in cues().reception_verbs or mention.trigger.pos_ != "VERB":
            continue
        hosts = {p.actor.country for p in mention.participants if p.relation == "subject"}
        guests = {p.actor.country for p in mention.participants if p.relation == "object"}
        if any(c.dep_ == "auxpass" for c in mention.trigger.children):
            hosts, guests = guests, hosts  # "Ruto was received by Xi"
        if len(hosts) != 1 or None in hosts or not guests or None in guests or hosts & guests:
            continue
        (host,) = hosts
        if location is None or location.country == host:
            return host
    return None


def _only_states(draft: Draft) -> bool:
    return all(place.kind == "country" for _text, place in named_places(draft))


def _location(
    draft: Draft, kind: str, dateline: Place | None, reference: Reference, drafts: list[Draft]
) -> Location | None:
    """Where the encounter happens: the place its mentions name, the most specific first; for a
    visit, the state visited; else a same-country dateline for a leader's meeting at home."""
    context = [p.actor.country for p in draft.participants if p.actor.country]
    named = named_places(draft)
    if draft.trip is not None:
        # A meeting on a visit: where the visit is, or the city of it in the state it names.
        trip = _location(_leg_of(draft, drafts), "visit", None, reference, drafts)
        trip = _city_told_with(draft, trip, drafts)
        if not named or (
            trip is not None
            and trip.kind != "country"
            and _only_states(draft)
            and trip.country == named[0][1].country
        ):
            return trip
    if draft.beside is not None and not named:
        # "X also met Y", after an encounter of X's with its place: where that one is.
        return _location(draft.beside, draft.beside.type, dateline, reference, drafts)
    hosts = [
        p
        for p in draft.participants
        if p.role == "host" and p.phrase is not None and p.actor.kind == "country"
    ]
    host_states = {p.actor.country for p in draft.participants if p.role == "host"} - {None}
    if kind == "visit" and not hosts and not named and len(host_states) == 1:
        # "X was invited by Kenya's Kenyatta to pay a state visit": the host's state is visited.
        (state,) = host_states
        named = [(country_name(state), geocode(country_name(state), [state]))]
        named = [(text, place) for text, place in named if place is not None]
    if kind == "visit" and len(hosts) == 1:
        host_text = hosts[0].actor.mention
        host_place = geocode(host_text, context)
        if host_place is not None and not any(
            place.country == host_place.country for _t, place in named
        ):
            named.insert(0, (host_text, host_place))
    if named:
        text, place = named[0]
        if place.country is None:
            place = _placed_in(place, host_states, dateline, draft, reference)
            if place is None:
                return None
        for other_text, other in named[1:]:
            if (
                other.country == place.country
                and place.kind in ("country", "region")
                and other.kind in ("city", "venue")
            ):
                text, place = other_text, other
                break
        if (
            place.kind == "country"
            and dateline is not None
            and dateline.country == place.country
            and _told_from_there(draft, reference)
        ):
            # "KESSEL, March 3 - President Venn is in Norlandia for a two-day visit": the city
            # the story is filed from, in the state the text names.
            return _as_location(dateline, dateline.name)
        return _as_location(place, text)
    if (
        dateline is not None
        and kind in ("meeting", "talks", "summit")
        and dateline.country in context
        and _told_from_there(draft, reference)
    ):
        return _as_location(dateline, dateline.name)
    return None


@rule(
    # the meeting with Mensah, of the state of the leg it was joined to, stays where it is
    "President Ulla Marsk of Norway will visit Kenya and Ghana from May 20-May 24 to deepen ties "
    "between our governments. This trip will advance our commitment to our alliances with Kenya "
    "and Ghana. In each country, President Marsk will hold bilateral meetings with her "
    "counterparts: newly elected President Ada Njeri of Kenya and Prime Minister Kofi Mensah of "
    "Ghana.",
    [
        "visit planned: Ulla Marsk + Ada Njeri @Kenya 2025-05-20",
        "visit planned: Ulla Marsk + Kofi Mensah @Ghana 2025-05-20",
        "meeting planned: Ulla Marsk + Ada Njeri @Kenya 2025-05-20",
        "meeting planned: Ulla Marsk + Kofi Mensah @Ghana 2025-05-20",
    ],
)
def _leg_of(draft: Draft, drafts: list[Draft]) -> Draft:
    """ "Marsk will visit Kenya and Ghana. In each country, she will hold bilateral meetings
    with President Njeri of Kenya and President Mensah of Ghana": a meeting joined to one leg of
    a trip through several states, with someone of a state another leg of the same traveller
    visits, is held on that other leg; a meeting on a one-state trip with a third state's leader
    stays where the trip is."""
    trip = draft.trip
    assert trip is not None
    visitors = _visitor_keys(trip)
    met = {
        p.actor.country
        for p in draft.participants
        if p.actor.country and actor_key(p.actor) not in visitors
    }
    if not met or met & _hosted_by(trip):
        return trip
    legs = [
        leg
        for leg in drafts
        if leg.type == "visit" and _visitor_keys(leg) == visitors and met & _hosted_by(leg)
    ]
    return legs[0] if len(legs) == 1 else trip


def _visitor_keys(visit: Draft) -> set[str]:
    return {actor_key(p.actor) for p in visit.participants if p.role == "visitor"}


def _hosted_by(visit: Draft) -> set[str | None]:
    """The states whose people host the visit."""
    return {p.actor.country for p in visit.participants if p.role == "host"}


@rule(
    "Foreign Minister Ulla Marsk of Norway, on her first trip to China since taking office, "
    "sounded positive after meetings with Chinese Premier Li Wen and Foreign Minister Zhao Min "
    "on Tuesday. Foreign Minister Zhao Min of China shook hands with Ulla Marsk in Beijing on "
    "Tuesday.",
    [
        "visit occurred: China + Ulla Marsk @China",
        "meeting occurred: Ulla Marsk + Li Wen @Beijing 2025-03-11",
        "meeting occurred: Ulla Marsk + Zhao Min @Beijing 2025-03-11",
    ],
    counter=(
        "President Ulla Marsk of Norway will pay a state visit to China from March 20 to 22. "
        "Premier Li Wen of China will hold talks with President Marsk in Beijing. Foreign "
        "Minister Zhao Min of China will call on the visiting President.",
        [
            "visit planned: Ulla Marsk + China @China 2025-03-20",
            "talks planned: Li Wen + Ulla Marsk @Beijing 2025-03-20",
            "meeting planned: Zhao Min + Ulla Marsk @China 2025-03-20",
        ],
    ),
)
def _city_told_with(draft: Draft, place: Location | None, drafts: list[Draft]) -> Location | None:
    """Meetings told together in one phrase on a visit the text names by its state ("on her
    first trip to China ... after meetings with Premier Li and Foreign Minister Zhao") are held
    in the city one of them is placed in ("Zhao shook hands with Marsk in Beijing"), not merely
    in the state; a meeting told apart ("Zhao will call on the visiting President", after talks
    with Li in Beijing) is not."""
    if place is None or place.kind != "country":
        return place
    told = {id(mention) for mention in draft.mentions}
    cities = {
        city.name: (text, city)
        for other in drafts
        if other is not draft and any(id(mention) in told for mention in other.mentions)
        for text, city in named_places(other)
        if city.kind == "city" and city.country == place.country
    }
    if len(cities) != 1:
        return place
    ((text, city),) = cities.values()
    return _as_location(city, text)


@rule(
    "Foreign Minister Ulla Marsk of Norlandia met Foreign Minister Teo Vaskin of Vostrelia in "
    "Kessel on Tuesday.",
    ["meeting occurred: Ulla Marsk + Teo Vaskin @Kessel 2025-03-11"],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia met Foreign Minister Teo Vaskin of Peru in "
        "Kessel on Tuesday.",
        ["meeting occurred: Ulla Marsk + Teo Vaskin 2025-03-11"],
    ),
)
def _outside_gazetteers(draft: Draft) -> bool:
    """Whether every side is of a state no gazetteer knows ("Marsk of Norlandia met Vaskin of
    Vostrelia in Kessel"): there the geocoder's silence on "Kessel" says nothing against the
    place, which stays the venue with no country; beside a known state ("Vaskin of Peru") a place
    the geocoder does not know is as likely a mis-tag, and it stays out."""
    return all(p.actor.country is None and p.actor.state is not None for p in draft.participants)


@rule(
    "President Mara Oduya of Kenya hosted Prime Minister Teo Vaskin of Peru in Kessel on Monday.",
    ["visit occurred: Mara Oduya + Teo Vaskin @Kessel 2025-03-10"],
    counter=(
        "President Mara Oduya of Kenya met Prime Minister Teo Vaskin of Peru in Kessel on Monday.",
        ["meeting occurred: Mara Oduya + Teo Vaskin 2025-03-10"],
    ),
)
def _placed_in(
    place: Place, host_states: set[str], dateline: Place | None, draft: Draft, reference: Reference
) -> Place | None:
    """A place no gazetteer knows is in the state that hosts the encounter, or in the dateline's
    state when the story is filed from there on its days; between two guests, in no state we
    can tell, it is no location (unless no side is of a state the gazetteers know)."""
    filed_there = dateline is not None and _told_from_there(draft, reference)
    if len(host_states) == 1:
        (state,) = host_states
    elif not host_states and (received_by := _reception_host(draft, None)) is not None:
        state = received_by  # "Oduya of Kenya hosted Vaskin in Kessel"
    elif filed_there and dateline.country:
        state = dateline.country
    else:
        return place if _outside_gazetteers(draft) else None
    if filed_there and dateline.country == state and dateline.lat is not None:
        return dateline  # "APIA - ... met at Government Building": the known city filed from
    return replace(place, country=state)


def _told_from_there(draft: Draft, reference: Reference) -> bool:
    """Whether the story's dateline can be where the encounter is: one of the days it was
    filed (or undated), taking place or set to."""
    when = draft.resolved
    recent = (
        when is None
        or when.start is None
        or reference.date is None
        or abs((when.start - reference.date).days) <= 3
    )
    return recent and draft.status in ("occurred", "ongoing", "planned")


def _as_location(place: Place, mention: str) -> Location:
    # A venue is named with its city, as annotators write it: "White House, Washington".
    name = f"{place.name}, {place.city}" if place.kind == "venue" and place.city else place.name
    return Location(
        name=name,
        kind=place.kind,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        geonames_id=place.geonames_id,
        mention=mention,
    )


def _with_host(participants: list[Participation], location: Location | None) -> list[Participation]:
    """A visit has a visitor and a host; the host is the state visited when no host is named."""
    if location is None or location.country is None:
        return participants
    countries = {p.actor.country for p in participants}
    if location.country in countries:
        return [
            Participation(
                p.phrase,
                p.actor,
                "host" if p.actor.country == location.country else "visitor",
                p.relation,
            )
            for p in participants
        ]
    host = actor_norm.Actor(
        name=country_name(location.country),
        kind="country",
        title=None,
        country=location.country,
        mention=location.mention,
    )
    visitors = [Participation(p.phrase, p.actor, "visitor", p.relation) for p in participants]
    return [*visitors, Participation(None, host, "host", "host")]


def _date_span(draft: Draft, reference: Reference) -> DateSpan | None:
    if draft.date_text is None:
        return None
    resolved = draft.resolved
    if draft.type == "visit":
        # Only the record spans the stay: the encounter's first day still decides which other
        # mentions are of it.
        dated = next((m for m in draft.mentions if m.date and m.date.text == draft.date_text), None)
        resolved = within_stay(resolved, stay_days(dated.trigger) if dated else None)
    return DateSpan(
        mention=draft.date_text,
        start=resolved.start if resolved else None,
        end=resolved.end if resolved else None,
        precision=resolved.precision if resolved else None,
        reference=reference.date,
        reference_source=reference.source if reference.date else None,
    )


def _evidence(mentions: list[EncounterMention], text: str, excerpt: Excerpt) -> list[Evidence]:
    """The sentences that state the encounter, with offsets into the article's own text."""
    seen = set()
    evidence = []
    for m in sorted(mentions, key=lambda m: m.sentence.start_char):
        if m.sentence.start_char in seen or m.sentence.start_char < excerpt.headline:
            continue
        seen.add(m.sentence.start_char)
        start, end = excerpt.source_span(m.sentence.start_char, m.sentence.end_char)
        evidence.append(Evidence(text=text[start:end], start=start, end=end))
    return evidence


@cache
def _topic_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    cues = {row["cue"]: row["topic"] for row in read_tsv("topics.tsv")}
    alternatives = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), cues


def topics_of(text: str) -> list[str]:
    """Agenda topics named in the text, in order of first mention."""
    pattern, cues = _topic_pattern()
    found: list[str] = []
    for match in pattern.finditer(text.lower()):
        topic = cues[match.group(0)]
        if topic not in found:
            found.append(topic)
    return found


def _codes(
    kind: str, status: str, participants: list[Participant], location: Location | None
) -> Codes:
    countries = {p.country for p in participants if p.country}
    multilateral = len(participants) >= 3
    if status not in PAST_STATES:
        return Codes(cameo="036", plover_mode="multilateral" if multilateral else None)
    if kind == "call":
        return Codes(cameo="041", plover_mode="phone")
    if kind == "visit":
        return Codes(cameo="042", plover_mode="visit")
    if kind == "talks":
        return Codes(cameo="046", plover_mode="multilateral" if multilateral else None)
    if (
        location is not None
        and location.country
        and countries
        and location.country not in countries
    ):
        return Codes(cameo="044", plover_mode="third-party")
    return Codes(cameo="040", plover_mode="multilateral" if multilateral else None)


def _confidence(draft: Draft) -> float:
    strength = max(m.strength for m in draft.mentions)
    support = min(len(draft.mentions), 4) / 4
    named = sum(1 for p in draft.participants if p.actor.kind == "person") / max(
        1, len(draft.participants)
    )
    score = 0.45 + 0.25 * strength + 0.15 * support + 0.1 * named
    if draft.status == "hypothetical":
        score -= 0.15
    return round(min(0.99, max(0.05, score)), 2)


def _event_id(doc_id: str, participants: list[Participant], kind: str, anchor: int) -> str:
    keys = ",".join(sorted(f"{p.kind}:{p.country}:{p.name}" for p in participants))
    digest = hashlib.sha1(f"{doc_id}|{kind}|{keys}|{anchor}".encode()).hexdigest()
    return digest[:16]


def _with_unique_id(event: Event, given: set[str]) -> Event:
    """Two records of one article with the same sides, type and first sentence (one visit told
    with the roles each way round, a plan and its cancellation) still get two ids: a repeated id
    is hashed again with its ordinal. `given` holds the ids of the article's records so far."""
    event_id, ordinal = event.event_id, 1
    while event_id in given:
        ordinal += 1
        event_id = hashlib.sha1(f"{event.event_id}#{ordinal}".encode()).hexdigest()[:16]
    given.add(event_id)
    if event_id == event.event_id:
        return event
    return event.model_copy(update={"event_id": event_id})
