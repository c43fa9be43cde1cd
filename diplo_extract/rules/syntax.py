"""Walking the dependency parse: paths, common ancestors, the verb that carries a trigger."""

from __future__ import annotations

from spacy.tokens import Token

from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.registry import rule

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


# The entity labels of places: states and towns, regions, buildings.
PLACE_LABELS = {"GPE", "LOC", "FAC"}


CONTROLLED_DEPS = {"xcomp", "acl", "advcl", "dobj", "attr", "oprd", "conj", "ccomp", "ROOT"}


MAX_PATH = 7


def path_length(path: list[Token], *, through_lists: bool = False) -> int:
    """How far apart a path's ends are. `through_lists`: the steps from one item of a list to
    the next do not count, so the tenth state of "the leaders of A, B, ... and J" is as near
    the verb as the first (the parser hangs each item on the one before)."""
    if through_lists:
        return sum(1 for token in path if token.dep_ != "conj")
    return len(path)


def ancestors_path(token: Token, stop: Token, *, through_lists: bool = False) -> list[Token] | None:
    """Tokens from `token` up to, not including, `stop`; None if `stop` is not above it, or
    further than MAX_PATH."""
    path = []
    current = token
    while current.i != stop.i:
        path.append(current)
        if current.head.i == current.i:
            return None
        current = current.head
        if path_length(path, through_lists=through_lists) > MAX_PATH:
            return None
    return path


def lowest_common_ancestor(a: Token, b: Token) -> Token:
    above_a = {a.i}
    current = a
    while current.head.i != current.i:
        current = current.head
        above_a.add(current.i)
    current = b
    while current.i not in above_a and current.head.i != current.i:
        current = current.head
    return current


def paths_between(
    a: Token, b: Token, *, through_lists: bool = False
) -> tuple[Token, list[Token] | None, list[Token] | None]:
    """How a phrase hangs on a trigger: the lowest token above both, and the path up to it from
    each (None where the parse does not join them, or too far; see `path_length`)."""
    top = lowest_common_ancestor(a, b)
    return (
        top,
        ancestors_path(a, top, through_lists=through_lists),
        ancestors_path(b, top, through_lists=through_lists),
    )


def carriers(trigger: Token) -> set[int]:
    """The trigger and the verb that carries it: "held talks", "had a phone conversation"."""
    ids = {trigger.i}
    c = cues()
    # "another round of talks", "a series of meetings": the encounter noun behind its measure word
    if (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lower_ in cues().measure_nouns
    ):
        ids.add(trigger.head.i)
        trigger = trigger.head.head
        ids.add(trigger.i)
    head = trigger.head
    if (
        trigger.dep_ in ("dobj", "nsubjpass", "attr", "pobj", "compound")
        and head.lemma_ in c.light_verbs
    ):
        ids.add(head.i)
    if (
        trigger.dep_ == "pobj"
        and head.head.lemma_ in c.light_verbs
        and not _own_parties_after(trigger)
    ):
        ids.add(head.head.i)  # "was on the phone", "engage in a direct meeting"
        ids.add(head.i)
    if (
        trigger.dep_ == "pobj"
        and head.lower_ in ("on", "by", "over")
        and head.head.lemma_ in ("speak", "talk")
    ):
        ids.add(head.head.i)  # "spoke on the phone with", "talked by telephone to"
        ids.add(head.i)
    if trigger.dep_ == "compound":
        ids.add(head.i)  # "phone call": anchored on "call" already
    if trigger.dep_ == "nsubj" and head.lemma_ in cues().aspect_verbs and trigger.pos_ != "VERB":
        ids.add(head.i)  # "talks continue between Pakistan and Afghanistan"
    if trigger.dep_ == "nsubj" and head.lemma_ in cues().gathering_verbs and trigger.pos_ == "NOUN":
        ids.add(head.i)  # "the summit brought together Macron and Merkel"
    named = trigger.head if trigger.dep_ == "appos" and trigger.head.pos_ == "PROPN" else None
    if named is not None:
        ids.add(named.i)  # "the Association of ... Nations Regional Forum, which ...": one name
    for child in [*trigger.children, *(named.children if named is not None else ())]:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in cues().chairing_verbs:
            ids.add(child.i)  # "the summit, chaired by Nigerian President Bola Tinubu"
        if (
            child.dep_ == "relcl"
            and child.tag_ == "VBN"
            and child.lemma_ in cues().chairing_verbs
            and any(c.dep_ == "auxpass" for c in child.children)
        ):
            ids.add(child.i)  # "the meeting, which was attended by ministers from 26 countries"
    return ids


# "after talks with Y", "following a meeting with Y": an encounter told as the time of the clause.
SEQUENCE_ADJUNCT_PREPS = {"after", "following", "before", "upon", "during"}


@rule(
    "President Arlo Venn of Norlandia held talks with President Jomo Oduya of Vostrelia "
    "following the call between their foreign ministers.",
    ["talks occurred: Arlo Venn + Jomo Oduya"],
    counter=(
        "President Arlo Venn of Norlandia hosted a welcome ceremony for President Jomo Oduya of "
        "Vostrelia in Kessel on Monday before the talks.",
        ["talks occurred: Arlo Venn + Jomo Oduya @Kessel 2025-03-10"],
    ),
)
def _own_parties_after(noun: Token) -> bool:
    """ "held talks with Y following the call between their ministers": an encounter noun with
    parties of its own in a time adjunct is another encounter, before or after, not one the
    light verb above holds."""
    return noun.head.lower_ in SEQUENCE_ADJUNCT_PREPS and any(
        c.dep_ == "prep" and c.lower_ in ("between", "with") for c in noun.children
    )


def looks_forward(verb: Token) -> bool:
    """ "X looks forward to welcoming Y": the verb of anticipation, whose "to" phrase is what
    its subject plans to do."""
    return verb.lemma_ == "look" and any(c.lower_ == "forward" for c in verb.children)


def glad_to(adjective: Token) -> bool:
    """ "X is pleased to welcome Y", "I am proud to host Y today": an adjective of gladness
    complementing its verb, whose infinitive the verb's subject does."""
    return adjective.dep_ == "acomp" and adjective.lower_ in cues().glad_adjectives


def venue_prep(prep: Token) -> bool:
    """ "at the White House", "in Brasilia": a preposition whose object names a place."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("FAC", "GPE", "LOC") for c in prep.children)


def purpose_infinitive(verb: Token) -> bool:
    """A purpose infinitive ("to foster peace"), not the encounter's own ("to take place in")."""
    return verb.lemma_ not in cues().happening_verbs and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def clause_tense(token: Token) -> str | None:
    """past / future for the verb a date hangs on ("delivered on Monday", "will meet on Friday")."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("amod",):
            aux = {c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass")}
            if aux & {"will", "shall", "'ll", "wo"}:
                return "future"
            if "would" in aux and not aux & {"have", "'ve"}:
                return "future"  # "said they would meet again in June": later than the saying
            if current.tag_ == "VBD" or (
                current.tag_ == "VBN" and aux & {"has", "have", "had", "was", "were"}
            ):
                return "past"
            if current.tag_ == "VBN" and current.dep_ == "acl":
                return "past"  # "a message, delivered on Monday to the president"
            return None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def triggers_linked(a: Token, b: Token) -> bool:
    """One trigger governs the other within a short chain: "travel to Paris to meet Macron"; or
    a copula makes one the other: "the talks will be the fourth round hosted by Baghdad"."""
    for x, y in ((a, b), (b, a)):
        if (
            x.dep_ in SUBJECT_DEPS
            and x.head.lemma_ == "be"
            and (y.head.i == x.head.i and y.dep_ == "attr" or y.head.head.i == x.head.i)
            and (y.dep_ == "attr" or y.head.dep_ == "attr")
        ):
            return True
    for x, y in ((a, b), (b, a)):
        current = x
        for _ in range(4):
            if current.head.i == current.i:
                break
            current = current.head
            if current.i == y.i:
                return True
    return False


def tree_depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def first_conjunct(token: Token) -> Token:
    """The first item of the list `token` is an item of ("A, B and C": A); `token` itself when
    it is in no list."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
