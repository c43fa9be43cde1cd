"""The lexical prefilter: which sentences reach the pipeline, and offsets back to the source."""

import pytest

from diplo_extract.nlp import prefilter
from diplo_extract.nlp.prefilter import Excerpt, mentions_an_encounter, segments, select


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin met Xi in Beijing.",
        "The two leaders held talks on Friday.",
        "She spoke today with the Emir of Qatar.",
        "Macron will travel to Berlin next week.",
        "A phone call between the presidents lasted an hour.",
        "The summit was called off.",
        "Ankara invited Trump to visit.",
        "The prime minister paid a visit to Ghana.",
        "Officials are meeting in Geneva.",
        "The minister called on Prime Minister Wong in Singapore.",
    ],
)
def test_encounter_sentences_pass(sentence):
    assert mentions_an_encounter(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The economy grew by three percent.",
        "He called on lawmakers to act.",
        "The bill passed the Senate.",
        "Inflation eased in March.",
    ],
)
def test_other_sentences_do_not(sentence):
    assert not mentions_an_encounter(sentence)


def test_segments_split_lines_and_sentences():
    text = "Headline\nFirst sentence. Second one! Third?\n\nLast line"
    assert [text[s:e] for s, e in segments(text)] == [
        "Headline",
        "First sentence.",
        "Second one!",
        "Third?",
        "Last line",
    ]


def test_an_article_without_encounter_words_is_skipped():
    assert select("Inflation eased in March. Prices fell.") is None


def test_excerpt_offsets_map_back_to_the_source():
    text = (
        "Leaders Meet\nThe economy grew. Oil fell. Putin arrived on Monday. "
        "He met Xi in Beijing on Friday. Markets rose.\nNothing here."
    )
    excerpt = select(text)
    assert excerpt is not None
    assert "The economy grew" not in excerpt.text
    assert "Putin arrived on Monday." in excerpt.text  # the sentence "He met..." leans on
    for needle in ("Leaders Meet", "He met Xi in Beijing on Friday.", "Putin arrived"):
        start = excerpt.text.index(needle)
        source = excerpt.to_source(start)
        assert text[source : source + len(needle)] == needle
        end = excerpt.to_source(start + len(needle))
        assert text[source:end] == needle


def test_a_whole_text_maps_to_itself():
    excerpt = Excerpt.whole("abc")
    assert [excerpt.to_source(i) for i in range(4)] == [0, 1, 2, 3]


def test_abbreviations_do_not_end_sentences():
    text = "Former U.S. President Donald Trump met Gen. Musharraf on Jan. 5 in Agra. Talks ended."
    assert [text[s:e] for s, e in segments(text)] == [
        "Former U.S. President Donald Trump met Gen. Musharraf on Jan. 5 in Agra.",
        "Talks ended.",
    ]


# -- bounded pieces and windows: a page on one line, a text without punctuation -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Putin met Xi in Beijing. " * 2_000,  # one long line of sentences
        "putin met xi in beijing and " * 2_000,  # no punctuation at all
        "x" * 50_000,  # no space either
        "U.S. " * 10_000 + "Biden met Kishida.",  # abbreviations that end no sentence
    ],
)
def test_pieces_are_bounded_and_cover_the_text(text: str) -> None:
    pieces = segments(text)
    assert all(end - start <= prefilter.MAX_PIECE_CHARS for start, end in pieces)
    joined = "".join(text[start:end] for start, end in pieces)
    assert joined.replace(" ", "") == text.replace(" ", "")


def test_a_sentence_past_the_limit_is_cut_into_windows_and_only_those_with_a_trigger_kept():
    filler = "the weather stayed mild across the region all week long and "
    text = filler * 40 + "the ministers met in the capital " + filler * 40
    assert len(text) > prefilter.MAX_PIECE_CHARS
    excerpt = select(text)
    assert excerpt is not None
    assert "ministers met" in excerpt.text
    assert len(excerpt.text) <= 2 * prefilter.SENTENCE_WINDOW_CHARS


@pytest.mark.parametrize("limit", [50, 333, 5_000])
def test_windows_are_bounded_and_map_back_to_the_source(limit: int) -> None:
    lines = (
        f"Leader {n} met leader {n + 1} in City {n}. The weather was fine." for n in range(300)
    )
    text = "\n".join(lines)
    for excerpt in (select(text), Excerpt.whole(text)):
        assert excerpt is not None
        windows = excerpt.windows(limit)
        assert all(len(w.text) <= limit for w in windows)
        kept = []
        for window in windows:
            ends = [s - 2 for s in window.excerpt_starts[1:]] + [len(window.text)]
            for start, end in zip(window.excerpt_starts, ends, strict=True):
                piece = window.text[start:end]
                source = window.to_source(start)
                assert text[source : source + len(piece)] == piece
                kept.append(piece)
        # Every character of the excerpt's pieces is in exactly one window.
        assert "".join(kept) == excerpt.text.replace("\n\n", "")
