"""Event records -> encounters across articles (`diplo cluster`, `diplo_extract.cluster`).

A module named apart from its function (as extraction.py is from `extract`), so that importing it
does not hide the function `diplo_extract.cluster` behind the module.

`diplo extract` writes one record per encounter per document; an encounter reported by an
announcement, a readout and a joint statement is three records. This module merges them into one
`schema.Encounter` per real-world encounter.

Deciding what is one encounter (each report is one event record):

* Same parties. Every participant stands for a side: its state (ISO3), or, for a body of no
  state, its name. Two reports can be one encounter only when they have the same sides, and on
  every side that both name people, they share a person (`normalize.actors.person_key`: one key
  across spellings and titles, 'Zelenskyy' / 'Volodymyr Zelensky', 'Joseph R. Biden Jr.' /
  'Biden'; `same_person_key`: a surname alone is any person of that family, but 'Jill Biden'
  is not 'Joe Biden'). A side given only by its state, a collective or a title ('Israel', 'the
  First Lady') stands for whoever of it is named elsewhere.
* Compatible type: a call is never a visit; meetings, talks, summits and visits are all held in
  person and may be one encounter.
* Compatible dates. A report dated to the day joins an encounter whose days it overlaps. A
  coarser date (week, month, year) or no date gives a window: a planned (or invited, proposed,
  postponed, cancelled) report speaks of an encounter on or after its reference date (its
  publication), one held before it. Without a date, the window is `PLAN_WINDOW_DAYS` after the
  reference for a planned report and `HELD_WINDOW_DAYS` before it for a held one; an invitation
  with no date ("invited the Prime Minister for an official visit at a time to be agreed") is
  held months later, so its window is the `INVITE_WINDOW_DAYS` after its reference. Among the
  encounters in the window, the nearest is taken; for an invitation, the nearest that names
  its people (not one told only by their states).
* Compatible places: reports that name a venue, city or region in two different states are two
  encounters (a state alone is often the trip's, given for each of its meetings). An
  invitation's place is the host's state: it never joins an encounter placed in another state,
  even by a state alone (invited to Washington, not the postponed trip to Australia).

Reports are taken finest date first (day, week, month, year, none), then by time, document id
and event id, so the result does not depend on the order of the input.

A report's reference date is its date's `reference`; a record without a date takes the
reference of another record of its document, else a /YYYY/MM/DD/ date in its URL; a report with
no reference and no date cannot be placed in time and stays an encounter of its own.

The merged record: status from the latest report (held beats planned, a later cancellation or
postponement beats an earlier plan); the date most reports give at the finest precision (held
reports first); the most specific place in the state most reports name; people by their fullest
name, a side's state or collective only where no person of it is named; `conflicts` where reports
disagree on type, status (held and called off), place (two states) or day.

Memory: each record is kept as a small `_Report` whose participant lists, places, topics and codes
are interned (shared between records that repeat them), never as a Pydantic object.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from diplo_extract.errors import InputError
from diplo_extract.io.readers import JsonLine
from diplo_extract.normalize.actors import (
    described_without_name,
    key_family,
    leader,
    person_key,
    same_person_key,
)
from diplo_extract.schema import SCHEMA_VERSION, Encounter

__all__ = ["HELD_WINDOW_DAYS", "INVITE_WINDOW_DAYS", "PLAN_WINDOW_DAYS", "Clusterer", "cluster"]

# The bench's planned records dated to the day (benchmarks/README.md): of the 315 whose day is on or
# after their publication, 272 name a day at most 97 days ahead (43 name one 300-392 days ahead:
# dates resolved into the wrong year); of those 272, 258 (95%) are at most 30 days ahead, 268
# (98.5%) at most 60. State visits are announced weeks ahead; a window of a season would let a
# plan reach the next encounter of the same parties.
PLAN_WINDOW_DAYS = 60
# Of its held records dated to the day, 96% (1,131 of 1,173) were published at most 7 days after.
HELD_WINDOW_DAYS = 7
# Invitations with no date are fulfilled a month to a year later: of the bench's undated
# invitations whose visit it reports held in the host's state, the visits came 31 (Meloni), 162
# (Albanese), 301 (Fernandez, a visit once postponed), 309 (Netanyahu) and 340 (Yoon) days after
# the invitation (benchmarks/README.md); 60 days would reach one of the five.
INVITE_WINDOW_DAYS = 366
# A report may be dated a day off its encounter (time zones, "yesterday" across midnight).
EDGE_DAYS = 1

EVENT_TYPES = frozenset({"meeting", "talks", "summit", "visit", "call"})
STATUSES = frozenset(
    {"occurred", "ongoing", "planned", "invited", "proposed", "postponed", "cancelled"}
    | {"hypothetical"}
)
HELD = frozenset({"occurred", "ongoing"})
CALLED_OFF = frozenset({"postponed", "cancelled"})
_ACTOR_KINDS = frozenset({"person", "country", "group", "organization"})
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_UNDATED_RANK = 4
_PLACE_RANK = {"venue": 0, "city": 1, "region": 2, "country": 3}
_SPECIFIC_PLACES = frozenset({"venue", "city", "region"})
# Ties between types: the more specific first.
_TYPE_ORDER = ("visit", "summit", "talks", "meeting", "call")
_URL_DATE = re.compile(r"/(\d{4})/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
_BUCKET_DAYS = 16  # the width of one slot of the time index of encounters
_FIX = "give event records as `diplo extract` writes them"

Participant = tuple[str, str, Any, Any, Any, Any]  # name, kind, title, country, role, mention
_PARTICIPANT_FIELDS = ("name", "kind", "title", "country", "role", "mention")
_LOCATION_FIELDS = ("name", "kind", "country", "lat", "lon", "geonames_id", "mention")


class _Bad(ValueError):
    """A record that is not a usable event record; the message says what is wrong."""


class _Report:
    """What clustering keeps of one event record."""

    __slots__ = (
        "codes",
        "doc_id",
        "end",
        "event_id",
        "location",
        "occasion",
        "participants",
        "precision",
        "rank",
        "reference",
        "start",
        "status",
        "topics",
        "type",
        "url_date",
    )

    def __init__(self, value: Mapping[str, Any], intern: Callable[[Any], Any]) -> None:
        self.doc_id: str = intern(_text(value, "doc_id"))
        self.event_id = _text(value, "event_id")
        self.type = _choice(value, "type", EVENT_TYPES)
        self.status = _choice(value, "status", STATUSES)
        self.participants: tuple[Participant, ...] = intern(_participants(value))
        self.start, self.end, self.precision, self.reference = _dates(value.get("date"))
        # How fine the date is: 0 (a day) to 4 (none).
        self.rank = (
            _UNDATED_RANK
            if self.start is None
            else _PRECISION_RANK.get(self.precision or "", _UNDATED_RANK - 1)
        )
        self.url_date = _url_date(value.get("url")) if self.reference is None else None
        self.location = intern(_location(value.get("location")))
        occasion = value.get("occasion")
        self.occasion = occasion if isinstance(occasion, str) else None
        self.topics: tuple[str, ...] = intern(_strings(value.get("topics")))
        self.codes = intern(_codes(value.get("codes")))

    @property
    def looks_ahead(self) -> bool:
        """True when the report speaks of its encounter as still to come."""
        return self.status not in HELD

    def window(self) -> tuple[int, int, int] | None:
        """(first day, last day, day to be nearest to) the encounter can be on, as ordinals;
        None when the report has neither a date nor a reference date."""
        ref = self.reference
        if self.start is not None and self.end is not None:
            if self.rank == 0 or ref is None:
                return self.start, self.end, self.start
            lo, hi = self.start, self.end
            if self.looks_ahead:
                lo = max(lo, ref - EDGE_DAYS)
            else:
                hi = min(hi, ref + EDGE_DAYS)
            return (lo, hi, ref) if lo <= hi else (self.start, self.end, ref)
        if ref is None:
            return None
        if self.status == "invited":
            return ref - EDGE_DAYS, ref + INVITE_WINDOW_DAYS, ref
        if self.looks_ahead:
            return ref - EDGE_DAYS, ref + PLAN_WINDOW_DAYS, ref
        return ref - HELD_WINDOW_DAYS, ref + EDGE_DAYS, ref

    def order(self) -> tuple[int, int, str, str]:
        """The canonical order clustering takes reports in: finest date first, then time."""
        anchor = self.start if self.start is not None else self.reference
        return (self.rank, anchor if anchor is not None else 0, self.doc_id, self.event_id)

    def content(self) -> str:
        """The record's content as text: which of two records with one id is kept."""
        return repr(
            (
                self.type,
                self.status,
                self.participants,
                self.start,
                self.end,
                self.precision,
                self.location,
                self.occasion,
                self.topics,
                self.codes,
            )
        )

    def source_order(self) -> tuple[bool, int, str, str]:
        """The order of `sources`: by reference date (none last), doc_id, event_id."""
        ref = self.reference
        return (ref is None, ref or 0, self.doc_id, self.event_id)


# --------------------------------------------------------------------------- reading a record


def _text(value: Mapping[str, Any], field: str) -> str:
    found = value.get(field)
    if not isinstance(found, str) or not found:
        raise _Bad(f'"{field}" is missing or not a string')
    return found


def _choice(value: Mapping[str, Any], field: str, allowed: frozenset[str]) -> str:
    found = value.get(field)
    if found not in allowed:
        raise _Bad(f'"{field}" is {_shown(found)}, not one of {", ".join(sorted(allowed))}')
    return str(found)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _participants(value: Mapping[str, Any]) -> tuple[Participant, ...]:
    found = value.get("participants")
    if not isinstance(found, list) or not found:
        raise _Bad('"participants" is missing or empty')
    out = []
    for item in found:
        if not isinstance(item, dict):
            raise _Bad("a participant is not an object")
        name, kind, country = item.get("name"), item.get("kind"), item.get("country")
        if not isinstance(name, str) or not name.strip():
            raise _Bad('a participant has no "name"')
        if kind not in _ACTOR_KINDS:
            raise _Bad(f'participant {name!r} has "kind" {_shown(kind)}')
        if country is not None and not (isinstance(country, str) and len(country) == 3):
            raise _Bad(f'participant {name!r} has "country" {_shown(country)}, not an ISO3 code')
        title, role, mention = item.get("title"), item.get("role"), item.get("mention")
        if not all(v is None or isinstance(v, str) for v in (title, role, mention)):
            raise _Bad(f"participant {name!r} has a title, role or mention that is not a string")
        out.append((name, kind, title, country, role, mention or name))
    return tuple(out)


def _ordinal(value: object, field: str) -> int | None:
    if value is None:
        return None
    try:
        return _day_number(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _Bad(f'"date.{field}" is {_shown(value)}, not a YYYY-MM-DD date') from None


@lru_cache(maxsize=1 << 16)
def _day_number(value: str) -> int:
    """'2025-03-04' as a day number (one int object per day, shared by the records)."""
    return dt.date.fromisoformat(value).toordinal()


def _dates(date: object) -> tuple[int | None, int | None, str | None, int | None]:
    """(start, end, precision, reference) of a record's date, days as ordinals."""
    if date is None:
        return None, None, None, None
    if not isinstance(date, dict):
        raise _Bad('"date" is neither an object nor null')
    start, end = _ordinal(date.get("start"), "start"), _ordinal(date.get("end"), "end")
    reference = _ordinal(date.get("reference"), "reference")
    if start is None or end is None or end < start:
        start = end = None
    precision = date.get("precision")
    return start, end, precision if precision in _PRECISION_RANK else None, reference


def _url_date(url: object) -> int | None:
    """The publication day a news URL carries (/2024/03/15/), as an ordinal."""
    if not isinstance(url, str):
        return None
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups())).toordinal()
    except ValueError:
        return None


def _location(value: object) -> tuple[tuple[str, Any], ...] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        raise _Bad('"location" is neither a place with a "name" nor null')
    place = tuple((field, value.get(field)) for field in _LOCATION_FIELDS)
    if not all(_scalar(v) for _field, v in place):
        raise _Bad('"location" has a field that is not a string, a number or null')
    return place


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Bad('"topics" is not a list of strings')
    return tuple(value)


def _codes(value: object) -> tuple[tuple[str, Any], ...]:
    if not isinstance(value, dict) or not isinstance(value.get("cameo"), str):
        raise _Bad('"codes" is missing or has no "cameo" code')
    if not all(_scalar(v) for v in value.values()):
        raise _Bad('"codes" has a value that is not a string, a number or null')
    return tuple(value.items())


def _scalar(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float))


# --------------------------------------------------------------------------- parties


class _Parties:
    """The sides of a report and the people named on each."""

    __slots__ = ("persons", "sides")

    def __init__(self, sides: tuple[str, ...], persons: dict[str, frozenset[str]]) -> None:
        self.sides = sides  # sorted side keys: ISO3 codes, '@name' for bodies of no state
        self.persons = persons  # side -> person keys of the people it names


@lru_cache(maxsize=1 << 16)
def _side(name: str, kind: str, country: str | None) -> str | None:
    """The side a participant stands for; None for a person of no known state."""
    if country is not None:
        return country
    if kind == "person":
        known = leader(name)
        return known[0] if known is not None and known[0] is not None else None
    return "@" + " ".join(name.casefold().split())


@lru_cache(maxsize=1 << 16)
def _named_person(name: str) -> str | None:
    """The person key of a person the text names; None for a title or description only."""
    if described_without_name(name):
        return None
    return person_key(name)


@lru_cache(maxsize=1 << 16)
def _parties(participants: tuple[Participant, ...]) -> _Parties:
    persons: dict[str, set[str]] = defaultdict(set)
    loose: set[str] = set()
    sides: set[str] = set()
    for name, kind, _title, country, _role, _mention in participants:
        side = _side(name, kind, country)
        key = _named_person(name) if kind == "person" else None
        if side is None:
            if key is not None:
                loose.add(key)
            continue
        sides.add(side)
        if key is not None:
            persons[side].add(key)
    if not sides:  # only people of no known state: their families are the sides
        sides = {"~" + key_family(key) for key in loose}
        for key in loose:
            persons["~" + key_family(key)].add(key)
    return _Parties(tuple(sorted(sides)), {s: frozenset(k) for s, k in persons.items()})


def _group_sides(report: _Report) -> tuple[str, ...]:
    """The sides that decide which reports can be one encounter. A collective of no state
    ('NATO leaders', a court) named beside two or more states in a report that is not a summit
    is the setting of a bilateral encounter ('welcoming President Zelenskyy and NATO leaders to
    Washington, and I will be meeting with President Zelenskyy'), not a side of it; at a summit
    the collective is the side ('the G7 summit with Prime Minister Meloni')."""
    sides = _parties(report.participants).sides
    if report.type == "summit" or not any(side.startswith("@") for side in sides):
        return sides
    states = tuple(side for side in sides if not side.startswith("@"))
    return states if len(states) >= 2 else sides


def _type_class(event_type: str) -> str:
    """Calls and encounters in person never merge."""
    return "call" if event_type == "call" else "in person"


# --------------------------------------------------------------------------- clustering


class _Cluster:
    """An encounter being built: its reports, the days it can be on, whom and where."""

    __slots__ = ("countries", "dated", "hi", "lo", "number", "persons", "reports", "states")

    def __init__(self, number: int, report: _Report, window: tuple[int, int, int] | None) -> None:
        self.number = number  # creation order: the tie-break between equally near encounters
        self.reports = [report]
        self.dated = report.rank == 0
        self.lo, self.hi = (window[0], window[1]) if window is not None else (None, None)
        self.persons = _parties(report.participants).persons  # shared until it changes
        country = _place_country(report)
        self.countries = frozenset((country,)) if country is not None else _NO_STATES
        self.states = _states_of(report)

    def admits(self, report: _Report, parties: _Parties) -> bool:
        """Whether `report` can be a report of this encounter (its window already overlaps)."""
        for side, keys in parties.persons.items():
            mine = self.persons.get(side)
            if mine and keys and not _share_person(mine, keys):
                return False
        country = _bound_country(report)
        if country is None:
            return True
        # An invitation's state is the host's, never a trip's: any state the encounter is
        # placed in, even a state alone, is another visit ("to Washington" is not "Australia").
        known = self.states if report.status == "invited" else self.countries
        return not known or country in known

    def names(self, parties: _Parties) -> bool:
        """Whether a person of each side `parties` names people of is named here too."""
        return all(
            not keys.isdisjoint(self.persons.get(side, ()))
            for side, keys in parties.persons.items()
            if keys
        )

    def distance(self, day: int) -> int:
        """Days between `day` and the days this encounter can be on."""
        assert self.lo is not None and self.hi is not None
        return max(0, self.lo - day, day - self.hi)

    def take(self, report: _Report, parties: _Parties, window: tuple[int, int, int]) -> None:
        """Add `report`: a report dated to the day widens the encounter's days to cover it; any
        other narrows the window of an encounter that no report dates to the day."""
        assert self.lo is not None and self.hi is not None
        self.reports.append(report)
        if report.rank == 0:
            if self.dated:
                self.lo, self.hi = min(self.lo, window[0]), max(self.hi, window[1])
            else:
                self.lo, self.hi, self.dated = window[0], window[1], True
        elif not self.dated:
            self.lo, self.hi = max(self.lo, window[0]), min(self.hi, window[1])
        if any(
            not keys <= self.persons.get(side, frozenset())
            for side, keys in parties.persons.items()
        ):
            persons = dict(self.persons)
            for side, keys in parties.persons.items():
                persons[side] = persons.get(side, frozenset()) | keys
            self.persons = persons
        country = _place_country(report)
        if country is not None and country not in self.countries:
            self.countries = self.countries | {country}
        states = _states_of(report)
        if not states <= self.states:
            self.states = self.states | states


_NO_STATES: frozenset[str] = frozenset()


def _states_of(report: _Report) -> frozenset[str]:
    """The state of the report's place, whatever its kind; none when it names no place."""
    if report.location is None:
        return _NO_STATES
    country = dict(report.location).get("country")
    return frozenset((country,)) if country else _NO_STATES


def _share_person(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two sets of person keys name one person ('marsk' and 'marsk/ul' do)."""
    if not mine.isdisjoint(theirs):
        return True
    return any(same_person_key(a, b) for a in mine for b in theirs)


def _place_country(report: _Report) -> str | None:
    """The state of the report's place when the place is more specific than a state: a trip's
    country is often given for every meeting of the trip ('travel to Korea and Japan')."""
    if report.location is None:
        return None
    place = dict(report.location)
    return place["country"] if place["kind"] in _SPECIFIC_PLACES else None


def _bound_country(report: _Report) -> str | None:
    """The state a report ties its encounter to: that of a place more specific than a state, or,
    for an invitation, that of any place it names. An invitation given at a meeting is most
    often the return visit ('President Yoon invited President Biden to visit Korea', issued
    in Washington), another encounter than the one held that day."""
    if report.status != "invited" or report.location is None:
        return _place_country(report)
    return dict(report.location)["country"]


class _TimeIndex:
    """The encounters of one group of reports by the slots of days they can be on."""

    def __init__(self) -> None:
        self._slots: dict[int, list[_Cluster]] = defaultdict(list)

    def add(
        self, cluster: _Cluster, lo: int, hi: int, *, had: tuple[int, int] | None = None
    ) -> None:
        """File `cluster` under the slots of lo..hi, but those of `had` (where it already is)."""
        skip = range(had[0] // _BUCKET_DAYS, had[1] // _BUCKET_DAYS + 1) if had else range(0)
        for slot in range(lo // _BUCKET_DAYS, hi // _BUCKET_DAYS + 1):
            if slot not in skip:
                self._slots[slot].append(cluster)

    def overlapping(self, lo: int, hi: int) -> list[_Cluster]:
        """The encounters whose days overlap lo..hi, in creation order."""
        found: dict[int, _Cluster] = {}
        for slot in range(lo // _BUCKET_DAYS, hi // _BUCKET_DAYS + 1):
            for cluster in self._slots.get(slot, ()):
                assert cluster.lo is not None and cluster.hi is not None
                if cluster.lo <= hi and lo <= cluster.hi:
                    found[cluster.number] = cluster
        return [found[n] for n in sorted(found)]


def _slack(report: _Report) -> int:
    """Days a report dated to the day may lie beside an encounter in person and still be of it:
    a visit's meetings are on its several days, and a date may be a day off across time zones.
    Calls get none: two calls on two days are two calls."""
    return EDGE_DAYS if report.rank == 0 and report.type != "call" else 0


def _nearness(
    cluster: _Cluster, report: _Report, parties: _Parties, day: int
) -> tuple[bool, int, int]:
    """How near an encounter is to a report that fits it, smallest first: in days, then the one
    made first. An invitation is to a visit of the people it names: an encounter that names
    them comes before a nearer one told only by their states ("the United States and Australia
    met in September")."""
    strangers = report.status == "invited" and not cluster.names(parties)
    return strangers, cluster.distance(day), cluster.number


def _group(reports: list[_Report]) -> list[_Cluster]:
    """Cluster the reports of one group (same sides, same type class)."""
    clusters: list[_Cluster] = []
    index = _TimeIndex()
    for report in sorted(reports, key=_Report.order):
        window = report.window()
        parties = _parties(report.participants)
        best = None
        if window is not None:
            lo, hi, day = window
            slack = _slack(report)
            fits = [
                c for c in index.overlapping(lo - slack, hi + slack) if c.admits(report, parties)
            ]
            if fits:
                best = min(fits, key=lambda c: _nearness(c, report, parties, day))
        if best is None:
            best = _Cluster(len(clusters), report, window)
            clusters.append(best)
            if window is not None:
                index.add(best, window[0], window[1])
            continue
        old = (best.lo, best.hi)
        best.take(report, parties, window)  # type: ignore[arg-type]
        if (best.lo, best.hi) != old and best.lo is not None and best.hi is not None:
            index.add(best, best.lo, best.hi, had=old)  # type: ignore[arg-type]
    return clusters


# --------------------------------------------------------------------------- the merged record


@lru_cache(maxsize=1 << 16)
def _day(ordinal: int | None) -> str | None:
    return dt.date.fromordinal(ordinal).isoformat() if ordinal is not None else None


def _span(start: int | None, end: int | None, precision: str | None) -> dict[str, Any] | None:
    if start is None:
        return None
    return {"start": _day(start), "end": _day(end), "precision": precision}


def _status_rank(status: str) -> int:
    return 2 if status in HELD else 1 if status in CALLED_OFF else 0


def _status(reports: list[_Report]) -> str:
    """The latest report's status; once held, an encounter stays held."""
    if len(reports) == 1:
        return reports[0].status
    status: str | None = None
    for report in sorted(reports, key=lambda r: (r.reference or 0, _status_rank(r.status))):
        if status in HELD and report.status not in HELD:
            continue
        status = report.status
    assert status is not None
    return status


def _date(reports: list[_Report]) -> dict[str, Any] | None:
    """The date most reports give at the finest precision any gives (held reports first)."""
    if len(reports) == 1:
        return _span(reports[0].start, reports[0].end, reports[0].precision)
    dated = [r for r in reports if r.start is not None]
    if not dated:
        return None
    finest = min(r.rank for r in dated)
    dated = [r for r in dated if r.rank == finest]
    dated = [r for r in dated if r.status in HELD] or dated
    votes = Counter((r.start, r.end, r.precision) for r in dated)
    (start, end, precision), _ = min(
        votes.items(), key=lambda item: (-item[1], item[0][0], item[0][1] - item[0][0])
    )
    return _span(start, end, precision)


def _place_rank(place: Mapping[str, Any]) -> int:
    """0 for a venue to 4 for a place of no known kind: the lower, the more specific."""
    return _PLACE_RANK.get(place["kind"], len(_PLACE_RANK))


def _merged_location(reports: list[_Report]) -> dict[str, Any] | None:
    """The most specific place in the state most reports place the encounter in."""
    if len(reports) == 1:
        return dict(reports[0].location) if reports[0].location is not None else None
    places = [dict(r.location) for r in reports if r.location is not None]
    if not places:
        return None
    states = Counter(p["country"] for p in places if p["country"] is not None)
    if states:
        finest = {s: min(_place_rank(p) for p in places if p["country"] == s) for s in states}
        state = min(states, key=lambda s: (-states[s], finest[s], s))
        places = [p for p in places if p["country"] in (state, None)]
    names = Counter(p["name"] for p in places)
    return min(
        places,
        key=lambda p: (
            _place_rank(p),
            p["country"] is None,
            -names[p["name"]],
            p["name"],
            p["mention"] or "",
        ),
    )


def _participants_of(reports: list[_Report]) -> list[dict[str, Any]]:
    """Each person once, by the fullest name most reports use; a side's state or collective
    only when no person of it is named, a title only when nothing else is."""
    if len(reports) == 1:
        chosen = _merged_participants(((reports[0].participants, 1),))
    else:
        uses = Counter(r.participants for r in reports)
        chosen = _merged_participants(tuple(sorted(uses.items(), key=repr)))
    return [dict(zip(_PARTICIPANT_FIELDS, participant, strict=True)) for participant in chosen]


@lru_cache(maxsize=1 << 14)
def _merged_participants(
    uses: tuple[tuple[tuple[Participant, ...], int], ...],
) -> tuple[Participant, ...]:
    """`_participants_of` for each participant list with the number of reports that give it
    (cached: most encounters have one report, and the same people meet again and again)."""
    by_key: dict[tuple[str, str], Counter[Participant]] = defaultdict(Counter)
    person_of = _people_by_fullest_key(uses)
    for participants, reports in uses:
        for participant in participants:
            name, kind, _title, country, _role, _mention = participant
            side = _side(name, kind, country) or "~"
            person = _named_person(name) if kind == "person" else None
            if person is not None:
                by_key[(side, "1 person " + person_of[(side, person)])][participant] += reports
            elif kind == "person":
                by_key[(side, "3 title")][participant] += reports
            else:
                by_key[(side, "2 " + kind + " " + name.casefold())][participant] += reports
    best: dict[str, list[tuple[str, Participant]]] = defaultdict(list)
    for (side, what), spellings in sorted(by_key.items()):
        best[side].append((what[0], _fullest(spellings)))
    out: list[Participant] = []
    for side in sorted(best):
        entries = best[side]
        first = min(level for level, _ in entries)
        out.extend(participant for level, participant in entries if level == first)
    return tuple(out)


def _people_by_fullest_key(
    uses: tuple[tuple[tuple[Participant, ...], int], ...],
) -> dict[tuple[str, str], str]:
    """(side, person key) -> the key its person is merged under: names whose first names agree
    are one person ('marsk/liz', 'marsk/elizabeth'), and a surname alone ('marsk') goes with the
    one first-named person of that family on its side; beside two of them ('marsk/ulla',
    'marsk/ivo') it cannot say which and stays apart."""
    keys: set[tuple[str, str]] = set()
    for participants, _reports in uses:
        for name, kind, _title, country, _role, _mention in participants:
            person = _named_person(name) if kind == "person" else None
            if person is not None:
                keys.add((_side(name, kind, country) or "~", person))
    groups: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for side, key in sorted(keys):
        if "/" in key:
            family = groups[(side, key_family(key))]
            group = next((g for g in family if all(same_person_key(key, k) for k in g)), None)
            if group is None:
                family.append([key])
            else:
                group.append(key)
    out = {}
    for side, key in keys:
        family = groups.get((side, key_family(key)), [])
        group = next((g for g in family if key in g), None)
        if group is None and len(family) == 1:
            group = family[0]  # a surname alone beside one named person of its family
        out[(side, key)] = group[0] if group is not None else key
    return out


def _fullest(spellings: Counter[Participant]) -> Participant:
    """Of one actor's spellings, a name of two words or more, the most used, then the longest."""
    return min(
        spellings.items(),
        key=lambda item: (
            len(item[0][0].split()) < 2,
            -item[1],
            -len(item[0][0]),
            tuple(str(v) for v in item[0]),
        ),
    )[0]


def _type(reports: list[_Report]) -> str:
    if len(reports) == 1:
        return reports[0].type
    votes = Counter(r.type for r in reports)
    return min(votes, key=lambda t: (-votes[t], _TYPE_ORDER.index(t)))


def _codes_of(reports: list[_Report], event_type: str) -> dict[str, Any]:
    if len(reports) == 1:
        return dict(reports[0].codes)
    votes = Counter(r.codes for r in reports if r.type == event_type)
    return dict(min(votes.items(), key=lambda item: (-item[1], str(item[0])))[0])


def _topics(reports: list[_Report]) -> list[str]:
    if len(reports) == 1:
        return sorted(set(reports[0].topics))
    votes = Counter(topic for r in reports for topic in dict.fromkeys(r.topics))
    return sorted(votes, key=lambda t: (-votes[t], t))


def _occasion(reports: list[_Report]) -> str | None:
    if len(reports) == 1:
        return reports[0].occasion
    votes = Counter(r.occasion for r in reports if r.occasion)
    return min(votes, key=lambda o: (-votes[o], o)) if votes else None


def _conflicts(reports: list[_Report]) -> list[dict[str, Any]]:
    """The slots the reports disagree on, with the values they give."""
    if len(reports) == 1:
        return []
    conflicts = []
    types = sorted({r.type for r in reports}, key=_TYPE_ORDER.index)
    if len(types) > 1:
        conflicts.append({"slot": "type", "values": types})
    statuses = sorted({r.status for r in reports})
    if any(s in HELD for s in statuses) and any(s in CALLED_OFF for s in statuses):
        conflicts.append({"slot": "status", "values": statuses})
    states: dict[str, str] = {}
    for report in sorted(reports, key=_Report.source_order):
        place = dict(report.location) if report.location is not None else None
        if place is not None and place["country"] is not None:
            states.setdefault(place["country"], place["name"])
    if len(states) > 1:
        conflicts.append({"slot": "location", "values": [states[s] for s in sorted(states)]})
    days = sorted({(r.start, r.end) for r in reports if r.rank == 0})
    if days and max(start for start, _ in days) > min(end for _, end in days):
        values = [_day(s) if s == e else f"{_day(s)}/{_day(e)}" for s, e in days]
        conflicts.append({"slot": "date", "values": values})
    return conflicts


def _source(report: _Report) -> dict[str, Any]:
    return {
        "doc_id": report.doc_id,
        "event_id": report.event_id,
        "status": report.status,
        "date": _span(report.start, report.end, report.precision),
        "reference": _day(report.reference),
    }


def encounter_id(doc_id: str, event_id: str) -> str:
    """The id of the encounter whose first report is this one: other encounters never change it."""
    return hashlib.sha256(f"{doc_id}\x1f{event_id}".encode()).hexdigest()[:16]


def _merged(reports: list[_Report]) -> dict[str, Any]:
    """One encounter record, JSON-ready, keys in `schema.Encounter` order."""
    reports = sorted(reports, key=_Report.source_order)
    event_type = _type(reports)
    references = [r.reference for r in reports if r.reference is not None]
    return {
        "schema_version": SCHEMA_VERSION,
        "encounter_id": encounter_id(reports[0].doc_id, reports[0].event_id),
        "type": event_type,
        "status": _status(reports),
        "participants": _participants_of(reports),
        "location": _merged_location(reports),
        "occasion": _occasion(reports),
        "date": _date(reports),
        "topics": _topics(reports),
        "codes": _codes_of(reports, event_type),
        "sources": [_source(r) for r in reports],
        "reports": len(reports),
        "first_reported": _day(min(references)) if references else None,
        "last_reported": _day(max(references)) if references else None,
        "conflicts": _conflicts(reports),
    }


# --------------------------------------------------------------------------- the front ends


class Clusterer:
    """Collects event records (`add`), then gives the encounters (`encounter_records`).

    Records are kept compactly; a record that is not a usable event record is reported (an
    `InputError` naming where it came from) and left out; so is a second record with the same
    doc_id and event_id.
    """

    def __init__(self, on_error: Callable[[InputError], None]) -> None:
        self._on_error = on_error
        self._reports: list[_Report] = []
        # event_id -> where its report is in _reports; (doc_id, event_id) for an event_id that
        # two documents use. Ids only: a million records must not each keep a key of their own.
        self._seen: dict[str | tuple[str, str], int] | None = {}  # None: to be rebuilt
        self._interned: dict[Any, Any] = {}

    def _intern(self, value: Any) -> Any:
        return self._interned.setdefault(value, value)

    def add(self, value: object, *, path: str, line: int | None = None) -> None:
        """Take one record (a parsed JSON object, or an `Event`)."""
        if isinstance(value, BaseModel):
            value = value.model_dump(mode="json")
        try:
            if not isinstance(value, dict):
                raise _Bad("not a JSON object")
            report = _Report(value, self._intern)
        except _Bad as problem:
            self._on_error(InputError(path, f"not an event record: {problem}", _FIX, line=line))
            return
        if self._seen is None:
            self._seen = {}
            for number, known in enumerate(self._reports):
                self._remember(known, number)
        at = self._seen.get(report.event_id)
        key: str | tuple[str, str] = report.event_id
        if at is not None and self._reports[at].doc_id != report.doc_id:
            key = (report.doc_id, report.event_id)
            at = self._seen.get(key)
        if at is None:
            self._remember(report, len(self._reports))
            self._reports.append(report)
            return
        self._on_error(
            InputError(
                path,
                f'a second record with event_id {report.event_id} of "{report.doc_id}"; one is '
                "kept, the same whatever the input order",
                "give each record once",
                warning=True,
                line=line,
            )
        )
        if report.content() < self._reports[at].content():
            self._reports[at] = report

    def _remember(self, report: _Report, number: int) -> None:
        assert self._seen is not None
        if self._seen.setdefault(report.event_id, number) != number:
            self._seen[(report.doc_id, report.event_id)] = number

    def __len__(self) -> int:
        return len(self._reports)

    def encounter_records(self) -> Iterator[dict[str, Any]]:
        """The encounters as JSON-ready dicts, ordered by their first report."""
        self._seen = None  # its memory is the encounters' now; a later `add` rebuilds it
        self._place_in_time()
        groups: dict[tuple[tuple[str, ...], str], list[_Report]] = defaultdict(list)
        for report in self._reports:
            groups[(_group_sides(report), _type_class(report.type))].append(report)
        firsts = []
        for key in sorted(groups):
            for found in _group(groups.pop(key)):
                first = min(found.reports, key=_Report.source_order)
                firsts.append((first.source_order(), found.reports))
        firsts.sort(key=lambda item: item[0])
        for _order, reports in firsts:
            yield _merged(reports)

    def _place_in_time(self) -> None:
        """Give records without a reference date their document's, or their URL's."""
        by_doc: dict[str, int] = {}
        for report in self._reports:
            if report.reference is not None:
                known = by_doc.get(report.doc_id)
                if known is None or report.reference < known:
                    by_doc[report.doc_id] = report.reference
        for report in self._reports:
            if report.reference is None:
                report.reference = by_doc.get(report.doc_id, report.url_date)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector: records and encounters make no reference cycles, and its
    passes over the millions of small objects a large input is kept as took half of the time
    (100,000 records: 8.6 s of CPU with it, 4.7 s without). Memory is still freed as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def encounters_of_lines(
    lines: Iterable[JsonLine], *, on_error: Callable[[InputError], None]
) -> Iterator[dict[str, Any]]:
    """The encounters of parsed JSON Lines (`io.readers.iter_json_lines`), as JSON-ready dicts."""
    with _cyclic_gc_paused():
        clusterer = Clusterer(on_error)
        for line in lines:
            clusterer.add(line.value, path=line.path, line=line.line)
        yield from clusterer.encounter_records()


def _raise(problem: InputError) -> None:
    raise problem


def cluster(
    records: Iterable[Any], *, on_error: Callable[[InputError], None] | None = None
) -> Iterator[Encounter]:
    """Encounters across documents from event records (`Event`s or their JSON objects).

    The result does not depend on the order of `records`. A record that is not an event record
    raises `InputError` (named `record N`, counted from 1), unless `on_error` takes it.
    """
    with _cyclic_gc_paused():
        clusterer = Clusterer(on_error or _raise)
        for number, record in enumerate(records, start=1):
            clusterer.add(record, path=f"record {number}")
        for encounter in clusterer.encounter_records():
            yield Encounter.model_validate(encounter)
