"""Reference figures of a cluster gold file: three predictions built from the gold itself.

    python benchmarks/cluster_reference.py ../shared/clusters/gold.jsonl [--out DIR]

- gold: each gold encounter as one cluster (the scorer must give 1.0);
- per-document: one cluster per document and participant pair (no pair at all);
- per-pair: one cluster per participant pair, whatever the date (the fusing baseline).

Prints one table row per prediction, as in the gold README's "Reference figures"; with --out, also
writes the predictions as DIR/NAME.jsonl, to score with `diplo evaluate --clusters GOLD
--predictions DIR/NAME.jsonl`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from diplo_extract.cluster_scoring import ClusterReport, load_cluster_gold, score_clusters
from diplo_extract.evaluate import figure


def participant_key(encounter: Mapping[str, Any]) -> tuple[str, ...]:
    """The encounter's participant set, as sorted names."""
    return tuple(sorted(str(p["name"]) for p in encounter["participants"]))


def as_cluster(
    encounter: Mapping[str, Any], docs: Sequence[str], date: Mapping[str, Any] | None
) -> dict[str, Any]:
    """An encounter record as the scorer reads it: participants, sources, date."""
    return {
        "participants": encounter["participants"],
        "date": date,
        "sources": [{"doc_id": doc} for doc in docs],
    }


def gold_as_clusters(gold: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [as_cluster(e, [d["id"] for d in e["docs"]], e.get("date")) for e in gold]


def one_per_document(gold: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One cluster per (document, participant pair): a document listed under two encounters of
    the same participants is still one cluster."""
    seen: dict[tuple[str, tuple[str, ...]], dict[str, Any]] = {}
    for encounter in gold:
        for doc in encounter["docs"]:
            key = (doc["id"], participant_key(encounter))
            seen.setdefault(key, as_cluster(encounter, [doc["id"]], encounter.get("date")))
    return list(seen.values())


def one_per_participants(gold: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One cluster per participant set holding every document of its encounters, undated."""
    groups: dict[tuple[str, ...], tuple[Mapping[str, Any], list[str]]] = {}
    for encounter in gold:
        _, docs = groups.setdefault(participant_key(encounter), (encounter, []))
        docs += [d["id"] for d in encounter["docs"] if d["id"] not in docs]
    return [as_cluster(encounter, docs, None) for encounter, docs in groups.values()]


PREDICTIONS = {
    "gold": gold_as_clusters,
    "per-document": one_per_document,
    "per-pair": one_per_participants,
}


def row(name: str, clusters: int, report: ClusterReport) -> str:
    return (
        f"| {name} | {clusters} | {report.predicted_pairs} | {figure(report.precision, 4)} "
        f"| {figure(report.recall, 4)} | {figure(report.f1, 4)} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="cluster gold file (JSONL)")
    parser.add_argument("--out", type=Path, help="also write the predictions here")
    args = parser.parse_args(argv)
    gold = load_cluster_gold(args.gold)
    units = sum(len(e["docs"]) for e in gold)
    print(f"{len(gold)} encounters, {units} units")
    print("| prediction | clusters | pred pairs | precision | recall | F1 |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, build in PREDICTIONS.items():
        clusters = build(gold)
        print(row(name, len(clusters), score_clusters(gold, clusters)))
        if args.out is not None:
            args.out.mkdir(parents=True, exist_ok=True)
            lines = (json.dumps(c, ensure_ascii=False) + "\n" for c in clusters)
            (args.out / f"{name}.jsonl").write_text("".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
