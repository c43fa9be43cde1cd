"""Speed and memory of `diplo cluster` on 1,000,000 records (issue 12).

    python benchmarks/cluster_bench.py [EVENTS.jsonl] [--records N] [--keep DIR]

Makes N records (default 1,000,000) by repeating EVENTS.jsonl (default /tmp/bench_full_ae4.jsonl,
the output of `diplo extract ../shared/bench/news.jsonl`), each copy with its dates shifted past
the last publication date of the one before (so that copies seldom meet: a copy's reports of
encounters years before its publication can) and its doc_id, event_id and URL made its own;
writes them to a temporary JSON Lines file; then runs `diplo cluster FILE -o OUT` in a fresh
process and prints records/s (wall time of that process, start-up included), its CPU time and
its peak RSS. It compares the encounters with the copies times the encounters of one copy.

Run by hand, not in the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEFAULT_INPUT = Path("/tmp/bench_full_ae4.jsonl")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_URL_DAY = re.compile(r"/(\d{4})/(\d{2})/(\d{2})/")


def _shift_day(value: Any, days: int) -> Any:
    if isinstance(value, str) and _ISO_DAY.match(value):
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    return value


def _shift_url(url: Any, days: int, copy: int) -> Any:
    """The URL of the copy: its /YYYY/MM/DD/ shifted, and made unique."""
    if not isinstance(url, str):
        return url

    def shifted(match: re.Match[str]) -> str:
        day = dt.date(*map(int, match.groups())) + dt.timedelta(days=days)
        return f"/{day.year:04d}/{day.month:02d}/{day.day:02d}/"

    return _URL_DAY.sub(shifted, url) + f"#copy{copy}"


def copy_of(record: dict[str, Any], copy: int, days: int) -> dict[str, Any]:
    """The record as the `copy`-th repetition: ids suffixed, every date `days` later."""
    out = dict(record)
    out["doc_id"] = f"{record['doc_id']}~{copy}"
    out["event_id"] = f"{record['event_id']}{copy:05x}"
    out["url"] = _shift_url(record.get("url"), days, copy)
    if isinstance(record.get("date"), dict):
        out["date"] = {k: _shift_day(v, days) for k, v in record["date"].items()}
    return out


def _span_days(records: list[dict[str, Any]]) -> int:
    """Days from the earliest to the latest reference date (publication) of the records, plus a
    quarter: the stride between copies. (Not the span of all dates: a text's "in 1961" would
    push a million records past the year 9999.)"""
    days = [
        dt.date.fromisoformat(r["date"]["reference"]).toordinal()
        for r in records
        if isinstance(r.get("date"), dict) and isinstance(r["date"].get("reference"), str)
    ]
    return max(days) - min(days) + 90


def repeated(records: list[dict[str, Any]], total: int) -> Iterator[str]:
    """`total` JSON lines: the records again and again, each copy later than the last."""
    span = _span_days(records)
    made = 0
    copy = 0
    while made < total:
        for record in records:
            if made == total:
                return
            yield json.dumps(copy_of(record, copy, copy * span), ensure_ascii=False) + "\n"
            made += 1
        copy += 1


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def _cluster(events: Path, out: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in bytes) of `diplo cluster events -o out` in a
    fresh process (the only child still to be counted: the one before it has been waited for)."""
    command = [sys.executable, "-m", "diplo_extract", "cluster", str(events), "-o", str(out), "-q"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, after.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", nargs="?", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this directory")
    args = parser.parse_args()
    with args.events.open(encoding="utf-8") as handle:
        base = [json.loads(line) for line in handle if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        one_copy, events, out = where / "one.jsonl", where / "events.jsonl", where / "enc.jsonl"
        one_copy.write_text("".join(repeated(base, len(base))), encoding="utf-8")
        with events.open("w", encoding="utf-8") as handle:
            handle.writelines(repeated(base, args.records))
        print(f"{args.records:,} records ({len(base):,} a copy) in {events}", file=sys.stderr)
        subprocess.run(
            [sys.executable, "-m", "diplo_extract", "cluster", str(one_copy), "-o", str(out), "-q"],
            check=True,
        )
        per_copy = _count_lines(out)
        seconds, cpu, peak = _cluster(events, out)
        encounters = _count_lines(out)
    copies, rest = divmod(args.records, len(base))
    print(f"records        {args.records:,}")
    print(f"encounters     {encounters:,} ({per_copy:,} a whole copy, {copies:,} whole copies)")
    print(f"seconds        {seconds:.1f}")
    print(f"records/s      {args.records / seconds:,.0f}")
    print(f"CPU seconds    {cpu:.1f} ({args.records / cpu:,.0f} records per CPU second)")
    print(f"peak RSS       {peak / 1e6:,.0f} MB")
    if rest == 0 and encounters != copies * per_copy:
        print(
            f"({copies * per_copy - encounters:,} fewer than the copies apart: reports of old "
            "encounters meet those of an earlier copy)"
        )


if __name__ == "__main__":
    main()
