"""Encounters between actors no gazetteer knows (issue 11, point 5; event-record.md: "An actor
that no gazetteer knows is still a participant").

Every state, person and city here is invented (Norlandia, Vostrelia, Kessel), except where a
known state stands beside an invented one. The table's conventions are those of
tests/test_sentences.py: a person's country None means the record must give `country` null.
"""

from __future__ import annotations

import pytest

from tests.test_sentences import E, assert_events, assert_well_formed, case_param

pytestmark = pytest.mark.model

DAY = "2025-03-12"  # "on Monday" is 2025-03-10, "on Tuesday" 2025-03-11

# fmt: off
CASES = [
    # ------------------------------------------------------------ two states no gazetteer knows
    ("meeting_both_unknown",
     "Foreign Minister Ulla Marsk of Norlandia met Foreign Minister Teo Vaskin of Vostrelia in "
     "Kessel on Tuesday.",
     DAY,
     [E("meeting", "occurred", {"Marsk": None, "Vaskin": None}, loc=("Kessel", None),
        date="2025-03-11")]),
    ("talks_both_unknown",
     "President Arlo Venn of Norlandia held talks with Prime Minister Teo Vaskin of Vostrelia "
     "on Monday.",
     DAY,
     [E("talks", "occurred", {"Venn": None, "Vaskin": None}, loc=None, date="2025-03-10")]),
    ("call_demonyms",
     "Norlandian President Arlo Venn spoke by phone with Vostrelian Prime Minister Teo Vaskin "
     "on Monday.",
     DAY,
     [E("call", "occurred", {"Venn": None, "Vaskin": None}, loc=None, date="2025-03-10")]),
    ("video_call_possessive_state",
     "Norlandia's President Arlo Venn held a video call with Prime Minister Teo Vaskin of "
     "Vostrelia on Monday.",
     DAY,
     [E("call", "occurred", {"Venn": None, "Vaskin": None}, date="2025-03-10")]),
    ("counterpart_unknown",
     "Foreign Minister Ulla Marsk of Norlandia met her Vostrelian counterpart in Kessel on "
     "Tuesday.",
     DAY,
     [E("meeting", "occurred", {"Marsk": None}, loc=("Kessel", None), date="2025-03-11")]),
    ("met_in_known_city",
     "Norlandian President Arlo Venn and Vostrelian Prime Minister Teo Vaskin met in Tallinn "
     "on Monday.",
     DAY,
     [E("meeting", "occurred", {"Venn": None, "Vaskin": None}, loc=("Tallinn", "EST"),
        date="2025-03-10")]),
    ("host_planned",
     "President Arlo Venn of Norlandia will host Prime Minister Teo Vaskin of Vostrelia in "
     "Kessel next month.",
     DAY,
     [E(None, "planned", {"Venn": None, "Vaskin": None}, date="2025-04")]),
    ("the_two_restated",
     "President Arlo Venn of Norlandia met Prime Minister Teo Vaskin of Vostrelia on Monday. "
     "The two leaders discussed trade.",
     DAY,
     [E("meeting", "occurred", {"Venn": None, "Vaskin": None}, date="2025-03-10")]),
    ("the_two_meet_again",
     "President Arlo Venn of Norlandia met Prime Minister Teo Vaskin of Vostrelia on Monday. "
     "The two leaders will meet again in May.",
     DAY,
     [E("meeting", "occurred", {"Venn": None, "Vaskin": None}, date="2025-03-10"),
      E("meeting", "planned", {"Venn": None, "Vaskin": None}, date="2025-05")]),
    ("possessive_appositions",
     "Norlandia's foreign minister, Ulla Marsk, met Vostrelia's foreign minister, Teo Vaskin, in "
     "Kessel on Tuesday.",
     DAY,
     [E("meeting", "occurred", {"Marsk": None, "Vaskin": None}, loc=("Kessel", None),
        date="2025-03-11")]),
    ("possessive_appositions_one_state",
     "Norlandia's foreign minister, Ulla Marsk, met Norlandia's interior minister, Teo Vaskin, "
     "in Kessel on Tuesday.",
     DAY,
     []),
    # ------------------------------------------------------------ one side known, one unknown
    ("unknown_and_known_state",
     "Foreign Minister Ulla Marsk of Norlandia met Foreign Minister Teo Vaskin of Ghana on "
     "Tuesday.",
     DAY,
     [E("meeting", "occurred", {"Marsk": None, "Vaskin": "GHA"}, date="2025-03-11")]),
    ("known_calls_unknown",
     "Kenyan President Mara Oduya spoke by phone with Vostrelian Prime Minister Teo Vaskin on "
     "Monday.",
     DAY,
     [E("call", "occurred", {"Oduya": "KEN", "Vaskin": None}, date="2025-03-10")]),
    ("unknown_visits_known",
     "Prime Minister Teo Vaskin of Vostrelia will visit Kenya next week to meet President Arlo "
     "Venn.",
     DAY,
     [E(None, "planned", {"Vaskin": None, "Venn": "KEN"})]),
    ("unknown_and_known_in_unknown_city",
     "Foreign Minister Ulla Marsk of Norlandia met Foreign Minister Teo Vaskin of Peru in "
     "Kessel on Tuesday.",
     DAY,
     [E("meeting", "occurred", {"Marsk": None, "Vaskin": "PER"}, loc=None,
        date="2025-03-11")]),
    ("trilateral_with_known",
     "President Arlo Venn of Norlandia met Prime Minister Teo Vaskin of Vostrelia and "
     "President Mara Oduya of Kenya in Kessel on Monday for a trilateral summit.",
     DAY,
     [E(None, "occurred", {"Venn": None, "Vaskin": None, "Oduya": "KEN"},
        date="2025-03-10")]),
    # ------------------------------------------------------------ an international body
    ("un_official_and_unknown_state",
     "Norlandian Foreign Minister Ulla Marsk met UN Under-Secretary-General Ada Njeri in Kessel "
     "on Tuesday.",
     DAY,
     [E("meeting", "occurred", {"Marsk": None, "Njeri": None}, date="2025-03-11")]),
    ("nato_chief_and_unknown_state",
     "NATO Secretary General Ada Njeri met Foreign Minister Ulla Marsk of Norlandia in Brussels "
     "on Tuesday.",
     DAY,
     [E("meeting", "occurred", {"Njeri": None, "Marsk": None}, loc=("Brussels", "BEL"),
        date="2025-03-11")]),
    # ------------------------------------------------------------ counter-examples: one state
    ("party_official_is_no_body",
     "Norlandian Foreign Minister Ulla Marsk met Party Secretary-General Ada Njeri in Kessel on "
     "Tuesday.",
     DAY,
     []),
    ("state_council_is_no_body",
     "Norlandian Foreign Minister Ulla Marsk met National Security Council Director Ada Njeri "
     "in Kessel on Tuesday.",
     DAY,
     []),
    ("one_unknown_state_of",
     "Foreign Minister Ulla Marsk of Norlandia met Interior Minister Teo Vaskin of Norlandia in "
     "Kessel on Tuesday.",
     DAY,
     []),
    ("one_unknown_state_demonym",
     "Norlandian President Arlo Venn met Norlandian Prime Minister Teo Vaskin on Monday.",
     DAY,
     []),
    ("no_state_at_all",
     "Ulla Marsk met Teo Vaskin in Kessel on Tuesday.",
     DAY,
     []),
    ("domestic_offices",
     "Governor Ulla Marsk met Mayor Teo Vaskin in Kessel on Tuesday.",
     DAY,
     []),
    ("business_and_unknown_state",
     "Chairman Olaf Brenn of Halvorsen Industries met President Arlo Venn of Norlandia on "
     "Monday.",
     DAY,
     []),
    ("domestic_region",
     "Governor Bill Harmon of Texas met President Arlo Venn on Monday.",
     DAY,
     []),
    # ------------------------------------------------------------ known gaps
    ("visit_to_unknown_state",
     "Prime Minister Teo Vaskin of Vostrelia will visit Norlandia next week to meet President "
     "Arlo Venn.",
     DAY,
     [E(None, "planned", {"Vaskin": None, "Venn": None})]),
    ("travel_to_unknown_state",
     "President Arlo Venn of Norlandia traveled to Vostrelia on Monday for talks with Prime "
     "Minister Teo Vaskin.",
     DAY,
     [E(None, "occurred", {"Venn": None, "Vaskin": None}, date="2025-03-10")]),
    ("appositive_offices",
     "Ulla Marsk, the foreign minister of Norlandia, met Teo Vaskin, Vostrelia's foreign "
     "minister, in Kessel on Tuesday.",
     DAY,
     [E("meeting", "occurred", {"Marsk": None, "Vaskin": None}, date="2025-03-11")]),
]
# fmt: on

KNOWN_GAPS = {
    "visit_to_unknown_state": "a trip's destination no gazetteer knows is no host state, so the"
    " host 'President Arlo Venn' has no side",
    "travel_to_unknown_state": "as above: 'traveled to Vostrelia' gives Vaskin no state",
    "appositive_offices": "an apposition's office and unknown state ('Ulla Marsk, the foreign"
    " minister of Norlandia,') are not joined to the name",
}


@pytest.mark.parametrize("text,published,expected", [case_param(c, KNOWN_GAPS) for c in CASES])
def test_invented(extract_text, text, published, expected):
    assert_events(extract_text(text, published=published), expected)


def test_table_is_well_formed():
    assert_well_formed(CASES, KNOWN_GAPS)
    assert len(CASES) >= 20
