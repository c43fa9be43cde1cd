"""Decisions that need the whole article (issue 11), on texts written for this file.

People, states and cities here are invented (no gazetteer knows them) wherever the rule does not
itself rest on a gazetteer; each rule has a counter-example where it could over-fire. Expected
events use the conventions of tests/test_sentences.py (`E`).
"""

from __future__ import annotations

import pytest

from tests.test_sentences import E, assert_events, assert_well_formed, case_param

pytestmark = pytest.mark.model

CASES = [
    # ------------------------------------------------------------ one meeting with several
    (
        "met_jointly_is_one_meeting",
        "President Arlo Venn of Norlandia met jointly with Prime Minister Tomas Feira of Portugal "
        "and President Mara Oduya of Kenya in Lisbon on Monday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Venn": None, "Feira": "PRT", "Oduya": "KEN"})],
    ),
    (
        "met_with_two_is_two_meetings",
        "President Arlo Venn of Norlandia met with Prime Minister Tomas Feira of Portugal and "
        "President Mara Oduya of Kenya in Lisbon on Monday.",
        "2025-03-12",
        [
            E("meeting", "occurred", {"Venn": None, "Feira": "PRT"}),
            E("meeting", "occurred", {"Venn": None, "Oduya": "KEN"}),
        ],
    ),
    # ------------------------------------------------------------ a visit to the home state
    (
        "visit_to_the_home_state_as_a_whole",
        "U.S. officials said Deputy Prime Minister Lam Vo will visit the United States next "
        "month. The U.S. side hopes to expand trade, and U.S. companies are keen.",
        "2025-03-12",
        [E("visit", "planned", {"Vo": None}, states={"USA"}, loc=("United States", "USA"))],
    ),
    # ------------------------------------------------------------ one office, several names
    (
        "office_foreign_minister_is_secretary_of_state",
        "U.S. Secretary of State Arlo Venn will visit Tokyo next week. The U.S. foreign minister "
        "will meet Prime Minister Teo Vaskin of Japan on Tuesday.",
        "2025-03-12",
        [E("meeting", "planned", {"Venn": "USA", "Vaskin": "JPN"}, date="2025-03-18")],
    ),
    (
        "office_other_ministers_stay_apart",
        "U.S. Secretary of Defense Arlo Venn will visit Tokyo next week. The U.S. foreign "
        "minister will meet Prime Minister Teo Vaskin of Japan on Tuesday.",
        "2025-03-12",
        [
            E("visit", "planned", {"Venn": "USA"}, states={"JPN"}),
            E("meeting", "planned", {"Vaskin": "JPN"}, states={"USA"}, date="2025-03-18"),
        ],
    ),
    # ------------------------------------------------------------ a meeting on a visit
    (
        "trip_meeting_dated_apart_is_a_meeting",
        "Prime Minister Teo Vaskin of Vostrelia arrived in Nairobi on Monday. He met President "
        "Mara Oduya of Kenya on Tuesday.",
        "2025-03-12",
        [
            E(
                "meeting",
                "occurred",
                {"Vaskin": None, "Oduya": "KEN"},
                loc=("Nairobi", "KEN"),
                date="2025-03-11",
            )
        ],
    ),
    (
        "trip_meeting_undated_is_the_visit",
        "Prime Minister Teo Vaskin of Vostrelia arrived in Nairobi on Monday. He met President "
        "Mara Oduya of Kenya.",
        "2025-03-12",
        [E("visit", "occurred", {"Vaskin": None, "Oduya": "KEN"}, loc=("Nairobi", "KEN"))],
    ),
    (
        "trip_meeting_on_the_visit_day_is_the_visit",
        "Prime Minister Teo Vaskin of Vostrelia will travel to Nairobi on Tuesday to meet "
        "President Mara Oduya of Kenya.",
        "2025-03-12",
        [E("visit", "planned", {"Vaskin": None, "Oduya": "KEN"}, loc=("Nairobi", "KEN"))],
    ),
    # ------------------------------------------------------------ gatherings of a body
    (
        "body_ministers_met",
        "ASEAN foreign ministers met in Port Maravel on Tuesday to discuss the crisis.",
        "2025-03-12",
        [E("meeting", "occurred", orgs={"ASEAN"}, date="2025-03-11")],
    ),
    (
        "body_summit_chaired_by",
        "The 12th ASEAN Summit opened in Dovrenna on Wednesday, chaired by Prime Minister Tavi "
        "Orlenko.",
        "2025-03-12",
        [E("summit", "occurred", {"Orlenko": None}, orgs={"ASEAN"}, date="2025-03-12")],
    ),
    (
        "body_summit_joins_attendees",
        "G20 summit wraps up in Rome\n\nThe two-day summit hosted by Prime Minister Ilse Varro of "
        "Italy, which opened on Saturday, also brought together President Oskar Lindqvar of "
        "Sweden.",
        "2025-03-12",
        [E("summit", "occurred", {"Varro": "ITA", "Lindqvar": "SWE"}, orgs={"G20"})],
    ),
    (
        "body_not_meet_needs",
        "Pacific Islands Forum members have worked hard to meet one another's security needs.",
        "2025-03-12",
        [],
    ),
    (
        "body_hypothetical",
        "Officials said the ASEAN summit could discuss the crisis.",
        "2025-03-12",
        [],
    ),
    (
        "body_domestic_governors",
        "President Arlo Venn met with governors from twelve states at the White House on Monday.",
        "2025-03-12",
        [],
    ),
    (
        "body_headline_only",
        "Norlandia invites Ostrava's president to the 2026 NATO summit\n\nThe invitation was "
        "welcomed.",
        "2025-03-12",
        [],
    ),
    # collectives of several states, named as written (no gazetteer lists them)
    (
        "body_collective_of_member_states",
        "Foreign ministers from the 14 Verdan Compact member states are meeting in Kessel on "
        "Monday to discuss the drought.",
        "2025-03-12",
        [E("meeting", "occurred", orgs={"Foreign ministers from the 14 Verdan Compact member"})],
    ),
    (
        "body_meeting_of_contributing_countries",
        "The envoy discussed funding for the mission, in preparation for a meeting of VELCOM "
        "troop-contributing countries, scheduled to be held in Port Maravel on 2 March 2026.",
        "2026-02-20",
        [E("meeting", "planned", orgs={"VELCOM troop-contributing countries"}, date="2026-03-02")],
    ),
    (
        "body_collective_joins_chaired_meeting",
        "Representatives from 40 countries are meeting in Kessel on Monday morning. The meeting, "
        "chaired by President Arlo Venn of Norlandia and Prime Minister Oskar Lindqvar of Ostrava, "
        "is being attended by representatives of the European Union, the UN and the Arab league, "
        "with goals stated as providing aid.",
        "2025-03-12",
        [
            E(
                "meeting",
                "occurred",
                {"Venn": None, "Lindqvar": None},
                orgs={"Representatives from 40 countries", "European Union"},
            )
        ],
    ),
    (
        "body_collective_is_the_listed_states",
        "The presidents of Norlandia, Ostrava, Vostrelia and Kessmark will meet for the fifth "
        "consultative meeting. On September 14-15, the leaders of the Verdan countries will "
        "meet in Port Maravel.",
        "2025-08-16",
        [E("meeting", "planned", orgs=set(), date="2025-09-14/2025-09-15")],
    ),
    (
        "body_two_countries_are_named_before",
        "Norwegian Foreign Minister Ulla Marsk spoke by phone with her Turkish counterpart "
        "Selim Aydemir on Monday. The leaders of the two countries will meet in Kessel next "
        "month.",
        "2025-03-12",
        [
            E("call", "occurred", {"Marsk": "NOR", "Aydemir": "TUR"}),
            E("meeting", "planned", states={"NOR", "TUR"}),
        ],
    ),
    (
        "body_unsaid_states_no_collective",
        "Minister Ulla Marsk of Norlandia spoke by phone with leaders of neighbouring countries "
        "on Monday.",
        "2025-03-12",
        [],
    ),
    (
        "body_sports_league_goals",
        "Norlandia will meet Ostrava in the league final after two goals in the semi-final.",
        "2025-03-12",
        [],
    ),
    (
        "body_forum_attended_by",
        "The Verdan Compact Regional Forum, which will be attended by the foreign ministers of "
        "the 12 member countries, opens in Kessel on Friday.",
        "2025-03-12",
        [
            E(
                "meeting",
                "planned",
                orgs={"foreign ministers of the 12 member countries"},
                date="2025-03-14",
            )
        ],
    ),
    (
        "body_forum_generic_word",
        "Among the side events are an economic forum, a forum of scientists and an exhibition.",
        "2025-03-12",
        [],
    ),
    (
        "body_meeting_attended_is_no_setting",
        "At the Fourth Verdan Dialogue Foreign Ministers' Meeting which was attended by "
        "foreign ministers and other officials from 26 countries, the Kessel Declaration was "
        "adopted on Tuesday.",
        "2025-03-12",
        [E("meeting", "occurred", orgs={"officials from 26 countries"})],
    ),
    (
        "body_several_meetings_no_gathering",
        "Norwegian Foreign Minister Ulla Marsk held meetings with President Tavi Orlenko and "
        "Foreign Minister Selim Aydemir of Turkey. At the Verdan Ministers' Meeting which was "
        "attended by ministers from 26 countries, the situation was discussed.",
        "2025-03-12",
        [
            # "held meetings with A and B": one meeting each (the plural), as annotators count;
            # "of Turkey" after the second name is both officials' state
            E("meeting", "occurred", {"Marsk": "NOR", "Orlenko": "TUR"}),
            E("meeting", "occurred", {"Marsk": "NOR", "Aydemir": "TUR"}),
            E("meeting", "occurred", orgs={"ministers from 26 countries"}, optional=True),
        ],
    ),
    (
        "body_guest_at_the_talks_attends",
        "Foreign ministers from the 14 Verdan Compact member states are meeting in Kessel on "
        "Monday for informal talks. Ahead of the meeting, Foreign Minister Ulla Marsk of "
        "Norlandia, a guest at the talks, said he would urge the ministers to act.",
        "2025-03-12",
        [
            E(
                "meeting",
                "occurred",
                {"Marsk": None},
                orgs={"Foreign ministers from the 14 Verdan Compact member states"},
            )
        ],
    ),
    (
        "body_council_of_heads_of_state",
        "The next meeting of the Council of Heads of State of the Verdan Water Fund is scheduled "
        "in Port Maravel on 14 September.",
        "2025-08-16",
        [
            E(
                "meeting",
                "planned",
                orgs={"Council of Heads of State of the Verdan Water Fund"},
                date="2025-09-14",
            )
        ],
    ),
    (
        "body_council_of_ministers_is_domestic",
        "The Council of Ministers met on Monday to approve the budget.",
        "2025-03-12",
        [],
    ),
    (
        "body_meeting_of_its_own_body_stands_apart",
        "The presidents of Egypt, Sudan and Ethiopia will meet in Cairo on 14 September. At the "
        "same time, the next meeting of the Council of Heads of State of the Verdan Water Fund "
        "is scheduled in Cairo.",
        "2025-08-16",
        [
            E("meeting", "planned", states={"EGY", "SDN", "ETH"}, date="2025-09-14"),
            E("meeting", "planned", orgs={"Council of Heads of State"}),
        ],
    ),
    # multi-party talks whose "between" the parser hangs on the topic
    (
        "talks_between_on_the_topic",
        "Talks on the water dispute between Egypt, Sudan and Ethiopia resumed in Kessel on Monday.",
        "2025-03-12",
        [E("talks", "occurred", states={"EGY", "SDN", "ETH"}, date="2025-03-10")],
    ),
    (
        "talks_between_in_the_topic_only",
        "Norwegian Foreign Minister Ulla Marsk held talks on the border dispute between Egypt "
        "and Sudan with Turkish officials on Monday.",
        "2025-03-12",
        [E("talks", "occurred", {"Marsk": "NOR"}, states={"TUR"})],
    ),
    # ------------------------------------------------------------ who took part
    (
        "title_then_name",
        "The Kenyan foreign minister arrived in Ankara on Monday for a two-day visit. Turkish "
        "officials welcomed the trip. Foreign Minister Odhiambo Wekesa met his Turkish "
        "counterpart Selim Aydemir on Tuesday.",
        "2025-03-12",
        [
            # the visit is the dated meeting's envelope (dev annotation rule 4): optional
            E(
                "visit",
                "occurred",
                {"Wekesa": "KEN"},
                states={"TUR"},
                date="2025-03-10",
                optional=True,
            ),
            E("meeting", "occurred", {"Wekesa": "KEN", "Aydemir": "TUR"}, date="2025-03-11"),
        ],
    ),
    (
        "title_beside_name_stays_apart",
        "Foreign Minister Odhiambo Wekesa met the Indian foreign minister in New Delhi on Monday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Wekesa": None}, states={"IND"}, date="2025-03-10")],
    ),
    (
        "counterpart_named_later",
        "Prime Minister Tomas Brenn met his Danish counterpart in Paris on Tuesday. Danish Prime "
        "Minister Karin Holmvik said the talks were useful.",
        "2025-03-12",
        [E("meeting", "occurred", {"Brenn": None, "Holmvik": "DNK"}, date="2025-03-11")],
    ),
    (
        "counterpart_two_candidates",
        "Prime Minister Tomas Brenn met his Danish counterpart in Paris on Tuesday. Danish Prime "
        "Minister Karin Holmvik and Danish Prime Minister Erik Sandvold said the talks were "
        "useful.",
        "2025-03-12",
        [E("meeting", "occurred", {"Brenn": None}, states={"DNK"}, date="2025-03-11")],
    ),
    (
        "counterparts_of_two_states",
        "Danish Prime Minister Karin Holmvik and Swedish Prime Minister Lars Ekvall arrived in "
        "Oslo on Thursday. Prime Minister Tomas Brenn of Norway met his Danish and Swedish "
        "counterparts in Oslo on Friday.",
        "2025-03-12",
        [
            E("visit", "occurred", {"Holmvik": "DNK", "Ekvall": "SWE"}, optional=True),
            E("meeting", "occurred", {"Brenn": "NOR", "Holmvik": "DNK"}, date="2025-03-07"),
            E("meeting", "occurred", {"Brenn": "NOR", "Ekvall": "SWE"}, date="2025-03-07"),
        ],
    ),
    # ------------------------------------------------------------ the host of a visit
    (
        "host_named_elsewhere",
        "Prime Minister Arvid Kessler will visit Berlin next month, his office said. German "
        "Chancellor Ilse Brandauer welcomed the plan.",
        "2025-03-12",
        [E("visit", "planned", {"Kessler": None, "Brandauer": "DEU"}, loc=("Berlin", "DEU"))],
    ),
    (
        "host_two_candidates",
        "Prime Minister Arvid Kessler will visit Berlin next month. German Chancellor Ilse "
        "Brandauer and German Foreign Minister Jonas Weidt welcomed the plan.",
        "2025-03-12",
        [E("visit", "planned", {"Kessler": None}, states={"DEU"}, loc=("Berlin", "DEU"))],
    ),
    (
        "host_domestic_tour",
        "President Arlo Venn toured Texas on Monday. Texas Governor Bill Harmon welcomed him.",
        "2025-03-12",
        [],
    ),
    # ------------------------------------------------------------ how many encounters
    (
        "both_visited",
        "Prime Minister Arvid Kessler of Norway and President Ilse Brandauer of Austria both "
        "visited Kyiv on Monday.",
        "2025-03-12",
        [
            E("visit", "occurred", {"Kessler": "NOR"}, states={"UKR"}, date="2025-03-10"),
            E("visit", "occurred", {"Brandauer": "AUT"}, states={"UKR"}, date="2025-03-10"),
        ],
    ),
    (
        "visits_of_two",
        "The visits of Prime Minister Arvid Kessler of Norway and President Ilse Brandauer of "
        "Austria to Kyiv were postponed.",
        "2025-03-12",
        [
            E("visit", "cancelled", {"Kessler": "NOR"}, states={"UKR"}),
            E("visit", "cancelled", {"Brandauer": "AUT"}, states={"UKR"}),
        ],
    ),
    (
        "states_both_called_off",
        "Norway and Austria have both called off trips to Kyiv planned for next week.",
        "2025-03-12",
        [
            E("visit", "cancelled", states={"NOR", "UKR"}),
            E("visit", "cancelled", states={"AUT", "UKR"}),
        ],
    ),
    (
        "visited_together",
        "Prime Minister Arvid Kessler of Norway and President Ilse Brandauer of Austria visited "
        "Kyiv together on Monday.",
        "2025-03-12",
        [E("visit", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, states={"UKR"})],
    ),
    (
        "visited_with_spouse",
        "Prime Minister Arvid Kessler of Norway and his wife both visited Kyiv on Monday.",
        "2025-03-12",
        [E("visit", "occurred", {"Kessler": "NOR"}, states={"UKR"}, date="2025-03-10")],
    ),
    (
        "headline_restated",
        "Chilean foreign minister starts Norway visit\n\nChile's foreign minister Ana Pereda was "
        "set to start an official six-day trip to Norway on Sunday.",
        "2025-03-12",
        [E("visit", "planned", {"Pereda": "CHL"}, states={"NOR"}, date="2025-03-16")],
    ),
    (
        "headline_then_meet_again",
        "Venn, Brenn meet in Oslo\n\nPresident Arlo Venn of Chile met Prime Minister Tomas Brenn "
        "of Norway in Oslo on Monday. The two leaders will meet again in Santiago next month.",
        "2025-03-12",
        [
            E("meeting", "occurred", {"Venn": "CHL", "Brenn": "NOR"}, date="2025-03-10"),
            E("meeting", "planned", {"Venn": "CHL", "Brenn": "NOR"}, loc=("Santiago", "CHL")),
        ],
    ),
    (
        "meetings_with_two_hosts",
        "Japanese Foreign Minister Ulla Marsk, on her first trip to Brazil, sounded upbeat after "
        "meetings with Brazilian President Pell Varga and Brazilian Foreign Minister Ivo Krent.",
        "2025-03-12",
        [
            E("meeting", "occurred", {"Marsk": "JPN", "Varga": "BRA"}),
            E("meeting", "occurred", {"Marsk": "JPN", "Krent": "BRA"}),
            E("visit", "occurred", {"Marsk": "JPN"}, states={"BRA"}, optional=True),
        ],
    ),
    (
        "meetings_on_a_visit_take_its_place_and_days",
        "Foreign Minister Ulla Marsk of Japan visited Brazil from March 5 to 7. Foreign Minister "
        "Marsk held meetings with President Pell Varga of Brazil and Foreign Minister Ivo Krent of "
        "Brazil.",
        "2025-03-12",
        [
            E("visit", "occurred", {"Marsk": "JPN"}, states={"BRA"}, date="2025-03-05"),
            E(
                "meeting",
                "occurred",
                {"Marsk": "JPN", "Varga": "BRA"},
                loc=("Brazil", "BRA"),
                date="2025-03-05",
            ),
            E(
                "meeting",
                "occurred",
                {"Marsk": "JPN", "Krent": "BRA"},
                loc=("Brazil", "BRA"),
                date="2025-03-05",
            ),
        ],
    ),
    (
        "meeting_on_a_long_stay_keeps_no_day",
        "Foreign Minister Ulla Marsk of Japan visited Brazil from March 1 to 28. Foreign "
        "Minister Marsk held meetings with President Pell Varga of Brazil and Foreign Minister "
        "Ivo Krent of Brazil.",
        "2025-04-12",
        [
            E("visit", "occurred", {"Marsk": "JPN"}, states={"BRA"}, date="2025-03-01"),
            E("meeting", "occurred", {"Marsk": "JPN", "Varga": "BRA"}, date=None),
            E("meeting", "occurred", {"Marsk": "JPN", "Krent": "BRA"}, date=None),
        ],
    ),
    (
        "talks_with_two_stay_one",
        "Japanese Foreign Minister Ulla Marsk sounded upbeat after talks with Brazilian President "
        "Pell Varga and Brazilian Foreign Minister Ivo Krent.",
        "2025-03-12",
        [E("talks", "occurred", {"Marsk": "JPN", "Varga": "BRA", "Krent": "BRA"})],
    ),
    (
        "after_meeting_subject_took_part",
        "Following a meeting with President Pell Varga of Brazil in Brasilia in March 2002, Prime "
        "Minister Ulla Marsk of Japan appointed a special envoy.",
        "2025-03-12",
        [E("meeting", "occurred", {"Marsk": "JPN", "Varga": "BRA"}, date="2002-03-01")],
    ),
    (
        "during_meeting_then_invited",
        "President Pell Varga of Brazil, during his landmark meeting with Prime Minister Ulla "
        "Marsk of Japan last month, had invited her to visit Brasilia.",
        "2025-03-12",
        [E("meeting", "occurred", {"Varga": "BRA", "Marsk": "JPN"}, loc=None, date="2025-02-01")],
    ),
    (
        "after_talks_cancelled_trip",
        "After talks with President Pell Varga of Brazil on Monday, Prime Minister Ulla Marsk of "
        "Japan cancelled her visit to Argentina.",
        "2025-03-12",
        [
            E("talks", "occurred", {"Varga": "BRA", "Marsk": "JPN"}, loc=None, date="2025-03-10"),
            E("visit", "cancelled", {"Marsk": "JPN"}, states={"ARG"}),
        ],
    ),
    (
        "during_summit_stays_setting",
        "During the ASEAN summit in Vientiane, President Pell Varga of Brazil met Prime Minister "
        "Ulla Marsk of Japan.",
        "2025-03-12",
        [E("meeting", "occurred", {"Varga": "BRA", "Marsk": "JPN"}, loc=("Vientiane", "LAO"))],
    ),
    (
        "after_meeting_of_others",
        "Japanese Foreign Minister Ulla Marsk praised the outcome after the meeting of Brazilian "
        "President Pell Varga with Argentine President Tomas Brell.",
        "2025-03-12",
        [E("meeting", "occurred", {"Varga": "BRA", "Brell": "ARG"})],
    ),
    (
        "parts_of_a_cancelled_trip",
        "Foreign Minister Ulla Marsk of Japan has cancelled her visit to Brazil. Foreign Minister "
        "Marsk and Brazilian Foreign Minister Ivo Krent had been set to hold talks on Thursday. "
        "Foreign Minister Marsk was also expected to pay a courtesy call to President Pell Varga "
        "of Brazil.",
        "2025-03-12",
        [
            E("visit", "cancelled", {"Marsk": "JPN"}, states={"BRA"}, loc=("Brazil", "BRA")),
            E("talks", "cancelled", {"Marsk": "JPN", "Krent": "BRA"}, loc=("Brazil", "BRA")),
            E("meeting", "cancelled", {"Marsk": "JPN", "Varga": "BRA"}, loc=("Brazil", "BRA")),
        ],
    ),
    (
        "one_part_of_a_cancelled_trip_stays_its_own",
        "Foreign Minister Ulla Marsk of Japan has cancelled her visit to Brazil. Foreign Minister "
        "Marsk and Brazilian Foreign Minister Ivo Krent had been set to hold talks on Thursday.",
        "2025-03-12",
        [
            E("visit", "cancelled", {"Marsk": "JPN"}, states={"BRA"}),
            E("talks", "cancelled", {"Marsk": "JPN", "Krent": "BRA"}, date="2025-03-13"),
        ],
    ),
    (
        "talks_elsewhere_after_a_cancelled_trip",
        "Foreign Minister Ulla Marsk of Japan has cancelled her visit to Brazil. Foreign Minister "
        "Marsk and Brazilian Foreign Minister Ivo Krent will instead hold talks in Tokyo on "
        "Thursday.",
        "2025-03-12",
        [
            E("visit", "cancelled", {"Marsk": "JPN"}, states={"BRA"}),
            E("talks", "planned", {"Marsk": "JPN", "Krent": "BRA"}, loc=("Tokyo", "JPN")),
        ],
    ),
    (
        "called_two_states",
        "Prime Minister Arvid Kessler of Norway spoke by phone with President Ilse Brandauer of "
        "Austria and Prime Minister Tomas Brenn of Chile on Tuesday.",
        "2025-03-12",
        [
            E("call", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, date="2025-03-11"),
            E("call", "occurred", {"Kessler": "NOR", "Brenn": "CHL"}, date="2025-03-11"),
        ],
    ),
    (
        "called_two_leaders_of_one_state",
        "Prime Minister Arvid Kessler of Norway spoke by phone with President Ilse Brandauer of "
        "Austria and Chancellor Tomas Brenn of Austria on Tuesday.",
        "2025-03-12",
        [E("call", "occurred", {"Kessler": "NOR", "Brandauer": "AUT", "Brenn": "AUT"})],
    ),
    (
        "three_way_call_stays_one",
        "Prime Minister Arvid Kessler of Norway held a three-way call with President Ilse "
        "Brandauer of Austria and Prime Minister Tomas Brenn of Chile on Tuesday.",
        "2025-03-12",
        [E("call", "occurred", {"Kessler": "NOR", "Brandauer": "AUT", "Brenn": "CHL"})],
    ),
    (
        "video_conference_stays_one",
        "Prime Minister Arvid Kessler of Norway held a video conference with President Ilse "
        "Brandauer of Austria and Prime Minister Tomas Brenn of Chile on Tuesday.",
        "2025-03-12",
        [E("call", "occurred", {"Kessler": "NOR", "Brandauer": "AUT", "Brenn": "CHL"})],
    ),
    # ------------------------------------------------------------ actors outside the gazetteers
    (
        "unknown_states_counterpart",
        "Foreign Minister Ulla Marsk of Norlandia met her Vostrelian counterpart in Kessel on "
        "Tuesday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Marsk": None}, date="2025-03-11")],
    ),
    (
        "unknown_states_named",
        "Foreign Minister Ulla Marsk of Norlandia met Foreign Minister Pavel Drenko of Vostrelia "
        "in Kessel on Tuesday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Marsk": None, "Drenko": None}, date="2025-03-11")],
    ),
    (
        "unknown_state_and_known",
        "Foreign Minister Ulla Marsk of Norlandia met Russian Foreign Minister Pavel Drenko in "
        "Kessel on Tuesday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Marsk": None, "Drenko": "RUS"}, date="2025-03-11")],
    ),
    (
        "unknown_state_same_on_both_sides",
        "President Arlo Venn of Norlandia met Interior Minister Pavel Drenko of Norlandia on "
        "Monday. Foreign Minister Ulla Marsk of Norlandia met her Norlandian counterpart.",
        "2025-03-12",
        [],
    ),
    (
        "unknown_state_business",
        "Chairman Bill Harmon of Halvorsen Industries met President Arlo Venn of Norlandia on "
        "Monday.",
        "2025-03-12",
        [],
    ),
    (
        "unknown_state_domestic_region",
        "Governor Bill Harmon of Texas met President Arlo Venn on Monday.",
        "2025-03-12",
        [],
    ),
    # ------------------------------------------------------------ the form of the encounter
    (
        "conversation_in_calls",
        "Prime Minister Arvid Kessler of Norway spoke by phone on Monday with the leaders of "
        "neighbouring countries. In his conversation with Swedish Prime Minister Lars Ekvall, "
        "Kessler stressed energy cooperation.",
        "2025-03-12",
        [E("call", "occurred", {"Kessler": "NOR", "Ekvall": "SWE"}, loc=None)],
    ),
    (
        "conversation_in_a_place",
        "Prime Minister Arvid Kessler of Norway spoke by phone on Monday with Swedish Prime "
        "Minister Lars Ekvall. In his conversation with Danish Prime Minister Karin Holmvik in "
        "Copenhagen on Friday, Kessler stressed energy cooperation.",
        "2025-03-12",
        [
            E("call", "occurred", {"Kessler": "NOR", "Ekvall": "SWE"}, date="2025-03-10"),
            E(
                "meeting",
                "occurred",
                {"Kessler": "NOR", "Holmvik": "DNK"},
                loc=("Copenhagen", "DNK"),
            ),
        ],
    ),
    # ------------------------------------------------------------ "the two"
    (
        "the_two_after_visit",
        "President Arlo Venn of Chile arrived in Oslo on Monday. Prime Minister Tomas Brenn of "
        "Norway greeted him at the airport. The two then held talks at the government palace.",
        "2025-03-12",
        [E(None, "occurred", {"Venn": "CHL", "Brenn": "NOR"}, loc=("Oslo", "NOR"))],
    ),
    (
        "the_two_named_just_before",
        "Prime Minister Tomas Brenn of Norway spoke with reporters. President Arlo Venn of Chile "
        "and Chancellor Ilse Brandauer of Austria were also in Oslo. The two leaders met on "
        "Tuesday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Venn": "CHL", "Brandauer": "AUT"}, date="2025-03-11")],
    ),
    # ------------------------------------------------------------ object pronouns
    (
        "object_pronoun_sentence_before",
        "President Arlo Venn of Chile praised Prime Minister Tomas Brenn of Norway. He will meet "
        "him in Oslo on Thursday.",
        "2025-03-12",
        [E("meeting", "planned", {"Venn": "CHL", "Brenn": "NOR"}, date="2025-03-13")],
    ),
    (
        "object_pronoun_nobody_before",
        "Chancellor Ilse Brandauer of Austria said she had seen the report. She will meet him in "
        "Vienna.",
        "2025-03-12",
        [],
    ),
    (
        "task_force_chaired_by",
        "Minister Ilse Brandauer hosted the inaugural meeting of the energy task force, chaired by "
        "Adviser Karl Holm and Director Ina Wolf.",
        "2025-03-12",
        [],
    ),
    (
        "flying_on_for_talks",
        "Prime Minister Arvid Kessler of Norway met President Ilse Brandauer of Austria in Vienna "
        "on Monday before flying on to Rome on Tuesday for talks with Prime Minister Carla Vitti "
        "of Italy.",
        "2025-03-12",
        [
            E("meeting", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, date="2025-03-10"),
            E(None, "occurred", {"Kessler": "NOR", "Vitti": "ITA"}, loc=("Rome", "ITA")),
        ],
    ),
    # ------------------------------------------------------------ domestic offices
    (
        "domestic_office_holders_are_no_outsiders",
        "President Maria Kessler of Austria hosted Leader Tomas Vee and Speaker Ana Rilke at the "
        "palace on Tuesday to discuss the budget.",
        "2025-03-12",
        [],
    ),
    (
        "domestic_governor_call_is_no_encounter",
        "President Maria Kessler of Austria spoke by phone with Governor Ilan Brodsk about the "
        "floods.",
        "2025-03-12",
        [],
    ),
    (
        "trip_to_the_own_state_s_territory_is_domestic",
        "Energy Secretary Ann Holt of the United States traveled to Puerto Rico on Monday to meet "
        "with Governor Tomas Vell.",
        "2025-03-12",
        [],
    ),
    (
        "trip_to_another_state_s_territory_is_a_visit",
        "Foreign Minister Ann Holt of Austria traveled to Puerto Rico on Monday.",
        "2025-03-12",
        [E("visit", "occurred", {"Holt": "AUT"}, date="2025-03-10")],
    ),
    (
        "an_office_of_no_known_state_may_be_the_outsider",
        "President Maria Kessler of Austria met President Tomas Vee on Tuesday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Kessler": "AUT", "Vee": None}, date="2025-03-11")],
    ),
    (
        "untitled_guests_are_no_outsiders",
        "President Maria Kessler of Austria met today with Jon and Ella Varga, the parents of a "
        "detained reporter.",
        "2025-03-12",
        [],
    ),
    (
        "untitled_person_of_no_state_is_no_outsider",
        "President Maria Kessler of Austria will meet Jon Berg on Friday.",
        "2025-03-12",
        [],
    ),
    (
        "office_in_a_relative_clause_makes_an_outsider",
        "Jon Berg, who is also a deputy prime minister, will meet President Maria Kessler of "
        "Austria on Friday.",
        "2025-03-12",
        [E("meeting", "planned", {"Berg": None, "Kessler": "AUT"}, date="2025-03-14")],
    ),
    (
        "office_in_an_apposition_makes_an_outsider",
        "President Maria Kessler of Austria met the foreign minister, Ulla Marsk, in Vienna on "
        "Monday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Kessler": "AUT", "Marsk": None}, loc=("Vienna", "AUT"))],
    ),
    (
        "apposition_without_an_office_makes_no_outsider",
        "President Maria Kessler of Austria met the novelist, Ulla Marsk, in Vienna on Monday.",
        "2025-03-12",
        [],
    ),
    (
        "state_as_a_whole_needs_a_leader_across",
        "The White House convened Secretary Tom Vell and Jon Berg on Monday to discuss the floods.",
        "2025-03-12",
        [],
    ),
    (
        "state_as_a_whole_hosts_a_leader",
        "The United States hosted President Tomas Vee at a state dinner on Tuesday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Vee": None}, states={"USA"})],
    ),
    (
        "government_body_is_no_party_across",
        "Last night, White House and State Department officials spoke with the newspaper's "
        "editors.",
        "2025-03-12",
        [],
    ),
    (
        "governor_is_not_the_gazetteer_namesake",
        "President Maria Kessler of Austria spoke with Governor Tony Abbott about the floods on "
        "Monday.",
        "2025-03-12",
        [],
    ),
    (
        "prime_minister_is_the_gazetteer_namesake",
        "President Maria Kessler of Austria spoke with former Prime Minister Tony Abbott on "
        "Monday.",
        "2025-03-12",
        [E("call", "occurred", {"Kessler": "AUT", "Abbott": "AUS"})],
    ),
    (
        "region_holding_a_state_name_is_not_that_state",
        "Foreign Minister Ulla Marsk of Norlandia will travel to New Mexico next week.",
        "2025-03-12",
        [E("visit", "planned", {"Marsk": None}, states={"USA"}, loc=("New Mexico", "USA"))],
    ),
    (
        "region_adjective_holding_a_demonym_is_not_that_state",
        "President Maria Kessler of Austria will host Prime Minister Tomas Vee of Canada in Vienna "
        "on Tuesday for the North American Leaders' Summit.",
        "2025-03-12",
        [E("summit", "planned", {"Kessler": "AUT", "Vee": "CAN"}, loc=("Vienna", "AUT"))],
    ),
    (
        "the_demonym_itself_is_that_state",
        "President Maria Kessler of Austria met American business leaders in Vienna on Monday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Kessler": "AUT"}, states={"USA"}, loc=("Vienna", "AUT"))],
    ),
    (
        "the_state_itself_is_that_state",
        "Foreign Minister Ulla Marsk of Norlandia will travel to Mexico next week.",
        "2025-03-12",
        [E("visit", "planned", {"Marsk": None}, states={"MEX"}, loc=("Mexico", "MEX"))],
    ),
    (
        "unaffiliated_body_is_no_outsider",
        "Today, Adviser Jon Berg and Adviser Ella Varga of the National Security Council met with "
        "members of the caucus to discuss the situation at the border.",
        "2025-03-12",
        [],
    ),
    (
        "international_body_is_an_outsider",
        "Foreign Minister Ulla Marsk of Austria met with the African Union in Vienna on Monday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Marsk": "AUT"}, orgs={"African Union"})],
    ),
    (
        "surname_of_a_gazetteer_namesake_is_the_full_name_of_the_text",
        "Deputy National Security Advisor Daleep Singh will travel to Vienna this week. Mr. Singh "
        "will meet President Jon Berg of Austria on Tuesday.",
        "2009-03-12",
        [
            E("visit", "planned", {"Singh": None, "Berg": "AUT"}),
            E("meeting", "planned", {"Singh": None, "Berg": "AUT"}),
        ],
    ),
    (
        "surname_of_the_gazetteer_person_stays_that_person",
        "Prime Minister Manmohan Singh will travel to Vienna this week. Mr. Singh will meet "
        "President Jon Berg of Austria on Tuesday.",
        "2009-03-12",
        [
            E("visit", "planned", {"Singh": "IND", "Berg": "AUT"}),
            E("meeting", "planned", {"Singh": "IND", "Berg": "AUT"}),
        ],
    ),
    (
        "typographic_apostrophe_in_a_state_name",
        "The United States and the People’s Republic of China held talks in Geneva on Monday.",
        "2025-03-12",
        [E("talks", "occurred", states={"USA", "CHN"}, loc=("Geneva", "CHE"))],
    ),
    (
        "honorific_between_title_and_name",
        "Foreign Minister Jon Berg of Norway spoke on the phone yesterday with Austrian National "
        "Security Advisor Dr. Ulla Marsk.",
        "2025-03-12",
        [E("call", "occurred", {"Berg": "NOR", "Marsk": "AUT"}, date="2025-03-11")],
    ),
    (
        "shared_name_among_its_own_state_is_the_region",
        "On Friday, President Jon Berg of the United States and Vice President Ella Varga will "
        "travel to Georgia to meet voters.",
        "2025-03-12",
        [],
    ),
    (
        "shared_name_told_by_its_demonym_is_the_state",
        "Secretary of State Jon Berg of the United States will travel to Georgia on Friday to meet "
        "Georgian officials.",
        "2025-03-12",
        [E("visit", "planned", {"Berg": "USA"}, states={"GEO"})],
    ),
    (
        "shared_name_beside_another_state_is_the_state",
        "Foreign Minister Ulla Marsk of Austria will travel to Georgia on Friday.",
        "2025-03-12",
        [E("visit", "planned", {"Marsk": "AUT"}, states={"GEO"})],
    ),
    (
        "pair_of_one_state_is_one_meeting",
        "President Jon Berg of Norway met today with President Ella Varga and Foreign Minister "
        "Ulla Marsk of Austria.",
        "2025-03-12",
        [E("meeting", "occurred", {"Berg": "NOR", "Varga": "AUT", "Marsk": "AUT"})],
    ),
    (
        "pair_of_two_states_is_two_meetings",
        "President Jon Berg of Norway met today with President Ella Varga of Austria and Foreign "
        "Minister Ulla Marsk of Spain.",
        "2025-03-12",
        [
            E("meeting", "occurred", {"Berg": "NOR", "Varga": "AUT"}),
            E("meeting", "occurred", {"Berg": "NOR", "Marsk": "ESP"}),
        ],
    ),
    # ------------------------------------------------------------ dates and places (round two)
    (
        "date_in_relative_clause_of_a_participant",
        "Prime Minister Arvid Kessler of Norway will meet Chancellor Ilse Brandauer of Austria, "
        "who takes over the EU presidency next month.",
        "2025-03-12",
        [E("meeting", "planned", {"Kessler": "NOR", "Brandauer": "AUT"}, date=None)],
    ),
    (
        "date_of_the_encounter_beside_a_relative_clause",
        "Prime Minister Arvid Kessler of Norway, who took office in May, will meet Chancellor "
        "Ilse Brandauer of Austria on Friday.",
        "2025-03-12",
        [E("meeting", "planned", {"Kessler": "NOR", "Brandauer": "AUT"}, date="2025-03-14")],
    ),
    (
        "date_of_an_encounter_told_in_a_where_clause",
        "Prime Minister Arvid Kessler of Norway flew to Vienna, where he met Chancellor Ilse "
        "Brandauer of Austria on Monday.",
        "2025-03-12",
        [E(None, "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, date="2025-03-10")],
    ),
    (
        "two_trips_in_one_sentence",
        "Foreign Minister Ulla Marsk of Norway was scheduled to travel to Vienna this evening and "
        "also visit Rome next week.",
        "2025-03-11",
        [
            E("visit", "planned", {"Marsk": "NOR"}, loc=("Vienna", "AUT"), date="2025-03-11"),
            E("visit", "planned", {"Marsk": "NOR"}, loc=("Rome", "ITA"), date="2025-03-17"),
        ],
    ),
    (
        "second_trip_shares_the_future",
        "Foreign Minister Ulla Marsk of Norway will visit Vienna on Monday and fly to Rome on "
        "Thursday.",
        "2025-03-11",
        [
            E("visit", "planned", {"Marsk": "NOR"}, loc=("Vienna", "AUT"), date="2025-03-17"),
            E("visit", "planned", {"Marsk": "NOR"}, loc=("Rome", "ITA"), date="2025-03-13"),
        ],
    ),
    (
        "one_trip_to_a_city_and_its_palace",
        "Foreign Minister Ulla Marsk of Norway will fly to Vienna on Monday to visit the Hofburg.",
        "2025-03-11",
        [E("visit", "planned", {"Marsk": "NOR"}, loc=("Vienna|Hofburg", "AUT"), date="2025-03-17")],
    ),
    (
        "they_met_there_then",
        "Prime Minister Arvid Kessler of Norway held talks with Chancellor Ilse Brandauer of "
        "Austria. They met at the Hofburg in Vienna on Tuesday.",
        "2025-03-12",
        [
            E(
                "talks",
                "occurred",
                {"Kessler": "NOR", "Brandauer": "AUT"},
                loc=("Hofburg|Vienna", "AUT"),
                date="2025-03-11",
            )
        ],
    ),
    (
        "the_meeting_took_place_then",
        "Prime Minister Arvid Kessler of Norway met Chancellor Ilse Brandauer of Austria. The "
        "meeting took place in Vienna on Tuesday.",
        "2025-03-12",
        [
            E(
                "meeting",
                "occurred",
                {"Kessler": "NOR", "Brandauer": "AUT"},
                loc=("Vienna", "AUT"),
                date="2025-03-11",
            )
        ],
    ),
    (
        "they_will_meet_again",
        "Prime Minister Arvid Kessler of Norway met Chancellor Ilse Brandauer of Austria on "
        "Monday. They will meet again in Vienna in May.",
        "2025-03-12",
        [
            E("meeting", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, date="2025-03-10"),
            E(
                "meeting",
                "planned",
                {"Kessler": "NOR", "Brandauer": "AUT"},
                loc=("Vienna", "AUT"),
                date="2025-05",
            ),
        ],
    ),
    (
        "the_day_of_saying_is_not_the_meeting",
        "The Norlandian foreign ministry said on Monday that Minister Ulla Marsk of Norway would "
        "meet Chancellor Ilse Brandauer of Austria in Vienna.",
        "2025-03-12",
        [
            E(
                "meeting",
                None,
                {"Marsk": "NOR", "Brandauer": "AUT"},
                loc=("Vienna", "AUT"),
                date=None,
            )
        ],
    ),
    (
        "the_day_told_in_what_was_said",
        "Prime Minister Arvid Kessler of Norway said on Monday that he had met Chancellor Ilse "
        "Brandauer of Austria in Vienna on Sunday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, date="2025-03-09")],
    ),
    (
        "hyphenated_states_name_the_sides",
        "Prime Minister Arvid Kessler of Norway met Chancellor Ilse Brandauer of Austria at the "
        "India-Brazil forum.",
        "2025-03-12",
        [E("meeting", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, loc=None)],
    ),
    (
        "hyphenated_forum_in_a_city",
        "Minister Ulla Marsk of Norway met Chancellor Ilse Brandauer of Austria at the "
        "Norway-Austria forum in Geneva.",
        "2025-03-12",
        [E("meeting", "occurred", {"Marsk": "NOR", "Brandauer": "AUT"}, loc=("Geneva", "CHE"))],
    ),
    (
        "hyphenated_state_name_is_a_place",
        "Prime Minister Arvid Kessler of Norway met Chancellor Ilse Brandauer of Austria in "
        "Guinea-Bissau.",
        "2025-03-12",
        [
            E(
                "meeting",
                "occurred",
                {"Kessler": "NOR", "Brandauer": "AUT"},
                loc=("Guinea-Bissau|Guinea Bissau", "GNB"),
            )
        ],
    ),
    (
        "finest_date_of_the_mentions",
        "Prime Minister Arvid Kessler of Norway and Chancellor Ilse Brandauer of Austria will hold "
        "talks this year. The talks between Kessler and Brandauer will be held in Vienna on May 3.",
        "2025-03-12",
        [
            E(
                "talks",
                "planned",
                {"Kessler": "NOR", "Brandauer": "AUT"},
                loc=("Vienna", "AUT"),
                date="2025-05-03",
            )
        ],
    ),
    (
        "a_later_date_outside_the_first_does_not_narrow_it",
        "Prime Minister Arvid Kessler of Norway will visit Austria in May. The visit will take "
        "place on June 3.",
        "2025-03-12",
        [E("visit", "planned", {"Kessler": "NOR"}, states={"AUT"}, date="2025-05")],
    ),
    (
        "present_of_a_time_clause_is_future",
        "Prime Minister Arvid Kessler of Norway will raise the issue when he meets Chancellor Ilse "
        "Brandauer of Austria on Thursday.",
        "2025-03-12",
        [E("meeting", "planned", {"Kessler": "NOR", "Brandauer": "AUT"}, date="2025-03-13")],
    ),
    (
        "past_of_a_time_clause_is_past",
        "Prime Minister Arvid Kessler of Norway raised the issue when he met Chancellor Ilse "
        "Brandauer of Austria on Thursday.",
        "2025-03-12",
        [E("meeting", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, date="2025-03-06")],
    ),
    (
        "a_city_the_tagger_takes_for_a_name",
        "Prime Minister Arvid Kessler of Norway on Saturday met with Uzbek President Tavi Orlenko "
        "in Khiva.",
        "2025-03-12",
        [
            E(
                "meeting",
                "occurred",
                {"Kessler": "NOR", "Orlenko": "UZB"},
                loc=("Khiva|Xiva", "UZB"),
                date="2025-03-08",
            )
        ],
    ),
    (
        "an_organisation_after_in_is_no_place",
        "Prime Minister Arvid Kessler of Norway met Chancellor Ilse Brandauer of Austria in the "
        "Nordic Council.",
        "2025-03-12",
        [E("meeting", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, loc=None)],
    ),
    (
        "who_is_to_visit",
        "Prime Minister Arvid Kessler of Norway, who is scheduled to visit Vienna on May 3 for "
        "talks with Chancellor Ilse Brandauer of Austria, spoke to reporters.",
        "2025-03-12",
        [
            E(
                None,
                "planned",
                {"Kessler": "NOR", "Brandauer": "AUT"},
                loc=("Vienna", "AUT"),
                date="2025-05-03",
            )
        ],
    ),
    (
        "a_journey_told_in_passing_is_not_the_meetings_place",
        "Prime Minister Arvid Kessler of Norway met Chancellor Ilse Brandauer of Austria, who will "
        "visit Oslo next week.",
        "2025-03-12",
        [
            E("meeting", "occurred", {"Kessler": "NOR", "Brandauer": "AUT"}, loc=None),
            E(
                "visit",
                "planned",
                {"Brandauer": "AUT"},
                loc=("Oslo", "NOR"),
                date="2025-03-17",
                optional=True,
            ),
        ],
    ),
]

KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("text,published,expected", [case_param(c, KNOWN_GAPS) for c in CASES])
def test_article(extract_text, text, published, expected):
    assert_events(extract_text(text, published=published), expected)


def test_table_is_well_formed():
    assert_well_formed(CASES, KNOWN_GAPS)


@pytest.mark.parametrize(
    "text,date",
    [
        # a relative clause on the trigger's own noun dates the encounter, in the past tense too
        (
            "The foreign ministry published an update on Minister Ulla Marsk's planned Nordic "
            "visit, which included a stop in Oslo from Sunday to Wednesday.",
            "from Sunday to Wednesday",
        ),
        # the day of agreeing to a plan is not the day of the encounter
        ("Minister Ulla Marsk agreed on Monday to visit Oslo.", None),
    ],
)
def test_date_of_a_planned_mention(nlp, text, date):
    (mention,) = nlp(text)._.diplo_mentions
    assert mention.status == "planned"
    assert (mention.date.text if mention.date is not None else None) == date


def test_after_the_meeting_of_others_leaves_the_subject_out(extract_text):
    # "X praised ... after the meeting of Y with Z": the meeting has its own sides; X is no party
    (event,) = extract_text(
        "Japanese Foreign Minister Ulla Marsk praised the outcome after the meeting of Brazilian "
        "President Pell Varga with Argentine President Tomas Brell.",
        published="2025-03-12",
    )
    assert "Ulla Marsk" not in {p["name"] for p in event["participants"]}


def test_an_attendee_joins_only_the_one_gathering(extract_text):
    """With two gatherings of bodies in the text, "a guest at the talks" is not guessed into
    either (the counter-example of body_guest_at_the_talks_attends)."""
    text = (
        "Foreign ministers from the 14 Verdan Compact member states are meeting in Kessel on "
        "Monday. Representatives from 30 countries met in Port Maravel on Tuesday. Foreign "
        "Minister Ulla Marsk of Norlandia, a guest at the talks, said he would urge them to act."
    )
    events = extract_text(text, published="2025-03-12")
    assert len(events) == 2
    names = {p["name"] for e in events for p in e["participants"]}
    assert not any("Marsk" in n for n in names)


def test_a_gathering_named_by_its_modifier_is_no_guest(extract_text):
    """ "the Turkish ministers' talks" names a gathering of its own: its modifier is not an
    attendee of the document's one gathering."""
    text = (
        "The presidents of Egypt, Sudan and Ethiopia will meet in Cairo on 14 September. At the "
        "Turkish ministers' talks, an official said the preparations were going well."
    )
    events = extract_text(text, published="2025-08-16")
    summit = [e for e in events if any(p["country"] == "EGY" for p in e["participants"])]
    assert summit
    assert not any(p["country"] == "TUR" for e in summit for p in e["participants"])
