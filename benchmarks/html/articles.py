"""The articles of the page benchmark, and the furniture that surrounds them on the page.

Invented news written for this benchmark (2026-12-07): people are real-world-plausible leaders and
ministers, the stories are not real. `make_pages.py` lays each article out in the markup of one
family of sites and writes the gold files. The events are the annotation of the article text
(`title` + `paragraphs`), by `../../shared/spec/gold-format.md`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def past(published: str, weekday: str) -> str:
    """The date of "on <weekday>" in a past-tense report: that day of the week, on or before."""
    pub = dt.date.fromisoformat(published)
    back = (pub.weekday() - _DAYS.index(weekday)) % 7
    return (pub - dt.timedelta(days=back)).isoformat()


def ahead(published: str, weekday: str) -> str:
    """The date of "on <weekday>" in a report of a plan: that day of the week, after."""
    pub = dt.date.fromisoformat(published)
    forward = (_DAYS.index(weekday) - pub.weekday()) % 7 or 7
    return (pub + dt.timedelta(days=forward)).isoformat()


def p(name: str, country: str | None, kind: str = "person") -> dict[str, Any]:
    return {"name": name, "country": country, "kind": kind}


def ev(
    parts: list[dict[str, Any]],
    type_: str,
    status: str,
    loc: tuple[str, str] | None,
    date: str | tuple[str, str, str] | None,
    *,
    optional: bool = False,
    date_optional: bool = False,
    note: str = "",
) -> dict[str, Any]:
    if isinstance(date, str):
        date_obj: dict[str, str] | None = {"start": date, "end": date, "precision": "day"}
    elif isinstance(date, tuple):
        date_obj = {"start": date[0], "end": date[1], "precision": date[2]}
    else:
        date_obj = None
    return {
        "participants": parts,
        "type": type_,
        "status": status,
        "location": {"name": loc[0], "country": loc[1]} if loc else None,
        "date": date_obj,
        "optional": optional,
        "date_optional": date_optional,
        "note": note,
    }


# -- furniture: every item names an encounter that is not the article's ---------------------------

CAPTIONS = [
    "French President Emmanuel Macron greets German Chancellor Friedrich Merz at the Elysee "
    "Palace in Paris last month.",
    "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung shake hands "
    "before their talks in Tokyo in June.",
    "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei in "
    "Brasilia earlier this year.",
    "Indian Prime Minister Narendra Modi held talks with Australian Prime Minister Anthony "
    "Albanese in New Delhi in March.",
    "Turkish President Recep Tayyip Erdogan receives Iraqi Prime Minister Mohammed Shia "
    "al-Sudani in Ankara.",
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi in 2024.",
    "Polish Prime Minister Donald Tusk and Ukrainian President Volodymyr Zelensky met in Warsaw "
    "last autumn.",
    "Canadian Prime Minister Mark Carney speaks with Mexican President Claudia Sheinbaum by "
    "phone from Ottawa.",
    "Spanish Prime Minister Pedro Sanchez visited Moroccan King Mohammed VI in Rabat in February.",
    "Indonesian President Prabowo Subianto held talks with Malaysian Prime Minister Anwar "
    "Ibrahim in Jakarta.",
]

RELATED = [
    "Starmer to host Carney at Downing Street next week",
    "Albanese holds talks with Luxon in Wellington",
    "Erdogan to visit Baghdad for water talks",
    "Macron and Merz meet in Paris over defence spending",
    "Modi calls Ramaphosa ahead of BRICS summit",
    "Sheinbaum meets Carney on the sidelines of the G20",
    "Tusk visits Kyiv to meet Zelensky",
    "Ruto hosts Abiy for talks on the Nile",
    "Lula and Milei hold first meeting in Brasilia",
    "Ishiba meets Lee in Tokyo as ties thaw",
    "Anwar hosts Prabowo for border talks in Kuala Lumpur",
    "Orban meets Fico in Bratislava",
    "Sanchez visits Rabat for talks with Moroccan king",
    "Wang Yi meets Lavrov in Beijing",
    "Rubio speaks with Wang Yi by phone",
    "Netanyahu to visit Washington for talks with Trump",
]

COMMENTS = [
    ("Anna K.", "Putin should just meet Zelensky in Istanbul and end this."),
    ("observer_77", "Remember when Obama met Raul Castro in Havana? That was real diplomacy."),
    ("J. Mendes", "Lula should invite Milei to Brasilia before criticising him."),
    ("Wolfgang", "Merz met Macron last week and nothing came of it either."),
    ("Sunita R.", "Modi hosted Albanese in Delhi and the trade deal still is not signed."),
    ("kiwi_reader", "Luxon should visit Canberra and talk to Albanese about this."),
    ("Tomasz", "Tusk met Zelensky three times this year. Why not once more?"),
    ("H. Okafor", "Ruto should call Abiy instead of issuing statements."),
    ("Marie-Claire", "Starmer will meet Carney and talk about the weather, as usual."),
    ("pedro_s", "Sanchez met the king of Morocco and came back with nothing."),
]

MOST_READ = [
    "Trump and Putin to meet in Budapest, Kremlin says",
    "Xi hosts Lula in Beijing for state visit",
    "Erdogan and Aliyev hold talks in Baku",
    "Scholz calls Tusk over border controls",
    "Meloni meets Vance in Rome",
    "Ramaphosa visits Washington for trade talks",
    "Kishida meets Yoon at Camp David",
    "Blinken holds talks with Wang Yi in Munich",
]


def pick(pool: list[Any], n: int, k: int) -> list[Any]:
    """k items of `pool` for the n-th page, different from page to page."""
    return [pool[(n * 3 + i) % len(pool)] for i in range(k)]


# -- the articles ----------------------------------------------------------------------------------
# family: courier (broadsheet: <article>, figure captions, share bar, newsletter box, related box,
#   comments, date in JSON-LD only); daily (CMS div soup: no semantic tags, caption divs,
#   related links, trending list, date in a meta tag); gov (official readouts: breadcrumbs, date
#   only in the visible text, "more readouts" sidebar); wire (dateline, <time>, related coverage
#   between paragraphs, date in the URL); broken (unclosed tags, mis-declared charsets).

ARTICLES: list[dict[str, Any]] = []


def article(family: str, published: str, title: str, paragraphs: list[str], events: list[Any]):
    n = sum(1 for a in ARTICLES if a["family"] == family) + 1
    ARTICLES.append(
        {
            "id": f"{family}-{n:02d}",
            "family": family,
            "published": published,
            "title": title,
            "paragraphs": paragraphs,
            "events": events,
        }
    )


# courier ------------------------------------------------------------------------------------------

D = "2025-03-05"
article(
    "courier",
    D,
    "Meloni and Sanchez agree joint migration plan",
    [
        "Italian Prime Minister Giorgia Meloni met Spanish Prime Minister Pedro Sanchez in Rome "
        "on Tuesday to discuss migration across the Mediterranean and the next European Union "
        "budget.",
        "The two leaders agreed to set up a joint coast guard task force, according to a "
        "statement issued by the Italian government after the meeting.",
        "Meloni called the talks frank and useful. Sanchez invited her to Madrid in May for a "
        "follow-up meeting on the task force.",
        "Spain and Italy together recorded more than 100,000 irregular arrivals by sea last year.",
    ],
    [
        ev(
            [p("Giorgia Meloni", "ITA"), p("Pedro Sanchez", "ESP")],
            "meeting",
            "occurred",
            ("Rome", "ITA"),
            past(D, "Tuesday"),
        ),
        ev(
            [p("Giorgia Meloni", "ITA"), p("Pedro Sanchez", "ESP")],
            "meeting",
            "invited",
            ("Madrid", "ESP"),
            ("2025-05-01", "2025-05-31", "month"),
        ),
    ],
)

D = "2025-04-17"
article(
    "courier",
    D,
    "Ruto and Museveni discuss pipeline in Kampala",
    [
        "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in "
        "Kampala on Wednesday, focusing on a planned oil pipeline and fuel imports through the "
        "port of Mombasa.",
        "Officials said the two presidents also discussed the security situation in eastern "
        "Congo and cross-border trade, which has grown by a third in two years.",
        "Ruto returned to Nairobi in the evening. Museveni is expected to make a state visit to "
        "Kenya later this year, his office said.",
    ],
    [
        ev(
            [p("William Ruto", "KEN"), p("Yoweri Museveni", "UGA")],
            "talks",
            "occurred",
            ("Kampala", "UGA"),
            past(D, "Wednesday"),
        ),
        ev(
            [p("Yoweri Museveni", "UGA"), p("Kenya", "KEN", "country")],
            "visit",
            "planned",
            ("Kenya", "KEN"),
            ("2025-01-01", "2025-12-31", "year"),
            date_optional=True,
        ),
    ],
)

D = "2025-06-12"
article(
    "courier",
    D,
    "Carney hosts Albanese in Ottawa",
    [
        "Canadian Prime Minister Mark Carney hosted Australian Prime Minister Anthony Albanese "
        "in Ottawa on Wednesday for talks on critical minerals and defence cooperation.",
        "The two leaders signed a statement on supply chains for lithium and rare earths, and "
        "agreed that their trade ministers would meet in Canberra in September.",
        "Albanese is due to travel on to Washington, where he has not yet confirmed a meeting "
        "with the White House.",
    ],
    [
        ev(
            [p("Mark Carney", "CAN"), p("Anthony Albanese", "AUS")],
            "visit",
            "occurred",
            ("Ottawa", "CAN"),
            past(D, "Wednesday"),
        ),
        ev(
            [p("trade ministers", "CAN", "group"), p("trade ministers", "AUS", "group")],
            "meeting",
            "planned",
            ("Canberra", "AUS"),
            ("2025-09-01", "2025-09-30", "month"),
            optional=True,
            note="unnamed ministers of both states",
        ),
        ev(
            [p("Anthony Albanese", "AUS"), p("United States", "USA", "country")],
            "visit",
            "planned",
            ("Washington", "USA"),
            None,
            optional=True,
            note="a trip whose meeting is not confirmed",
        ),
    ],
)

D = "2025-09-24"
article(
    "courier",
    D,
    "Lee and Ishiba vow closer ties at Busan talks",
    [
        "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in "
        "Busan on Tuesday, the second meeting between the two leaders in three months.",
        "They agreed to resume regular shuttle diplomacy and to work together on supply chains "
        "for semiconductors, Lee's office said in a statement.",
        "Historical disputes over wartime labour were not on the agenda, officials said.",
    ],
    [
        ev(
            [p("Lee Jae-myung", "KOR"), p("Shigeru Ishiba", "JPN")],
            "meeting",
            "occurred",
            ("Busan", "KOR"),
            past(D, "Tuesday"),
        ),
    ],
)

D = "2025-02-20"
article(
    "courier",
    D,
    "Tusk and Fiala meet in Prague over energy security",
    [
        "Polish Prime Minister Donald Tusk met Czech Prime Minister Petr Fiala in Prague on "
        "Thursday to coordinate gas purchases and the expansion of cross-border power lines.",
        "Fiala said after the meeting that Poland and the Czech Republic would present a joint "
        "proposal at the next EU summit.",
        "Tusk will also speak by phone with Slovak Prime Minister Robert Fico on Friday, his "
        "spokesman said.",
    ],
    [
        ev(
            [p("Donald Tusk", "POL"), p("Petr Fiala", "CZE")],
            "meeting",
            "occurred",
            ("Prague", "CZE"),
            past(D, "Thursday"),
        ),
        ev(
            [p("Donald Tusk", "POL"), p("Robert Fico", "SVK")],
            "call",
            "planned",
            None,
            ahead(D, "Friday"),
        ),
    ],
)

D = "2025-11-06"
article(
    "courier",
    D,
    "Sheinbaum travels to Guatemala for border talks",
    [
        "Mexican President Claudia Sheinbaum held talks with Guatemalan President Bernardo "
        "Arevalo in Guatemala City on Wednesday during a one-day visit, focusing on migration "
        "and the southern border.",
        "The two presidents agreed to open a new crossing for freight near Tapachula and to "
        "share data on smuggling networks.",
        "Arevalo thanked Mexico for its support and said he hoped to return the visit early next "
        "year.",
    ],
    [
        ev(
            [p("Claudia Sheinbaum", "MEX"), p("Bernardo Arevalo", "GTM")],
            "visit",
            "occurred",
            ("Guatemala City", "GTM"),
            past(D, "Wednesday"),
        ),
        ev(
            [p("Bernardo Arevalo", "GTM"), p("Mexico", "MEX", "country")],
            "visit",
            "proposed",
            None,
            ("2026-01-01", "2026-03-31", "month"),
            optional=True,
            note="a hope to return the visit",
        ),
    ],
)

# daily --------------------------------------------------------------------------------------------

D = "2025-05-08"
article(
    "daily",
    D,
    "Starmer and Frederiksen hold talks on North Sea security",
    [
        "British Prime Minister Keir Starmer held talks with Danish Prime Minister Mette "
        "Frederiksen in London on Wednesday about undersea cables and the security of the "
        "North Sea.",
        "Downing Street said the two leaders agreed to share surveillance data and to hold "
        "joint naval exercises next spring.",
        "Frederiksen will meet Norwegian Prime Minister Jonas Gahr Store in Oslo next week, her "
        "office said.",
    ],
    [
        ev(
            [p("Keir Starmer", "GBR"), p("Mette Frederiksen", "DNK")],
            "talks",
            "occurred",
            ("London", "GBR"),
            past(D, "Wednesday"),
        ),
        ev(
            [p("Mette Frederiksen", "DNK"), p("Jonas Gahr Store", "NOR")],
            "meeting",
            "planned",
            ("Oslo", "NOR"),
            ("2025-05-12", "2025-05-18", "week"),
        ),
    ],
)

D = "2025-07-03"
article(
    "daily",
    D,
    "Prabowo visits Hanoi, signs fisheries pact",
    [
        "Indonesian President Prabowo Subianto paid a state visit to Vietnam on Wednesday and "
        "held talks with Vietnamese President Luong Cuong in Hanoi.",
        "The two sides signed an agreement on fisheries in the South China Sea and pledged to "
        "double trade by 2030.",
        "Prabowo also met Vietnamese Prime Minister Pham Minh Chinh before flying home.",
    ],
    [
        ev(
            [p("Prabowo Subianto", "IDN"), p("Luong Cuong", "VNM")],
            "visit",
            "occurred",
            ("Hanoi", "VNM"),
            past(D, "Wednesday"),
        ),
        ev(
            [p("Prabowo Subianto", "IDN"), p("Pham Minh Chinh", "VNM")],
            "meeting",
            "occurred",
            ("Hanoi", "VNM"),
            past(D, "Wednesday"),
            date_optional=True,
        ),
    ],
)

D = "2025-10-15"
article(
    "daily",
    D,
    "Orban calls Erdogan over gas deliveries",
    [
        "Hungarian Prime Minister Viktor Orban spoke by phone with Turkish President Recep "
        "Tayyip Erdogan on Tuesday about gas deliveries through the TurkStream pipeline.",
        "According to the Hungarian government, the two leaders also discussed the war in "
        "Ukraine and migration along the Balkan route.",
        "Orban is expected to visit Ankara in November.",
    ],
    [
        ev(
            [p("Viktor Orban", "HUN"), p("Recep Tayyip Erdogan", "TUR")],
            "call",
            "occurred",
            None,
            past(D, "Tuesday"),
        ),
        ev(
            [p("Viktor Orban", "HUN"), p("Turkey", "TUR", "country")],
            "visit",
            "planned",
            ("Ankara", "TUR"),
            ("2025-11-01", "2025-11-30", "month"),
        ),
    ],
)

D = "2025-08-21"
article(
    "daily",
    D,
    "Luxon meets Marles on Pacific security",
    [
        "New Zealand Prime Minister Christopher Luxon met Australian Deputy Prime Minister "
        "Richard Marles in Auckland on Thursday to discuss defence procurement and security in "
        "the Pacific.",
        "Marles said the meeting had been constructive and that Australia and New Zealand would "
        "align their patrols around Fiji and Tonga.",
    ],
    [
        ev(
            [p("Christopher Luxon", "NZL"), p("Richard Marles", "AUS")],
            "meeting",
            "occurred",
            ("Auckland", "NZL"),
            past(D, "Thursday"),
        ),
    ],
)

D = "2025-03-27"
article(
    "daily",
    D,
    "Ramaphosa to host Mnangagwa for talks on power exports",
    [
        "South African President Cyril Ramaphosa will host Zimbabwean President Emmerson "
        "Mnangagwa in Pretoria on Monday for talks on electricity exports and the rail line to "
        "the port of Durban.",
        "The meeting was announced by the South African presidency on Wednesday.",
        "Zimbabwe buys about a fifth of its power from its southern neighbour.",
    ],
    [
        ev(
            [p("Cyril Ramaphosa", "ZAF"), p("Emmerson Mnangagwa", "ZWE")],
            "visit",
            "planned",
            ("Pretoria", "ZAF"),
            ahead(D, "Monday"),
        ),
    ],
)

D = "2025-12-03"
article(
    "daily",
    D,
    "Merz and Nawrocki meet in Berlin",
    [
        "German Chancellor Friedrich Merz received Polish President Karol Nawrocki in Berlin on "
        "Tuesday for his first visit to Germany since taking office.",
        "The two men discussed reparations claims, border controls and military aid to Ukraine, "
        "a government spokesman said.",
        "Nawrocki also met German President Frank-Walter Steinmeier at Bellevue Palace.",
    ],
    [
        ev(
            [p("Friedrich Merz", "DEU"), p("Karol Nawrocki", "POL")],
            "visit",
            "occurred",
            ("Berlin", "DEU"),
            past(D, "Tuesday"),
        ),
        ev(
            [p("Karol Nawrocki", "POL"), p("Frank-Walter Steinmeier", "DEU")],
            "meeting",
            "occurred",
            ("Bellevue Palace, Berlin", "DEU"),
            past(D, "Tuesday"),
            date_optional=True,
        ),
    ],
)

# gov ----------------------------------------------------------------------------------------------

D = "2025-04-09"
article(
    "gov",
    D,
    "Secretary Rubio's Meeting with Philippine Foreign Secretary Lazaro",
    [
        "Secretary of State Marco Rubio met with Philippine Foreign Secretary Theresa Lazaro in "
        "Washington on April 9, 2025.",
        "The Secretary reaffirmed the commitment of the United States to the Philippines under "
        "the Mutual Defense Treaty and discussed maritime security in the South China Sea.",
        "The Secretary and the Foreign Secretary also discussed economic cooperation and "
        "investment in critical minerals.",
    ],
    [
        ev(
            [p("Marco Rubio", "USA"), p("Theresa Lazaro", "PHL")],
            "meeting",
            "occurred",
            ("Washington", "USA"),
            "2025-04-09",
        ),
    ],
)

D = "2025-06-18"
article(
    "gov",
    D,
    "PM call with President Stubb of Finland",
    [
        "Prime Minister Keir Starmer spoke to President Alexander Stubb of Finland this afternoon.",
        "The leaders discussed support for Ukraine and the security of the Baltic Sea.",
        "The leaders agreed to meet at the NATO summit in The Hague next week.",
    ],
    [
        ev(
            [p("Keir Starmer", "GBR"), p("Alexander Stubb", "FIN")],
            "call",
            "occurred",
            None,
            D,
        ),
        ev(
            [p("Keir Starmer", "GBR"), p("Alexander Stubb", "FIN")],
            "meeting",
            "planned",
            ("The Hague", "NLD"),
            ("2025-06-23", "2025-06-29", "week"),
        ),
    ],
)

D = "2025-02-12"
article(
    "gov",
    D,
    "Minister Wong meets Indonesian Foreign Minister Sugiono",
    [
        "Foreign Minister Penny Wong met Indonesian Foreign Minister Sugiono in Jakarta on "
        "12 February 2025.",
        "The ministers discussed the Australia-Indonesia defence cooperation agreement, "
        "climate finance and people-to-people links.",
        "Minister Wong will host Minister Sugiono in Canberra later this year for the annual "
        "foreign and defence ministers' meeting.",
    ],
    [
        ev(
            [p("Penny Wong", "AUS"), p("Sugiono", "IDN")],
            "meeting",
            "occurred",
            ("Jakarta", "IDN"),
            "2025-02-12",
        ),
        ev(
            [p("Penny Wong", "AUS"), p("Sugiono", "IDN")],
            "meeting",
            "planned",
            ("Canberra", "AUS"),
            ("2025-01-01", "2025-12-31", "year"),
            date_optional=True,
        ),
    ],
)

D = "2025-09-10"
article(
    "gov",
    D,
    "Chancellor receives the President of Kenya",
    [
        "Federal Chancellor Friedrich Merz received Kenyan President William Ruto at the "
        "Federal Chancellery in Berlin on 10 September 2025.",
        "The talks focused on skilled migration, renewable hydrogen and the situation in Sudan.",
        "President Ruto is on a three-day official visit to Germany.",
    ],
    [
        ev(
            [p("Friedrich Merz", "DEU"), p("William Ruto", "KEN")],
            "visit",
            "occurred",
            ("Berlin", "DEU"),
            "2025-09-10",
        ),
    ],
)

D = "2025-07-22"
article(
    "gov",
    D,
    "Canada and Mexico review trade agreement",
    [
        "Canadian Foreign Minister Anita Anand met Mexican Foreign Secretary Juan Ramon de la "
        "Fuente in Mexico City on July 22, 2025.",
        "Minister Anand and Secretary de la Fuente discussed the review of the Canada-United "
        "States-Mexico Agreement and investment in electric vehicle supply chains.",
        "They agreed to meet again in Ottawa in the autumn.",
    ],
    [
        ev(
            [p("Anita Anand", "CAN"), p("Juan Ramon de la Fuente", "MEX")],
            "meeting",
            "occurred",
            ("Mexico City", "MEX"),
            "2025-07-22",
        ),
        ev(
            [p("Anita Anand", "CAN"), p("Juan Ramon de la Fuente", "MEX")],
            "meeting",
            "planned",
            ("Ottawa", "CAN"),
            None,
            note="'in the autumn': a season, no gold date",
        ),
    ],
)

D = "2025-11-19"
article(
    "gov",
    D,
    "President Lula receives the Prime Minister of Portugal",
    [
        "President Luiz Inacio Lula da Silva received Portuguese Prime Minister Luis Montenegro "
        "at Planalto Palace in Brasilia on Wednesday, November 19.",
        "The leaders signed agreements on higher education and renewable energy and discussed "
        "the trade agreement between Mercosur and the European Union.",
        "President Lula accepted an invitation to visit Lisbon in 2026.",
    ],
    [
        ev(
            [p("Luiz Inacio Lula da Silva", "BRA"), p("Luis Montenegro", "PRT")],
            "visit",
            "occurred",
            ("Brasilia", "BRA"),
            "2025-11-19",
        ),
        ev(
            [p("Luiz Inacio Lula da Silva", "BRA"), p("Portugal", "PRT", "country")],
            "visit",
            "planned",
            ("Lisbon", "PRT"),
            ("2026-01-01", "2026-12-31", "year"),
        ),
    ],
)

# wire ---------------------------------------------------------------------------------------------

D = "2025-05-14"
article(
    "wire",
    D,
    "Iran and Oman hold talks in Muscat on regional shipping",
    [
        "MUSCAT, May 14 (Newswire) - Iranian Foreign Minister Abbas Araghchi held talks with "
        "Omani Foreign Minister Badr Albusaidi in Muscat on Wednesday on shipping in the Strait "
        "of Hormuz, Oman's foreign ministry said.",
        "The ministers also discussed prospects for renewed nuclear negotiations, it said "
        "without giving details.",
        "Araghchi is due to travel to Doha on Thursday.",
    ],
    [
        ev(
            [p("Abbas Araghchi", "IRN"), p("Badr Albusaidi", "OMN")],
            "talks",
            "occurred",
            ("Muscat", "OMN"),
            D,
        ),
        ev(
            [p("Abbas Araghchi", "IRN"), p("Qatar", "QAT", "country")],
            "visit",
            "planned",
            ("Doha", "QAT"),
            ahead(D, "Thursday"),
            optional=True,
            note="travel with no host named",
        ),
    ],
)

D = "2025-08-06"
article(
    "wire",
    D,
    "Armenia, Azerbaijan foreign ministers to meet in Abu Dhabi",
    [
        "YEREVAN, Aug 6 (Newswire) - Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani "
        "Foreign Minister Jeyhun Bayramov will meet in Abu Dhabi next week to work on the text "
        "of a peace treaty, Armenia's foreign ministry said on Wednesday.",
        "The two ministers last met in Washington in June.",
        "Mirzoyan also spoke by phone with French Foreign Minister Jean-Noel Barrot on Tuesday, "
        "the ministry said.",
    ],
    [
        ev(
            [p("Ararat Mirzoyan", "ARM"), p("Jeyhun Bayramov", "AZE")],
            "meeting",
            "planned",
            ("Abu Dhabi", "ARE"),
            ("2025-08-11", "2025-08-17", "week"),
        ),
        ev(
            [p("Ararat Mirzoyan", "ARM"), p("Jeyhun Bayramov", "AZE")],
            "meeting",
            "occurred",
            ("Washington", "USA"),
            ("2025-06-01", "2025-06-30", "month"),
        ),
        ev(
            [p("Ararat Mirzoyan", "ARM"), p("Jean-Noel Barrot", "FRA")],
            "call",
            "occurred",
            None,
            past(D, "Tuesday"),
        ),
    ],
)

D = "2025-10-02"
article(
    "wire",
    D,
    "Chinese, Japanese trade ministers meet in Tokyo",
    [
        "TOKYO, Oct 2 (Newswire) - Chinese Commerce Minister Wang Wentao met Japanese Trade "
        "Minister Yoji Muto in Tokyo on Thursday and agreed to resume a dialogue on export "
        "controls, Japan's trade ministry said.",
        "It was the first such meeting in six years.",
        "Wang will travel to Seoul on Saturday.",
    ],
    [
        ev(
            [p("Wang Wentao", "CHN"), p("Yoji Muto", "JPN")],
            "meeting",
            "occurred",
            ("Tokyo", "JPN"),
            D,
        ),
        ev(
            [p("Wang Wentao", "CHN"), p("South Korea", "KOR", "country")],
            "visit",
            "planned",
            ("Seoul", "KOR"),
            ahead(D, "Saturday"),
            optional=True,
            note="travel with no host named",
        ),
    ],
)

D = "2025-01-29"
article(
    "wire",
    D,
    "Egypt's Sisi hosts Jordan's king for Gaza talks",
    [
        "CAIRO, Jan 29 (Newswire) - Egyptian President Abdel Fattah al-Sisi hosted King "
        "Abdullah II of Jordan in Cairo on Wednesday for talks on the ceasefire in Gaza and "
        "reconstruction, the Egyptian presidency said.",
        "The two leaders rejected any displacement of Palestinians from Gaza, the statement said.",
        "Sisi is expected to attend an Arab League summit in Baghdad in May.",
    ],
    [
        ev(
            [p("Abdel Fattah al-Sisi", "EGY"), p("Abdullah II", "JOR")],
            "visit",
            "occurred",
            ("Cairo", "EGY"),
            D,
        ),
        ev(
            [p("Abdel Fattah al-Sisi", "EGY"), p("Arab League", None, "organization")],
            "summit",
            "planned",
            ("Baghdad", "IRQ"),
            ("2025-05-01", "2025-05-31", "month"),
            optional=True,
            note="one attendee named",
        ),
    ],
)

D = "2025-07-16"
article(
    "wire",
    D,
    "Pakistan's Sharif and Saudi crown prince meet in Jeddah",
    [
        "JEDDAH, July 16 (Newswire) - Pakistani Prime Minister Shehbaz Sharif met Saudi Crown "
        "Prince Mohammed bin Salman in Jeddah on Wednesday to discuss investment and oil "
        "supplies, Sharif's office said.",
        "The meeting followed talks between the two countries' finance ministers in Riyadh "
        "on Monday.",
    ],
    [
        ev(
            [p("Shehbaz Sharif", "PAK"), p("Mohammed bin Salman", "SAU")],
            "meeting",
            "occurred",
            ("Jeddah", "SAU"),
            D,
        ),
        ev(
            [p("finance ministers", "PAK", "group"), p("finance ministers", "SAU", "group")],
            "talks",
            "occurred",
            ("Riyadh", "SAU"),
            past(D, "Monday"),
            optional=True,
            note="unnamed ministers",
        ),
    ],
)

D = "2025-12-10"
article(
    "wire",
    D,
    "Vietnam's To Lam visits Laos, meets Thongloun",
    [
        "VIENTIANE, Dec 10 (Newswire) - Vietnamese Communist Party chief To Lam arrived in "
        "Vientiane on Wednesday for a two-day visit and held talks with Lao President Thongloun "
        "Sisoulith, state media reported.",
        "The leaders agreed to speed up work on a railway linking the Lao capital with the "
        "Vietnamese port of Vung Ang.",
    ],
    [
        ev(
            [p("To Lam", "VNM"), p("Thongloun Sisoulith", "LAO")],
            "visit",
            "occurred",
            ("Vientiane", "LAO"),
            ("2025-12-10", "2025-12-11", "day"),
        ),
    ],
)

# broken -------------------------------------------------------------------------------------------

D = "2025-03-19"
article(
    "broken",
    D,
    "Macron and Rebelo de Sousa discuss defence industry",
    [
        "French President Emmanuel Macron held talks with Portuguese President Marcelo Rebelo "
        "de Sousa at the Élysée Palace in Paris on Tuesday on the European defence industry.",
        "The two presidents also discussed the Lusophone countries of Africa, the Élysée said.",
        "Rebelo de Sousa is to meet Prime Minister François Bayrou on Wednesday.",
    ],
    [
        ev(
            [p("Emmanuel Macron", "FRA"), p("Marcelo Rebelo de Sousa", "PRT")],
            "talks",
            "occurred",
            ("Paris", "FRA"),
            past(D, "Tuesday"),
        ),
        ev(
            [p("Marcelo Rebelo de Sousa", "PRT"), p("François Bayrou", "FRA")],
            "meeting",
            "planned",
            None,
            D,
            note="'is to meet on Wednesday' in an article published that Wednesday",
        ),
    ],
)

D = "2025-05-28"
article(
    "broken",
    D,
    "Sánchez and Costa meet in Madrid over Iberian grid",
    [
        "Spanish Prime Minister Pedro Sánchez met European Council President António Costa in "
        "Madrid on Tuesday to discuss the blackout that hit the Iberian grid last month.",
        "Costa said the European Union would speed up the connection of the Spanish grid to "
        "France.",
    ],
    [
        ev(
            [p("Pedro Sánchez", "ESP"), p("António Costa", None)],
            "meeting",
            "occurred",
            ("Madrid", "ESP"),
            past(D, "Tuesday"),
        ),
    ],
)

D = "2025-10-29"
article(
    "broken",
    D,
    "Erdoğan hosts Aliyev in Ankara",
    [
        "Turkish President Recep Tayyip Erdoğan hosted Azerbaijani President Ilham Aliyev in "
        "Ankara on Tuesday for talks on energy and the transport corridor through Nakhchivan.",
        "The two presidents signed seven agreements, Erdoğan's office said.",
        "Aliyev is expected to visit Budapest in December.",
    ],
    [
        ev(
            [p("Recep Tayyip Erdoğan", "TUR"), p("Ilham Aliyev", "AZE")],
            "visit",
            "occurred",
            ("Ankara", "TUR"),
            past(D, "Tuesday"),
        ),
        ev(
            [p("Ilham Aliyev", "AZE"), p("Hungary", "HUN", "country")],
            "visit",
            "planned",
            ("Budapest", "HUN"),
            ("2025-12-01", "2025-12-31", "month"),
        ),
    ],
)

D = "2025-09-03"
article(
    "broken",
    D,
    "Kristersson and Orpo meet in Stockholm",
    [
        "Swedish Prime Minister Ulf Kristersson met Finnish Prime Minister Petteri Orpo in "
        "Stockholm on Tuesday to discuss Nordic defence and the railway link to Haparanda.",
        "The two leaders agreed to hold joint government consultations in Helsinki in the spring.",
    ],
    [
        ev(
            [p("Ulf Kristersson", "SWE"), p("Petteri Orpo", "FIN")],
            "meeting",
            "occurred",
            ("Stockholm", "SWE"),
            past(D, "Tuesday"),
        ),
        ev(
            [p("Ulf Kristersson", "SWE"), p("Petteri Orpo", "FIN")],
            "talks",
            "planned",
            ("Helsinki", "FIN"),
            None,
            note="'in the spring': a season, no gold date",
        ),
    ],
)

# app ----------------------------------------------------------------------------------------------
# A site built with a JavaScript framework: every class a hash (CSS modules), test ids in place of
# meaningful names, the article's text in the server-rendered markup.

D = "2025-04-30"
article(
    "app",
    D,
    "Albanese and Prabowo agree to expand defence pact",
    [
        "Australian Prime Minister Anthony Albanese held talks with Indonesian President Prabowo "
        "Subianto in Jakarta on Tuesday, his first overseas trip since the election.",
        "The two leaders agreed to expand joint military exercises and to open talks on a new "
        "maritime boundary agreement, Albanese told reporters after the meeting.",
        "Albanese will fly to Singapore on Thursday.",
    ],
    [
        ev(
            [p("Anthony Albanese", "AUS"), p("Prabowo Subianto", "IDN")],
            "talks",
            "occurred",
            ("Jakarta", "IDN"),
            past(D, "Tuesday"),
        ),
        ev(
            [p("Australia", "AUS", "country"), p("Indonesia", "IDN", "country")],
            "talks",
            "planned",
            None,
            None,
            optional=True,
            note="agreed to open talks on a maritime boundary: negotiators not named",
        ),
        ev(
            [p("Anthony Albanese", "AUS"), p("Singapore", "SGP", "country")],
            "visit",
            "planned",
            ("Singapore", "SGP"),
            ahead(D, "Thursday"),
            optional=True,
            note="travel with no host named",
        ),
    ],
)

D = "2025-08-14"
article(
    "app",
    D,
    "Von der Leyen and Modi launch trade talks round",
    [
        "European Commission President Ursula von der Leyen met Indian Prime Minister Narendra "
        "Modi in New Delhi on Thursday to open the final round of negotiations on a free trade "
        "agreement.",
        "Both sides said they wanted the agreement concluded by the end of the year.",
    ],
    [
        ev(
            [p("Ursula von der Leyen", None), p("Narendra Modi", "IND")],
            "meeting",
            "occurred",
            ("New Delhi", "IND"),
            D,
        ),
    ],
)

D = "2025-11-26"
article(
    "app",
    D,
    "Milei to visit Santiago for talks with Boric",
    [
        "Argentine President Javier Milei will travel to Santiago on Monday for talks with "
        "Chilean President Gabriel Boric on a gas pipeline and border crossings in the Andes, "
        "the Argentine presidency said on Wednesday.",
        "It will be Milei's first bilateral visit to Chile.",
    ],
    [
        ev(
            [p("Javier Milei", "ARG"), p("Gabriel Boric", "CHL")],
            "visit",
            "planned",
            ("Santiago", "CHL"),
            ahead(D, "Monday"),
        ),
    ],
)
