"""normalize.places: place mentions -> country, point and kind, offline."""

from __future__ import annotations

import math

import pytest

from diplo_extract.normalize.countries import country_name, fold, surface_forms
from diplo_extract.normalize.places import Place, geocode
from diplo_extract.resources import read_tsv

TOLERANCE_KM = 50


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


# mention, context, expected country, true point (lat, lon), kind
PLACES = [
    # capitals and big cities
    ("Paris", (), "FRA", (48.8566, 2.3522), "city"),
    ("Moscow", (), "RUS", (55.7558, 37.6173), "city"),
    ("Beijing", (), "CHN", (39.9042, 116.4074), "city"),
    ("Seoul", (), "KOR", (37.5665, 126.9780), "city"),
    ("Tokyo", (), "JPN", (35.6762, 139.6503), "city"),
    ("Cairo", (), "EGY", (30.0444, 31.2357), "city"),
    ("Brussels", (), "BEL", (50.8503, 4.3517), "city"),
    ("Belgrade", (), "SRB", (44.7866, 20.4489), "city"),
    ("Caracas", (), "VEN", (10.4806, -66.9036), "city"),
    ("Phnom Penh", (), "KHM", (11.5564, 104.9282), "city"),
    ("Luanda", (), "AGO", (-8.8390, 13.2894), "city"),
    ("Addis Ababa", (), "ETH", (9.0300, 38.7400), "city"),
    ("Nairobi", (), "KEN", (-1.2921, 36.8219), "city"),
    ("Tashkent", (), "UZB", (41.2995, 69.2401), "city"),
    ("Havana", (), "CUB", (23.1136, -82.3666), "city"),
    ("Suva", (), "FJI", (-18.1248, 178.4501), "city"),
    ("Bangkok", (), "THA", (13.7563, 100.5018), "city"),
    ("Doha", (), "QAT", (25.2854, 51.5310), "city"),
    ("Istanbul", (), "TUR", (41.0082, 28.9784), "city"),
    ("Jerusalem", (), "ISR", (31.7683, 35.2137), "city"),
    ("Tel Aviv", (), "ISR", (32.0853, 34.7818), "city"),
    ("Ramallah", (), "PSE", (31.9038, 35.2034), "city"),
    ("Rafah", (), "PSE", (31.2969, 34.2455), "city"),
    ("Bethlehem", (), "PSE", (31.7054, 35.2024), "city"),
    ("Medina", (), "SAU", (24.5247, 39.5692), "city"),
    ("Jeddah", (), "SAU", (21.4858, 39.1925), "city"),
    ("New York", (), "USA", (40.7128, -74.0060), "city"),
    ("Mexico City", (), "MEX", (19.4326, -99.1332), "city"),
    ("Kuwait City", (), "KWT", (29.3759, 47.9774), "city"),
    ("Chișinău", (), "MDA", (47.0105, 28.8638), "city"),
    ("Chisinau", (), "MDA", (47.0105, 28.8638), "city"),
    ("Bogota", (), "COL", (4.7110, -74.0721), "city"),
    ("Brasília", (), "BRA", (-15.7975, -47.8919), "city"),
    # alternate and old names, spellings
    ("Kyiv", (), "UKR", (50.4501, 30.5234), "city"),
    ("Kiev", (), "UKR", (50.4501, 30.5234), "city"),
    ("Bombay", (), "IND", (19.0760, 72.8777), "city"),
    ("Peking", (), "CHN", (39.9042, 116.4074), "city"),
    ("Saigon", (), "VNM", (10.8231, 106.6297), "city"),
    ("Rangoon", (), "MMR", (16.8409, 96.1735), "city"),
    ("Nur-Sultan", (), "KAZ", (51.1694, 71.4491), "city"),
    ("Pyeongyang", (), "PRK", (39.0392, 125.7625), "city"),
    ("St. Petersburg", (), "RUS", (59.9311, 30.3609), "city"),
    ("St Petersburg, Florida", (), "USA", (27.7676, -82.6403), "city"),
    ("the Hague", (), "NLD", (52.0705, 4.3007), "city"),
    ("Sana\u2019a", (), "YEM", (15.3694, 44.1910), "city"),
    ("Sharm El Sheikh", (), "EGY", (27.9158, 34.3300), "city"),
    ("Ho Chi Minh City", (), "VNM", (10.8231, 106.6297), "city"),
    ("Hanoi's", (), "VNM", (21.0278, 105.8342), "city"),
    # homonyms, settled by kind, capital status or context
    ("Georgia", (), "GEO", (42.3154, 43.3569), "country"),
    ("Georgia", ("USA", "RUS"), "GEO", (42.3154, 43.3569), "country"),
    ("Georgia", ("USA",), "USA", (32.6415, -83.4426), "region"),
    ("Batumi, Georgia", ("USA",), "GEO", (41.6168, 41.6367), "city"),
    ("Athens, Georgia", (), "USA", (33.9519, -83.3576), "city"),
    ("Paris", ("USA",), "FRA", (48.8566, 2.3522), "city"),
    ("Paris, Texas", (), "USA", (33.6609, -95.5555), "city"),
    ("Paris, TX", (), "USA", (33.6609, -95.5555), "city"),
    ("Washington", (), "USA", (38.9072, -77.0369), "city"),
    ("Washington", ("USA",), "USA", (38.9072, -77.0369), "city"),
    ("Washington, D.C.", (), "USA", (38.9072, -77.0369), "city"),
    ("Washington state", (), "USA", (47.3826, -120.4472), "region"),
    ("Alexandria", (), "EGY", (31.2001, 29.9187), "city"),
    ("Alexandria, Virginia", (), "USA", (38.8048, -77.0469), "city"),
    ("Birmingham", (), "GBR", (52.4862, -1.8904), "city"),
    ("Birmingham", ("USA",), "USA", (33.5186, -86.8104), "city"),
    ("Hyderabad", (), "IND", (17.3850, 78.4867), "city"),
    ("Hyderabad", ("PAK", "IND"), "PAK", (25.3960, 68.3578), "city"),
    ("Tripoli", (), "LBY", (32.8872, 13.1913), "city"),
    ("Tripoli", ("LBN", "SYR"), "LBN", (34.4367, 35.8497), "city"),
    ("San Jose", (), "CRI", (9.9281, -84.0907), "city"),
    ("San Jose", ("USA",), "USA", (37.3382, -121.8863), "city"),
    ("Geneva", ("USA", "RUS"), "CHE", (46.2044, 6.1432), "city"),
    ("London", ("CAN", "USA"), "GBR", (51.5074, -0.1278), "city"),
    ("Lebanon", ("USA",), "LBN", (33.8547, 35.8623), "country"),
    ("Reading, England", (), "GBR", (51.4543, -0.9781), "city"),
    # venues and seats of power
    ("the White House", (), "USA", (38.8977, -77.0365), "venue"),
    ("Camp David", (), "USA", (39.6483, -77.4650), "venue"),
    ("the Kremlin", (), "RUS", (55.7520, 37.6175), "venue"),
    ("Élysée Palace", (), "FRA", (48.8704, 2.3167), "venue"),
    ("the Elysee", (), "FRA", (48.8704, 2.3167), "venue"),
    ("Miraflores Palace", (), "VEN", (10.5064, -66.9181), "venue"),
    ("Miraflores Palace, Caracas", (), "VEN", (10.5064, -66.9181), "venue"),
    ("Downing Street", (), "GBR", (51.5033, -0.1276), "venue"),
    ("Zhongnanhai", (), "CHN", (39.9139, 116.3831), "venue"),
    ("the Great Hall of the People", (), "CHN", (39.9031, 116.3875), "venue"),
    ("the Blue House", (), "KOR", (37.5866, 126.9748), "venue"),
    ("Casa Rosada", (), "ARG", (-34.6081, -58.3703), "venue"),
    ("Planalto Palace", (), "BRA", (-15.7990, -47.8606), "venue"),
    ("Rashtrapati Bhavan", (), "IND", (28.6143, 77.1994), "venue"),
    ("Hyderabad House", (), "IND", (28.6139, 77.2090), "venue"),
    ("Mar-a-Lago", (), "USA", (26.6771, -80.0370), "venue"),
    ("the Taj Mahal", (), "IND", (27.1751, 78.0421), "venue"),
    ("Olivos", (), "ARG", (-34.5083, -58.4833), "city"),
    ("Presidential Palace, Luanda", (), "AGO", (-8.8390, 13.2894), "city"),
    # towns and regions
    ("Boao", (), "CHN", (19.1600, 110.5800), "city"),
    ("Davos", (), "CHE", (46.8003, 9.8361), "city"),
    ("Sochi", (), "RUS", (43.6028, 39.7342), "city"),
    ("Agra", (), "IND", (27.1767, 78.0081), "city"),
    ("Fontainebleau", (), "FRA", (48.4047, 2.7016), "city"),
    ("Antalya", (), "TUR", (36.8969, 30.7133), "city"),
    ("Pattaya", (), "THA", (12.9236, 100.8825), "city"),
    ("Gaza", (), "PSE", (31.4167, 34.3833), "region"),
    ("the Gaza Strip", (), "PSE", (31.4167, 34.3833), "region"),
    ("the West Bank", (), "PSE", (31.9466, 35.3027), "region"),
    ("Crimea", (), "UKR", (45.3453, 34.4997), "region"),
    ("Texas", (), "USA", (31.1303, -99.3348), "region"),
    # states
    ("the U.S.", (), "USA", None, "country"),
    ("Russia's", (), "RUS", None, "country"),
    ("Türkiye", (), "TUR", None, "country"),
    ("Ivory Coast", (), "CIV", None, "country"),
    ("DR Congo", (), "COD", None, "country"),
    ("Singapore", (), "SGP", (1.3521, 103.8198), "country"),
    ("Kosovo", (), "XKX", (42.6026, 20.9030), "country"),
]

REGIONS = ["the Middle East", "Eastern Europe", "the Arctic", "the Gulf", "Central Asia",
           "Southeast Asia", "the Horn of Africa", "Kashmir"]  # fmt: skip

NOT_PLACES = [
    "nice",  # lower case: the word, not the city
    "reading",
    "Reading",  # a capitalised sentence opener; 'Reading, England' still resolves
    "Of",
    "Summit",
    "Union",
    "March",
    "Mission",
    "Police",
    "Trump",
    "Putin",
    "Kim",
    "Xi",
    "Biden",
    "Minister",
    "us",
    "the",
    "",
    "Ngong Road Training Ground",
]


@pytest.mark.parametrize(("mention", "context", "country", "point", "kind"), PLACES)
def test_geocode(
    mention: str,
    context: tuple[str, ...],
    country: str,
    point: tuple[float, float] | None,
    kind: str,
) -> None:
    place = geocode(mention, context)
    assert place is not None, mention
    assert (place.country, place.kind) == (country, kind)
    assert place.lat is not None and place.lon is not None
    if point is not None:
        assert distance_km(place.lat, place.lon, *point) < TOLERANCE_KM


@pytest.mark.parametrize("mention", REGIONS)
def test_regions_across_borders(mention: str) -> None:
    place = geocode(mention)
    assert place is not None and place.kind == "region" and place.country is None


@pytest.mark.parametrize("mention", NOT_PLACES)
def test_not_places(mention: str) -> None:
    assert geocode(mention) is None


def test_venues_name_their_city_and_cities_carry_geonames_ids() -> None:
    assert geocode("the Kremlin") == Place(
        "Kremlin", "venue", "RUS", 55.7520, 37.6175, None, city="Moscow"
    )
    white_house = geocode("White House")
    assert white_house is not None and white_house.city == "Washington"
    kyiv = geocode("Kiev")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.geonames_id == 703448


def test_every_curated_row_resolves_to_itself() -> None:
    for row in read_tsv("places.tsv"):
        context = (row["country"],) if row["country"] else ()
        place = geocode(row["name"], context)
        assert place is not None and place.name == row["name"], row["name"]


def test_every_country_has_a_point() -> None:
    for iso3 in sorted(set(surface_forms().values())):
        place = geocode(country_name(iso3))
        assert place is not None and place.kind == "country", iso3
        assert place.country == iso3 and place.lat is not None, iso3


@pytest.mark.parametrize(
    "text, city, country",
    [
        ("KAMPALA, Uganda (AP) -- Ministers from the region met on Monday.", "Kampala", "UGA"),
        ("Hanoi, March 4 (VNA) - The two prime ministers held talks.", "Hanoi", "VNM"),
        ("OTTAWA — Canada and Mexico agreed on Friday to expand trade.", "Ottawa", "CAN"),
        ("Santiago, Chile, Jan 9 – Officials said the talks went well.", "Santiago", "CHL"),
        (
            "Headline about talks\nBRASILIA, May 2 (Reuters) - Brazil's president met...",
            "Brasília",
            "BRA",
        ),
        ("MUSCAT, 14th Feb, 2021 (ONA) -- The minister received his counterpart.", "Muscat", "OMN"),
        ("Muscat, February 14, 2021, ONA -- The minister received a call.", "Muscat", "OMN"),
        ("Nairobi, Tuesday, March 5, 2024\n\nPresident Ruto today held talks.", "Nairobi", "KEN"),
        ("Title\nBy Sione Tupou | Nuku'alofa | 3 July 2024\nThe two met.", "Nuku‘alofa", "TON"),
        ("Talks open\nWINDHOEK (AFP) Jul 19, 2004\nThe ministers met.", "Windhoek", "NAM"),
        ("Remarks by the Prime Minister\nLisbon, Portugal\nThe two met.", "Lisbon", "PRT"),
        ("Minister arrives in Accra\n\nThe Accra Herald, Accra\n\nThe two met.", "Accra", "GHA"),
    ],
)
def test_dateline_place(text, city, country):
    from diplo_extract.normalize.places import dateline_place

    place = dateline_place(text)
    assert place is not None
    assert (fold(place.name), place.country) == (fold(city), country)


@pytest.mark.parametrize(
    "text",
    [
        "In a significant move, the two leaders met on Monday.",
        "Primary Focus - Security cooperation",
        "Trump and Putin Set to Convene in Alaska",
        "Kenya, Uganda agree on border\nThe two met.",
        "By Sports Reporter | 27 November 2011",
        "Talks open\nWindhoek (AFP) said on Jul 19, 2004\nThe ministers met.",
        "Kenya, Uganda\nThe two met.",
        "Marsk visits Lisbon, Portugal\nThe two met.",
        "Title\nSubtitle\nBy a reporter\nSecond paragraph\nLisbon, Portugal\nThe two met.",
    ],
)
def test_no_dateline_in_prose_or_headings(text):
    from diplo_extract.normalize.places import dateline_place

    assert dateline_place(text) is None


@pytest.mark.parametrize(
    "mention, city, country",
    [
        ("the Fijian capital", "Suva", "FJI"),
        ("Kenya's capital", "Nairobi", "KEN"),
        ("the Turkish capital", "Ankara", "TUR"),
    ],
)
def test_a_states_capital(mention, city, country):
    place = geocode(mention)
    assert place is not None and (place.name, place.country) == (city, country)


def test_a_dateline_town_the_gazetteers_lack_is_in_the_state_named_with_it() -> None:
    from diplo_extract.normalize.places import dateline_place

    place = dateline_place("KESSEL, Kenya, March 10 (Reuters) - President Mara Oduya met ...")
    assert place is not None and (place.name, place.kind, place.country) == (
        "Kessel",
        "city",
        "KEN",
    )
    assert dateline_place("KESSEL, March 10 (Reuters) - President Mara Oduya met ...") is None
