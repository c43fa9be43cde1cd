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
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc

from diplo_extract.nlp.prefilter import Excerpt
from diplo_extract.normalize import actors as actor_norm
from diplo_extract.normalize.countries import capital_of, country_code, country_name
from diplo_extract.normalize.dates import (
    Resolved,
    find_reference_date,
    resolve_date,
    within_stay,
)
from diplo_extract.normalize.places import Place, dateline_place, geocode, shared_names
from diplo_extract.resources import read_tsv
from diplo_extract.rules.actor_spans import COUNTRY, DEMONYM, GAZETTEER_KEY, NASAB, is_heading
from diplo_extract.rules.encounters import (
    RECEPTION_VERBS,
    EncounterMention,
    Participation,
    collective_of_states,
    is_invitation,
    stay_days,
)
from diplo_extract.rules.registry import rule
from diplo_extract.rules.status import FUTURE_STATES, PAST_STATES, STATUS_PRIORITY
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


@dataclass
class _Draft:
    mentions: list[EncounterMention] = field(default_factory=list)
    participants: list[Participation] = field(default_factory=list)
    resolved: Resolved | None = None
    date_text: str | None = None
    trip: _Draft | None = None  # the visit this encounter is part of
    is_visit: bool = False  # a meeting that is the substance of a visit folded into it
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
        dated = self.resolved is not None and self.resolved.precision == "day"
        if best == "planned" and "invited" in states and not dated:
            return (
                "invited"  # an invitation that talk of "the planned visit" has not fixed a date for
            )
        return best

    @property
    def type(self) -> str:
        """The form the encounter is first stated in with its sides; a call stays a call."""
        if self.is_visit:
            return "visit"
        if self.is_call:
            return "call"
        if any(m.type == "call" and m.strength >= 0.8 and not m.generic for m in self.mentions):
            return "call"
        defining = [m for m in self.mentions if len(m.participants) >= 2 and not m.generic]
        return (defining or self.mentions)[0].type


def actor_key(actor: actor_norm.Actor) -> str:
    """Identity of an actor inside one document: a person by surname, the rest by state or name."""
    if actor.kind == "person" and _unnamed(actor):
        # "Kenya's foreign minister" and "Uganda's foreign minister" are two people.
        return f"t:{_side_of(actor)}:{_fold(actor.title or 'counterpart')}"
    if actor.kind == "person":
        words = _fold(actor.name).split()
        nasab = next((i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in NASAB), 0)
        if nasab:
            # "Mohamed bin Zayed Al Nahyan" and "Abdullah bin Zayed Al Nahyan" share a family name:
            # a person of an Arab ruling house is told apart by name and father's name.
            return "p:" + " ".join(words[nasab - 1 : nasab + 2])
        name = _fold(actor_norm.surname(actor.name))
        for prefix in ("al-", "el-", "al ", "el "):
            if name.startswith(prefix):
                name = name[len(prefix) :]
        return "p:" + name
    if actor.kind == "group" and actor.country and not _named_by_state(actor.name):
        # "the Sudanese army and the RSF": two parties of one state, told apart by name.
        return "o:" + _fold(actor.name)
    if actor.country:
        return f"s:{actor.country}"
    return "o:" + _fold(actor.name)


def _side_of(actor: actor_norm.Actor) -> str | None:
    """The state an actor stands for: its code, else the state's name as the text writes it, cut
    to its stem so that "Norlandia" and "Norlandian" are one state."""
    if actor.country is not None or actor.state is None:
        return actor.country
    return "~" + _stem(_fold(actor.state))


def _stem(word: str) -> str:
    for ending in ("ians", "ian", "ans", "an", "ese", "ish", "ia", "i", "a", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


@cache  # actor_key runs for every comparison of drafts
def _named_by_state(name: str) -> bool:
    """ "Sudanese army", "U.S. officials", "the Russian side": a group named by its state."""
    words = [w for w in name.split() if w.lower() not in ("the", "a", "an")]
    return any(country_code(" ".join(words[:n])) for n in (1, 2, 3) if len(words) >= n)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def assemble(doc: Doc, article: Article, reference: Reference) -> Iterator[Event]:
    mentions: list[EncounterMention] = list(doc._.diplo_mentions or [])
    people = _people_index(mentions, doc._.diplo_people or [])
    titled = _titled_in_text(doc)
    regions = _own_regions(doc)
    drafts: list[_Draft] = []
    gatherings: list[tuple[EncounterMention, list[Participation]]] = []
    attendees: list[tuple[EncounterMention, list[Participation]]] = []
    for mention in mentions:
        participants = _resolve_people(mention.participants, people)
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
            if mention.anaphoric and _tells_more_of(drafts[-1], mention, participants):
                # "The talks will be the fourth round hosted by Baghdad": where, when, what next.
                _add_time(drafts[-1], mention, reference)
                drafts[-1].mentions.append(mention)
                continue
            if mention.refers_back == "people":
                # "the two leaders met", "Michel met with the two leaders": the people named before.
                participants = _dedupe([*participants, *drafts[-1].participants])
            elif mention.refers_back == "states":
                # "both governments", "their foreign ministers": the states named before.
                participants = _dedupe([*participants, *_states_of(drafts[-1].participants)])
        participants = _with_destination(mention, participants)
        for group in _split_bilaterals(mention, participants):
            if not _is_encounter(group, titled, regions):
                if _is_gathering(mention, group):
                    gatherings.append((mention, group))
                elif _names_attendees(mention, group):
                    attendees.append((mention, group))
                continue
            tense = mention.date_tense or _tense(mention.status)
            resolved = None
            if mention.date is not None:
                resolved = resolve_date(mention.date.text, reference.date, tense)
                mention.status = _status_by_date(mention.status, resolved, reference.date)
            draft = _find_same(drafts, group, mention, resolved)
            if draft is None:
                draft = _Draft()
                drafts.append(draft)
            draft.mentions.append(mention)
            _add_participants(draft, group)
            if mention.date is not None:
                _take_date(draft, resolved, mention.date.text)
    for mention, group in gatherings:
        _add_gathering(drafts, mention, group, reference)
    for mention, group in attendees:
        _add_attendees(drafts, mention, group, reference)
    _calls_told_generically(drafts, mentions)
    for draft in drafts:
        _name_the_host(draft, drafts, people)
    drafts = _merge_restated(drafts)
    for draft in drafts:
        _join_trip(draft, drafts)
        _join_occasion(draft, mentions)
    drafts = _fold_trips(drafts)
    dateline = dateline_place(article.text) if drafts else None
    # The pipeline may have read only an excerpt of the article (nlp/prefilter.py).
    excerpt = doc._.diplo_excerpt or Excerpt.whole(doc.text)
    home = _home_state(doc)
    for draft in drafts:
        event = _to_event(draft, article, reference, dateline, excerpt)
        if not _is_domestic_trip(event, home):
            yield event


def _tells_more_of(
    draft: _Draft, mention: EncounterMention, participants: list[Participation]
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
    if mention.place is not None:
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


def _add_time(draft: _Draft, mention: EncounterMention, reference: Reference) -> None:
    """ "The meeting took place in Vienna on Tuesday": the time a later mention tells of an
    encounter that had none."""
    if mention.date is None:
        return
    tense = mention.date_tense or _tense(mention.status)
    _take_date(draft, resolve_date(mention.date.text, reference.date, tense), mention.date.text)


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _take_date(draft: _Draft, resolved: Resolved | None, text: str) -> None:
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
    if finer and inside:
        draft.resolved, draft.date_text = resolved, text


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
    host = actor_norm.Actor(
        name=country_name(place.country),
        kind="country",
        title=None,
        country=place.country,
        mention=mention.place.text,
    )
    return [*participants, Participation(None, host, "host", "host")]


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


def _join_occasion(draft: _Draft, mentions: list[EncounterMention]) -> None:
    """A meeting "on the sidelines of this month's ASEAN-US summit" that names no place is where
    the document says that gathering is: "The summit ... is to take place in New York"."""
    occasion = next((m.occasion for m in draft.mentions if m.occasion), None)
    if occasion is None or _named_places(draft) or draft.trip is not None:
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


def _name_the_host(draft: _Draft, drafts: list[_Draft], people) -> None:
    """ "Putin had a telephone conversation with Erdogan. ... The President of Turkey accepted an
    invitation to visit Russia"; "Kessler will visit Berlin" in an article that names one German,
    Chancellor Brandauer: the host is the one person of the state visited whom the visitor dealt
    with in the document, else the one person of that state the document names."""
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
        if p.actor.kind == "person" and p.actor.country in states and not _unnamed(p.actor)
    }
    if not found and not any(is_invitation(m.trigger) for m in draft.mentions):
        named = {
            key: actor
            for key, actor in people.items()
            if actor.country in states and not _unnamed(actor) and not actor.former
        }
        found = {k: Participation(None, a, "host", "host") for k, a in named.items()}
    if len(found) == 1:
        (person,) = found.values()
        _add_participants(draft, [Participation(person.phrase, person.actor, "host", "host")])


def _calls_told_generically(drafts: list[_Draft], mentions: list[EncounterMention]) -> None:
    """ "Modi spoke by phone with the leaders of the neighbouring countries. In his conversation
    with the King of X, ...": an encounter told only with a word that names no form ("his
    conversation with", "their discussion"), by someone the article has on the phone, with no
    place named, is a call."""
    callers = {
        actor_key(p.actor)
        for m in mentions
        if m.type == "call" and not m.generic and m.strength >= 0.8
        for p in m.participants
        if p.relation == "subject"
    }
    if not callers:
        return
    for draft in drafts:
        if (
            draft.type != "call"
            and all(m.generic for m in draft.mentions)
            and not any(m.place is not None for m in draft.mentions)
            and callers & draft.keys
        ):
            draft.is_call = True


def _merge_restated(drafts: list[_Draft]) -> list[_Draft]:
    """Two visits that now have the same sides, form and state, at no clashing time or place,
    are one visit told twice ("Kessler's visit to Berlin" ... "Kessler's trip to Brandauer")."""
    kept: list[_Draft] = []
    for draft in drafts:
        same = next(
            (
                k
                for k in kept
                if k.type == draft.type == "visit"
                and k.keys == draft.keys
                and k.status == draft.status
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
        _add_participants(same, draft.participants)
        if draft.date_text is not None:
            _take_date(same, draft.resolved, draft.date_text)
    return kept


def _join_trip(draft: _Draft, drafts: list[_Draft]) -> None:
    """A meeting that names no place, between a visitor and someone of the state visited, at a
    time the visit allows, is part of that visit: "Ardern pays her first visit to Fiji today. She
    will then sit down to a formal meeting with Bainimarama" takes the visit's place (and its
    day, when the meeting has none)."""
    if draft.type in ("visit", "call") or draft.status not in _SETTLED_STATES:
        return
    named_countries = {place.country for _text, place in _named_places(draft)}
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
            visit.status in ("postponed", "cancelled")
            and draft.status == "planned"
            and (visit.mentions[0].sentence.start == start or not named_countries)
        )
        if visit.status not in _SETTLED_STATES and not called_off:
            continue
        visitors = {actor_key(p.actor) for p in visit.participants if p.role == "visitor"}
        host_states = {p.actor.country for p in visit.participants if p.role == "host"}
        others = [p for p in draft.participants if actor_key(p.actor) not in visitors]
        if not (visitors & draft.keys) or not any(p.actor.country in host_states for p in others):
            continue
        if not named_countries <= host_states:
            continue  # it names a place elsewhere
        if not (called_off or _compatible_states(draft.status, visit.status)):
            continue
        if _dates_clash(draft.resolved, visit.resolved):
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
    ):
        # told apart from the call-off, the meeting stays a record of its own, with its fate
        draft.called_off = draft.trip.status
    trip = draft.trip.resolved
    if draft.resolved is None and trip is not None and _short_stay(trip):
        draft.resolved = trip
        draft.date_text = draft.trip.date_text


def _short_stay(span: Resolved) -> bool:
    """A visit of one day, or of a few told to the day ("from April 5 to 7"): the time of each
    meeting on it that names none."""
    if span.start is None or span.precision != "day":
        return False
    return ((span.end or span.start) - span.start).days <= 6


def _fold_trips(drafts: list[_Draft]) -> list[_Draft]:
    """A visit with one meeting with its hosts is one encounter, told as the visit: "Modi will
    travel to Paris for talks with Macron" is Modi's visit to Macron, in Paris; so is "Ardern
    arrived in Suva. She met Bainimarama on Tuesday". A visit with several meetings stays the
    frame of each of them."""
    meetings_on: dict[int, list[_Draft]] = {}
    for draft in drafts:
        if draft.trip is not None:
            meetings_on.setdefault(id(draft.trip), []).append(draft)
    folded: set[int] = set()
    for draft in drafts:
        trip = draft.trip
        if trip is None or len(meetings_on[id(trip)]) != 1 or id(trip) in folded:
            continue
        if draft.called_off:
            continue
        folded.add(id(trip))
        draft.is_visit = True
        draft.mentions = sorted(
            [*draft.mentions, *trip.mentions], key=lambda m: (m.sentence.start, m.trigger.i)
        )
        if trip.date_text is not None:
            _take_date(draft, trip.resolved, trip.date_text)
    return [draft for draft in drafts if id(draft) not in folded]


def _status_by_date(status: str, resolved: Resolved | None, reference: dt.date | None) -> str:
    """A date after the article's own can't have happened yet."""
    if not (resolved and resolved.start and reference):
        return status
    if status == "occurred" and resolved.start > reference:
        return "planned"
    return status


def _settled_status(draft: _Draft, reference: Reference) -> str:
    """The encounter's last state; a plan whose whole time was over before the article was
    written, and that nothing in it calls off, took place ("one month after President Yoon's
    visit to Tokyo in March")."""
    status = draft.status
    resolved = draft.resolved
    if (
        status == "planned"
        and resolved
        and resolved.end
        and reference.date
        and resolved.end < reference.date
    ):
        return "occurred"
    return status


def _home_state(doc: Doc) -> str | None:
    """The state the document is told from: the one it names most often ("U.S.", "American",
    "the United States" in a White House release), if it leads clearly."""
    named = (
        country_code(span.text)
        for span in doc.spans.get(GAZETTEER_KEY, [])
        if span.label_ in (COUNTRY, DEMONYM)
    )
    counts = Counter(code for code in named if code).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def _is_domestic_trip(event: Event, home: str | None = None) -> bool:
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
    return (
        event.location.country == home
        and visitors <= {None, home}
        and (capital is None or _fold(event.location.name) != _fold(capital))
    )


def _tense(status: str) -> str | None:
    if status in PAST_STATES:
        return "past"
    if status in FUTURE_STATES:
        return "future"
    return None


def _people_index(
    mentions: list[EncounterMention], named: list[actor_norm.Actor] = ()
) -> dict[str, actor_norm.Actor]:
    """Surname → the fullest description of that person anywhere in the document: in its
    encounters or anywhere else ("Danish Prime Minister Karin Holm said the talks ...")."""
    index: dict[str, actor_norm.Actor] = {}
    actors = [p.actor for m in mentions for p in m.participants]
    for actor in [*actors, *named]:
        if actor.kind != "person":
            continue
        key = actor_key(actor)
        known = index.get(key)
        index[key] = _richer(known, actor) if known else actor
    _states_from_titles(index, mentions)
    return index


def _states_from_titles(index: dict[str, actor_norm.Actor], mentions) -> None:
    """A title in one sentence and the name in another: "External Affairs Minister Sushma Swaraj"
    (no state) is of India when the document speaks of "the Indian foreign minister" and of no
    other state's foreign minister, and never sets the two side by side in one encounter."""
    offices: dict[str, set[str]] = {}
    for mention in mentions:
        for p in mention.participants:
            if _title_only(p.actor) and p.actor.country:
                offices.setdefault(p.actor.title.lower(), set()).add(p.actor.country)
    for key, person in list(index.items()):
        if person.country is not None or person.title is None or _unnamed(person):
            continue
        states = offices.get(person.title.lower(), set())
        if len(states) != 1:
            continue
        (state,) = states
        # Not someone who deals with people of that state: "Deputy Adviser X met Indian
        # officials" is no Indian.
        beside = any(
            key in {actor_key(p.actor) for p in m.participants}
            and any(p.actor.country == state for p in m.participants)
            for m in mentions
        )
        if not beside:
            index[key] = replace(person, country=state)


def _namesake(short: actor_norm.Actor, full: actor_norm.Actor) -> bool:
    """Whether `short` ("Mr. Singh") took its state and office from a gazetteer namesake while
    the document's fuller name ("Daleep Singh") is someone the gazetteer does not know."""
    return (
        len(short.name.split()) == 1
        and len(full.name) > len(short.name)
        and actor_norm.in_gazetteer(short.name)
        and not actor_norm.in_gazetteer(full.name)
    )


def _richer(a: actor_norm.Actor, b: actor_norm.Actor) -> actor_norm.Actor:
    if _namesake(a, b) or _namesake(b, a):
        full = b if len(b.name) > len(a.name) else a
        return replace(full, kind="person")
    name = a.name if len(a.name) >= len(b.name) else b.name
    mention = a.mention if name == a.name else b.mention
    return actor_norm.Actor(
        name=name,
        kind="person",
        title=a.title or b.title,
        country=a.country or b.country,
        mention=mention,
        former=a.former and b.former,
        state=a.state or b.state,
    )


_COUNTERPART = re.compile(r"\b(?:counterpart|peer)s?\b", re.IGNORECASE)


def _counterparts(actor: actor_norm.Actor) -> bool:
    """ "Tonga counterparts" of "his Tonga and Samoa counterparts": a group of one state."""
    return (
        actor.kind == "group"
        and actor.country is not None
        and _COUNTERPART.search(actor.name) is not None
    )


def _unnamed(actor: actor_norm.Actor) -> bool:
    """A person the text describes without naming: an office ("the Kenyan foreign minister") or
    a counterpart ("his Omani counterpart")."""
    return actor.kind == "person" and (
        _title_only(actor) or _COUNTERPART.search(actor.name) is not None
    )


def _title_only(actor: actor_norm.Actor) -> bool:
    """ "the Venezuelan president", "the Cuban leader": a person named by office alone."""
    return (
        actor.kind == "person"
        and actor.title is not None
        and actor.title.lower() in actor.name.lower()
    )


_HEADS = {"president", "prime minister", "chancellor", "king", "emir", "amir", "premier", "sultan"}


def _holder_of(
    actor: actor_norm.Actor, people, peers: tuple[str | None, ...] = ()
) -> actor_norm.Actor | None:
    """The one person of the document named with this office and state; for "the Malaysian
    leader", the one head of state or government of that state the document names."""
    named = [
        p
        for p in people.values()
        if not _unnamed(p)
        and p.country == actor.country
        and (actor.former or not p.former)  # "the Japanese prime minister" is not Noda, "former"
    ]
    if actor.title is None:
        # "his Omani counterpart": the one person of that state the document names, or the one
        # of the same rank as the other side (a minister's counterpart is not the head of state).
        if len(named) > 1 and peers:
            heads = all((t or "").lower() in _HEADS for t in peers)
            named = [p for p in named if ((p.title or "").lower() in _HEADS) == heads]
        return named[0] if len(named) == 1 else None
    if actor.title.lower() == "leader":
        holders = [p for p in named if (p.title or "").lower() in _HEADS]
    else:
        holders = [p for p in named if (p.title or "").lower() == actor.title.lower()]
    return holders[0] if len(holders) == 1 else None


def _resolve_people(participants: list[Participation], people) -> list[Participation]:
    resolved = []
    for p in participants:
        if _counterparts(p.actor):
            # "his Tonga and Samoa counterparts": one person of each state, named elsewhere.
            peers = tuple(q.actor.title for q in participants if q.actor.kind == "person")
            full = _holder_of(replace(p.actor, kind="person", title=None), people, peers)
            if full is not None:
                p = Participation(p.phrase, full, p.role, p.relation)
        elif p.actor.kind == "person":
            full = people.get(actor_key(p.actor))
            if _unnamed(p.actor) and p.actor.country:
                peers = tuple(
                    q.actor.title for q in participants if q is not p and q.actor.kind == "person"
                )
                full = _holder_of(p.actor, people, peers)
            if full is not None and _namesake(p.actor, full):
                p = Participation(
                    p.phrase, replace(full, mention=p.actor.mention), p.role, p.relation
                )
            elif full is not None:
                actor = actor_norm.Actor(
                    name=full.name,
                    kind="person",
                    title=p.actor.title or full.title,
                    country=p.actor.country or full.country,
                    mention=p.actor.mention,
                    state=p.actor.state or full.state,
                )
                p = Participation(p.phrase, actor, p.role, p.relation)
        resolved.append(p)
    return _dedupe(resolved)


def _dedupe(participants: list[Participation]) -> list[Participation]:
    seen: dict[str, Participation] = {}
    for p in participants:
        key = actor_key(p.actor)
        if key not in seen:
            seen[key] = p
    # A state named beside one of its own people adds nothing: "Putin" covers "Russia".
    people_states = {p.actor.country for p in seen.values() if p.actor.kind == "person"}
    return [
        p
        for p in seen.values()
        if not (p.actor.kind == "country" and p.actor.country in people_states)
    ]


def _split_bilaterals(
    mention: EncounterMention, participants: list[Participation]
) -> list[list[Participation]]:
    """One sentence, several encounters.

    "X met with A, B and C" reports three bilateral meetings, not one of four; "X cancelled his
    visits to A, B and C" three visits.
    """
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
    separate = any(c.lower_ in ("separate", "bilateral") for c in mention.trigger.children)
    # "after meetings with A and B": one meeting each; "talks" is plural whatever it counts.
    separate = separate or (mention.type == "meeting" and mention.trigger.tag_ == "NNS")
    if (
        mention.type in ("meeting", "talks")
        and len(subjects) == 1
        and len(objects) >= 2
        and not others
        and (mention.trigger.pos_ == "VERB" or separate)
    ):
        # "X met with A, B and C", "X held separate meetings with A and B"; but not a pair one
        # state stands behind: "X met with President A and Foreign Minister B of Switzerland".
        sides = {_side_of(obj.actor) for obj in objects}
        if separate or len(objects) > 2 or sides != {None, *(sides - {None})} or len(sides) != 2:
            return [[subjects[0], obj] for obj in objects]
    if mention.type == "call" and len(subjects) == 1 and not others and _one_to_one(mention):
        # "Kessler spoke by phone with Brandauer of Austria and Brenn of Chile": a call with each
        # state; the two leaders of one state may share theirs.
        states: dict[str, list[Participation]] = {}
        for obj in objects:
            states.setdefault(obj.actor.country or "", []).append(obj)
        if (
            len(states) >= 2
            and "" not in states
            and len(objects) == len([p for p in participants if p.relation == "object"])
        ):
            return [[subjects[0], *side] for side in states.values()]
    return [participants]


# "a video conference with A and B", "a trilateral call": one call among them all.
_CONFERENCE_WORDS = {"conference", "trilateral", "multilateral", "group"}


def _one_to_one(mention: EncounterMention) -> bool:
    """A call told with no word that makes it one among several parties."""
    trigger = mention.trigger
    doc = trigger.doc
    before = doc[trigger.left_edge.i : trigger.i]  # "a three-way call", "a joint phone call"
    near = [*before, trigger, *trigger.children, trigger.head, *trigger.head.children]
    return not any(
        w.lower_ in _CONFERENCE_WORDS | _JOINTLY
        or w.lower_.endswith("-way")
        or (w.lower_ == "way" and w.i > 0 and doc[w.i - 1].text == "-")
        for w in near
    )


_EACH = {"both", "each", "separately", "separate", "respective", "individually"}
_JOINTLY = {"together", "jointly", "joint", "alongside"}


def _each_on_their_own(mention: EncounterMention) -> bool:
    """Whether the sides named together travel each on their own: a plural trigger ("the
    visits of A and B", "trips"), or "both", "each", "separately" in the clause; never "together",
    "jointly"."""
    trigger = mention.trigger
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    near = [*trigger.children, *verb.children, *(w for c in verb.children for w in c.children)]
    words = {w.lower_ for w in near}
    if words & _JOINTLY or trigger.lower_ == "joint":
        return False
    return trigger.tag_ == "NNS" or bool(words & _EACH)


def _titled_in_text(doc: Doc) -> frozenset[str]:
    """Surnames (folded) the text gives an office in an apposition or a relative clause, where
    actor phrases do not reach: "by the Minister of Foreign Affairs, Ulla Marsk", "Jon Berg, who
    is also a deputy prime minister"."""
    heads = actor_norm.office_heads()
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        near = [root.head] if root.dep_ == "appos" else []
        near += [c for c in root.children if c.dep_ == "appos"]
        for clause in (c for c in root.children if c.dep_ == "relcl"):
            near += [c for c in clause.children if c.dep_ in ("attr", "appos")]
        # The parse often hangs a comma-set name elsewhere: read the words before the comma.
        if ent.start >= 2 and doc[ent.start - 1].text == ",":
            for k in range(ent.start - 2, max(ent.start - 14, ent.sent.start - 1), -1):
                if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                    break
                near.append(doc[k])
        if any(t.lower_ in heads and t.pos_ in ("NOUN", "PROPN") for t in near):
            found.add(_fold(actor_norm.surname(ent.text)))
    return frozenset(found)


def _own_regions(doc: Doc) -> dict[str, str]:
    """The names shared by a state and a region of another ("Georgia") that the text does not
    show to be the state by its demonym or capital ("Georgian", "Tbilisi"), with the region's
    state."""
    told = {
        country_code(span.text)
        for span in doc.spans.get(GAZETTEER_KEY, [])
        if span.label_ == DEMONYM
    }
    return {
        name: region
        for name, region in shared_names().items()
        if (code := country_code(name)) not in told
        and not ((capital := capital_of(code) if code else None) and capital in doc.text)
    }


def _is_encounter(
    participants: list[Participation],
    titled: frozenset[str] = frozenset(),
    regions: dict[str, str] | None = None,
) -> bool:
    # Two sides at least; a gathering named only by its body is `_is_gathering`'s case.
    keys = {actor_key(p.actor) for p in participants}
    if len(keys) < 2:
        return False
    # "President Berg will travel to Georgia" with no other state than the one Georgia is a
    # region of: the region, not the state of that name.
    regions = regions or {}
    shared = [p for p in participants if p.actor.kind == "country" and p.actor.name in regions]
    if shared:
        region = regions[shared[0].actor.name]
        others = {_side_of(p.actor) for p in participants if p not in shared}
        if others <= {None, region} and all(regions[p.actor.name] == region for p in shared):
            return False
    known = {_side_of(p.actor) for p in participants if _side_of(p.actor)}
    has_org = any(
        p.actor.country is None
        and p.actor.kind in ("organization", "group")
        and not actor_norm.is_unaffiliated(p.actor.name)
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
    unknown = any(
        _side_of(p.actor) is None
        and p.actor.title not in actor_norm.domestic_offices()
        and (p.actor.title is not None or _fold(actor_norm.surname(p.actor.name)) in titled)
        and (not whole or p.actor.title in actor_norm.leader_titles())
        for p in participants
    )
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
    codes = {p.actor.country for p in participants if p.actor.country}
    return (
        has_org
        or len(known) >= 2
        or (len(known) == 1 and len(codes) == 1 and (unknown or named_party))
    )


def _is_body(actor: actor_norm.Actor) -> bool:
    """An international body or a collective of several states: "ASEAN", "the G20",
    "ASEAN defence ministers", "Heads of State of the Sahel"."""
    if actor.country is not None:
        return False
    if actor.kind == "organization":
        return actor_norm.is_international(actor.name)
    # "leaders of the Central Asian countries", "ministers from thirty nations"; not a national
    # body that names no state ("the Governors Association").
    # "the Council of Heads of State of ...": the leaders of several states.
    return actor.kind == "group" and (
        actor_norm.names_international(actor.name)
        or any(w in _SEVERAL_STATES for w in actor.name.lower().split())
        or any(f"heads of {w}" in actor.name.lower() for w in ("state", "government"))
    )


_SEVERAL_STATES = {"countries", "nations", "states", "governments", "members", "allies"}
# What a body convenes: "ECOWAS convened an extraordinary session".
_GATHERING_NOUNS = {"session", "summit", "meeting", "conference", "forum", "talks", "assembly"}


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
    if not _is_body(body.actor):
        return False
    if body.relation not in ("subject", "modifier") and not _of_gathering(body, trigger):
        return False
    if trigger.pos_ == "VERB":
        # "G7 leaders met in Cornwall", not "members meet their needs" nor a "WHO-convened study"
        if trigger.dep_ == "amod" or body.relation != "subject":
            return False
        return not any(
            c.dep_ == "dobj" and c.lemma_ not in _GATHERING_NOUNS for c in trigger.children
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
    drafts: list[_Draft],
    mention: EncounterMention,
    group: list[Participation],
    reference: Reference,
) -> None:
    """A gathering named by its body joins the encounter the document tells of it with its
    attendees ("the G20 summit" ... "the two-day summit hosted by Draghi"); else it is an
    encounter of its own when the text says where, when or that it took place, outside a
    headline ("the 2026 NATO summit" in a headline is a topic, not yet a record)."""
    resolved = None
    if mention.date is not None:
        resolved = resolve_date(mention.date.text, reference.date, mention.date_tense)
        mention.status = _status_by_date(mention.status, resolved, reference.date)
    draft = _gathering_draft(drafts, group, mention, resolved)
    if draft is None:
        anchored = (
            mention.place is not None
            or (resolved is not None and resolved.precision in ("day", "week", "month"))
            or mention.trigger.pos_ == "VERB"
        )
        if not anchored or is_heading(mention.sentence):
            return
        draft = _Draft()
        start = mention.sentence.start
        at = next((i for i, d in enumerate(drafts) if d.mentions[0].sentence.start > start), None)
        drafts.insert(len(drafts) if at is None else at, draft)
    draft.mentions.append(mention)
    draft.mentions.sort(key=lambda m: (m.sentence.start, m.trigger.i))
    states = {_side_of(p.actor) for p in draft.participants} - {None}
    if not (collective_of_states(group[0].actor) and len(states) >= 3):
        # "the presidents of A, B, C and D will meet ... the Central Asian leaders will meet in
        # Dushanbe": a collective the text only describes is the states it has listed.
        _add_participants(draft, group)
    if mention.date is not None:
        _take_date(draft, resolved, mention.date.text)


def _names_attendees(mention: EncounterMention, group: list[Participation]) -> bool:
    """ "Kuleba, a guest at the talks", "the meeting will be chaired by Rahmon": one side named at
    a gathering the text has spoken of ("the talks", "the summit"), no body among them."""
    return (
        bool(group)
        and mention.anaphoric
        and _type_class(mention.type) == "meeting"
        and mention.status != "hypothetical"
        and not any(_is_body(p.actor) for p in group)
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
    drafts: list[_Draft],
    mention: EncounterMention,
    group: list[Participation],
    reference: Reference,
) -> None:
    """Attendees join the document's one gathering (of a body, a summit, or three sides or
    more), when nothing in the mention contradicts it; with two gatherings or none, nothing is
    guessed."""
    resolved = None
    if mention.date is not None:
        resolved = resolve_date(mention.date.text, reference.date, mention.date_tense)
    candidates = [
        d
        for d in drafts
        if _type_class(d.type) == "meeting"
        and (
            any(_is_body(p.actor) for p in d.participants)
            or d.type == "summit"
            or len(_sides(d.participants)) >= 3
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
    drafts: list[_Draft], group: list[Participation], mention: EncounterMention, resolved
) -> _Draft | None:
    """The encounter a body-only mention speaks of: one with that body, else the one summit (or
    gathering of three parties or more) of the document that nothing in the mention contradicts."""
    body = actor_key(group[0].actor)
    # A collective the text only describes ("representatives from 30 countries") may meet
    # where named bodies attend; a named body is not folded into another body's gathering.
    described = collective_of_states(group[0].actor)
    headline = is_heading(mention.sentence)  # a headline's tense says little: "summit wraps up"

    def fits(draft: _Draft) -> bool:
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
        and (described or not any(_is_body(p.actor) for p in d.participants))
        # "held meetings with the President and the Foreign Minister": several, not a gathering
        and not all(m.trigger.lower_ in ("meetings", "summits") for m in d.mentions)
    ]
    return gatherings[0] if len(gatherings) == 1 else None


def _type_class(kind: str) -> str:
    return {"call": "call", "visit": "visit"}.get(kind, "meeting")


def _sides(participants: list[Participation]) -> set[str]:
    """The states (or organisations) the participants stand for: "Hun Sen" and "Cambodia" are
    one side."""
    return {
        f"s:{_side_of(p.actor)}" if _side_of(p.actor) else actor_key(p.actor) for p in participants
    }


def _find_same(drafts: list[_Draft], group, mention: EncounterMention, resolved) -> _Draft | None:
    keys = {actor_key(p.actor) for p in group}
    sides = _sides(group)
    for draft in reversed(drafts):
        common = keys & draft.keys
        same_people = len(common) >= min(2, len(keys), len(draft.keys)) and (
            keys <= draft.keys or draft.keys <= keys or len(common) >= 2
        )
        draft_sides = _sides(draft.participants)
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
        if (_type_class(mention.type) == "call") != (
            _type_class(draft.type) == "call"
        ) and not mention.generic:
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


def _places_clash(mention: EncounterMention, draft: _Draft) -> bool:
    """Different cities named for the encounter: not the same encounter."""
    if mention.place is None:
        return False
    mine = mention.place.text.lower()
    theirs = {m.place.text.lower() for m in draft.mentions if m.place is not None}
    if not theirs or mine in theirs:
        return False
    context = [p.actor.country for p in draft.participants if p.actor.country]
    here = geocode(mention.place.text, context)
    there = [geocode(m.place.text, context) for m in draft.mentions if m.place is not None]
    if here is None:
        return False
    # A country and a city inside it are one place ("Turkey" / "Istanbul").
    return all(
        p is not None
        and p.country != here.country
        or (p is not None and "country" not in (p.kind, here.kind) and p.name != here.name)
        for p in there
    )


def _compatible_states(a: str, b: str) -> bool:
    if "hypothetical" in (a, b):
        return True
    return (a in PAST_STATES) == (b in PAST_STATES)


def _add_participants(draft: _Draft, group: list[Participation]) -> None:
    known = {actor_key(p.actor): i for i, p in enumerate(draft.participants)}
    for p in group:
        key = actor_key(p.actor)
        if key not in known:
            known[key] = len(draft.participants)
            draft.participants.append(p)
        elif draft.participants[known[key]].role is None and p.role is not None:
            draft.participants[known[key]] = p


# ----------------------------------------------------------------------------- the record


def _to_event(
    draft: _Draft, article: Article, reference: Reference, dateline: Place | None, excerpt: Excerpt
) -> Event:
    kind = draft.type
    status = _settled_status(draft, reference)
    location = None if kind == "call" else _location(draft, kind, dateline, reference)
    participants = _dedupe(draft.participants)
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


def _reception_host(draft: _Draft, location: Location | None) -> str | None:
    """The host's state when the encounter is told as one leader receiving another from abroad,
    where the host is (or no place is named)."""
    for mention in draft.mentions:
        if mention.trigger.lemma_ not in RECEPTION_VERBS or mention.trigger.pos_ != "VERB":
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


def _named_places(draft: _Draft) -> list[tuple[str, Place]]:
    """(mention, place) for every place the encounter's mentions name that geocodes."""
    context = [p.actor.country for p in draft.participants if p.actor.country]
    named = [(m.place.text, geocode(m.place.text, context)) for m in draft.mentions if m.place]
    return [(text, place) for text, place in named if place is not None]


def _only_states(draft: _Draft) -> bool:
    return all(place.kind == "country" for _text, place in _named_places(draft))


def _location(
    draft: _Draft, kind: str, dateline: Place | None, reference: Reference
) -> Location | None:
    """Where the encounter happens: the place its mentions name, the most specific first; for a
    visit, the state visited; else a same-country dateline for a leader's meeting at home."""
    context = [p.actor.country for p in draft.participants if p.actor.country]
    named = _named_places(draft)
    if draft.trip is not None:
        # A meeting on a visit: where the visit is, or the city of it in the state it names.
        trip = _location(draft.trip, "visit", None, reference)
        if not named or (
            trip is not None
            and trip.kind != "country"
            and _only_states(draft)
            and trip.country == named[0][1].country
        ):
            return trip
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
        for other_text, other in named[1:]:
            if (
                other.country == place.country
                and place.kind in ("country", "region")
                and other.kind in ("city", "venue")
            ):
                text, place = other_text, other
                break
        return _as_location(place, text)
    if (
        dateline is not None
        and kind in ("meeting", "talks", "summit")
        and dateline.country in context
    ):
        when = draft.resolved
        recent = (
            when is None
            or when.start is None
            or reference.date is None
            or abs((when.start - reference.date).days) <= 3
        )
        if recent and draft.status in ("occurred", "ongoing", "planned"):
            return _as_location(dateline, dateline.name)
    return None


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


def _date_span(draft: _Draft, reference: Reference) -> DateSpan | None:
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
        if m.sentence.start_char in seen:
            continue
        seen.add(m.sentence.start_char)
        start = excerpt.to_source(m.sentence.start_char)
        end = excerpt.to_source(m.sentence.end_char)
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


def _confidence(draft: _Draft) -> float:
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
