"""The turns of a briefing's transcript: who asks and who answers.

A White House briefing or press call is printed as turns, each opening a line with its speaker:
"Q" for a reporter, a label in capitals for an official ("MS. VARRO:", "THE PRESIDENT:",
"SENIOR ADMINISTRATION OFFICIAL:"). A reporter's turn runs on over the following lines until
the next label. The turns are found on the article's own text, before the prefilter drops the
lines (often the labels) that name no encounter.
"""

from __future__ import annotations


def reporter_turns(text: str) -> tuple[tuple[int, int], ...]:
    """The reporters' turns of `text` as character ranges: from a line opening with "Q" to the
    next line opening with a speaker's label; none in a text that is no transcript."""
    turns: list[tuple[int, int]] = []
    start: int | None = None
    offset = 0
    for line in text.splitlines(keepends=True):
        head = line.lstrip()
        if head.startswith(("Q ", "Q:", "Q\t")) or head.rstrip() == "Q":
            start = offset if start is None else start
        elif start is not None and _speaker_label(head):
            turns.append((start, offset))
            start = None
        offset += len(line)
    if start is not None:
        turns.append((start, offset))
    return tuple(turns)


def _speaker_label(line: str) -> bool:
    """A line opening with who speaks, in capitals: "MS. VARRO:", "PRESIDENT NIINISTÖ:"."""
    label, colon, _ = line.partition(":")
    return bool(colon) and len(label) <= 50 and label.isupper()
