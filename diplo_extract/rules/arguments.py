"""A trigger's participants, found on the parse of its own clause or noun phrase: subject,
object, with/between/to phrases, possessor, controller of an infinitive ("X is set to meet Y"),
the chair of a gathering, a headline's comma pair."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from diplo_extract.normalize import actors as actor_norm
from diplo_extract.normalize.actors import Actor
from diplo_extract.normalize.places import geocode
from diplo_extract.rules.actor_spans import (
    ActorPhrase,
)
from diplo_extract.rules.antecedents import (
    object_antecedent,
    pronoun_antecedent,
    pronoun_side,
    subject_before,
    title_forms,
    travellers_before,
)
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.mentions import Participation
from diplo_extract.rules.registry import rule
from diplo_extract.rules.syntax import (
    CONTROLLED_DEPS,
    MAX_PATH,
    PLACE_LABELS,
    SEQUENCE_ADJUNCT_PREPS,
    SUBJECT_DEPS,
    ancestors_path,
    carriers,
    first_conjunct,
    glad_to,
    looks_forward,
    path_length,
    paths_between,
    venue_prep,
)
from diplo_extract.rules.triggers import call_frame, for_companies, is_invitation

NAME_LABELS = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}


PARTICIPANT_PREPS = {"with", "between", "among", "by", "alongside", "including", "and", "from"}


def collective_of_states(actor: Actor) -> bool:
    """A group that says itself which states it gathers: "the leaders of the Central Asian
    countries", "representatives from 30 nations" (actor_spans' collectives)."""
    words = actor.name.lower().split()
    return (
        actor.kind == "group"
        and actor.country is None
        and bool(words)
        and words[-1] in cues().state_collective_nouns
    )


def participation_clause(verb: Token) -> bool:
    """A relative clause of the trigger noun that says who takes part."""
    lemmas = {t.lemma_.lower() for t in verb.subtree if t.pos_ in ("VERB", "AUX")}
    return bool(lemmas & cues().participation_verbs)


@rule(
    "Prime Minister Teo Vaskin of Vostrelia agreed to a proposal from President Arlo Venn "
    "of Norlandia to meet in Lisbon next week.",
    [
        "meeting planned: Teo Vaskin + Arlo Venn @Lisbon 2025-03-17",
    ],
)
def _agreed_proposal(token: Token, top: Token) -> bool:
    """ "X agreed to a request from Y to meet": whoever agrees to the proposal takes part."""
    if top.lemma_ not in ("agree", "accept", "consent"):
        return False
    if token.dep_ == "prep" and token.lower_ == "to":
        return any(c.lemma_ in cues().proposal_nouns for c in token.children)
    return token.lemma_ in cues().proposal_nouns and token.dep_ in ("pobj", "dobj")


@rule(
    "Prime Minister Teo Vaskin of Vostrelia signed the trade deal on a visit to Kenya on Monday.",
    [
        "visit occurred: Teo Vaskin + Kenya @Kenya 2025-03-10",
    ],
)
def _visit_frame(token: Token, kind: str) -> bool:
    """ "X finalised the talks on a recent visit to Y": the visit is X's, through 'on'/'during'."""
    if kind != "visit":
        return False
    if token.dep_ == "prep" and token.lower_ in ("on", "during", "in"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("on", "during")


def _own_subject_below(trigger: Token, top: Token) -> bool:
    """Does the clause of `trigger` have a subject of its own below `top`?"""
    current = trigger
    while current.i != top.i:
        if any(
            child.dep_ in SUBJECT_DEPS and not _locating_subject(child)
            for child in current.children
        ):
            return True
        if current.head.i == current.i:
            break
        current = current.head
    return False


@rule(
    "The national security advisors of Kenya, Ghana, and Peru met in Lima on Friday.",
    [
        "meeting occurred: national security advisors of Kenya + Ghana + Peru @Lima 2025-03-07",
    ],
    counter=(
        "The security advisors of Kenya, Ghana, and Peru met in Lima on Friday.",
        [],
    ),
)
def _plural_office(noun: Token) -> bool:
    """ "The national security advisors of Kenya, Ghana, and Peru met": an office in the plural
    ("national security advisors", "foreign secretaries") is held in each state after its "of",
    so every state of the list takes part, as after "the leaders of" or "the ministers of";
    before, the states after the first were no argument of "met" and one of three was lost.
    Not a plural that names no office ("security advisors")."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    doc = noun.doc
    forms = title_forms()
    return any(
        doc[start : noun.i + 1].text.lower() in forms
        for start in range(max(0, noun.i - 3), noun.i + 1)
    )


@rule(
    "The leaders of Chile, Peru, Bolivia, Ecuador, Colombia, Brazil, Uruguay, Paraguay and "
    "Argentina met in Lima on Tuesday.",
    [
        "meeting occurred: Chile + Peru + Bolivia + Ecuador + Colombia + Brazil + Uruguay + "
        "Paraguay + Argentina @Lima 2025-03-11"
    ],
    counter=(
        "The leaders of Chile and Peru met in Lima on Tuesday to discuss aid to Bolivia, Ecuador, "
        "Colombia, Brazil and Uruguay.",
        ["meeting occurred: Chile + Peru @Lima 2025-03-11"],
    ),
)
def _is_participant_path(head: Token, trigger: Token, kind: str, governors: set[int]) -> str | None:
    """None if the phrase headed by `head` is not an argument of the trigger; else its relation."""
    c = cues()
    # Every party of a long list takes part, not the first seven ("the governments of A, B, ...").
    top, up, down = paths_between(head, trigger, through_lists=True)
    if up is None or down is None:
        return None
    if path_length(up, through_lists=True) + path_length(down, through_lists=True) > MAX_PATH:
        return None
    if not up and _attends(head, trigger):
        return "subject"
    if not up:
        return None  # the trigger is inside the phrase ("Russia-US Dialogue" is handled below)
    said_on_call = call_frame(trigger) if kind == "call" else None
    if said_on_call is not None:
        argument = head
        while argument.dep_ in ("conj", "appos") and argument.head.i != argument.i:
            argument = argument.head
        partner = next(
            (c for c in said_on_call.children if c.dep_ == "prep" and c.lower_ == "with"), None
        )
        if partner is not None and argument.head.i == partner.i:
            return "object"  # "discussed Ukraine with Scholz in a phone call"
        if argument.head.i == said_on_call.i and argument.dep_ in ("dobj", "dative"):
            # "Macron told Scholz in a phone call", "congratulated X by phone"; but what was
            # discussed (with someone) is the topic.
            topic = partner is not None or said_on_call.lemma_ in cues().topic_verbs
            return None if topic else "object"
        if argument.head.i == said_on_call.i and argument.dep_ in SUBJECT_DEPS:
            return "subject"
    if _speaks_at(up, down, top):
        return "subject"  # "X's remarks following talks with Y", "Remarks by A and B before..."
    invitation = is_invitation(trigger)
    outer = up[1] if len(up) > 1 else top
    if (
        up[0].dep_ in ("compound", "amod", "nmod", "poss")
        and (outer.pos_ == "NOUN" or outer.lower_ in c.occasion_nouns)
        and outer.i not in governors
        and outer.lower_ not in c.group_nouns
    ):
        return None  # it qualifies another noun: "NATO" in "a visit and the 2026 NATO summit"
    if (
        up[0].dep_ in ("compound", "nmod")
        and outer.ent_type_ in NAME_LABELS
        and outer.i not in governors
    ):
        return (
            None  # part of an institution's name: "New Mexico Institute", "Washington University"
        )
    if kind == "visit" and any(
        is_invitation(t) and t.head.lower_ in ("at", "upon") for t in up[1:]
    ):
        # "will visit Indonesia at the invitation of Foreign Minister Marsudi": the host, a
        # person or a state ("object" of the visit: its roles make it the host).
        return "object"
    if _doer_to_a_party(up, governors):
        return None
    with_phrase = between = False
    for token in up[1:]:
        if token.dep_ == "prep" or token.pos_ == "ADP":
            word = token.lower_
            if with_phrase and word in ("at", "in") and venue_prep(token):
                continue  # "met today at the White House with X": "with X" hung on the venue
            if (
                between
                and word in ("on", "over", "about")
                and token.head.i in governors
                and _no_other_party(trigger, governors)
            ):
                continue  # "talks on the crisis between A, B and C": "between" hung on the topic
            if with_phrase and _partner_past_adjunct(token, trigger, governors):
                return "object"  # "held a meeting ahead of a festival with Y"
            with_phrase = with_phrase or word in ("with", "between")
            between = between or word == "between"
            if word == "to" and invitation:
                return "destination"
            if word == "for" and (invitation or token.head.lemma_ in cues().hosted_occasions):
                continue  # "an invitation for Macri to visit", "a state dinner for Macri"
            if (
                word == "from"
                and token.head.i == trigger.i
                and trigger.lemma_ in cues().arrival_verbs
            ):
                return None  # "arrived in Abu Dhabi from Paris": where the trip began
            if _party_prep(token, kind, trigger, governors):
                continue  # "met with X", "spoke to X", "paid a courtesy call on X"
            if word == "of" and (
                token.head.i in governors
                or token.head.lower_ in c.group_nouns
                or token.head.lower_ in ("counterpart", "leaders", "heads")
                or _plural_office(token.head)
            ):
                continue
            if word == "to" and kind == "visit":
                if _going_back(token, trigger) or _other_trip(token, trigger):
                    return None
                return "host"
            if word in ("in", "at") and kind == "visit" and trigger.lemma_ in ("arrive", "land"):
                return "host"  # "arrived in Beijing"
            return None
        if token.pos_ in ("VERB", "AUX") and token.dep_ in (
            "relcl",
            "advcl",
            "ccomp",
            "parataxis",
            "csubj",
        ):
            # "the summit that was to bring together leaders of X and Y" names its participants
            if not (token.head.i in governors and participation_clause(token)):
                return None
    first = up[-1]  # the phrase's branch as it reaches `top`
    if any(t.pos_ == "VERB" and t.lemma_.lower() in c.speech_verbs for t in up[1:]):
        return None  # "..., a senior Turkish official told Reuters": the source, not a party
    if (
        first.dep_ in ("acl", "relcl")
        and first.i in governors
        and len(up) >= 2
        and up[-2].dep_ == "agent"
    ):
        if kind == "visit" and first.lemma_ == "host":
            return "object"  # "the State Visit hosted by President Njeri": the host
        return "subject"  # "the summit, chaired by Nigerian President Bola Tinubu"
    if first.dep_ == "prep" and first.lower_ == "to" and kind == "visit":
        return "destination" if invitation else "host"
    if first.dep_ == "prep" and first.lower_ == "for" and invitation and top.i == trigger.i:
        return "object"  # "an invitation from Pham Minh Chinh for Kishida to visit": the invitee
    if (
        first.dep_ == "prep"
        and first.lower_ != "of"
        and not _party_prep(first, kind, trigger, governors)
        and not (with_phrase and venue_prep(first))
        and not (
            between
            and first.lower_ in ("on", "over", "about")
            and _no_other_party(trigger, governors)
        )
    ):
        return None
    if (
        invitation
        and top.i in governors
        and len(up) >= 2
        and up[-1].pos_ == "VERB"
        and up[-2].dep_ in SUBJECT_DEPS
    ):
        return "object"  # "an invitation for Macri to visit": the invitee is the visit's subject
    if _object_of_happening(trigger, top, first):
        return None  # "The meeting took place during the Summit of A, B and C", misparsed
    if top.i in governors:
        if kind != "visit" and _second_clause(first):
            return None
        if first.dep_ in SUBJECT_DEPS or first.dep_ in (
            "poss",
            "compound",
            "nmod",
            "amod",
            "npadvmod",
            "appos",
            "conj",
        ):
            return "subject" if first.dep_ in SUBJECT_DEPS else "modifier"
        if first.dep_ in ("dobj", "pobj", "prep", "dative", "attr", "oprd", "agent"):
            return (
                "host"
                if kind == "visit" and first.dep_ == "dobj" and trigger.lemma_ == "visit"
                else "object"
            )
        return None
    doc = trigger.doc
    if (
        top.lemma_ in cues().proposal_nouns
        and first.lower_ == "from"
        and any(doc[i].head.i == top.i for i in governors)
    ):
        return "object"  # "a request from his Thai counterpart to meet": the one who asks
    # Reached through a verb above the trigger: only its subject, only for a subject-less clause
    # that the verb controls ("X plans to meet Y", "X is set to travel to Paris"), not for a
    # trigger inside some other phrase ("X extends an invitation ahead of the NATO summit").
    if first.dep_ not in SUBJECT_DEPS:
        return None
    if kind == "visit" and _trip_of_other(trigger, top):
        return None  # "X spoke with Y to discuss the Prime Minister's trip to Kyiv"
    if _parties_between(trigger, governors, down, top):
        return None  # "X and Y discussed Gaza, following the call between A and B"
    if _time_adjunct(trigger, down):
        return "subject"  # "the president said upon arriving in Havana": he arrived
    if _anticipated(trigger, down, top):
        return "subject"  # "X looks forward to welcoming Y": X welcomes
    if _glad_infinitive(trigger, down):
        return "subject"  # "X is pleased to welcome Y": X welcomes
    if _encounter_adjunct(trigger, down, kind):
        return "subject"  # "X sounded upbeat after meetings with Y and Z": X met them
    if _purpose_adjunct(trigger, down, top):
        return "subject"  # "X is expected in Yerevan next week for talks with Y": X talks
    if any(
        t.i not in governors
        and t.dep_ not in CONTROLLED_DEPS
        and not _visit_frame(t, kind)
        and not _agreed_proposal(t, top)
        for t in down
    ):
        return None
    if top.lemma_.lower() in c.speech_verbs:
        return None  # the speaker: "Ukrainian officials announced", "a spokesman said"
    if _stance_toward(trigger, down, top, kind):
        return None  # "X welcomed the upcoming summit of regional states": X need not attend
    if _own_subject_below(trigger, top):
        return None
    return "subject"


@rule(
    "Foreign Minister Ulla Marsk's remarks to the press following talks with Foreign Minister "
    "Teo Vaskin of Kenya in Nairobi on March 10, 2025.",
    ["talks occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-10"],
    also=[
        (
            "Remarks by President Arlo Venn of Norlandia and Prime Minister Teo Vaskin of Kenya "
            "before their bilateral meeting in Lisbon on March 10, 2025.",
            ["meeting occurred: Arlo Venn + Teo Vaskin @Lisbon 2025-03-10"],
        )
    ],
    counter=(
        "Foreign Minister Ulla Marsk's remarks on the talks between Kenya and Uganda in Nairobi "
        "on March 10, 2025.",
        ["talks occurred: Kenya + Uganda @Nairobi 2025-03-10"],
    ),
)
def _speaks_at(up: list[Token], down: list[Token], top: Token) -> bool:
    """The trigger is the encounter a statement or remarks are given before, during or after
    ("X's remarks following talks with Y", "Remarks by A and B before their bilateral
    meeting", the heading of a transcript): who speaks, the noun's owner or its "by" phrase,
    takes part; not what the remarks are about ("remarks on the talks between A and B")."""
    if top.lemma_.lower() not in cues().speech_nouns and top.lower_ not in cues().speech_nouns:
        return False
    first = up[-1]
    speaker = (first.dep_ == "poss" and len(up) == 1) or (
        first.dep_ == "prep"
        and first.lower_ == "by"
        and all(t.dep_ in ("pobj", "conj") for t in up[:-1])
    )
    if not speaker or len(down) > 5:
        return False
    branch = down[-1]  # how the trigger hangs on the speech noun
    at_time = (branch.dep_ == "prep" and branch.lower_ in SEQUENCE_ADJUNCT_PREPS | {"ahead"}) or (
        branch.dep_ == "acl" and branch.lower_ in ("following", "preceding")
    )
    return at_time and all(t.dep_ in ("pobj", "dobj", "prep", "acl") for t in down)


@rule(
    "President Arlo Venn of Norlandia and Emir Tamar Oduya of Kenya welcomed the upcoming "
    "summit of regional states in Kessel next month.",
    [],
    counter=(
        "President Arlo Venn of Norlandia and Emir Tamar Oduya of Kenya held talks in Lisbon on "
        "Monday.",
        ["talks occurred: Arlo Venn + Tamar Oduya @Lisbon 2025-03-10"],
    ),
)
def _stance_toward(trigger: Token, down: list[Token], top: Token, kind: str) -> bool:
    """ "X welcomed the summit", "X praised the talks between A and B": an encounter that is
    the object of a verb of stance (cues.json stance_verbs) is not its subject's; but the one who
    welcomes a visit is its host ("welcomed the visit of Y")."""
    return (
        kind != "visit"
        and bool(down)
        and down[-1].dep_ == "dobj"
        and top.lemma_.lower() in cues().stance_verbs
    )


@rule(
    "Foreign Minister Ulla Marsk of Norlandia recalled her 2021 visit to Kenya and Ghana and her "
    "2022 visit to Angola and Namibia.",
    [
        "visit occurred: Ulla Marsk + Kenya @Kenya 2021-01-01",
        "visit occurred: Ulla Marsk + Ghana @Ghana 2021-01-01",
        "visit occurred: Ulla Marsk + Angola @Angola 2022-01-01",
        "visit occurred: Ulla Marsk + Namibia @Namibia 2022-01-01",
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia recalled her 2021 visit to Kenya and Ghana.",
        [
            "visit occurred: Ulla Marsk + Kenya @Kenya 2021-01-01",
            "visit occurred: Ulla Marsk + Ghana @Ghana 2021-01-01",
        ],
    ),
)
def _other_trip(prep: Token, trigger: Token) -> bool:
    """ "her 2021 visit to Kenya and Ghana and her 2022 visit to Angola and Namibia": a "to"
    hung on another trip noun coordinated with the trigger names that trip's destinations, not
    the trigger's."""
    noun = prep.head
    if noun.i == trigger.i or noun.pos_ != "NOUN" or trigger.pos_ != "NOUN":
        return False
    return first_conjunct(noun).i == first_conjunct(trigger).i


@rule(
    "Foreign Minister Ulla Marsk of Norlandia visited Ghana on Monday and returned to Kenya on "
    "Tuesday.",
    ["visit occurred: Ulla Marsk + Ghana @Ghana 2025-03-10"],
    also=[
        (
            "Foreign Minister Ulla Marsk visited Ghana on Monday before returning to Kenya.",
            ["visit occurred: Ulla Marsk + Ghana @Ghana 2025-03-10"],
        ),
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia will return to Ghana next month for a state "
        "visit.",
        ["visit planned: Ulla Marsk + Ghana @Ghana 2025-04-01"],
    ),
)
def _going_back(prep: Token, trigger: Token) -> bool:
    """ "X visited Ghana before returning to Kenya", "... and returned to Kenya on Tuesday":
    where a traveller goes back to after the trip is no state visited; but a return that is
    itself the trip ("will return to Ghana for a state visit") is one."""
    verb = prep.head
    return (
        verb.lemma_ in cues().return_verbs and verb.i != trigger.i and not verb.is_ancestor(trigger)
    )


@rule(
    "President Arlo Venn of Chile and King Teo Vaskin of Portugal met today in Kessel. The "
    "meeting took place during the Summit of the leaders of the United States, the Andean "
    "Council members, Kenya, Peru, and Portugal.",
    ["meeting occurred: Arlo Venn + Teo Vaskin 2025-03-12"],
    counter=(
        "The meeting of Kenya and Peru took place in Lisbon on Monday.",
        ["meeting occurred: Kenya + Peru @Lisbon 2025-03-10"],
    ),
)
def _object_of_happening(trigger: Token, top: Token, first: Token) -> bool:
    """An encounter told as the subject of its taking place ("The meeting took place", "the
    talks were held") has no side among that verb's objects: "the Gulf Council members, Egypt
    and Iraq" that the parser hangs on "took" in "took place during the Summit of the leaders of
    X, the Gulf Council members, Egypt and Iraq" are members of the occasion, not sides."""
    return (
        first.dep_ == "dobj"
        and trigger.dep_ in SUBJECT_DEPS
        and trigger.head.i == top.i
        and top.lemma_.lower() in cues().happening_verbs
    )


@rule(
    "Prime Minister Teo Vaskin of Vostrelia held talks with President Arlo Venn of Norlandia on "
    "Monday and met President Mara Oduya of Kenya on Tuesday.",
    [
        "talks occurred: Teo Vaskin + Arlo Venn 2025-03-10",
        "meeting occurred: Teo Vaskin + Mara Oduya 2025-03-11",
    ],
    counter=(
        "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia and "
        "President Mara Oduya of Kenya in Nairobi on Tuesday.",
        [
            "meeting occurred: Teo Vaskin + Arlo Venn @Nairobi 2025-03-11",
            "meeting occurred: Teo Vaskin + Mara Oduya @Nairobi 2025-03-11",
        ],
    ),
)
def _second_clause(branch: Token) -> bool:
    """ "X held talks with Y on Monday and met Z on Tuesday": what the second verb says is its
    own encounter; Z is no party of the talks (but "met Y and Z": two objects of one verb). A
    trip's second verb still tells what the trip was ("arrived in Nairobi and held talks with
    Y" is a visit to Y): the caller asks only for encounters that are no visit."""
    return branch.dep_ == "conj" and branch.pos_ in ("VERB", "AUX")


@rule(
    "Foreign Minister Ulla Marsk of Norlandia met in Kessel on Tuesday with civilians displaced "
    "by Uganda.",
    [],
    also=[
        (
            "Vice President Ulla Marsk of Norlandia met today with families of Norlandians taken "
            "hostage by Uganda.",
            [],
        )
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia met with a delegation led by Uganda's foreign "
        "minister in Nairobi on Tuesday.",
        ["meeting occurred: Ulla Marsk + Uganda's foreign minister @Nairobi 2025-03-11"],
    ),
)
def _doer_to_a_party(up: list[Token], governors: set[int]) -> bool:
    """ "met with civilians displaced by X", "met with families of people taken hostage by X":
    the "by" phrase of a participle that qualifies a party (not the encounter itself, as in "the
    summit hosted by X") names who did something to that party, not someone at the table;
    unless the participle puts X in the party ("a delegation led by X", "Y, joined by X")."""
    c = cues()
    leading = (
        c.chair_verbs
        | c.chairing_verbs
        | c.companion_verbs
        | c.reception_verbs
        | c.delegating_verbs
    )
    return any(
        by.lower_ == "by"
        and by.head.tag_ == "VBN"
        and by.head.i not in governors
        and by.head.head.i not in governors
        and by.head.lemma_.lower() not in leading
        for by in up[1:]
    )


def _attends(head: Token, trigger: Token) -> bool:
    """ "Kuleba, a guest at the talks": the person the apposition says attends the trigger."""
    at = trigger.head
    noun = at.head
    return (
        trigger.dep_ == "pobj"
        and at.lower_ == "at"
        and noun.lower_ in cues().attendee_nouns
        and noun.dep_ == "appos"
        and noun.head.i == head.i
    )


@rule(
    "Talks on the water dispute between Egypt, Sudan and Ethiopia resumed in Cairo on Tuesday.",
    ["talks occurred: Egypt + Sudan + Ethiopia @Cairo 2025-03-11"],
    counter=(
        "Norwegian Foreign Minister Ulla Marsk held talks on the border dispute between Egypt and "
        "Sudan with Turkish officials on Tuesday.",
        ["talks occurred: Ulla Marsk + Turkish officials 2025-03-11"],
    ),
)
def _no_other_party(trigger: Token, governors: set[int]) -> bool:
    """No subject and no "with" phrase on the encounter: then "talks on the crisis between A, B
    and C" are A, B and C's; "X held talks with Y on the dispute between A and B" are not."""
    doc = trigger.doc
    return not any(
        c.dep_ in SUBJECT_DEPS or (c.dep_ == "prep" and c.lower_ == "with")
        for g in governors
        for c in doc[g].children
        if c.i not in governors
    )


@rule(
    "President Ulla Marsk of Norlandia held a bilateral meeting ahead of a harvest festival "
    "with Prime Minister Teo Vaskin of Kenya on Monday.",
    ["meeting occurred: Ulla Marsk + Teo Vaskin 2025-03-10"],
    counter=(
        "President Ulla Marsk of Norlandia met Foreign Minister Ada Njeri of Peru ahead of talks "
        "with Prime Minister Teo Vaskin of Kenya on Monday.",
        ["meeting occurred: Ulla Marsk + Ada Njeri 2025-03-10"],
    ),
)
def _partner_past_adjunct(prep: Token, trigger: Token, governors: set[int]) -> bool:
    """A "with" phrase the parser hung on the noun of a time adjunct between the trigger and it:
    "held a bilateral meeting ahead of a festival with Y" is a meeting with Y; but "met X ahead of
    talks with Y" (an encounter of its own, and a meeting with a party already) is not."""
    adjunct = prep.head if prep.lower_ == "of" and prep.head.lower_ == "ahead" else prep
    if adjunct.lower_ not in SEQUENCE_ADJUNCT_PREPS | {"ahead"} or adjunct.head.i not in governors:
        return False
    if any(c.lower_ in cues().occasion_nouns for c in prep.children if c.dep_ == "pobj"):
        return False
    doc = trigger.doc
    return not any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPS)
        for g in governors
        for c in doc[g].children
        if c.i not in governors
    )


@rule(
    "President Arlo Venn of Norlandia spoke today with Prime Minister Teo Vaskin of Vostrelia "
    "to discuss the Prime Minister's recent trip to Kenya and Ghana.",
    ["call occurred: Arlo Venn + Teo Vaskin 2025-03-12"],
    counter=(
        "President Arlo Venn of Norlandia spoke by phone today to Prime Minister Teo Vaskin of "
        "Vostrelia.",
        ["call occurred: Arlo Venn + Teo Vaskin 2025-03-12"],
    ),
)
def _party_prep(prep: Token, kind: str, trigger: Token, governors: set[int]) -> bool:
    """A preposition whose object takes part: "met with X", "between X and Y", "spoke to X" (a
    call), "paid a courtesy call on X" (or "to X"), "called on X in Jakarta". A call's "to" is
    the call's own ("spoke to X", "a call to X") or a name's ("spoke with Y, Adviser to the
    President of Z"), not that of a trip it discusses ("spoke with Y to discuss the Prime
    Minister's trip to Kenya")."""
    word = prep.lower_
    return (
        word in PARTICIPANT_PREPS
        or (
            word == "to"
            and kind == "call"
            and (prep.head.i in governors or prep.head.pos_ != "NOUN")
        )
        or (word in ("on", "to") and kind == "meeting" and trigger.lemma_ == "call")
    )


_TIME_ADJUNCT_PREPS = {"upon", "after", "on", "before", "while"}


@rule(
    "President Arlo Venn of Norlandia spoke today with Prime Minister Teo Vaskin of Vostrelia "
    "to discuss Prime Minister Vaskin's recent trip to Kenya.",
    [
        "call occurred: Arlo Venn + Teo Vaskin 2025-03-12",
        "visit occurred: Teo Vaskin + Kenya @Kenya 2025-03-12",
    ],
    also=[
        (
            "President Arlo Venn of Norlandia spoke today with Prime Minister Teo Vaskin of "
            "Vostrelia to discuss the Prime Minister's recent trip to Kenya and Ghana.",
            ["call occurred: Arlo Venn + Teo Vaskin 2025-03-12"],
        ),
    ],
    counter=(
        "President Arlo Venn of Norlandia looks forward to his visit to Kenya next week.",
        ["visit planned: Kenya + Arlo Venn @Kenya 2025-03-17"],
    ),
)
def _trip_of_other(trigger: Token, top: Token) -> bool:
    """ "X spoke with Y to discuss the Prime Minister's recent trip to Kyiv": a trip noun with a
    possessor of its own (a name or a title, not "his") is the possessor's, not the trip of the
    subject of a verb above it; whoever hosts it ("X will host the Prime Minister's visit")
    still takes part. So is an invitation: in "Y reaffirmed President X's invitation for Z to
    visit", X invites and Y, who passes it on, is no party."""
    possessor = next((c for c in trigger.children if c.dep_ == "poss"), None)
    return (
        possessor is not None
        and possessor.pos_ != "PRON"
        and top.lemma_ not in cues().reception_verbs
    )


@rule(
    "Prime Minister Teo Vaskin of Vostrelia is due in Nairobi next week for talks with "
    "President Mara Oduya of Kenya.",
    [
        "talks planned: Teo Vaskin + Mara Oduya @Nairobi 2025-03-17",
    ],
    counter=(
        "President Arlo Venn of Norlandia praised Prime Minister Teo Vaskin of Vostrelia "
        "for talks with Kenya.",
        [],
    ),
)
def _purpose_adjunct(trigger: Token, down: list[Token], top: Token) -> bool:
    """The trigger is what a trip or a stay is for: "X is due in Yerevan for talks with Y", "X is
    in Kampala for talks", "X flew to Lima for a meeting with Y": that verb's subject takes part."""
    return (
        len(down) == 2
        and down[0].i == trigger.i
        and trigger.dep_ == "pobj"
        and down[1].dep_ == "prep"
        and down[1].lower_ == "for"
        and top.pos_ in ("VERB", "AUX")
        and top.lemma_.lower() not in cues().speech_verbs
        and not any(c.dep_ == "dobj" for c in top.children)  # "praised Macron for talks"
    )


@rule(
    "Mr. Teo Vaskin of Norlandia and Minister Ulla Marsk of Ostravia also discussed trade, "
    "following the recent phone call between President Arlo Venn of Norlandia and Crown Prince "
    "Jomo Oduya of Vostrelia.",
    ["call occurred: Arlo Venn + Jomo Oduya"],
    also=[
        (
            "Foreign Minister Teo Vaskin of Norlandia recalled the meeting between President Arlo "
            "Venn of Norlandia and President Jomo Oduya of Vostrelia in Kessel.",
            ["meeting occurred: Arlo Venn + Jomo Oduya @Kessel"],
        ),
    ],
    counter=(
        "President Mara Oduya of Kenya will host a meeting between President Arlo Venn of "
        "Norlandia and Prime Minister Teo Vaskin of Vostrelia in Nairobi.",
        ["meeting planned: Mara Oduya + Arlo Venn + Teo Vaskin @Nairobi"],
    ),
)
def _parties_between(trigger: Token, governors: set[int], down: list[Token], top: Token) -> bool:
    """An encounter noun that names its own parties in a "between" phrase ("following the
    recent call between A and B", "recalled the meeting between A and B") has no others: the
    subject of the clause it is an adjunct or a topic of did not take part. Who hosts, convenes
    or chairs it does ("will host a meeting between A and B": the verb carries the noun)."""
    nouns = [trigger.doc[i] for i in governors if trigger.doc[i].pos_ in ("NOUN", "PROPN")]
    if not any(
        c.dep_ == "prep" and c.lower_ == "between" and any(g.dep_ == "pobj" for g in c.children)
        for noun in nouns
        for c in noun.children
    ):
        return False
    verbs = cues().topic_verbs | cues().stance_verbs | cues().recall_verbs
    # "following / after / building on the call between A and B": the noun is a preposition's
    # object; not "met Y to continue the consultations between A and B", which this meeting is
    adjunct = any(t.dep_ == "pobj" for t in down)
    return adjunct or top.lemma_.lower() in verbs


@rule(
    "Envoy Teo Vaskin of Norlandia travelled to Nairobi on Monday. He also met Foreign Minister "
    "Ulla Marsk of Ostravia to follow up on the recent meeting between President Arlo Venn of "
    "Norlandia and President Jomo Oduya of Ostravia in Lisbon last week.",
    [
        "meeting occurred: Arlo Venn + Jomo Oduya @Lisbon 2025-03-03",
        "meeting occurred: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-10",
        "visit occurred: Teo Vaskin + Nairobi @Nairobi 2025-03-10",
    ],
    counter=(
        "Envoy Teo Vaskin of Norlandia travelled to Nairobi on Monday. He met Foreign Minister "
        "Ulla Marsk of Ostravia there on Monday to prepare the meeting between their presidents.",
        [
            "meeting occurred: Ulla Marsk + Teo Vaskin 2025-03-10",
            "visit occurred: Teo Vaskin + Nairobi @Nairobi 2025-03-10",
        ],
    ),
)
def _told_in_passing(trigger: Token, governors: set[int]) -> bool:
    """ "He also met Y to follow up on the meeting between A and B": an encounter noun with its
    own "between" parties as an adjunct of the clause takes no pronoun's antecedent either, as it
    takes no named subject (`_parties_between`)."""
    top = trigger
    while top.pos_ not in ("VERB", "AUX") and top.head.i != top.i:
        top = top.head
    down = ancestors_path(trigger, top)
    return (
        top.i != trigger.i and down is not None and _parties_between(trigger, governors, down, top)
    )


@rule(
    "Prime Minister Teo Vaskin of Vostrelia told reporters upon arriving in Nairobi on "
    "Monday that ties were strong.",
    [
        "visit occurred: Teo Vaskin + Nairobi @Nairobi 2025-03-10",
    ],
    also=[
        (
            "President Arlo Venn of Norlandia spoke to reporters after meeting Prime "
            "Minister Teo Vaskin of Vostrelia in Lisbon.",
            [
                "meeting occurred: Arlo Venn + Teo Vaskin @Lisbon",
            ],
        ),
    ],
)
def _time_adjunct(trigger: Token, down: list[Token]) -> bool:
    """The trigger is a gerund in a time adjunct of the verb above ("upon arriving in Havana",
    "after meeting Xi"): that verb's subject does it."""
    prep = _gerund_under(trigger, down)
    return prep is not None and prep.dep_ == "prep" and prep.lower_ in _TIME_ADJUNCT_PREPS


def _gerund_under(trigger: Token, down: list[Token]) -> Token | None:
    """The preposition a gerund trigger completes right under the verb above ("upon arriving",
    "to welcoming"), or None."""
    if (
        len(down) == 2
        and down[0].i == trigger.i
        and trigger.tag_ == "VBG"
        and trigger.dep_ == "pcomp"
    ):
        return down[1]
    return None


@rule(
    "President Arlo Venn of Norlandia looks forward to welcoming Prime Minister Ulla Marsk of "
    "Vostrelia to Lisbon on March 20.",
    ["meeting planned: Arlo Venn + Ulla Marsk @Lisbon 2025-03-20"],
    counter=(
        "President Arlo Venn of Norlandia looks forward to the meeting of Prime Minister Ulla "
        "Marsk of Vostrelia with President Mara Oduya of Kenya.",
        ["meeting planned: Ulla Marsk + Mara Oduya"],
    ),
    also=[
        (
            "National Security Advisor Arlo Venn of Norlandia is looking forward to this "
            "discussion with Foreign Minister Teo Vaskin of Vostrelia.",
            ["meeting planned: Arlo Venn + Teo Vaskin"],
        ),
        (
            "President Arlo Venn of Norlandia looks forward to Prime Minister Ulla Marsk's talks "
            "with President Mara Oduya of Kenya.",
            ["talks planned: Ulla Marsk + Mara Oduya"],
        ),
    ],
)
def _anticipated(trigger: Token, down: list[Token], top: Token) -> bool:
    """The trigger is what its verb's subject looks forward to doing, a gerund ("X looks
    forward to welcoming Y to the White House") or an encounter with a partner and no owner of
    its own ("X is looking forward to this discussion with Y"): X takes part; not an encounter
    noun that names its own sides ("the meeting of Y with Z", "Y's talks with Z")."""
    prep = _gerund_under(trigger, down) or _partnered_noun_under(trigger, down)
    return prep is not None and prep.lower_ == "to" and looks_forward(top)


def _partnered_noun_under(trigger: Token, down: list[Token]) -> Token | None:
    """The preposition right under the verb above that an encounter noun with a "with" partner
    and no possessor, "of" or "between" phrase completes ("to this discussion with Y"), or None."""
    if len(down) != 2 or down[0].i != trigger.i or trigger.dep_ != "pobj":
        return None
    own = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    if "with" not in own or own & {"of", "between"}:
        return None
    if any(c.dep_ == "poss" for c in trigger.children):
        return None
    return down[1]


@rule(
    "President Arlo Venn of Norlandia is pleased to welcome Prime Minister Ulla Marsk of "
    "Vostrelia to Lisbon on March 20.",
    ["meeting planned: Arlo Venn + Ulla Marsk @Lisbon 2025-03-20"],
    counter=(
        "President Arlo Venn of Norlandia is unable to welcome Prime Minister Ulla Marsk of "
        "Vostrelia to Lisbon on March 20.",
        [],
    ),
)
def _glad_infinitive(trigger: Token, down: list[Token]) -> bool:
    """The trigger is the infinitive of an adjective of gladness ("X is pleased to welcome Y",
    "X is honored to host Y"): the subject of the adjective's verb does it; not any adjective
    ("X is unable to welcome Y")."""
    return (
        len(down) == 2 and down[0].i == trigger.i and trigger.dep_ == "xcomp" and glad_to(down[1])
    )


@rule(
    "Norlandian Foreign Minister Ulla Marsk sounded upbeat after meetings with Kenyan President "
    "Teo Vaskin and Kenyan Foreign Minister Ivo Krent.",
    ["meeting occurred: Ulla Marsk + Teo Vaskin", "meeting occurred: Ulla Marsk + Ivo Krent"],
    counter=(
        "Norlandian Foreign Minister Ulla Marsk praised the outcome after the meeting of Kenyan "
        "President Teo Vaskin with Ugandan President Tomas Brell.",
        ["meeting occurred: Teo Vaskin + Tomas Brell"],
    ),
)
def _encounter_adjunct(trigger: Token, down: list[Token], kind: str) -> bool:
    """The trigger is an encounter noun "with" someone in a time adjunct of the verb above ("X
    sounded positive after meetings with Y", "Following a meeting with Y in 2002, X named an
    envoy"): that verb's subject is the other side; not when the noun has an owner of its own
    ("after Y's meeting with Z", "after the meeting of Y with Z")."""
    return (
        kind != "visit"
        and len(down) == 2
        and down[0].i == trigger.i
        and trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "pobj"
        and down[1].dep_ == "prep"
        and down[1].lower_ in SEQUENCE_ADJUNCT_PREPS
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)
        and not any(
            (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in trigger.children
        )
    )


@rule(
    "A trip by Foreign Minister Ada Njeri of Kenya to Accra, scheduled for March 20, was "
    "cancelled after Foreign Minister Kofi Mensah of Ghana said he was unavailable.",
    ["visit cancelled: Ada Njeri + Kofi Mensah @Accra 2025-03-20"],
    counter=(
        "A visit to Accra by a delegation hosted by Foreign Minister Kofi Mensah of Ghana was "
        "cancelled on Monday.",
        [],
    ),
    also=[
        (
            "The State Visit by Their Majesties King Arlo Venn II and Queen Ulla Marsk of "
            "Norlandia to Ghana began on Monday.",
            ["visit occurred: Arlo Venn II + Ghana @Ghana 2025-03-10"],
        ),
    ],
)
def _traveller_of(head: Token, trigger: Token, relation: str) -> bool:
    """The one who travels, named in an "of" or "by" phrase of the trip: "the visits of A and B
    to Kyiv", "a trip by Foreign Minister Njeri to Accra", "the upcoming State Visit by
    President Njeri" (a capitalised visit noun is tagged a proper noun), "the visit by Their
    Majesties King Venn and Queen Marsk" (the names in apposition to the honorific); not the
    host."""
    while head.dep_ in ("appos", "conj") and head.head.i != head.i:
        head = head.head
    return (
        relation == "object"
        and trigger.pos_ in ("NOUN", "PROPN")
        and head.dep_ == "pobj"
        and head.head.lower_ in ("of", "by")
        and head.head.head == trigger
    )


@rule(
    "The visit by Their Majesties King Arlo Venn II and Queen Ada of Kenya will honor our "
    "friendship. Throughout the visit, President Kofi Mensah will host Their Majesties. The State "
    "Visit will mark fifty years of ties.",
    ["visit planned: Arlo Venn II + Ada + United States @United States"],
    counter=(
        "President Kofi Mensah of Ghana visited Kenya from March 3 to 5. During the visit, "
        "President Mensah hosted a reception for Kenyan students.",
        ["visit occurred: Kofi Mensah + Kenya @Kenya 2025-03-03"],
    ),
    url="https://www.whitehouse.gov/briefing-room/statements",
)
def _receives_during(head: Token, trigger: Token) -> bool:
    """ "During the visit, President Njeri hosted President Mensah": the subject of a verb of
    receiving ("host", "welcome", "receive") that the visit noun is an adjunct of receives the
    visitor; the visit is not the subject's own journey."""
    verb = _reception_over(trigger)
    return verb is not None and head.dep_ in SUBJECT_DEPS and head.head == verb


def _reception_over(trigger: Token) -> Token | None:
    """The verb of receiving a visit noun is an adjunct of: "hosted" in "During the visit, the
    President hosted ..."."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    verb = trigger.head.head
    if trigger.head.dep_ == "prep" and verb.lemma_ in cues().reception_verbs:
        return verb
    return None


@rule(
    "President Tomas Feira of Portugal met today with Kenyan President Mara Oduya to "
    "deepen trade ties.",
    [
        "meeting occurred: Tomas Feira + Mara Oduya 2025-03-12",
    ],
    counter=(
        "President Arlo Venn of Norlandia met with reporters on Monday.",
        [],
    ),
)
def _orphan_with(trigger: Token) -> Token | None:
    """A "with" (or a call's "to") right after the trigger that the parser left objectless."""
    doc = trigger.doc
    for token in doc[trigger.i + 1 : min(trigger.i + 5, trigger.sent.end)]:
        words = ("with", "to") if trigger.lemma_ in ("speak", "talk") else ("with",)
        if token.lower_ in words and token.dep_ != "aux":
            return None if any(c.dep_ == "pobj" for c in token.children) else token
        if token.pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
            return None
    return None


@rule(
    "President Tomas Feira of Portugal received Prime Minister Teo Vaskin of Vostrelia in "
    "Lisbon on Monday.",
    [
        "meeting occurred: Tomas Feira + Teo Vaskin @Lisbon 2025-03-10",
    ],
    counter=(
        "Portugal received 500 tonnes of aid from Kenya on Monday.",
        [],
    ),
    also=[
        (
            "President Tomas Feira of Portugal welcomed Kenya as a partner.",
            [],
        ),
        (
            "President Tomas Feira of Portugal spoke with President Mara Oduya of Kenya on "
            "Monday. The leaders discussed the reply received from the Ostra Front.",
            ["call occurred: Tomas Feira + Mara Oduya 2025-03-10"],
        ),
        (
            "Prime Minister Teo Vaskin of Vostrelia, received by President Mara Oduya of Kenya "
            "in Nairobi on Monday, discussed trade.",
            ["meeting occurred: Mara Oduya + Teo Vaskin @Nairobi 2025-03-10"],
        ),
    ],
)
def has_guest(trigger: Token, chosen: list[Participation]) -> bool:
    """A reception verb needs a guest: "received Prime Minister X", "hosted a dinner for X"; not
    "received 500 tonnes of aid", "the reply received from the Front" or "welcomes India as a
    partner"."""
    guests = [p for p in chosen if p.relation == "object"]
    if not guests:
        return False
    named = {i for p in guests if p.phrase is not None for i in p.phrase.tokens}
    direct = [c for c in trigger.children if c.dep_ == "dobj"]
    if direct and direct[0].i not in named and direct[0].pos_ in ("NOUN", "NUM"):
        # "welcome 50,000 workers from Mexico", "hosts refugees from Syria", "received aid
        # from Japan": the guests are not the actors named inside the object.
        return direct[0].lemma_ in cues().guest_nouns | cues().hosted_occasions
    came = trigger.head
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and came.pos_ == "NOUN":
        # "the reply received from the Front" is a thing; "the delegation received by X", "the
        # fourth round hosted by Baghdad" a guest and a gathering.
        c = cues()
        return (
            came.lemma_ in c.guest_nouns | c.hosted_occasions | c.gathering_nouns | c.measure_nouns
        )
    if trigger.lemma_ == "welcome":
        # "welcomed Prime Minister Modi to the White House", not "welcomes India as a partner"
        if any(c.lower_ == "as" for c in trigger.children):
            return False
        return any(p.actor.kind == "person" for p in _welcomed(trigger, chosen)) or any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in trigger.children
        )
    return True


@rule(
    "Prime Minister Teo Vaskin of Vostrelia, who was welcomed by President Arlo Venn of "
    "Norlandia in Kessel on Monday, discussed trade.",
    ["meeting occurred: Arlo Venn + Teo Vaskin @Kessel 2025-03-10"],
    also=[
        (
            "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on "
            "Monday. Both leaders stressed their desire to welcome Ghana into the alliance soon.",
            ["meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10"],
        ),
        (
            "President Arlo Venn of Norlandia is pleased to welcome Kenya to Nairobi next week.",
            ["meeting planned: Arlo Venn + Kenya @Nairobi 2025-03-17"],
        ),
    ],
    counter=(
        "The Harvest Mission, which was welcomed by President Arlo Venn of Norlandia and Prime "
        "Minister Teo Vaskin of Vostrelia last year, takes effect in May.",
        [],
    ),
)
def _welcomed(trigger: Token, chosen: list[Participation]) -> list[Participation]:
    """Who is welcomed: the object of "X welcomed Y"; in the passive "Y, who was welcomed by
    X", whoever is not under "by", so that "the Harvest Mission, which was welcomed by A and B"
    welcomes no one (A and B welcome a plan). A country alone is welcomed to a place ("welcomed
    Kenya to Nairobi"), not "into the alliance", nor by the "to" of "to welcome"."""
    agent = next((c for c in trigger.children if c.dep_ == "agent"), None)
    if agent is None:
        return [p for p in chosen if p.relation == "object"]
    hosts = {t.i for t in agent.subtree}
    return [p for p in chosen if p.phrase is not None and p.phrase.head not in hosts]


@rule(
    "Chile and Peru co-hosted a panel on ocean energy in Lisbon on Monday.",
    ["meeting occurred: Chile + Peru @Lisbon 2025-03-10"],
    also=[
        (
            "Chile and Peru will co-host the fourth annual Andean Business Forum in Lima, "
            "bringing together leaders in industry and civil society.",
            [],
        ),
    ],
    counter=(
        "Chile and Peru plan to co-host a nuclear energy study tour in Lima for engineers.",
        [],
    ),
)
def co_hosts_gathering(trigger: Token, chosen: list[Participation]) -> bool:
    """A joint verb ("co-host") is the co-hosts' encounter when what they co-host is a
    gathering or an event ("co-hosted a panel", "the Ocean Conference, co-hosted by Chile and
    Peru", "co-hosted African leaders"), not a programme ("co-host a study tour", "a maritime
    exercise co-hosted by Peru", "co-host the Business Forum": a fair for companies, not a
    meeting of the co-hosts)."""
    if trigger.lemma_ not in cues().joint_verbs:
        return True
    hosted = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if hosted is None and trigger.dep_ in ("acl", "relcl"):
        hosted = trigger.head
    if hosted is None:
        return True
    named = {i for p in chosen if p.phrase is not None for i in p.phrase.tokens}
    c = cues()
    occasions = c.gathering_nouns | c.occasion_nouns | c.hosted_occasions | c.co_hosted_events
    if for_companies(hosted):
        return False
    return hosted.i in named or hosted.lemma_.lower() in occasions | c.guest_nouns


@rule(
    "President Arlo Venn of Norlandia said he would work closely with Peru as Peru hosts the "
    "G20 this year.",
    [],
    counter=(
        "Peru will host the G20 summit in Lima on Friday.",
        ["summit planned: Peru + G20 @Lima 2025-03-14"],
    ),
    also=[
        ("Peru will host the G20 in 2026.", []),
        (
            "Peru will host the G20 in Lima later this year.",
            ["meeting planned: Peru + G20 @Lima 2025-01-01"],
        ),
    ],
)
def holds_a_presidency(trigger: Token, chosen: list[Participation]) -> bool:
    """ "as Peru hosts the G20 this year", "Peru will host the G20 in 2026": to host a body for
    a year is to hold its presidency, no gathering; hosting its summit, or hosting it in a city
    ("hosts the G20 in Lima later this year") or on a day, is one."""
    if trigger.lemma_ != "host" or trigger.pos_ != "VERB":
        return False
    hosted = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if hosted is None:
        return False
    body = any(
        p.relation == "object"
        and p.actor.kind == "organization"
        and p.phrase is not None
        and hosted.i in p.phrase.tokens
        for p in chosen
    )
    if not body or not any(map(_a_whole_year, trigger.children)):
        return False
    return not any(map(_in_a_place, [*trigger.children, *hosted.children]))


def _in_a_place(token: Token) -> bool:
    """ "in Lima", "at the Palace": a place phrase."""
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS for c in token.children
    )


def _a_whole_year(token: Token) -> bool:
    """ "this year", "next year", "in 2026": a time as long as a year, told on its own."""
    if token.dep_ == "prep" and token.lower_ in ("in", "for", "during"):
        year = next((c for c in token.children if c.dep_ == "pobj"), None)
        return year is not None and (
            year.lower_ == "year"
            or (year.like_num and len(year.text) == 4 and year.n_lefts + year.n_rights == 0)
        )
    return token.dep_ == "npadvmod" and token.lower_ == "year"


@rule(
    "Last year, roughly half of Peru's copper exports went to Europe, and Peru has worked with "
    "the E.U. to manage its storage.",
    [],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia went to Peru on Tuesday.",
        ["visit occurred: Ulla Marsk + Peru @Peru 2025-03-11"],
    ),
)
def goods_travel(trigger: Token, kind: str) -> bool:
    """ "half of Peru's copper exports went to Europe", "the aid arrived in Kessel": the
    subject of a verb of travel is goods or money (`cargo_nouns`), or a share of them; no one
    visits."""
    if kind != "visit" or trigger.pos_ != "VERB":
        return False
    cargo = cues().cargo_nouns
    for subject in (c for c in trigger.children if c.dep_ in SUBJECT_DEPS):
        shares = [g for p in subject.children if p.lower_ == "of" for g in p.children]
        if any(t.lower_ in cargo for t in (subject, *shares)):
            return True
    return False


@rule(
    "Norway and Peru look forward to the next meetings to be hosted by Chile and Kenya.",
    [],
    counter=(
        "The next meeting, to be hosted by Chile and Kenya, will take place in Lima in May.",
        ["meeting planned: Chile + Kenya @Lima 2025-05-01"],
    ),
)
def hosts_each_one(trigger: Token, chosen: list[Participation]) -> bool:
    """ "the next meetings to be hosted by Chile and Kenya": gatherings in the plural whose only
    sides are their hosts are one gathering for each host, no encounter of the hosts; "the next
    meeting, to be hosted by Chile and Kenya" is one co-hosted gathering; "talks" are one; "the
    meetings, co-chaired by A and B" (a joint verb) have both at each."""
    if trigger.dep_ in ("acl", "relcl") and trigger.lemma_ == "host":
        gathering, verb = trigger.head, trigger
    else:
        gathering = trigger
        verb = next(
            (c for c in trigger.children if c.dep_ in ("acl", "relcl") and c.lemma_ == "host"),
            None,
        )
    if verb is None or gathering.tag_ != "NNS" or gathering.lower_ in cues().process_nouns:
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None or len(chosen) < 2:
        return False
    hosts = {t.i for t in agent.subtree}
    return all(p.phrase is not None and p.phrase.head in hosts for p in chosen)


@rule(
    "President Mara Oduya of Kenya accepted an invitation from President Tomas Feira of Portugal.",
    [
        "visit invited: Mara Oduya + Tomas Feira @Portugal",
    ],
)
def _invitee_subject(trigger: Token) -> bool:
    """ "X accepted/received/secured an invitation": X is invited, not inviting."""
    return is_invitation(trigger) and trigger.head.lemma_ in (
        "accept",
        "receive",
        "secure",
        "get",
        "decline",
        "welcome",
    )


@rule(
    "President Mara Oduya of Kenya accepted an invitation from Portugal to pay a state visit.",
    [
        "visit invited: Mara Oduya + Portugal @Portugal",
    ],
)
def _invitation_from(head: Token, trigger: Token) -> bool:
    """The phrase hangs on "from" under the invitation: "an invitation from X and Y"."""
    current = head
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ == "from":
            return current.head.head.i == trigger.i
        if current.dep_ not in ("conj", "appos", "compound") or current.head.i == current.i:
            return False
        current = current.head
    return False


@rule(
    "President Mara Oduya of Kenya was invited by President Tomas Feira of Portugal to "
    "pay a state visit.",
    [
        "visit invited: Mara Oduya + Tomas Feira @Portugal",
    ],
)
def _voice(head: Token, trigger: Token) -> str | None:
    """ "patient" for the subject of a passive ("Y was invited"), "agent" for its by-phrase."""
    current = head
    for _ in range(6):
        if current.dep_ == "nsubjpass":
            return "patient"
        if current.dep_ in ("agent",) or (
            current.lower_ == "by" and current.dep_ == "prep" and current.head.tag_ == "VBN"
        ):
            return "agent"
        of_phrase = current.dep_ == "prep" and current.lower_ == "of"  # "by the president of X"
        if (
            current.dep_ not in ("conj", "appos", "pobj", "compound") and not of_phrase
        ) or current.head.i == current.i:
            return None
        current = current.head
    return None


@rule(
    "The March 14-15 NATO Summit in Lisbon, Portugal will be a historic moment for the Alliance.",
    ["summit planned: NATO @Lisbon 2025-03-14"],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia met the foreign ministers of Chile, Peru and "
        "Bolivia in Kessel on Tuesday.",
        ["meeting occurred: Ulla Marsk + foreign ministers of Chile + Peru + Bolivia 2025-03-11"],
    ),
)
def _locates_a_place(phrase: ActorPhrase, doc: Doc) -> bool:
    """ "the NATO Summit in Lisbon, Portugal", "traveled to Kessel, Peru to meet with ...": the
    state after the comma of a town's name says where the town is; it is the place, and a side
    only as the state a visit goes to. A list of states ("Chile, Peru and Bolivia") places
    nothing."""
    return all(a.kind == "country" for a in phrase.actors) and _town_before(phrase.start, doc)


def _locating_subject(token: Token) -> bool:
    """The parser can make the state of "traveled to Kessel, Peru to meet with X" the subject of
    "meet": a state that places a town is no subject of its own."""
    place = geocode(token.text) if token.ent_type_ == "GPE" else None
    return place is not None and place.kind == "country" and _town_before(token.i, token.doc)


def _town_before(start: int, doc: Doc) -> bool:
    """Does a town's name and a comma stand right before token `start` ("Kessel, ...")? A town
    no gazetteer knows counts when it is tagged a place and is no state."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    last = doc[start - 2]
    first = last.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    place = geocode(doc[first : last.i + 1].text)
    if place is None:
        return last.ent_type_ in PLACE_LABELS and geocode(last.text) is None
    return place.kind != "country"


@rule(
    "Prime Minister Teo Vaskin of Vostrelia held talks with President Arlo Venn of "
    "Norlandia in Nairobi on Tuesday.",
    [
        "talks occurred: Teo Vaskin + Arlo Venn @Nairobi 2025-03-11",
    ],
    counter=(
        "President Arlo Venn of Norlandia discussed the crisis in Vostrelia at talks in "
        "Lisbon on Monday.",
        [],
    ),
)
def participants_of(
    trigger: Token, kind: str, phrases: list[ActorPhrase], by_token
) -> list[Participation]:
    """The actor phrases that stand in an argument position of the trigger (subject, object, a
    with/between/to phrase, a possessor, the controller of an infinitive), with their role in a
    visit; then the subject the parser lost, a pronoun's antecedent, the chair of a summit."""
    governors = carriers(trigger)
    doc = trigger.doc
    chosen: list[Participation] = []
    for phrase in phrases:
        if trigger.i in phrase.tokens:
            continue
        relation = _is_participant_path(doc[phrase.head], trigger, kind, governors)
        if relation is None and _is_hyphen_pair(phrase, trigger):
            relation = "modifier"
        if relation is None:
            continue
        role = None
        if relation == "destination":
            if any(a.kind == "country" for a in phrase.actors):
                relation = "host"  # "invited Trump to Ankara": the state visited
            else:
                relation = "object"  # "extended an invitation to Donald Trump"
        if kind == "visit":
            role = "host" if relation in ("host", "object") else "visitor"
            head = doc[phrase.head]
            if _traveller_of(head, trigger, relation):
                role, relation = "visitor", "modifier"  # "the visits of A and B to Kyiv"
            if (
                relation == "modifier"
                and trigger.pos_ == "NOUN"
                and any(a.kind == "country" for a in phrase.actors)
            ):
                role = "host"  # "Lula's Washington trip", "the Moscow visit"
            if relation == "subject" and _receives_during(head, trigger):
                role = "host"  # "Throughout the visit, the President hosted Their Majesties"
            if trigger.lemma_ in cues().reception_verbs or is_invitation(trigger):
                # The inviter or receiver hosts: "X invited Y"; passive "Y was invited by X";
                # but whoever accepts or receives an invitation is the one invited.
                voice = _voice(doc[phrase.head], trigger)
                inviter = is_invitation(trigger) and _invitation_from(doc[phrase.head], trigger)
                if relation == "host" or inviter:
                    role = "host"  # "an invitation from Saudi Arabia to travel to Jeddah"
                elif voice == "patient" or (relation == "subject" and _invitee_subject(trigger)):
                    role = "visitor"
                elif voice == "agent":
                    role = "host"
                else:
                    role = "host" if relation == "subject" else "visitor"
        if relation == "host" and (
            kind != "visit" or not any(a.kind == "country" for a in phrase.actors)
        ):
            continue  # a visit's host is a state ("a visit to New York for the UN Assembly")
        if relation != "host" and _locates_a_place(phrase, doc):
            continue
        for actor in phrase.actors:
            chosen.append(Participation(phrase, actor, role, relation))
    orphan = _orphan_with(trigger) if kind != "visit" else None
    if orphan is not None and not any(p.relation == "object" for p in chosen):
        # "met today with Angolan President Lourenço to reinforce ...": the parser hung the
        # name on the infinitive and left "with" without its object.
        phrase = by_token.get(orphan.i + 1)
        if phrase is not None and phrase.start == orphan.i + 1:
            taken = {id(p.phrase) for p in chosen}
            if id(phrase) not in taken:
                for actor in phrase.actors:
                    chosen.append(Participation(phrase, actor, None, "object"))
    _conjoined(chosen, phrases, doc)
    chosen[:] = _office_then_holder(chosen, by_token, doc)
    _headline_pair(chosen, phrases, doc)
    if kind == "summit" or (
        kind == "meeting"
        and any(p.actor.kind == "organization" and p.actor.country is None for p in chosen)
    ):
        _chaired_by(trigger, phrases, chosen)  # a summit's or a body's meeting, not a task force's
    if not any(p.relation == "subject" for p in chosen):
        sides = [p for p in phrases if not _locates_a_place(p, doc)]
        subject = subject_before(trigger, sides, chosen)
        if subject is not None:
            role = (
                "host"
                if kind == "visit"
                and (trigger.lemma_ in cues().reception_verbs or is_invitation(trigger))
                else None
            )
            role = role or ("visitor" if kind == "visit" else None)
            for actor in subject.actors:
                chosen.append(Participation(subject, actor, role, "subject"))
    if not any(p.relation == "subject" for p in chosen) and not _told_in_passing(
        trigger, governors
    ):
        antecedent = pronoun_antecedent(trigger, phrases_before=by_token)
        antecedents = (
            [antecedent] if antecedent is not None else travellers_before(trigger, by_token)
        )
        role = _pronoun_role(trigger, kind)
        for phrase in antecedents:
            for actor in phrase.actors:
                chosen.append(Participation(phrase, actor, role, "subject"))
    if (kind != "visit" or is_invitation(trigger)) and not any(
        p.relation == "object" for p in chosen
    ):
        # An invitation's object is its guest: "invited the Prime Minister for a visit"; not a
        # pronoun, whom one also invites "to join the call".
        other = object_antecedent(trigger, chosen, by_token, titles_only=kind == "visit")
        if other is not None:
            role = "visitor" if kind == "visit" else None
            for actor in other.actors:
                chosen.append(Participation(other, actor, role, "object"))
    if kind != "summit" and _partners_of_pronoun(trigger, chosen):
        return []
    _companions(chosen, doc)
    return chosen


@rule(
    "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi on Monday. "
    "The leaders discussed their respective conversations with President Tomas Feira of "
    "Portugal and Prime Minister Teo Vaskin of Vostrelia.",
    ["meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-10"],
    also=[
        (
            '"We have been in continuous discussions with Ghanaian and Ugandan officials," the '
            "ministry of Norlandia said on Monday.",
            [],
        ),
        (
            '"I have had direct discussions with President Tomas Feira of Portugal as well as '
            'Prime Minister Teo Vaskin of Vostrelia," President Arlo Venn of Norlandia said.',
            [
                "meeting occurred: Arlo Venn + Teo Vaskin",
                "meeting occurred: Arlo Venn + Tomas Feira",
            ],
        ),
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia held talks with Ghanaian and Ugandan "
        "officials in Nairobi on Monday.",
        ["talks occurred: Ulla Marsk + Ghanaian officials + Ugandan officials @Nairobi 2025-03-10"],
    ),
)
def _partners_of_pronoun(trigger: Token, chosen: list[Participation]) -> bool:
    """ "The leaders discussed their respective conversations with A and B", "we have been in
    discussions with A and B": the trigger's own side is a pronoun that names no one here, and
    the list after "with" are its partners, each of them, not parties to one encounter with each
    other ("I had discussions with A as well as B", with "I" the speaker, is one with each).
    A summit with A and B ("their trilateral summit with A and B") gathers them all."""
    if len(chosen) < 2 or trigger.lemma_ in cues().reception_verbs:
        return False  # "we welcome A and B to Kessel": one gathering of the guests
    partners = [
        p for p in chosen if p.phrase is not None and _with_partner(trigger.doc[p.phrase.head])
    ]
    return len(partners) == len(chosen) and pronoun_side(trigger) is not None


def _with_partner(head: Token) -> bool:
    """The phrase is in the list after "with" ("with A as well as B"), not after "between"."""
    first = first_conjunct(head)
    return first.dep_ == "pobj" and first.head.lower_ == "with"


def _pronoun_role(trigger: Token, kind: str) -> str | None:
    """The role of a visit's subject given by a pronoun or a bare title: the host of the verb
    "invite" ("He also invited the Prime Minister for a visit") or of a verb of receiving the
    visit noun hangs on ("Throughout the visit, the President hosted ..."), else the visitor
    ("the Vice President is honored to accept an invitation"); no role for other encounters."""
    if kind != "visit":
        return None
    if is_invitation(trigger) and trigger.pos_ == "VERB":
        return "host"
    return "host" if _reception_over(trigger) is not None else "visitor"


@rule(
    "Prime Minister Jomo Karanu of Kenya met King Arlo Venn of Norlandia in Nairobi on Monday. "
    "The prime minister was accompanied in the meeting by Finance Minister Ulla Marsk.",
    ["meeting occurred: Jomo Karanu + Arlo Venn @Nairobi 2025-03-10"],
    counter=(
        "Prime Minister Jomo Karanu of Kenya was received in Lisbon on Monday by Finance "
        "Minister Ulla Marsk.",
        ["meeting occurred: Jomo Karanu + Ulla Marsk @Lisbon 2025-03-10"],
    ),
)
def _companions(chosen: list[Participation], doc: Doc) -> None:
    """ "The prime minister was accompanied in the meeting by Finance Minister Marsk": those who
    accompany someone are of that person's state, not the other side of the table."""
    subject = next((p for p in chosen if p.relation == "subject" and p.actor.country), None)
    if subject is None:
        return
    for n, p in enumerate(chosen):
        if p.phrase is None or p.actor.country is not None:
            continue
        head = first_conjunct(doc[p.phrase.head])
        by = head.head
        verbs = (by.head, by.head.head.head)  # "accompanied by X", "accompanied in the talks by X"
        if (
            head.dep_ == "pobj"
            and by.lower_ == "by"
            and any(v.lemma_ in cues().companion_verbs for v in verbs)
        ):
            actor = replace(p.actor, country=subject.actor.country)
            chosen[n] = Participation(p.phrase, actor, p.role, p.relation)


@rule(
    "National Security Advisor Ulla Marsk of Norlandia met today with Kenyan Deputy Prime "
    "Minister & Foreign Minister Jomo Karanu in Nairobi.",
    ["meeting occurred: Ulla Marsk + Jomo Karanu @Nairobi 2025-03-12"],
    counter=(
        "National Security Advisor Ulla Marsk of Norlandia met the Kenyan Foreign Minister in "
        "Nairobi today. Prime Minister Teo Vaskin of Vostrelia was also there.",
        ["meeting occurred: Ulla Marsk + Kenyan Foreign Minister @Nairobi 2025-03-12"],
    ),
)
def _office_then_holder(chosen: list[Participation], by_token, doc: Doc) -> list[Participation]:
    """ "Deputy Prime Minister & Foreign Minister Karanu", "Minister of the International Liaison
    Department of the Central Committee of the Workers Party of Vostrelia Teo Vaskin": an office
    told alone right before a name is that person's, not a second person (but "the Kenyan
    Foreign Minister and President Karanu" are two); the person takes the office's state when
    the name gives none."""
    kept: list[Participation] = []
    for p in chosen:
        actor = p.actor
        if p.phrase is not None and actor.kind == "person" and actor_norm.named_by_office(actor):
            holder = _holder_after(p.phrase.end, by_token, doc)
            if holder is not None:
                named, person = holder
                person = replace(person, country=person.country or actor.country)
                p = Participation(named, person, p.role, p.relation)
        if not any(k.phrase is p.phrase and k.actor.name == p.actor.name for k in kept):
            kept.append(p)
    return kept


def _holder_after(end: int, by_token, doc: Doc) -> tuple[ActorPhrase, Actor] | None:
    """The named person whose phrase follows an office right away, or after more of the office
    that starts with "of" or "&" and goes on in capitalised words, "of", "the", a state or body
    ("of the Communist Party of China"); no comma, no "and", no verb of a headline."""
    k = end
    if k < len(doc) and doc[k].lower_ not in ("of", "&") and k not in by_token:
        return None
    while k < len(doc) and k - end <= 20:
        named = by_token.get(k)
        if named is not None and named.start == k:
            for actor in named.actors:
                if actor.kind == "person" and not actor_norm.named_by_office(actor):
                    return named, actor
            k = named.end
            continue
        if not (doc[k].lower_ in ("of", "the", "&") or doc[k].is_title):
            return None
        k += 1
    return None


@rule(
    "Prime Minister Ulla Marsk of Norway and Chancellor Tomas Feira of Austria arrived in "
    "Nairobi on Monday.",
    [
        "visit occurred: Ulla Marsk + Nairobi + Tomas Feira @Nairobi 2025-03-10",
    ],
)
def _conjoined(chosen: list[Participation], phrases: list[ActorPhrase], doc: Doc) -> None:
    """ "Prime Minister X of Norway and President Y of Austria visited Kyiv": the parser hangs
    the second name on the first one's state; a phrase conjoined to a word of a party's phrase
    is a party in the same way."""
    owner = {i: p for p in chosen if p.phrase is not None for i in p.phrase.tokens}
    for n, p in enumerate(chosen):
        # already a party, but read through another path: it stands as its first conjunct does
        head = doc[p.phrase.head] if p.phrase is not None else None
        first = owner.get(head.head.i) if head is not None and head.dep_ == "conj" else None
        if first is not None and first.phrase is not p.phrase:
            chosen[n] = Participation(p.phrase, p.actor, first.role, first.relation)
    taken = {id(p.phrase) for p in chosen}
    for phrase in phrases:
        if id(phrase) in taken:
            continue
        head = doc[phrase.head]
        if head.dep_ != "conj" or head.head.i not in owner:
            continue
        party = owner[head.head.i]
        for actor in phrase.actors:
            chosen.append(Participation(phrase, actor, party.role, party.relation))
        taken.add(id(phrase))


@rule(
    "The African Union summit opened in Nairobi on Monday, chaired by President Arlo Venn "
    "of Norlandia.",
    [
        "summit occurred: African Union + Arlo Venn @Nairobi 2025-03-10",
    ],
)
def _chaired_by(trigger: Token, phrases: list[ActorPhrase], chosen: list[Participation]) -> None:
    """ "The summit opened in Vientiane, chaired by Prime Minister X": the chair of a gathering
    whose participle hangs on the gathering's own verb rather than on the gathering."""
    taken = {id(p.phrase) for p in chosen}
    for phrase in phrases:
        head = trigger.doc[phrase.head]
        if id(phrase) in taken or head.dep_ != "pobj" or head.head.lower_ != "by":
            continue
        verb = head.head.head
        if verb.lemma_ not in cues().chair_verbs or verb.tag_ != "VBN":
            continue
        if verb.head == trigger or (verb.head == trigger.head and trigger.dep_ in SUBJECT_DEPS):
            for actor in phrase.actors:
                chosen.append(Participation(phrase, actor, None, "subject"))


def _headline_pair(chosen: list[Participation], phrases: list[ActorPhrase], doc) -> None:
    """ "Erdogan, Putin discuss Syria by phone", "Modi, Xi hold talks": a headline's comma for
    "and", which the parser reads as anything but a second subject."""
    for p in list(chosen):
        if p.relation != "subject" or p.phrase is None or p.phrase.start < 2:
            continue
        comma = doc[p.phrase.start - 1]
        if comma.text != ",":
            continue
        first = next((q for q in phrases if q.end == comma.i), None)
        if (
            first is not None
            and first.start == comma.sent.start
            and all(a.kind == "person" for a in first.actors)
            and doc[first.head].dep_ in ("advcl", "npadvmod", "dep", "nsubj", "appos", "ROOT")
            and not any(q.phrase is first for q in chosen)
        ):
            for actor in first.actors:
                chosen.append(Participation(first, actor, p.role, "subject"))
        return


@rule(
    "The Kenya-Portugal summit will take place in Lisbon next week.",
    [
        "summit planned: Kenya + Portugal @Lisbon 2025-03-17",
    ],
)
def _is_hyphen_pair(phrase: ActorPhrase, trigger: Token) -> bool:
    """ "the Trump-Putin summit", "EU-Japan summit": names glued by hyphens."""
    doc = trigger.doc
    i = phrase.end
    while i < trigger.i and (
        doc[i].text in ("-", "–", "/") or doc[i].pos_ == "PROPN" or doc[i].ent_type_
    ):
        i += 1
    j = phrase.start - 1
    near = i == trigger.i or (i + 1 == trigger.i and doc[i].pos_ in ("ADJ", "NOUN"))
    glued = (phrase.end < len(doc) and doc[phrase.end].text in ("-", "–")) or (
        j >= 0 and doc[j].text in ("-", "–")
    )
    return near and glued and trigger.i - phrase.end <= 5
