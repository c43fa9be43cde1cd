"""Actor phrases in a parsed Doc: who could take part in an encounter.

Two steps. `GazetteerTagger` (a spaCy component) marks the names the rule model knows — states
and their demonyms, capitals and seats of power, international organisations, media, titles —
in ``doc.spans["diplo_gazetteer"]``. `find_actor_phrases` then joins those marks with the NER's
PERSON entities into noun phrases ("Russian President Vladimir Putin", "U.S. and Russian
officials", "NATO") and normalises each with `normalize.actors.parse_actor`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

import numpy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from diplo_extract.nlp.components import publisher_of
from diplo_extract.normalize import actors as actor_norm
from diplo_extract.normalize import countries
from diplo_extract.normalize.dates import MONTH_NAMES
from diplo_extract.normalize.places import curated_names, geocode, is_us_state, shared_names
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.registry import rule

GAZETTEER_KEY = "diplo_gazetteer"
COUNTRY, DEMONYM, IGO, MEDIA, TITLE = "COUNTRY", "DEMONYM", "IGO", "MEDIA", "TITLE"

# "Mohammed bin Abdulrahman bin Jassim Al-Thani": the words that join a name to a father's name.
NASAB = frozenset({"bin", "bint", "ibn"})

# Words that may stand inside a person's title phrase between gazetteer marks.
_TITLE_GLUE = {
    "official",  # "European Union official Enrique Mora"
    "former",
    "then",
    "ex",
    "'s",
    "’s",
    "of",
    "the",
    "acting",
    "deputy",
    "principal",  # "Principal Deputy National Security Advisor"
    "vice",
    "outgoing",
    "incoming",
    "new",
    "newly",
    "elected",
    "interim",
    "late",
    "current",
    "-",
    "and",
    "for",
    "counterpart",
    "peer",
}
_NAME_TOKEN = re.compile(r"^[A-Z\u00C0-\u024F][\w\u00C0-\u024F.'’-]*$")
# Title-case words that the small NER often tags as PERSON in headings and tables.
_NOT_NAME_WORDS = {
    "principal",  # of an office ("Principal Deputy Press Secretary"), tagged PERSON
    "focus",
    "strategy",
    "topic",
    "result",
    "outcome",
    "outcomes",
    "significance",
    "level",
    "discussion",
    "primary",
    "anticipated",
    "potential",
    "key",
    "area",
    "areas",
    "remarks",
    "concluding",
    "closing",
    "final",
    "thoughts",
    "implications",
    "strategic",
    "policy",
    "guidance",
    "summit",
    "meeting",
    "talks",
    "relations",
    "cooperation",
    "security",
    "exit",
    "mobile",
    "version",
    "author",
    "publish",
    "date",
    "copyright",
    "photo",
    "video",
    "read",
    "more",
    "advertisement",
    "share",
    "tweet",
    "source",
    "sources",
    "reuters",
    "news",
}


_PLACE_NAME = "PLACE_NAME"


class GazetteerTagger:
    """Marks known actor names in ``doc.spans["diplo_gazetteer"]`` (labels above)."""

    def __init__(self, nlp) -> None:
        self.case_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_label: dict[str, list[str]] = {COUNTRY: [], DEMONYM: [], IGO: [], MEDIA: []}
        for form in countries.surface_forms():
            by_label[DEMONYM if countries.is_demonym(form) else COUNTRY].append(form)
        for form in actor_norm.organization_forms():
            by_label[MEDIA if actor_norm.is_media(form) else IGO].append(form)
        # "New Mexico", "Northern Ireland": a region whose name holds a state's name is no actor;
        # as the longer match it keeps the state's name inside it from being read as one.
        by_label[_PLACE_NAME] = [
            name
            for name in curated_names("region")
            if len(words := name.split()) > 1
            and any(
                countries.country_code(" ".join(words[i:j]))
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
                if j - i < len(words)
            )
        ]
        for label, forms in by_label.items():
            # "People’s Republic of China" as often as "People's": a typographic apostrophe
            # must not leave "Republic of China" (Taiwan) as the longest match.
            forms = [*forms, *(f.replace("'", "’") for f in forms if "'" in f)]
            self.case_matcher.add(label, list(nlp.tokenizer.pipe(sorted(set(forms)))))
        # As written, not lower-cased, so that the tokenizer keeps "Dr." and "Mr." one token.
        titles = sorted(set(actor_norm.title_words()))
        self.title_matcher.add(TITLE, list(nlp.tokenizer.pipe(titles)))

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=label)
            for matcher in (self.case_matcher, self.title_matcher)
            for match_id, start, end in matcher(doc)
            for label in (doc.vocab.strings[match_id],)
        ]
        # Short honorifics ("Sri", "Tun", "Pak") only count capitalised, as titles are written.
        spans = [
            s for s in spans if not (s.label_ == TITLE and len(s.text) <= 4 and s.text.islower())
        ]
        spans = [
            s
            for s in spans
            if not (s.label_ == COUNTRY and (_in_a_us_state(s) or _region_of_an_office(s)))
        ]
        doc.spans[GAZETTEER_KEY] = [s for s in filter_spans(spans) if s.label_ != _PLACE_NAME]
        return doc


@rule(
    "President Teo Vaskin met Georgia Governor Kalo Venn and Mayor Ulla Marsk in Atlanta on "
    "Monday.",
    [],
    counter=(
        "President Teo Vaskin of Peru met Georgia Prime Minister Kalo Venn in Lima on Monday.",
        ["meeting occurred: Teo Vaskin + Kalo Venn @Lima 2025-03-10"],
    ),
)
def _region_of_an_office(span: Span) -> bool:
    """ "Georgia Governor Kalo Venn": a state's name that is also a region's (places.tsv) names
    the region before an office of a state's own politics (governor, senator, mayor), so
    Venn is an official at home, not of the state of that name. Before any other office it is
    the state ("Georgia Prime Minister Kalo Venn")."""
    doc = span.doc
    if span.text not in shared_names() or span.end >= len(doc):
        return False
    return doc[span.end].lower_ in _domestic_office_words()


@cache
def _domestic_office_words() -> frozenset[str]:
    return frozenset(title.split()[0].lower() for title in actor_norm.domestic_offices())


@rule(
    "President Ulla Marsk of Peru praised the rescue workers during her visit to East Palestine, "
    "Ohio on Monday.",
    ["visit occurred: Ulla Marsk + United States @Ohio 2025-03-10"],
    counter=(
        "President Ulla Marsk of Peru met the leaders of Mexico, Georgia and Armenia in Lima on "
        "Monday.",
        ["meeting occurred: Ulla Marsk + Mexico + Georgia + Armenia @Lima 2025-03-10"],
    ),
)
def _in_a_us_state(span: Span) -> bool:
    """ "his visit to East Palestine, Ohio", "Lebanon, Tennessee": a town named after a state,
    placed by the US state after its comma, is no state."""
    return us_state_after(span) is not None


def us_state_after(span: Span) -> int | None:
    """Where the name of a US state that places `span` ends: "Lebanon, New Hampshire" (up to
    three words); None when there is none. The name must end there ("Mexico, Georgia and
    Armenia" is a list of states: Georgia is also a state's name, so it never places a town;
    nor does a possessive: "Mexico, Ohio's governor")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for length in (1, 2, 3):
        end = span.end + 1 + length
        if end > len(doc):
            return None
        after = doc[end] if end < len(doc) else None
        ends = after is None or not (after.is_title or after.lower_ in _POSSESSIVE_MARKS)
        if ends and is_us_state(doc[span.end + 1 : end].text):
            return end
    return None


@dataclass(frozen=True)
class ActorPhrase:
    """A noun phrase that names one or more actors, with its normalised actors."""

    start: int  # token offsets in the Doc
    end: int
    head: int  # the token that carries the phrase's syntax
    actors: tuple[actor_norm.Actor, ...]
    is_pronoun: bool = False
    # One state written once for this phrase and the next or previous one: "President Ulla Marsk
    # and Foreign Minister Jan Berg of Peru" (see `_shared_state`).
    shares_state: bool = False

    @property
    def tokens(self) -> range:
        return range(self.start, self.end)


def _gazetteer_labels(doc: Doc) -> list[str | None]:
    labels: list[str | None] = [None] * len(doc)
    for span in doc.spans.get(GAZETTEER_KEY, []):
        for i in range(span.start, span.end):
            labels[i] = span.label_
    return labels


_NAME_PARTICLES = {
    "bin",
    "bint",
    "al",
    "de",
    "da",
    "van",
    "von",
    "ibn",
    "el",
    "al-",
    "di",
    "du",
    "la",
    "le",
    "dos",
    "der",
}


_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


def _capitalised(token: Token) -> bool:
    """A word written as a name is: "Tu'ivaka", "Ha'amoana" and "Sefulē" as well as
    "Venn" (spaCy's `is_title` is false after an apostrophe: "Tu'ivaka")."""
    return token.is_title or (
        len(token.text) > 1
        and _NAME_TOKEN.match(token.text) is not None
        and not token.text.isupper()
        and any(ch.isalpha() for ch in token.text[1:])
    )


def looks_like_name(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    # "Nasir Karim Al-Tamer Al-Hadi Al-Marzan": a hyphenated part is one word of the name
    parts = [t for t in words if not (t.i > span.start and _joined(t.doc[t.i - 1]))]
    longest = 8 if any(t.lower_ in NASAB for t in words) else 6
    if not words or len(parts) > longest:
        return False  # "Mohammed bin Abdulrahman bin Jassim Al-Thani" is one name
    if len(words) == 1 and _INITIALS.match(words[0].text):
        return False  # "M.A." in "received his M.A."
    if any("|" in t.text or "\n" in t.text or t.like_num for t in span):
        return False
    if not all(
        _NAME_TOKEN.match(t.text)
        or _NAME_TAIL.match(t.text)
        or t.text.lower() in _NAME_PARTICLES
        or (
            t.i > 0 and t.doc[t.i - 1].text in ("-", "‑") and not t.doc[t.i - 1].whitespace_
        )  # Jong-il
        for t in words
    ):
        return False
    return not any(t.lower_ in _NOT_NAME_WORDS for t in words)


def _joined(token: Token) -> bool:
    """A hyphen written without spaces, inside a word ("Al-Hamad", "Willem-Alexander")."""
    return (
        token.text in ("-", "‑")
        and not token.whitespace_
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
    )


def _through_hyphens(ent: Span) -> Span:
    """The NER often stops at a hyphen inside a name: "Ban Ki" of "Ban Ki-moon"."""
    doc = ent.doc
    end = ent.end
    while end + 1 < len(doc) and _joined(doc[end]) and doc[end + 1].is_alpha:
        end += 2
    # "Yoon Suk -yeol": the rest of a hyphenated given name, spaced off as one token
    if end < len(doc) and _NAME_TAIL.match(doc[end].text):
        end += 1
    return doc[ent.start : end] if end != ent.end else ent


_NAME_TAIL = re.compile(r"^[-‑][a-z]{2,}$")


def _particle(token: Token) -> bool:
    """A lower-case word that joins the parts of a name: "von", "der", "de", "la", "bin", "ibn"."""
    return token.text in _NAME_PARTICLES or token.text in NASAB


@rule(
    "Commission President Ursel von der Hagen met Prime Minister Teo Vaskin of Peru in Lima on "
    "Monday.",
    ["meeting occurred: Ursel von der Hagen + Teo Vaskin @Lima 2025-03-10"],
    also=[
        (
            "President Arlo Tamm of Chile spoke by phone on Tuesday with Commission President "
            "Kalo II ibn Al Venn.",
            ["call occurred: Arlo Tamm + Kalo II ibn Al Venn 2025-03-11"],
        ),
    ],
    counter=(
        # a particle inside a treaty's name, after no person's name
        "President Arlo Tamm of Chile spoke by phone on Tuesday with Prime Minister Kalo Venn of "
        "Peru about the Pacto de San Marcos.",
        ["call occurred: Arlo Tamm + Kalo Venn 2025-03-11"],
    ),
)
def _through_particles(ent: Span, labels: list[str | None]) -> Span:
    """The NER may cut a name at a lower-case particle ("Ursel von der" of "Ursel von der
    Hagen", "Kalo II ibn" + "Al Venn") or leave the particle out ("Majesty Haitham" bin "Tariq Al
    Said"): particles between the entity and capitalised words no gazetteer knows join them."""
    doc = ent.doc
    end = ent.end
    while True:
        at = end
        while at > ent.start + 1 and _particle(doc[at - 1]):
            at -= 1  # "Ursel von der" tagged alone
        after = end
        while after < len(doc) and after - at < 3 and _particle(doc[after]):
            after += 1
        if after == at or after >= len(doc) or not doc[at - 1].whitespace_:
            break
        if not _name_part(doc[after], labels[after]):
            break
        if at == end and doc[after].ent_type_ not in ("", "PERSON"):
            break  # "Karim bin Kessel": a particle the NER left out, before a place it knows
        end = after + 1
        # the rest of the entity the word is in ("Al Venn", "bin Jassim Al-Thani"), or of an
        # untagged name
        while end < len(doc) and (
            doc[end].ent_iob_ == "I"
            if doc[after].ent_type_
            else not doc[end].ent_type_ and _name_part(doc[end], labels[end])
        ):
            end += 1
    return doc[ent.start : end] if end != ent.end else ent


def _name_part(token: Token, label: str | None) -> bool:
    """A capitalised word that may go on a name after a particle: none a gazetteer knows."""
    return (
        label is None
        and _capitalised(token)
        and token.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP")
        and "\n" not in token.text
    )


def _through_names(ent: Span, labels: list[str | None]) -> Span:
    """The NER may stop before the last word of a name and tag it apart ("Bilawal Bhutto" PERSON,
    "Zardari" GPE or another PERSON): the parser still hangs the name on that word as a compound."""
    doc = ent.doc
    end = _through_particles(ent, labels).end
    while (
        end < len(doc)
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and doc[end].pos_ == "PROPN"
        and _capitalised(doc[end])
        and labels[end] is None
    ):
        end += 1
    return doc[ent.start : end] if end != ent.end else ent


@rule(
    "Chile extended invitations on Friday to Indian Prime Minister Atal Behari Deshpande and "
    "Foreign Minister Teo Vaskin to visit Santiago. Deshpande accepted the invitation.",
    ["visit invited: Chile + Atal Behari Deshpande + Teo Vaskin @Santiago"],
    counter=(
        # the word after the given names is written once: nothing says it is a surname
        "Chile extended invitations on Friday to Indian Prime Minister Atal Behari Deshpande and "
        "Foreign Minister Teo Vaskin to visit Santiago. The Chilean Foreign Ministry said the "
        "visit would take place soon.",
        ["visit invited: Chile + Atal Behari + Teo Vaskin @Santiago"],
    ),
)
def _through_surname(ent: Span, labels: list[str | None], written: Counter[str]) -> Span:
    """The NER may stop before a surname it does not know and leave it untagged ("Atal Behari"
    of "Prime Minister Atal Behari Deshpande"). The untagged name word right after a person's
    given names is their surname when the parsed text writes it again: "Deshpande accepted"."""
    doc = ent.doc
    end = ent.end
    if len(ent) < 2 or end >= len(doc) or doc[end - 1].whitespace_ != " ":
        return ent
    if any(labels[i] is not None for i in range(ent.start, end)):
        return ent  # "Majesty King" tagged PERSON: the name after the title is found as such
    word = doc[end]
    if (
        word.ent_type_
        or labels[end] is not None
        or len(word.text) < 3  # "Al" of "Al Thani"
        or word.pos_ != "PROPN"
        or not _capitalised(word)
        or word.lower_ in MONTH_NAMES
        or written[word.text] < 2
    ):
        return ent
    return doc[ent.start : end + 1]


@rule(
    "President Venn's Meeting With Prime Minister Marsk Of Sweden And President Vaskin Of "
    "Finland\nPresident Arlo Venn of Norway met on Tuesday with Prime Minister Ulla Marsk of "
    "Sweden and President Teo Vaskin of Finland and welcomed their plans.",
    ["meeting occurred: Arlo Venn + Ulla Marsk + Teo Vaskin 2025-03-11"],
    counter=(
        "President Arlo Venn of Norway met on Tuesday with Prime Minister Ulla Marsk of Sweden "
        "and President Teo Vaskin of Finland and welcomed their plans.",
        [
            "meeting occurred: Arlo Venn + Ulla Marsk 2025-03-11",
            "meeting occurred: Arlo Venn + Teo Vaskin 2025-03-11",
        ],
    ),
)
def _without_of(ent: Span) -> Span:
    """A heading writes "of" as "Of", and the NER takes it into the name before it ("Prime
    Minister Marsk Of Sweden" tagged "Marsk Of"): the state after it was lost, and with it the
    heading's one meeting with both guests. No name ends in "of"."""
    end = ent.end
    while end > ent.start and ent.doc[end - 1].lower_ == "of":
        end -= 1
    return ent.doc[ent.start : end] if end != ent.end else ent


_OTHER_NAME_LABELS = {"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT", ""}


def _person_names(doc: Doc, labels: list[str | None]) -> list[Span]:
    """Spans that name a person: the NER's PERSON entities, plus names the small NER labels
    otherwise or misses when a title stands before them ("Sultan Hassanal Bolkiah", "King
    Abdullah II", "President Kassym-Jomart Tokayev"), plus known leaders under any label."""
    found: list[Span] = []
    mangled: set[int] = set()  # tokens of entities that span more than a name
    written = Counter(token.text for token in doc)
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            ent = _through_surname(_through_names(_through_hyphens(ent), labels), labels, written)
            ent = _without_of(ent)
            start = ent.start
            while start < ent.end and labels[start] == TITLE:
                start += 1  # "Majesty King" of "His Majesty King Abdullah II" is no name
            if start > 0 and doc[start - 1].lower_ in ("of", "the") and labels[start] == COUNTRY:
                # "President of Ostrava Andrés Tovar" tagged as one PERSON: the state is no name
                while start < ent.end and labels[start] == COUNTRY:
                    start += 1
            # ... nor the first name left out of it, right after the state: "President of
            # Mexico Andrés | Manuel López Obrador", "the President of Nigeria, Bola | Ahmed ..."
            while (
                start > 2
                and (
                    labels[start - 2] in (COUNTRY, DEMONYM)
                    or (doc[start - 2].text == "," and labels[start - 3] == COUNTRY)
                )
                and doc[start - 1].ent_type_ == ""
                and labels[start - 1] is None
                and _capitalised(doc[start - 1])
                and doc[start - 1].dep_ == "compound"
                and ent.start <= doc[start - 1].head.i < ent.end
                and not doc[start - 1].is_sent_start
            ):
                start -= 1
            ent = doc[start : ent.end]
            # A surname may be a state's name ("Tomas Chile"), but a name never starts with one.
            if (
                len(ent)
                and looks_like_name(ent)
                and labels[ent.start] not in (COUNTRY, IGO, MEDIA)
                and not any(labels[i] in (IGO, MEDIA) for i in range(ent.start, ent.end))
                and (len(ent) > 1 or labels[ent.start] is None)
            ):
                found.append(ent)
            continue
        if ent.label_ not in _OTHER_NAME_LABELS:
            continue
        # "Brunei Sultan Hassanal Bolkiah" tagged ORG: the name is what follows the last title.
        start = ent.start
        for i in range(ent.start, ent.end):
            if labels[i] in (TITLE, COUNTRY, DEMONYM, IGO):
                start = i + 1
        if start >= ent.end:
            continue
        name = doc[start : ent.end]
        titled = start > 0 and labels[start - 1] == TITLE
        known = titled or actor_norm.leader(name.text) is not None
        if looks_like_name(name) and (known or _name_before_office(doc, labels, name)):
            found.append(name)
        elif any(t.is_lower and t.is_alpha and t.lower_ not in _NAME_PARTICLES for t in ent):
            mangled.update(range(ent.start, ent.end))
    # A well-known leader's name that the NER missed altogether ("Scholz had already met Macron")
    # or buried in an entity that is no name ("Macron welcomed Scholz" tagged as one ORG).
    covered = {i for span in found for i in range(span.start, span.end)}
    for token in doc:
        if token.i in covered or labels[token.i] is not None or token.is_stop:
            continue
        if token.ent_type_ and token.i not in mangled:
            continue
        # Any part of speech: headlines fool the tagger ("Modi to visit Japan": Modi a VERB).
        if token.is_title and len(token.text) > 1 and token.lower_ not in MONTH_NAMES:
            if actor_norm.leader(token.text) is not None:
                found.append(_with_given_names(token, labels))
    # A title followed by capitalised words no entity covers: "King Abdullah II". Not in
    # headings, where every word is capitalised ("EU Leader Holds Separate Talks").
    covered = {i for span in found for i in range(span.start, span.end)}
    for span in doc.spans.get(GAZETTEER_KEY, []):
        if span.label_ != TITLE or _heading_line(span.sent):
            continue
        first, appositive = _after_title_of_state(doc, labels, span.end)
        end = words = first
        while (
            end < len(doc)
            and (words := words + 1) - first <= 4
            and labels[end] is None
            and end not in covered
            and (_capitalised(doc[end]) or _particle(doc[end]) or doc[end].text in _NAME_SUFFIXES)
            and doc[end].ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE")
            and "\n" not in doc[end].text
        ):
            end += 1
            # "King Willem-Alexander": a hyphen inside the name, written without spaces
            if (
                end + 1 < len(doc)
                and _joined(doc[end])
                and _capitalised(doc[end + 1])
                and end + 1 not in covered
                and labels[end + 1] is None
            ):
                end += 2
        while end > first and _particle(doc[end - 1]):
            end -= 1  # "King Kalo II" ibn "Al Venn": joined to the name after by `_particles_join`
        if end <= first or end in covered:
            continue  # "Recep Tayyip" before a surname found already: part of that name
        name = doc[first:end]
        if not looks_like_name(name) or name[-1].lower_ in actor_norm.office_heads():
            continue  # "Chief Medical Advisor": the rest of an office, no name
        if appositive:
            # "the Taoiseach of Ostrava, Micheál Dunleary,": the name closes the apposition.
            if name[0].is_sent_start or (end < len(doc) and doc[end].text not in _CLOSING):
                continue
        elif name[0].is_sent_start and not doc[first - 1].is_alpha:
            # After the title itself a sentence does not start ("Samoa PM Sefulē Tu'ivaka",
            # which the parser may cut after "PM"); after a full stop it does.
            continue
        found.append(name)
    # The surname of someone named in full earlier, where the NER missed it ("Tuvalu's Prime
    # Minister Feleti Teo ... Teo will travel on to Suva"). Last, so that a name found after a
    # title's portfolio ("Secretary of Security Ulla Marsk ... Marsk met") lends its surname too.
    surnames = {
        last.text: span
        for span in found
        if (last := _surname_word(span)) is not None
        and last.i > span.start
        and _capitalised(last)
        and len(last.text) > 2
    }
    covered = {i for span in found for i in range(span.start, span.end)}
    for token in doc:
        earlier = surnames.get(token.text)
        if (
            earlier is not None
            and token.i >= earlier.end
            and token.i not in covered
            and labels[token.i] is None
            and (
                token.ent_type_ in ("", "PERSON", "ORG", "NORP")
                # "Marsk met ...": the NER takes an unknown surname, as a subject, for a place
                or (token.ent_type_ == "GPE" and token.dep_ in ("nsubj", "nsubjpass"))
            )
        ):
            found.append(doc[token.i : token.i + 1])
    return _particles_join(filter_spans(found))


@rule(
    "Foreign Minister Ulla Marsk of Norway met with Mexican Secretary of Security Ana Vela "
    "Rodríguez in Oslo on Tuesday.",
    ["meeting occurred: Ulla Marsk + Ana Vela Rodríguez @Oslo 2025-03-11"],
    counter=(
        # the words before the surname are the namesake's office: no given names to take
        "Foreign Minister Ulla Marsk of Norway met with Venezuelan Vice President Rodríguez in "
        "Oslo on Tuesday.",
        ["meeting occurred: Ulla Marsk + Rodríguez @Oslo 2025-03-11"],
    ),
)
def _with_given_names(surname: Token, labels: list[str | None]) -> Span:
    """A leader's surname the NER missed is the last word of the name the parser hangs on it:
    "Secretary of Security Ana Vela Rodríguez" is Ana Vela Rodríguez, whom the gazetteer does not
    know, and not its Vice President Delcy Rodríguez. Given names are untagged capitalised words
    that the parser makes compounds of the surname; none in a heading, where every word is
    capitalised, nor a word with an office glued to its end by a typo ("UnderPresident Biden").
    After "for" the words start with a portfolio, which the name follows: one given name is
    taken ("Adviser for International Economics Ravi Singh")."""
    doc = surname.doc
    start = surname.i
    if _heading_line(surname.sent):
        return doc[start : start + 1]
    given = _given_after_portfolio(surname, labels)
    if given is not None:
        return doc[given : surname.i + 1]
    while (
        start > surname.sent.start
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i in range(start, surname.i + 1)
        and doc[start - 1].pos_ == "PROPN"
        and _capitalised(doc[start - 1])
        and labels[start - 1] is None
        and not doc[start - 1].ent_type_
        and doc[start - 1].lower_ not in MONTH_NAMES
        and not doc[start - 1].lower_.endswith(tuple(actor_norm.office_heads()))
    ):
        start -= 1
    if start > 0 and doc[start - 1].lower_ == "for":
        start = max(start, surname.i - 1)
    return doc[start : surname.i + 1]


@rule(
    "This week, Deputy National Security Advisor for International Economics Vikram Singh led an "
    "interagency delegation to Chile. In Chile, Singh met with President Arlo Tamm of Chile.",
    ["meeting occurred: Vikram Singh + Arlo Tamm @Chile"],
    counter=(
        # no name after the portfolio: the surname stands alone
        "This week, the Minister for Trade and Industry Singh met with President Arlo Tamm of "
        "Chile in Santiago.",
        ["meeting occurred: Singh + Arlo Tamm @Santiago 2025-03-10"],
    ),
)
def _given_after_portfolio(surname: Token, labels: list[str | None]) -> int | None:
    """Where the name of a leader's namesake starts when a title's portfolio stands before it,
    though the NER took the whole office for an organisation: "Deputy National Security Advisor
    for International Economics Vikram Singh" is Vikram Singh (see `_after_portfolio`)."""
    doc = surname.doc
    for at in range(surname.i - 1, max(surname.sent.start, surname.i - 7), -1):
        if doc[at].lower_ in ("for", "of") and labels[at - 1] == TITLE:
            start = _after_portfolio(doc, labels, at)
            return start if start is not None and start < surname.i else None
    return None


@rule(
    "President Arlo Tamm of Chile will welcome His Majesty King Kalo II ibn Al Venn of Jordan to "
    "Santiago on Monday.",
    ["visit planned: Arlo Tamm + Kalo II ibn Al Venn @Santiago 2025-03-17"],
    counter=(
        # "of" is no particle: the name ends before the state
        "President Arlo Tamm of Chile spoke by phone on Tuesday with King Kalo II of Jordan.",
        ["call occurred: Arlo Tamm + Kalo II 2025-03-11"],
    ),
)
def _particles_join(names: list[Span]) -> list[Span]:
    """Two names with only lower-case particles between them are one: "King Kalo II" ibn "Al
    Venn", where the title's name stops at the particle and the NER tags the rest apart."""
    out: list[Span] = []
    for name in names:
        doc = name.doc
        if (
            out
            and out[-1].end < name.start <= out[-1].end + 2
            and all(_particle(doc[i]) for i in range(out[-1].end, name.start))
        ):
            out[-1] = doc[out[-1].start : name.end]
            continue
        out.append(name)
    return out


_CLOSING = {",", ".", ";", ")", "—", "–"}
_NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


@rule(
    "Marsk hosts President Arlo Venn Jr. of Chile\nPresident Ulla Marsk of Norway met on "
    "Tuesday in Oslo with President Arlo T. Venn, Jr. of Chile.",
    ["meeting occurred: Ulla Marsk + Arlo Venn Jr. @Oslo 2025-03-11"],
    counter=(
        "President Ulla Marsk of Norway hosted President Arlo Venn Jr. of Chile in Oslo on "
        "Monday. Marsk met Venn again in Bergen on Tuesday.",
        [
            "visit occurred: Ulla Marsk + Arlo Venn Jr. @Oslo 2025-03-10",
            "meeting occurred: Ulla Marsk + Arlo Venn Jr. @Bergen 2025-03-11",
        ],
    ),
)
def _surname_word(name: Span) -> Token | None:
    """The word a person named in full goes by later: "Venn" of "Arlo Venn Jr.", whose suffix
    ("Jr.", "Sr.", "II", "III") belongs to the name and is nobody's surname, so "President
    Arlo T. Venn, Jr. of Chile" gives no second person "Jr."."""
    words = [t for t in name if t.text not in _NAME_SUFFIXES and not t.is_punct]
    return words[-1] if words else None


def _heading_line(sentence: Span) -> bool:
    """A heading ends its line: a title-case "sentence" that the parser cut in the middle of a
    line of prose ("Venn met Samoa PM" | "Sefulē Tu'ivaka on Tuesday.") is none."""
    if not is_heading(sentence):
        return False
    doc, end = sentence.doc, sentence.end
    return (
        end >= len(doc)
        or "\n" in doc[end - 1].text_with_ws
        or "\n" in doc[end].text
        or doc[end - 1].is_punct
    )


@rule(
    "Chilean Executive Vice Minister Robert Hansen met Foreign Minister Ulla Marsk of Denmark in "
    "Oslo on Tuesday.",
    ["meeting occurred: Robert Hansen + Ulla Marsk @Oslo 2025-03-11"],
    counter=(
        "Chile Welcomes President Arlo Venn of Denmark",
        ["visit occurred: Chile + Arlo Venn"],
    ),
)
def _office_word(doc: Doc, labels: list[str | None], start: int) -> bool:
    """Whether the word before the title at `start` is a word of the same office that no title
    list has, between the state and the title: "Chilean Executive Vice Minister Robert Hansen" is
    one Chilean person, not "Chilean Executive" and a stateless vice minister. Only the office
    words of `office_modifiers`: in "Chile Welcomes President Arlo Venn" the word is a verb."""
    if start < 2 or labels[start] != TITLE or labels[start - 1] is not None:
        return False
    return doc[start - 1].lower_ in cues().office_modifiers and labels[start - 2] in (
        COUNTRY,
        DEMONYM,
        TITLE,
    )


@rule(
    "Foreign Minister Ulla Marsk of Kenya met Teo Vaskin, Acting Foreign Minister of Ghana, in "
    "Nairobi on Tuesday.",
    ["meeting occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-11"],
    also=[
        (
            "Foreign Minister Ulla Marsk of Kenya met on Tuesday with Teo Vaskin, Secretary "
            "General of Ghana's National Security Secretariat.",
            ["meeting occurred: Ulla Marsk + Teo Vaskin 2025-03-11"],
        )
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Kenya met the Trade Council, Foreign Minister of Ghana "
        "Teo Vaskin and Ada Njeri of Peru in Nairobi on Tuesday.",
        [
            "meeting occurred: Ulla Marsk + Ada Njeri @Nairobi 2025-03-11",
            "meeting occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-11",
        ],
    ),
)
def _name_before_office(doc: Doc, labels: list[str | None], name: Span) -> bool:
    """Whether `name`, which the NER tagged as an organisation or a place, is a person's name
    because an office of a state stands in apposition right after it: "Teo Vaskin, Acting
    Foreign Minister of Ghana" (Teo Vaskin tagged as a place) is the minister, not a nameless
    "Foreign Minister of Ghana" beside nobody. Two to four capitalised proper nouns, none
    the noun of a body, a place or a group ("the Trade Council, Secretary General ...")."""
    nouns = cues().body_nouns | cues().place_nouns | cues().group_nouns
    return (
        2 <= len(name) <= 4
        and all(t.pos_ == "PROPN" and _capitalised(t) and t.lower_ not in nouns for t in name)
        and _apposed_office_end(doc, labels, name.end) > name.end
    )


@rule(
    "Foreign Minister Ulla Marsk of Kenya met Dr. Teo Vaskin, Chair of Ghana's Civil Commission "
    "on Trade, in Nairobi on Tuesday.",
    ["meeting occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-11"],
    counter=(
        "Foreign Minister Ulla Marsk of Kenya met Ada Njeri of Peru, Togolese Minister Kalo Venn "
        "and Lina Marr of Chile in Nairobi on Tuesday.",
        ["meeting occurred: Ulla Marsk + Ada Njeri + Kalo Venn + Lina Marr @Nairobi 2025-03-11"],
    ),
)
def _apposed_office_end(doc: Doc, labels: list[str | None], end: int) -> int:
    """Where a person's phrase ends that takes the office in apposition after the name at `end`:
    "Kassym-Jomart Tokayev, President of the Republic of ...", "Sameh Shoukry, Egyptian Minister
    of Foreign Affairs", "Ulla Marsk, the Norlandian envoy", "Teo Vaskin, Chair of Ghana's Civil
    Commission" (a body of the state after its possessive, no name of a list). In a list the
    office goes with the name after it ("Hun Sen, Brunei Sultan Hassanal Bolkiah, ..."): `end`."""
    if end >= len(doc) or doc[end].text != ",":
        return end
    after = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ in ("the", "a", "an") else end + 1
    stop = _past_office_modifiers(doc, labels, after)
    if stop + 1 >= len(doc) or labels[stop] not in (TITLE, DEMONYM, COUNTRY):
        return end
    while stop < len(doc) and (
        labels[stop] in (TITLE, COUNTRY, IGO, DEMONYM)
        or doc[stop].lower_ in {"of", "the", "to", "for", *_POSSESSIVE_MARKS}
    ):
        stop += 1
    span = range(after, stop)
    listed = (
        stop < len(doc)
        and _capitalised(doc[stop])
        and labels[stop] is None
        and doc[stop - 1].lower_ not in _POSSESSIVE_MARKS
    )
    if (
        any(labels[i] == TITLE for i in span)
        and any(labels[i] in (COUNTRY, IGO, DEMONYM) for i in span)
        and not listed
    ):
        return stop
    return end


@rule(
    "Dr. Teo Vaskin, Principal Deputy Foreign Minister of Ghana, met Foreign Minister Ulla Marsk "
    "of Kenya in Nairobi on Tuesday.",
    ["meeting occurred: Teo Vaskin + Ulla Marsk @Nairobi 2025-03-11"],
    also=[
        (
            "Dr. Teo Vaskin, Principal Deputy National Security Advisor of the ROK, met Foreign "
            "Minister Ulla Marsk of Kenya in Nairobi on Tuesday.",
            ["meeting occurred: Teo Vaskin + Ulla Marsk @Nairobi 2025-03-11"],
        )
    ],
    counter=(
        "Dr. Teo Vaskin, Principal of Accra College, met Foreign Minister Ulla Marsk of Kenya in "
        "Nairobi on Tuesday.",
        [],
    ),
)
def _past_office_modifiers(doc: Doc, labels: list[str | None], at: int) -> int:
    """Where the title starts in an apposition after a name that opens with office words no title
    list has: "Teo Vaskin, Principal Deputy Foreign Minister of Ghana" is one person of Ghana,
    not a stateless Teo Vaskin beside a second participant "Deputy Foreign Minister of Ghana".
    Only the words of `office_modifiers`, and only before a title; `at` itself otherwise."""
    start = at
    while at < len(doc) and labels[at] is None and doc[at].lower_ in cues().office_modifiers:
        at += 1
    return at if at < len(doc) and labels[at] == TITLE else start


@rule(
    "National Security Advisor Arlo Venn spoke with Republic of Korea (ROK) National Security "
    "Advisor Teo Vaskin on Tuesday.",
    ["call occurred: Arlo Venn + Teo Vaskin 2025-03-11"],
    counter=(
        "National Security Advisor Arlo Venn spoke with the Republic of Korea (ROK) on Tuesday "
        "about National Security Advisor Teo Vaskin.",
        [],
    ),
    also=[
        (
            "National Security Advisor Arlo Venn spoke with Kenya's newly appointed National "
            "Security Advisor Teo Vaskin on Tuesday.",
            ["call occurred: Arlo Venn + Teo Vaskin 2025-03-11"],
        ),
        (
            "National Security Advisor Arlo Venn spoke with World Health Organization (WHO) "
            "Director-General Teo Vaskin on Tuesday.",
            ["call occurred: Arlo Venn + Teo Vaskin 2025-03-11"],
        ),
    ],
)
def _aside_before_office(doc: Doc, labels: list[str | None], start: int) -> int:
    """Where a person's phrase starts when an aside stands between the office at `start` and
    what comes before it: the acronym in brackets of a state or an international organisation
    ("Republic of Korea (ROK) National Security Advisor Teo Vaskin", "World Health Organization
    (WHO) Director-General Teo Vaskin") or a participle after "newly" ("Kenya's newly appointed
    National Security Advisor Teo Vaskin"). The state or the organisation is the official's;
    without this the phrase stopped at the office, the state or the organisation became a side of
    its own and the official took the publisher's state. `start` itself when there is no such
    aside."""
    if labels[start] != TITLE or start < 2:
        return start
    if (
        start >= 4
        and doc[start - 1].text == ")"
        and doc[start - 3].text == "("
        and _acronym_of(doc[start - 2], labels, labels[start - 4])
    ):
        return start - 3
    if doc[start - 1].tag_ == "VBN" and doc[start - 2].lower_ == "newly":
        return start - 1
    return start


def _acronym_of(token: Token, labels: list[str | None], label: str | None) -> bool:
    """ "ROK", "UAE", "WHO": the acronym of a state or an international organisation (`label`),
    a gazetteer's name written in capitals after the name itself."""
    return (
        label in (COUNTRY, IGO) and labels[token.i] == label and token.is_upper and token.is_alpha
    )


def _without_acronym(span: Span, labels: list[str | None]) -> str:
    """The phrase's text without a state's or an organisation's acronym in brackets after its
    name: "Republic of Korea (ROK) National Security Advisor Teo Vaskin" is one person of one
    state, not the person, the state and its acronym."""
    for token in span[1:-2]:
        if (
            token.text == "("
            and span.doc[token.i + 2].text == ")"
            and _acronym_of(span.doc[token.i + 1], labels, labels[token.i - 1])
        ):
            before = span.doc[span.start : token.i].text
            return f"{before} {span.doc[token.i + 3 : span.end].text}".strip()
    return span.text


@rule(
    "Head of the Office of the President of Ghana Teo Vaskin met President Mara Oduya of Kenya "
    "in Nairobi on Monday.",
    ["meeting occurred: Teo Vaskin + Mara Oduya @Nairobi 2025-03-10"],
    counter=(
        "The President of Ghana met President Mara Oduya of Kenya in Nairobi on Monday.",
        ["meeting occurred: President of Ghana + Mara Oduya @Nairobi 2025-03-10"],
    ),
)
def _after_title_of_state(doc: Doc, labels: list[str | None], at: int) -> tuple[int, bool]:
    """Where a name may start after a title that ends at `at`, and whether it stands in
    apposition: right there ("King Abdullah II"), after the state an envoy is posted to
    ("High Commissioner to India Ashraf Qazi"), after the state of the office ("National Security
    Advisor of Ghana Teo Vaskin"), or after "of (the) <state>," ("the Taoiseach of Ostrava,
    Micheál Dunleary,")."""
    portfolio = _after_portfolio(doc, labels, at)
    if portfolio is not None:
        return portfolio, False
    if at >= len(doc) or doc[at].lower_ not in ("of", "to"):
        return at, False
    stop = at + 1
    if stop < len(doc) and doc[stop].lower_ == "the":
        stop += 1
    if stop >= len(doc) or labels[stop] != COUNTRY:
        return at, False
    while stop < len(doc) and labels[stop] == COUNTRY:
        stop += 1
    if doc[at].lower_ == "to":
        return stop, False
    if stop + 1 < len(doc) and doc[stop].text == ",":
        return stop + 1, True
    # "Head of the Office of the President of Ghana Teo Vaskin": the office ends with its state,
    # and a name of two words at least follows ("the Chairman of Kenya Airways" is none) that
    # the NER missed (a PERSON it found takes the office in front of it itself)
    name = doc[stop : stop + 2]
    if len(name) == 2 and all(_capitalised(t) and t.ent_type_ != "PERSON" for t in name):
        return stop, False
    return at, False


@rule(
    "Deputy National Security Advisor for International Economics Arvo Kessel of Norway met "
    "Foreign Minister Ulla Marsk of Spain in Madrid on Monday.",
    ["meeting occurred: Arvo Kessel + Ulla Marsk @Madrid 2025-03-10"],
    counter=(
        # 'Security' is followed by another head: 'Affairs' is no name
        "The Minister for Security Affairs Ivo Renn of Norway met Foreign Minister Ulla Marsk of "
        "Spain in Madrid on Monday.",
        ["meeting occurred: Ivo Renn + Ulla Marsk @Madrid 2025-03-10"],
    ),
)
def _after_portfolio(doc: Doc, labels: list[str | None], at: int) -> int | None:
    """Where a name starts after the portfolio of a title that ends at `at`: "Deputy Adviser for
    International Economics Arvo Kessel", "Secretary of Security Ulla Marsk". The portfolio is
    "for" or "of" and at most four capitalised words no gazetteer knows, ending with a
    `portfolio_heads` word; two capitalised words follow it that are no head themselves. None
    when there is no such portfolio ("for Security Affairs of Norway")."""
    if at >= len(doc) or doc[at].lower_ not in ("for", "of"):
        return None
    heads = cues().portfolio_heads
    end, last = at + 1, None
    while end < len(doc) and end - at <= 4 and labels[end] is None and _capitalised(doc[end]):
        if doc[end].lower_ in heads:
            last = end
        end += 1
    if last is None:
        return None
    name = doc[last + 1 : last + 3]
    named = len(name) == 2 and all(
        _capitalised(t) and labels[t.i] is None and t.lower_ not in heads for t in name
    )
    return last + 1 if named else None


_ATTACHMENT_ORDER = (
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "conj",
    "appos",
    "poss",
    "compound",
    "nmod",
)


def _attachment(doc: Doc, start: int, end: int, head: int) -> int:
    """The token through which a phrase meets the sentence. When the parser hangs parts of a
    phrase in different places ("with his Rwandan counterpart, President Paul Kagame"), the one
    in an argument position wins."""
    outside = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    if not outside:
        return head
    ranked = sorted(
        outside,
        key=lambda t: (
            _ATTACHMENT_ORDER.index(t.dep_) if t.dep_ in _ATTACHMENT_ORDER else 99,
            t.i != head,
        ),
    )
    return ranked[0].i


def find_actor_phrases(doc: Doc, year: int | None = None) -> list[ActorPhrase]:
    """Every actor phrase in the Doc, in text order, non-overlapping."""
    labels = _gazetteer_labels(doc)
    stated = [label in (COUNTRY, DEMONYM) for label in labels]  # before names take theirs
    group_nouns = cues().group_nouns
    taken = [False] * len(doc)
    publisher = publisher_of(doc)
    phrases: list[ActorPhrase] = []
    by_publisher: set[int] = set()  # starts of the phrases whose state is the publisher's default

    def title_end(at: int) -> int:
        """Where a run of title words not yet taken, starting at `at`, ends."""
        while at < len(doc) and labels[at] == TITLE and not taken[at]:
            at += 1
        return at

    def add(
        start: int, end: int, head: int, person: str | None = None, state: str | None = None
    ) -> None:
        text = _without_acronym(doc[start:end], labels)
        found = actor_norm.parse_actor(text, year=year, person_name=person)
        if state is not None:
            found = [
                replace(a, state=state) if a.kind == "person" and a.country is None else a
                for a in found
            ]
        if publisher is not None and not any(labels[i] == IGO for i in range(start, end)):
            # "National Security Advisor Jake Sullivan" in the White House's own release
            published = [actor_norm.of_publisher(a, publisher) for a in found]
            if published != found:
                by_publisher.add(start)
            found = published
        if found:
            phrases.append(
                ActorPhrase(start, end, _attachment(doc, start, end, head), tuple(found))
            )
            for i in range(start, end):
                taken[i] = True

    # 1. People: a name with the titles, countries and demonyms in front of it.
    dead: set[str] = set()  # the words of the names of the dead (`_the_dead`)
    for ent in _person_names(doc, labels):
        if taken[ent.start]:
            continue  # inside the apposition of the name before: "Principal" of its office
        start = ent.start
        while start > 0:
            prev = doc[start - 1]
            # A title right before the name ends no sentence ("met Samoa PM | Sefulē Tu'ivaka on
            # Tuesday", cut by the parser, the name left a fragment of its own). But where the
            # name's own sentence goes on, the phrase stays in it ("Invitation to Visit Japan
            # President | Trump accepted ...": a heading run into the sentence).
            cut = prev.is_sent_end and not (
                labels[start - 1] == TITLE
                and prev.is_alpha
                and "\n" not in prev.whitespace_
                and ent.root.dep_ == "ROOT"
            )
            if "\n" in prev.text or cut or taken[start - 1]:
                break  # not into the phrase before: "X of Norway and President Y of Austria"
            if labels[start - 1] in (TITLE, COUNTRY, DEMONYM, IGO) or prev.lower_ in _TITLE_GLUE:
                start -= 1
            elif (
                prev.text == ","
                and start >= 3
                and doc[start - 2].lower_ in {"counterpart", "counterparts"}
            ):
                start -= 2  # "his Rwandan counterpart, President Paul Kagame"
                while start > 0 and (
                    labels[start - 1] in (DEMONYM, COUNTRY)
                    or doc[start - 1].lower_ in {"his", "her", "their", "its"}
                ):
                    start -= 1
            elif prev.text == "," and (office := _describes(doc, labels, taken, start - 1, ent)):
                start = office.start
                break  # "the Taoiseach of Ostrava, Micheál Dunleary": one person
            elif _office_word(doc, labels, start):
                start -= 1  # "PRC Executive Vice Minister Ma Zhaoxu": one person, not three
            elif _aside_before_office(doc, labels, start) < start:
                start = _aside_before_office(doc, labels, start)
            elif (
                prev.is_lower
                and prev.is_alpha
                and prev.pos_ in ("NOUN", "PROPN")
                and labels[start] == TITLE
                and start >= 3
                and doc[start - 2].lower_ == "and"
                and labels[start - 3] == TITLE
            ):
                # "Ostravan Prime Minister and forum chair Jan Tovar": a second office, of a body
                start -= 1
            elif (
                prev.lower_ == "to"
                and start >= 2
                and labels[start - 2] == TITLE
                and labels[start] == COUNTRY
            ):
                # "Chilean Ambassador to Denmark Jorge Pardo": the state he is posted to is not
                # his; the phrase takes the whole office
                start -= 1
            elif (
                prev.lower_ == "to"
                and start >= 2
                and doc[start].lower_ == "the"
                and labels[start + 1] in (TITLE, COUNTRY)
                and (labels[start - 2] == TITLE or _office_before(doc, taken, start - 1) < start)
            ):
                # "Security Adviser to the Vice President Tom Gerrard", "Senior Advisor to the
                # President Lia Park": the adviser's name, not the President's; but "Karin Holm,
                # State Secretary to Prime Minister Ulla Marsk": the office's.
                start -= 1
                if labels[start - 1] != TITLE:
                    start = _office_before(doc, taken, start)
            elif len(ent) > 1 and _portfolio(doc, labels, start):
                start = _portfolio(doc, labels, start)  # "Special Envoy for Climate Tom Gerrard"
            else:
                break
        while start < ent.start and doc[start].lower_ in {
            "the",
            "of",
            "and",
            "for",
            "-",
            "'s",
            "’s",
        }:
            start += 1  # glue that belongs to no title: "an invitation for Prime Minister Kishida"
        end = ent.end
        # The state before the office or after the name, when no gazetteer knows it
        unknown_state = None
        before = _unknown_state_before(doc, labels, taken, start)
        if before is not None:
            start, unknown_state = before
        # The state after the name: "Prime Minister Kishida Fumio of Japan"
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            stop = end + 1
            if stop < len(doc) and doc[stop].lower_ == "the":
                stop += 1
            if stop < len(doc) and labels[stop] == COUNTRY:
                while stop < len(doc) and labels[stop] == COUNTRY:
                    stop += 1
                end = stop
            elif _unknown_state_word(doc[stop], labels[stop]) and (
                stop + 1 >= len(doc) or not doc[stop + 1].is_title
            ):
                # "Foreign Minister Ulla Marsk of Norlandia": a state no gazetteer knows
                unknown_state = doc[stop].text
                end = stop + 1
        end = _apposed_office_end(doc, labels, end)
        if _the_dead(doc, start, ent):
            dead.update(word.text for word in ent if _capitalised(word))
        elif not (_namesake(doc, ent) or _named_dead(ent, dead)):
            add(start, end, ent.root.i, person=ent.text, state=unknown_state)
            continue
        for i in range(start, end):
            taken[i] = True  # nor "Peruvian President" of it as an office-holder

    # 2. Collectives of several states no gazetteer names one by one: "foreign ministers from
    # the 27 member states", "representatives of 30 countries", "AMISOM troop-contributing
    # countries". One group of no state, named as written.
    for start, end, head in _collectives(doc, labels, taken):
        text = doc[start:end].text
        actor = actor_norm.Actor(text, "group", None, None, text)
        phrases.append(ActorPhrase(start, end, _attachment(doc, start, end, head), (actor,)))
        for k in range(start, end):
            taken[k] = True

    # 3. States, their groups ("U.S. officials", "a Chinese delegation") and organisations.
    for i, is_taken in enumerate(taken):
        if is_taken:
            labels[i] = None  # a state's name inside a person's name is part of the name
    i = 0
    while i < len(doc):
        label = labels[i]
        if taken[i] or label not in (COUNTRY, DEMONYM, IGO):
            i += 1
            continue
        start = i
        while i < len(doc) and labels[i] == label and not taken[i]:
            i += 1
        # Coordinated modifiers: "U.S. and Russian officials", "Pakistani and Afghan ministers".
        end = i
        while (
            end + 1 < len(doc)
            and doc[end].lower_ in {"and", ","}
            and labels[end + 1] in (COUNTRY, DEMONYM)
            and not taken[end + 1]
        ):
            end += 1
            while end < len(doc) and labels[end] in (COUNTRY, DEMONYM):
                end += 1
        # Then the group noun, possibly after an adjective or two ("high-level delegation").
        noun = end
        while (
            noun < len(doc)
            and noun - end < 3
            and doc[noun].pos_ in ("ADJ", "PROPN", "NOUN")
            and doc[noun].lower_ not in group_nouns
            and labels[noun] is None
        ):
            noun += 1
        if noun == end < len(doc) and labels[noun] == TITLE:
            # "Pakistani and Afghan defence ministers": a plural office names the group; "the
            # Japanese prime minister": a singular one, the holder (no name follows: names are
            # taken above).
            stop = title_end(noun)
            if stop > noun and (doc[stop - 1].tag_ in ("NNS", "NNPS") or end == i):
                add(start, stop, doc[stop - 1].i)
                i = stop
                continue
        if noun < len(doc) and doc[noun].lower_ in group_nouns:
            stop = noun + 1
            # "Defence Ministers", "Foreign Ministers": keep a plural group noun after a title word.
            if stop < len(doc) and doc[stop].lower_ in group_nouns and doc[stop].tag_ == "NNS":
                stop += 1
            add(start, stop, doc[stop - 1].i)
            i = stop
            continue
        if end > i:  # a coordination without a group noun: each state on its own
            end = i
        if label == DEMONYM:
            continue  # "Russian motives": an adjective, not an actor
        if (
            start >= 2
            and doc[start - 1].text == ","
            and doc[start - 2].ent_type_ == "GPE"
            and labels[start - 2] is None
        ):
            continue  # "Atlanta, Georgia": where a city is, not an actor
        # "the President of Turkey": an office of the state, named by title alone.
        of = start - 2 if start >= 2 and doc[start - 1].lower_ == "the" else start - 1
        if of >= 1 and doc[of].lower_ == "of" and labels[of - 1] == TITLE and not taken[of - 1]:
            title_start = of - 1
            while (
                title_start > 0 and labels[title_start - 1] == TITLE and not taken[title_start - 1]
            ):
                title_start -= 1
            add(title_start, end, doc[of - 1].i)
            i = end
            continue
        # "Samoa's Prime Minister", "Kenya's foreign minister": the office-holder (a name after
        # the title would have been taken above).
        if end + 1 < len(doc) and doc[end].lower_ in _POSSESSIVE_MARKS and labels[end + 1] == TITLE:
            stop = title_end(end + 1)
            if doc[stop - 1].tag_ not in ("NNS", "NNPS"):
                add(start, stop, doc[stop - 1].i)
                i = stop
                continue
        # "Russia's": the state itself as an actor.
        span_end = end
        add(start, span_end, doc[span_end - 1].i)
        i = span_end
    # 4. "her Vostrelian counterpart": the counterpart from a state no gazetteer knows.
    words = doc.to_array("LOWER")
    nouns = numpy.flatnonzero(numpy.isin(words, _counterpart_hashes(doc)))
    for i in (int(n) - 1 for n in nouns if n >= 2):
        word = doc[i]
        if taken[i] or taken[i + 1]:
            continue
        if not _unknown_state_word(word, labels[i]) or doc[i - 1].lower_ not in _POSSESSIVES:
            continue
        actor = actor_norm.Actor(
            f"{word.text} {doc[i + 1].text}",
            "person",
            None,
            None,
            doc[i - 1 : i + 2].text,
            state=word.text,
        )
        phrases.append(ActorPhrase(i - 1, i + 2, _attachment(doc, i - 1, i + 2, i + 1), (actor,)))
        for j in range(i - 1, i + 2):
            taken[j] = True
    phrases.sort(key=lambda p: p.start)
    phrases = _shared_state(doc, _led_by(doc, _offices_of_named(doc, labels, phrases)), stated)
    phrases = _of_possessor(doc, phrases, labels, publisher)
    return _of_speaking_state(doc, _of_listed_state(doc, phrases, by_publisher))


@rule(
    "President Ulla Marsk and Foreign Minister Jan Berg of Peru met Prime Minister Tomas Vell "
    "of Spain in Madrid on Tuesday.",
    ["meeting occurred: Ulla Marsk + Jan Berg + Tomas Vell @Madrid 2025-03-11"],
    counter=(
        "President Ulla Marsk of Peru and Foreign Minister Jan Berg of Chile met Prime Minister "
        "Tomas Vell of Spain in Madrid on Tuesday.",
        ["meeting occurred: Ulla Marsk + Jan Berg + Tomas Vell @Madrid 2025-03-11"],
    ),
)
def _shared_state(doc: Doc, phrases: list[ActorPhrase], stated: list[bool]) -> list[ActorPhrase]:
    """Two officials of different offices joined by "and" share the state written once for
    both: after the second name ("President Ulla Marsk and Foreign Minister Jan Berg of Peru")
    or before the first office ("Indian Prime Minister Ulla Marsk and Foreign Minister Jan
    Berg"). Not when each names its own state ("President Marsk of Peru and Foreign Minister
    Berg of Chile"), nor between holders of one office ("Indian Prime Minister Marsk and Prime
    Minister Berg" are counterparts). `stated`: the tokens that are states or demonyms."""
    for n in range(1, len(phrases)):
        first, second = phrases[n - 1], phrases[n]
        between = doc[first.end : second.start]
        if len(between) != 1 or between[0].lower_ != "and":
            continue
        if len(first.actors) != 1 or len(second.actors) != 1:
            continue
        one, two = first.actors[0], second.actors[0]
        if one.kind != "person" or two.kind != "person" or None in (one.title, two.title):
            continue
        if one.title == two.title:
            continue
        stated_after = _state_written(doc, second, two, stated, at_end=True)
        stated_before = _state_written(doc, first, one, stated, at_end=False)
        if (
            actor_norm.stateless(one)
            and stated_after
            and not stated[first.start]
            and _other_side(doc, phrases, n - 1, two.country)
        ):
            phrases[n - 1] = replace(
                first,
                actors=(replace(one, country=two.country, state=two.state),),
                shares_state=True,
            )
            phrases[n] = replace(second, shares_state=True)
        elif actor_norm.stateless(two) and stated_before and not stated[second.start]:
            phrases[n - 1] = replace(first, shares_state=True)
            phrases[n] = replace(
                second,
                actors=(replace(two, country=one.country, state=one.state),),
                shares_state=True,
            )
    return phrases


def _other_side(doc: Doc, phrases: list[ActorPhrase], n: int, state: str | None) -> bool:
    """Whether the sentence of the pair at `n`, `n + 1` names an actor of another known state:
    in "Secretary Jan Berg and Foreign Minister Ulla Marsk of Peru met in Lima" the two are
    counterparts, each of a side; with "... met Prime Minister Tomas Vell of Spain" they are
    one side."""
    sentence = doc[phrases[n].start].sent
    return any(
        actor.country not in (None, state)
        for m, phrase in enumerate(phrases)
        if m not in (n, n + 1) and sentence.start <= phrase.start < sentence.end
        for actor in phrase.actors
    )


def _state_written(
    doc: Doc, phrase: ActorPhrase, actor: actor_norm.Actor, stated: list[bool], at_end: bool
) -> bool:
    """Whether the phrase writes its state at its end, after "of" ("... Jan Berg of Peru"), or
    at its start ("Indian Prime Minister ...")."""
    if actor_norm.stateless(actor):
        return False
    at = phrase.end - 1 if at_end else phrase.start
    written = stated[at] or doc[at].text == actor.state
    if at_end:
        return written and any(t.lower_ == "of" for t in doc[phrase.start : phrase.end])
    return written


def _of_listed_state(
    doc: Doc, phrases: list[ActorPhrase], by_publisher: set[int]
) -> list[ActorPhrase]:
    """Officials listed with the officials of one other state are of that state, not of the
    government whose release names them: in a White House readout, "met with President Isaac
    Venn of Israel, National Security Advisor Tomas Hadar and Minister Ron Dov" lists three
    Israelis (`by_publisher`: the starts of the phrases given the publisher's state by default).
    Only a list met with, headed by the other state's official and naming no third state: not
    the subjects' own ("Venn of Israel and Hadar met ..."), nor counterparts ("Security Advisor
    Hadar and Norlandian Security Advisor Ulla Marsk")."""
    runs: list[list[int]] = []
    for n, phrase in enumerate(phrases):
        if n and _listed_next(doc[phrases[n - 1].end : phrase.start]):
            runs[-1].append(n)
        else:
            runs.append([n])
    for run in runs:
        first = phrases[run[0]]
        met = first.start > 0 and doc[first.start - 1].lower_ == "with"
        if (
            len(run) < 2
            or first.start in by_publisher
            or not (met or doc[first.head].dep_ == "dobj")
        ):
            continue
        head = first.actors[0]
        if head.kind != "person":
            continue
        if actor_norm.stateless(head):
            state = _members_state(run, phrases, by_publisher)
            if state is None:
                continue
            head = replace(head, country=state)
        elif _named_states(run, phrases, by_publisher, ("person",)) != {head.country} - {None}:
            continue
        for n in run:
            (actor, *rest) = phrases[n].actors
            if rest:
                continue
            if phrases[n].start in by_publisher and head.country not in (None, actor.country):
                phrases[n] = replace(phrases[n], actors=(replace(actor, country=head.country),))
            elif _royal_companion(actor):
                companion = replace(actor, country=head.country, state=head.state)
                phrases[n] = replace(phrases[n], actors=(companion,), shares_state=True)
                phrases[run[0]] = replace(phrases[run[0]], shares_state=True)
    return phrases


@rule(
    "National Security Advisor Arlo Venn met with President Mara Oduya, Minister of Defense Teo "
    "Vaskin and other senior Kenyan officials on Tuesday.",
    ["meeting occurred: Arlo Venn + Mara Oduya + Teo Vaskin + Kenyan officials 2025-03-11"],
    url="https://www.whitehouse.gov/briefing-room/statements",
    counter=(
        "National Security Advisor Arlo Venn met with President Mara Oduya, Minister of Defense "
        "Teo Vaskin and Kenyan and Senegalese officials on Tuesday.",
        [
            "meeting occurred: Arlo Venn + Mara Oduya + Teo Vaskin + Kenyan officials + "
            "Senegalese officials 2025-03-11"
        ],
    ),
)
def _members_state(
    run: list[int], phrases: list[ActorPhrase], by_publisher: set[int]
) -> str | None:
    """The state of a list met with (`run`, indices of `phrases`) whose head no gazetteer
    places: the one state its other people and groups name ("met with President Mara Oduya,
    Minister of Defense Teo Vaskin and other senior Kenyan officials": Kenya). None when
    they name none or more than one."""
    named = _named_states(run, phrases, by_publisher, ("person", "group"))
    return named.pop() if len(named) == 1 else None


def _named_states(
    run: list[int], phrases: list[ActorPhrase], by_publisher: set[int], kinds: tuple[str, ...]
) -> set[str]:
    """The states the list's actors of `kinds` name themselves (not by the publisher's default)."""
    return {
        actor.country
        for n in run
        if phrases[n].start not in by_publisher
        for actor in phrases[n].actors
        if actor.kind in kinds and actor.country is not None
    }


@rule(
    "Prime Minister Teo Vaskin of Spain met King Harald Osk of Norway, Queen Lina Marr and "
    "Crown Prince Erik Dorn in Madrid on Monday.",
    ["meeting occurred: Teo Vaskin + Harald Osk + Lina Marr + Erik Dorn @Madrid 2025-03-10"],
    counter=(
        "Prime Minister Teo Vaskin of Spain met King Harald Osk of Norway and Queen Lina Marr "
        "of Denmark in Madrid on Monday.",
        [
            "meeting occurred: Teo Vaskin + Harald Osk @Madrid 2025-03-10",
            "meeting occurred: Teo Vaskin + Lina Marr @Madrid 2025-03-10",
        ],
    ),
)
def _royal_companion(actor: actor_norm.Actor) -> bool:
    """A queen or a crown prince named with no state after a king of a state, in the list of
    guests of one encounter, travels with the king: "met King Harald Osk of Norway, Queen Lina
    Marr and Crown Prince Erik Dorn" is one meeting with the Norwegian royal party, not one
    meeting per guest. A royal who names her own state ("Queen Lina Marr of Denmark") keeps it."""
    return (
        actor.kind == "person"
        and actor_norm.stateless(actor)
        and actor_norm.has_title(actor, cues().royal_family_titles)
    )


def _listed_next(between: Span) -> bool:
    """Whether the words between two actor phrases go on one list: ", ", " and ", an office
    and a name no phrase took (", War Cabinet Member Ben Gal, ", ", Minister for Foreign Affairs
    Teo ") or the words before a group (", and other senior Kenyan officials")."""
    return (
        0 < len(between) <= 8
        and any(t.text == "," or t.lower_ == "and" for t in between)
        and all(
            t.text == ","
            or t.lower_ in ("and", "other", "for", "of")
            or (t.pos_ in ("PROPN", "NOUN") and t.is_title)
            or (t.pos_ == "ADJ" and t.is_lower)
            for t in between
        )
    )


@rule(
    "A trip by Foreign Minister Ada Njeri of Kenya to Lima was cancelled after Peru's foreign "
    "ministry said Foreign Minister Javier Olano was unavailable.",
    ["visit cancelled: Ada Njeri + Javier Olano @Lima"],
    counter=(
        "Peru's foreign ministry said Foreign Minister Ada Njeri of Kenya would visit Lima "
        "next week.",
        ["visit planned: Ada Njeri + Lima @Lima 2025-03-17"],
    ),
)
def _of_speaking_state(doc: Doc, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """An official named with an office and no state in what a state's body says is of that
    state: "Peru's foreign ministry said Foreign Minister Olano was unavailable", "the White
    House said Secretary Berg would travel". Only when what is said names one such official (in
    "the White House said Secretary Berg would meet Foreign Minister Olano" either may be the
    guest)."""
    by_token = {i: n for n, phrase in enumerate(phrases) for i in phrase.tokens}
    told: dict[int, list[int]] = {}  # speech verb -> officials of no state in what it says
    for n, phrase in enumerate(phrases):
        (actor, *rest) = phrase.actors
        stateless = actor_norm.stateless(actor)
        if rest or actor.kind != "person" or actor.title is None or not stateless:
            continue
        verb = _saying_verb(doc[phrase.head])
        if verb is not None:
            told.setdefault(verb.i, []).append(n)
    for verb, officials in told.items():
        state = _speaking_state(doc[verb], by_token, phrases)
        if state is None or len(officials) != 1:
            continue
        (n,) = officials
        actor = replace(phrases[n].actors[0], country=state)
        phrases[n] = replace(phrases[n], actors=(actor,))
    return phrases


@rule(
    "President Arlo Venn of Peru met in Lima on Monday with his chief of staff, Jan Berg.",
    [],
    also=[
        (
            "President Arlo Venn of Peru met on Monday with his national security adviser Jan "
            "Berg.",
            [],
        )
    ],
    counter=(
        "President Arlo Venn of Peru met in Lima on Monday with his counterpart, President Jan "
        "Berg.",
        ["meeting occurred: Arlo Venn + Jan Berg @Lima 2025-03-10"],
    ),
)
def _of_possessor(
    doc: Doc, phrases: list[ActorPhrase], labels: list[str | None], publisher: str | None
) -> list[ActorPhrase]:
    """A person introduced by an office that "his", "her" or "their" gives to the clause's
    subject is of the subject's state: "President Venn of Peru met with his chief medical
    adviser, Dr. Jan Berg" is a president with his own staff. Not an office held
    toward the other side ("his counterpart, Jan Berg", "her host, Jan Berg")."""
    out = list(phrases)
    for n, phrase in enumerate(phrases):
        (actor, *rest) = phrase.actors
        if rest or actor.kind != "person" or actor.country is not None or actor.state:
            continue
        pronoun = _possessive_office(doc, phrase)
        if pronoun is None:
            continue
        owners = _clause_subject(doc, phrase, phrases, labels, publisher)
        if pronoun.lower_ != "their" and len(owners) != 1:
            continue
        sides = set(owners)
        if len(sides) == 1:
            (country, state) = sides.pop()
            if country is not None or state:
                out[n] = replace(phrase, actors=(replace(actor, country=country, state=state),))
    return out


def _clause_subject(
    doc: Doc,
    phrase: ActorPhrase,
    phrases: list[ActorPhrase],
    labels: list[str | None],
    publisher: str | None,
) -> list[tuple[str | None, str | None]]:
    """The (country, state) of each person who is the subject (with its conjuncts) of the
    nearest clause above `phrase` that has a subject other than the phrase itself: Arlo Venn's
    in "President Venn of Peru spoke in Lima today, following up on the visit of his
    adviser, Jan Berg"; the publisher's for a bare "the President" in a government's own
    release; none when that subject is no person named ("officials said his adviser would
    travel") or another person stands between ("Venn met Varro and her adviser, Jan Berg")."""
    by_token = {i: p for p in phrases for i in p.tokens}
    for verb in doc[phrase.head].ancestors:
        subjects = [
            w
            for w in verb.children
            if w.dep_ in ("nsubj", "nsubjpass") and w.i not in phrase.tokens
        ]
        if subjects:
            subject = subjects[0]
            if any(
                subject.right_edge.i < p.start < phrase.start
                and any(a.kind == "person" for a in p.actors)
                for p in phrases
            ):
                return []  # "A met B and her adviser, C": whose adviser is not told
            if publisher is not None and _bare_office(subject, labels):
                return [(publisher, None)]
            owners = [by_token.get(w.i) for w in (subject, *subject.conjuncts)]
            if any(owner is None or owner.is_pronoun for owner in owners):
                return []
            return [(a.country, a.state) for p in owners for a in p.actors if a.kind == "person"]
    return []


@rule(
    "The President met in person today with his Chief Medical Advisor, Dr. Ulla Marsk, and "
    "members of his Response Team.",
    [],
    counter=(
        "The President met in Lima today with President Ilse Varro of Peru and her chief of "
        "staff, Jan Berg.",
        ["meeting occurred: Ilse Varro + Jan Berg @Lima 2025-03-12"],
    ),
    url="https://www.whitehouse.gov/briefing-room/statements",
)
def _bare_office(token: Token, labels: list[str | None]) -> bool:
    """Whether `token` ends an office with "the" and no name or state: "the President", "The
    Vice President"."""
    words = [w for w in token.lefts if w.dep_ != "det"]
    return (
        token.left_edge.lower_ == "the"
        and all(labels[w.i] == TITLE for w in (*words, token))
        and not any(w.dep_ in ("prep", "appos") for w in token.rights)
    )


def _possessive_office(doc: Doc, phrase: ActorPhrase) -> Token | None:
    """The "his" of "his national security adviser Jan Berg" or of "his Chief Medical Advisor,
    Dr. Jan Berg": a possessive pronoun before the office that introduces the person, with at
    most a comma between office and name; None if there is none or the office faces the other
    side ("his counterpart")."""
    at = phrase.start
    if at >= 1 and doc[at - 1].text == ",":
        at -= 1
    for i in range(at - 1, max(at - 6, 0) - 1, -1):
        word = doc[i]
        if word.lower_ in ("his", "her", "their"):
            office = doc[i + 1 : phrase.end]
            return None if any(w.lower_ in cues().other_side_nouns for w in office) else word
        if word.lower_ in ("of", "for"):
            continue  # "his chief of staff", "her envoy for climate"
        if not word.is_alpha or word.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON", "CCONJ"):
            return None
    return None


def _saying_verb(token: Token) -> Token | None:
    """The speech verb whose reported clause holds `token` ("said" in "the ministry said X was
    unavailable")."""
    current = token
    for _ in range(3):
        if current.dep_ == "ccomp" and current.head.lemma_ in cues().speech_verbs:
            return current.head
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _speaking_state(verb: Token, by_token: dict[int, int], phrases) -> str | None:
    """The state whose body is the speech verb's subject: "the White House", "Peru's foreign
    ministry" (the state that owns the subject noun)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    owners = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound")]
    for token in (subject, *owners):
        n = by_token.get(token.i)
        actors = phrases[n].actors if n is not None else ()
        if len(actors) == 1 and actors[0].kind == "country":
            return actors[0].country
    return None


@rule(
    "Kenya's foreign minister, Ulla Marsk, met Ghana's foreign minister, Teo Vaskin, in Nairobi "
    "on Tuesday.",
    ["meeting occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-11"],
    also=[
        (
            "Norlandia's foreign minister, Ulla Marsk, met Vostrelia's foreign minister, Teo "
            "Vaskin, in Lisbon on Tuesday.",
            ["meeting occurred: Ulla Marsk + Teo Vaskin @Lisbon 2025-03-11"],
        )
    ],
    counter=(
        "Norlandia's foreign minister, Ulla Marsk, met Norlandia's interior minister, Teo "
        "Vaskin, in Lisbon on Tuesday.",
        [],
    ),
)
def _describes(
    doc: Doc, labels: list[str | None], taken: list[bool], comma: int, ent: Span
) -> range | None:
    """The office that a name after `comma` stands in apposition to ("the Taoiseach of Ostrava,
    Micheál Dunleary", "the Norlandian prime minister, Ulla Marsk", "Norlandia's foreign
    minister, Ulla Marsk", the first words of a text too), or None. The parse must hang the
    name on that office: a list ("the President of Ostrava, Ulla Marsk and ...") is no
    apposition; but a name closed by a second comma ("the Taoiseach of Ostrava, Micheál
    Dunleary, and his delegation"), which the parse hangs on the office as a conjunct, is."""
    aside = ent.root.dep_ == "appos" or _closed_aside(doc, ent)
    if not aside or not (ent.root.head.i < comma):
        return None
    start = comma
    while start > 0 and not taken[start - 1] and "\n" not in doc[start - 1].text:
        prev = doc[start - 1]
        if labels[start - 1] in (TITLE, COUNTRY, DEMONYM, IGO) or prev.lower_ in _TITLE_GLUE:
            start -= 1
        else:
            break
    while start < comma and doc[start].lower_ in {"the", "of", "and", "for", "-", "'s", "’s"}:
        start += 1
    office = range(start, comma)
    if ent.root.head.i not in office or not any(labels[i] == TITLE for i in office):
        return None
    if not any(labels[i] in (COUNTRY, DEMONYM, IGO) for i in office) and not (
        _unknown_state_before(doc, labels, taken, start)
    ):
        return None  # "the minister, Ulla Marsk": nothing to add
    return office


@rule(
    "President Ulla Marsk of Kenya welcomed the Taoiseach of Ireland, Teo Vaskin, and his "
    "delegation to Nairobi on Tuesday.",
    ["visit occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-11"],
    counter=(
        "President Ulla Marsk of Kenya met the Prime Minister of Ghana, the King of Togo and Teo "
        "Vaskin in Nairobi on Tuesday.",
        [
            "meeting occurred: Ulla Marsk + Prime Minister of Ghana @Nairobi 2025-03-11",
            "meeting occurred: Ulla Marsk + King of Togo @Nairobi 2025-03-11",
        ],
    ),
)
def _closed_aside(doc: Doc, ent: Span) -> bool:
    """Whether a bare name the parse makes a conjunct stands between two commas, as an aside
    ("the Taoiseach of Ostrava, Micheál Dunleary, and his delegation"), not as an item of a
    list ("the Prime Minister of Kenya, the King and Teo Vaskin")."""
    return (
        ent.root.dep_ == "conj"
        and ent.end < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.start - 1].text == ","
    )


@rule(
    "Chilean Special Envoy for the Great Lakes Robert Hansen met Foreign Minister Ulla Marsk of "
    "Denmark in Oslo on Tuesday.",
    ["meeting occurred: Robert Hansen + Ulla Marsk @Oslo 2025-03-11"],
    counter=(
        "Chilean Special Envoy Robert Hansen met Foreign Minister Ulla Marsk of Denmark for the "
        "Great Lakes Talks in Oslo on Tuesday.",
        ["meeting occurred: Robert Hansen + Ulla Marsk @Oslo 2025-03-11"],
    ),
)
def _portfolio(doc: Doc, labels: list[str | None], start: int) -> int:
    """Where an office with its portfolio starts before a name at `start` ("Special Envoy for
    Climate Tom Gerrard", "Minister for Pacific Affairs Ulla Marsk", "Special Envoy for the Horn
    of Ostrava Tom Gerrard"): a title, "for", an optional "the", and at most three capitalised
    words no gazetteer knows, joined by "of" or "and"; or 0."""
    at, words = start, 0
    while at > 1 and words < 3:
        prev = doc[at - 1]
        if prev.is_sent_start:
            return 0
        if prev.is_title and labels[at - 1] is None:
            words += 1
        elif not (prev.lower_ in _PORTFOLIO_GLUE and at < start and doc[at - 2].is_title):
            break
        at -= 1
    if at < start and doc[at].lower_ in _PORTFOLIO_GLUE:
        at += 1  # "Envoy for Climate and | Tom Gerrard": no portfolio ends with "and"
    if at > 2 and doc[at - 1].lower_ == "the":
        at -= 1
    if words == 0 or at < 2 or doc[at - 1].lower_ != "for" or labels[at - 2] != TITLE:
        return 0
    office = at - 2
    while office > 0 and labels[office - 1] == TITLE:
        office -= 1
    if office > 0 and doc[office - 1].lower_ == "the":
        office -= 1
    if office > 1 and doc[office - 1].lower_ == "to" and labels[office - 2] != TITLE:
        return 0  # "Assistant to the President for ...": the office served, not held
    return at - 1


# Words inside a portfolio's name: "for the Horn of Africa", "for Climate and Energy".
_PORTFOLIO_GLUE = {"of", "and"}
_POSSESSIVES = {"his", "her", "their", "its"}
_POSSESSIVE_MARKS = {"'s", "’s"}
# "leaders of the two countries", "both nations": the states named before, not a collective.
_PAIR_WORDS = {"two", "both", "2"}
_COUNCIL_NOUNS = {"council", "conference", "assembly", "summit", "meeting"}
_LEADERS_OF = {"state", "states", "government", "governments"}
_COLLECTIVE_WORDS = ("NUM", "ADJ", "PROPN", "NOUN")


@rule(
    "U.S. Vice President Ilse Varro convened a roundtable with young leaders from 12 states on "
    "Tuesday to discuss issues important to young people across the country.",
    [],
    also=[
        (
            "Leaders from 20 states will join Tuesday's White House convening on clean "
            "procurement with U.S. Secretary Ann Holt.",
            [],
        ),
    ],
    counter=(
        "U.S. Secretary of State Ann Holt hosted foreign ministers from 31 states in Kessel on "
        "Tuesday.",
        ["meeting occurred: Ann Holt + foreign ministers from 31 states 2025-03-11"],
    ),
    url="https://www.whitehouse.gov/briefing-room/",
)
def _own_states(doc: Doc, start: int, end: int, labels: list[str | None]) -> bool:
    """ "young leaders from 12 states" in a release of a federation's government
    (`federations_of_states`): that federation's own states, no gathering of states abroad;
    "foreign ministers from 31 states" or "member states" (`abroad_words`, a body's name) are
    states abroad."""
    words = doc[start:end]
    return (
        publisher_of(doc) in cues().federations_of_states
        and words[-1].lower_ == "states"
        and not any(t.lower_ in cues().abroad_words or labels[t.i] == IGO for t in words)
    )


@rule(
    "Foreign ministers from the 14 Verdan Compact member states met in Kessel on Tuesday.",
    ["meeting occurred: Foreign ministers from the 14 Verdan Compact member states 2025-03-11"],
    also=[
        (
            "A meeting of VELCOM troop-contributing countries will be held in Lisbon on Friday.",
            ["meeting planned: VELCOM troop-contributing countries @Lisbon 2025-03-14"],
        ),
        (
            "Vice President Ulla Marsk of Norlandia met with 80 state legislators from 41 states "
            "in Kessel on Monday.",
            [],
        ),
    ],
    counter=(
        "Minister Ulla Marsk of Norlandia spoke by phone with leaders of neighbouring countries "
        "on Tuesday.",
        [],
    ),
)
def _collectives(
    doc: Doc, labels: list[str | None], taken: list[bool]
) -> list[tuple[int, int, int]]:
    """(start, end, head) of collectives of officials from several states: "foreign ministers
    of the 10 member countries", "leaders of the Central Asian countries", "representatives
    from 30 nations"; and a body's members: "AMISOM troop-contributing countries", "EU member
    states". Never a pair ("leaders of the two countries": the states named before)."""
    c = cues()
    states, officials = c.state_collective_nouns, c.group_nouns
    found: list[tuple[int, int, int]] = []

    def free(k: int) -> bool:
        return 0 <= k < len(doc) and not taken[k] and "\n" not in doc[k].text

    def plural_official(k: int) -> bool:
        return free(k) and doc[k].lower_ in officials and doc[k].tag_ in ("NNS", "NNPS")

    def states_noun_after(k: int) -> int | None:
        """The collective noun ending a short run of modifiers from `k`: "the 27 member states"."""
        if free(k) and doc[k].lower_ == "the":
            k += 1
        run = 0
        while free(k) and run < 6 and doc[k].lower_ not in states:
            if doc[k].pos_ not in _COLLECTIVE_WORDS and labels[k] != IGO and doc[k].text != "-":
                return None
            k, run = k + 1, run + 1
        if not free(k) or doc[k].lower_ not in states or doc[k].tag_ not in ("NNS", "NNPS"):
            return None
        return k

    i = 0
    while i < len(doc):
        if not plural_official(i) or (i > 0 and doc[i - 1].lower_ in c.subnational_modifiers):
            # "state legislators from 41 states": one state's own parts, not a gathering of states
            i += 1
            continue
        j = i + 1
        if doc[i].lower_ == "heads":  # "Heads of State and Government from ..."
            while (
                free(j + 1)
                and doc[j].lower_ in ("of", "and")
                and doc[j + 1].lower_
                in (
                    "state",
                    "states",
                    "government",
                    "governments",
                )
            ):
                j += 2
        if free(j) and doc[j].lower_ == "and":  # "foreign ministers and other officials from"
            k = j + 1
            while free(k) and doc[k].pos_ == "ADJ" and k - j < 3:
                k += 1
            if plural_official(k):
                j = k + 1
        end = states_noun_after(j + 1) if free(j) and doc[j].lower_ in ("of", "from") else None
        if end is None or any(doc[k].lower_ in _PAIR_WORDS for k in range(j, end)):
            i += 1
            continue
        if not any(
            doc[k].like_num or doc[k].is_title or labels[k] == IGO for k in range(j + 1, end)
        ):
            i += 1  # "leaders of neighbouring countries": which states, the text does not say
            continue
        start = i
        while (
            start - i > -3
            and free(start - 1)
            and (labels[start - 1] == TITLE or doc[start - 1].pos_ == "ADJ")
        ):
            start -= 1
        if not _own_states(doc, start, end + 1, labels):
            found.append((start, end + 1, i))
        i = end + 1
    # "the Council of Heads of State of the International Fund for ...": a council of several
    # states' leaders, named as written up to the end of its capitalised name.
    for k, token in enumerate(doc):
        if not (token.is_title and token.lower_ in _COUNCIL_NOUNS and free(k)):
            continue
        if any(s <= k < e for s, e, _ in found):
            continue
        words = [t.lower_ for t in doc[k + 1 : k + 5]]
        if words[:2] != ["of", "heads"] or len(words) < 4 or words[3] not in _LEADERS_OF:
            continue
        end = k + 5
        while (
            free(end + 1)
            and doc[end].lower_ in ("of", "for", "the", "and")
            and (doc[end + 1].is_title or doc[end + 1].lower_ == "the")
        ):
            end += 1
            while free(end) and (doc[end].is_title or doc[end].lower_ in ("the", "for", "of")):
                end += 1
        while end > k + 5 and doc[end - 1].lower_ in ("the", "for", "of", "and"):
            end -= 1
        found.append((k, end, k))
    # "AMISOM troop-contributing countries": a body's acronym or name before its members.
    for k, token in enumerate(doc):
        if token.lower_ not in states or token.tag_ not in ("NNS", "NNPS") or not free(k):
            continue
        if any(s <= k < e for s, e, _ in found):
            continue
        start = k
        while (
            k - start < 4
            and free(start - 1)
            and (doc[start - 1].is_lower and doc[start - 1].pos_ in ("ADJ", "NOUN", "VERB"))
            or (free(start - 1) and doc[start - 1].text == "-")
        ):
            start -= 1
        named = start
        while free(named - 1) and (
            labels[named - 1] == IGO
            or (
                doc[named - 1].is_upper
                and len(doc[named - 1]) > 1
                # "U.S. service members": one state's own people, not a body's members
                and labels[named - 1] not in (COUNTRY, DEMONYM)
            )
        ):
            named -= 1
        if named < start and start < k:
            found.append((named, k + 1, k))
    return sorted(found)


def _office_before(doc: Doc, taken: list[bool], at: int) -> int:
    """Where an office that no gazetteer lists, ending right before `at` with an office noun,
    starts: "Senior Advisor", "Chief Economic Advisor" (before "to the President ..."); `at`
    when there is none."""
    if at < 1 or taken[at - 1] or doc[at - 1].lower_ not in actor_norm.office_heads():
        return at
    start = at - 1
    while (
        start > doc[at - 1].sent.start
        and at - start < 4
        and not taken[start - 1]
        and doc[start - 1].is_title
        and doc[start - 1].is_alpha
    ):
        start -= 1
    return start if doc[at - 1].is_title else at


def _counterpart_hashes(doc: Doc) -> list[int]:
    return [doc.vocab.strings[w] for w in ("counterpart", "counterparts")]


@rule(
    "Norlandia's President Arlo Venn held talks with Vostrelian Prime Minister Ilse Varro in "
    "Lisbon on Monday.",
    ["talks occurred: Arlo Venn + Ilse Varro @Lisbon 2025-03-10"],
    also=[
        (
            "Norlandian President Arlo Venn held talks with his Vostrelian counterpart Ilse "
            "Varro in Lisbon on Monday.",
            ["talks occurred: Arlo Venn + Ilse Varro @Lisbon 2025-03-10"],
        )
    ],
    counter=(
        "Veteran President Arlo Venn held talks with Prime Minister Ilse Varro in Lisbon on "
        "Monday.",
        [],
    ),
)
def _unknown_state_before(
    doc: Doc, labels: list[str | None], taken: list[bool], start: int
) -> tuple[int, str] | None:
    """(new start, state) when a state no gazetteer knows comes before the office of a named
    person: "Norlandia's President Arlo Venn" (a proper noun's possessive), "Vostrelian Prime
    Minister Ilse Varro" (a demonym's ending); else None."""
    if labels[start] != TITLE and doc[start].lower_ not in ("counterpart", "counterparts"):
        return None  # "his Vostrelian counterpart Ilse Varro" too
    if start >= 2 and doc[start - 1].lower_ in _POSSESSIVE_MARKS:
        word = doc[start - 2]
        if not taken[word.i] and word.pos_ == "PROPN" and _unknown_state_word(word, labels[word.i]):
            return word.i, word.text
        return None
    if start >= 1:
        word = doc[start - 1]
        demonym = word.lower_.endswith(("an", "ese", "ish", "i"))
        demonym = demonym and word.lower_ not in cues().demonym_lookalikes
        if demonym and not taken[word.i] and _unknown_state_word(word, labels[word.i]):
            return word.i, word.text
    return None


def _unknown_state_word(token: Token, label: str | None) -> bool:
    """A capitalised word no gazetteer knows, standing where a state would ("of Norlandia",
    "her Vostrelian counterpart"), and that is no place the geocoder knows ("of Texas")."""
    if label is not None or not token.is_title or not token.is_alpha or len(token.text) < 4:
        return False
    if token.ent_type_ in ("PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"):
        return False
    return geocode(token.text, []) is None


def _led_by(doc: Doc, phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """ "a Chinese delegation led by Vice Premier He Lifeng": the leader is of the group's state."""
    out = list(phrases)
    for i, phrase in enumerate(out):
        if i == 0 or phrase.start < 2 or doc[phrase.start - 1].lower_ != "by":
            continue
        if doc[phrase.start - 2].lower_ not in ("led", "headed"):
            continue
        group = out[i - 1]
        states = {a.country for a in group.actors if a.kind == "group" and a.country}
        if group.end == phrase.start - 2 and len(states) == 1:
            state = states.pop()
            actors = tuple(
                replace(a, country=state) if a.kind == "person" and a.country is None else a
                for a in phrase.actors
            )
            out[i] = replace(phrase, actors=actors)
    return out


def _offices_of_named(
    doc: Doc, labels: list[str | None], phrases: list[ActorPhrase]
) -> list[ActorPhrase]:
    """An office phrase inside the apposition after a named person is no actor of its own: the
    office the person serves (`_serves`) or the second of the person's own offices
    (`_second_office`). The person takes its state, and its title when the office is theirs."""
    out: list[ActorPhrase] = []
    for phrase in phrases:
        served = bool(out) and _serves(doc, out[-1], phrase)
        if served or (out and _second_office(doc, labels, out[-1], phrase)):
            office = phrase.actors[0]
            actors = tuple(
                replace(
                    a,
                    country=a.country or office.country,
                    title=a.title or (None if served else office.title),
                )
                if a.kind == "person"
                else a
                for a in out[-1].actors
            )
            out[-1] = replace(out[-1], actors=actors)
            continue
        out.append(phrase)
    return out


@rule(
    "Foreign Minister Ulla Marsk of Kenya spoke by phone on Tuesday with Kalo Venn, Spokesperson "
    "and Chief Advisor to the President of Ghana.",
    ["call occurred: Ulla Marsk + Kalo Venn 2025-03-11"],
    also=[
        (
            "Foreign Minister Ulla Marsk of Kenya met Kalo Venn, Diplomatic Adviser to the "
            "Ghanaian Prime Minister, in Nairobi on Tuesday.",
            ["meeting occurred: Ulla Marsk + Kalo Venn @Nairobi 2025-03-11"],
        ),
        (
            "Foreign Minister Ulla Marsk of Kenya spoke by phone on Tuesday with Kalo Venn, "
            "Foreign Policy Adviser to President Teo Vaskin of Ghana.",
            ["call occurred: Ulla Marsk + Kalo Venn 2025-03-11"],
        ),
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Kenya spoke by phone on Tuesday with Kalo Venn, Special "
        "Adviser for the Great Lakes, and the President of Ghana.",
        ["call occurred: Ulla Marsk + Kalo Venn + President of Ghana 2025-03-11"],
    ),
)
def _serves(doc: Doc, named: ActorPhrase, office: ActorPhrase) -> bool:
    """Whether `office` ("the President of Ghana", "the Ghanaian Prime Minister", "President Teo
    Vaskin") is what the apposition after the person `named` is adviser, aide or spokesperson
    "to" or "for": "Kalo Venn, Spokesperson and Chief Advisor to the President of Ghana" (the
    President takes no part; Kalo Venn is of Ghana)."""
    if len(office.actors) != 1 or office.actors[0].kind != "person":
        return False
    if not any(a.kind == "person" and not actor_norm.named_by_office(a) for a in named.actors):
        return False
    at = office.start - 1
    if at > 0 and doc[at].lower_ == "the":
        at -= 1
    if at < 1 or doc[at].lower_ not in ("to", "for"):
        return False
    if doc[at - 1].lower_ not in cues().staff_nouns:
        return False
    # Between the name's comma and "to": the adviser's own office, words only ("Foreign Affairs
    # and Defense Advisor"), no verb ("Kalo Venn, who briefed the President of Ghana").
    comma = at - 1
    while comma > named.end and doc[comma].is_alpha and doc[comma].pos_ not in ("VERB", "AUX"):
        comma -= 1
    return comma == named.end and doc[comma].text == "," and at - comma <= 8


@rule(
    "Foreign Minister Ulla Marsk of Kenya spoke by phone on Tuesday with Sheikh Kalo Venn, "
    "Deputy Prime Minister and Foreign Minister of Ghana.",
    ["call occurred: Ulla Marsk + Kalo Venn 2025-03-11"],
    counter=(
        "Foreign Minister Ulla Marsk of Kenya spoke by phone on Tuesday with Sheikh Kalo Venn, "
        "Prime Minister Teo Vaskin and the Foreign Minister of Ghana.",
        [
            "call occurred: Ulla Marsk + Kalo Venn + Teo Vaskin + Foreign Minister of Ghana "
            "2025-03-11"
        ],
    ),
)
def _second_office(
    doc: Doc, labels: list[str | None], named: ActorPhrase, office: ActorPhrase
) -> bool:
    """Whether `office` is the second of two offices in apposition to the person `named`, the
    state written once after both: "Sheikh Kalo Venn, Deputy Prime Minister and Foreign Minister
    of Ghana" is one person."""
    if len(office.actors) != 1 or not actor_norm.named_by_office(office.actors[0]):
        return False
    if not any(a.kind == "person" and not actor_norm.named_by_office(a) for a in named.actors):
        return False
    first = range(named.end + 1, office.start - 1)
    return (
        len(first) > 0
        and doc[named.end].text == ","
        and doc[office.start - 1].lower_ == "and"
        and all(labels[i] == TITLE for i in first)
    )


@rule(
    "President Jan Berg of Peru met Vice President Ulla Marsk of Norway in Oslo on Tuesday. The "
    "Vice President congratulated President Berg on receiving the Colin Powell Leadership Award.",
    ["meeting occurred: Jan Berg + Ulla Marsk @Oslo 2025-03-11"],
    counter=(
        "Prime Minister Jan Berg of Chile met President Ulla Marsk of Norway at the Vaskin "
        "Center in Oslo on Tuesday.",
        ["meeting occurred: Jan Berg + Ulla Marsk @Oslo 2025-03-11"],
    ),
)
def _namesake(doc: Doc, name: Span) -> bool:
    """A person's name inside the name of an award, a centre, a law or an administration ("the
    Teo Vaskin Leadership Award", "the Marsk-Venn Administration") names no one present: after
    the name, at most three more capitalised words and then a capitalised `namesake_nouns` word.
    Not in headings, where every word is capitalised ("Marsk Plan to Meet Venn")."""
    if is_heading(name.sent):
        return False
    nouns = cues().namesake_nouns
    for word in doc[name.end : name.end + 4]:
        if word.lower_ in nouns and _capitalised(word):
            return True
        if not (_capitalised(word) or word.text in ("-", "–")) or word.is_sent_start:
            return False
    return False


@rule(
    "On Tuesday a Norwegian delegation traveled to Peru following the assassination of "
    "Peruvian President Teo Vaskin.",
    ["visit occurred: Norwegian delegation + Peru @Peru 2025-03-11"],
    also=[
        (
            "Prime Minister Jan Berg of Chile traveled to Oslo on Tuesday to honor the memory of "
            "the late President Teo Vaskin of Norway.",
            ["visit occurred: Jan Berg + Oslo @Oslo 2025-03-11"],
        ),
        (
            "Prime Minister Jan Berg of Chile traveled to Oslo on Tuesday for the funeral of "
            "former President Teo Vaskin of Norway. The visit will honor the legacy of President "
            "Vaskin.",
            ["visit occurred: Jan Berg + Oslo @Oslo 2025-03-11"],
        ),
    ],
    counter=(
        "Following the death of Vaskin's predecessor, Prime Minister Jan Berg of Chile met "
        "President Teo Vaskin of Peru in Lima on Tuesday.",
        ["meeting occurred: Jan Berg + Teo Vaskin @Lima 2025-03-11"],
    ),
)
def _the_dead(doc: Doc, start: int, name: Span) -> bool:
    """The person of "the assassination of", "the funeral of", "in memory of" (`death_nouns`) or
    "the late President X" is dead: no participant, and no host of the trip made for the death.
    The phrase starts at `start`. Not the owner of a possessive: in "the death of Vaskin's
    predecessor" Vaskin lives. Not in a heading ("Statement on the Death of Queen Ulla"), whose
    person the article's people still need to know by her full name."""
    if is_heading(name.sent) or (name.end < len(doc) and doc[name.end].text in _POSSESSIVE_MARKS):
        return False
    late = any(
        doc[k].lower_ == "late" and k > 0 and doc[k - 1].lower_ in _POSSESSIVES | {"the"}
        for k in range(start, name.start)
    )
    before = start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return late or (
        before > 0
        and doc[before].lower_ in ("of", "for")
        and doc[before - 1].lower_ in cues().death_nouns
    )


def _named_dead(name: Span, dead: set[str]) -> bool:
    """A dead person named again by one word of his name ("the State Funeral of former Prime
    Minister Teo Vaskin ... will honor the legacy of Prime Minister Vaskin") is still dead. One
    word only: "Sheikh Jan bin Zayed Al Venn" lives after "the passing of Sheikh Teo bin Zayed Al
    Venn"."""
    return len(name) == 1 and name.text in dead


def is_heading(sentence: Span) -> bool:
    """A headline or section heading rather than a sentence of prose: a title-case line, or the
    document's first line when it has no closing punctuation."""
    if (
        sentence.start == 0
        and len(sentence) < 20
        and not sentence.text.rstrip().endswith((".", "?", "!"))
    ):
        return True
    words = [t for t in sentence if t.is_alpha and len(t.text) > 3]
    if len(words) < 3 or sentence.text.rstrip().endswith((".", "?", "!", "”", '"')):
        return False
    return sum(t.is_title or t.is_upper for t in words) / len(words) >= 0.7


def is_group_word(token: Token) -> bool:
    return token.lower_ in cues().group_nouns
