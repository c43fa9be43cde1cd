"""The page benchmark: what reading HTML costs, and what it does to the scores.

    .venv/bin/python benchmarks/html/bench_html.py            # the new reader (trafilatura)
    .venv/bin/python benchmarks/html/bench_html.py --old      # also the pre-issue-14 reader

Reads the pages of `gold.jsonl` (through `io.readers`, as `diplo extract` does: file, decoding,
HTML) `--repeat` times and reports pages/s; runs the extractor on what was read and reports its
time; prints the share of reading in the run, with and without the model's load, and the event
scores of the new reader, of the same articles as plain text (`plain.jsonl`) and, with `--old`,
of the old reader (`old_reader.py`, needs selectolax). Figures on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from diplo_extract.evaluate import gold_articles, load_gold, score  # noqa: E402
from diplo_extract.extraction import extract  # noqa: E402
from diplo_extract.io import html, readers  # noqa: E402
from diplo_extract.nlp.pipeline import load_pipeline  # noqa: E402


def read_pages(gold: Path, repeat: int) -> tuple[list[dict], float]:
    """The gold documents (pages read), and the seconds one reading of all the pages takes:
    `iter_articles` over the page files, as `diplo extract` reads them."""
    docs = load_gold(gold)
    paths = [str(gold.parent / doc["path"]) for doc in docs]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _article in readers.iter_articles(paths, on_error=lambda problem: None):
            pass
        best = min(best, time.perf_counter() - start)
    return docs, best


def events_line(docs: list[dict], nlp: object) -> tuple[str, float, int]:
    articles = gold_articles(docs)
    start = time.perf_counter()
    predicted = [e.model_dump(mode="json") for e in extract(articles, nlp=nlp)]
    seconds = time.perf_counter() - start
    r = score(docs, predicted)
    line = (
        f"P {r.precision or 0:.3f}  R {r.recall or 0:.3f}  F1 {r.f1 or 0:.3f}  "
        f"(tp {r.tp}, fp {r.fp}, fn {r.fn}; {len(predicted)} records)"
    )
    return line, seconds, len(predicted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=HERE / "gold.jsonl")
    parser.add_argument("--plain", type=Path, default=HERE / "plain.jsonl")
    parser.add_argument("--repeat", type=int, default=5, help="readings of the pages (best kept)")
    parser.add_argument("--old", action="store_true", help="also score the old reader")
    args = parser.parse_args()

    start = time.perf_counter()
    nlp = load_pipeline()
    load = time.perf_counter() - start

    docs, read = read_pages(args.gold, args.repeat)
    pages = len(docs)
    list(extract(gold_articles(docs[:1]), nlp=nlp))  # warm-up: lazy gazetteers, first parse
    new_line, extract_s, _ = events_line(docs, nlp)
    plain_line, _, _ = events_line(load_gold(args.plain), nlp)

    dated = [d for d in docs if d["article"].published is not None]
    right = [d for d in dated if d["article"].published.isoformat() == d.get("published")]
    stated = [d for d in docs if d.get("published")]
    print(f"{pages} pages, reading best of {args.repeat}")
    print(
        f"published: {len(dated)} pages dated by the reader, {len(right)} of them as the gold "
        f"says; the gold dates {len(stated)}"
    )
    print(f"read    {read:.3f} s  {pages / read:.0f} pages/s  ({1000 * read / pages:.2f} ms/page)")
    print(f"extract {extract_s:.3f} s  ({1000 * extract_s / pages:.1f} ms/page)")
    print(f"model load {load:.2f} s")
    print(f"HTML share of the run: {read / (read + extract_s):.1%} without the model load,")
    print(f"                       {read / (read + extract_s + load):.1%} with it")
    print(f"events, new reader   {new_line}")
    print(f"events, plain text   {plain_line}")
    if args.old:
        sys.path.insert(0, str(HERE))
        import old_reader

        with mock.patch.object(html, "read_page", old_reader.read_page):
            old_docs, old_read = read_pages(args.gold, args.repeat)
        old_line, _, _ = events_line(old_docs, nlp)
        print(f"events, old reader   {old_line}")
        print(f"old reader: {pages / old_read:.0f} pages/s ({1000 * old_read / pages:.2f} ms/page)")


if __name__ == "__main__":
    main()
