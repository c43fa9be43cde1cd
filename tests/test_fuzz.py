"""Property: any text at all goes through the extractor without an exception, and whatever comes
out validates and points at the exact characters it quotes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplo_extract.extraction import extract
from diplo_extract.schema import Article, Event

# Sentences the rules do fire on, so that assembly and offsets are exercised, not just parsing.
SENTENCES = [
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Friday.",
    "President Joe Biden spoke by phone with Prime Minister Justin Trudeau of Canada.",
    "Foreign Minister Wang Yi will visit Moscow next week for talks with Sergei Lavrov.",
    "The summit between Kim Jong Un and Moon Jae-in was cancelled.",
]
SCRIPTS = "abc XYZ Καλημέρα Здравствуйте مرحبا שלום नमस्ते 你好 こんにちは 안녕하세요 ☃🙂\u200b\u202e"

anything = st.text(st.characters(codec="utf-8"), max_size=200)  # control characters included
mixed = st.text(st.sampled_from(SCRIPTS), max_size=200)
huge_token = st.builds(lambda c, n: c * n, st.sampled_from("x.-—\n\t 0€"), st.integers(0, 20_000))
pieces = st.one_of(st.sampled_from(SENTENCES), anything, mixed, huge_token, st.just(""))
texts = st.one_of(
    st.just(""), anything, mixed, huge_token, st.lists(pieces, max_size=6).map("".join)
)
dates = st.one_of(st.none(), st.dates())


@pytest.mark.model
@settings(
    max_examples=60,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=texts, published=dates)
def test_any_text_yields_valid_records_with_exact_offsets(nlp, text, published) -> None:
    article = Article(id="fuzz", text=text, published=published)
    for event in extract([article], nlp=nlp):  # no on_error: a failing document raises
        again = Event.model_validate_json(event.model_dump_json())
        assert again == event
        assert event.doc_id == "fuzz"
        for evidence in event.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.text
