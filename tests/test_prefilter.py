"""The lexical prefilter: which sentences reach the pipeline, and offsets back to the source."""

import pytest

from diplo_extract.nlp import prefilter
from diplo_extract.nlp.prefilter import (
    Excerpt,
    mentions_an_encounter,
    segments,
    select,
    with_title,
)


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
        # Irregular and doubled forms of a lemma pattern, and "{0,3}" words between its tokens.
        "Prime Minister Teo Vaskin flew to Kessel on Monday.",
        "President Arlo Venn sat down with Premier Ulla Marsk.",
        "Vaskin conferred with Marsk in Lisbon.",
        "Vaskin talked with Marsk.",
        "Vaskin spoke again on Tuesday evening with Marsk.",
        "Vaskin flies to Kessel on Friday.",
        "Vaskin and Marsk met.",
        "Foreign Minister Wen Li shook hands with Ulla Marsk in Kessel on Tuesday.",
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


def test_a_title_the_text_does_not_hold_leads_the_excerpt_and_maps_to_no_source():
    text = "Foreign Minister Vaskin met Secretary Marsk on Monday. Trade rose."
    excerpt = select(text)
    assert excerpt is not None
    title = "Readout of Secretary Marsk's Meeting with Foreign Minister Teo Vaskin of Norlandia"
    titled = with_title(excerpt, title, text)
    assert titled.text == title + "\n\n" + excerpt.text
    assert titled.headline == len(title) + 2
    start = titled.text.index("Foreign Minister Vaskin met")
    assert titled.source_span(start, len(titled.text)) == excerpt.source_span(0, len(excerpt.text))
    # the text's first line is the title already, or there is none: the excerpt as it was
    assert with_title(excerpt, "Foreign Minister Vaskin met Secretary Marsk", text) == excerpt
    assert with_title(excerpt, None, text) == excerpt


@pytest.mark.model
def test_the_title_says_who_the_text_names_and_gives_no_record_of_its_own(nlp):
    from diplo_extract.extraction import extract
    from diplo_extract.schema import Article

    title = "Readout of Secretary Ulla Marsk's Call with Foreign Minister Teo Vaskin of Kenya"
    article = Article(
        id="t",
        title=title,
        text="Secretary Ulla Marsk of Norlandia spoke today with Foreign Minister Vaskin.",
        published="2025-03-12",
    )
    [event] = extract([article], nlp=nlp)
    assert {p.name: p.country for p in event.participants}["Teo Vaskin"] == "KEN"
    assert [e.text for e in event.evidence] == [article.text]
    alone = Article(id="t", title=title, text="Trade talks went well, officials said.")
    assert list(extract([alone], nlp=nlp)) == []


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
            for start, end in zip(window.excerpt_starts, window.excerpt_ends, strict=True):
                piece = window.text[start:end]
                source = window.to_source(start)
                assert text[source : source + len(piece)] == piece
                kept.append(piece)
        # Every character of the excerpt's pieces is in exactly one window.
        pieces = zip(excerpt.excerpt_starts, excerpt.excerpt_ends, strict=True)
        assert "".join(kept) == "".join(excerpt.text[start:end] for start, end in pieces)


# -- the excerpt reads as the source: neighbours stay together, pieces keep their separators -----


def test_neighbouring_kept_sentences_stay_one_piece_with_the_source_text_between():
    text = (
        'Ulla Marsk arrived in Kessel on Monday. "We met the president." Talks ended late. '
        "Prices rose.\nShe left on Friday."
    )
    excerpt = select(text)
    assert excerpt is not None
    # One piece, closing quote included, not three paragraphs.
    assert (
        excerpt.text
        == 'Ulla Marsk arrived in Kessel on Monday. "We met the president." Talks ended late.'
    )
    assert excerpt.excerpt_starts == (0,)


def test_paragraphs_and_windows_of_one_sentence_stay_apart():
    text = "Ulla Marsk met Teodor Varga.\n\nTalks ended late."
    excerpt = select(text)
    assert excerpt is not None
    assert excerpt.text == text  # the blank line as in the source...
    assert len(excerpt.excerpt_starts) == 2  # ...between two pieces, where windows may cut


def test_a_piece_follows_the_white_space_it_follows_in_the_source():
    text = (
        "Ports reopen\n\nThe port reopened. Fishing resumed. Ulla Marsk met Teodor Varga.\n"
        "Prices rose.\nTalks ended late.\n\nPrices fell.\n\nTalks resume today."
    )
    excerpt = select(text)
    assert excerpt is not None
    # A blank line, a line break, a blank line: as after or before each piece in the source.
    assert excerpt.text == (
        "Ports reopen\n\nUlla Marsk met Teodor Varga.\nTalks ended late.\n\nTalks resume today."
    )
    for start, end in zip(excerpt.excerpt_starts, excerpt.excerpt_ends, strict=True):
        piece = excerpt.text[start:end]
        source = excerpt.to_source(start)
        assert text[source : source + len(piece)] == piece


def test_a_span_that_takes_in_the_white_space_after_its_piece_ends_with_that_piece():
    text = "Ports reopen\nPrices rose.\nUlla Marsk met Teodor Varga."
    excerpt = select(text)
    assert excerpt is not None
    assert excerpt.text == "Ports reopen\nUlla Marsk met Teodor Varga."
    # "Ports reopen\n" (the headline and its line break) is "Ports reopen" in the source, not
    # everything up to the next piece.
    start, end = excerpt.source_span(0, len("Ports reopen\n"))
    assert text[start:end] == "Ports reopen"
    start, end = excerpt.source_span(len("Ports reopen\n"), len(excerpt.text))
    assert text[start:end] == "Ulla Marsk met Teodor Varga."
    assert excerpt.to_source(len("Ports reopen")) == len("Ports reopen")


# -- the first full mention of a name the kept sentences use alone ---------------------------------

_HARBOUR = "Harbour reopens\nThe port of Kessel reopened on Monday after a week of storms. "


def test_the_first_full_mention_of_a_surname_used_alone_is_kept():
    text = (
        _HARBOUR + "Norwegian Foreign Minister Ulla Marsk toured the old docks. "
        "Fishing boats returned to sea. Marsk also called on President Varga of Estonia."
    )
    excerpt = select(text)
    assert excerpt is not None
    assert "Norwegian Foreign Minister Ulla Marsk toured the old docks." in excerpt.text
    assert "Fishing boats" not in excerpt.text


@pytest.mark.parametrize(
    "dropped",
    [
        # the name is already given in full in a kept sentence
        "Foreign Minister Ulla Marsk toured the old docks. ",
        # a run of capitals that no title introduces is no full mention of a person
        "The Marsk Harbour Authority toured the old docks. ",
    ],
)
def test_other_capitalised_phrases_do_not_bring_a_sentence_back(dropped: str):
    text = (
        _HARBOUR + dropped + "Fishing boats returned to sea. "
        "Foreign Minister Ulla Marsk later met Varga."
        if dropped.startswith("Foreign")
        else _HARBOUR + dropped + "Fishing boats returned to sea. Marsk later met Varga."
    )
    excerpt = select(text)
    assert excerpt is not None
    assert "toured" not in excerpt.text


# -- what the pipeline makes of an excerpt ---------------------------------------------------------


@pytest.mark.model
def test_each_piece_starts_a_sentence_even_when_joined_by_a_space(nlp):
    from diplo_extract.extraction import _make_doc, reference_for
    from diplo_extract.schema import Article

    text = "Ulla Marsk arrived on Monday. Fishing resumed. Ulla Marsk met Teodor Varga on Friday."
    excerpt = select(text)
    assert excerpt is not None
    assert excerpt.text == "Ulla Marsk arrived on Monday. Ulla Marsk met Teodor Varga on Friday."
    article = Article(id="t", text=text)
    doc = nlp(_make_doc(nlp, excerpt, reference_for(article, None), article, ()))
    starts = {s.start_char for s in doc.sents}
    assert starts >= set(excerpt.excerpt_starts)


@pytest.mark.model
def test_a_surname_after_dropped_sentences_is_read_as_in_the_whole_text(nlp):
    # Joined by a blank line, "Marsk also called on..." read like a dateline: Marsk a place.
    from diplo_extract.extraction import extract

    text = (
        _HARBOUR + "Norwegian Foreign Minister Ulla Marsk toured the old docks. "
        "Fishing boats returned to sea. Marsk also called on President Varga of Estonia."
    )
    runs = [list(extract([text], nlp=nlp, prefilter=on)) for on in (True, False)]
    for events in runs:
        assert [e.type for e in events] == ["meeting"]
        people = {p.name: p.country for p in events[0].participants}
        assert people == {"Ulla Marsk": "NOR", "Varga": "EST"}
