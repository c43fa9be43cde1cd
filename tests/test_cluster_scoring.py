"""Pairwise scoring of encounters across documents (`diplo evaluate --clusters`), on hand-written
gold and predictions: invented people, no model, no bench text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from diplo_extract.cli import app
from diplo_extract.cluster_scoring import (
    date_gap,
    format_cluster_report,
    load_cluster_gold,
    load_clusters,
    score_clusters,
)
from diplo_extract.errors import InputError
from diplo_extract.evaluate import covered, figure
from tests.conftest import ROOT

MARSK = {"name": "Ana Marsk", "country": "USA", "kind": "person"}
VASKIN = {"name": "Teo Vaskin", "country": "ESP", "kind": "person"}
VARRO = {"name": "Ilse Varro", "country": "PER", "kind": "person"}


def day(text: str) -> dict[str, str]:
    return {"start": text, "end": text, "precision": "day"}


def encounter(gold_id: str, people: list[dict], date: str, docs: list[str]) -> dict[str, Any]:
    return {
        "id": gold_id,
        "participants": people,
        "type": "call",
        "date": day(date),
        "location": None,
        "docs": [{"id": d, "role": "other", "status_in_doc": "occurred"} for d in docs],
    }


def cluster(people: list[dict], docs: list[str], date: str | None = None) -> dict[str, Any]:
    return {
        "participants": people,
        "sources": [{"doc_id": d} for d in docs],
        "date": day(date) if date else None,
    }


# Marsk and Vaskin speak twice, a month apart; Marsk and Varro meet once.
GOLD = [
    encounter("cl-1", [MARSK, VASKIN], "2031-03-02", ["a1", "a2", "a3"]),
    encounter("cl-2", [MARSK, VASKIN], "2031-04-05", ["b1", "b2"]),
    encounter("cl-3", [MARSK, VARRO], "2031-03-20", ["c1", "c2"]),
]  # 3 + 1 + 1 = 5 gold pairs, 7 units


def test_the_gold_itself_scores_one() -> None:
    clusters = [cluster(e["participants"], [d["id"] for d in e["docs"]]) for e in GOLD]
    report = score_clusters(GOLD, clusters)
    assert (report.units, report.gold_pairs, report.predicted_pairs) == (7, 5, 5)
    assert report.precision == report.recall == report.f1 == 1.0
    assert (report.clusters_assigned, report.units_placed, report.reconstructed) == (3, 7, 3)
    assert report.merged == [] and report.split == []


def test_one_cluster_per_document_gives_no_pair_and_recall_zero() -> None:
    clusters = [cluster(e["participants"], [d["id"]]) for e in GOLD for d in e["docs"]]
    report = score_clusters(GOLD, clusters)
    assert report.predicted_pairs == 0 and report.precision is None
    assert report.recall == 0.0 and report.f1 == 0.0
    assert report.units_placed == 7 and report.reconstructed == 0
    assert {s.gold_id for s in report.split} == {"cl-1", "cl-2", "cl-3"}


def test_one_cluster_per_participant_pair_fuses_the_two_calls() -> None:
    clusters = [
        cluster([MARSK, VASKIN], ["a1", "a2", "a3", "b1", "b2"]),
        cluster([MARSK, VARRO], ["c1", "c2"]),
    ]
    report = score_clusters(GOLD, clusters)
    # 10 pairs among the five documents of Marsk-Vaskin, 4 true; plus the one of Marsk-Varro.
    assert (report.predicted_pairs, report.true_pairs) == (11, 5)
    assert report.precision == pytest.approx(5 / 11) and report.recall == 1.0
    assert report.reconstructed == 1
    assert len(report.merged) == 1
    assert report.merged[0].units == {"cl-1": ["a1", "a2", "a3"], "cl-2": ["b1", "b2"]}


def test_a_split_encounter_loses_its_pairs_and_is_listed() -> None:
    clusters = [cluster([MARSK, VASKIN], ["a1", "a2"]), cluster([MARSK, VASKIN], ["a3"])]
    report = score_clusters(GOLD, clusters)
    assert (report.predicted_pairs, report.true_pairs) == (1, 1)
    assert report.recall == pytest.approx(1 / 5)
    split = {s.gold_id: s for s in report.split}
    assert split["cl-1"].clusters == {0: ["a1", "a2"], 1: ["a3"]}
    assert split["cl-2"].not_placed == ["b1", "b2"]


def test_a_cluster_of_states_does_not_match_named_persons() -> None:
    states = [
        {"name": "United States", "country": "USA", "kind": "country"},
        {"name": "Spain", "country": "ESP", "kind": "country"},
    ]
    report = score_clusters(GOLD, [cluster(states, ["a1", "a2", "a3"])])
    assert report.clusters_assigned == 0 and report.units_placed == 0
    assert report.predicted_pairs == 0 and report.recall == 0.0


def test_a_cluster_sharing_no_document_is_not_assigned() -> None:
    report = score_clusters(GOLD, [cluster([MARSK, VASKIN], ["x1", "x2"])])
    assert report.clusters_assigned == 0 and report.sources_ignored == 2


def test_participants_match_by_surname_and_other_documents_are_ignored() -> None:
    titled = [
        {"name": "President Marsk", "country": "USA", "kind": "person"},
        {"name": "Vaskin", "country": "ESP", "kind": "person"},
    ]
    report = score_clusters(GOLD, [cluster(titled, ["a1", "zz", "a2"])])
    assert (report.units_placed, report.sources_ignored, report.true_pairs) == (2, 1, 1)
    assert report.precision == 1.0


def test_a_document_of_another_matching_encounter_stands_for_that_one() -> None:
    # Assigned to cl-1 (two shared documents); b1 is listed by cl-2, same participants: its unit
    # is (b1, cl-2), a false pair with each of a1 and a2. c1 (Marsk-Varro) does not match.
    report = score_clusters(GOLD, [cluster([MARSK, VASKIN], ["a1", "a2", "b1", "c1"])])
    assert (report.units_placed, report.sources_ignored) == (3, 1)
    assert (report.predicted_pairs, report.true_pairs) == (3, 1)
    assert report.merged[0].units == {"cl-1": ["a1", "a2"], "cl-2": ["b1"]}


SHARED = "s1"  # one document that reports two encounters of the same participants


def _two_encounters_sharing(first: dict, second: dict) -> list[dict]:
    return [
        {**first, "docs": [{"id": SHARED}, {"id": "p1"}]},
        {**second, "docs": [{"id": SHARED}, {"id": "q1"}]},
    ]


def test_ties_go_to_the_encounter_sharing_most_documents() -> None:
    gold = _two_encounters_sharing(
        encounter("e-1", [MARSK, VASKIN], "2031-03-02", []),
        encounter("e-2", [MARSK, VASKIN], "2031-04-05", []),
    )
    gold[1]["docs"].append({"id": "q2"})
    report = score_clusters(gold, [cluster([MARSK, VASKIN], [SHARED, "q1", "q2"], "2031-03-02")])
    assert report.true_pairs == 3  # s1 stands for e-2 despite the date nearer e-1


def test_then_to_the_best_participant_cover() -> None:
    gold = _two_encounters_sharing(
        encounter("e-1", [MARSK, VASKIN, VARRO], "2031-03-02", []),
        encounter("e-2", [MARSK, VASKIN], "2031-04-05", []),
    )
    # Two of three covered for e-1 (enough), all of e-2: e-2 wins, whatever the date.
    report = score_clusters(gold, [cluster([MARSK, VASKIN], [SHARED], "2031-03-02")])
    split = {s.gold_id: s for s in report.split}
    assert report.units_placed == 1 and split["e-2"].clusters == {0: [SHARED]}
    assert split["e-1"].clusters == {} and split["e-1"].not_placed == ["p1", SHARED]


@pytest.mark.parametrize(("date", "winner"), [("2031-03-03", "e-1"), ("2031-04-01", "e-2")])
def test_then_to_the_nearest_date(date: str, winner: str) -> None:
    gold = _two_encounters_sharing(
        encounter("e-1", [MARSK, VASKIN], "2031-03-02", []),
        encounter("e-2", [MARSK, VASKIN], "2031-04-05", []),
    )
    clusters = [cluster([MARSK, VASKIN], [SHARED], date), cluster([MARSK, VASKIN], ["p1", "q1"])]
    report = score_clusters(gold, clusters)
    # The lone s1 stands for `winner`; the other cluster holds one unit of each encounter.
    loser = {"e-1", "e-2"} - {winner}
    split = {s.gold_id: s.clusters for s in report.split}
    assert split[winner][0] == [SHARED]
    assert loser.pop() in split and report.true_pairs == 0


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        (day("2031-03-02"), day("2031-03-02"), 0),
        (day("2031-03-02"), {"start": "2031-03-01", "end": "2031-03-04"}, 0),
        (day("2031-03-02"), day("2031-03-09"), 7),
        ({"start": "2031-03-10", "end": None}, {"start": "2031-03-01", "end": "2031-03-04"}, 6),
        (None, day("2031-03-02"), None),
        ({"start": None, "end": None}, day("2031-03-02"), None),
    ],
)
def test_date_gap(a: Any, b: Any, gap: int | None) -> None:
    assert date_gap(a, b) == gap


def test_format_lists_merged_and_split_before_the_summary() -> None:
    clusters = [cluster([MARSK, VASKIN], ["a1", "a2", "b1"]), cluster([MARSK, VASKIN], ["a3"])]
    report = score_clusters(GOLD, clusters)
    text = format_cluster_report(report, verbose=True).splitlines()
    assert text[0].startswith("wrongly merged") and "    cl-2  b1" in text
    assert any(line.startswith("split") for line in text)
    assert text[-1] == "encounters reconstructed exactly: 0/3"
    assert text[-2].startswith("pairs  P 0.3333  R 0.2000")
    assert len(format_cluster_report(report).splitlines()) == 3


def test_as_dict_is_json_ready() -> None:
    data = score_clusters(GOLD, [cluster([MARSK, VARRO], ["c1", "c2"])]).as_dict()
    assert json.loads(json.dumps(data))["pairs"] == {"precision": 1.0, "recall": 0.2, "f1": 1 / 3}


# --------------------------------------------------------------------------- files and the CLI


def _write(path: Path, records: list[Any]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
        encoding="utf-8",
    )
    return path


BAD_GOLD = [
    ('{"participants": [], "docs": []}', "no encounter id"),
    ('{"id": "g", "participants": [], "docs": [{"id": "a"}]}', "participants"),
    ('{"id": "g", "participants": [{"name": "X"}], "docs": []}', "docs"),
    ('{"id": "g", "participants": [{"name": "X"}], "docs": [{"id": "a"}, {"id": "a"}]}', "twice"),
    ("[1, 2]", "not an object"),
    ("{oops", "not valid JSON"),
]


@pytest.mark.parametrize(("line", "problem"), BAD_GOLD)
def test_a_bad_gold_line_is_named_and_skipped(tmp_path: Path, line: str, problem: str) -> None:
    path = _write(tmp_path / "gold.jsonl", [GOLD[0], line, GOLD[1]])
    problems: list[InputError] = []
    loaded = load_cluster_gold(path, on_error=problems.append)
    assert [e["id"] for e in loaded] == ["cl-1", "cl-2"]
    assert len(problems) == 1 and str(problems[0]).startswith(f"{path}:2: ")
    assert problem in str(problems[0])
    with pytest.raises(InputError, match=problem):
        load_cluster_gold(path)


def test_a_duplicate_gold_id_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", [GOLD[0], GOLD[0]])
    with pytest.raises(InputError, match=r":2: duplicate id 'cl-1' \(first at .*:1\)"):
        load_cluster_gold(path)


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"participants": [MARSK]}, "sources"),
        ({"participants": [MARSK], "sources": [{"doc": "a1"}]}, "sources"),
        ({"participants": "Marsk", "sources": []}, "participants"),
        ({"participants": [MARSK], "sources": [], "date": {"start": "soon"}}, "date"),
    ],
)
def test_a_bad_prediction_line_is_named_and_skipped(
    tmp_path: Path, record: dict, problem: str
) -> None:
    path = _write(tmp_path / "enc.jsonl", ["", record, cluster([MARSK, VARRO], ["c1"])])
    problems: list[InputError] = []
    assert len(load_clusters(path, on_error=problems.append)) == 1
    assert [p.where for p in problems] == [f"{path}:2"] and problem in str(problems[0])


runner = CliRunner()


def test_cli_scores_clusters_and_goes_on_after_a_bad_line(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", GOLD)
    pred = _write(
        tmp_path / "enc.jsonl",
        [cluster([MARSK, VASKIN], ["a1", "a2", "a3"]), "not json", cluster([MARSK], ["b1"])],
    )
    result = runner.invoke(app, ["evaluate", "--clusters", str(gold), "-p", str(pred), "-v"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and f"{pred}:2: not valid JSON" in errors[0]
    assert "Traceback" not in result.output
    assert "pairs  P 1.0000  R 0.6000  F1 0.7500" in result.stdout
    assert "split (encounters not held by one cluster): 2" in result.stdout


def test_cli_prints_the_cluster_report_as_json(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", GOLD)
    pred = _write(tmp_path / "enc.jsonl", [cluster([MARSK, VARRO], ["c1", "c2"])])
    result = runner.invoke(app, ["evaluate", "--clusters", str(gold), "-p", str(pred), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["true_pairs"], data["gold_pairs"], data["reconstructed"]) == (1, 5, 1)


@pytest.mark.parametrize(
    "args",
    [
        ["evaluate", "--clusters", "GOLD"],  # no --predictions
        ["evaluate", "OTHER", "--clusters", "GOLD", "-p", "ENC"],  # two gold files
    ],
)
def test_cli_cluster_usage_errors(tmp_path: Path, args: list[str]) -> None:
    gold = _write(tmp_path / "gold.jsonl", GOLD)
    pred = _write(tmp_path / "enc.jsonl", [])
    named = {"GOLD": str(gold), "ENC": str(pred), "OTHER": str(gold)}
    result = runner.invoke(app, [named.get(a, a) for a in args])
    assert result.exit_code == 2


# --------------------------------------------------------------------------- the gold sets

SHARED_GOLD = ROOT.parent / "shared" / "clusters" / "gold.jsonl"
BENCH = ROOT.parent / "shared" / "bench" / "news.jsonl"
OWN_GOLD = ROOT / "benchmarks" / "clusters" / "gold.jsonl"


def _reference(path: Path) -> dict[str, tuple[int, int, str, str, str]]:
    from benchmarks.cluster_reference import PREDICTIONS

    gold = load_cluster_gold(path)
    rows = {}
    for name, build in PREDICTIONS.items():
        clusters = build(gold)
        report = score_clusters(gold, clusters)
        figures = (report.precision, report.recall, report.f1)
        rows[name] = (len(clusters), report.predicted_pairs, *(figure(x, 4) for x in figures))
    return rows


def test_reference_figures_of_the_shared_gold_as_its_readme_gives_them() -> None:
    if not SHARED_GOLD.exists():
        pytest.skip("no ../shared/clusters beside the repository (a user's clone)")
    assert _reference(SHARED_GOLD) == {
        "gold": (20, 67, "1.0000", "1.0000", "1.0000"),
        "per-document": (56, 0, "n/a", "0.0000", "0.0000"),
        "per-pair": (10, 187, "0.3583", "1.0000", "0.5276"),
    }


def test_reference_figures_of_the_second_gold_as_its_readme_gives_them() -> None:
    rows = _reference(OWN_GOLD)
    readme = (OWN_GOLD.parent / "README.md").read_text(encoding="utf-8")
    assert rows["gold"] == (28, 99, "1.0000", "1.0000", "1.0000")
    assert rows["per-document"][1:] == (0, "n/a", "0.0000", "0.0000")
    clusters, pairs, precision, recall, f1 = rows["per-pair"]
    assert f"| {clusters} | {pairs} | {precision} | {recall} | {f1} |" in readme


def test_the_second_gold_is_new_and_every_document_is_in_the_bench() -> None:
    gold = load_cluster_gold(OWN_GOLD)
    assert len(gold) >= 20 and all(len(e["docs"]) >= 2 for e in gold)
    if not (SHARED_GOLD.exists() and BENCH.exists()):
        pytest.skip("no ../shared beside the repository (a user's clone)")
    with BENCH.open(encoding="utf-8") as lines:
        bench_ids = {json.loads(line)["id"] for line in lines}
    assert {d["id"] for e in gold for d in e["docs"]} <= bench_ids
    shared = load_cluster_gold(SHARED_GOLD)
    for old in shared:
        for new in gold:
            same_people = covered(old["participants"], new["participants"]) == len(
                old["participants"]
            )
            assert not (same_people and date_gap(old["date"], new["date"]) == 0), new["id"]
