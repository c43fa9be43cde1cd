"""Actor phrases as plain strings -> normalised actors: people, states, groups, organisations.

`parse_actor` reads one noun phrase that the rules picked out ("Russian President Vladimir
Putin", "U.S. and Russian officials", "the Kremlin", "NATO") and returns the actors it names.
It works on words, not on a parse: a lexical pass labels the words with the rule model's tables
(titles and honorifics from ``models/titles.tsv``, organisations and media from
``models/organizations.tsv``, states from `normalize.countries`), then the phrase is cut at
commas and "and" and each part becomes a person, a group, a state or an organisation.
``models/leaders.tsv`` (heads of state and government and foreign ministers, with years in
office) supplies the country of a person the phrase names without one ("President Putin").

Names stay as the text spells them. Asian family-name-first order cannot be told from the
letters, so `surname` takes the last word unless the person is in leaders.tsv ("Xi Jinping" ->
"Xi"); `same_person` accepts either order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise
from urllib.parse import urlsplit

from diplo_extract.errors import DataError
from diplo_extract.normalize.countries import country_code, is_demonym
from diplo_extract.resources import read_tsv
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.registry import rule
from diplo_extract.schema import ActorKind

TITLES_FILE = "titles.tsv"
ORGANIZATIONS_FILE = "organizations.tsv"
LEADERS_FILE = "leaders.tsv"

_TITLE_KINDS = frozenset({"office", "rank", "honorific", "collective", "excluded"})
_ORG_KINDS = frozenset({"igo", "media", "government", "other"})


@dataclass(frozen=True)
class Actor:
    """One actor named by a phrase; the fields of `schema.Participant` it fills."""

    name: str  # as the text spells it, titles and honorifics stripped; canonical for organisations
    kind: ActorKind
    title: str | None  # canonical: "President", "Foreign Minister", "Secretary-General"
    country: str | None  # ISO3 of the state represented; None for international organisations
    mention: str  # the phrase as given
    former: bool = False  # "former U.S. President Donald Trump": the title is no longer held
    # The state represented as the text writes it, when no gazetteer knows it ("Foreign Minister
    # Ulla Marsk of Norlandia", "her Vostrelian counterpart"); `country` stays None.
    state: str | None = None


def has_title(actor: Actor, titles: Collection[str]) -> bool:
    """Whether the actor holds one of `titles`, lower-case titles ("president", "first lady"):
    the one test of an actor's office against a list of offices."""
    return (actor.title or "").lower() in titles


def stateless(actor: Actor) -> bool:
    """Whether the text gives the actor no state at all, neither a known one nor one of its own
    ("President Arno Velt" alone)."""
    return actor.country is None and actor.state is None


# --------------------------------------------------------------------------- rule-model tables


@dataclass(frozen=True)
class _Title:
    title: str | None
    kind: str  # office | rank | honorific | collective | excluded
    igo: bool
    plural: bool = False


@dataclass(frozen=True)
class _Org:
    name: str
    kind: str  # igo | media | government | other
    country: str | None


@dataclass(frozen=True)
class _Leader:
    name: str
    surnames: tuple[str, ...]
    country: str | None
    title: str
    start: int
    end: int | None

    def active(self, year: int) -> bool:
        return self.start <= year <= (self.end if self.end is not None else 9999)


@dataclass(frozen=True)
class _Lexicon:
    titles: dict[tuple[str, ...], _Title]  # lower-cased tokens -> title
    titles_exact: dict[tuple[str, ...], _Title]  # all-capital forms (PM, HRH): exact tokens
    title_forms: tuple[str, ...]
    orgs: dict[tuple[str, ...], _Org]  # exact tokens -> organisation
    org_forms: dict[str, str]
    media: frozenset[str]
    longest: int  # most tokens in any title or organisation form


@dataclass(frozen=True)
class _Leaders:
    by_name: dict[str, tuple[_Leader, ...]]  # compact full name -> that person's rows
    by_surname: dict[str, tuple[_Leader, ...]]  # compact surname -> rows of everyone with it
    rows: tuple[_Leader, ...]


def _plural(form: str) -> str | None:
    """'Prime Minister' -> 'Prime Ministers', 'Head of State' -> 'Heads of State'."""
    if not form[-1].isalpha() or "'" in form:
        return None
    words = form.split(" ")
    # the head noun comes before the first preposition: 'Heads of State', 'Ministers for Trade'
    prepositions = [k for k, w in enumerate(words) if k and w in ("of", "for", "to", "at")]
    at = prepositions[0] - 1 if prepositions else len(words) - 1
    word = words[at]
    if word.isupper():
        words[at] = word + "s"
    elif word.endswith("man"):
        words[at] = word[:-3] + "men"
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        words[at] = word + "es"
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        words[at] = word[:-1] + "ies"
    else:
        words[at] = word + "s"
    return " ".join(words)


def _form_key(form: str) -> tuple[str, ...]:
    return tuple(token.text for token in _tokenize(form, trim_final_period=False))


@cache
def _lexicon() -> _Lexicon:
    titles: dict[tuple[str, ...], _Title] = {}
    exact: dict[tuple[str, ...], _Title] = {}
    forms: list[str] = []
    generated: list[tuple[str, _Title]] = []
    for number, row in enumerate(read_tsv(TITLES_FILE), start=1):
        kind, igo = row["kind"], row["igo"]
        if kind not in _TITLE_KINDS or igo not in ("yes", "no"):
            raise DataError(
                f"{TITLES_FILE}: data row {number} ({row['form']!r}) has kind {kind!r} and igo "
                f"{igo!r}; kind is one of {sorted(_TITLE_KINDS)}, igo is yes or no"
            )
        if (kind in ("office", "rank")) != bool(row["title"]):
            raise DataError(
                f"{TITLES_FILE}: data row {number} ({row['form']!r}): offices and ranks need a "
                "title, other kinds must leave it empty"
            )
        entry = _Title(row["title"] or None, kind, igo == "yes")
        form = row["form"]
        key = _form_key(form)
        if form.isupper():
            exact[key] = entry
        else:
            titles[tuple(t.lower() for t in key)] = entry
        if kind in ("office", "rank", "honorific"):
            forms.append(form)
        if kind in ("office", "rank"):
            plural = _plural(form)
            if plural:
                generated.append((plural, _Title(entry.title, kind, entry.igo, plural=True)))
    for form, entry in generated:  # a row of the file wins over a derived plural
        key = _form_key(form)
        if form.isupper():
            if key not in exact:
                exact[key] = entry
                forms.append(form)
        elif tuple(t.lower() for t in key) not in titles:
            titles[tuple(t.lower() for t in key)] = entry
            forms.append(form)

    orgs: dict[tuple[str, ...], _Org] = {}
    org_forms: dict[str, str] = {}
    media: set[str] = set()
    for number, row in enumerate(read_tsv(ORGANIZATIONS_FILE), start=1):
        if row["kind"] not in _ORG_KINDS:
            raise DataError(
                f"{ORGANIZATIONS_FILE}: data row {number} ({row['form']!r}) has kind "
                f"{row['kind']!r}; use one of {sorted(_ORG_KINDS)}"
            )
        country = row["country"] or None
        if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
            raise DataError(
                f"{ORGANIZATIONS_FILE}: data row {number} ({row['form']!r}) has country "
                f"{country!r}; give an ISO 3166-1 alpha-3 code or leave it empty"
            )
        form = row["form"]
        if form in org_forms:
            raise DataError(f"{ORGANIZATIONS_FILE}: {form!r} is listed twice")
        orgs[_form_key(form)] = _Org(row["name"], row["kind"], country)
        org_forms[form] = row["name"]
        if row["kind"] == "media":
            media.update((form, row["name"]))
    longest = max(len(key) for key in (*titles, *exact, *orgs))
    title_forms = tuple(sorted(set(forms), key=lambda f: (-len(f), f)))
    return _Lexicon(titles, exact, title_forms, orgs, org_forms, frozenset(media), longest)


GOVERNMENT_SITES_FILE = "government_sites.tsv"


@cache
def _government_sites() -> dict[str, str]:
    sites = {}
    for row in read_tsv(GOVERNMENT_SITES_FILE):
        code = row["iso3"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataError(
                f"{GOVERNMENT_SITES_FILE}: {row['suffix']!r} has no ISO3 code: {code!r}"
            )
        sites[row["suffix"].lower().strip(".")] = code
    return sites


def publisher_state(url: str | None) -> str | None:
    """The state whose government published the page at `url` ("https://www.whitehouse.gov/..."
    -> USA), by the longest suffix of its host in government_sites.tsv; None for any other site."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower().rstrip(".")
    labels = host.split(".")
    sites = _government_sites()
    for at in range(len(labels)):
        code = sites.get(".".join(labels[at:]))
        if code is not None:
            return code
    return None


def of_publisher(actor: Actor, state: str | None) -> Actor:
    """In a government's own release, an official it names with an office of a state but no
    state ("National Security Advisor Jake Sullivan" on whitehouse.gov) is of that government.
    Not an official of an international organisation (Secretary-General), not a diplomat or a
    foreign minister (one named in a release is as often the other side's), not an office of
    domestic politics (domestic_offices.tsv), not a rank or a bare name."""
    if state is None or actor.kind != "person" or actor.country is not None or actor.state:
        return actor
    if actor.title is None or actor.title in _NOT_PUBLISHERS or actor.title in domestic_offices():
        return actor  # a governor or a senator is judged by the encounter's other side
    if actor.title not in _national_offices() or _head_or_designate(actor):
        # A president or a prime minister a release names without a state is as often the
        # other side's ("President Hichilema" in a White House release), and its own is in
        # leaders.tsv; so is a vice-president (of the European Commission as well).
        return actor
    return replace(actor, country=state)


def _head_or_designate(actor: Actor) -> bool:
    """A head of state or government or a deputy, or one designated to be ("Prime
    Minister-designate Teo Vaskin", not yet in any gazetteer of leaders)."""
    return (actor.title or "").lower().removesuffix("-designate") in heads_and_deputies()


@cache
def _national_offices() -> frozenset[str]:
    """Canonical titles of offices of a state: never a rank, never an international one."""
    titles = list(_lexicon().titles.values()) + list(_lexicon().titles_exact.values())
    igo = {t.title for t in titles if t.igo}
    return frozenset(
        t.title for t in titles if t.kind == "office" and t.title and t.title not in igo
    )


# Offices a release names as often for the other side: a diplomat, a chair, a foreign minister
# ("met with Foreign Minister Ulla Marsk and Chief of Cabinet Teo Vaskin of Norlandia": the
# state comes after the second name). A release's own foreign minister is in leaders.tsv.
_NOT_PUBLISHERS = frozenset(
    {
        "Ambassador",
        "Envoy",
        "Chairman",
        "Chairperson",
        "Foreign Minister",
        "Deputy Foreign Minister",
    }
)


@cache
def heads_and_deputies() -> frozenset[str]:
    """A head of state or government or a deputy ("President", "Vice Premier"): an office no one
    holds inside another state's delegation."""
    c = cues()
    return c.head_titles | c.head_of_state_titles | c.deputy_titles


DOMESTIC_OFFICES_FILE = "domestic_offices.tsv"


@cache
def domestic_offices() -> frozenset[str]:
    """Titles of offices inside one state's own politics (models/domestic_offices.tsv)."""
    known_titles = {entry.title for entry in _lexicon().titles.values()}
    offices = set()
    for number, row in enumerate(read_tsv(DOMESTIC_OFFICES_FILE), start=1):
        if row["title"] not in known_titles:
            raise DataError(
                f"{DOMESTIC_OFFICES_FILE}: data row {number} has title {row['title']!r}, which "
                "titles.tsv does not define"
            )
        offices.add(row["title"])
    return frozenset(offices)


@cache
def _leaders() -> _Leaders:
    known_titles = {entry.title for entry in _lexicon().titles.values()}
    rows: list[_Leader] = []
    for number, row in enumerate(read_tsv(LEADERS_FILE), start=1):
        where = f"{LEADERS_FILE}: data row {number} ({row['name']!r})"
        country = row["iso3"] or None
        if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
            raise DataError(f"{where} has iso3 {country!r}; give an ISO3 code or leave it empty")
        if row["title"] not in known_titles:
            raise DataError(f"{where} has title {row['title']!r}, which titles.tsv does not define")
        try:
            start = int(row["from_year"])
            end = int(row["to_year"]) if row["to_year"] else None
        except ValueError:
            raise DataError(f"{where}: from_year and to_year must be years") from None
        if end is not None and end < start:
            raise DataError(f"{where}: to_year {end} is before from_year {start}")
        surnames = tuple(s.strip() for s in row["surname"].split(",") if s.strip())
        if not surnames:
            raise DataError(f"{where} has no surname")
        rows.append(_Leader(row["name"], surnames, country, row["title"], start, end))
    by_name: dict[str, list[_Leader]] = {}
    by_surname: dict[str, list[_Leader]] = {}
    for leader_row in rows:
        by_name.setdefault(_compact(leader_row.name), []).append(leader_row)
        keys = set()
        for alternative in leader_row.surnames:
            keys.add(_compact(alternative))
            # 'al-Sisi' is also 'Sisi'; 'Al Thani' is not split off ('bin Zayed' neither).
            bare = re.sub(r"^(?:al|el)[- ]", "", alternative, flags=re.IGNORECASE)
            keys.add(_compact(bare))
        for key in keys:
            by_surname.setdefault(key, []).append(leader_row)
    return _Leaders(
        {k: tuple(v) for k, v in by_name.items()},
        {k: tuple(v) for k, v in by_surname.items()},
        tuple(rows),
    )


# --------------------------------------------------------------------------- public lookups


@cache
def leader_titles() -> frozenset[str]:
    """The offices of leaders.tsv: heads of state and government, foreign ministers, heads of
    international organisations."""
    return frozenset(row.title for row in _leaders().rows)


@cache
def office_heads() -> frozenset[str]:
    """The last words of the office titles of titles.tsv, lower-cased ("minister", "president",
    "secretary"), those outside a state's own politics only: the nouns a clause such as "who is
    also a deputy prime minister" gives an office with."""
    domestic = domestic_offices()
    return frozenset(
        key[-1]
        for key, entry in _lexicon().titles.items()
        if entry.kind == "office" and not entry.plural and entry.title not in domestic
    )


def title_words() -> tuple[str, ...]:
    """Every title, rank and honorific surface form (plurals included), longest first."""
    return _lexicon().title_forms


def canonical_title(form: str) -> str | None:
    """The office a title form names: "external affairs minister" -> "Foreign Minister"."""
    entry = _lexicon().titles.get(tuple(t.lower() for t in _form_key(form)))
    return entry.title if entry is not None else None


def organization_forms() -> dict[str, str]:
    """Surface form -> canonical name, for international organisations, media and other bodies.

    Case-sensitive forms, without a leading 'the'. A copy: callers may change it.
    """
    return dict(_lexicon().org_forms)


@cache
def _international_names() -> frozenset[str]:
    return frozenset(org.name for org in _lexicon().orgs.values() if org.kind == "igo")


@cache
def _government_forms() -> tuple[str, ...]:
    return tuple(
        form
        for form, name in _lexicon().org_forms.items()
        if _lexicon().orgs[_form_key(form)].kind == "government"
    )


def names_government_body(phrase: str) -> bool:
    """True when the phrase names a body of a state's own government or parliament ("State
    Department officials", "members of the Knesset")."""
    return any(
        re.search(rf"(?<!\w){re.escape(form)}(?!\w)", phrase) for form in _government_forms()
    )


@cache
def _unaffiliated_names() -> frozenset[str]:
    return frozenset(
        org.name for org in _lexicon().orgs.values() if org.kind == "other" and not org.country
    )


def is_unaffiliated(name: str) -> bool:
    """True for the canonical name of a body of organizations.tsv that is neither international
    nor of one state: a forum, a company, an office every state has ("National Security
    Council"). Meeting it is no diplomacy by itself."""
    return name in _unaffiliated_names()


def is_international(name: str) -> bool:
    """True for the canonical name of an international organisation ('ASEAN', 'NATO')."""
    return name in _international_names()


@cache
def _international_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(key for key, org in _lexicon().orgs.items() if org.kind == "igo")


def names_international(phrase: str) -> bool:
    """True when a phrase names an international organisation among its words: 'ASEAN defence
    ministers', 'the G20 Leaders'."""
    keys = _international_keys()
    words = _form_key(phrase)
    return any(words[i : i + n] in keys for n in range(1, 7) for i in range(len(words) - n + 1))


@rule(
    "Norlandian Foreign Minister Ulla Marsk met UN Under-Secretary-General Ada Njeri in Kessel "
    "on Tuesday.",
    ["meeting occurred: Ulla Marsk + Ada Njeri 2025-03-11"],
    counter=(
        "Norlandian Foreign Minister Ulla Marsk met National Security Council Director Ada "
        "Njeri in Kessel on Tuesday.",
        [],
    ),
)
def names_international_office(phrase: str) -> bool:
    """True when an official's phrase names an international organisation as the body they
    serve ("UN Under-Secretary-General Ada Njeri", "NATO Secretary General X"): not as part of
    a longer body of a state ("National Security Council") nor after a state's name ("the
    Russian Security Council")."""
    words = _form_key(phrase)
    orgs = _lexicon().orgs
    spans = [
        (i, i + n)
        for n in range(1, 7)
        for i in range(len(words) - n + 1)
        if words[i : i + n] in orgs
    ]
    return any(
        orgs[words[i:j]].kind == "igo"
        and not any(a <= i and j <= b and (a, b) != (i, j) for a, b in spans)
        and not (i > 0 and country_code(words[i - 1]))
        for i, j in spans
    )


def is_media(name: str) -> bool:
    """True for newspapers, news agencies and broadcasters ('Reuters', 'The Washington Post')."""
    name = " ".join(name.split())
    media = _lexicon().media
    return name in media or _strip_the(name) in media


def leader(name: str, year: int | None = None) -> tuple[str | None, str] | None:
    """(ISO3, title) of a well-known leader in leaders.tsv, or None.

    `name` is a full name or the surname news uses ("Putin", "Xi", "Lula"). With `year`, only
    an office held that year counts ('Medvedev' 2010 -> President, 2015 -> Prime Minister);
    without it, the person's latest office. The ISO3 is None for an official of an international
    organisation ('Ban Ki-moon' -> (None, 'Secretary-General')). None when the name is unknown,
    not in office that year, or shared by people with different offices ('Kim' in 2000).
    """
    rows = _leader_rows(name)
    if year is not None:
        rows = [row for row in rows if row.active(year)]
    if not rows:
        return None
    if len({row.name for row in rows}) == 1:
        latest = max(rows, key=lambda row: row.start)
        return latest.country, latest.title
    offices = {(row.country, row.title) for row in rows}
    return offices.pop() if len(offices) == 1 else None


def in_gazetteer(name: str) -> bool:
    """True when leaders.tsv has someone `name` can stand for (a full name or a surname)."""
    return bool(_leader_rows(name))


def incumbent(country: str, title: str, year: int) -> str | None:
    """The one person leaders.tsv has in that office that year ('RUS', 'President', 2019 ->
    'Vladimir Putin'); None when there is none or a change of office makes it ambiguous."""
    names = holders(country, title, year)
    return next(iter(names)) if len(names) == 1 else None


def has_office(country: str, title: str) -> bool:
    """Whether leaders.tsv has the state's own holder of the office in some year ('USA',
    'President': yes; 'USA', 'Prime Minister': no)."""
    return any(row.country == country and row.title == title for row in _leaders().rows)


def holders(country: str, title: str, year: int) -> frozenset[str]:
    """Everyone leaders.tsv has in that office at some time of the year: two in a year the
    office changed hands ('USA', 'President', 2025 -> Joe Biden, Donald Trump)."""
    return frozenset(
        row.name
        for row in _leaders().rows
        if row.country == country and row.title == title and row.active(year)
    )


# --------------------------------------------------------------------------- names

_FOLD = str.maketrans(
    {
        "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th",
        "’": "'", "‘": "'", "`": "'", "ʼ": "'",
    }
)  # fmt: skip
_NAME_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SUFFIXES = frozenset({"jr", "sr", "mp"})  # "Anthony Albanese MP"
_REGNAL = frozenset(
    {"ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiv", "xvi"}
)
# Lower-case words that belong to a surname: 'da Silva', 'bin Zayed', 'von der Leyen', 'Al Thani'.
_PARTICLES = frozenset(
    {
        "al", "el", "bin", "ibn", "bint", "ben", "da", "de", "do", "dos", "das", "di", "del",
        "della", "van", "von", "der", "den", "ter", "ten", "la", "le", "du", "des", "y", "abu",
    }
)  # fmt: skip


def fold_text(text: str) -> str:
    """Lower case without accents: 'Erdoğan' -> 'erdogan', 'Yıldırım' -> 'yildirim'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _name_words(name: str, *, regnal: bool = True) -> list[str]:
    """Folded words of a name; hyphens split ('Ki-moon' -> 'ki', 'moon'); no Jr./Sr., no
    initials (unless that is all there is); no regnal numbers when `regnal` is False."""
    raw = _NAME_WORD.findall(name.translate(_FOLD).replace("-", " ").replace("‐", " "))
    words = [fold_text(w) for w in raw]
    kept = [
        w
        for at, (w, r) in enumerate(zip(words, raw, strict=True))
        if w not in _SUFFIXES and (regnal or not (at and r.isupper() and w in _REGNAL))
    ]  # 'Abdullah II' loses the II; 'Xi' stays
    if len(kept) > 1:
        kept = [w for w in kept if len(w) > 1] or kept
    return kept or words


def _compact(name: str) -> str:
    return "".join(_name_words(name))


def _known_person(name: str) -> str | None:
    """The leaders.tsv name this exact full name (any spacing, accents, initials) belongs to."""
    rows = _leaders().by_name.get(_compact(name))
    return rows[0].name if rows else None


def same_person(a: str, b: str) -> bool:
    """True when two spellings of a person's name can be the same person.

    Accents, case, hyphens, initials and Jr./Sr. are ignored ('Yoon Suk-yeol' / 'Yoon Suk Yeol',
    'Lourenco' / 'João Lourenço'). One word matches a name that contains it ('Xi' / 'Xi Jinping',
    'Lula' / 'Luiz Inacio Lula da Silva'); a name matches a longer one that contains all its words
    in any order ('Koizumi Junichiro' / 'Junichiro Koizumi'); two names with the same last word
    match when their first words begin alike ('Joe Biden' / 'Joseph R. Biden Jr.'), so 'Melania
    Trump' is not 'Donald Trump'. Two different people of leaders.tsv never match ('Idriss Déby'
    / 'Mahamat Idriss Déby').
    """
    wa, wb = _name_words(a, regnal=False), _name_words(b, regnal=False)
    if not wa or not wb:
        return False
    if "".join(wa) == "".join(wb):
        return True
    known_a, known_b = _known_person(a), _known_person(b)
    if known_a and known_b:
        return known_a == known_b
    short, long_ = sorted((wa, wb), key=len)
    if len(short) == 1:
        return short[0] not in _PARTICLES and short[0] in long_
    if set(short) <= set(long_):
        return True
    return wa[-1] == wb[-1] and given_names_agree(wa[0], wb[0])


def given_names_agree(a: str, b: str) -> bool:
    """Whether two folded first names can be one person's: 'joe' / 'joseph' (the same first two
    letters), 'liz' / 'elizabeth' (one inside the other), 'j' / 'joe' (an initial); not 'jill'
    / 'joe': two people of one family."""
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    short, long_ = sorted((a, b), key=len)
    return a[:2] == b[:2] or (len(short) > 2 and short in long_)


def _leader_rows(name: str) -> list[_Leader]:
    """All leaders.tsv rows of the people `name` can stand for."""
    tables = _leaders()
    key = _compact(name)
    if not key:
        return []
    if key in tables.by_name:
        return list(tables.by_name[key])
    if key in tables.by_surname:  # 'Putin', 'al-Sisi', 'bin Salman', 'Hun Sen'
        return list(tables.by_surname[key])
    words = _name_words(name)
    if len(words) < 2:
        return []
    candidates: dict[str, _Leader] = {}
    for word in (*words, _compact(_default_surname(name))):
        for row in tables.by_surname.get(word, ()):
            candidates.setdefault(row.name, row)
    people = {
        person
        for person, row in candidates.items()
        # a one-word name ('Felipe VI', 'Francis') is not found inside a longer one
        if len(_name_words(person, regnal=False)) > 1
        and (same_person(name, person) or _variant(words, row))
    }
    return [row for row in tables.rows if row.name in people]


def _variant(words: list[str], row: _Leader) -> bool:
    """'Volodymyr Zelenskyy' for 'Volodymyr Zelensky': the last word is one of the person's
    surname spellings and the first names agree."""
    spellings = {_compact(s) for s in row.surnames}
    return words[-1] in spellings and given_names_agree(words[0], _name_words(row.name)[0])


# "Al-Hadi", "Al-Marzan": a forefather's or the house's name in a chain of them.
_LINEAGE = re.compile(r"^(?:al|el)[-‑]\w", re.IGNORECASE)


def _default_surname(name: str) -> str:
    tokens = [t.strip(",;") for t in name.split()]
    tokens = [t for t in tokens if t]
    if (
        len(tokens) > 2
        and not _LINEAGE.match(tokens[0])
        and sum(bool(_LINEAGE.match(t)) for t in tokens) >= 2
    ):
        # "Nasir Al-Tamer Al-Hadi Al-Marzan" is "Sheikh Nasir" on second mention: the
        # house's name is every prince's.
        return tokens[0]
    while len(tokens) > 1 and fold_text(tokens[-1]).strip(".") in (_SUFFIXES | _REGNAL):
        tokens.pop()
    if not tokens:
        return ""
    at = len(tokens) - 1
    while at > 1 and fold_text(tokens[at - 1]) in _PARTICLES:
        at -= 1
    return " ".join(tokens[at:])


def surname(name: str) -> str:
    """The part of a person's name that news uses on second mention.

    For a person of leaders.tsv, its surname column ('Xi Jinping' -> 'Xi', 'Luiz Inácio Lula da
    Silva' -> 'Lula', 'Ban Ki-moon' -> 'Ban'), also when the name is written as another name of
    that column alone ('Widodo' -> 'Jokowi', as 'Joko Widodo'; 'Zelenskyy' -> 'Zelensky'), so
    that the full name and the short one are one person. Otherwise the last word with the
    particles before it ('Mohamed bin Zayed' -> 'bin Zayed', 'Ursula von der Leyen' -> 'von der
    Leyen'), without Jr./Sr. or a regnal number ('Abdullah II' -> 'Abdullah'); the given name
    before a chain of forefathers' names ('Nasir Al-Tamer Al-Hadi Al-Marzan' -> 'Nasir').
    Family-name-first names of people not in the table come out wrong ('Park Min-jun' ->
    'Min-jun'): the letters do not say.
    """
    name = " ".join(name.split())
    rows = _leader_rows(name)
    if not rows or len({row.name for row in rows}) != 1:
        return _default_surname(name)
    written = _default_surname(name) if len(_name_words(name)) > 1 else name
    if (
        _compact(name) == _compact(rows[0].name)
        or same_person(name, rows[0].name)
        or _compact(written) in {_compact(s) for s in rows[0].surnames}
    ):
        return rows[0].surnames[0]
    return _default_surname(name)


@cache
def person_key(name: str) -> str:
    """One key for every spelling of a person's name, for matching people across documents.

    The leaders.tsv name when the name can only be that one person ('Zelenskyy', 'Volodymyr
    Zelenskiy' and 'Volodymyr Zelensky' -> 'Volodymyr Zelensky'; 'J. Biden' and 'Joseph R.
    Biden Jr.' -> 'Joe Biden'), otherwise the folded surname (`surname`), followed after a '/'
    by the folded first name when the name has one ('Ulla Marsk' -> 'marsk/ulla', 'Marsk' ->
    'marsk'). `same_person_key` says which keys are one person.
    """
    rows = _leader_rows(" ".join(name.split()))
    if rows and len({row.name for row in rows}) == 1:
        return rows[0].name
    last = surname(name)
    family = "".join(_name_words(last, regnal=False))
    if not family:
        return fold_text(name)
    words, own = _name_words(name, regnal=False), _name_words(last, regnal=False)
    if len(words) <= len(own) or words[: len(own)] == own:
        return family  # no given name, or the surname comes first ('Nasir Al-Tamer Al-Hadi')
    return f"{family}/{words[0]}"


def key_family(key: str) -> str:
    """The surname part of a `person_key`: 'marsk/ulla' -> 'marsk'."""
    return key.partition("/")[0]


def same_person_key(a: str, b: str) -> bool:
    """Whether two `person_key`s can be one person: the same key, or the same surname where one
    gives no first name ('marsk' / 'marsk/ulla') or the first names agree ('marsk/liz' /
    'marsk/elizabeth'); 'marsk/ulla' and 'marsk/ivo' are two people of one family, as 'Jill
    Biden' is not 'Joe Biden'."""
    if a == b:
        return True
    family_a, _, given_a = a.partition("/")
    family_b, _, given_b = b.partition("/")
    if family_a != family_b:
        return False
    return not given_a or not given_b or given_names_agree(given_a, given_b)


# --------------------------------------------------------------------------- tokens

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_OPENERS = '([{"“«'
_CLOSERS = ',;:)]}"”»!?'
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|Jr\.|Sr\.|St\.|Co\.|Inc\.|Ltd\.")


@dataclass(frozen=True)
class _Token:
    text: str  # apostrophes made straight
    start: int  # character offsets into the phrase
    end: int


def _tokenize(phrase: str, *, trim_final_period: bool = True) -> list[_Token]:
    text = phrase.translate(_APOSTROPHES)
    tokens: list[_Token] = []
    for match in re.finditer(r"\S+", text):
        start, end = match.span()
        while start < end and text[start] in _OPENERS:
            tokens.append(_Token(text[start], start, start + 1))
            start += 1
        trailing: list[_Token] = []
        while end > start and text[end - 1] in _CLOSERS:
            trailing.insert(0, _Token(text[end - 1], end - 1, end))
            end -= 1
        if start < end:
            tokens.extend(_split_word(text, start, end))
        tokens.extend(trailing)
    if trim_final_period and tokens:
        last = tokens[-1]
        if (
            last.text.endswith(".")
            and len(last.text) > 1
            and not _ABBREVIATION.fullmatch(last.text)
        ):
            tokens[-1] = _Token(last.text[:-1], last.start, last.end - 1)
        elif last.text == ".":
            tokens.pop()
    return tokens


def _split_word(text: str, start: int, end: int) -> list[_Token]:
    word = text[start:end]
    lower = word.lower()
    for prefix in ("ex-", "then-"):
        if lower.startswith(prefix) and len(word) > len(prefix):
            cut = start + len(prefix)
            return [_Token(text[start:cut], start, cut), *_split_word(text, cut, end)]
    if len(word) > 2 and lower.endswith("'s"):
        return [_Token(word[:-2], start, end - 2), _Token("'s", end - 2, end)]
    if len(word) > 2 and lower.endswith("s'"):
        return [_Token(word[:-1], start, end - 1), _Token("'", end - 1, end)]
    if ("-" in word or "–" in word) and country_code(word) is None:
        # 'U.S.-Russia', 'Russia–Ukraine': states glued by a hyphen are coordinated.
        parts = re.split(r"[-–]", word)
        if len(parts) > 1 and all(parts) and all(country_code(p) for p in parts):
            out: list[_Token] = []
            at = start
            for number, part in enumerate(parts):
                if number:
                    out.append(_Token("-", at, at + 1))
                    at += 1
                out.append(_Token(part, at, at + len(part)))
                at += len(part)
            return out
    return [_Token(word, start, end)]


# --------------------------------------------------------------------------- lexical pass

_SEPARATORS = frozenset(
    {",", "and", "&", "-", "–", "—", "/", "or", "(", ")", "[", "]", ";", ":", "with"}
    # a heading's title case glues its prepositions to a name: "... Venn Before Bilateral Meeting"
    | {"before", "during", "following", "ahead"}
)
_MULTIWORD_SEPARATORS = (
    ("as", "well", "as"),
    ("along", "with"),
    ("together", "with"),
    ("led", "by"),  # 'a U.S. delegation led by Blinken': the group and its head
    ("headed", "by"),
    ("including",),
)
_QUOTES = frozenset({'"', "“", "”", "«", "»", "'"})
_DETERMINERS = frozenset(
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "this", "that",
        "these", "those", "both", "all", "several", "some", "other", "another", "each", "every",
        "at", "least", "most", "many", "various", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "dozen", "dozens", "hundreds", "more", "than", "about",
    }
)  # fmt: skip
_FORMER = frozenset({"former", "ex-", "ex"})
_MODIFIERS = _FORMER | frozenset(
    {
        "then", "then-", "late", "outgoing", "incoming", "acting", "interim", "caretaker",
        "transitional", "new", "newly", "elected", "newly-elected", "current", "sitting",
        "visiting", "top", "senior", "high-level", "high-ranking", "ranking", "junior", "fellow",
        "respective", "future", "deputy", "vice", "principal",
    }
)  # fmt: skip
_DESTINATION = frozenset({"to", "for", "in", "at", "on", "inside"})
# Title-case words of headings and tables that are never part of a person's name.
_NOT_NAME = frozenset(
    {
        "focus", "strategy", "topic", "topics", "summit", "meeting", "meetings", "talks",
        "relations", "cooperation", "policy", "agreement", "initiative", "forum", "conference",
        "council", "committee", "assembly", "statement", "declaration", "road", "belt", "news",
        "report", "update", "analysis", "opinion", "editorial", "photo", "video", "source",
        "sources", "copyright", "primary", "key", "outcome", "outcomes", "result", "results",
        "issue", "issues", "agenda", "plan", "deal", "security", "trade", "economy", "crisis",
        "war", "peace", "visit", "call", "dialogue", "partnership", "strategic", "discussion",
        "significance", "implications", "background", "overview", "context", "level", "area",
        "areas", "points", "remarks", "conclusion", "closing", "final", "thoughts", "date",
        "publish", "published", "share", "read", "advertisement", "anticipated", "potential",
        "guidance", "version", "mobile", "exit", "day", "week", "month", "year",
        # headline verbs glued to a name by title case: 'Tshisekedi Agrees', 'Meet Kagame'
        "agrees", "agree", "meet", "meets", "holds", "hold", "phone", "separate", "says",
        "visits", "calls", "hosts", "urges", "warns", "welcomes", "receives", "arrives",
        "discuss", "discusses", "signs", "seeks", "vows", "invites", "rejects", "backs",
        "tells", "asks", "leaves", "lands", "sets", "to", "in", "with", "on", "after", "over",
        # places and bodies written like names
        "corridor", "sea", "fleet", "region", "province", "border", "river", "island",
        "islands", "city", "airport", "palace", "hall", "centre", "center", "street", "square",
        "port", "bay", "gulf", "coast", "strait", "canal", "zone", "district", "secretariat",
        "motors", "electric", "group", "company", "corporation", "bank", "fund", "union",
        "party", "front", "movement", "corps", "command", "headquarters", "office", "ministry",
        "department", "agency", "commission", "authority", "institute", "university", "club",
        "league", "federation", "association", "foundation", "brexit", "conservative",
        "conservatives", "labour", "democrat", "democrats", "republican", "republicans",
    }
)  # fmt: skip
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ȳ][\w.'À-ÖØ-öø-ȳ-]*|(?:[A-Z]\.)+")
_PREFIXED_NAME = re.compile(r"(?:[a-z]{1,3}-[A-ZÀ-Þ]|-[a-z])[\w'-]*")
_NICKNAME = re.compile(r"\s*[\"“][^\"”]*[\"”]\s*")


@dataclass
class _Item:
    kind: (
        str  # title hon coll excl org country word name sep conj of to from det mod num poss quote
    )
    start: int  # token range
    end: int
    text: str
    title: _Title | None = None
    org: _Org | None = None
    country: str | None = None


def _is_name_word(text: str) -> bool:
    # 'al-Burhan', 'el-Sisi'; '-yeol' as in the page's 'Yoon Suk -yeol'
    return (
        bool(_NAME_TOKEN.fullmatch(text) or _PREFIXED_NAME.fullmatch(text))
        or text.lower() in _PARTICLES
    )


def _match_at(tokens: list[_Token], i: int, stop: int) -> _Item | None:
    """The longest title, organisation or state starting at token i (before `stop`)."""
    lex = _lexicon()
    for n in range(min(max(lex.longest, 8), stop - i), 0, -1):
        span = tokens[i : i + n]
        texts = tuple(t.text for t in span)
        text = " ".join(texts)
        org = lex.orgs.get(texts)
        if org is not None:
            return _Item("org", i, i + n, text, org=org)
        title = lex.titles_exact.get(texts) or lex.titles.get(tuple(t.lower() for t in texts))
        if title is not None:
            kind = {
                "office": "title", "rank": "title", "honorific": "hon",
                "collective": "coll", "excluded": "excl",
            }[title.kind]  # fmt: skip
            return _Item(kind, i, i + n, text, title=title)
        first, last = texts[0], texts[-1].lower()
        punctuated = n > 1 and any(t in ("'s", "'", ",", "(", ")", "-") for t in texts)
        # "People's Republic of China": a possessive inside a state's own name, not before it.
        inner = (
            punctuated and texts[-1] != "'s" and all(t != "'s" or k for k, t in enumerate(texts))
        )
        inner = inner and not any(t in ("'", ",", "(", ")", "-") for t in texts)
        if (
            first[:1].isupper()
            and last not in ("and", "of", "the", "&")
            and (not punctuated or inner)
        ):
            iso3 = country_code(text.replace(" 's", "'s") if inner else text)
            if iso3 is not None:
                return _Item("country", i, i + n, text, country=iso3)
    return None


def _single(token: _Token, i: int) -> _Item:
    text, lower = token.text, token.text.lower()
    if lower in _SEPARATORS:
        kind = "sep"
    elif lower == "of":
        kind = "of"
    elif lower == "from":
        kind = "from"
    elif lower in _DESTINATION:
        kind = "to"
    elif lower in ("'s", "'"):
        kind = "poss"
    elif text in _QUOTES:
        kind = "quote"
    elif lower in _MODIFIERS or lower in cues().office_modifiers:
        kind = "mod"  # "Principal Deputy Foreign Minister": no name, part of the office
    elif lower in _DETERMINERS:
        kind = "det"
    elif text.isdigit() or re.fullmatch(r"\d[\d,.]*", text):
        kind = "num"
    else:
        kind = "word"
    return _Item(kind, i, i + 1, text)


def _lex(tokens: list[_Token], forced: tuple[int, int] | None) -> list[_Item]:
    items: list[_Item] = []
    i = 0
    while i < len(tokens):
        if forced and forced[0] <= i < forced[1]:
            # The NER's PERSON: leading titles and honorifics come off, the rest is the name.
            found = _match_at(tokens, i, forced[1])
            if found is not None and found.kind in ("country", "org") and found.end == forced[1]:
                forced = None  # 'Azerbaijani' tagged PERSON: a state, not a name
                continue
            if found is not None and found.kind in ("title", "hon") and found.end < forced[1]:
                items.append(found)
                i = found.end
                continue
            items.append(_Item("name", i, forced[1], ""))
            i = forced[1]
            continue
        lower = tuple(t.text.lower() for t in tokens[i : i + 3])
        joined = next((m for m in _MULTIWORD_SEPARATORS if lower[: len(m)] == m), None)
        if joined:
            items.append(_Item("sep", i, i + len(joined), " ".join(joined)))
            i += len(joined)
            continue
        stop = forced[0] if forced and i < forced[0] else len(tokens)
        found = _match_at(tokens, i, stop)
        if found is None or (found.kind == "title" and tokens[i].text.lower() in _SEPARATORS):
            found = _single(tokens[i], i)
        items.append(found)
        i = found.end
    return _fix_names(items, tokens)


def _fix_names(items: list[_Item], tokens: list[_Token]) -> list[_Item]:
    """Words that the tables mistake inside a name: 'Foreign Minister Israel Katz' (a state),
    'Hassan Sheikh Mohamud' (an honorific)."""

    def words(item: _Item) -> list[_Item]:
        return [_Item("word", k, k + 1, tokens[k].text) for k in range(item.start, item.end)]

    def name_word(item: _Item | None) -> bool:
        return item is not None and item.kind == "word" and item.text[:1].isupper()

    fixed: list[_Item] = []
    for at, item in enumerate(items):
        before = fixed[-1] if fixed else None
        after = items[at + 1] if at + 1 < len(items) else None
        if (
            item.kind == "country"
            and before is not None
            and before.kind in ("title", "hon")
            and name_word(after)
        ):
            fixed.extend(words(item))
        elif (
            item.kind in ("hon", "title")
            and item.end - item.start == 1
            and name_word(before)
            and name_word(after)
        ):
            fixed.extend(words(item))
        elif (
            item.kind == "country"
            and item.end - item.start == 1
            and len(fixed) >= 2
            and name_word(before)
            and fixed[-2].kind in ("title", "hon")
            and (after is None or after.kind not in ("word", "name"))
        ):
            fixed.extend(words(item))  # the surname in 'Finance Minister Sinisa Mali'
        else:
            fixed.append(item)
    return fixed


# --------------------------------------------------------------------------- phrase structure


@dataclass
class _Part:
    """One comma- or 'and'-separated part of a phrase, read."""

    items: list[_Item]
    start: int = 0  # character span in the phrase
    end: int = 0
    core_end: int = 0  # end of the last title, state or organisation
    countries: list[_Item] = field(default_factory=list)  # states it represents
    orgs: list[_Item] = field(default_factory=list)
    titles: list[_Title] = field(default_factory=list)  # offices, then ranks
    colls: list[_Item] = field(default_factory=list)
    honorific: bool = False
    former: bool = False
    name: tuple[int, int] | None = None  # character span
    name_title: str | None = None  # the office (or rank) written right before the name
    confirmed: bool = False  # the name is a person's name, not a heading
    leftover: bool = False  # words that are neither names nor known cues
    excluded: bool = False

    @property
    def plural(self) -> bool:
        return any(t.plural for t in self.titles) or any(
            c.text.lower().endswith("s") for c in self.colls
        )

    @property
    def counterpart(self) -> bool:
        return any(c.text.lower() in ("counterpart", "peer") for c in self.colls)

    @property
    def bare(self) -> bool:
        """Only states or organisations: 'Russia', 'the EU', 'U.S.'."""
        return bool(self.countries or self.orgs) and not (
            self.titles or self.colls or self.name or self.leftover or self.honorific
        )


@rule(
    "National Security Advisor Arlo Venn met Palestinian American community leaders in Chicago "
    "on Tuesday.",
    [],
    url="https://www.whitehouse.gov/briefing-room/statements",
    counter=(
        "National Security Advisor Arlo Venn met Palestinian community leaders in Ramallah on "
        "Tuesday.",
        ["meeting occurred: Arlo Venn + Palestinian community leaders @Ramallah 2025-03-11"],
    ),
)
def _heritage(items: list[_Item], at: int) -> bool:
    """Whether the state at `items[at]` is a demonym written right after another one: "Palestinian
    American community leaders" are Americans of Palestinian descent, of the second state (the
    first names their heritage), not Palestinians. Two states joined by "and" are two sides."""
    if at == 0 or items[at - 1].kind != "country" or items[at - 1].end != items[at].start:
        return False
    return is_demonym(items[at - 1].text) and is_demonym(items[at].text)


def _read_part(items: list[_Item], tokens: list[_Token], phrase: str) -> _Part:
    part = _Part(items)
    part.start = tokens[items[0].start].start
    part.end = tokens[items[-1].end - 1].end
    runs: list[tuple[int, int, bool]] = []  # item index range, followed by a head
    destination = complement = False
    served: set[int] = set()  # offices served, not held: "adviser to the Prime Minister"
    run_start: int | None = None
    for at, item in enumerate(items):
        if item.kind in ("title", "coll", "country", "org"):
            part.core_end = tokens[item.end - 1].end
        in_run = item.kind == "name" or (
            item.kind == "word" and _is_name_word(item.text) and not complement
        )
        if in_run and run_start is None:
            run_start = at
        if not in_run and run_start is not None:
            runs.append((run_start, at, False))
            run_start = None
        if item.kind in ("title", "coll") and runs and runs[-1][1] == at:
            runs[-1] = (runs[-1][0], runs[-1][1], True)  # 'Treasury Department'
        if item.kind == "poss" and runs and runs[-1][1] == at and at + 1 < len(items):
            if items[at + 1].kind in ("title", "coll", "word"):
                runs[-1] = (runs[-1][0], runs[-1][1], True)  # "Putin's envoy"
        if item.kind == "to":
            destination, complement = True, True
            continue
        if item.kind in ("of", "from", "conj"):  # 'for Trade and Industry': still the title's
            complement = True
            continue
        if item.kind in ("country", "org"):
            complement = False
            if destination:
                destination = False
                continue
            if item.kind == "org":
                part.orgs.append(item)
            elif not _heritage(items, at):
                part.countries.append(item)
            else:
                part.countries[-1] = item
        elif item.kind == "title" and item.title is not None:
            complement = False
            if destination:
                # "adviser to the Prime Minister of Sweden": serves that office, of that state
                destination = False
                served.add(at)
                continue
            part.titles.append(item.title)
        elif item.kind == "coll":
            part.colls.append(item)
        elif item.kind == "hon":
            part.honorific = True
        elif item.kind == "excl":
            part.excluded = True
        elif item.kind == "mod" and item.text.lower() in _FORMER:
            part.former = True
        elif item.kind == "word" and not in_run and not complement:
            part.leftover = True  # words after 'of' ('Heads of State of Central Asia') are not
    if run_start is not None:
        runs.append((run_start, len(items), False))
    part.titles.sort(key=lambda t: t.kind != "office")

    name_runs = [run for run in runs if not run[2]]
    for run in runs:
        if run[2] or run is not name_runs[-1]:
            part.leftover = True  # a modifier ('Treasury Department') or a second name
    if name_runs:
        first, last, _ = name_runs[-1]
        run_items = items[first:last]
        run_tokens = [k for item in run_items for k in range(item.start, item.end)]
        words = [tokens[k].text for k in run_tokens]
        forced = any(item.kind == "name" for item in run_items)
        span = (tokens[run_tokens[0]].start, tokens[run_tokens[-1]].end)
        name_text = _clean(phrase[span[0] : span[1]])
        known = bool(_leader_rows(name_text))
        if not known and any(fold_text(w).strip(".") in _NOT_NAME for w in words):
            # 'Tshisekedi Agrees': keep a leader's surname, drop the headline verb
            leaders = [k for k in run_tokens if _leader_rows(tokens[k].text)]
            if len(leaders) != 1 or fold_text(tokens[leaders[0]].text) in _NOT_NAME:
                part.leftover = True
                return part
            span = (tokens[leaders[0]].start, tokens[leaders[0]].end)
            words, known = [tokens[leaders[0]].text], True
        before_name = [
            i.title
            for at, i in enumerate(items[:first])
            if i.kind == "title" and i.title and at not in served
        ]
        offices = [t for t in before_name if t.kind == "office"]
        if offices or before_name:
            part.name_title = (offices or before_name)[-1].title
        part.name = span
        before = items[first - 1] if first else None
        part.confirmed = (
            forced
            or known
            or any(item.kind in ("title", "hon") for item in items[:first])
            # 'his Chinese counterpart Wang Yi', "Iran's chief negotiator Ali Bagheri Kani"
            or (before is not None and before.kind == "coll" and not before.text.endswith("s"))
            or (
                before is not None and before.kind in ("country", "org", "poss") and len(words) >= 2
            )
        )
    return part


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:")


def _strip_the(text: str) -> str:
    return re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)


def _surface(item: _Item, phrase_tokens: list[_Token], phrase: str) -> str:
    return _clean(phrase[phrase_tokens[item.start].start : phrase_tokens[item.end - 1].end])


@dataclass
class _Context:
    phrase: str
    tokens: list[_Token]
    year: int | None
    mention: str


def _represented(part: _Part) -> tuple[str | None, bool]:
    """(ISO3, decided) of the state a part's actor stands for, from the part's own words."""
    if any(o.org is not None and o.org.kind == "igo" for o in part.orgs):
        return None, True
    if part.countries:
        return part.countries[0].country, True
    national = [o.org.country for o in part.orgs if o.org is not None and o.org.country]
    if national:
        return national[0], True
    if any(t.igo for t in part.titles):
        return None, True
    return None, False


def _person(part: _Part, ctx: _Context, title: str | None) -> Actor:
    assert part.name is not None
    name = _clean(_NICKNAME.sub(" ", ctx.phrase[part.name[0] : part.name[1]])).rstrip("'")
    country, decided = _represented(part)
    rows = _leader_rows(name)
    own = title or part.name_title or (part.titles[0].title if part.titles else None)
    if _another_holder(name, own, rows) or _given_name_of_others(name, own, rows):
        rows = []
    if rows and not decided:
        active = [r for r in rows if ctx.year is not None and r.active(ctx.year)]
        countries = {r.country for r in (active or rows)}
        if len(countries) == 1:
            country = countries.pop()
    if title is None:
        title = part.name_title
    if title is None and part.titles:
        title = part.titles[0].title
    if title is None and rows and ctx.year is not None:
        active = [r for r in rows if r.active(ctx.year)]
        if len({r.name for r in active}) == 1:
            title = max(active, key=lambda r: r.start).title
    return Actor(name, "person", title, country, ctx.mention, part.former)


@rule(
    "Prime Minister Teo Vaskin of Spain met Sheikh Mohammed and King Harald Osk of Norway in "
    "Madrid on Monday.",
    ["meeting occurred: Teo Vaskin + Mohammed + Harald Osk @Madrid 2025-03-10"],
    counter=(
        "Prime Minister Teo Vaskin of Spain met King Mohammed in Madrid on Monday.",
        ["meeting occurred: Teo Vaskin + Mohammed @Madrid 2025-03-10"],
    ),
)
def _given_name_of_others(name: str, own: str | None, rows: list[_Leader]) -> bool:
    """Whether a one-word name is the given name of other leaders too, so that without the
    namesake's own title it names nobody the gazetteer knows: "Sheikh Mohammed" of a Gulf state
    is not the King of Morocco known as "Mohammed", since three other listed leaders are called
    Mohammed; "King Mohammed" is."""
    words = _name_words(name, regnal=False)
    if len(words) != 1 or not rows or any(r.title == own for r in rows):
        return False
    return bool(_leaders_by_given_name().get(words[0], frozenset()) - {r.name for r in rows})


@cache
def _leaders_by_given_name() -> dict[str, frozenset[str]]:
    """The listed leaders of two or more name words, by their first: "mohammed" -> the names of
    every leader called Mohammed something. Built once: names are resolved in the hot path."""
    by_first: dict[str, set[str]] = {}
    for row in _leaders().rows:
        words = _name_words(row.name, regnal=False)
        if len(words) > 1:
            by_first.setdefault(words[0], set()).add(row.name)
    return {first: frozenset(names) for first, names in by_first.items()}


# Titles of a royal house: "Crown Prince Hussein" is a prince known by his given name.
_ROYAL_TITLES = frozenset(
    {"King", "Queen", "Crown Prince", "Deputy Crown Prince", "Prince", "Princess", "Emir", "Sultan"}
)


@rule(
    "Prime Minister Teo Vaskin of Spain met King Harald Osk of Norway, Queen Lina Marr and "
    "Crown Prince Hussein in Madrid on Monday.",
    ["meeting occurred: Teo Vaskin + Harald Osk + Lina Marr + Hussein @Madrid 2025-03-10"],
    counter=(
        "Prime Minister Teo Vaskin of Spain met Foreign Minister Hussein in Madrid on Monday.",
        ["meeting occurred: Teo Vaskin + Hussein @Madrid 2025-03-10"],
    ),
)
def _another_holder(name: str, own: str | None, rows: list[_Leader]) -> bool:
    """Whether the person the text names with the title `own` is not the gazetteer's namesake
    (`rows`), who never held that title. "Governor Abbott" is not the Australian prime minister
    of that name: an office inside a state's own politics. "Crown Prince Hussein" is not the
    Iraqi foreign minister of that surname: a royal named by one given name."""
    if own is None or not rows or any(r.title == own for r in rows):
        return False
    if own in domestic_offices():
        return True
    return own in _ROYAL_TITLES and len(_name_words(name, regnal=False)) == 1


def _bare_actors(part: _Part, ctx: _Context) -> list[Actor]:
    """A part naming only states or organisations: each is an actor of its own."""
    actors = []
    for item in part.orgs:
        assert item.org is not None
        kind: ActorKind = "group" if item.org.country else "organization"
        actors.append(Actor(item.org.name, kind, None, item.org.country, ctx.mention))
    for item in part.countries:
        surface = _strip_the(_surface(item, ctx.tokens, ctx.phrase))
        if is_demonym(surface):
            if surface.endswith("s") and not surface.endswith("ss"):  # 'Russians', 'Palestinians'
                text = _clean(ctx.phrase[part.start : part.end])
                actors.append(Actor(text, "group", None, item.country, ctx.mention))
            continue  # 'Russian' on its own is an adjective, not an actor
        actors.append(Actor(surface, "country", None, item.country, ctx.mention))
    return actors


def _part_actors(part: _Part, ctx: _Context, title: str | None = None) -> list[Actor]:
    if part.excluded:
        return []
    if part.name is not None and part.confirmed:
        return [_person(part, ctx, title)]
    if part.bare:
        return _bare_actors(part, ctx)
    text = _clean(ctx.phrase[part.start : part.end])
    country, decided = _represented(part)
    office = part.titles[0].title if part.titles else None
    if part.counterpart and not part.plural:
        if decided:
            return [Actor(text, "person", office or title, country, ctx.mention, part.former)]
        return []
    if part.colls or (part.titles and part.plural):
        return [Actor(text, "group", office, country, ctx.mention, part.former)]
    if part.titles and (country is not None or part.orgs):
        # an unnamed office holder: 'the German chancellor' (not the headline words after it)
        text = _clean(ctx.phrase[part.start : part.core_end])
        return [Actor(text, "person", office, country, ctx.mention, part.former)]
    return []


@rule(
    "Prime Minister Teo Vaskin of Spain met Under-Secretary-General for Political and "
    "Peacebuilding Affairs Ada Njeri in Madrid on Monday.",
    ["meeting occurred: Teo Vaskin + Ada Njeri @Madrid 2025-03-10"],
    counter=(
        "Prime Minister Teo Vaskin of Spain met Minister Ulla Marsk and Minister Ivo Renn of "
        "Norway in Madrid on Monday.",
        ["meeting occurred: Teo Vaskin + Ulla Marsk + Ivo Renn @Madrid 2025-03-10"],
    ),
)
def _joins_a_title(items: list[_Item], at: int) -> bool:
    """Whether the 'and' at `at` joins the words of a title's complement, not two actors: "the
    Under-Secretary-General for Political and Peacebuilding Affairs Ada Njeri" is one person.
    Title, 'for' or 'of', capitalised words, 'and', capitalised words, then the name the NER
    found; "Minister Ulla Marsk and Minister Ivo Renn" (a name before 'and') and "the Minister
    for Trade and Ivo Renn" (the name right after it) stay two."""
    if items[at].text.lower() != "and":
        return False
    before = at - 1
    while before >= 0 and items[before].kind == "word" and items[before].text[:1].isupper():
        before -= 1
    if not _title_complement(items, before, words=at - 1 - before):
        return False
    after = at + 1
    while after < len(items) and items[after].kind == "word" and items[after].text[:1].isupper():
        after += 1
    return after > at + 1 and after < len(items) and items[after].kind == "name"


def _title_complement(items: list[_Item], at: int, words: int) -> bool:
    """Whether `words` capitalised words after item `at` complete a title: 'Minister' 'for'
    'Trade', or the title form 'Minister for Trade' itself (then no words are needed)."""
    if at < 0:
        return False
    item = items[at]
    if item.kind == "title":
        return bool(re.search(r"\s(?:for|of)\s", item.text, re.IGNORECASE))
    return (
        words > 0
        and at >= 1
        and item.text.lower() in ("for", "of")
        and items[at - 1].kind == "title"
    )


def _split(items: list[_Item]) -> list[tuple[str, list[_Item]]]:
    """Parts with the separator before each ('' for the first)."""
    parts: list[tuple[str, list[_Item]]] = []
    separator = ""
    current: list[_Item] = []
    for at, item in enumerate(items):
        if item.kind == "sep" and _joins_a_title(items, at):
            current.append(_Item("conj", item.start, item.end, item.text))
            continue
        if item.kind == "sep":
            if current:
                parts.append((separator, current))
            separator = item.text.lower()  # ', and' counts as 'and'
            current = []
            continue
        if item.kind in ("quote",):
            continue
        current.append(item)
    if current:
        parts.append((separator, current))
    return parts


def _listed(items: list[_Item], ctx: _Context) -> list[Actor] | None:
    """'Ministers from Egypt, Ethiopia and Sudan', 'the leaders of Russia and China': one group
    per state listed after the head."""
    for at, item in enumerate(items):
        if item.kind not in ("from", "of"):
            continue
        head, rest = items[:at], items[at + 1 :]
        listed = [i for i in rest if i.kind in ("country", "org")]
        if len(listed) < 2 or any(i.kind not in ("country", "org", "det", "sep") for i in rest):
            return None
        if not any(i.kind in ("title", "coll") for i in head):
            return None
        if any(
            i.kind in ("name", "sep") or (i.kind == "word" and i.text[:1].isupper()) for i in head
        ):
            return None
        titles = [i.title for i in head if i.kind == "title" and i.title is not None]
        title = titles[0].title if titles else None
        actors = []
        for entry in listed:
            if entry.kind == "org":
                assert entry.org is not None
                actors.append(Actor(entry.org.name, "group", title, entry.org.country, ctx.mention))
            else:
                surface = _strip_the(_surface(entry, ctx.tokens, ctx.phrase))
                actors.append(Actor(surface, "group", title, entry.country, ctx.mention))
        return actors
    return None


def _only_titles(tokens: list[_Token], span: tuple[int, int]) -> bool:
    i = span[0]
    while i < span[1]:
        found = _match_at(tokens, i, span[1])
        if found is None or found.kind not in ("title", "hon"):
            return False
        i = found.end
    return True


def _forced_span(
    tokens: list[_Token], phrase: str, person_name: str | None
) -> tuple[int, int] | None:
    if not person_name or not person_name.strip():
        return None
    wanted = person_name.strip().translate(_APOSTROPHES)
    text = phrase.translate(_APOSTROPHES)
    at = text.find(wanted)
    if at < 0:
        at = text.lower().find(wanted.lower())
    if at < 0:
        return None
    end = at + len(wanted)
    inside = [
        k
        for k, t in enumerate(tokens)
        if t.start < end and t.end > at and t.text not in ("'s", "'")
    ]
    while inside and tokens[inside[-1]].text.lower() in _SEPARATORS:
        inside.pop()  # "Arlo Venn Before" tagged as one name in a title-case heading
    if not inside:
        return None
    span = (inside[0], inside[-1] + 1)
    return None if _only_titles(tokens, span) else span  # 'Datuk Seri' alone is no name


def parse_actor(
    phrase: str, *, year: int | None = None, person_name: str | None = None
) -> list[Actor]:
    """Normalise one noun phrase that names an actor into zero, one or more actors.

    `person_name`, when given, is the part of the phrase that the NER tagged as a PERSON: it is
    taken as a name (after any title or honorific at its start). `year` (of publication) picks
    the office a known leader held then. Returns [] for phrases that are not actors: media,
    bylines and journalists, a state's adjective alone ('Russian'), headings ('Primary Focus').
    A person's name is believed when a title or honorific comes before it, when `person_name`
    says so, when leaders.tsv knows it, or after a state's or organisation's possessive ("Kenya's
    William Ruto").
    """
    mention = " ".join(phrase.split())
    tokens = _tokenize(phrase)
    if not tokens:
        return []
    if tokens[0].text.lower() == "by":
        return []  # a byline
    items = _lex(tokens, _forced_span(tokens, phrase, person_name))
    if any(i.kind == "excl" or (i.org is not None and i.org.kind == "media") for i in items):
        return []
    ctx = _Context(phrase, tokens, year, mention)
    listed = _listed(items, ctx)
    if listed is not None:
        return dedupe(listed)

    parts = [(sep, _read_part(part_items, tokens, phrase)) for sep, part_items in _split(items)]
    parts = _merge_appositions(parts)

    actors: list[Actor] = []
    pending: list[_Part] = []  # bare states waiting for a head noun: 'U.S. and Russian officials'
    shared_title: str | None = None  # 'Presidents Xi Jinping and Vladimir Putin'
    for separator, part in parts:
        if part.bare or (
            separator == "-" and pending and part.countries and not (part.name or part.colls)
        ):
            pending.append(part)  # 'Ukraine-Russia talks' names both states
            continue
        head = bool(part.colls or (part.titles and part.plural)) and not (
            part.name and part.confirmed
        )
        if head and pending and not part.counterpart:
            actors.extend(_distributed(pending, part, ctx))
            pending = []
        for waiting in pending:
            actors.extend(_bare_actors(waiting, ctx))
        pending = []
        if (
            part.name
            and not part.confirmed
            and shared_title
            and not (part.titles or part.countries)
        ):
            part.confirmed = True
        title = shared_title if part.name and not part.titles and shared_title else None
        actors.extend(_part_actors(part, ctx, title))
        if part.name and part.confirmed and part.titles and part.plural:
            shared_title = part.titles[0].title
    for waiting in pending:
        actors.extend(_bare_actors(waiting, ctx))
    return dedupe(actors)


@cache  # asked for every comparison of the people of an article
def named_by_office(actor: Actor) -> bool:
    """Whether the actor is named by an office alone: "the Venezuelan president", "People's
    Republic of China Minister", "the Minister of Foreign Affairs of Ghana"."""
    if not actor.title:
        return False
    return actor.title.lower() in actor.name.lower() or names_office_only(actor.name)


def names_office_only(phrase: str) -> bool:
    """Whether a phrase names a person by office alone, however the office is written: "the
    Minister of Foreign Affairs of Ghana" as well as "Ghana's foreign minister" (no name in it,
    unlike "Minister of Foreign Affairs Ada Njeri")."""
    tokens = _tokenize(phrase)
    parts = _split(_lex(tokens, None)) if tokens else []
    if len(parts) != 1:
        return False
    part = _read_part(parts[0][1], tokens, phrase)
    return part.name is None and bool(part.titles) and not part.plural


_DESCRIPTION_WORD = re.compile(r"[^\W_][\w.\-]*")
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "for", "in", "on", "at", "to", "from"})
_DESCRIBING = frozenset({"his", "her", "their", "its", "counterpart", "counterparts", "peer"})


def described_without_name(name: str) -> bool:
    """True for a person the text describes without naming: 'his Ukrainian counterpart', 'the
    Kenyan foreign minister', 'the president of the United States' (its words are titles,
    states, demonyms and small words), not 'President Ruto' or 'Wang Yi'."""
    titles = _title_tokens()
    words = _DESCRIPTION_WORD.findall(name.replace("’s", "").replace("'s", ""))
    described = False
    run: list[str] = []
    for word in [*words, ""]:
        lower = word.lower()
        if word and word[0].isupper() and lower not in titles:
            run.append(word)
            continue
        if run and country_code(" ".join(run)) is None:
            return False  # a name: 'Ruto', 'Wang Yi'
        run = []
        described = described or lower in titles or lower in _DESCRIBING
    return described


@cache
def _title_tokens() -> frozenset[str]:
    return frozenset(
        w.lower() for form in title_words() for w in form.split() if w.lower() not in _SMALL_WORDS
    )


def _merge_appositions(parts: list[tuple[str, _Part]]) -> list[tuple[str, _Part]]:
    """'his Rwandan counterpart, President Paul Kagame' and 'Kassym-Jomart Tokayev, President of
    Kazakhstan' are one person: the part without a name describes the part with one; so are all
    three parts of 'his Saudi counterpart, Prince Faisal, Foreign Minister of Saudi Arabia'."""
    parts = list(parts)
    merged: list[tuple[str, _Part]] = []
    at = 0
    while at < len(parts):
        sep, part = parts[at]
        pair = None
        if at + 1 < len(parts) and parts[at + 1][0] == "and":
            pair = _shared_name(part, parts[at + 1][1])
        elif at + 1 < len(parts) and parts[at + 1][0] == ",":
            other = parts[at + 1][1]
            pair = _apposition(part, other) or _apposition(other, part)
        if pair is not None:
            parts[at + 1] = (sep, pair)  # the merged part may take the next apposition too
            at += 1
            continue
        merged.append((sep, part))
        at += 1
    return merged


def _shared_name(describing: _Part, named: _Part) -> _Part | None:
    """'Cambodian Prime Minister and ASEAN President Hun Sen': two offices, one person, who
    represents the state of the first."""
    if describing.name is not None or describing.colls or describing.plural:
        return None
    if not (describing.titles and describing.countries) or named.name is None:
        return None
    if not named.titles or named.countries or named.plural or _state_written_after(named):
        return None
    named.countries = describing.countries
    named.orgs = [o for o in named.orgs if o.org is not None and o.org.kind != "igo"]
    named.titles = describing.titles + named.titles
    named.name_title = describing.titles[0].title
    named.former = named.former or describing.former
    return named


def _state_written_after(part: _Part) -> bool:
    """ "Prime Minister Teo Vaskin of Vostrelia": the part writes a state of its own after "of",
    one no gazetteer knows, so it takes no other part's state ("the Kenyan Foreign Minister and
    Prime Minister Teo Vaskin of Vostrelia" are two people of two states)."""
    return any(
        a.kind == "of" and b.kind == "word" and b.text[:1].isupper()
        for a, b in pairwise(part.items)
    )


def _apposition(named: _Part, describing: _Part) -> _Part | None:
    if named.name is None or describing.name is not None or describing.plural:
        return None
    if not (describing.titles or describing.counterpart):
        return None
    if named.titles and named.plural:
        return None
    named.countries = named.countries + describing.countries
    named.orgs = named.orgs + describing.orgs
    named.titles = named.titles + describing.titles
    named.titles.sort(key=lambda t: t.kind != "office")
    named.former = named.former or describing.former
    named.confirmed = True
    named.leftover = named.leftover or describing.leftover
    return named


def _distributed(pending: list[_Part], head: _Part, ctx: _Context) -> list[Actor]:
    """'U.S. and Russian officials' -> 'U.S. officials' (USA), 'Russian officials' (RUS)."""
    anchors = [*head.countries, *head.orgs]
    tail_start = max((ctx.tokens[a.end - 1].end for a in anchors), default=head.start)
    tail = (
        _clean(ctx.phrase[tail_start : head.end])
        if anchors
        else _clean(ctx.phrase[head.start : head.end])
    )
    office = head.titles[0].title if head.titles else None
    actors = []
    for part in pending:
        surface = _clean(ctx.phrase[part.start : part.end])
        country, _ = _represented(part)
        actors.append(
            Actor(f"{surface} {tail}", "group", office, country, ctx.mention, head.former)
        )
    actors.extend(_part_actors(head, ctx))
    return actors


def dedupe(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[tuple[str, str, str | None, str | None]] = set()
    unique = []
    for actor in actors:
        key = (actor.name, actor.kind, actor.title, actor.country)
        if key not in seen:
            seen.add(key)
            unique.append(actor)
    return unique
