"""The spaCy side: factories reachable by name, the model option, sentence starts at line breaks."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from diplo_extract.errors import ModelNotFoundError
from diplo_extract.nlp.pipeline import load_pipeline


def test_line_breaks_start_sentences():
    from diplo_extract.nlp.components import mark_line_starts

    nlp = spacy.blank("en")
    doc = mark_line_starts(nlp("Trump Meets Putin\nThe two leaders met on Friday."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "The" in starts


def test_a_line_s_first_word_is_no_sentence_of_its_own():
    from diplo_extract.nlp.components import mark_line_starts

    nlp = spacy.blank("en")
    doc = mark_line_starts(nlp("Readout of the Call\n\nPresident Arlo Venn spoke with Kenya."))
    words = {t.text: t.is_sent_start for t in doc}
    assert words["President"] is True
    assert words["Arlo"] is False


def test_a_model_that_is_not_installed_is_a_one_line_error():
    with pytest.raises(ModelNotFoundError) as caught:
        load_pipeline("en_core_web_nonexistent")
    message = str(caught.value)
    assert "\n" not in message
    assert "pip install" in message


@pytest.mark.model
def test_components_are_added_by_name_to_a_plain_pipeline():
    from diplo_extract.nlp.pipeline import default_model

    nlp = spacy.load(default_model())
    nlp.add_pipe("diplo_actors", after="ner")
    nlp.add_pipe("diplo_events")
    doc = nlp(
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday."
    )
    mentions = doc._.diplo_mentions
    assert len(mentions) == 1
    names = {p.actor.name for p in mentions[0].participants}
    assert names == {"Vladimir Putin", "Xi Jinping"}
    assert mentions[0].place is not None and mentions[0].place.text == "Beijing"


@pytest.mark.model
def test_factories_are_registered_as_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"diplo_actors", "diplo_events"} <= names


def test_long_punctuation_runs_become_spaces_of_the_same_length() -> None:
    from diplo_extract.extraction import _without_punctuation_runs

    text = "Putin met Xi." + "—" * 500 + " Then -- they spoke... " + "=-" * 40 + "!"
    tamed = _without_punctuation_runs(text)
    assert len(tamed) == len(text)
    assert tamed.startswith("Putin met Xi ") and "—" not in tamed and "=-" not in tamed
    assert " Then -- they spoke... " in tamed  # short runs are text


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("President Njeri’s visit", "President Njeri's visit"),
        ("the two leaders’ talks", "the two leaders’ talks"),  # a plural's stays
        ("Côte d’Ivoire and O’Brien", "Côte d’Ivoire and O’Brien"),
        ("‘quoted’ so", "‘quoted’ so"),
    ],
)
def test_typographic_possessives_are_parsed_as_straight_ones(text, parsed) -> None:
    from diplo_extract.extraction import _with_plain_possessives

    assert _with_plain_possessives(text) == parsed
    assert len(_with_plain_possessives(text)) == len(text)


def test_the_package_exports_the_extract_function_in_any_import_order() -> None:
    # A submodule named like the function would shadow it once imported (the CLI imports it).
    code = (
        "import diplo_extract.cli, diplo_extract.extraction\n"
        "from diplo_extract import extract\n"
        "print(extract.__module__, extract.__name__)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["diplo_extract.extraction", "extract"]


@pytest.mark.model
def test_extract_takes_records_as_json_gives_them(nlp) -> None:
    from diplo_extract.extraction import extract

    record = {
        "id": "r1",
        "text": "Ruto will meet Museveni in Kampala on Friday.",
        "published": "2025-03-04",
    }
    (event,) = extract([record], nlp=nlp)
    assert (event.doc_id, event.status, event.date.start.isoformat()) == (
        "r1",
        "planned",
        "2025-03-07",
    )
