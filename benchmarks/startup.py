"""Start-up cost of diplo's rule model and gazetteers, each measured in a fresh process.

    python benchmarks/startup.py

Prints seconds for: the bare spaCy pipeline; diplo's pipeline (base + components, which build
the gazetteer matchers); the first geocode (GeoNames index); the first leader and country lookups.
"""

from __future__ import annotations

import json
import subprocess
import sys

STEPS = {
    "spaCy base pipeline": (
        "from diplo_extract.nlp.pipeline import default_model; import spacy; "
        "spacy.load(default_model())"
    ),
    "diplo pipeline (base + components + gazetteer matchers)": (
        "from diplo_extract.nlp.pipeline import load_pipeline; load_pipeline()"
    ),
    "countries table (first country_code)": (
        "from diplo_extract.normalize.countries import country_code; country_code('Türkiye')"
    ),
    "actors tables (first parse_actor)": (
        "from diplo_extract.normalize.actors import parse_actor; "
        "parse_actor('Russian President Vladimir Putin')"
    ),
    "GeoNames index (first geocode)": (
        "from diplo_extract.normalize.places import geocode; geocode('Ankara')"
    ),
}
# What runs before the clock starts, for a step that times one part alone.
SETUP = {
    "GeoNames index alone (modules imported before)": (
        "import diplo_extract.normalize.places as places",
        "places._index()",
    ),
}

PROBE = """
import time, json
{setup}
t = time.perf_counter()
{code}
first = time.perf_counter() - t
t = time.perf_counter()
{code}
print(json.dumps([first, time.perf_counter() - t]))
"""


def main() -> None:
    print(f"{'step':<60} {'first (s)':>10} {'again (s)':>10}")
    steps = {name: ("", code) for name, code in STEPS.items()} | SETUP
    for name, (setup, code) in steps.items():
        out = subprocess.run(
            [sys.executable, "-c", PROBE.format(setup=setup, code=code)],
            capture_output=True,
            text=True,
            check=True,
        )
        first, again = json.loads(out.stdout)
        print(f"{name:<60} {first:>10.3f} {again:>10.4f}")


if __name__ == "__main__":
    main()
