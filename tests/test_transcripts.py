"""The turns of a briefing's transcript (no model needed)."""

from diplo_extract.nlp.transcripts import reporter_turns


def _asked(text: str) -> list[str]:
    return [text[start:end] for start, end in reporter_turns(text)]


def test_a_reporters_turn_runs_to_the_next_speakers_label():
    text = (
        "MS. VARRO: Good afternoon.\n\nQ Will the President meet Vaskin?\n\nAnd when?\n\n"
        "MS. VARRO: He met Vaskin on Tuesday.\n\nQ: Thanks.\nPRESIDENT NIINISTÖ: Yes."
    )
    assert _asked(text) == [
        "Q Will the President meet Vaskin?\n\nAnd when?\n\n",
        "Q: Thanks.\n",
    ]


def test_a_last_question_runs_to_the_end():
    assert _asked("THE PRESIDENT: Thank you.\nQ Mr. President, will you go to Kessel?") == [
        "Q Mr. President, will you go to Kessel?"
    ]


def test_no_turns_in_a_text_that_is_no_transcript():
    # A colon after words in lower case ("Here is the thing:") is no speaker's label, and
    # "Qatar" or "Q3" opens no reporter's turn.
    text = "Qatar hosted the talks.\nQ3 growth: strong.\nHere is the thing: they met."
    assert reporter_turns(text) == ()
