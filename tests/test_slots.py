"""The place and date of an encounter, on texts written for this file.

People here are invented; cities and states are real where the rule rests on the geocoder.
Each rule has a counter-example where it could over-fire. Expected events use the conventions of
tests/test_sentences.py (`E`).
"""

from __future__ import annotations

import pytest

from tests.test_sentences import E, assert_events, assert_well_formed, case_param

pytestmark = pytest.mark.model

CASES = [
    # ------------------------------------------------------------ the date of an invitation
    (
        "invited_on_a_day_past",
        "Norway extended a formal invitation on Friday to President Arlo Venn of Chile to visit "
        "Oslo.",
        "2025-03-15",
        [E("visit", "invited", {"Venn": "CHL"}, states={"NOR"}, loc=("Oslo", "NOR"), date=None)],
    ),
    (
        "invited_on_a_day_for_a_month",
        "Prime Minister Tomas Brenn of Norway on Friday invited President Arlo Venn of Chile to "
        "visit Oslo next month.",
        "2025-03-15",
        [E("visit", "invited", {"Brenn": "NOR", "Venn": "CHL"}, date="2025-04")],
    ),
    (
        "invited_for_a_day",  # counter-example: the date of the visit itself stays
        "President Arlo Venn of Chile was invited to visit Oslo on May 3, Norwegian officials "
        "said.",
        "2025-03-15",
        [E("visit", "invited", {"Venn": "CHL"}, states={"NOR"}, date="2025-05-03")],
    ),
    # ------------------------------------------------------------ the day of a call-off
    (
        "postponed_on_a_day",
        "On Wednesday, the talks between President Arlo Venn of Chile and Prime Minister Ilse "
        "Varro of Peru were postponed until January.",
        "2025-03-13",
        [E("talks", "cancelled", {"Venn": "CHL", "Varro": "PER"}, date=None)],
    ),
    (
        "postponed_visit_of_a_day",  # counter-example: the day in the visit's own phrase stays
        "President Arlo Venn of Chile has postponed his March 28 visit to Peru.",
        "2025-03-13",
        [E("visit", "cancelled", {"Venn": "CHL"}, states={"PER"}, date="2025-03-28")],
    ),
    # ------------------------------------------------------------ the days of a visit
    (
        "six_day_trip_from_sunday",
        "Foreign Minister Ulla Marsk of Norway began an official six-day trip to Peru on Sunday.",
        "2025-03-10",
        [E("visit", "occurred", {"Marsk": "NOR"}, states={"PER"}, date="2025-03-09/2025-03-14")],
    ),
    (
        "six_day_talks_from_sunday",  # counter-example: only a visit spans its stay
        "Foreign Minister Ulla Marsk of Norway held six-day talks with Prime Minister Ilse Varro "
        "of Peru from Sunday.",
        "2025-03-10",
        [E("talks", "occurred", {"Marsk": "NOR", "Varro": "PER"}, date="2025-03-09/2025-03-09")],
    ),
    # ------------------------------------------------------------ the tense a date is read in
    (
        "would_meet_after_the_saying",
        "Separately, the Norwegian Foreign Ministry said Foreign Minister Ulla Marsk and her "
        "Peruvian counterpart Pavel Drenko would meet again in June to continue work on a treaty, "
        "though it gave no venue.",
        "2025-05-30",
        [E("meeting", "planned", {"Marsk": None, "Drenko": "PER"}, date="2025-06")],
    ),
    (
        "had_met_before_the_saying",  # counter-example: the past stays past
        "Foreign Minister Ulla Marsk of Norway said on Tuesday that she had met Foreign Minister "
        "Pavel Drenko of Peru in June.",
        "2025-05-30",
        [E("meeting", "occurred", {"Marsk": "NOR", "Drenko": "PER"}, date="2024-06")],
    ),
    # ------------------------------------------------------------ a season
    (
        "visit_this_summer",
        "President Arlo Venn of Chile is expected to visit Peru at an unspecified date this "
        "summer. Prime Minister Ilse Varro of Chile will visit Peru in the autumn.",
        "2025-03-13",
        [
            E("visit", "planned", {"Venn": "CHL"}, states={"PER"}, date="2025-06"),
            E("visit", "planned", {"Varro": "CHL"}, states={"PER"}, date="2025-09"),
        ],
    ),
    # ------------------------------------------------------------ places of other clauses
    (
        "place_of_the_saying",
        "Analysts in Bergen say President Arlo Venn of Chile and Prime Minister Ilse Varro of "
        "Peru could meet in November.",
        "2025-03-13",
        [E("meeting", "hypothetical", {"Venn": "CHL", "Varro": "PER"}, loc=None)],
    ),
    (
        "place_of_the_meeting_then_the_saying",  # counter-example: the meeting's own place
        "President Arlo Venn of Chile met Prime Minister Ilse Varro of Peru in Lima on Monday, "
        "officials in Bergen said.",
        "2025-03-13",
        [E("meeting", "occurred", {"Venn": "CHL", "Varro": "PER"}, loc=("Lima", "PER"))],
    ),
    (
        "comes_after_a_call",
        "President Arlo Venn of Chile received a Peruvian delegation on Sunday. The visit comes "
        "days after a phone call between President Arlo Venn of Chile and Prime Minister Ilse "
        "Varro of Peru on Wednesday.",
        "2021-11-21",
        [
            E("visit", "occurred", {"Venn": "CHL"}, states={"PER"}, date="2021-11-21"),
            E("call", "occurred", {"Venn": "CHL", "Varro": "PER"}, date="2021-11-17"),
        ],
    ),
    (
        "will_travel_after_talks",  # counter-example: what comes after is still to come
        "President Arlo Venn of Chile will travel to Lima after talks with Prime Minister Ilse "
        "Varro of Peru on Wednesday.",
        "2021-11-21",
        [E(None, "planned", {"Venn": "CHL", "Varro": "PER"}, date="2021-11-24")],
    ),
    # ------------------------------------------------------------ a place no gazetteer knows
    (
        "town_of_a_named_state",
        "President Arlo Venn of Chile met Prime Minister Ilse Varro of Peru on Monday in the "
        "Norwegian village of Storvik.",
        "2025-03-13",
        [E("meeting", "occurred", {"Venn": "CHL", "Varro": "PER"}, loc=("Storvik", "NOR"))],
    ),
    (
        "town_of_no_state",  # counter-example: no state says where the village is
        "President Arlo Venn of Chile met Prime Minister Ilse Varro of Peru on Monday in the "
        "village of Storvik.",
        "2025-03-13",
        [E("meeting", "occurred", {"Venn": "CHL", "Varro": "PER"}, loc=None)],
    ),
    (
        "seat_of_an_organisation",
        "President Arlo Venn of Chile met Prime Minister Ilse Varro of Peru at the African Union "
        "headquarters on Monday.",
        "2025-03-13",
        [E("meeting", "occurred", {"Venn": "CHL", "Varro": "PER"}, loc=("Addis Ababa", "ETH"))],
    ),
    (
        "seat_of_an_organisation_speaking",  # counter-example: the body says, no one meets there
        "The ASEAN Secretariat said President Arlo Venn of Chile would meet Prime Minister Ilse "
        "Varro of Peru in May.",
        "2025-03-13",
        [E("meeting", "planned", {"Venn": "CHL", "Varro": "PER"}, loc=None)],
    ),
    # ------------------------------------------------------------ a capital named by its state
    (
        "capital_of_a_named_state",
        "President Arlo Venn of Chile held talks with President Mara Oduya of Kenya in "
        "Ethiopia's capital on Wednesday.",
        "2025-03-12",
        [E("talks", "occurred", {"Venn": "CHL", "Oduya": "KEN"}, loc=("Addis Ababa", "ETH"))],
    ),
    (
        "capital_markets_of_a_state",  # counter-example: a topic, not a place
        "President Arlo Venn of Chile met President Mara Oduya of Kenya on Wednesday to discuss "
        "Ethiopia's capital markets.",
        "2025-03-12",
        [E("meeting", "occurred", {"Venn": "CHL", "Oduya": "KEN"}, loc=None)],
    ),
    # ------------------------------------------------------------ the city of the dateline
    (
        "dateline_city_of_the_state_visited",
        "NAIROBI, March 11 - President Arlo Venn of Chile is in Kenya for a two-day official "
        "visit, his first since taking office.",
        "2025-03-11",
        [E("visit", "occurred", {"Venn": "CHL"}, states={"KEN"}, loc=("Nairobi", "KEN"))],
    ),
    (
        "dateline_city_months_before",  # counter-example: a visit months away may go anywhere
        "NAIROBI, March 11 - President Arlo Venn of Chile will pay an official visit to Kenya in "
        "June.",
        "2025-03-11",
        [E("visit", "planned", {"Venn": "CHL"}, states={"KEN"}, loc=("Kenya", "KEN"))],
    ),
    # ------------------------------------------------------------ "also" at the same place
    (
        "also_met_at_the_summit",
        "President Arlo Venn of Chile held talks with President Mara Oduya of Kenya in Nairobi "
        "on Monday. They agreed that Oduya will visit Santiago later this year. Venn also held "
        "separate meetings with Prime Minister Ilse Varro of Peru and Foreign Minister Ada Njeri "
        "of Ghana.",
        "2025-03-11",
        [
            E("talks", "occurred", {"Venn": "CHL", "Oduya": "KEN"}, loc=("Nairobi", "KEN")),
            E("visit", "planned", {"Oduya": "KEN", "Venn": "CHL"}, loc=("Santiago", "CHL")),
            E("meeting", "occurred", {"Venn": "CHL", "Varro": "PER"}, loc=("Nairobi", "KEN")),
            E("meeting", "occurred", {"Venn": "CHL", "Njeri": "GHA"}, loc=("Nairobi", "KEN")),
        ],
    ),
    (
        "also_spoke_by_phone",  # counter-example: a call has no place
        "President Arlo Venn of Chile held talks with President Mara Oduya of Kenya in Nairobi "
        "on Monday. Venn also spoke by phone with Prime Minister Ilse Varro of Peru.",
        "2025-03-11",
        [
            E("talks", "occurred", {"Venn": "CHL", "Oduya": "KEN"}, loc=("Nairobi", "KEN")),
            E("call", "occurred", {"Venn": "CHL", "Varro": "PER"}, loc=None),
        ],
    ),
    # ------------------------------------------------------------ a visit goes to its host
    (
        "visit_invited_then_a_meeting_elsewhere",
        "Prime Minister Teo Vaskin of Norway conveyed an invitation for President Arlo Venn of "
        "Chile to attend the Nordic Summit in May. The two leaders will work together through "
        "the Andean Leaders' Meeting which Peru will host this year.",
        "2025-03-12",
        [
            E("visit", "invited", {"Vaskin": "NOR", "Venn": "CHL"}, loc=("Norway", "NOR")),
            E("meeting", "planned", {"Vaskin": "NOR", "Venn": "CHL"}, loc=("Peru", "PER")),
        ],
    ),
    # ------------------------------------------------------------ the place of an occasion
    (
        "sidelines_of_a_summit_told_before",
        "Leaders of the region debated trade on Wednesday, the second day of a three-day summit "
        "hosted by Prime Minister Tomas Brenn of Norway in Bergen. On the sidelines of the "
        "summit on Wednesday, President Arlo Venn of Chile and Prime Minister Ilse Varro of Peru "
        "held talks.",
        "2025-03-13",
        [E("talks", "occurred", {"Venn": "CHL", "Varro": "PER"}, loc=("Bergen", "NOR"))],
    ),
    (
        "sidelines_of_a_summit_told_after",  # counter-example: another summit, told later
        "On the sidelines of the summit on Wednesday, President Arlo Venn of Chile and Prime "
        "Minister Ilse Varro of Peru held talks. Next year a summit will be hosted by Prime "
        "Minister Tomas Brenn of Norway in Bergen.",
        "2025-03-13",
        [E("talks", "occurred", {"Venn": "CHL", "Varro": "PER"}, loc=None)],
    ),
]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("text,published,expected", [case_param(c, KNOWN_GAPS) for c in CASES])
def test_slots(extract_text, text, published, expected):
    assert_events(extract_text(text, published=published), expected)


def test_table_is_well_formed():
    assert_well_formed(CASES, KNOWN_GAPS)


@pytest.mark.parametrize(
    "text,place,complement",
    [
        ("the Norwegian Ambassador to Chile met reporters", "Chile", True),
        ("High Commissioner to Kenya Tomas Brenn met Arlo Venn", "Kenya", True),
        ("Arlo Venn travelled to Chile on Monday", "Chile", False),  # a journey's destination
        ("Arlo Venn met Tomas Brenn in Chile", "Chile", False),
    ],
)
def test_title_complement(nlp, text, place, complement):
    from diplo_extract.rules.setting import _title_complement

    doc = nlp(text)
    start = text.index(place)
    span = doc.char_span(start, start + len(place))
    assert _title_complement(span) is complement


@pytest.mark.parametrize(
    "text,name,kind,country",
    [
        ("the Norwegian island of Storvik", "Storvik", "region", "NOR"),  # no point, but placed
        ("the Peruvian town of Kelmaro", "Kelmaro", "city", "PER"),
        ("the Saudi city of Jeddah", "Jeddah", "city", "SAU"),  # known: the gazetteer's own
        ("the village of Storvik", None, None, None),  # no state
        ("the Ostravan town of Kelm", None, None, None),  # a state no one knows
    ],
)
def test_place_of_a_named_state(text, name, kind, country):
    from diplo_extract.normalize.places import geocode

    place = geocode(text)
    found = (place.name, place.kind, place.country) if place is not None else (None, None, None)
    assert found == (name, kind, country)


@pytest.mark.parametrize(
    "phrase,days",
    [
        ("a three-day state visit", 3),
        ("an official six-day trip", 6),
        ("his 6-day trip", 6),
        ("a two-day stay", 2),
        ("a day trip", None),  # no number
        ("a 50-minute call", None),
    ],
)
def test_stay_length(phrase, days):
    from diplo_extract.normalize.dates import stay_length

    assert stay_length(phrase) == days
