"""Scoring against a gold file: every rule of gold-format.md, on hand-built gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from diplo_extract.cli import app
from diplo_extract.errors import InputError
from diplo_extract.evaluate import (
    covered,
    date_agrees,
    enough_covered,
    format_report,
    is_acronym,
    load_gold,
    load_predictions,
    location_agrees,
    participant_covers,
    same_organization,
    same_person,
    score,
    status_agrees,
    type_agrees,
)
from diplo_extract.schema import Event

SEEDS_GOLD = Path(__file__).resolve().parents[1] / "docs" / "seeds.gold.jsonl"


# --------------------------------------------------------------------------- builders


def P(name: str, country: str | None = None, kind: str | None = "person") -> dict[str, Any]:
    part: dict[str, Any] = {"name": name, "country": country}
    if kind is not None:
        part["kind"] = kind
    return part


def gold_event(*parts: dict[str, Any], **fields: Any) -> dict[str, Any]:
    event = {
        "participants": list(parts),
        "type": "meeting",
        "status": "occurred",
        "location": None,
        "date": None,
        "optional": False,
        "date_optional": False,
        "note": "",
    }
    event.update(fields)
    return event


def gold_doc(doc_id: str, *events: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": doc_id,
        "published": "2024-05-06",
        "title": "t",
        "text": "t",
        "events": list(events),
    }


def prediction(doc_id: str, *parts: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A full Event record (as `diplo extract` writes it) with the given participants."""
    record: dict[str, Any] = {
        "event_id": f"{doc_id}-{len(parts)}",
        "doc_id": doc_id,
        "type": "meeting",
        "status": "occurred",
        "participants": [
            {
                "name": p["name"],
                "kind": p.get("kind") or "person",
                "country": p.get("country"),
                "mention": p["name"],
            }
            for p in parts
        ],
        "location": None,
        "date": None,
        "codes": {"cameo": "040"},
        "confidence": 0.5,
        "mentions": 1,
        "evidence": [{"text": "t", "start": 0, "end": 1}],
    }
    record.update(fields)
    return Event.model_validate(record).model_dump(mode="json")


def from_gold(doc_id: str, event: dict[str, Any]) -> dict[str, Any]:
    """The prediction a perfect extractor would make for one gold event."""
    loc = event["location"]
    date = event["date"]
    return prediction(
        doc_id,
        *event["participants"],
        type=event["type"],
        status=event["status"],
        location=None if loc is None else {**loc, "mention": loc["name"]},
        date=None if date is None else {**date, "mention": "as written"},
    )


def place(name: str, country: str | None) -> dict[str, Any]:
    return {"name": name, "country": country}


def span(start: str, end: str | None = None, precision: str = "day") -> dict[str, Any]:
    return {"start": start, "end": end or start, "precision": precision}


BIDEN, XI = P("Joe Biden", "USA"), P("Xi Jinping", "CHN")
MODI, LULA = P("Narendra Modi", "IND"), P("Luiz Inácio Lula da Silva", "BRA")


# --------------------------------------------------------------------------- participants


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Lula", "Luiz Inacio Lula da Silva", True),
        ("Luiz Inácio Lula da Silva", "Lula", True),
        ("Lula da Silva", "Luiz Inácio Lula", True),
        ("Xi", "Xi Jinping", True),
        ("Xi Jinping", "Xi", True),
        ("Yoon Suk -yeol", "Yoon Suk Yeol", True),
        ("Yoon Suk-yeol", "Yoon Sukyeol", True),
        ("Koizumi Junichiro", "Junichiro Koizumi", True),
        ("Koizumi Junichiro", "Shinjiro Koizumi", True),
        ("Rastislav Káčer", "KACER", True),
        ("Recep Tayyip Erdoğan", "Erdogan", True),
        ("Nguyễn Xuân Phúc", "Nguyen Xuan Phuc", True),
        ("Joe Biden", "Joseph R. Biden Jr.", True),
        ("Ferdinand Marcos Jr.", "Bongbong Marcos", True),
        ("Kim Jong Un", "Kim Yo Jong", False),
        ("Wang Yi", "Wang Wenbin", False),
        ("Donald Trump", "Donald Tusk", False),
        ("Joe Biden", "United States", False),
    ],
)
def test_same_person_shares_the_surname_either_way_round(a: str, b: str, expected: bool) -> None:
    assert same_person(a, b) is expected
    assert same_person(b, a) is expected


@pytest.mark.parametrize(
    ("acronym", "words", "expected"),
    [
        ("eu", ["european", "union"], True),
        ("asean", ["association", "southeast", "asian", "nations"], True),
        ("nato", ["north", "atlantic", "treaty", "organization"], True),
        ("ecowas", ["economic", "community", "west", "african", "states"], True),
        ("au", ["european", "union"], False),
        ("ue", ["european", "union"], False),
        ("e", ["european", "union"], False),
    ],
)
def test_is_acronym_from_initials(acronym: str, words: list[str], expected: bool) -> None:
    assert is_acronym(acronym, words) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("EU", "European Union", True),
        ("the EU", "European Union", True),
        ("ASEAN", "Association of Southeast Asian Nations", True),
        ("OSCE", "Organization for Security and Co-operation in Europe", True),
        ("UN General Assembly", "United Nations General Assembly", True),
        ("Arab League", "an Arab League delegation", True),
        ("NATO", "nato", True),
        ("African Union", "European Union", False),
        ("UN", "European Union", False),
        ("NATO", "ASEAN", False),
        ("EU", "Europe", False),
    ],
)
def test_same_organization_by_words_and_acronyms(a: str, b: str, expected: bool) -> None:
    assert same_organization(a, b) is expected
    assert same_organization(b, a) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        # a person: by surname only, never by country alone
        (P("Antony Blinken", "USA"), P("Blinken", None), True),
        (P("Antony Blinken", "USA"), P("United States", "USA", "country"), False),
        (P("Antony Blinken", "USA"), P("Lloyd Austin", "USA"), False),
        # a country or group: by country code, whatever the predicted kind
        (P("Türkiye", "TUR", "country"), P("Recep Tayyip Erdogan", "TUR"), True),
        (P("Türkiye", "TUR", "country"), P("Turkey", "TUR", "country"), True),
        (P("U.S. officials", "USA", "group"), P("Washington", "USA", "country"), True),
        (P("U.S. officials", "USA", "group"), P("Russian officials", "RUS", "group"), False),
        (P("U.S. officials", "USA", "group"), P("U.S. officials", None, "group"), False),
        # an organisation (country null): by name
        (P("EU", None, "organization"), P("European Union", None, "organization"), True),
        (P("ASEAN leaders", None, "group"), P("ASEAN", None, "organization"), True),
        (P("NATO", None, "organization"), P("United Nations", None, "organization"), False),
        # kind missing: surname, or country, or organisation name
        (P("Lula", "BRA", None), P("Luiz Inacio Lula da Silva", None), True),
        (P("Lula", "BRA", None), P("Brazil", "BRA", "country"), True),
        (P("EU", None, None), P("European Union", None, "organization"), True),
        (P("Lula", "BRA", None), P("Javier Milei", "ARG"), False),
    ],
)
def test_participant_covers(gold: dict[str, Any], pred: dict[str, Any], expected: bool) -> None:
    assert participant_covers(gold, pred) is expected


def test_each_predicted_participant_covers_one_gold_participant() -> None:
    gold = [P("Türkiye", "TUR", "country"), P("Recep Tayyip Erdogan", "TUR")]
    assert covered(gold, [P("Erdogan", "TUR")]) == 1
    # Erdogan could stand for either; the matching finds the assignment that covers both
    assert covered(gold, [P("Erdogan", "TUR"), P("Turkey", "TUR", "country")]) == 2
    officials = [P("U.S. officials", "USA", "group"), P("American delegation", "USA", "group")]
    assert covered(officials, [P("Marco Rubio", "USA")]) == 1


@pytest.mark.parametrize(
    ("n_gold", "enough"),
    [(1, 1), (2, 2), (3, 2), (4, 2), (5, 3), (6, 3)],
)
def test_enough_covered_is_min_two_and_half(n_gold: int, enough: int) -> None:
    assert enough_covered(enough, n_gold)
    assert not enough_covered(enough - 1, n_gold)


# --------------------------------------------------------------------------- event matching


FOUR = [P("Joe Biden", "USA"), P("Xi Jinping", "CHN"), P("Narendra Modi", "IND"), LULA]


@pytest.mark.parametrize(
    ("n_gold", "n_predicted", "tp"),
    [(1, 1, 1), (2, 1, 0), (2, 2, 1), (3, 1, 0), (3, 2, 1), (4, 1, 0), (4, 2, 1), (4, 3, 1)],
)
def test_event_match_threshold_end_to_end(n_gold: int, n_predicted: int, tp: int) -> None:
    gold = [gold_doc("d", gold_event(*FOUR[:n_gold]))]
    report = score(gold, [prediction("d", *FOUR[:n_predicted])])
    assert (report.tp, report.fp, report.fn) == (tp, 1 - tp, 1 - tp)


def test_a_single_participant_gold_event_needs_that_one() -> None:
    gold = [gold_doc("d", gold_event(P("Emmanuel Macron", "FRA")))]
    assert score(gold, [prediction("d", P("Macron", "FRA"), P("Scholz", "DEU"))]).tp == 1
    assert score(gold, [prediction("d", P("Scholz", "DEU"))]).tp == 0


def test_matching_is_one_to_one() -> None:
    gold = [gold_doc("d", gold_event(BIDEN, XI))]
    report = score(gold, [prediction("d", BIDEN, XI), prediction("d", XI, BIDEN)])
    assert (report.tp, report.fp, report.fn) == (1, 1, 0)
    assert [x.prediction_index for x in report.extras] == [1]


def test_best_coverage_first() -> None:
    gold = [gold_doc("d", gold_event(*FOUR), gold_event(BIDEN, XI))]
    # covers the first 2/4 and the second 2/2: it goes to the second
    report = score(gold, [prediction("d", BIDEN, XI)])
    assert [(m.gold_index, m.prediction_index) for m in report.matches] == [(1, 0)]
    assert [m.gold_index for m in report.misses] == [0]


def test_coverage_ties_go_to_the_better_slot_agreement() -> None:
    paris, rome = place("Paris", "FRA"), place("Rome", "ITA")
    gold = [
        gold_doc("d", gold_event(BIDEN, XI, location=paris), gold_event(BIDEN, XI, location=rome))
    ]
    preds = [
        prediction("d", BIDEN, XI, location={**rome, "mention": "Rome"}),
        prediction("d", BIDEN, XI, location={**paris, "mention": "Paris"}),
    ]
    report = score(gold, preds)
    assert sorted((m.gold_index, m.prediction_index) for m in report.matches) == [(0, 1), (1, 0)]
    assert report.slots["location"].correct == 2


def test_optional_gold_events_count_neither_way() -> None:
    gold = [gold_doc("d", gold_event(BIDEN, XI, optional=True), gold_event(MODI, LULA))]
    matched_optional = score(gold, [prediction("d", BIDEN, XI)])
    assert (matched_optional.tp, matched_optional.fp, matched_optional.fn) == (0, 0, 1)
    assert matched_optional.optional_matched == 1
    assert matched_optional.gold_required == 1 and matched_optional.gold_optional == 1
    assert matched_optional.slots["type"].total == 0  # slots only on matched required events

    required_only = score(gold, [prediction("d", MODI, LULA)])
    assert (required_only.tp, required_only.fp, required_only.fn) == (1, 0, 0)


def test_a_coverage_tie_prefers_the_required_event() -> None:
    # the optional visit envelope agrees on type; the required meeting still wins the prediction
    gold = [
        gold_doc(
            "d",
            gold_event(BIDEN, XI, type="visit", optional=True),
            gold_event(BIDEN, XI, type="meeting"),
        )
    ]
    report = score(gold, [prediction("d", BIDEN, XI, type="visit")])
    assert (report.tp, report.fp, report.fn) == (1, 0, 0)
    assert report.slots["type"].correct == 0
    assert [(e.slot, e.gold, e.predicted) for e in report.slot_errors] == [
        ("type", "meeting", "visit")
    ]


def test_documents_without_predictions_and_unscored_predictions() -> None:
    gold = [
        gold_doc("a", gold_event(BIDEN, XI), gold_event(MODI, LULA)),
        gold_doc("b", gold_event(BIDEN, MODI)),
        gold_doc("negative"),
    ]
    preds = [prediction("b", BIDEN, MODI), prediction("zzz", BIDEN, XI), prediction("y", XI, MODI)]
    report = score(gold, preds)
    assert (report.tp, report.fp, report.fn) == (1, 0, 2)
    assert [(m.doc_id, m.gold_index) for m in report.misses] == [("a", 0), ("a", 1)]
    assert report.unscored == 2 and report.unscored_docs == ["y", "zzz"]
    assert report.predicted == 1


def test_predictions_on_a_negative_document_are_false_positives() -> None:
    report = score([gold_doc("neg")], [prediction("neg", BIDEN, XI)])
    assert (report.tp, report.fp, report.fn) == (0, 1, 0)
    assert report.precision == 0.0 and report.recall is None and report.f1 == 0.0


def test_participant_scores_over_matched_required_events() -> None:
    gold = [
        gold_doc(
            "d",
            gold_event(BIDEN, XI, MODI),
            gold_event(P("Olaf Scholz", "DEU"), P("Fumio Kishida", "JPN"), optional=True),
        )
    ]
    preds = [
        prediction("d", BIDEN, XI, P("Anthony Albanese", "AUS"), P("Rishi Sunak", "GBR")),
        prediction("d", P("Scholz", "DEU"), P("Kishida", "JPN")),  # optional: not counted
        prediction("d", P("Pedro Sanchez", "ESP"), P("Giorgia Meloni", "ITA")),  # extra
    ]
    report = score(gold, preds)
    assert (report.participants_covered, report.participants_gold) == (2, 3)
    assert report.participants_predicted == 4
    assert report.participant_precision == 0.5
    assert report.participant_recall == pytest.approx(2 / 3)
    assert report.participant_f1 == pytest.approx(4 / 7)


# --------------------------------------------------------------------------- slots


def loc(name: str, country: str | None) -> dict[str, Any]:
    return {"name": name, "country": country, "mention": name}


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (None, None, True),
        (None, loc("Paris", "FRA"), False),
        (place("Caracas", "VEN"), None, False),
        (place("Miraflores Palace, Caracas", "VEN"), loc("Caracas", "VEN"), True),
        (place("Caracas", "VEN"), loc("Miraflores Palace, Caracas", "VEN"), True),
        (place("Brasília", "BRA"), loc("Brasilia", "BRA"), True),
        (place("Caracas", "VEN"), loc("Caracas", "COL"), False),
        (place("Bucharest", "ROU"), loc("Sofia", "ROU"), False),
        (place("the Gulf of Aden", None), loc("Gulf of Aden", None), True),
        (place("Viet Nam", "VNM"), loc("Vietnam", "VNM"), True),
        (
            place("Pyeongyang", "PRK"),
            {"name": "Pyongyang", "country": "PRK", "mention": "Pyeongyang"},
            True,
        ),
        (place("Pyeongyang", "PRK"), loc("Pyongyang", "PRK"), False),
    ],
)
def test_location(gold: dict[str, Any] | None, pred: dict[str, Any] | None, expected: bool) -> None:
    assert location_agrees(gold, pred) is expected


@pytest.mark.parametrize(
    ("gold", "date_optional", "pred_start", "expected"),
    [
        (None, False, None, True),
        (None, False, "2024-05-06", False),
        (span("2024-05-06"), False, "2024-05-06", True),
        (span("2024-05-06"), False, "2024-05-07", False),
        (span("2024-05-06"), False, None, False),
        (span("2024-05-06"), True, None, True),
        (span("2024-05-06"), True, "2024-05-07", False),
        (span("2024-05-13", "2024-05-19"), False, "2024-05-15", False),  # day wants the start
        (span("2024-05-13", "2024-05-19"), False, "2024-05-13", True),
        (span("2024-05-13", "2024-05-19", "week"), False, "2024-05-15", True),
        (span("2024-05-01", "2024-05-31", "month"), False, "2024-05-31", True),
        (span("2024-05-01", "2024-05-31", "month"), False, "2024-06-01", False),
        (span("2024-05-01", "2024-05-31", "month"), False, None, False),
        (span("2026-01-01", "2026-12-31", "year"), False, "2026-07-04", True),
        (span("2026-01-01", "2026-12-31", "year"), False, "2025-12-31", False),
        (span("2026-01-01", "2026-12-31", "year"), True, None, True),
    ],
)
def test_date(
    gold: dict[str, Any] | None, date_optional: bool, pred_start: str | None, expected: bool
) -> None:
    event = gold_event(BIDEN, date=gold, date_optional=date_optional)
    pred = {"mention": "on Monday", "start": pred_start, "end": pred_start, "precision": "day"}
    assert date_agrees(event, pred) is expected
    if pred_start is None:  # a null date and a date with a null start are the same answer
        assert date_agrees(event, None) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("planned", "planned", True),
        ("planned", "proposed", True),
        ("planned", "invited", False),
        ("planned", "occurred", False),
        ("invited", "invited", True),
        ("invited", "proposed", True),
        ("invited", "planned", True),
        ("invited", "occurred", False),
        ("occurred", "ongoing", True),
        ("occurred", "planned", False),
        ("cancelled", "postponed", True),
        ("cancelled", "occurred", False),
        ("hypothetical", "hypothetical", True),
        ("hypothetical", "proposed", False),
    ],
)
def test_status(gold: str, pred: str, expected: bool) -> None:
    assert status_agrees(gold, pred) is expected


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("meeting", "talks", True),
        ("talks", "summit", True),
        ("summit", "meeting", True),
        ("visit", "visit", True),
        ("call", "call", True),
        ("visit", "meeting", False),
        ("call", "meeting", False),
        ("meeting", "visit", False),
    ],
)
def test_type(gold: str, pred: str, expected: bool) -> None:
    assert type_agrees(gold, pred) is expected


def test_slots_are_counted_on_matched_required_events() -> None:
    gold = [
        gold_doc(
            "d",
            gold_event(
                BIDEN,
                XI,
                type="summit",
                status="planned",
                location=place("Woodside, California", "USA"),
                date=span("2023-11-15"),
            ),
            gold_event(MODI, LULA, type="call", status="occurred"),
        )
    ]
    preds = [
        prediction(
            "d",
            BIDEN,
            XI,
            type="meeting",
            status="proposed",
            location=loc("Woodside", "USA"),
            date={"mention": "Wednesday", "start": "2023-11-15", "end": "2023-11-15"},
        ),
        prediction("d", MODI, LULA, type="visit", status="ongoing", location=loc("Delhi", "IND")),
    ]
    report = score(gold, preds)
    counts = {name: (c.correct, c.total) for name, c in report.slots.items()}
    assert counts == {"location": (1, 2), "date": (2, 2), "status": (2, 2), "type": (1, 2)}
    assert {(e.gold_index, e.slot) for e in report.slot_errors} == {(1, "location"), (1, "type")}


# --------------------------------------------------------------------------- the report


def small_report() -> Any:
    gold = [gold_doc("d", gold_event(BIDEN, XI), gold_event(MODI, LULA))]
    preds = [
        prediction("d", BIDEN, XI, status="planned"),
        prediction("d", P("Olaf Scholz", "DEU"), P("Fumio Kishida", "JPN")),
    ]
    return score(gold, preds)


def test_format_report_summary_is_last() -> None:
    text = format_report(small_report())
    lines = text.splitlines()
    assert lines[-6] == "events  P 0.500  R 0.500  F1 0.500  (tp 1, fp 1, fn 1)"
    assert lines[-5].startswith("participants  P 1.000  R 1.000  F1 1.000")
    assert lines[-4:] == [
        "location 1.00 (1/1)",
        "date     1.00 (1/1)",
        "status   0.00 (0/1)",
        "type     1.00 (1/1)",
    ]
    assert len(lines) <= 12


def test_format_report_verbose_lists_findings_before_the_summary() -> None:
    report = small_report()
    plain = format_report(report).splitlines()
    lines = format_report(report, verbose=True).splitlines()
    assert lines[-len(plain) :] == plain
    details = "\n".join(lines[: -len(plain)])
    assert "d#1  meeting/occurred  Narendra Modi (IND) + Luiz Inácio Lula da Silva (BRA)" in details
    assert "d pred 1  meeting/occurred  Olaf Scholz (DEU) + Fumio Kishida (JPN)" in details
    assert "d#0 status: gold occurred | predicted planned" in details


def test_format_report_with_nothing_to_score() -> None:
    text = format_report(score([gold_doc("neg")], []))
    assert "events  P n/a  R n/a  F1 n/a  (tp 0, fp 0, fn 0)" in text
    assert text.splitlines()[-1] == "type     n/a (0/0)"


def test_as_dict_is_json_ready() -> None:
    data = json.loads(json.dumps(small_report().as_dict()))
    assert data["events"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert (data["tp"], data["fp"], data["fn"]) == (1, 1, 1)
    assert data["slots"]["status"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert data["misses"][0]["doc_id"] == "d"
    assert data["extras"][0]["prediction_index"] == 1


# --------------------------------------------------------------------------- loading


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_and_predictions_skip_blank_lines(tmp_path: Path) -> None:
    doc = gold_doc("d", gold_event(BIDEN, XI))
    gold = load_gold(write(tmp_path, "gold.jsonl", [json.dumps(doc), ""]))
    preds = load_predictions(
        write(tmp_path, "p.jsonl", ["", json.dumps(from_gold("d", doc["events"][0]))])
    )
    assert score(gold, preds).f1 == 1.0


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not an object"),
        (json.dumps({"events": []}), "no document id"),
        (json.dumps({"id": "a", "events": []}), "duplicate id 'a'"),
        (json.dumps({"id": "b"}), "events must be a list"),
        (json.dumps(gold_doc("c", gold_event())), "participants must be a non-empty list"),
        (json.dumps(gold_doc("e", gold_event(BIDEN, date={"start": "soon"}))), "ISO dates"),
        (json.dumps(gold_doc("f", gold_event(BIDEN, location="Paris"))), "location"),
    ],
)
def test_load_gold_errors_name_file_and_line(tmp_path: Path, line: str, problem: str) -> None:
    path = write(tmp_path, "gold.jsonl", [json.dumps(gold_doc("a")), "", line])
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert caught.value.where.startswith(f"{path}:3")
    assert problem in caught.value.problem
    assert caught.value.fix


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"doc_id": None}, "no doc_id"),
        ({"participants": []}, "participants"),
        ({"type": None}, "type must be a string"),
        ({"date": {"start": "2024-13-45"}}, "ISO dates"),
    ],
)
def test_load_predictions_errors_name_file_and_line(
    tmp_path: Path, change: dict[str, Any], problem: str
) -> None:
    good = prediction("d", BIDEN, XI)
    path = write(tmp_path, "p.jsonl", [json.dumps(good), json.dumps({**good, **change})])
    with pytest.raises(InputError) as caught:
        load_predictions(path)
    assert caught.value.where == f"{path}:2"
    assert problem in caught.value.problem


def test_with_on_error_a_bad_line_of_either_file_is_named_and_skipped(tmp_path: Path) -> None:
    doc = gold_doc("d", gold_event(BIDEN, XI))
    gold_path = write(tmp_path, "gold.jsonl", [json.dumps(doc), "{oops", json.dumps(gold_doc("e"))])
    good = prediction("d", BIDEN, XI)
    pred_path = write(
        tmp_path, "p.jsonl", [json.dumps({**good, "doc_id": None}), "[1]", json.dumps(good)]
    )
    problems: list[InputError] = []
    gold = load_gold(gold_path, on_error=problems.append)
    preds = load_predictions(pred_path, on_error=problems.append)
    assert [d["id"] for d in gold] == ["d", "e"] and preds == [good]
    assert [p.where for p in problems] == [f"{gold_path}:2", f"{pred_path}:1", f"{pred_path}:2"]
    assert score(gold, preds).f1 == 1.0


def test_the_event_scorer_goes_on_after_a_bad_prediction_line_as_the_cluster_scorer_does(
    tmp_path: Path,
) -> None:
    doc = gold_doc("d", gold_event(BIDEN, XI))
    gold_path = write(tmp_path, "gold.jsonl", [json.dumps(doc)])
    good = json.dumps(prediction("d", BIDEN, XI))
    pred_path = write(tmp_path, "p.jsonl", ["not json", good])
    result = CliRunner().invoke(app, ["evaluate", str(gold_path), "-p", str(pred_path)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and f"{pred_path}:1: not valid JSON" in errors[0]
    assert "Traceback" not in result.output
    assert "events  P 1.000  R 1.000  F1 1.000" in result.stdout


def test_load_errors_for_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot open"):
        load_gold(tmp_path / "missing.jsonl")
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps(gold_doc("a")).encode() + b"\n" + '{"id": "é"}'.encode("latin-1"))
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert caught.value.where == f"{path}:2"


# --------------------------------------------------------------------------- the seeds gold file


def test_seeds_gold_scores_perfectly_against_its_own_required_events() -> None:
    gold = load_gold(SEEDS_GOLD)
    preds = [
        from_gold(doc["id"], event)
        for doc in gold
        for event in doc["events"]
        if not event["optional"]
    ]
    report = score(gold, preds)
    assert report.fn == report.fp == 0 and report.tp == len(preds) > 0
    assert report.f1 == 1.0
    assert report.participant_f1 == 1.0
    assert all(count.accuracy == 1.0 for count in report.slots.values())
    assert format_report(report).splitlines()[-1] == f"type     1.00 ({len(preds)}/{len(preds)})"


def test_an_unnamed_gold_person_matches_by_country_not_by_title_words() -> None:
    gold = {"name": "the Armenian foreign minister", "country": "ARM", "kind": "person"}
    assert participant_covers(gold, {"name": "Ara Vardanyan", "country": "ARM", "kind": "person"})
    # "minister" / "minister" is no shared surname
    assert not participant_covers(
        gold, {"name": "Azerbaijani foreign minister", "country": "AZE", "kind": "person"}
    )
    named = {"name": "Ara Vardanyan", "country": "ARM", "kind": "person"}
    assert not participant_covers(named, {"name": "Armenia", "country": "ARM", "kind": "country"})
