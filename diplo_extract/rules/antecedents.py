"""Sides a sentence names only by reference: "the two leaders", "both governments", "they met",
"he met X", "when he meets him", a subject the small parser lost, the speaker of "it said"."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from diplo_extract.nlp.components import publisher_of
from diplo_extract.normalize.actors import canonical_title, has_office, has_title, title_words
from diplo_extract.rules.actor_spans import (
    ActorPhrase,
)
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.mentions import EncounterMention, Participation
from diplo_extract.rules.registry import rule
from diplo_extract.rules.syntax import SUBJECT_DEPS, carriers, glad_to, tree_depth


@rule(
    "Prime Minister Teo Vaskin of Vostrelia and President Arlo Venn of Norlandia spoke by "
    "phone last week. The two leaders met in Lisbon on Tuesday.",
    [
        "call occurred: Teo Vaskin + Arlo Venn 2025-03-03",
        "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-11",
    ],
)
def back_reference(sentence: Span) -> str | None:
    """Whether the sentence names sides only by reference to ones named before."""
    return next((kind for kind, _word in _back_phrases(sentence)), None)


@rule(
    "President Arlo Venn of Norlandia spoke with Emir Tamar Oduya of Kenya on Monday. The two "
    "leaders agreed to hold talks in Lisbon next week.",
    [
        "call occurred: Arlo Venn + Tamar Oduya 2025-03-10",
        "talks planned: Arlo Venn + Tamar Oduya @Lisbon 2025-03-17",
    ],
    counter=(
        "President Arlo Venn of Norlandia spoke with Emir Tamar Oduya of Kenya on Monday. Both "
        "leaders agreed to remain in close coordination ahead of the negotiations in Lisbon.",
        ["call occurred: Arlo Venn + Tamar Oduya 2025-03-10"],
    ),
)
def own_back_reference(trigger: Token) -> bool:
    """Whether "the two leaders" or "both governments" stands among the trigger's own arguments
    ("The two leaders met", "the two leaders agreed to hold talks", "delegations of the two
    countries held talks", "the two sides discussed the visit", "since their meeting"), not
    elsewhere in its sentence ("Both leaders agreed to stay in contact ahead of the
    negotiations": the negotiations are not theirs)."""
    phrases = _back_phrases(trigger.sent)
    verbs = _clause_verbs(trigger)
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in trigger.children)
    return bool(phrases) and theirs or any(_argument_of(word, verbs) for _kind, word in phrases)


def _back_phrases(sentence: Span) -> list[tuple[str, Token]]:
    """("states" or "people", the phrase's last word) for each back-reference of the sentence."""
    words = [t.lower_ for t in sentence]
    found = []
    for kind, phrases in (("states", cues().back_to_states), ("people", cues().back_to_people)):
        for phrase in phrases:
            size = len(phrase.split())
            found += [
                (kind, sentence[start + size - 1])
                for start in range(len(words) - size + 1)
                if " ".join(words[start : start + size]) == phrase
                and not _names_an_event(sentence[start + size - 1])
            ]
    return found


@rule(
    "President Arlo Venn of Norlandia met Prime Minister Mara Oduya of Vostrelia in Lisbon on "
    "Monday. Oduya invited Venn to visit Vostrelia. Oduya welcomed the hosting by Norlandia of "
    "the Leaders’ Summit on Oceans on April 22.",
    [
        "meeting occurred: Arlo Venn + Mara Oduya @Lisbon 2025-03-10",
        "visit invited: Mara Oduya + Arlo Venn",
    ],
    counter=(
        "President Arlo Venn of Norlandia met Prime Minister Mara Oduya of Vostrelia in Lisbon on "
        "Monday. The two leaders' next meeting will be held in Nairobi on Friday.",
        [
            "meeting occurred: Arlo Venn + Mara Oduya @Lisbon 2025-03-10",
            "meeting planned: Arlo Venn + Mara Oduya @Nairobi 2025-03-14",
        ],
    ),
)
def _names_an_event(word: Token) -> bool:
    """ "the Leaders’ Summit on Oceans": a capitalised "Leaders" with a possessive mark before a
    capitalised noun is part of an event's name, not the people told of before ("the two
    leaders' next meeting" is theirs)."""
    after = word.doc[word.i + 1 : word.i + 3]
    return (
        word.text[:1].isupper()
        and len(after) == 2
        and after[0].text in ("'", "’", "'s", "’s")
        and after[1].text[:1].isupper()
    )


_NOUN_PHRASE_DEPS = ("prep", "appos", "compound", "conj", "acl")


def _clause_verbs(trigger: Token) -> set[int]:
    """The trigger, the verb that carries it, the nouns whose phrase holds it, and the verbs that
    govern it as their object or control it with no subject of their own: "held" in "held
    talks", "agreed" in "agreed to meet", "discussed" in "discussed arrangements for the visit";
    not a verb the trigger is only an adjunct of ("remain in contact ahead of the talks")."""
    ids = set(carriers(trigger))
    current = min((trigger.doc[i] for i in ids), key=tree_depth)  # the highest of them
    while current.head.i != current.i:
        head = current.head
        verbal = head.pos_ in ("VERB", "AUX")
        if current.dep_ in ("xcomp", "conj") and verbal:
            if any(c.dep_ in SUBJECT_DEPS for c in current.children):
                break  # a clause with a subject of its own
        elif current.dep_ == "pobj" or (
            current.dep_ == "dobj" and verbal and head.lemma_ not in cues().stance_verbs
        ):
            pass  # the object of its verb or preposition; not "welcomed the summit"
        elif current.dep_ == "prep" and verbal and current.lower_ in cues().topic_preps:
            pass  # "considered the schedule for the summit": what the clause is about
        elif current.dep_ == "prep" and verbal and current.lower_ == "through":
            pass  # "will work together through the leaders' meeting": the way they meet
        elif current.dep_ not in _NOUN_PHRASE_DEPS or head.pos_ not in ("NOUN", "PROPN"):
            break  # "remain in contact ahead of the talks": an adjunct of the verb
        current = head
        ids.add(current.i)
    return ids


def _argument_of(word: Token, verbs: set[int]) -> bool:
    """The phrase that ends in `word` is a subject, object, possessor or with/between phrase of
    one of `verbs`."""
    while word.head.i != word.i and (
        word.dep_ in ("conj", "appos", "nummod", "amod", "det", "compound")
        or (word.dep_ == "pobj" and word.head.lower_ == "of")
    ):
        # "delegations of the two countries": the phrase the "of" qualifies
        word = word.head.head if word.dep_ == "pobj" else word.head
    if word.head.i in verbs and word.dep_ in (*SUBJECT_DEPS, "dobj", "dative", "poss"):
        return True
    prep = word.head
    return word.dep_ == "pobj" and prep.dep_ in ("prep", "agent") and prep.head.i in verbs


@rule(
    "Prime Minister Teo Vaskin of Vostrelia and President Arlo Venn of Norlandia spoke by "
    "phone last week. They met in Lisbon on Tuesday.",
    [
        "call occurred: Teo Vaskin + Arlo Venn 2025-03-03",
        "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-11",
    ],
    also=[
        (
            "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on "
            "Monday. They spoke by phone again on Thursday.",
            [
                "meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10",
                "call occurred: Arlo Venn + Mara Oduya 2025-03-06",
            ],
        ),
        (
            "President Ilse Varro of Peru spoke by phone with Chancellor Otto Brenner of Germany "
            "on Tuesday. They discussed the war in Ukraine and agreed to meet at the G20 summit "
            "in Johannesburg next month.",
            [
                "call occurred: Ilse Varro + Otto Brenner 2025-03-11",
                "meeting planned: Ilse Varro + Otto Brenner @Johannesburg 2025-04-01",
            ],
        ),
    ],
    counter=(
        "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on "
        "Monday. We talked with our partners in Europe on Thursday.",
        ["meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10"],
    ),
)
def they_meet(trigger: Token) -> bool:
    """ "They met", "the pair will talk": a plural pronoun, the subject of a verb that needs no
    object to name both sides."""
    doc = trigger.doc
    verbs = [trigger] + [doc[i] for i in sorted(carriers(trigger)) if i != trigger.i]
    return any(
        verb.lemma_ in cues().reciprocal_lemmas
        and any(c.lower_ in ("they", "we") for c in _subjects(verb))
        and not _names_other_side(verb)
        for verb in verbs
    )  # "they spoke by phone": the verb that carries the trigger


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is joined to or controlled by when it has
    none of its own: "They discussed the war and agreed to meet"."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    while not own and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        own = [c for c in verb.children if c.dep_ == "nsubj"]
    return own


def _names_other_side(verb: Token) -> bool:
    """ "We talked to our counterparts", "they met the minister": the verb has a side of its own
    as object, so its plural subject is one side, not the two of an encounter told before."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ not in ("other", "another"):  # "each other"
            return True
        if child.dep_ == "prep" and child.lower_ in ("with", "to"):
            if any(c.dep_ == "pobj" for c in child.children) or _broken_off(child):
                return True
    return False


@rule(
    "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on Monday. "
    "On fuel prices, the spokeswoman said: \"So, we're going to talk to — we're going to talk "
    'to the companies and make sure families feel it."',
    ["meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10"],
    counter=(
        "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on "
        "Monday. They talked again by phone on Thursday.",
        [
            "meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10",
            "call occurred: Arlo Venn + Mara Oduya 2025-03-06",
        ],
    ),
)
def _broken_off(prep: Token) -> bool:
    """ "we're going to talk to — we're going to talk to the companies": a speaker who breaks
    off after "talk to" has someone in mind to talk to, whom the restart names; the "we" is one
    side, not the two people of an encounter told before."""
    following = prep.nbor(1) if prep.i + 1 < len(prep.doc) else None
    return following is not None and following.is_punct


@rule(
    "After months of friction between Kenya and Portugal, delegations of the two "
    "countries held talks in Lisbon on Tuesday.",
    [
        "talks occurred: Kenya + Portugal @Lisbon 2025-03-11",
    ],
)
def states_named_before(
    trigger: Token, phrases: list[ActorPhrase], chosen: list[Participation]
) -> list[Participation]:
    """Two or more states (or their people) named before the trigger in its sentence, when
    none of them is a participant already; else nothing."""
    known = {p.actor.country for p in chosen}
    found: dict[str, Participation] = {}
    for phrase in phrases:
        if phrase.start >= trigger.i:
            break
        for actor in phrase.actors:
            if actor.country and actor.country not in known and actor.country not in found:
                found[actor.country] = Participation(phrase, actor, None, "subject")
    return list(found.values()) if len(found) >= 2 and not known - {None} else []


@rule(
    "President Teo Vaskin of Vostrelia met Foreign Minister Ulla Marsk of Norlandia in Kessel on "
    "Monday. President Vaskin thanked President Arlo Venn of Norlandia for sending her, "
    "following the two leaders' telephone conversation last week.",
    [
        "meeting occurred: Teo Vaskin + Ulla Marsk @Kessel 2025-03-10",
        "call occurred: Teo Vaskin + Arlo Venn 2025-03-03",
    ],
    counter=(
        "President Teo Vaskin of Vostrelia met Foreign Minister Ulla Marsk of Norlandia in "
        "Kessel on Monday. Vaskin thanked Deputy Minister Piet Dorn for the visit and said the "
        "two leaders would speak by phone next week.",
        [
            "meeting occurred: Teo Vaskin + Ulla Marsk @Kessel 2025-03-10",
            "call planned: Teo Vaskin + Ulla Marsk 2025-03-17",
        ],
    ),
)
def heads_named_before(trigger: Token, phrases: list[ActorPhrase]) -> list[Participation]:
    """ "President A thanked President B for sending the delegation, following the two leaders'
    telephone conversation": the two heads of state or government named before the trigger in
    its sentence, not the people of the article's main encounter (a delegation member); else
    nothing."""
    heads = cues().head_titles
    found: dict[str, Participation] = {}
    for phrase in phrases:
        if phrase.start >= trigger.i:
            break
        for actor in phrase.actors:
            if actor.kind == "person" and has_title(actor, heads):
                found.setdefault(actor.name, Participation(phrase, actor, None, "subject"))
    return list(found.values()) if len(found) == 2 else []


@rule(
    "Prime Minister Teo Vaskin of Vostrelia will raise the dispute with President Arlo "
    "Venn of Norlandia when he meets him in Lisbon on Friday.",
    [
        "meeting planned: Teo Vaskin + Arlo Venn @Lisbon 2025-03-14",
    ],
)
def object_antecedent(
    trigger: Token, chosen: list[Participation], by_token, *, titles_only: bool = False
) -> ActorPhrase | None:
    """ "Koizumi will tell Bush ... when he meets him in New York": the object pronoun stands for
    the last person named before it, in its sentence or the one before, who is not already a
    party; a bare title ("invited the Prime Minister") for the one holder of that office named
    before (`_object_title_holder`). With `titles_only`, a pronoun stands for no one."""
    pronoun = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if pronoun is None:
        with_ = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        pronoun = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ else None
    if pronoun is not None and pronoun.lower_ not in ("him", "her"):
        return _object_title_holder(pronoun, chosen, by_token)
    if pronoun is None or titles_only:
        return None
    sentence = pronoun.sent
    stop = sentence.start - 1
    if stop >= 0:
        stop = pronoun.doc[stop].sent.start
    parties = {id(p.phrase) for p in chosen}
    names = {p.actor.name for p in chosen}
    for i in range(pronoun.i - 1, max(stop, 0) - 1, -1):
        phrase = by_token.get(i)
        if phrase is None or id(phrase) in parties:
            continue
        people = [a for a in phrase.actors if a.kind == "person"]
        if people and not any(a.name in names for a in people):
            return phrase
    return None


@rule(
    "President Arlo Venn of Norlandia spoke with Prime Minister Ulla Marsk of Ostravia on "
    "Monday. He also invited the Prime Minister for an official visit.",
    [
        "call occurred: Arlo Venn + Ulla Marsk 2025-03-10",
        "visit invited: Arlo Venn + Ulla Marsk",
    ],
    counter=(
        "President Arlo Venn of Norlandia spoke with Prime Minister Ulla Marsk of Ostravia and "
        "Prime Minister Teo Vaskin of Vostrelia on Monday. He also invited the Prime Minister "
        "for an official visit.",
        [
            "call occurred: Arlo Venn + Ulla Marsk + Teo Vaskin 2025-03-10",
        ],
    ),
    also=[
        (
            "President Arlo Venn of Kenya met Prime Minister Ulla Marsk of Portugal in Lisbon on "
            "Monday. He also invited the Prime Minister for an official visit.",
            [
                "meeting occurred: Arlo Venn + Ulla Marsk @Lisbon 2025-03-10",
                "visit invited: Arlo Venn + Ulla Marsk @Kenya",
            ],
        ),
        (
            "President Arlo Venn of Kenya met Prime Minister Ulla Marsk of Portugal in Lisbon on "
            "Monday. Venn will meet the Prime Minister again in Nairobi in May.",
            [
                "meeting occurred: Arlo Venn + Ulla Marsk @Lisbon 2025-03-10",
                "meeting planned: Arlo Venn + Ulla Marsk @Nairobi 2025-05-01",
            ],
        ),
    ],
)
def _object_title_holder(word: Token, chosen: list[Participation], by_token) -> ActorPhrase | None:
    """ "He also invited the Prime Minister for an official visit", "will meet the Prime Minister
    in May": an object that is a bare title stands for the one person named before with that
    office (`_title_holder_before`: no one when two prime ministers were named), unless that
    person is a party already."""
    title = bare_title(word)
    holder = _title_holder_before(word, title, by_token) if title is not None else None
    names = {p.actor.name for p in chosen}
    if holder is None or any(a.name in names for a in holder.actors):
        return None
    return holder


_PERSONAL_PRONOUNS = {"he", "she"}


# Words that may stand between a subject and its verb: "X will meet", "X is set to visit",
# "X plans to travel", "X will on Thursday host", "X, meanwhile, met".
_SUBJECT_GAP = {
    "to",
    "will",
    "would",
    "shall",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "also",
    "already",
    "reportedly",
    "set",
    "due",
    "expected",
    "scheduled",
    "slated",
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intended",
    "hopes",
    "wants",
    "agreed",
    "agrees",
    "finally",
    "then",
    "later",
    "first",
    "briefly",
    "separately",
    "again",
    "on",
    "this",
    "last",
    "next",
    ",",
    "meanwhile",
    "yesterday",
    "today",
    "tomorrow",
    "confirmed",
    "who",  # "Koizumi, who is to visit Pyongyang": the person the relative clause is about
}


@rule(
    "Norlandian President Arlo Venn to meet Kenyan President Mara Oduya in Nairobi",
    [
        "meeting planned: Mara Oduya + Arlo Venn @Nairobi",
    ],
)
def subject_before(
    trigger: Token, phrases: list[ActorPhrase], chosen: list[Participation]
) -> ActorPhrase | None:
    """The small parser often loses a verb's subject (a headline's "Zelensky to meet Trump", a
    name hung on a fronted phrase): take the actor phrase standing right before the verb, when
    only auxiliaries, control verbs or a time expression come between."""
    if trigger.pos_ not in ("VERB", "AUX") and trigger.tag_ not in (
        "VB",
        "VBD",
        "VBZ",
        "VBP",
        "VBN",
        "VBG",
    ):
        return None
    taken = {id(p.phrase) for p in chosen}
    before = [p for p in phrases if p.end <= trigger.i and trigger.sent.start <= p.start]
    if not before:
        return None
    phrase = before[-1]
    if id(phrase) in taken:
        return None
    if trigger.doc[phrase.head].dep_ == "pobj":
        return None  # "The President will travel to Portugal on Tuesday to meet X": a destination
    gap = trigger.doc[phrase.end : trigger.i]
    if len(gap) > 6:
        return None
    if any(t.lower_ == "who" for t in gap) and trigger.doc[phrase.head].dep_ not in SUBJECT_DEPS:
        # "Kessler, who is to visit Vienna, said": the subject's own journey; not "met Shoigu,
        # who is visiting Pyongyang", the frame of the meeting told in the main clause
        return None
    if _caption_mark(gap):
        return phrase
    for token in gap:
        if (
            token.lower_ in _SUBJECT_GAP
            or token.ent_type_ in ("DATE", "TIME")
            or token.dep_ in ("aux", "auxpass")
        ):
            continue
        return None
    return phrase


@rule(
    "In this photo released by Kessel News Agency, Ostravia's Foreign Minister Wen Li, right, "
    "shakes hands with Portugal's Minister for Foreign Affairs Ulla Marsk in Lisbon, Tuesday, "
    "March 11, 2025.",
    ["meeting occurred: Ulla Marsk + Wen Li @Lisbon 2025-03-11"],
    counter=(
        "In this photo released by Kessel News Agency, Ostravia's Foreign Minister Wen Li, right "
        "or wrong, shakes hands with Portugal's Minister for Foreign Affairs Ulla Marsk in "
        "Lisbon, Tuesday, March 11, 2025.",
        [],
    ),
)
def _caption_mark(gap: Span) -> bool:
    """A photo caption's place mark between a name and its verb, set off by commas: "In this
    photo released by Kessel News Agency, Foreign Minister Wen Li, right, shakes hands with
    Marsk", "Venn, second from left, meets Oduya". The parser hangs the name on the caption's
    opening phrase; the mark does not part it from its verb. Not any aside ("Wen Li, right or
    wrong, shakes hands with Marsk")."""
    return (
        len(gap) >= 3
        and gap[0].text == gap[-1].text == ","
        and all(t.lower_ in cues().caption_positions for t in gap[1:-1])
    )


@rule(
    "Prime Minister Teo Vaskin of Vostrelia welcomed the ceasefire. On Monday he met "
    "President Arlo Venn of Norlandia in Lisbon.",
    [
        "meeting occurred: Arlo Venn + Teo Vaskin @Lisbon 2025-03-10",
    ],
)
def pronoun_antecedent(trigger: Token, phrases_before) -> ActorPhrase | None:
    """ "he met Maduro": the subject pronoun stands for the last person named before it."""
    subject = None
    possessive = next(
        (
            c
            for c in trigger.children
            if c.dep_ == "poss" and c.lower_ in ("his", "her", *_FIRST_PERSON)
        ),
        None,
    )
    if possessive is not None:  # "his meeting with a delegation from Eswatini"
        subject = possessive
        praised = _praised_for(trigger, phrases_before)
        if praised is not None:
            return praised
        titled = _titled_subject(trigger)
        if titled is not None:  # "the foreign minister has postponed her visit"
            return _title_holder_before(*titled, phrases_before)
    if subject is None:
        subject = _clause_subject(trigger)
    if subject is not None and subject.lower_ in ("it", "they"):
        return _speaker_of(subject, phrases_before)
    title = bare_title(subject) if subject is not None else None
    if title is not None:
        return _title_holder_before(subject, title, phrases_before)
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        if subject.dep_ != "poss" and not _own_clause(trigger, subject.head):
            return None  # "we want to hear about the talks": not who talks
        return _first_person_speaker(subject, phrases_before)
    if subject is None or subject.lower_ not in _PERSONAL_PRONOUNS | {"his", "her"}:
        return None
    owner = _person_owning(subject, phrases_before)
    if owner is not None:  # "at the President's request following his call"
        title = bare_title(owner)
        if title is not None:
            return _title_holder_before(owner, title, phrases_before)
        return phrases_before.get(owner.i)
    # "While commenting on his meeting with X, Ruto said": the main clause's subject, named later.
    root = subject.sent.root
    for child in root.children:
        if child.dep_ in SUBJECT_DEPS and child.i > subject.i:
            phrase = phrases_before.get(child.i)
            if phrase is not None and any(a.kind == "person" for a in phrase.actors):
                return phrase
    titled = _title_subject_before(subject, phrases_before) or _title_subject_within(
        subject, phrases_before
    )
    if titled is not None:
        return _title_holder_before(*titled, phrases_before)
    return _last_person_before(subject, phrases_before)


@rule(
    "President Teo Vaskin of Norlandia will travel to Kenya. He will hold a summit with "
    "President Mara Oduya of Kenya, Prime Minister Lena Osei of Uganda and King Ivo Dan of "
    "Zambia. He will also meet with the leaders of Egypt and Tanzania.",
    [
        "meeting planned: Egypt + Tanzania + Teo Vaskin @Kenya",
        "visit planned: Mara Oduya + Lena Osei + Ivo Dan + Teo Vaskin @Kenya",
    ],
    counter=(
        "President Teo Vaskin of Norlandia will travel to Kenya. President Mara Oduya of Kenya "
        "will meet him. She will also meet with the leaders of Uganda and Tanzania.",
        [
            "meeting planned: Uganda + Tanzania + Mara Oduya @Kenya",
            "visit planned: Mara Oduya + Teo Vaskin @Kenya",
        ],
    ),
)
def _last_person_before(subject: Token, phrases_before) -> ActorPhrase | None:
    """ "He will hold a summit with President Oduya, Prime Minister Osei and King Dan. He will
    also meet with the leaders of Egypt": a pronoun that opens its sentence, after a sentence
    whose subject is the same pronoun, stands for whom that pronoun stood for (the traveller),
    never for the last one he meets.
    Otherwise the last person named before, preferring one who was the subject of a sentence:
    in "Meloni met Milei. On Saturday she spoke with Saied", she is Meloni."""
    previous = _sentence_subject_before(subject, phrases_before)
    if previous is not None and previous.lower_ == subject.lower_:
        return _last_person_before(previous, phrases_before)
    people = []
    for i in range(subject.i - 1, max(-1, subject.i - 400), -1):
        phrase = phrases_before.get(i)
        if (
            phrase is not None
            and any(a.kind == "person" for a in phrase.actors)
            and phrase not in people
        ):
            people.append(phrase)
    doc = subject.doc
    for phrase in people[:3]:
        if doc[phrase.head].dep_ in SUBJECT_DEPS:
            return phrase
    return people[0] if people else None


_PRONOUN_SIDES = {"i", "we", "he", "she", "they", "my", "our", "his", "her", "their"}


def pronoun_side(trigger: Token) -> Token | None:
    """The pronoun that gives the trigger's own side: its possessor ("their conversations with
    A and B") or its clause's subject ("we have been in discussions with A and B")."""
    possessor = next((c for c in trigger.children if c.dep_ == "poss"), None)
    side = possessor if possessor is not None else _clause_subject(trigger)
    return side if side is not None and side.lower_ in _PRONOUN_SIDES else None


def _clause_subject(trigger: Token) -> Token | None:
    """The subject of the trigger's clause, climbing from the trigger through the verbs and
    phrases that carry it: "they held talks", "he was due to hold talks"; not past a time
    mark ("Following the summit, the Vice President reviewed ...")."""
    current = trigger
    for _ in range(4):
        subject = _subject_of(current)
        if subject is not None or current.head.i == current.i:
            return subject
        if current.dep_ not in ("xcomp", "acl", "dobj", "pobj", "prep", "advcl", "acomp", "pcomp"):
            # "acomp": "where he was due to hold talks"; "pcomp": "look forward to meeting"
            return None
        if _time_mark(current):
            return None
        current = current.head
    return None


@rule(
    "Envoy Teo Vaskin and Adviser Kalo Venn of Norlandia travelled to Kessel on Monday. They "
    "held talks with President Ulla Marsk of Ostravia.",
    ["talks occurred: Ulla Marsk + Teo Vaskin + Kalo Venn"],
    counter=(
        "President Arlo Venn of Norlandia and President Mara Oduya of Kenya met in Nairobi on "
        "Monday. They held talks with Prime Minister Teo Vaskin of Vostrelia on Tuesday.",
        ["meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10"],
    ),
)
def travellers_before(trigger: Token, phrases_before) -> list[ActorPhrase]:
    """ "A and B of Norlandia travelled to Kessel. They held talks with X": "they", opening a
    sentence whose verb names the other side, stands for the people who were the subject of
    the sentence before, when two or more people of one state are named there (one delegation);
    not leaders of two states ("Venn of Norlandia and Oduya of Kenya met. They held talks with
    Vaskin": who "they" are is not said)."""
    subject = _clause_subject(trigger)
    sentence = trigger.sent
    if (
        subject is None
        or subject.lower_ != "they"
        or sentence.start == 0
        or not (_names_other_side(subject.head) or _names_other_side(trigger))
        or any(phrases_before.get(i) is not None for i in range(sentence.start, subject.i))
    ):
        return []
    before = trigger.doc[sentence.start - 1].sent
    people: list[ActorPhrase] = []
    for i in range(before.start, before.root.i):  # named before its verb: its subject
        phrase = phrases_before.get(i)
        if phrase is not None and phrase not in people:
            people.append(phrase)
    actors = [a for phrase in people for a in phrase.actors]
    states = {a.country or a.state for a in actors} - {None}
    if len(people) < 2 or any(a.kind != "person" for a in actors) or len(states) > 1:
        return []
    return people


@rule(
    "Statement by Spokesperson Mara Lind of Norlandia\n\nWe welcome the steps announced by "
    "the Vostrelian government tonight at the President's request following his call with "
    "Prime Minister Teo Vaskin of Vostrelia.",
    [],
    counter=(
        "Statement by Foreign Minister Mara Lind of Norlandia\n\nWe welcome the steps announced "
        "by the Vostrelian government tonight at the government's request following her call "
        "with Prime Minister Teo Vaskin of Vostrelia.",
        ["call occurred: Teo Vaskin + Mara Lind 2025-03-12"],
    ),
)
def _person_owning(pronoun: Token, phrases_before) -> Token | None:
    """ "We welcome the steps taken at the President's request following his call with X": a
    possessive pronoun inside a phrase that hangs from a person's noun ("the President's
    request") stands for that person (the President, or whoever holds the title), never for
    the release's author; an owner that is no person ("the government's steps") says nothing."""
    for noun in pronoun.head.ancestors:
        if noun.pos_ in ("VERB", "AUX") and noun.dep_ != "prep":  # "following" is a preposition
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        phrase = phrases_before.get(owner.i)
        person = phrase is not None and any(a.kind == "person" for a in phrase.actors)
        return owner if person or bare_title(owner) is not None else None
    return None


@rule(
    "Vice President Arlo Venn of Norlandia spoke with Chancellor Ulla Marsk of Germany on "
    "Tuesday. Following the March 3 European Union summit, the Vice President reviewed the "
    "sanctions.",
    [
        "call occurred: Arlo Venn + Ulla Marsk 2025-03-11",
        "summit occurred: European Union 2025-03-03",
    ],
    counter=(
        "Vice President Arlo Venn of Norlandia spoke with Chancellor Ulla Marsk of Germany on "
        "Tuesday. On March 3, the Vice President attended the European Union summit.",
        [
            "call occurred: Arlo Venn + Ulla Marsk 2025-03-11",
            "summit occurred: European Union + Arlo Venn 2025-03-03",
        ],
    ),
)
def _time_mark(noun: Token) -> bool:
    """ "Following the March 3 summit, the Vice President reviewed the sanctions": an encounter
    named only as the time of the clause ("following", "after", "before", "ahead of") is not
    one its subject attends, as with a named subject; "after meeting Xi" (a gerund) is."""
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True
    return prep.dep_ == "prep" and prep.lower_ in ("after", "following", "before")


def _sentence_subject_before(pronoun: Token, phrases_before) -> Token | None:
    """The subject of the sentence before, for a personal pronoun that opens its sentence (no
    person and no other subject before it in its own sentence)."""
    sentence = pronoun.sent
    if (
        sentence.start == 0
        or pronoun.lower_ not in _PERSONAL_PRONOUNS
        or any(phrases_before.get(i) is not None for i in range(sentence.start, pronoun.i))
        or any(
            t.dep_ in SUBJECT_DEPS and t.lower_ not in _PERSONAL_PRONOUNS
            for t in pronoun.doc[sentence.start : pronoun.i]
        )
    ):
        return None  # "The President praised his trip": "his" is the President's own
    before = pronoun.doc[sentence.start - 1].sent
    return next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)


@rule(
    "Vice President Ulla Marsk of Norlandia arrives in Kenya on Monday. On Tuesday, the Vice "
    "President will meet with President Lena Feira of Kenya. On Friday, the Vice President will "
    "depart Kenya for Zambia. Once there, she will meet with President Mara Oduya.",
    [
        "visit occurred: Ulla Marsk + Kenya @Kenya 2025-03-10",
        "meeting planned: Lena Feira + Ulla Marsk 2025-03-18",
        "meeting planned: Mara Oduya + Ulla Marsk",
    ],
    counter=(
        "On Tuesday, the Vice President will meet with President Lena Feira of Kenya. On Friday, "
        "the Vice President will depart Kenya for Zambia. Once there, she will meet with "
        "President Mara Oduya.",
        [],
    ),
)
def _title_subject_before(pronoun: Token, phrases_before) -> tuple[Token, str] | None:
    """ "On Friday, the Vice President will depart Kenya. Once there, she will meet President
    Oduya": a pronoun that opens its sentence stands for the subject of the sentence before when
    that subject is a bare title, so for the one person named with that office (or no one),
    never for President Feira, named earlier as the one she met."""
    subject = _sentence_subject_before(pronoun, phrases_before)
    title = bare_title(subject) if subject is not None else None
    return (subject, title) if subject is not None and title is not None else None


@rule(
    "President Teo Vaskin of Russia spoke with U.S. President Arlo Venn on Monday. When the "
    "President went to Kessel last year, he met Chancellor Ulla Marsk of Germany.",
    [
        "call occurred: Teo Vaskin + Arlo Venn 2025-03-10",
        "meeting occurred: Ulla Marsk + Arlo Venn 2024-01-01",
    ],
    counter=(
        "President Teo Vaskin of Russia spoke with U.S. President Arlo Venn on Monday. When the "
        "President went to Kessel last year, Vaskin said he met Chancellor Ulla Marsk of Germany.",
        [
            "call occurred: Teo Vaskin + Arlo Venn 2025-03-10",
            "meeting occurred: Ulla Marsk + Teo Vaskin",
        ],
    ),
    url="https://www.whitehouse.gov/briefing-room/statements-releases/2025/03/call/",
)
def _title_subject_within(pronoun: Token, phrases_before) -> tuple[Token, str] | None:
    """ "When the President went to Kessel, he met Chancellor Marsk": a pronoun after a bare
    title that is a subject earlier in its own sentence, with no person named between them,
    stands for that title (so for its holder, or no one), never for a person named in an
    earlier sentence ("President Vaskin of Russia"). Only a subject pronoun: in "the President
    commended the Prime Minister for his visits", "his" is the Prime Minister's."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return None
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        phrase = phrases_before.get(i)
        if phrase is not None and any(a.kind == "person" for a in phrase.actors):
            return None
        word = pronoun.doc[i]
        title = bare_title(word) if word.dep_ in SUBJECT_DEPS else None
        if title is not None:
            return word, title
    return None


@rule(
    "Foreign Minister Ulla Marsk of Norlandia had planned the trip for weeks. Spokesperson "
    "Teo Vaskin said on Monday that the foreign minister has postponed her visit to Kenya.",
    ["visit postponed: Kenya + Ulla Marsk @Kenya"],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia had planned the trip for weeks. Spokesperson "
        "Teo Vaskin said on Monday that the president has postponed her visit to Kenya.",
        [],
    ),
)
def _titled_subject(trigger: Token) -> tuple[Token, str] | None:
    """ "the foreign minister has postponed her visit": the possessive stands for its own
    clause's subject, a bare title, so for the one person named before with that office (or no
    one), never for the spokesperson who said so."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    title = bare_title(subject) if subject is not None else None
    return (subject, title) if subject is not None and title is not None else None


@rule(
    "President Arlo Venn is pleased to announce that on March 29, he will co-host the Summit "
    "for Democracy with the leaders of Costa Rica and Zambia.",
    ["summit planned: Costa Rica + Zambia + Arlo Venn 2025-03-29"],
    counter=(
        "President Arlo Venn is pleased to announce that on March 29, the leaders of Costa Rica "
        "and Zambia will hold a summit in Lima with the host - Peru.",
        ["summit planned: Costa Rica + Zambia + Peru @Lima 2025-03-29"],
    ),
)
def _subject_of(verb: Token) -> Token | None:
    """The verb's subject: "he will co-host the summit" (one token, nlp.pipeline's joint verbs),
    so "he" is found and bound to President Venn."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def bare_title(subject: Token) -> str | None:
    """ "The President", "the Vice President": a title with "the" and nothing else, no name and
    no state ("the President of Kenya" is an actor of its own). Those named with it are their
    own: in "the President and the First Lady", the President is a bare title."""
    joined = {t.i for c in subject.children if c.dep_ in ("cc", "conj") for t in c.subtree}
    words = [t for t in subject.subtree if t.dep_ not in ("det", "case") and t.i not in joined]
    if not any(t.dep_ == "det" and t.lower_ == "the" for t in subject.children):
        return None
    if any(t.i > subject.i for t in words):
        return None
    text = " ".join(t.text for t in words).lower()
    return text if text in title_forms() else None


@cache
def title_forms() -> frozenset[str]:
    """Every title form in lower case, plurals included ("president", "trade ministers")."""
    return frozenset(form.lower() for form in title_words())


@rule(
    "President Arlo Venn of Norlandia will travel to Kenya on Monday. The President will then "
    "travel to Portugal on Tuesday to meet Prime Minister Tomas Feira.",
    [
        "visit planned: Arlo Venn + Kenya @Kenya 2025-03-17",
        "visit planned: Portugal + Arlo Venn @Portugal 2025-03-18",
    ],
    counter=(
        "Vice President Ulla Marsk of Norlandia will travel to Kenya on Monday. The President "
        "will then travel to Portugal on Tuesday to meet Prime Minister Tomas Feira.",
        ["visit planned: Ulla Marsk + Kenya @Kenya 2025-03-17"],
    ),
    also=[
        (
            "President Arlo Venn of Norlandia met President Mara Oduya of Kenya on Monday. The "
            "President will then travel to Portugal on Tuesday.",
            ["meeting occurred: Arlo Venn + Mara Oduya 2025-03-10"],
        ),
        (
            "President Arlo Venn of Norlandia spoke on Monday. The President and the First Lady "
            "look forward to welcoming King Ivo of Kenya in Lisbon next week.",
            ["meeting planned: Ivo + Arlo Venn @Lisbon 2025-03-17"],
        ),
        (
            "Vice President Ulla Marsk of Norlandia spoke on Monday. The President and the First "
            "Lady look forward to welcoming King Ivo of Kenya in Lisbon next week.",
            [],
        ),
    ],
)
def _title_holder_before(subject: Token, title: str, phrases_before) -> ActorPhrase | None:
    """ "President Venn will travel to Kenya. The President will then travel to Portugal": a bare
    title stands for the one person named before with that very title (not "Vice President
    Marsk" for "the President"; no one when two presidents were named)."""
    holders: dict[str, ActorPhrase] = {}
    office = (canonical_title(title) or title).lower()  # "the external affairs minister"
    home = _publisher_holding(subject.doc, title)
    for i in range(subject.i - 1, max(-1, subject.i - 400), -1):
        phrase = phrases_before.get(i)
        for actor in phrase.actors if phrase is not None else ():
            if (
                actor.kind == "person"
                and actor.title is not None
                and home in (None, actor.country)
                and office
                in (
                    actor.title.lower(),
                    (canonical_title(actor.title) or "").lower(),
                )
            ):
                holders.setdefault(actor.name.split()[-1], phrase)
    return next(iter(holders.values())) if len(holders) == 1 else None


@rule(
    "President Teo Vaskin of Russia spoke with U.S. President Arlo Venn on Monday. The President "
    "will meet Chancellor Ulla Marsk of Germany in Kessel on Friday.",
    [
        "call occurred: Teo Vaskin + Arlo Venn 2025-03-10",
        "meeting planned: Ulla Marsk + Arlo Venn 2025-03-14",
    ],
    counter=(
        "U.S. President Arlo Venn spoke with Prime Minister Teo Vaskin of Japan on Monday. The "
        "Prime Minister will meet Chancellor Ulla Marsk of Germany in Kessel on Friday.",
        [
            "call occurred: Arlo Venn + Teo Vaskin 2025-03-10",
            "meeting planned: Ulla Marsk + Teo Vaskin 2025-03-14",
        ],
    ),
    url="https://www.whitehouse.gov/briefing-room/statements-releases/2025/03/call/",
)
def _publisher_holding(doc: Doc, title: str) -> str | None:
    """ "President Vaskin of Russia spoke with U.S. President Venn. The President will meet
    Chancellor Marsk": in a government's own release, a bare title of an office that
    government's state has ("the President", "the Vice President") is its own office holder,
    never a foreign one named before with the same title. The state; None when the release is
    no government's or the state has no such office ("the Prime Minister" in a US release)."""
    home = publisher_of(doc)
    office = canonical_title(title)
    if home is None or office is None or not has_office(home, office):
        return None
    return home


@rule(
    "President Arlo Venn of Norlandia praised Prime Minister Teo Vaskin of Vostrelia for "
    "his meeting with President Lena Osei of Kessary on Monday.",
    [
        "meeting occurred: Lena Osei + Teo Vaskin 2025-03-10",
    ],
    also=[
        (
            "President Mara Oduya of Kenya thanked Prime Minister Teo Vaskin of Vostrelia "
            "for his visit to Nairobi on Monday.",
            [
                "visit occurred: Teo Vaskin + Mara Oduya @Nairobi 2025-03-10",
            ],
        ),
    ],
)
def _praised_for(trigger: Token, phrases_before) -> ActorPhrase | None:
    """ "Biden commended Modi for his visits to Poland and Ukraine", "thanked X for his visit":
    the one praised (the verb's object) is the one the possessive stands for."""
    prep = trigger.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "on") or prep.head.pos_ != "VERB":
        return None
    for child in prep.head.children:
        if child.dep_ == "dobj":
            phrase = phrases_before.get(child.i)
            if phrase is not None and any(a.kind == "person" for a in phrase.actors):
                return phrase
    return None


@rule(
    "The Kenyan army said it will hold talks with Portugal in Lisbon next week.",
    [
        "talks planned: Portugal + Kenyan army @Lisbon 2025-03-17",
    ],
)
def _speaker_of(pronoun: Token, phrases_before) -> ActorPhrase | None:
    """ "the Sudanese army said it had accepted", "Beijing says they will attend": a state, a body
    or a group speaking of itself, when "it" or "they" is the subject of what it says."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues().speech_verbs:
        return None
    for child in clause.head.children:
        if child.dep_ in SUBJECT_DEPS:
            phrase = phrases_before.get(child.i)
            if phrase is not None and all(a.kind != "person" for a in phrase.actors):
                return phrase
    return None


_FIRST_PERSON = {"i", "we", "my", "our"}


@rule(
    '"I had a very good meeting with Prime Minister Teo Vaskin of Vostrelia," President Arlo '
    "Venn of Norlandia told reporters on Monday.",
    ["meeting occurred: Teo Vaskin + Arlo Venn"],
    also=[
        (
            'President Arlo Venn of Norlandia said: "We will meet Prime Minister Teo Vaskin of '
            'Vostrelia in Lisbon next week."',
            ["meeting planned: Teo Vaskin + Arlo Venn @Lisbon 2025-03-17"],
        )
    ],
)
def _first_person_speaker(pronoun: Token, phrases_before) -> ActorPhrase | None:
    """ "I spoke with President X," Venn said; a statement by Venn: "Today I spoke with X": the
    first person is whoever speaks: the person subject of the speech verb the clause is quoted
    by, else the person the document's title says the statement or remarks are by."""
    current = pronoun.head
    for _ in range(6):
        if current.lemma_.lower() in cues().speech_verbs:
            for child in current.children:
                if child.dep_ in SUBJECT_DEPS and child.lower_ not in _FIRST_PERSON:
                    phrase = phrases_before.get(child.i)
                    if phrase is not None and any(a.kind == "person" for a in phrase.actors):
                        return phrase
        if current.head.i == current.i:
            break
        current = current.head
    if _inside_quotes(pronoun):
        return None  # a quote whose speaker the sentence does not name
    return _title_speaker(pronoun.doc, phrases_before)


@rule(
    '"We want to hear about the talks in Lisbon," said President Arlo Venn of Norlandia.',
    [],
    also=[
        (
            "Statement by President Arlo Venn of Norlandia\n\nI am proud to welcome President "
            "Teo Vaskin of Vostrelia to Lisbon today.",
            ["meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-12"],
        )
    ],
)
def _own_clause(trigger: Token, verb: Token) -> bool:
    """The trigger is the verb, its object, or an infinitive it controls: "I met", "I had a
    call with", "we agreed to meet", "I am proud to welcome"; not a topic ("we want to hear
    about the talks")."""
    current = trigger
    for _ in range(4):
        if current.i == verb.i:
            return True
        if current.dep_ not in ("xcomp", "dobj") and not glad_to(current):
            return False
        current = current.head
    return False


def _inside_quotes(token: Token) -> bool:
    """Whether an opening quotation mark stands before the token in its paragraph, unclosed."""
    doc = token.doc
    is_open = False
    for i in range(token.i - 1, max(-1, token.i - 120), -1):
        t = doc[i]
        if "\n\n" in t.text_with_ws:
            break
        if t.text in ("“", "”") or t.text == '"':
            is_open = t.text == "“" or (t.text == '"' and t.is_left_punct)
            break
    return is_open


@rule(
    "Statement by Foreign Minister Ulla Marsk of Norlandia\n\nToday I spoke with Foreign "
    "Minister Teo Vaskin of Vostrelia about the crisis.",
    ["call occurred: Teo Vaskin + Ulla Marsk 2025-03-12"],
)
def _title_speaker(doc: Doc, phrases_before) -> ActorPhrase | None:
    """The person a document's first line says is speaking: "Remarks by President X",
    "Statement from Foreign Minister Y", "Minister Z's statement and answers to questions"."""
    first = next(iter(doc.sents), None)
    if first is None:
        return None
    speech = cues().speech_nouns
    for token in first:
        if token.lower_ in ("by", "from", "of") and token.head.lemma_.lower() in speech:
            phrase = phrases_before.get(token.i + 1)
        elif token.lower_ in ("'s", "’s") and token.i + 1 < first.end:
            following = doc[token.i + 1 : min(first.end, token.i + 4)]
            if not any(t.lemma_.lower() in speech for t in following):
                continue
            phrase = phrases_before.get(token.i - 1)
        else:
            continue
        if phrase is not None and any(a.kind == "person" for a in phrase.actors):
            return phrase
    return None


@rule(
    "Statement by President Arlo Venn of Norlandia on the Harbour Act\n\nThe last time I "
    "visited Nairobi, I saw what the harbour means to its people.",
    [],
    counter=(
        "Statement by President Arlo Venn of Norlandia on the Harbour Act\n\nOn Tuesday I met "
        "with President Mara Oduya of Kenya in Nairobi.",
        ["meeting occurred: Mara Oduya + Arlo Venn @Nairobi 2025-03-11"],
    ),
)
def remembered(mention: EncounterMention) -> bool:
    """A statement's speaker recalling an encounter of the past with no time of its own ("The
    last time I visited Nairobi", "I took my children to visit Dachau") remembers it in passing:
    the statement is about something else. Told with its time ("On Tuesday I met with X") it is
    reported."""
    if mention.date is not None or mention.status not in ("occurred", "ongoing"):
        return False
    first = next(iter(mention.sentence.doc.sents))
    if mention.sentence.start == first.start:
        return False
    speaks = any(t.lower_ in _FIRST_PERSON for t in mention.sentence)
    return speaks and any(
        p.phrase is not None and first.start <= p.phrase.start < first.end
        for p in mention.participants
    )


@rule(
    "Prime Minister Tomas Brenn of Norway spoke with reporters. President Arlo Venn of Chile and "
    "Chancellor Ilse Brandauer of Austria were also in Oslo. The two leaders met on Tuesday.",
    ["meeting occurred: Arlo Venn + Ilse Brandauer 2025-03-11"],
    counter=(
        "President Arlo Venn of Chile spoke with reporters in Oslo. The two leaders met on "
        "Tuesday.",
        [],
    ),
)
def people_of_sentence_before(sentence: Span, phrases: list[ActorPhrase]) -> list[Participation]:
    """ "X of A and Y of B were also in Oslo. The two leaders met on Tuesday": the people of the
    sentence just before, when it names two or more of them; they are who "the two" are before
    the article has told any encounter of theirs."""
    doc = sentence.doc
    if sentence.start == 0:
        return []
    before = doc[sentence.start - 1].sent
    people = [
        Participation(phrase, actor, None, "subject")
        for phrase in phrases
        if before.start <= phrase.start < before.end
        for actor in phrase.actors
        if actor.kind == "person"
    ]
    return people if len({a.actor.name for a in people}) >= 2 else []
