"""A cluster gold file's own reports as minimal event records, to measure clustering alone.

    python benchmarks/cluster_gold_records.py GOLD.jsonl NEWS.jsonl [--undated none|planned|all]
        | diplo cluster | diplo evaluate --clusters GOLD.jsonl --predictions /dev/stdin

One record per document of each gold encounter: the encounter's participants, type, place and
date, the document's status (`status_in_doc`), its publication date (from NEWS.jsonl, the corpus
the gold's document ids come from) as the date's reference, and its URL. `--undated planned`
drops the date of the planned reports (they keep the reference), `--undated all` every date:
how far the windows for reports without a day carry. What extraction gets wrong is left out, so
the score is that of the clustering rules alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any


def _published(news: Path) -> dict[str, tuple[str | None, str | None]]:
    """doc id -> (published, url) of every record of the corpus."""
    found = {}
    with news.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                found[record["id"]] = (record.get("published"), record.get("url"))
    return found


def _record(encounter: dict[str, Any], doc: dict[str, Any], published: str | None,
            url: str | None, undated: str) -> dict[str, Any]:  # fmt: skip
    status = doc["status_in_doc"]
    drop = undated == "all" or (undated == "planned" and status == "planned")
    date = {"mention": None, "start": None, "end": None, "precision": None}
    if not drop:
        date = {"mention": "gold", **encounter["date"]}
    place = encounter.get("location")
    event_id = hashlib.sha256(f"{doc['id']}\x1f{encounter['id']}".encode()).hexdigest()[:16]
    return {
        "event_id": event_id,
        "doc_id": doc["id"],
        "url": url,
        "type": encounter["type"],
        "status": status,
        "participants": [{**p, "mention": p["name"]} for p in encounter["participants"]],
        "location": {**place, "kind": "city", "mention": place["name"]} if place else None,
        "date": {**date, "reference": published},
        "topics": [],
        "codes": {"cameo": "040"},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("news", type=Path)
    parser.add_argument("--undated", choices=("none", "planned", "all"), default="none")
    args = parser.parse_args()
    published = _published(args.news)
    with args.gold.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            encounter = json.loads(line)
            for doc in encounter["docs"]:
                day, url = published.get(doc["id"], (None, None))
                record = _record(encounter, doc, day, url, args.undated)
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
