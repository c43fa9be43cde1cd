"""Score clustered encounters against a cluster gold file, pairwise (`diplo evaluate --clusters`).

A unit is one document's record of one gold encounter. Each predicted cluster is assigned to a
gold encounter whose participants it matches (the participant matching of the event scorer) and
with which it shares a document; its documents then stand for their units, and the pairs of
units placed in one cluster are the predicted pairs, scored against the pairs of units of one
gold encounter. The rules are described for users in the README section "Scoring clusters";
keep the two in step.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from diplo_extract.errors import InputError
from diplo_extract.evaluate import (
    as_date,
    check_date,
    check_participants,
    covered,
    enough_covered,
    f1_of,
    figure,
    ratio,
    read_checked,
    require,
)

Unit = tuple[str, str]  # (document id, gold encounter id)
Pair = tuple[Unit, Unit]  # sorted


# --------------------------------------------------------------------------- assignment


def date_gap(a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> int | None:
    """Days between two date spans (0 when they overlap); None when either has no start."""
    spans = []
    for span in (a, b):
        start = as_date(span.get("start")) if span else None
        if start is None:
            return None
        spans.append((start, max(start, as_date(span.get("end")) or start)))
    (a_start, a_end), (b_start, b_end) = spans
    return max(0, (max(a_start, b_start) - min(a_end, b_end)).days)


def cluster_docs(cluster: Mapping[str, Any]) -> list[str]:
    """The cluster's document ids, each once, in the order of its sources."""
    return list(dict.fromkeys(str(source["doc_id"]) for source in cluster.get("sources") or []))


def ranked_encounters(
    cluster: Mapping[str, Any], gold: Sequence[Mapping[str, Any]], docs_of: Sequence[set[str]]
) -> list[int]:
    """The gold encounters (indexes) the cluster may stand for, best first.

    A candidate matches the cluster's participants (at least min(2, n) of its n participants
    covered, and half) and lists one of the cluster's documents. Ties go to the encounter sharing
    most documents, then the best participant cover (fraction, then number), then the nearest
    date (a cluster without a date is equally near all), then the gold file's order.
    """
    docs = set(cluster_docs(cluster))
    parts = cluster.get("participants") or []
    keyed = []
    for g, encounter in enumerate(gold):
        shared = len(docs & docs_of[g])
        if not shared:
            continue
        gold_parts = encounter.get("participants") or []
        hits = covered(gold_parts, parts)
        if not enough_covered(hits, len(gold_parts)):
            continue
        gap = date_gap(cluster.get("date"), encounter.get("date"))
        near = (0, gap) if gap is not None else (1, 0)
        keyed.append(((-shared, -hits / len(gold_parts), -hits, near, g), g))
    return [g for _, g in sorted(keyed)]


def place_units(
    cluster: Mapping[str, Any], gold: Sequence[Mapping[str, Any]], docs_of: Sequence[set[str]]
) -> tuple[int | None, list[Unit]]:
    """The encounter the cluster is assigned to (None: none matches) and the units it places:
    each document stands for its record of the assigned encounter or, when that encounter does
    not list it, of the best-ranked other candidate that does; other documents are ignored."""
    ranked = ranked_encounters(cluster, gold, docs_of)
    units: list[Unit] = []
    for doc in cluster_docs(cluster):
        g = next((g for g in ranked if doc in docs_of[g]), None)
        if g is not None:
            units.append((doc, str(gold[g]["id"])))
    return (ranked[0] if ranked else None), units


def pairs_of(units: Iterable[Unit]) -> set[Pair]:
    """Every pair of distinct units, each pair sorted."""
    return {(a, b) for a, b in itertools.combinations(sorted(set(units)), 2)}


# --------------------------------------------------------------------------- the report


@dataclass
class Merged:
    """A cluster that holds units of two or more gold encounters: false pairs."""

    cluster_index: int
    encounter_id: str | None
    units: dict[str, list[str]]  # gold encounter id -> its documents in the cluster


@dataclass
class Split:
    """A gold encounter whose units are not all in one cluster: lost pairs. `clusters` maps each
    cluster (index) holding some of its documents to them; `not_placed` lists the rest."""

    gold_id: str
    clusters: dict[int, list[str]]
    not_placed: list[str]


@dataclass
class ClusterReport:
    """Counts and findings of one cluster scoring run. Cluster indexes are 0-based positions in
    the predictions' input order."""

    encounters: int = 0
    units: int = 0
    gold_pairs: int = 0
    clusters: int = 0
    clusters_assigned: int = 0
    units_placed: int = 0
    sources_ignored: int = 0
    predicted_pairs: int = 0
    true_pairs: int = 0
    reconstructed: int = 0
    merged: list[Merged] = field(default_factory=list)
    split: list[Split] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return ratio(self.true_pairs, self.predicted_pairs)

    @property
    def recall(self) -> float | None:
        return ratio(self.true_pairs, self.gold_pairs)

    @property
    def f1(self) -> float | None:
        tp = self.true_pairs
        return f1_of(tp, self.predicted_pairs - tp, self.gold_pairs - tp)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view: the counts and lists plus the pairwise ratios (null when 0/0)."""
        data = asdict(self)
        data["pairs"] = {"precision": self.precision, "recall": self.recall, "f1": self.f1}
        return data


def score_clusters(
    gold: Sequence[Mapping[str, Any]], clusters: Iterable[Mapping[str, Any]]
) -> ClusterReport:
    """Score predicted `clusters` (encounter records as dicts) against `gold` encounters (as from
    `load_cluster_gold`)."""
    docs_of = [{str(doc["id"]) for doc in encounter["docs"]} for encounter in gold]
    gold_units = {g: {(doc, str(e["id"])) for doc in docs_of[g]} for g, e in enumerate(gold)}
    gold_pairs = set().union(*(pairs_of(units) for units in gold_units.values()))
    report = ClusterReport(
        encounters=len(gold),
        units=sum(len(units) for units in gold_units.values()),
        gold_pairs=len(gold_pairs),
    )
    placed: list[list[Unit]] = []
    predicted_pairs: set[Pair] = set()
    for c, cluster in enumerate(clusters):
        assigned, units = place_units(cluster, gold, docs_of)
        placed.append(units)
        report.clusters += 1
        report.clusters_assigned += assigned is not None
        report.sources_ignored += len(cluster_docs(cluster)) - len(units)
        predicted_pairs |= pairs_of(units)
        by_gold = _docs_by_encounter(units)
        if len(by_gold) > 1:
            report.merged.append(Merged(c, cluster.get("encounter_id"), by_gold))
    report.units_placed = len(set().union(*map(set, placed)))
    report.predicted_pairs = len(predicted_pairs)
    report.true_pairs = len(predicted_pairs & gold_pairs)
    exact = {frozenset(units) for units in placed}
    report.reconstructed = sum(frozenset(units) in exact for units in gold_units.values())
    report.split = [
        split
        for g, encounter in enumerate(gold)
        if (split := _split(str(encounter["id"]), gold_units[g], placed)) is not None
    ]
    return report


def _docs_by_encounter(units: Iterable[Unit]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for doc, gold_id in sorted(units, key=lambda unit: (unit[1], unit[0])):
        grouped.setdefault(gold_id, []).append(doc)
    return grouped


def _split(gold_id: str, units: set[Unit], placed: Sequence[list[Unit]]) -> Split | None:
    """How an encounter's units are spread over the clusters; None when one cluster holds them
    all (the encounter loses no pair, whatever else that cluster holds)."""
    held = {c: sorted(doc for doc, g in set(cl) if g == gold_id) for c, cl in enumerate(placed)}
    held = {c: docs for c, docs in held.items() if docs}
    if any(len(docs) == len(units) for docs in held.values()):
        return None
    seen = set().union(*map(set, held.values()))
    return Split(gold_id, held, sorted(doc for doc, _ in units if doc not in seen))


# --------------------------------------------------------------------------- text output


def _cluster_name(index: int, encounter_id: str | None) -> str:
    return f"cluster {index}" + (f" ({encounter_id})" if encounter_id else "")


def format_cluster_report(report: ClusterReport, *, verbose: bool = False) -> str:
    """Plain text. With `verbose`, the wrongly merged clusters and the split encounters come
    first, one document a line (under each cluster: gold id and document; under each encounter:
    cluster and document); the summary is always the last lines so that `| tail` shows it."""
    lines: list[str] = []
    if verbose:
        lines.append(f"wrongly merged (clusters holding several encounters): {len(report.merged)}")
        for m in report.merged:
            lines.append(f"  {_cluster_name(m.cluster_index, m.encounter_id)}")
            lines += [f"    {g}  {doc}" for g, docs in m.units.items() for doc in docs]
        lines.append(f"split (encounters not held by one cluster): {len(report.split)}")
        for s in report.split:
            lines.append(f"  {s.gold_id}")
            lines += [f"    cluster {c}  {doc}" for c, docs in s.clusters.items() for doc in docs]
            lines += [f"    not placed  {doc}" for doc in s.not_placed]
        lines.append("")
    lines.append(
        f"{report.encounters} gold encounters, {report.units} units, {report.gold_pairs} gold "
        f"pairs; {report.clusters} clusters, {report.clusters_assigned} assigned, "
        f"{report.units_placed} units placed, {report.sources_ignored} sources outside the gold"
    )
    lines.append(
        f"pairs  P {figure(report.precision, 4)}  R {figure(report.recall, 4)}  "
        f"F1 {figure(report.f1, 4)}  (predicted {report.predicted_pairs}, "
        f"true {report.true_pairs}, gold {report.gold_pairs})"
    )
    lines.append(f"encounters reconstructed exactly: {report.reconstructed}/{report.encounters}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- loading


def load_cluster_gold(
    path: Path, *, on_error: Callable[[InputError], None] | None = None
) -> list[dict[str, Any]]:
    """Read a cluster gold file (one encounter a line: id, participants, docs[].id, date),
    checking what scoring relies on. A bad line is raised, or, with `on_error`, handed to it and
    skipped."""
    fix = "see the cluster gold format (id, participants, docs with an id each)"
    seen: dict[str, str] = {}

    def check(where: str, encounter: dict[str, Any]) -> None:
        gold_id = encounter.get("id")
        require(isinstance(gold_id, str) and bool(gold_id), where, "no encounter id", fix)
        require(
            gold_id not in seen,
            where,
            f"duplicate id {gold_id!r} (first at {seen.get(gold_id)})",
            "give every gold encounter its own id",
        )
        check_participants(encounter.get("participants"), where, fix)
        docs = encounter.get("docs")
        require(
            isinstance(docs, list)
            and bool(docs)
            and all(isinstance(d, dict) and isinstance(d.get("id"), str) for d in docs),
            where,
            f"{gold_id}: docs must be a non-empty list of objects with an id",
            fix,
        )
        ids = [d["id"] for d in docs]
        require(
            len(set(ids)) == len(ids),
            where,
            f"{gold_id}: a document is listed twice",
            "list each document once",
        )
        check_date(encounter.get("date"), where, "date", fix)
        seen[gold_id] = where

    return [e for _, e in read_checked(Path(path), "cluster gold", check, on_error)]


def load_clusters(
    path: Path, *, on_error: Callable[[InputError], None] | None = None
) -> list[dict[str, Any]]:
    """Read predicted encounters (the records `diplo cluster` writes), checking the fields
    scoring uses: participants, sources[].doc_id and the optional date."""
    fix = "expected the records `diplo cluster` writes (one encounter a line)"

    def check(where: str, cluster: dict[str, Any]) -> None:
        check_participants(cluster.get("participants"), where, fix)
        sources = cluster.get("sources")
        require(
            isinstance(sources, list)
            and all(isinstance(s, dict) and isinstance(s.get("doc_id"), str) for s in sources),
            where,
            "sources must be a list of objects with a doc_id",
            fix,
        )
        check_date(cluster.get("date"), where, "date", fix)

    return [c for _, c in read_checked(Path(path), "encounters", check, on_error)]
