"""Throughput of diplo against the bare spaCy pass it is built on (issue 6).

    python benchmarks/bench.py [--limit N] [--every K] [--workers 1,2] [--corpus PATH]
                               [--batch-size B] [--wait-idle SECONDS] [--passes bare,diplo,dask]

On the same sample of the news corpus, and each in a fresh subprocess (so that model loading,
memory and multiprocessing state do not leak from one measurement into the next), it measures

  (a) bare  - `nlp.pipe` of the base spaCy pipeline, `spacy.load(default_model())` with its
              components as shipped and no diplo components (`n_process=N`);
  (b) diplo - `extract_documents` end to end over `Article`s, every event consumed (`workers=N`);
  (c) dask  - the same articles through `diplo_extract.dask.cluster_documents` (what
              `diplo extract --dask` runs) on a `LocalCluster(n_workers=N, threads_per_worker=1)`
              (issue 13); needs the dask extra;

as documents/s and words/s (words: whitespace-separated tokens of `text`, as the corpus README
counts them), peak RSS of the process tree, the time to the first output (first doc, first event)
and the model load time, which is kept out of the throughput. It then prints the table, the ratio
(b)/(a) in words/s per process count, events per document for readouts and for other releases,
and the share of sentences the trigger prefilter lets through. The 'other load' column is the CPU
(in cores) that other programs took during a measurement: on a shared machine, anything above
zero slows the figures down (--wait-idle waits for a quiet moment and repeats disturbed runs).

Run by hand, not in the test suite; the table goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import inspect
import itertools
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "bench" / "news.jsonl"
# The corpus README's reference figures use every 20th record (340 articles, 241,380 words).
DEFAULT_EVERY = 20
# The bare pass is batched like diplo's chunks (extract.CHUNK_DOCS). spaCy's default (256) would
# put the whole default sample into two unequal batches, leaving one of two processes idle.
DEFAULT_BATCH_SIZE = 16
SAMPLE_SECONDS = 0.05
# CPU cores other programs may keep busy, on average, before the figures are flagged.
BUSY_NEIGHBOURS = 0.15
ATTEMPTS = 3


# -- the sample --------------------------------------------------------------------------------


def read_sample(corpus: Path, every: int, limit: int | None) -> list[dict[str, Any]]:
    """Records `records[::every][:limit]`, parsing only the lines that are kept."""
    with corpus.open(encoding="utf-8") as lines:
        kept = itertools.islice(lines, 0, None, every)
        if limit is not None:
            kept = itertools.islice(kept, limit)
        return [json.loads(line) for line in kept]


def words(text: str) -> int:
    return len(text.split())


def is_readout(record: dict[str, Any]) -> bool:
    return (record.get("title") or "").startswith("Readout")


# -- peak RSS of a process tree ----------------------------------------------------------------


def _tree_rss_psutil() -> Callable[[], int]:
    import psutil  # optional: only when the venv has it

    me = psutil.Process()

    def rss() -> int:
        total = 0
        for process in [me, *me.children(recursive=True)]:
            try:
                total += process.memory_info().rss
            except psutil.Error:
                pass  # ended between the listing and the reading
        return total

    return rss


def _tree_rss_proc() -> Callable[[], int]:
    me = os.getpid()

    def parents() -> dict[int, int]:
        found: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", encoding="utf-8") as stat:
                    # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
                    found[int(entry.name)] = int(stat.read().rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                pass
        return found

    def vm_rss(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) * 1024
        except (OSError, ValueError):
            pass
        return 0

    def rss() -> int:
        children: dict[int, list[int]] = {}
        for pid, ppid in parents().items():
            children.setdefault(ppid, []).append(pid)
        total, todo = 0, [me]
        while todo:
            pid = todo.pop()
            total += vm_rss(pid)
            todo.extend(children.get(pid, ()))
        return total

    return rss


class PeakRSS:
    """Samples the summed RSS of this process and all its descendants in a thread. Shared pages
    (a forked child's copy-on-write model) count once per process: an upper bound."""

    def __init__(self) -> None:
        try:
            self._rss = _tree_rss_psutil()
            self.method = "psutil"
        except ImportError:
            self._rss = _tree_rss_proc()
            self.method = "/proc VmRSS"
        self.peak = self._rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.peak = max(self.peak, self._rss())

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


# -- one measurement (runs in its own subprocess) -----------------------------------------------


def measure_bare(records: list[dict[str, Any]], processes: int, batch_size: int) -> dict[str, Any]:
    import spacy

    from diplo_extract.nlp.pipeline import default_model

    texts = [record["text"] for record in records]
    started = time.perf_counter()
    nlp = spacy.load(default_model())
    load = time.perf_counter() - started

    first: float | None = None
    docs = 0
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, n_process=processes, batch_size=batch_size):
        if first is None:
            first = time.perf_counter() - started
        docs += 1
    seconds = time.perf_counter() - started
    return {
        "docs": docs,
        "seconds": seconds,
        "load": load,
        "first": first,
        "model": default_model(),
        "pipes": nlp.pipe_names,
        "disabled": list(nlp.disabled),
        "batch_size": batch_size,
    }


def as_articles(records: list[dict[str, Any]]) -> list[Any]:
    """The corpus records as diplo's Articles, as both diplo passes take them."""
    from diplo_extract.schema import Article

    return [
        Article(
            id=record["id"],
            text=record["text"],
            title=record.get("title"),
            published=record.get("published"),
            url=record.get("url"),
            source="news.jsonl",
        )
        for record in records
    ]


def measure_diplo(records: list[dict[str, Any]], processes: int) -> dict[str, Any]:
    from diplo_extract.extraction import extract_documents
    from diplo_extract.nlp.pipeline import load_pipeline

    articles = as_articles(records)
    takes_workers = "workers" in inspect.signature(extract_documents).parameters
    if processes > 1 and not takes_workers:
        return {"skipped": "extract_documents has no workers parameter"}

    if processes == 1:
        started = time.perf_counter()
        nlp = load_pipeline()
        load = time.perf_counter() - started
        options: dict[str, Any] = {"nlp": nlp}
        if takes_workers:
            options["workers"] = 1
    else:
        # Each worker loads its own pipeline when the pool starts, inside the timed call. Start
        # the same pool once on two trivial one-article chunks (both workers start and load, in
        # parallel): the time to its first result is the start-up, taken out of the throughput.
        started = time.perf_counter()
        load = 0.0
        for _ in extract_documents(["Warm-up.", "Warm-up."], workers=processes, chunk_docs=1):
            load = load or time.perf_counter() - started
        options = {"workers": processes}

    first: float | None = None
    docs = 0
    events = {"readout": [0, 0], "other": [0, 0]}  # kind: [documents, events]
    titles = {record["id"]: record.get("title") or "" for record in records}
    started = time.perf_counter()
    for article, found in extract_documents(articles, **options):
        if found and first is None:
            first = time.perf_counter() - started
        docs += 1
        kind = "readout" if titles[article.id].startswith("Readout") else "other"
        events[kind][0] += 1
        events[kind][1] += len(found)
    total = time.perf_counter() - started
    # For workers > 1 the pool's start-up is inside `total`: take the measured one out, unless
    # the run is too short for that to mean anything (a small --limit).
    subtract = processes > 1 and total - load > total / 4
    return {
        "docs": docs,
        "seconds": total - load if subtract else total,
        "startup_included": processes > 1 and not subtract,
        "total": total,
        "load": load,
        "first": first,
        "events": events,
    }


def measure_dask(records: list[dict[str, Any]], processes: int) -> dict[str, Any]:
    import logging

    try:
        import dask
        from distributed import Client, LocalCluster

        from diplo_extract.dask import _pipeline_here, cluster_documents, worker_config
    except ImportError:
        return {"skipped": "dask is not installed (pip install '.[dask]')"}

    articles = as_articles(records)
    # Start-up, kept out of the throughput as for diplo's worker pool: the cluster (scheduler
    # and N spawned worker processes, set up as `diplo extract --dask local` does), then the
    # pipeline loaded in every worker at once.
    started = time.perf_counter()
    with dask.config.set(worker_config()):
        cluster = LocalCluster(
            n_workers=processes,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    client = Client(cluster)
    cluster_start = time.perf_counter() - started
    client.run(_pipeline_here, None)
    load = time.perf_counter() - started

    first: float | None = None
    docs = 0
    events = {"readout": [0, 0], "other": [0, 0]}
    titles = {record["id"]: record.get("title") or "" for record in records}
    started = time.perf_counter()
    for article, found in cluster_documents(cluster.scheduler_address, articles):
        if found and first is None:
            first = time.perf_counter() - started
        docs += 1
        kind = "readout" if titles[article.id].startswith("Readout") else "other"
        events[kind][0] += 1
        events[kind][1] += len(found)
    seconds = time.perf_counter() - started
    client.close()
    cluster.close()
    return {
        "docs": docs,
        "seconds": seconds,
        "load": load,
        "cluster_start": cluster_start,
        "first": first,
        "events": events,
    }


def measure(args: argparse.Namespace) -> None:
    with PeakRSS() as rss:
        records = read_sample(args.corpus, args.every, args.limit)
        if args.measure == "bare":
            result = measure_bare(records, args.processes, args.batch_size)
        elif args.measure == "dask":
            result = measure_dask(records, args.processes)
        else:
            result = measure_diplo(records, args.processes)
    result.update(peak_rss=rss.peak, rss_method=rss.method)
    print(json.dumps(result), flush=True)


# -- the driver ---------------------------------------------------------------------------------


def run_measurement(args: argparse.Namespace, what: str, processes: int) -> dict[str, Any]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--measure",
        what,
        "--processes",
        str(processes),
        "--corpus",
        str(args.corpus),
        "--every",
        str(args.every),
        "--batch-size",
        str(args.batch_size),
    ]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    print(f"measuring {what} with {processes} process(es) ...", file=sys.stderr, flush=True)
    before = _cpu_clock()
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False, cwd=REPO)
    after = _cpu_clock()
    if done.returncode != 0:
        return {"skipped": f"measurement failed (exit {done.returncode}; see stderr)"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    if before is not None and after is not None:
        wall = after[0] - before[0]
        others = (after[1] - before[1]) - (after[2] - before[2])
        result["other_load"] = max(others, 0.0) / wall
    return result


def measure_when_idle(args: argparse.Namespace, what: str, processes: int) -> dict[str, Any]:
    """One measurement; with --wait-idle, taken when other programs leave the CPUs alone, and
    taken again (up to ATTEMPTS times in all) when they did not during it."""
    deadline = time.monotonic() + args.wait_idle
    result: dict[str, Any] = {}
    for _attempt in range(ATTEMPTS if args.wait_idle > 0 else 1):
        while args.wait_idle > 0 and time.monotonic() < deadline:
            busy = _others_busy(3.0)
            if busy is None or busy <= BUSY_NEIGHBOURS:
                break
            print(f"  waiting: other programs use {busy:.2f} cores", file=sys.stderr, flush=True)
        result = run_measurement(args, what, processes)
        if result.get("other_load", 0.0) <= BUSY_NEIGHBOURS or time.monotonic() >= deadline:
            break
        print(f"  others used {result['other_load']:.2f} cores: again", file=sys.stderr, flush=True)
    return result


def _others_busy(seconds: float) -> float | None:
    """Cores other programs kept busy over the next `seconds` (this driver sleeps meanwhile)."""
    before = _cpu_clock()
    time.sleep(seconds)
    after = _cpu_clock()
    if before is None or after is None:
        return None
    return (after[1] - before[1]) / (after[0] - before[0])


def _cpu_clock() -> tuple[float, float, float] | None:
    """(wall, CPU seconds the whole machine was busy, CPU seconds of our finished children).
    Their difference over a measurement is what other programs took: on a shared machine a busy
    neighbour slows every figure down."""
    try:
        with open("/proc/stat", encoding="utf-8") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    busy = (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    # Every level waits for its children (subprocess.run, the worker pools), so the measurement's
    # whole process tree is counted here once it has ended.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.monotonic(), busy, children.ru_utime + children.ru_stime


def prefilter_share(records: list[dict[str, Any]]) -> tuple[int, int, int] | None:
    """(sentences with an encounter word, all sentences, words reaching the pipeline), or None
    when the codebase has no prefilter."""
    try:
        from diplo_extract.nlp import prefilter
    except ImportError:
        return None
    share = getattr(prefilter, "share_selected", None)
    if share is None:
        return None
    matched = total = 0
    for record in records:
        hits, sentences = share(record["text"])
        matched += hits
        total += sentences
    select = getattr(prefilter, "select", None)
    kept = -1
    if select is not None:
        excerpts = (select(record["text"]) for record in records)
        kept = sum(words(excerpt.text) for excerpt in excerpts if excerpt is not None)
    return matched, total, kept


def fmt(value: float | None, digits: int = 0) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def report(
    args: argparse.Namespace,
    records: list[dict[str, Any]],
    results: dict[tuple[str, int], dict[str, Any]],
    workers: list[int],
) -> Iterator[str]:
    n_words = sum(words(record["text"]) for record in records)
    yield (
        f"sample: {args.corpus.name}, records[::{args.every}]"
        + (f"[:{args.limit}]" if args.limit is not None else "")
        + f": {len(records):,} articles, {n_words:,} words"
    )
    any_result = next((r for r in results.values() if "pipes" in r), None)
    if any_result is not None:
        disabled = ", ".join(any_result["disabled"]) or "none"
        yield (
            f"bare pipeline: {any_result['model']} [{', '.join(any_result['pipes'])}] "
            f"(disabled as shipped: {disabled}), batch_size={any_result['batch_size']}"
        )
    yield ""
    header = (
        "pass",
        "procs",
        "docs/s",
        "words/s",
        "load s",
        "first out s",
        "run s",
        "peak RSS MB",
        "other load",
    )
    rows = []
    for what in args.passes:
        for n in workers:
            r = results[(what, n)]
            if "skipped" in r:
                rows.append((what, str(n), r["skipped"], "", "", "", "", "", ""))
                continue
            rows.append(
                (
                    what,
                    str(n),
                    fmt(r["docs"] / r["seconds"], 1),
                    fmt(n_words / r["seconds"]),
                    fmt(r["load"], 1),
                    fmt(r["first"], 2),
                    fmt(r["seconds"], 1) + ("*" if r.get("startup_included") else ""),
                    fmt(r["peak_rss"] / 2**20),
                    fmt(r.get("other_load"), 2),
                )
            )
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    line = "| " + " | ".join(f"{{:<{w}}}" for w in widths) + " |"
    yield line.format(*header)
    yield "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    for row in rows:
        yield line.format(*row)
    yield ""
    for n in workers:
        for fast, slow, label in (("diplo", "bare", "(b)/(a)"), ("dask", "diplo", "(c)/(b)")):
            b, a = results.get((fast, n), {"skipped": ""}), results.get((slow, n), {"skipped": ""})
            if "skipped" in a or "skipped" in b:
                continue
            ratio = a["seconds"] / b["seconds"]  # same words: the ratio of words/s
            yield f"{label} words/s, {n} process{'es' if n > 1 else ''}: {ratio:.2f}"
    diplo_runs = [
        results[(what, n)]
        for what in ("diplo", "dask")
        for n in workers
        if "events" in results.get((what, n), {})
    ]
    if diplo_runs:
        events = diplo_runs[0]["events"]
        parts = []
        for kind, label in (("readout", "readouts"), ("other", "other releases")):
            docs, found = events[kind]
            per = found / docs if docs else 0.0
            parts.append(f"{label} {per:.2f} ({found:,} events / {docs:,} docs)")
        yield "events per document: " + "; ".join(parts)
        if any(run["events"] != events for run in diplo_runs[1:]):
            yield "WARNING: the diplo runs found different events (worker counts, Dask)"
    if any(n > 1 for n in workers) and ("diplo", max(workers)) in results:
        yield (
            "diplo with workers > 1: 'load s' is the worker pool's start-up (spawn, import, load "
            "in each worker), timed on a warm-up pool and taken out of 'run s'"
        )
    for n in workers:
        r = results.get(("dask", n), {})
        if "cluster_start" in r:
            yield (
                f"dask with {n} worker{'s' if n > 1 else ''}: 'load s' is the LocalCluster's "
                f"start-up ({r['cluster_start']:.1f} s: scheduler, spawned workers) plus the "
                f"pipeline load in every worker ({r['load'] - r['cluster_start']:.1f} s), "
                "taken out of 'run s'"
            )
    if any(r.get("startup_included") for r in results.values()):
        yield "* run too short to take the start-up out: it is included"
    share = prefilter_share(records)
    if share is not None:
        matched, total, kept = share
        yield (
            f"trigger prefilter: {matched:,} of {total:,} sentences "
            f"({100 * matched / max(total, 1):.1f}%) have an encounter word"
            + (
                f"; {kept:,} of {n_words:,} words ({100 * kept / max(n_words, 1):.1f}%) "
                "reach the pipeline"
                if kept >= 0
                else ""
            )
        )
    if any(r.get("other_load", 0) > BUSY_NEIGHBOURS for r in results.values()):
        yield (
            "WARNING: other programs kept the CPUs busy during some measurements ('other load', "
            "in cores): run again on an idle machine (--wait-idle) before quoting these figures"
        )
    methods = {r["rss_method"] for r in results.values() if "rss_method" in r}
    if methods:
        yield (
            f"peak RSS: summed over the process tree ({', '.join(sorted(methods))}, "
            f"sampled every {SAMPLE_SECONDS * 1000:.0f} ms, model load included)"
        )


def parse_workers(value: str) -> list[int]:
    try:
        numbers = [int(part) for part in value.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers like 1,2 — got {value!r}") from None
    if not numbers or min(numbers) < 1:
        raise argparse.ArgumentTypeError(f"expected positive numbers like 1,2 — got {value!r}")
    return numbers


PASSES = ("bare", "diplo", "dask")


def parse_passes(value: str) -> list[str]:
    passes = [part.strip() for part in value.split(",") if part.strip()]
    if not passes or not set(passes) <= set(PASSES):
        raise argparse.ArgumentTypeError(f"expected some of bare,diplo,dask — got {value!r}")
    return passes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="JSON Lines corpus (default: %(default)s)",
    )
    parser.add_argument(
        "--every",
        type=int,
        default=DEFAULT_EVERY,
        help="take every K-th record (default %(default)s; 1 for the whole corpus)",
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="then keep only the first N of those"
    )
    parser.add_argument(
        "--workers",
        type=parse_workers,
        default=[1, 2],
        help="process counts to measure, comma-separated (default 1,2)",
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        help="nlp.pipe batch size of the bare pass (default %(default)s)",
    )
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0,
        metavar="SECONDS",
        help="on a shared machine: wait up to this long in all for other programs to leave the "
        "CPUs idle before each measurement, and repeat one they disturbed (default: do not wait)",
    )
    parser.add_argument(
        "--passes",
        type=parse_passes,
        default=list(PASSES),
        help="passes to measure, comma-separated (default bare,diplo,dask)",
    )
    # Internal: one measurement, printed as one JSON line.
    parser.add_argument("--measure", choices=PASSES, help=argparse.SUPPRESS)
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.every < 1 or (args.limit is not None and args.limit < 1) or args.batch_size < 1:
        parser.error("--every, --limit and --batch-size must be positive")
    if not args.corpus.is_file():
        parser.error(f"no corpus at {args.corpus} — pass --corpus PATH to a JSON Lines file")

    # This checkout's diplo, even when another copy is installed in the environment.
    sys.path.insert(0, str(REPO))
    if args.measure:
        measure(args)
        return 0

    records = read_sample(args.corpus, args.every, args.limit)
    results = {}
    for what in args.passes:
        for n in args.workers:
            results[(what, n)] = measure_when_idle(args, what, n)
    for text in report(args, records, results, args.workers):
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
