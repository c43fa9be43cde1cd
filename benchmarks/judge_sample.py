"""A seeded sample of diplo's records on the news corpus, printed for judging by eye.

    python benchmarks/judge_sample.py [--corpus PATH] [--records FILE] [--save FILE]
                                      [--workers N] [--releases N] [--show N] [--seed N]

It draws `--releases` releases (500) with random.Random(--seed, 11).sample over the corpus records
(another seed gives another draw to develop on, keeping the judged seed-11 sample unseen), runs
the library extraction (`extract_documents`) on them, then draws `--show` records (50) with
random.Random(42).sample from all the records and prints each one: doc id, title, type/status,
participants (name, country, kind), place, date and evidence. `--save FILE` writes the records
(one JSON line each, with a `title` field added) so that `--records FILE` can print the same
sample again without extracting. The summary at the end counts the releases that gave records,
the readouts ("Readout of ..." titles) among them, and the records a quick heuristic takes for
domestic (see `looks_domestic`).

Run by hand, not in the test suite; the sample goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "bench" / "news.jsonl"
RELEASE_SEED = 11
SHOW_SEED = 42


def sample_releases(corpus: Path, releases: int, seed: int) -> list[dict[str, Any]]:
    with corpus.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return random.Random(seed).sample(records, releases)


def extract_records(releases: list[dict[str, Any]], workers: int) -> list[dict[str, Any]]:
    from bench import as_articles  # the corpus records as Articles, as bench.py reads them

    from diplo_extract.extraction import extract_documents

    articles = as_articles(releases)
    found: list[dict[str, Any]] = []
    for done, (article, events) in enumerate(extract_documents(articles, workers=workers), 1):
        for event in events:
            found.append({**event.model_dump(mode="json"), "title": article.title})
        if done % 50 == 0:
            print(f"{done}/{len(articles)} releases, {len(found)} records", file=sys.stderr)
    return found


def looks_domestic(record: dict[str, Any]) -> bool:
    """The quick heuristic: no participant with a country other than USA, and none that is an
    international organisation (kind organization with no country). Records whose participants
    are all of unknown country count as domestic too: in White House releases they are nearly
    always so."""
    for participant in record["participants"]:
        country = participant.get("country")
        if country and country != "USA":
            return False
        if not country and participant.get("kind") == "organization":
            return False
    return True


def is_readout(title: str | None) -> bool:
    return (title or "").startswith("Readout")


def show(number: int, record: dict[str, Any]) -> str:
    lines = [f"[{number}] {record['doc_id']}", f"    title: {record.get('title')}"]
    lines.append(f"    {record['type']} / {record['status']}")
    for participant in record["participants"]:
        lines.append(
            f"    - {participant['name']} | {participant.get('country')} | {participant['kind']}"
            + (f" | {participant['title']}" if participant.get("title") else "")
        )
    location = record.get("location")
    if location:
        lines.append(f"    place: {location['name']} ({location.get('country')})")
    date = record.get("date")
    if date:
        lines.append(f"    date: {date.get('mention')!r} -> {date.get('start')}")
    for evidence in record["evidence"]:
        lines.append(f"    > {' '.join(evidence['text'].split())}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="news.jsonl")
    parser.add_argument("--records", type=Path, help="reuse records saved by --save")
    parser.add_argument("--save", type=Path, help="write the extracted records here")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    parser.add_argument("--releases", type=int, default=500, help="releases to extract")
    parser.add_argument("--show", type=int, default=50, help="records to print")
    parser.add_argument("--seed", type=int, default=RELEASE_SEED, help="seed of the release draw")
    options = parser.parse_args(argv)

    releases = sample_releases(options.corpus, options.releases, options.seed)
    if options.records:
        with options.records.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
    else:
        records = extract_records(releases, options.workers)
        if options.save:
            with options.save.open("w", encoding="utf-8") as out:
                for record in records:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")

    shown = random.Random(SHOW_SEED).sample(records, min(options.show, len(records)))
    for number, record in enumerate(shown, 1):
        print(show(number, record))
        print()

    with_records = {record["doc_id"] for record in records}
    readouts = [r["id"] for r in releases if is_readout(r.get("title"))]
    domestic = [r for r in records if looks_domestic(r)]
    print(f"releases {len(releases)}, with records {len(with_records)}, records {len(records)}")
    print(
        f"readouts {len(readouts)}, with records {sum(i in with_records for i in readouts)}; "
        f"records of readouts {sum(is_readout(r.get('title')) for r in records)}"
    )
    print(
        f"domestic by heuristic: {len(domestic)} of {len(records)} "
        f"({100 * len(domestic) / max(1, len(records)):.1f}%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
