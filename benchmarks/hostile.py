"""Hostile inputs through the installed `diplo` command: time, peak memory and exit status.

    python benchmarks/hostile.py [--corpus ../shared/bench/news.jsonl] [--size 1000000]

Cases (each run in a fresh `diplo extract` process, one worker, the model load included):
- one line: SIZE characters of news with every line break replaced by a space;
- no punctuation: the same with every punctuation mark removed (one endless "sentence");
- deep JSON: a .json list nested 10,000 deep and a .jsonl line nested 100,000 deep, then a good
  article, which must still give its record (exit 1: two inputs failed);
- three megabytes on one line, for scale (no limit to meet).
The news comes from the bench corpus when it is there, else from sentences made up here.
Limits (issue: hostile input): under 10 s and 600 MB peak RSS for the first two; no crash
anywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "bench" / "news.jsonl"
DIPLO = Path(sys.executable).with_name("diplo")
LIMIT_SECONDS, LIMIT_MB = 10.0, 600


def news(corpus: Path, size: int) -> str:
    """`size` characters of news text on one line."""
    parts: list[str] = []
    total = 0
    if corpus.exists():
        with corpus.open(encoding="utf-8") as handle:
            for line in handle:
                text = " ".join(json.loads(line)["text"].split())
                parts.append(text)
                total += len(text) + 1
                if total >= size:
                    break
    else:
        rng = random.Random(7)
        people = ["Ulla Marsk", "Tomas Vee", "Ana Rilke", "Joon Park", "Lia Hart"]
        states = ["Norlandia", "Ostrava", "Kessel", "Velm", "Arkadia"]
        verbs = ["met", "spoke by phone with", "held talks with", "will visit"]
        while total < size:
            if rng.random() < 0.1:
                sentence = (
                    f"Minister {rng.choice(people)} of {rng.choice(states)} {rng.choice(verbs)} "
                    f"{rng.choice(people)} in {rng.choice(states)} on Tuesday."
                )
            else:
                sentence = "Officials said the economy grew and the harvest was good this year."
            parts.append(sentence)
            total += len(sentence) + 1
    return " ".join(parts)[:size]


def run(args: list[str]) -> tuple[float, float, int, int]:
    """(seconds, peak RSS in MB, exit status, records) of `diplo extract ARGS`."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(DIPLO), "extract", "--quiet", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    records = sum(1 for _ in proc.stdout)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, proc.returncode, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per long case")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = news(options.corpus, options.size)
        (folder / "one_line.txt").write_text(text, encoding="utf-8")
        (folder / "no_punctuation.txt").write_text(re.sub(r"[^\w\s]", "", text), encoding="utf-8")
        (folder / "deep.json").write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
        (folder / "deep.jsonl").write_text('{"a":' * 100_000 + "1" + "}" * 100_000 + "\n")
        (folder / "zz_good.txt").write_text(
            "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing.",
            encoding="utf-8",
        )
        (folder / "three_mb.txt").write_text(news(options.corpus, 3_000_000), encoding="utf-8")
        cases = [
            ("one line", ["one_line.txt"], True),
            ("no punctuation", ["no_punctuation.txt"], True),
            ("deep JSON + good", ["deep.json", "deep.jsonl", "zz_good.txt"], False),
            ("3 MB on one line", ["three_mb.txt"], False),
        ]
        source = "bench corpus" if options.corpus.exists() else "made-up sentences"
        print(f"diplo extract, one worker; news from the {source}")
        print("| case | input chars | seconds | peak RSS MB | exit | records | within limits |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
        for name, files, limited in cases:
            chars = sum(len((folder / f).read_text(encoding="utf-8")) for f in files)
            seconds, peak, status, records = run([str(folder / f) for f in files])
            ok = status in (0, 1) and (not limited or (seconds < LIMIT_SECONDS and peak < LIMIT_MB))
            verdict = ("yes" if ok else "NO") if limited else ("no crash" if ok else "CRASH")
            print(
                f"| {name} | {chars:,} | {seconds:.1f} | {peak:.0f} | {status} | {records} "
                f"| {verdict} |"
            )


if __name__ == "__main__":
    main()
