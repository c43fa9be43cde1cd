"""`diplo cluster`: event records of invented people and states merged across documents.

Norlandia (NRL) and Vostrelia (VST) are invented; so are their leaders Ulla Marsk and Teo Varro.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from diplo_extract import cluster
from diplo_extract.cli import app
from diplo_extract.errors import InputError
from diplo_extract.schema import Encounter
from tests.conftest import ROOT

runner = CliRunner()

MARSK = ("Ulla Marsk", "person", "NRL")
VARRO = ("Teo Varro", "person", "VST")


def person(name: str, kind: str, country: str | None) -> dict[str, Any]:
    return {"name": name, "kind": kind, "title": None, "country": country, "role": None,
            "mention": name}  # fmt: skip


def record(
    doc: str,
    *,
    status: str = "occurred",
    type: str = "meeting",
    people: tuple[tuple[str, str, str | None], ...] = (MARSK, VARRO),
    day: str | None = None,
    end: str | None = None,
    precision: str = "day",
    reference: str | None = None,
    place: tuple[str, str, str] | None = None,
    event: str = "e1",
    url: str | None = None,
) -> dict[str, Any]:
    """An event record as `diplo extract` writes it, with what clustering reads."""
    date = None
    if day is not None or reference is not None:
        date = {"mention": "x", "start": day, "end": end or day,
                "precision": precision if day else None, "reference": reference,
                "reference_source": "published"}  # fmt: skip
    location = None
    if place is not None:
        name, kind, country = place
        location = {"name": name, "kind": kind, "country": country, "lat": None, "lon": None,
                    "geonames_id": None, "mention": name}  # fmt: skip
    return {
        "schema_version": "1.0", "event_id": event, "doc_id": doc, "source": None, "url": url,
        "type": type, "status": status, "participants": [person(*p) for p in people],
        "location": location, "occasion": None, "date": date, "topics": ["trade"],
        "codes": {"cameo": "041" if type == "call" else "040", "plover": "CONSULT",
                  "plover_mode": None},
        "confidence": 0.8, "mentions": 1, "evidence": [{"text": "x", "start": 0, "end": 1}],
    }  # fmt: skip


def encounters(*records: dict[str, Any]) -> list[Encounter]:
    return list(cluster(records))


def docs(found: list[Encounter]) -> list[list[str]]:
    return sorted(sorted(s.doc_id for s in e.sources) for e in found)


def lines(found: list[Encounter]) -> str:
    return "".join(e.model_dump_json() + "\n" for e in found)


# --------------------------------------------------------------------------- the decision rules


def test_a_planned_report_then_the_held_one_are_one_encounter_held():
    (found,) = encounters(
        record("readout", day="2025-03-04", reference="2025-03-04"),
        record("announcement", status="planned", day="2025-03-04", reference="2025-02-20"),
    )
    assert found.status == "occurred"
    assert [s.doc_id for s in found.sources] == ["announcement", "readout"]
    assert [s.status for s in found.sources] == ["planned", "occurred"]
    assert (str(found.first_reported), str(found.last_reported)) == ("2025-02-20", "2025-03-04")
    assert found.reports == 2


def test_an_undated_plan_joins_the_nearest_later_encounter_within_the_window():
    found = encounters(
        record("plan", status="planned", reference="2025-02-01"),
        record("held-1", day="2025-03-10", reference="2025-03-10"),
        record("held-2", day="2025-05-20", reference="2025-05-20"),
    )
    assert docs(found) == [["held-1", "plan"], ["held-2"]]
    too_early = encounters(
        record("plan", status="planned", reference="2025-01-01"),
        record("held", day="2025-05-20", reference="2025-05-20"),
    )
    assert docs(too_early) == [["held"], ["plan"]]


def test_a_held_report_then_a_later_one_with_a_finer_date():
    (found,) = encounters(
        record("first", day=None, reference="2025-06-03"),
        record("later", day="2025-06-02", reference="2025-06-09"),
    )
    assert found.date is not None
    assert (str(found.date.start), found.date.precision) == ("2025-06-02", "day")
    assert found.status == "occurred"


def test_two_calls_of_the_same_leaders_a_month_apart_stay_two():
    found = encounters(
        record("call-1", type="call", day="2025-04-01", reference="2025-04-01"),
        record("call-2", type="call", day="2025-05-01", reference="2025-05-01"),
        record("call-2-undated", type="call", reference="2025-05-01", event="e2"),
    )
    assert docs(found) == [["call-1"], ["call-2", "call-2-undated"]]


def test_calls_on_two_days_are_two_calls_but_a_visit_spans_days():
    calls = encounters(
        record("a", type="call", day="2025-04-01", reference="2025-04-01"),
        record("b", type="call", day="2025-04-02", reference="2025-04-02"),
    )
    assert len(calls) == 2
    (visit,) = encounters(
        record("a", type="visit", day="2025-04-01", reference="2025-03-20"),
        record("b", day="2025-04-02", reference="2025-04-02"),
    )
    assert visit.type == "visit"  # ties between types go to the more specific one


def test_a_call_never_joins_a_visit():
    found = encounters(
        record("visit", type="visit", day="2025-04-01", reference="2025-04-01"),
        record("call", type="call", day="2025-04-01", reference="2025-04-01"),
    )
    assert len(found) == 2


def test_a_postponement_wins_over_the_earlier_plan():
    (found,) = encounters(
        record("plan", status="planned", day="2025-07-10", reference="2025-06-20"),
        record("postponed", status="postponed", reference="2025-07-01"),
    )
    assert found.status == "postponed"
    assert found.conflicts == []


def test_held_beats_a_later_plan_and_a_cancellation_is_a_conflict():
    (found,) = encounters(
        record("held", day="2025-07-10", reference="2025-07-10"),
        record("cancelled", status="cancelled", day="2025-07-10", reference="2025-07-12"),
    )
    assert found.status == "occurred"
    assert [c.model_dump() for c in found.conflicts] == [
        {"slot": "status", "values": ["cancelled", "occurred"]}
    ]


def test_a_title_only_report_joins_its_named_encounter():
    people = (("the Prime Minister", "person", "NRL"), VARRO)
    (found,) = encounters(
        record("named", day="2025-09-01", reference="2025-09-01"),
        record("titled", people=people, reference="2025-09-02"),
    )
    assert [p.name for p in found.participants] == ["Ulla Marsk", "Teo Varro"]


def test_a_state_stands_for_its_leader_and_full_names_are_preferred():
    (found,) = encounters(
        record("short", people=(("Marsk", "person", "NRL"), VARRO), day="2025-09-01",
               reference="2025-09-01"),
        record("state", people=(("Norlandia", "country", "NRL"), VARRO), reference="2025-09-01"),
        record("full", day="2025-09-01", reference="2025-09-02"),
    )  # fmt: skip
    assert [p.name for p in found.participants] == ["Ulla Marsk", "Teo Varro"]


def test_another_person_of_the_same_state_is_another_encounter():
    deputy = (("Ida Brenn", "person", "NRL"), VARRO)
    found = encounters(
        record("leader", day="2025-09-01", reference="2025-09-01"),
        record("deputy", people=deputy, day="2025-09-01", reference="2025-09-01"),
    )
    assert len(found) == 2


def test_two_people_of_one_family_are_two_encounters_and_the_surname_alone_joins_either():
    spouse = (("Ivo Marsk", "person", "NRL"), VARRO)
    found = encounters(
        record("leader", day="2025-09-01", reference="2025-09-01"),
        record("spouse", people=spouse, day="2025-09-01", reference="2025-09-01"),
    )
    assert docs(found) == [["leader"], ["spouse"]]
    (found,) = encounters(
        record("short", people=(("Marsk", "person", "NRL"), VARRO), day="2025-09-01",
               reference="2025-09-01"),
        record("spouse", people=spouse, day="2025-09-01", reference="2025-09-02"),
    )  # fmt: skip
    assert [p.name for p in found.participants] == ["Ivo Marsk", "Teo Varro"]


COUNCIL = ("Northern Council leaders", "group", None)


def test_a_collective_beside_the_two_states_is_the_setting_of_their_meeting():
    (found,) = encounters(
        record("plan", status="planned", people=(MARSK, COUNCIL, VARRO), day="2025-07-07",
               end="2025-07-13", precision="week", reference="2025-07-07"),
        record("readout", day="2025-07-10", reference="2025-07-10"),
    )  # fmt: skip
    assert found.status == "occurred"
    assert [s.doc_id for s in found.sources] == ["plan", "readout"]


def test_at_a_summit_the_collective_is_a_side_and_a_lone_partner_keeps_it():
    summit = encounters(
        record("summit", type="summit", people=(MARSK, COUNCIL, VARRO), day="2025-07-10",
               reference="2025-07-10"),
        record("readout", day="2025-07-10", reference="2025-07-10"),
    )  # fmt: skip
    assert docs(summit) == [["readout"], ["summit"]]
    alone = encounters(
        record("council", people=(MARSK, COUNCIL), day="2025-07-10", reference="2025-07-10"),
        record("readout", people=(MARSK,), day="2025-07-10", reference="2025-07-10"),
    )
    assert docs(alone) == [["council"], ["readout"]]


def test_two_meetings_in_a_collectives_setting_a_year_apart_stay_two():
    found = encounters(
        record("2025", people=(MARSK, COUNCIL, VARRO), day="2025-07-10", reference="2025-07-10"),
        record("2026", day="2026-07-09", reference="2026-07-09"),
    )
    assert docs(found) == [["2025"], ["2026"]]


def test_cities_in_two_states_are_two_encounters():
    found = encounters(
        record("a", day="2025-09-01", reference="2025-09-01", place=("Ostrava", "city", "NRL")),
        record("b", day="2025-09-01", reference="2025-09-01", place=("Velk", "city", "VST")),
    )
    assert len(found) == 2


def test_an_invitation_to_the_other_state_is_the_return_visit_not_the_meeting():
    def readout() -> dict[str, Any]:
        return record("readout", day="2025-09-01", reference="2025-09-01",
                      place=("Ostrava", "city", "NRL"))  # fmt: skip

    found = encounters(
        readout(),
        record("joint", type="visit", status="invited", reference="2025-09-01",
               place=("Vostrelia", "country", "VST")),
    )  # fmt: skip
    assert docs(found) == [["joint"], ["readout"]]
    (same_state,) = encounters(
        readout(),
        record("joint", type="visit", status="invited", reference="2025-09-01",
               place=("Norlandia", "country", "NRL")),
    )  # fmt: skip
    assert same_state.status == "occurred"
    (trip,) = encounters(
        readout(),
        record("trip", type="visit", status="planned", day="2025-09-01",
               reference="2025-08-20", place=("Vostrelia", "country", "VST")),
    )  # fmt: skip
    assert [s.doc_id for s in trip.sources] == ["trip", "readout"]


def test_an_undated_invitation_joins_the_visit_months_later_that_names_its_people():
    def invitation() -> dict[str, Any]:
        return record("invite", type="visit", status="invited", reference="2025-03-10",
                      place=("Norlandia", "country", "NRL"))  # fmt: skip

    def visit(doc: str, day: str) -> dict[str, Any]:
        return record(doc, type="visit", day=day, reference=day, place=("Ostrava", "city", "NRL"))

    found = encounters(
        invitation(),
        record("call", type="call", day="2025-03-10", reference="2025-03-10"),
        record("call", type="visit", status="postponed", day="2025-03-10",
               reference="2025-03-10", place=("Vostrelia", "country", "VST"), event="e2"),
        visit("visit", "2025-08-20"),
    )  # fmt: skip
    # Five months on, beyond 60 days; not the trip to the other state postponed that day.
    assert docs(found) == [["call"], ["call"], ["invite", "visit"]]
    states = (("Norlandia", "country", "NRL"), ("Vostrelia", "country", "VST"))
    states_only = record("ministers", day="2025-05-05", reference="2025-05-05", people=states)
    found = encounters(invitation(), states_only, visit("visit", "2025-08-20"))
    assert docs(found) == [["invite", "visit"], ["ministers"]]  # not the nearer states' meeting
    too_late = encounters(invitation(), visit("visit", "2026-05-20"))
    assert docs(too_late) == [["invite"], ["visit"]]  # over a year on: another visit


def test_a_conflict_is_kept_in_conflicts():
    (found,) = encounters(
        record("a", type="visit", day="2025-09-01", reference="2025-09-01",
               place=("Norlandia", "country", "NRL")),
        record("b", day="2025-09-02", reference="2025-09-02",
               place=("Velk", "city", "VST")),
    )  # fmt: skip
    conflicts = {c.slot: c.values for c in found.conflicts}
    assert conflicts == {
        "type": ["visit", "meeting"],
        "location": ["Norlandia", "Velk"],
        "date": ["2025-09-01", "2025-09-02"],
    }
    assert found.location is not None and found.location.name == "Velk"  # the most specific


def test_an_undated_record_takes_its_documents_reference_or_its_urls_date():
    placed = encounters(
        record("doc", day="2025-09-01", reference="2025-09-01", event="e1",
               people=(MARSK, ("Ida Brenn", "person", "NRL"))),
        record("doc", event="e2"),
        record("web", event="e3", url="https://news.example/2025/09/02/marsk-varro/"),
        record("lost", event="e4"),
    )  # fmt: skip
    by_doc = {s.doc_id: s for e in placed for s in e.sources}
    assert str(by_doc["web"].reference) == "2025-09-02"
    assert str(by_doc["doc"].reference) == "2025-09-01"
    assert by_doc["lost"].reference is None
    assert docs(placed) == [["doc"], ["doc", "web"], ["lost"]]


# --------------------------------------------------------------------------- determinism and ids


def _corpus() -> list[dict[str, Any]]:
    return [
        record("a", status="planned", day="2025-03-04", reference="2025-02-20"),
        record("b", day="2025-03-04", reference="2025-03-04"),
        record("c", type="call", day="2025-04-01", reference="2025-04-01"),
        record("d", type="call", day="2025-05-01", reference="2025-05-01"),
        record("e", status="planned", reference="2025-04-20", event="e1"),
        record("e", type="visit", day="2025-05-03", reference="2025-04-20", event="e2",
               place=("Velk", "city", "VST")),
        record("f", people=(("Norlandia", "country", "NRL"), VARRO), reference="2025-05-04"),
    ]  # fmt: skip


def test_shuffled_input_gives_byte_identical_output():
    corpus = _corpus()
    expected = lines(encounters(*corpus))
    for seed in range(5):
        shuffled = corpus[:]
        random.Random(seed).shuffle(shuffled)
        assert lines(encounters(*shuffled)) == expected


def test_two_records_with_one_id_keep_the_same_one_whatever_the_order():
    one = record("x", day="2025-03-04", reference="2025-03-04")
    other = record("x", day="2025-03-04", reference="2025-03-04", place=("Velk", "city", "VST"))
    problems: list[InputError] = []
    a = lines(list(cluster([one, other], on_error=problems.append)))
    b = lines(list(cluster([other, one], on_error=problems.append)))
    assert a == b
    assert len(problems) == 2 and all(p.is_warning for p in problems)


def test_adding_unrelated_records_keeps_the_ids():
    before = {tuple(sorted(s.doc_id for s in e.sources)): e.encounter_id
              for e in encounters(*_corpus())}  # fmt: skip
    unrelated = [
        record("z1", people=(("Ida Brenn", "person", "NRL"), ("Oskar Lind", "person", "KVR"))),
        record("z2", type="call", day="2025-04-15", reference="2025-04-15"),
    ]
    after = {tuple(sorted(s.doc_id for s in e.sources)): e.encounter_id
             for e in encounters(*_corpus(), *unrelated)}  # fmt: skip
    assert {k: after[k] for k in before} == before
    assert len(set(after.values())) == len(after)


def test_a_bad_record_raises_or_goes_to_on_error():
    bad = record("x")
    del bad["participants"]
    with pytest.raises(InputError, match=r"record 2: not an event record: \"participants\""):
        encounters(record("ok"), bad)
    problems: list[InputError] = []
    assert len(list(cluster([record("ok"), bad], on_error=problems.append))) == 1
    assert [p.where for p in problems] == ["record 2"]


def test_the_exported_encounter_schema_matches_the_model():
    exported = json.loads((ROOT / "examples" / "encounter.schema.json").read_text("utf-8"))
    assert exported == Encounter.model_json_schema(), (
        "examples/encounter.schema.json is stale: regenerate it with "
        "`diplo schema --encounter > examples/encounter.schema.json` and review the diff"
    )


# --------------------------------------------------------------------------- the command


def _write(path: Path, records: list[dict[str, Any]], *, extra: str = "") -> Path:
    text = "".join(json.dumps(r) + "\n" for r in records) + extra
    if path.suffix == ".gz":
        path.write_bytes(gzip.compress(text.encode()))
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_the_command_reads_stdin_and_writes_one_valid_line_per_encounter():
    text = "".join(json.dumps(r) + "\n" for r in _corpus())
    result = runner.invoke(app, ["cluster"], input=text)
    assert result.exit_code == 0, result.output
    out = [Encounter.model_validate_json(line) for line in result.stdout.splitlines()]
    assert lines(out) == lines(encounters(*_corpus()))


def test_the_command_skips_a_malformed_line_and_names_it(tmp_path):
    bad = record("bad")
    bad["type"] = "lunch"
    events = _write(tmp_path / "events.jsonl.gz", [*_corpus(), bad], extra="{not json\n")
    out = tmp_path / "enc.jsonl"
    result = runner.invoke(app, ["cluster", str(events), "-o", str(out)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert f"{events}:8: not an event record: \"type\" is 'lunch'" in errors[0]
    assert f"{events}:9: not valid JSON" in errors[1]
    assert out.read_text("utf-8") == lines(encounters(*_corpus()))


def test_the_command_fails_on_an_empty_or_missing_input(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["cluster", str(empty)])
    assert result.exit_code == 1
    assert "empty file" in result.stderr
    missing = runner.invoke(app, ["cluster", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 1
    assert "no such file" in missing.stderr


def test_schema_prints_the_encounter_schema():
    result = runner.invoke(app, ["schema", "--encounter"])
    assert json.loads(result.output) == Encounter.model_json_schema()


def test_one_event_id_in_two_documents_is_two_reports_and_a_repeat_is_caught_later():
    from diplo_extract.clustering import Clusterer

    problems: list[InputError] = []
    clusterer = Clusterer(problems.append)
    clusterer.add(record("a", day="2025-03-04", reference="2025-03-04"), path="f", line=1)
    clusterer.add(record("b", day="2025-03-04", reference="2025-03-04"), path="f", line=2)
    assert [e["reports"] for e in clusterer.encounter_records()] == [2]
    clusterer.add(record("b", day="2025-03-04", reference="2025-03-04"), path="f", line=3)
    assert [p.where for p in problems] == ["f:3"]
    assert len(clusterer) == 2
