"""diplo on Dask (diplo_extract.dask): a real LocalCluster with two worker processes gives the
records `diplo extract` writes, byte for byte, with bad articles as error records and one pipeline
load per worker; and without the dask extra nothing imports Dask, and --dask says what to install.

The articles are invented here (news-style sentences from templates, a fixed seed), so the tests
need nothing outside the repository."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplo_extract.cli import app
from tests.conftest import ROOT, SEEDS

runner = CliRunner()

LEADERS = [
    ("President", "Aurelio Mendes", "Brazil", "Brasilia"),
    ("Prime Minister", "Hana Kowalczyk", "Poland", "Warsaw"),
    ("Chancellor", "Dieter Albrecht", "Germany", "Berlin"),
    ("President", "Amina Diallo", "Senegal", "Dakar"),
    ("Prime Minister", "Kenji Morita", "Japan", "Tokyo"),
    ("President", "Lucia Ferraro", "Italy", "Rome"),
    ("King", "Faisal bin Rashid", "Jordan", "Amman"),
    ("Prime Minister", "Arjun Mehta", "India", "New Delhi"),
    ("President", "Tomas Lindqvist", "Finland", "Helsinki"),
    ("Foreign Minister", "Olga Petrenko", "Ukraine", "Kyiv"),
]
ENCOUNTERS = [
    "{t1} {n1} of {c1} met {t2} {n2} of {c2} in {city2} on {day}.",
    "{t1} {n1} of {c1} spoke by phone with {t2} {n2} of {c2} on {day}.",
    "{t1} {n1} of {c1} will visit {city2} next week for talks with {t2} {n2}.",
    "{t2} {n2} of {c2} received {t1} {n1} of {c1} in {city2} on {day}.",
    "{t1} {n1} of {c1} held talks with {t2} {n2} of {c2} in {city1} on {day}.",
    "The planned meeting between {t1} {n1} of {c1} and {t2} {n2} of {c2} was postponed.",
]
CONTEXT = [
    "The two leaders discussed trade, energy security and the war in the region.",
    "They agreed to meet again before the end of the year.",
    "The talks focused on climate finance and migration.",
    "Officials said the discussion was frank and constructive.",
]
FILLER = [
    "The statistics office said output grew by {k} percent in the last quarter.",
    "Heavy rain closed {k} schools in the north of the country on Tuesday.",
    "The central bank kept its main interest rate at {k} percent.",
    "Parliament debated a bill on rural broadband for the {k}th time this session.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
BAD = [
    {"id": "bad-no-text", "title": "No text at all"},
    {"id": "bad-number", "text": 42},
    ["not", "an", "article"],
]


def invented_articles(n: int = 200, seed: int = 13) -> list[dict[str, object]]:
    """`n` news-style articles: most report an encounter between two invented leaders, some
    only domestic news (no event); a few without a published date."""
    rng = random.Random(seed)
    articles: list[dict[str, object]] = []
    for i in range(n):
        (t1, n1, c1, city1), (t2, n2, c2, city2) = rng.sample(LEADERS, 2)
        slots = {
            "t1": t1,
            "n1": n1,
            "c1": c1,
            "city1": city1,
            "t2": t2,
            "n2": n2,
            "c2": c2,
            "city2": city2,
            "day": rng.choice(DAYS),
        }
        sentences = [rng.choice(FILLER).format(k=rng.randint(2, 30)) for _ in range(3)]
        if i % 5 != 4:
            at = rng.randint(0, len(sentences))
            sentences[at:at] = [rng.choice(ENCOUNTERS).format(**slots), rng.choice(CONTEXT)]
        article: dict[str, object] = {
            "id": f"invented-{i:03d}",
            "title": f"Dispatch {i}",
            "text": " ".join(sentences),
        }
        if i % 7 != 6:
            article["published"] = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}"
        articles.append(article)
    return articles


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 invented articles and the 3 bad ones, as a JSON Lines file (bad ones in the middle)."""
    items: list[object] = invented_articles()
    items[100:100] = BAD
    path = tmp_path_factory.mktemp("dask") / "news.jsonl"
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cli_records(corpus: Path) -> list[str]:
    """What `diplo extract` writes for the corpus, each record as json.dumps(sort_keys=True)."""
    result = runner.invoke(app, ["extract", str(corpus), "--quiet"])
    assert result.exit_code == 1, result.stderr  # the three bad records
    assert len(result.stderr.splitlines()) == 3, result.stderr
    return [json.dumps(json.loads(line), sort_keys=True) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.mark.model
@pytest.mark.dask
def test_extract_bag_on_a_local_cluster(corpus: Path, cli_records: list[str], client) -> None:
    import dask
    import dask.bag as db

    from diplo_extract.dask import extract_bag_with_errors, pipeline_loads

    bag = db.read_text(str(corpus), blocksize=20_000).map(json.loads)
    assert bag.npartitions >= 4  # more partitions than workers: a load per partition would show
    records, errors = extract_bag_with_errors(bag, source=str(corpus))
    records, errors = dask.compute(records, errors)

    assert len(cli_records) > 100
    assert [json.dumps(record, sort_keys=True) for record in records] == cli_records
    assert [(e["severity"], e["problem"]) for e in errors] == [
        ("error", 'no "text" field'),
        ("error", '"text" is a number, not a string'),
        ("error", "a JSON list, not an object"),
    ]
    assert all(e["path"].startswith(f"{corpus}[") for e in errors)
    assert client.run(pipeline_loads) == dict.fromkeys(client.nthreads(), 1)


@pytest.mark.model
@pytest.mark.dask
def test_extract_partitions_gives_the_same_records(
    corpus: Path, cli_records: list[str], client
) -> None:
    import dask
    import dask.dataframe as dd
    import pandas as pd

    from diplo_extract.dask import RECORD_COLUMNS, extract_partitions_with_errors

    frame = dd.from_pandas(pd.DataFrame(invented_articles()), npartitions=5)
    records, errors = dask.compute(*extract_partitions_with_errors(frame, source=str(corpus)))

    assert list(records.columns) == list(RECORD_COLUMNS)
    nested = [name for name, kind in RECORD_COLUMNS.items() if kind == "json"]
    rows = [
        {k: (json.loads(v) if k in nested and v is not None else v) for k, v in row.items()}
        for row in records.astype(object).where(records.notna(), None).to_dict("records")
    ]
    assert [json.dumps(row, sort_keys=True) for row in rows] == cli_records
    assert errors.empty


@pytest.mark.model
@pytest.mark.dask
def test_cli_on_a_cluster_writes_what_it_writes_without(
    corpus: Path, cli_records: list[str], client, tmp_path: Path
) -> None:
    address = client.scheduler.address
    problems = tmp_path / "problems.jsonl"
    result = runner.invoke(
        app, ["extract", str(corpus), "--dask", address, "--quiet", "--errors", str(problems)]
    )
    assert result.exit_code == 1, result.stderr
    lines = result.stdout.splitlines()
    assert [json.dumps(json.loads(line), sort_keys=True) for line in lines] == cli_records
    assert [json.loads(line)["line"] for line in problems.read_text().splitlines()] == [
        101,
        102,
        103,
    ]


def test_dask_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    # Dask made unimportable in a fresh interpreter, as in an install without the extra.
    code = (
        "import sys\n"
        "sys.modules.update(dask=None, distributed=None)\n"
        "sys.argv = ['diplo', 'extract', '--dask', 'local', sys.argv[1], '-o', sys.argv[2]]\n"
        "from diplo_extract.cli import main\n"
        "main()\n"
    )
    out = tmp_path / "events.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", code, str(SEEDS), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        "error: diplo on Dask needs dask and distributed, which are not installed — install them "
        "with pip install 'diplo-extract[dask]'"
    ]
    assert done.stdout == ""
    assert list(tmp_path.iterdir()) == []  # no output file, not even a temporary one


@pytest.mark.model
def test_the_base_install_does_not_import_dask() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from diplo_extract.cli import app\n"
        "result = CliRunner().invoke(app, ['extract', sys.argv[1], '--workers', '1'])\n"
        "assert result.exit_code == 0, result.output\n"
        "assert result.stdout.count('event_id') >= 5, result.stdout\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(SEEDS)], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.dask
def test_a_frame_without_the_text_column_is_refused() -> None:
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd

    from diplo_extract.dask import extract_partitions

    frame = dd.from_pandas(pd.DataFrame({"body": ["Putin met Xi."], "id": ["a"]}), npartitions=1)
    with pytest.raises(ValueError, match="no column 'text' for the article text"):
        extract_partitions(frame)
    assert extract_partitions(frame, text="body").npartitions == 1
