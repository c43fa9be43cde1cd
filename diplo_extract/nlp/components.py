"""diplo's spaCy components, registered as factories (and through the `spacy_factories` entry
point), so `nlp.add_pipe("diplo_events")` works in anyone's English pipeline.

- diplo_linebreaks (before the parser): a line break always ends a sentence; news pages put
  headings, bylines and list items on lines of their own.
- diplo_actors (after the NER): marks known states, demonyms, organisations, media and titles.
- diplo_events (last): finds encounter mentions and stores them in ``doc._.diplo_mentions``, and
  every phrase that names a person (with its tokens) in ``doc._.diplo_people``,
  for the article's table of people.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def _ensure_extensions() -> None:
    if not Doc.has_extension("diplo_mentions"):
        Doc.set_extension("diplo_mentions", default=None)
    if not Doc.has_extension("diplo_people"):
        # every person the parsed text names, for the document's table of people
        Doc.set_extension("diplo_people", default=None)
    if not Doc.has_extension("diplo_year"):
        Doc.set_extension("diplo_year", default=None)
    if not Doc.has_extension("diplo_publisher"):
        # the state whose government published the article (its own release), if any
        Doc.set_extension("diplo_publisher", default=None)
    if not Doc.has_extension("diplo_excerpt"):
        Doc.set_extension(
            "diplo_excerpt", default=None
        )  # set when only part of an article is parsed
    if not Doc.has_extension("diplo_asked"):
        # the reporters' turns of a transcript, as character ranges of the article's own text
        Doc.set_extension("diplo_asked", default=())


def publisher_of(doc: Doc) -> str | None:
    """The state whose government published the article (`diplo_publisher`); None for another
    site, and for a Doc made without diplo's extensions."""
    return doc._.diplo_publisher if Doc.has_extension("diplo_publisher") else None


def reporter_turns_of(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The reporters' turns of the article's transcript (`diplo_asked`, character ranges of the
    article's own text); none for a Doc made without diplo's extensions."""
    return doc._.diplo_asked if Doc.has_extension("diplo_asked") else ()


@Language.component("diplo_linebreaks")
def mark_line_starts(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or previous.text.endswith("\n"):
            token.is_sent_start = True
        elif "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif _word_after_line_start(previous, token):
            token.is_sent_start = False
    return doc


def _word_after_line_start(first: Token, token: Token) -> bool:
    """A line's first word is no sentence of its own when a word follows it on the line: after
    a headline the parser cut "President | Arlo Venn spoke with ..." in two."""
    return bool(first.is_sent_start) and first.is_alpha and token.is_alpha


class ActorRuler:
    def __init__(self, nlp: Language) -> None:
        from diplo_extract.rules.actor_spans import GazetteerTagger

        self.tagger = GazetteerTagger(nlp)

    def __call__(self, doc: Doc) -> Doc:
        return self.tagger(doc)


class EventFinder:
    def __init__(self, nlp: Language) -> None:
        from diplo_extract.rules.encounters import EncounterFinder

        _ensure_extensions()
        self.finder = EncounterFinder(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        doc._.diplo_mentions, doc._.diplo_people = self.finder.find(doc, year=doc._.diplo_year)
        return doc


@Language.factory("diplo_actors")
def make_actor_ruler(nlp: Language, name: str) -> ActorRuler:
    return ActorRuler(nlp)


@Language.factory("diplo_events")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp)
