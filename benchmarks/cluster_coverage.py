"""How many documents of the cluster gold give a record of their encounter, and with its status.

    python benchmarks/cluster_coverage.py [--gold FILE] [--corpus PATH] [--records FILE]
                                          [--workers N] [--verbose]

For each document listed under an encounter of `--gold` (../shared/clusters/gold.jsonl), it
looks at that document's records: extracted here from `--corpus` (the library call
`extract_documents`), or read from `--records` (a JSONL of records, e.g. a whole-bench run of
`diplo extract`; records of other documents are ignored). A record *covers* the document when its
participants match the encounter's (the event matching of `diplo evaluate`: `covered` and
`enough_covered`) and its type is of the encounter's class (`type_agrees`); the document's status
is right when a covering record's status agrees with `status_in_doc` (`status_agrees`: an
`occurred` report also accepts `ongoing`). It prints one line per uncovered or wrong-status
document with `--verbose`, then the counts: documents, covered, covered with the right status,
and the same by role and by status.

Run by hand, not in the test suite.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "clusters" / "gold.jsonl"
DEFAULT_CORPUS = REPO.parent / "shared" / "bench" / "news.jsonl"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def records_by_doc(records: list[dict[str, Any]], wanted: set[str]) -> dict[str, list[dict]]:
    found: dict[str, list[dict[str, Any]]] = {doc_id: [] for doc_id in wanted}
    for record in records:
        if record.get("doc_id") in found:
            found[record["doc_id"]].append(record)
    return found


def extract(corpus: Path, wanted: set[str], workers: int) -> list[dict[str, Any]]:
    from bench import as_articles  # the corpus records as Articles, as bench.py reads them

    from diplo_extract.extraction import extract_documents

    releases = [record for record in read_jsonl(corpus) if record["id"] in wanted]
    return [
        event.model_dump(mode="json")
        for _, events in extract_documents(as_articles(releases), workers=workers)
        for event in events
    ]


def judge(
    encounter: dict[str, Any], status: str, records: list[dict[str, Any]]
) -> tuple[bool, bool]:
    """(some record covers the encounter, some covering record has the document's status)."""
    from diplo_extract.evaluate import covered, enough_covered, status_agrees, type_agrees

    gold_parts = encounter["participants"]
    covering = [
        record
        for record in records
        if enough_covered(covered(gold_parts, record.get("participants") or []), len(gold_parts))
        and type_agrees(encounter["type"], record.get("type"))
    ]
    return bool(covering), any(status_agrees(status, r.get("status")) for r in covering)


def describe(record: dict[str, Any]) -> str:
    names = ", ".join(str(p.get("name")) for p in record.get("participants") or [])
    return f"{record.get('type')}/{record.get('status')} [{names}]"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="clusters gold.jsonl")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="news.jsonl")
    parser.add_argument("--records", type=Path, help="read records here instead of extracting")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--verbose", action="store_true", help="list the documents missed")
    args = parser.parse_args(argv)

    encounters = read_jsonl(args.gold)
    wanted = {doc["id"] for encounter in encounters for doc in encounter["docs"]}
    records = (
        read_jsonl(args.records) if args.records else extract(args.corpus, wanted, args.workers)
    )
    by_doc = records_by_doc(records, wanted)

    counts: Counter[str] = Counter()
    for encounter in encounters:
        for doc in encounter["docs"]:
            found, right = judge(encounter, doc["status_in_doc"], by_doc[doc["id"]])
            for key in ("all", f"role {doc['role']}", f"status {doc['status_in_doc']}"):
                counts[key, "docs"] += 1
                counts[key, "covered"] += found
                counts[key, "status"] += right
            if args.verbose and not right:
                what = "wrong status" if found else "uncovered"
                print(f"{encounter['id']} {doc['role']}/{doc['status_in_doc']} {what}: {doc['id']}")
                for record in by_doc[doc["id"]]:
                    print(f"    {describe(record)}")
    keys = sorted({key for key, _ in counts}, key=lambda k: (k != "all", k))
    for key in keys:
        print(
            f"{key:<24} docs {counts[key, 'docs']:3d}  covered {counts[key, 'covered']:3d}"
            f"  right status {counts[key, 'status']:3d}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
