"""A cheap lexical pass that decides which parts of an article the spaCy pipeline needs to see.

Most sentences of a news article say nothing about an encounter. Before any model runs, the text
is cut into lines and sentences with a regular expression, and only the sentences that contain
an encounter word from the trigger lexicon are kept, each with the sentence before it (for "he",
"the two leaders" and surnames), plus the article's first lines (headline, dateline) and the
sentence where a name the kept ones use alone is first written in full with a title. The excerpt
should read as the article does: neighbouring kept sentences stay one piece with the source text
between them, and pieces are joined by a space, a line break or a blank line as the source
separates them. An `Excerpt` maps its offsets back to the source, so evidence offsets still
index the original text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice

from diplo_extract.rules.lexicon import cues, trigger_patterns
from diplo_extract.rules.registry import rule

# Sentence ends: . ! ? (and a closing quote or bracket), then space, then a capital or an opening
# quote. Abbreviations ("U.S. officials") may split a sentence in two; both halves are kept or
# dropped together with their neighbours, and the parser re-segments what is kept.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]?\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Prof|St|Jr|Sr|No|Vol|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Amb|Rev|Hon|Pres|Gov|approx|vs|etc)\.)$"
)
# Pieces regrouped into windows (`Excerpt.windows`) are joined as paragraphs.
_JOINER = "\n\n"
_HEADLINE_CHARS = 200  # the first line is kept when it is short enough to be a headline
_LEANS_BACK = {
    "he",
    "she",
    "they",
    "the",
    "this",
    "these",
    "both",
    "it",
    "their",
    "his",
    "her",
    "its",
}


@dataclass(frozen=True)
class Excerpt:
    """The text the pipeline runs on, and where each of its pieces came from."""

    text: str
    excerpt_starts: tuple[int, ...]  # where each piece starts in `text`
    source_starts: tuple[int, ...]  # where the same piece starts in the source
    # Where each piece ends in `text` (the white space after it joins it to the next one).
    excerpt_ends: tuple[int, ...] = ()
    # How many characters at the start of `text` are the article's title, which its text does
    # not hold (`with_title`): they stand for no part of the source and are never evidence.
    headline: int = 0

    def __post_init__(self) -> None:
        if not self.excerpt_ends:  # pieces joined by _JOINER
            ends = [start - len(_JOINER) for start in self.excerpt_starts[1:]] + [len(self.text)]
            object.__setattr__(self, "excerpt_ends", tuple(ends))

    def to_source(self, offset: int) -> int:
        """The source offset of an offset in the excerpt (the end of a piece, or any offset in
        the white space after it, maps to its end)."""
        piece = bisect.bisect_right(self.excerpt_starts, offset) - 1
        within = min(offset, self.excerpt_ends[piece]) - self.excerpt_starts[piece]
        return self.source_starts[piece] + within

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source offsets of `text[start:end]`. An end where a piece begins ends the piece
        before: a sentence that took in the line break after its piece ends where that piece
        ends, not where the next one starts (which would take in the sentences between)."""
        if end <= start:
            return self.to_source(start), self.to_source(start)
        return self.to_source(start), self.to_source(end - 1) + (end - 1 < self._last_end(end))

    def _last_end(self, end: int) -> int:
        piece = bisect.bisect_right(self.excerpt_starts, end - 1) - 1
        return self.excerpt_ends[piece]

    @classmethod
    def whole(cls, text: str) -> Excerpt:
        return cls(text, (0,), (0,))

    def windows(self, limit: int) -> list[Excerpt]:
        """The excerpt in consecutive parts of at most `limit` characters, each made of whole
        pieces where it can be (a piece longer than `limit` is cut after a line break or a
        space), so that a huge article is parsed in bounded memory."""
        if len(self.text) <= limit:
            return [self]
        # (start in text, end in text, start in source) of each piece, long ones cut.
        pieces: list[tuple[int, int, int]] = []
        for start, end, source in zip(
            self.excerpt_starts, self.excerpt_ends, self.source_starts, strict=True
        ):
            while end - start > limit:
                cut = _cut(self.text, start, limit)
                pieces.append((start, cut, source))
                source += cut - start
                start = cut
            pieces.append((start, end, source))
        windows: list[Excerpt] = []
        group: list[tuple[int, int, int]] = []
        size = 0
        for piece in [*pieces, None]:
            length = piece[1] - piece[0] + len(_JOINER) if piece else 0
            if group and (piece is None or size + length > limit):
                parts, starts, at = [], [], 0
                for start, end, _source in group:
                    starts.append(at)
                    parts.append(self.text[start:end])
                    at += end - start + len(_JOINER)
                windows.append(
                    Excerpt(_JOINER.join(parts), tuple(starts), tuple(p[2] for p in group))
                )
                group, size = [], 0
            if piece is not None:
                group.append(piece)
                size += length
        return windows


def _inflections(lemma: str) -> set[str]:
    """The forms of a trigger lemma a sentence may use. Over-generating is harmless here (a form
    no English word has matches nothing), missing one drops the sentence: so both "travelled"
    and "traveled", "conferred" and "confered", and the irregular forms of models/cues.json
    ("met", "flew", "sat")."""
    stems = {lemma, lemma + lemma[-1]}  # "sit" -> "sitting", "confer" -> "conferred"
    if lemma.endswith("e"):
        stems.add(lemma[:-1])  # "receive" -> "receiving"
    forms = {lemma, lemma + "s", lemma + "es"} | {
        s + ending for s in stems for ending in ("ed", "ing")
    }
    forms.add(lemma + "d")
    if lemma.endswith("y"):
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})  # "flies", "replied"
    return forms | cues().irregular_verb_forms.get(lemma, frozenset())


def _token_words(token: dict) -> set[str] | None:
    """The words a Matcher token pattern accepts (inflected for lemmas), or None for any word."""
    for key in ("LOWER", "ORTH", "LEMMA"):
        value = token.get(key)
        if value is None:
            continue
        words = {value} if isinstance(value, str) else set(value.get("IN", []))
        words = {w.lower() for w in words}
        return {form for w in words for form in _inflections(w)} if key == "LEMMA" else words
    return None


# Any one token: a whole word, or one mark ("met ." has two). Whole words keep the search linear.
_ANY_TOKEN = r"(?:\w[\w'’-]*(?![\w'’-])|[^\w\s])"


@dataclass(frozen=True)
class _Lexicon:
    anchors: frozenset[str]  # a sentence without one of these words has no trigger
    patterns: tuple[re.Pattern[str], ...]  # each trigger pattern as a regular expression


@cache
def _lexicon() -> _Lexicon:
    """The trigger lexicon (models/triggers.jsonl) turned into word sets and regular
    expressions, so that the prefilter and the Matcher read the same data."""
    anchors: set[str] = set()
    regexes = []
    for pattern in trigger_patterns():
        anchors |= _token_words(pattern.pattern[pattern.anchor]) or set()
        parts = []
        for token in pattern.pattern:
            words = _token_words(token)
            if words is not None:
                alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                part = f"(?:{alternatives})(?!\\w)"
            elif token.get("IS_TITLE"):
                part = r"(?-i:[A-Z])\S*"  # "called on Prime Minister Wong", not "on lawmakers"
            else:
                part = _ANY_TOKEN
            parts.append(_repeated(part, token.get("OP")))
        regexes.append(re.compile(r"(?<!\w)" + "".join(parts), re.IGNORECASE))
    return _Lexicon(frozenset(anchors), tuple(regexes))


def _repeated(part: str, op: str | None) -> str:
    """A token's expression, after any white space, as often as the Matcher's OP lets it occur:
    once, "?", "*", "+" or "{m,n}"; "!" (the token must be absent) accepts anything. Tokens may
    touch ("met." is two), and each word ends at a word boundary ("spoke", not "spokesman")."""
    if op == "!":
        return ""
    unit = rf"(?:\s*{part})"
    return unit if op in (None, "1") else unit + op  # "?", "*", "+" and "{0,3}" are regex too


_WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


# No sentence is longer than this (4 of the 3 million of the news bench are): a "sentence" past
# it (a page without punctuation, a table flattened onto one line) is cut into windows of
# SENTENCE_WINDOW_CHARS (see `_cut`), so that the prefilter keeps only the windows with an
# encounter word and the parser never meets one huge sentence. (extraction.WINDOW_CHARS is
# another window: how much of an excerpt is parsed as one Doc.)
MAX_PIECE_CHARS = 1_000
SENTENCE_WINDOW_CHARS = 300
# How far back from a sentence end an abbreviation can start ("approx." is the longest word; a
# run of initials longer than this still ends in one that starts inside it).
_ABBREVIATION_REACH = 24


def segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line or sentence, by punctuation and line breaks alone; none is
    longer than MAX_PIECE_CHARS. Linear in the length of the text, whatever its shape."""
    return list(_segments_in_order(text))


def _segments_in_order(text: str) -> Iterator[tuple[int, int]]:
    """`segments`, one at a time from the start, so that a reader of the first few need not cut
    the whole text."""
    position = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans: list[tuple[int, int]] = []
        start = 0
        for match in _SENTENCE_END.finditer(body):
            reach = max(start, match.start() - _ABBREVIATION_REACH)
            if _ABBREVIATION.search(body, reach, match.start()):
                continue  # "U.S. President", "Gen. Musharraf": not a sentence end
            _bounded(body, start, match.start(), position, spans)
            start = match.end()
        _bounded(body, start, len(body), position, spans)
        position += len(line)
        yield from ((s, e) for s, e in spans if text[s:e].strip())


def _bounded(body: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    """Append body[start:end] (shifted by `offset`) whole, or, when it is longer than
    MAX_PIECE_CHARS, as windows of at most SENTENCE_WINDOW_CHARS (see `_cut`)."""
    if end - start <= MAX_PIECE_CHARS:
        spans.append((offset + start, offset + end))
        return
    while end - start > SENTENCE_WINDOW_CHARS:
        cut = _cut(body, start, SENTENCE_WINDOW_CHARS)
        spans.append((offset + start, offset + cut))
        start = cut
    spans.append((offset + start, offset + end))


def _cut(text: str, start: int, limit: int) -> int:
    """Where to end a window of at most `limit` characters from `start`: after its last line
    break, or after a space in its second half, else at the limit itself."""
    cut = max(
        text.rfind("\n", start, start + limit),
        text.rfind(" ", start + limit // 2, start + limit),
    )
    return cut + 1 if cut > start else start + limit


def mentions_an_encounter(sentence: str) -> bool:
    lexicon = _lexicon()
    if lexicon.anchors.isdisjoint(w.lower() for w in _WORDS.findall(sentence)):
        return False  # the common case, decided by a set lookup
    return any(p.search(sentence) for p in lexicon.patterns)


def _attends(sentence: str) -> bool:
    """ "A and B attended in person", "C took part by video link" (resolve.encounters)."""
    words = {w.lower() for w in _WORDS.findall(sentence)}
    takes_part = "part" in words and not words.isdisjoint(_inflections("take"))
    return takes_part or not words.isdisjoint(_attending_forms())


@cache
def _attending_forms() -> frozenset[str]:
    return frozenset(f for lemma in cues().attending_verbs for f in _inflections(lemma))


def select(text: str, *, context: int = 1) -> Excerpt | None:
    """The parts of `text` worth parsing, or None when no sentence has an encounter word."""
    pieces = segments(text)
    hits = [i for i, (s, e) in enumerate(pieces) if mentions_an_encounter(text[s:e])]
    if not hits:
        return None
    keep = {0} if len(text[pieces[0][0] : pieces[0][1]]) <= _HEADLINE_CHARS else set()
    for i in hits:
        keep.add(i)
        # The sentence before, when this one leans on it: "He met...", "The two leaders..."
        first = text[pieces[i][0] : pieces[i][1]].split(maxsplit=1)[0].lower() if i else ""
        if first in _LEANS_BACK:
            keep.update(range(max(0, i - context), i))
        if i + 1 < len(pieces) and _attends(text[pieces[i + 1][0] : pieces[i + 1][1]]):
            keep.add(i + 1)  # "A, B and C attended in person": who came to the summit told before
    keep |= _first_mentions(text, pieces, keep)
    keep |= _leaders_named(text, pieces, keep)
    chosen = _runs(text, [pieces[i] for i in sorted(keep)])
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for k, (start, end) in enumerate(chosen):
        if k:
            # Pieces are joined as the source separates them from their neighbours, by a space
            # within a line, a line break or a blank line (the wider of the white space after
            # the one and before the other), so that each is read as it was there.
            gap = text[chosen[k - 1][1] : start]
            after, before = gap[: len(gap) - len(gap.lstrip())], gap[len(gap.rstrip()) :]
            breaks = max(after.count("\n"), before.count("\n"))
            joiner = "\n\n" if breaks > 1 else "\n" if breaks else " "
            parts.append(joiner)
            at += len(joiner)
        starts.append(at)
        parts.append(text[start:end])
        at += end - start
        ends.append(at)
    return Excerpt("".join(parts), tuple(starts), tuple(s for s, _e in chosen), tuple(ends))


@rule(
    "President Arlo Venn of Norlandia announced his intent to nominate Ulla Marsk as Ambassador "
    "to Vostrelia. In 2019, Ambassador Ulla Marsk of Norlandia met Foreign Minister Teo Vaskin of "
    "Vostrelia in Kessel.",
    [],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia met Foreign Minister Teo Vaskin of Vostrelia in "
        "Kessel on Tuesday to congratulate him on his appointment.",
        ["meeting occurred: Ulla Marsk + Teo Vaskin @Kessel 2025-03-11"],
    ),
)
def announces_appointments(title: str | None, text: str) -> bool:
    """A release that announces nominees or appointments ("President Marsk Announces Key
    Nominees"; "Today, the President announced his intent to nominate the following
    individuals") is a roster of careers: "She arrived in Kessel shortly before the floods", "he
    has traveled to Antarctica and Norway", "she took part in many trade negotiations" tell a
    nominee's past, not an encounter of the office-holders. Its title or its opening sentence
    says so: an announcing verb, then a word for nominating or appointing, in one sentence (a
    readout's "to congratulate him on his appointment" announces nothing)."""
    # the text's headline line, then its first sentence (not the whole text cut: select does that)
    pieces = islice(_segments_in_order(text), 2)
    return any(_announces_roster(line) for line in [title or ""] + [text[s:e] for s, e in pieces])


def _announces_roster(sentence: str) -> bool:
    words = [w.lower() for w in _WORDS.findall(sentence)]
    said = [i for i, w in enumerate(words) if w in cues().announce_verbs]
    return bool(said) and not cues().appointment_words.isdisjoint(words[said[0] + 1 :])


# A title longer than this is no headline (a page's whole first paragraph in the title field).
_TITLE_CHARS = 400


def with_title(excerpt: Excerpt, title: str | None, text: str) -> Excerpt:
    """The excerpt with the article's title before it, as the headline over the text, when the
    text does not begin with it: "Readout of Secretary Marsk's Call with Foreign Minister Teo
    Vaskin of Norlandia" says of which state the "Foreign Minister Vaskin" of the text is."""
    heading = " ".join((title or "").split())
    if not heading or len(heading) > _TITLE_CHARS:
        return excerpt
    if " ".join(text[: len(title or "") + _HEADLINE_CHARS].split()).startswith(heading):
        return excerpt  # the text's first line is the title already
    lead = len(heading) + len(_JOINER)
    return Excerpt(
        heading + _JOINER + excerpt.text,
        (0, *(start + lead for start in excerpt.excerpt_starts)),
        (0, *excerpt.source_starts),
        (len(heading), *(end + lead for end in excerpt.excerpt_ends)),
        headline=lead,
    )


# What may stand between two sentences the prefilter keeps for them to stay one piece: the
# sentence end's closing quote or bracket and white space with at most one line break, as in the
# source. Paragraphs stay apart (joined by a blank line as in the source, and where `windows`
# cuts), and so do two windows of one over-long sentence (nothing between them).
_BETWEEN_SENTENCES = re.compile(r"[\"”’)\]]?[^\S\n]{0,8}\n?[^\S\n]{0,8}")


def _runs(text: str, chosen: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`chosen` (in order) with each run of neighbouring sentences made one piece, with the
    source text between them: the parser reads "He arrived. He met X." as in the article, not
    as two paragraphs."""
    runs: list[tuple[int, int]] = []
    for start, end in chosen:
        if runs and start > runs[-1][1] and _BETWEEN_SENTENCES.fullmatch(text, runs[-1][1], start):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]*(?:[-'’][^\W\d_]+)*")


def _first_mentions(text: str, pieces: list[tuple[int, int]], keep: set[int]) -> set[int]:
    """The dropped sentences where a name that the kept ones use alone ("Marsk also called on
    President Varga") is first written in full ("Foreign Minister Ulla Marsk of Norlandia"):
    the article's table of people takes the full name, title and state from there. Lexical: a
    name is a run of capitalised words that are neither titles nor words the text also writes
    in lower case."""
    lower = {w for w in _WORDS.findall(text) if w.islower()}
    titles = _title_words()

    def names(start: int, end: int) -> list[tuple[list[str], bool]]:
        """Each run of name words, and whether a title stands right before it."""
        runs: list[tuple[list[str], bool]] = []
        last, title_end = -1, -1
        for m in _CAPITALISED.finditer(text, start, end):
            word = m.group()
            if word.lower() in titles and not word.isupper():
                last, title_end = -1, m.end()
                continue
            if word.isupper() or word.lower() in lower:
                last, title_end = -1, -1
                continue
            if last >= 0 and text[last : m.start()] == " ":
                runs[-1][0].append(word)
            else:
                runs.append(([word], title_end >= 0 and text[title_end : m.start()] == " "))
            last, title_end = m.end(), -1
        return runs

    kept = [run for i in keep for run, _titled in names(*pieces[i])]
    alone = {run[0] for run in kept if len(run) == 1} - {w for run in kept for w in run[1:]}
    alone -= {run[0] for run in kept if len(run) > 1}
    extra: set[int] = set()
    for i, (start, end) in enumerate(pieces):
        if not alone:
            break
        # A full mention: two or more name words after a title ("President Teodor Varga").
        found = {w for run, titled in names(start, end) if titled and len(run) > 1 for w in run}
        found &= alone
        if found:
            alone -= found
            if i not in keep:
                extra.add(i)
    return extra


_LEADERS_OF = re.compile(r"\bleaders of\b", re.IGNORECASE)


@rule(
    "Prime Minister Teo Vaskin of Norway held phone calls with the leaders of Peru and Chile on "
    "Monday. Vaskin and Peruvian President Ilse Varro agreed to deepen ties. Prime Minister "
    "Vaskin also congratulated Chilean President Mara Oduya on her election.",
    [
        "call occurred: Teo Vaskin + Ilse Varro 2025-03-10",
        "call occurred: Teo Vaskin + Mara Oduya 2025-03-10",
    ],
    counter=(
        # calls with states, not with their leaders: the states stay
        "Prime Minister Teo Vaskin of Norway held phone calls with Peru and Chile on Monday. "
        "Vaskin and Peruvian President Ilse Varro agreed to deepen ties. Prime Minister Vaskin "
        "also congratulated Chilean President Mara Oduya on her election.",
        [
            "call occurred: Teo Vaskin + Peru 2025-03-10",
            "call occurred: Teo Vaskin + Chile 2025-03-10",
        ],
    ),
)
def _leaders_named(text: str, pieces: list[tuple[int, int]], keep: set[int]) -> set[int]:
    """ "In his conversation with the leaders of Peru, Chile and Kenya" names states, not people:
    the dropped sentences that name a state's head in full ("Chilean President Ilse Varro",
    "his Kenyan counterpart Mara Oduya") say who those leaders are, for the article's table of
    people (resolve.encounters._name_the_state)."""
    if not any(_LEADERS_OF.search(text, *pieces[i]) for i in keep):
        return set()
    return {
        i
        for i, (start, end) in enumerate(pieces)
        if i not in keep and _head_named().search(text, start, end)
    }


@cache
def _head_named() -> re.Pattern[str]:
    """A state's word, a head's title (or "counterpart") and a name of two words or more:
    "Chilean President Ilse Varro", "his Kenyan counterpart Mara Oduya"."""
    titles = sorted({*cues().head_titles, "counterpart"}, key=len, reverse=True)
    offices = "|".join(re.escape(t).replace("\\ ", r"\s+") for t in titles)
    name = r"[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*"
    return re.compile(rf"\b{name}\s+(?i:{offices})\s+{name}(?:\s+{name})+")


@cache
def _title_words() -> frozenset[str]:
    from diplo_extract.normalize.actors import title_words

    words = {w.lower() for form in title_words() for w in form.split() if w[0].isupper()}
    return frozenset(words - _LEANS_BACK)  # "The Honourable", "His Excellency": not "The"


def share_selected(text: str) -> tuple[int, int]:
    """(sentences with an encounter word, all sentences): what the prefilter lets through."""
    pieces = segments(text)
    return sum(mentions_an_encounter(text[s:e]) for s, e in pieces), len(pieces)
