"""The public contract (docs/event-record.md) as Pydantic models.

This module imports nothing from the package: it is the one place the record shape is defined.
`diplo schema` prints `Event.model_json_schema()`; examples/event.schema.json is a copy of it
that a test keeps from drifting.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

EventType = Literal["meeting", "talks", "summit", "visit", "call"]
Status = Literal[
    "occurred",
    "ongoing",
    "planned",
    "invited",
    "proposed",
    "postponed",
    "cancelled",
    "hypothetical",
]
ActorKind = Literal["person", "country", "group", "organization"]
Role = Literal["visitor", "host"]
PlaceKind = Literal["venue", "city", "region", "country"]
Precision = Literal["day", "week", "month", "year"]
ReferenceSource = Literal["published", "text", "option"]

ISO3 = r"^[A-Z]{3}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(_Strict):
    """One input article, whatever file or stream it came from."""

    id: str = Field(description="document id: from the input record, or derived from the path")
    text: str
    title: str | None = None
    published: dt.date | None = Field(default=None, description="publication date, if known")
    url: str | None = None
    source: str | None = Field(default=None, description="the file (or stream) it was read from")


class Participant(_Strict):
    name: str = Field(description="full name as the text spells it, titles stripped")
    kind: ActorKind
    title: str | None = Field(default=None, description="e.g. President, Foreign Minister")
    country: str | None = Field(
        default=None, pattern=ISO3, description="ISO 3166-1 alpha-3 of the state represented"
    )
    role: Role | None = Field(default=None, description="visitor or host, for visits")
    mention: str = Field(description="the words of the text that name the actor")


class Location(_Strict):
    name: str
    kind: PlaceKind | None = None
    country: str | None = Field(default=None, pattern=ISO3)
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    mention: str


class DateSpan(_Strict):
    mention: str | None = Field(description="the date as written")
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision | None = None
    reference: dt.date | None = Field(
        default=None, description="the anchor date used to resolve it"
    )
    reference_source: ReferenceSource | None = Field(
        default=None,
        description="where the anchor came from: the record's published date, the text's own "
        "dateline or publication line, or --reference-date",
    )


class Codes(_Strict):
    cameo: str = Field(pattern=r"^0\d\d$")
    plover: Literal["CONSULT"] = "CONSULT"
    plover_mode: str | None = None


class Evidence(_Strict):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Event(_Strict):
    """One diplomatic encounter reported by one document."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    event_id: str = Field(description="stable id: same input, same id")
    doc_id: str
    source: str | None = None
    url: str | None = Field(
        default=None,
        description="the article's URL: the input record's url, or an HTML page's canonical URL",
    )
    type: EventType
    status: Status
    participants: list[Participant] = Field(min_length=1)
    location: Location | None = None
    occasion: str | None = Field(default=None, description="the larger gathering it happens at")
    date: DateSpan | None = Field(default=None, description="null when the text gives no time")
    topics: list[str] = Field(default_factory=list)
    codes: Codes
    confidence: float = Field(ge=0.0, le=1.0)
    mentions: int = Field(ge=1, description="sentences of the document that speak of it")
    evidence: list[Evidence] = Field(min_length=1)


# --------------------------------------------------------------------------- encounters
# `diplo cluster`: one record per real-world encounter, merged from the reports (event records)
# of every document that speaks of it.

ConflictSlot = Literal["type", "status", "location", "date"]


class EncounterDate(_Strict):
    """A date span without its wording: the encounter's, or one report's."""

    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision | None = None


class Source(_Strict):
    """One report of an encounter: an event record of one document."""

    doc_id: str
    event_id: str
    status: Status = Field(description="the encounter's status as this report gives it")
    date: EncounterDate | None = Field(description="the encounter's date as this report gives it")
    reference: dt.date | None = Field(
        description="when the report was published (its date's reference, or its document's)"
    )


class Conflict(_Strict):
    """A slot on which the reports disagree, with the values they give."""

    slot: ConflictSlot
    values: list[str] = Field(min_length=2)


class Encounter(_Strict):
    """One diplomatic encounter, merged from every report of it (`diplo cluster`)."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    encounter_id: str = Field(
        pattern=r"^[0-9a-f]{16}$", description="stable id: the hash of the encounter's first report"
    )
    type: EventType
    status: Status = Field(description="as the latest report gives it; held beats planned")
    participants: list[Participant] = Field(min_length=1)
    location: Location | None = None
    occasion: str | None = None
    date: EncounterDate | None = Field(description="the finest date the reports agree on")
    topics: list[str] = Field(default_factory=list)
    codes: Codes
    sources: list[Source] = Field(
        min_length=1, description="one per report, by reference date, then doc_id, event_id"
    )
    reports: int = Field(ge=1)
    first_reported: dt.date | None = None
    last_reported: dt.date | None = None
    conflicts: list[Conflict] = Field(default_factory=list)
