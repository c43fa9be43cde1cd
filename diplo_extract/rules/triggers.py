"""Which matched words are triggers of an encounter, and of which form: the exclusions
("meet the criteria", "board meeting", "called for restraint") and the refinements (a virtual
meeting is a call, an invitation to a summit is a summit)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.registry import rule
from diplo_extract.rules.syntax import PLACE_LABELS, SEQUENCE_ADJUNCT_PREPS, first_conjunct

# "held talks after his Paris trip": what happened before or after is another encounter.
SEQUENCE_PREPS = {"after", "before", "following", "since", "ahead"}


OCCASION_PREPS = {"during", "at", "on", "ahead", "before", "after", "of"}


def is_invitation(token: Token) -> bool:
    """ "invited", "an invitation": the trigger of a visit still to be fixed."""
    return token.lemma_.lower() in ("invite", "invitation")


@rule(
    "President Tomas Feira of Portugal invited Prime Minister Teo Vaskin of Vostrelia to "
    "attend the summit in Lisbon next month.",
    ["summit invited: Tomas Feira + Teo Vaskin @Lisbon 2025-04-01"],
    also=[
        (
            "President Tomas Feira of Portugal invited Prime Minister Teo Vaskin of Vostrelia "
            "to make a state visit to Lisbon.",
            ["visit invited: Tomas Feira + Teo Vaskin @Lisbon"],
        ),
        (
            "The governments of Kenya, Portugal and Norway will extend an invitation to allies "
            "and partners to purchase icebreakers for their needs.",
            [],
        ),
        (
            "President Tomas Feira of Portugal extended an invitation to Prime Minister Teo "
            "Vaskin of Vostrelia to visit Lisbon next month.",
            ["visit invited: Tomas Feira + Teo Vaskin @Lisbon 2025-04-01"],
        ),
    ],
    counter=(
        "President Tomas Feira of Portugal invited Prime Minister Teo Vaskin of Vostrelia to "
        "serve as co-chair of the commission.",
        [],
    ),
)
def invites_to_other(token: Token) -> bool:
    """ "invited X to serve as a member of the Cabinet", "extend an invitation to allies to
    purchase icebreakers": the verb the invitation invites to is no encounter, so the invitation
    is none either ("to visit", "to attend", "to make a state visit" are)."""
    if not is_invitation(token):
        return False
    # the verb hangs on "invited" as its complement, on "an invitation" as its clause
    link = {"VERB": "xcomp", "NOUN": "acl"}.get(token.pos_)
    wanted = [c for c in token.children if c.dep_ == link and c.pos_ in ("VERB", "AUX")]
    if any(_joins_programme(c) for c in wanted):
        return True
    return bool(wanted) and not any(
        t.lemma_.lower() in cues().invited_to_words for c in wanted for t in c.subtree
    )  # "to make a state visit", "to attend the ceremony"


@rule(
    "Norlandia invited Ostrava to participate in the Clean Rivers Initiative.",
    [],
    also=[
        ("Norlandia invited Ostrava to join the Northern Partnership as a full member.", []),
        (
            "President Arlo Venn of Norlandia invited Prime Minister Teo Vaskin of Vostrelia to "
            "join the President in Kessel next month.",
            ["visit invited: Arlo Venn + Teo Vaskin @Kessel 2025-04-01"],
        ),
        (
            "President Tomas Feira of Portugal invited Prime Minister Teo Vaskin of Vostrelia "
            "to take part in the summit in Lisbon next month.",
            ["summit invited: Tomas Feira + Teo Vaskin @Lisbon 2025-04-01"],
        ),
    ],
    counter=(
        "President Tomas Feira of Portugal invited Prime Minister Teo Vaskin of Vostrelia to "
        "participate in the talks in Lisbon next month.",
        ["meeting invited: Tomas Feira + Teo Vaskin @Lisbon 2025-04-01"],
    ),
)
def _joins_programme(verb: Token) -> bool:
    """ "invited Ostrava to participate in the Clean Rivers Initiative", "to join the
    Partnership": what the guest is invited to join is a programme or a membership, no
    gathering; "to join the talks", "to take part in the summit", "to join him" are."""
    lemma = verb.lemma_.lower()
    c = cues()
    joinable = (
        c.invited_to_words
        | c.gathering_nouns
        | c.occasion_nouns
        | c.hosted_occasions
        | c.co_hosted_events
        | c.process_nouns
        | c.generic_triggers
        | c.stay_nouns
    )
    if lemma == "join":
        joined = [o for o in verb.children if o.dep_ == "dobj"]
        # one joins people too: "to join the President", "to join the delegation"
        joinable = joinable | c.guest_nouns | c.attendee_nouns | c.head_titles
    elif lemma in ("participate", "take"):
        if lemma == "take" and not any(o.lower_ == "part" for o in verb.children):
            return False
        preps = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "in"]
        joined = [g for p in preps[:1] for g in p.children if g.dep_ == "pobj"]
    else:
        return False
    return any(
        g.pos_ in ("NOUN", "PROPN")
        and g.ent_type_ not in ("PERSON", "GPE", "NORP")
        and g.lemma_.lower() not in joinable
        and g.lower_ not in joinable
        for g in joined
    )


@rule(
    "President Tomas Feira of Portugal invited Prime Minister Teo Vaskin of Vostrelia to "
    "visit Lisbon next month.",
    [
        "visit invited: Tomas Feira + Teo Vaskin @Lisbon 2025-04-01",
    ],
)
def governed_by(token: Token, heads: set[int]) -> bool:
    """Whether an invitation (or another trigger in `heads`) stands a few steps above: "invited X to
    visit Lisbon" is one encounter, carried by the invitation."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if (
            current.dep_ == "prep"
            and current.lower_ in SEQUENCE_ADJUNCT_PREPS
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        ):
            return False  # "during his meeting with Y, X invited Y": the meeting is its own
        if current.i in heads:
            return True
    return False


@rule(
    "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia in "
    "Lisbon on Monday.",
    [
        "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10",
    ],
    also=[
        (
            "President Mara Oduya of Kenya and President Tomas Feira of Portugal attended "
            "a board meeting in Lisbon on Monday.",
            [],
        ),
        (
            "Kenya will meet Portugal in the final of the football tournament in Lisbon on Sunday.",
            [],
        ),
        (
            "Kenya has met all the conditions set by Portugal.",
            [],
        ),
        (
            "President Mara Oduya of Kenya called on Portugal to release the prisoners.",
            [],
        ),
        (
            "President Arlo Venn of Norlandia visited flood victims in Kenya on Monday.",
            [],
        ),
    ],
)
def is_excluded(token: Token, kind: str) -> bool:
    """A matched word that is no encounter here: "meet the criteria", "a board meeting", "called on
    both sides to show restraint", "spoke at a press conference", "India will meet Australia in
    the final", "visited flood victims"."""
    c = cues()
    lower = token.lower_
    if is_invitation(token) and token.dep_ == "pobj" and token.head.lower_ in ("at", "upon", "on"):
        return True  # "at the invitation of X, Y will visit": the visit is the encounter
    if invites_to_other(token):
        return True
    if _habitual(token) or _tally_of_people(token) or _earlier_series(token):
        return True
    if kind == "meeting" and token.pos_ in ("VERB", "AUX"):
        objects = [t for t in token.children if t.dep_ in ("dobj", "attr")]
        if any(o.lemma_.lower() in c.non_encounter_objects for o in objects):
            return True  # "meet the moment", "met the criteria"
        if any(t.lower_ in ("criticism", "resistance", "skepticism") for t in token.subtree):
            return True
        if _met_by_response(token):
            return True
    # "the Arab league", "the Awami League": a people's league is a political body, not sport.
    # Two sports words, not one word counted as its form and its lemma ("goals", "goal").
    sports = {
        t.lemma_.lower()
        for t in token.sent
        if (t.lower_ in c.sports_words or t.lemma_.lower() in c.sports_words)
        and not (t.lower_ == "league" and _named_league(t))
    }
    if kind in ("meeting", "talks", "visit") and len(sports) >= 2:
        return True  # "India will meet Australia in the final", "the cricket team arrived"
    if kind == "visit" and _forces_arriving(token):
        return True  # "Chilean marines arrived in Peru": a deployment
    if kind == "meeting" and _body_of_people(token):
        return True  # "the leaders of the Southern Seas Forum": the body, not a gathering
    if kind == "meeting" and _noun_modified_by(token, c.non_diplomatic_meeting_modifiers):
        return True  # "board meeting", "cabinet meeting"
    if kind in ("meeting", "summit") and for_companies(token):
        return True  # "the Andean Business Forum", "the Andean CEO Summit": a fair for companies
    if kind == "summit" and _summit_as_modifier(token):
        return True  # "among other Summit goals": the summit named before, no mention of its own
    if kind == "visit" and _noun_modified_by(token, c.non_diplomatic_visit_modifiers):
        return True  # "submarine port visits to Chile": ships call at a port
    if kind == "call" and token.lemma_ in ("speak", "talk") and token.pos_ == "VERB":
        preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
        if preps & {"at", "in", "before", "during", "after"} and not preps & {
            "with",
            "to",
            "by",
            "over",
        }:
            return True  # "spoke about Ukraine at a press conference": a speech, not a call
        if any(
            c.lower_ == "with" and any(g.lower_ == "voice" for g in c.subtree)
            for c in token.children
        ):
            return True  # "urging African countries to speak with one voice"
        listeners = [
            g for t in token.children if t.lower_ == "to" for g in t.children if g.dep_ == "pobj"
        ]
        if any(g.lower_ in c.non_encounter_objects for g in listeners):
            return True  # "restrictions on talking to the media": no one on the line
        if _said_in_passing(token) or _states_in_talks(token) or _ease_of_talking(token):
            return True
    if kind == "meeting" and token.lemma_ == "call" and token.pos_ == "VERB":
        # "called on Congress to act", "calls on both sides to show restraint": urging.
        if any(
            t.dep_ in ("xcomp", "advcl", "ccomp") and t.pos_ in ("VERB", "AUX")
            for t in token.subtree
            if t.i > token.i
        ):
            return True
    if kind == "call" and _appeal(token):
        return True  # "endorsed the joint call from A and B to renew talks"
    if kind == "call":
        if lower in ("call", "calls"):
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if following is not None and following.lower_ in ("for", "on") and token.pos_ == "VERB":
                return True
            modifiers = {t.lower_ for t in token.children if t.dep_ in ("compound", "amod")}
            if modifiers & {"earnings", "conference", "investor", "sales", "analyst", "close"}:
                return True
    if kind == "visit" and token.lemma_ == "visit" and token.dep_ == "amod":
        return (
            True  # "received visiting Vietnamese Prime Minister X": the reception is the encounter
        )
    if kind == "visit" and token.lemma_ == "visit":
        objects = [t for t in token.children if t.dep_ == "dobj"]
        if any(o.lemma_.lower() in c.non_encounter_objects for o in objects):
            return True  # "visited flood victims", "visit the website"
    return False


@rule(
    "We endorsed the joint call from President Arlo Venn, President Mara Oduya of Kenya, and "
    "Amir Tomas Feira of Qatar to renew talks later this week.",
    [],
    also=[
        (
            "Norway welcomed the call from President Mara Oduya of Kenya and President Tomas "
            "Feira of Portugal for a ceasefire.",
            [],
        ),
        (
            "President Mara Oduya of Kenya and President Tomas Feira of Portugal held a joint "
            "call with Prime Minister Teo Vaskin of Norway on Monday.",
            ["call occurred: Mara Oduya + Tomas Feira + Teo Vaskin 2025-03-10"],
        ),
    ],
    counter=(
        "President Mara Oduya of Kenya received a call from President Tomas Feira of Portugal "
        "on Monday.",
        ["call occurred: Mara Oduya + Tomas Feira 2025-03-10"],
    ),
)
def _appeal(token: Token) -> bool:
    """ "We endorsed the joint call from A, B and C to renew talks", "welcomed the call from A
    and B for a ceasefire", "a call on both sides to": a call as an appeal, which its makers
    address to others, not a phone call between them. It is what a stance verb (`stance_verbs`)
    takes, or asks for something or someone (not a day); a call held with someone, between
    some, or by phone or video stays a call, and "received a call from X on Monday" is one."""
    if token.pos_ != "NOUN" or token.lemma_ != "call":
        return False
    if any(c.lower_ in ("phone", "telephone", "video") for c in token.children):
        return False
    preps = [c for c in token.children if c.dep_ == "prep"]
    if any(p.lower_ in ("with", "between") for p in preps):
        return False
    if token.dep_ == "dobj" and token.head.lemma_ in cues().stance_verbs:
        return True
    return any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
        for p in preps
        if p.lower_ in ("for", "on")
        for g in p.children
    )


@rule(
    "President Arlo Venn of Norlandia will engage with the leaders of the Southern Seas Forum "
    "in the coming year.",
    [],
    counter=(
        "President Arlo Venn of Norlandia will attend the Southern Seas Forum in Lisbon with "
        "President Ulla Marsk of Ostravia next week.",
        ["meeting planned: Arlo Venn + Ulla Marsk @Lisbon 2025-03-17"],
    ),
)
def _body_of_people(token: Token) -> bool:
    """ "the leaders of the Southern Seas Forum", "members of the Forum": a gathering's name that
    people (`group_nouns`, `state_collective_nouns`) are said to be "of" is the body they belong
    to, not an encounter. The people are a common noun: in "the Heads of Government Meeting"
    the words are the gathering's own name."""
    if token.tag_ not in ("NNP", "NNPS") or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    people = token.head.head
    return people.tag_ in ("NN", "NNS") and people.lower_ in (
        cues().group_nouns | cues().state_collective_nouns
    )


@rule(
    "Chile and Peru will co-host the fourth annual Andean Business Forum in Lima.",
    [],
    also=[
        (
            "Today, as a part of the ASEAN CEO Summit, Norwegian Trade Minister Ulla Marsk and "
            "Director Teo Vaskin co-hosted an investment showcase.",
            [],
        ),
    ],
    counter=(
        "Chile and Peru will co-host the fourth Andean Leaders' Forum in Lima.",
        ["meeting planned: Chile + Peru @Lima"],
    ),
)
def for_companies(gathering: Token) -> bool:
    """ "will co-host the Andean Business Forum", "an Investment Forum", "as a part of the ASEAN
    CEO Summit, the minister co-hosted a showcase": a forum or summit of business and industry,
    which states hold for companies; not a meeting of the states themselves."""
    return any(
        m.lower_ in cues().commercial_modifiers
        for m in gathering.children
        if m.dep_ in ("compound", "amod", "nmod")
    )


@rule(
    "President Arlo Venn of Norway spoke today with Prime Minister Teo Vaskin of Canada. The "
    "leaders discussed the Summit of the Americas in June and their vision for growth, among "
    "other Summit goals.",
    ["call occurred: Arlo Venn + Teo Vaskin 2025-03-12"],
    counter=(
        "President Arlo Venn of Norway and Prime Minister Teo Vaskin of Canada held a summit "
        "meeting in Oslo on Monday.",
        ["summit occurred: Arlo Venn + Teo Vaskin @Oslo 2025-03-10"],
    ),
)
def _summit_as_modifier(token: Token) -> bool:
    """ "among other Summit goals", "the summit agenda": "summit" modifying a noun that is no
    encounter word names a summit told of elsewhere, not one of the sentence's people."""
    head = token.head
    return (
        token.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in cues().occasion_nouns | cues().gathering_nouns
    )


@rule(
    "Norway plans to increase submarine port visits to Chile beginning next year.",
    [],
    counter=(
        "President Ulla Marsk of Norway will pay a state visit to Chile next week.",
        ["visit planned: Ulla Marsk + Chile @Chile 2025-03-17"],
    ),
)
def _noun_modified_by(token: Token, words: frozenset[str]) -> bool:
    """Whether a trigger noun carries one of `words` as a modifier: "a board meeting" is no
    encounter of states, nor are "port visits", which warships pay."""
    if token.tag_ not in ("NN", "NNS"):
        return False
    return any(t.lower_ in words for t in token.children if t.dep_ in ("compound", "amod", "nmod"))


@rule(
    "Countries in Norlandia with high ambition on climate are met by high ambition from "
    "lenders, including Kenya and Portugal.",
    [],
    also=[
        (
            "President Ulla Marsk of Norlandia was met by strong support from President Teo "
            "Vaskin of Vostrelia.",
            [],
        ),
        (
            "President Ulla Marsk of Norlandia was met with a swift response from President Teo "
            "Vaskin of Vostrelia.",
            [],
        ),
    ],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia was met by President Teo Vaskin of Vostrelia "
        "at the airport in Kessel on Tuesday.",
        ["meeting occurred: Ulla Marsk + Teo Vaskin @Kessel 2025-03-11"],
    ),
)
def _met_by_response(token: Token) -> bool:
    """ "ambition is met by high ambition from lenders, including the IMF", "the plan was met
    by support from X", "any attack will be met with a swift response": a passive meet whose
    agent or "with" is a response (`non_encounter_objects`), not a person, says the thing was
    matched or answered; no one met anyone. "X was met by President Y at the airport" stays a
    meeting."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return False
    answers = [
        g
        for c in token.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with")
        for g in c.children
    ]
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in cues().non_encounter_objects for g in answers
    )


@rule(
    "President Ulla Marsk of Norway and President Arlo Venn of Chile will meet annually in Oslo.",
    [],
    also=[
        ("The foreign ministers of Norway and Chile meet regularly in Oslo.", []),
        ("Norwegian and Chilean officials meet on a regular basis in Oslo.", []),
        ("Marsk has spoken regularly with President Arlo Venn of Chile.", []),
        ("Marsk has met President Arlo Venn of Chile eight times in the last five years.", []),
        (
            "President Ulla Marsk of Norway met President Arlo Venn of Chile for the first time "
            "in Oslo on Monday.",
            ["meeting occurred: Ulla Marsk + Arlo Venn @Oslo 2025-03-10"],
        ),
    ],
    counter=(
        "President Ulla Marsk of Norway met President Arlo Venn of Chile at the annual summit "
        "in Oslo on Monday.",
        ["meeting occurred: Ulla Marsk + Arlo Venn @Oslo 2025-03-10"],
    ),
)
def _habitual(token: Token) -> bool:
    """A verb of meeting told as a habit is no one encounter: "the ministers meet regularly",
    "will meet annually", "meet every year", "meet on a regular basis", or counted: "have met
    eight times in five years" sums up many encounters. An adjective on the noun ("the annual
    summit was held on Monday") is one encounter of a series, and stays; so does "met for the
    first time"."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    habitual = cues().habitual_words
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in habitual:
            return True  # "meet regularly"
        if child.dep_ == "npadvmod" and any(
            d.dep_ == "det" and d.lower_ in ("every", "each") for d in child.children
        ):
            return True  # "meet every year"
        if child.dep_ == "npadvmod" and child.lower_ == "times":
            return True  # "have met eight times"
        if child.dep_ == "prep" and any(
            o.lemma_ == "basis" and any(a.lower_ in habitual for a in o.children)
            for o in child.children
        ):
            return True  # "meet on a regular basis"
    return False


@rule(
    "All told, President Ana Ruiz of Peru met fourteen Chilean presidents.",
    [],
    also=[
        ("Prime Minister Ana Ruiz of Peru has met more than 50 heads of state.", []),
        (
            "President Ana Ruiz of Peru arrived in Santiago on Monday. She also met two Chilean "
            "ministers.",
            ["visit occurred: Chilean ministers + Ana Ruiz @Santiago 2025-03-10"],
        ),
    ],
    counter=(
        "In Lima on Tuesday, President Ana Ruiz of Peru met three Chilean ministers.",
        ["meeting occurred: Ana Ruiz + Chilean ministers @Lima 2025-03-11"],
    ),
)
def _tally_of_people(token: Token) -> bool:
    """A verb of meeting whose object is a count no one meeting holds, with no place and no day
    of its own, sums up a lifetime: the holders of one state's highest office ("All told, she
    met fourteen Chilean presidents": a state has one at a time) or a lower bound ("has met more
    than 50 heads of state"). "She also met two Chilean ministers" and "in Lima on Tuesday she
    met three ministers" are one meeting with several people."""
    if token.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("npadvmod", "tmod") or (c.dep_ == "prep" and c.lower_ in _SETTING_PREPS)
        for c in token.children
    ):
        return False
    for person in (o for o in token.children if o.dep_ == "dobj" and o.tag_ in ("NNS", "NNPS")):
        counts = [n for n in person.children if n.dep_ == "nummod"]
        if any(_lower_bound(n) for n in counts):
            return True
        one_state = any(a.dep_ == "amod" for a in person.children)
        if counts and one_state and person.lemma_.lower() in cues().head_of_state_titles:
            return True
    return False


@rule(
    "President Arlo Venn of Norway and President Mara Oduya of Peru met today in Lima for the "
    "Norway-Peru Summit. The leaders noted the previous Norway-Peru Summits held on May 14, 2015 "
    "in Oslo, and on April 21, 2016 in Lima.",
    ["summit occurred: Arlo Venn + Mara Oduya @Lima 2025-03-12"],
    counter=(
        "President Arlo Venn of Norway and President Mara Oduya of Peru met today in Lima. The "
        "leaders recalled their previous summit, held in Oslo on May 14, 2015.",
        [
            "meeting occurred: Arlo Venn + Mara Oduya @Lima 2025-03-12",
            "summit occurred: Arlo Venn + Mara Oduya @Oslo 2015-05-14",
        ],
    ),
)
def _earlier_series(token: Token) -> bool:
    """ "the leaders noted the previous Norway-Peru Summits held in 2015 in Oslo and in 2016 in
    Lima", "in past meetings": encounters of a series before this one (`earlier_words` on a
    plural trigger noun), told as a list with no people of their own, whose sides must not be
    borrowed from the encounter at hand. One earlier encounter ("their previous summit, held in
    Oslo") stays one; so do talks, a plural that names one sitting."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.lower_.endswith("s")
        and token.lower_ not in cues().process_nouns
        and any(c.dep_ == "amod" and c.lower_ in cues().earlier_words for c in token.children)
    )


def _lower_bound(number: Token) -> bool:
    """ "more than 50", "over 30", "nearly 40": a count that only says how many at least."""
    return any(w.lower_ in ("more", "over", "nearly", "almost", "some") for w in number.children)


# Prepositions that give a verb of meeting its own place or day ("in Lima", "on Tuesday").
_SETTING_PREPS = frozenset({"in", "at", "on", "during"})


@rule(
    "Today, with support from Chile, Peruvian forces arrived in Bolivia to begin the mission.",
    [],
    also=[("Eighty years ago, Chilean marines arrived in Peru before sailing north.", [])],
    counter=(
        "Foreign Minister Ulla Marsk of Norlandia arrived in Kessel on Tuesday for talks with "
        "Foreign Minister Teo Vaskin of Vostrelia.",
        ["visit occurred: Ulla Marsk + Teo Vaskin @Kessel 2025-03-11"],
    ),
)
def _forces_arriving(token: Token) -> bool:
    """Armed forces that arrive, land or go somewhere are deployed, not on a visit: "Peruvian
    forces arrived in Bolivia to begin the mission", "eighty years ago, Chilean marines arrived
    in Peru". A minister arriving stays a visit."""
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in cues().force_nouns for c in token.children
    )


def _named_league(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.ent_type_ == "NORP"


def is_noise_line(sentence: Span) -> bool:
    text = sentence.text
    if text.count("|") >= 2:
        return True  # table rows
    words = [t for t in sentence if t.is_alpha]
    return len(words) < 3


@rule(
    "Prime Minister Teo Vaskin of Vostrelia held a virtual meeting with President Arlo "
    "Venn of Norlandia on Monday.",
    [
        "call occurred: Teo Vaskin + Arlo Venn 2025-03-10",
    ],
    also=[
        (
            "Prime Minister Teo Vaskin of Vostrelia and President Arlo Venn of Norlandia "
            "held a summit meeting in Lisbon on Monday.",
            [
                "summit occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10",
            ],
        ),
    ],
)
def refine_type(token: Token, kind: str) -> str:
    """The form the trigger's own words give: a virtual or video meeting is a call; "summit meeting"
    is a summit; an invitation is to a visit, a summit or a meeting by what it invites to."""
    if kind == "meeting" and token.lower_ in ("summit",):
        return "summit"
    if kind in ("meeting", "talks") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("virtual", "video", "online")
        for c in token.children
    ):
        return "call"  # "held a virtual meeting": the contract's call is by phone or video
    if kind in ("meeting", "talks"):
        for child in token.children:
            if child.lower_ in ("summit",) and child.dep_ in ("compound", "amod"):
                return "summit"
        if token.lower_ in ("meeting", "talks") and any(c.lower_ == "summit" for c in token.lefts):
            return "summit"
    if kind == "meeting" and visit_purposes(token) and token.lemma_ in cues().reception_verbs:
        return "visit"  # "will host Vaskin for an official visit": the guest's visit
    if kind == "visit" and is_invitation(token):
        # Invited to a place or to visit: a visit; to a summit or talks: that gathering.
        subtree = list(token.subtree)
        if any(t.lemma_ == "visit" for t in subtree) or any(
            t.lower_ == "to" and any(c.ent_type_ in PLACE_LABELS for c in t.children)
            for t in subtree
        ):
            return "visit"
        for t in subtree:
            if t.lemma_ in ("summit",):
                return "summit"
            if t.lemma_ in ("meet", "meeting", "talk", "talks"):
                return "meeting"
    return kind


@rule(
    "President Arlo Venn of Norlandia will host Prime Minister Teo Vaskin of Kenya for an "
    "official visit on Thursday.",
    ["visit planned: Arlo Venn + Teo Vaskin 2025-03-13"],
    counter=(
        "President Arlo Venn of Norlandia will host Prime Minister Teo Vaskin of Kenya for "
        "talks on Thursday.",
        ["talks planned: Arlo Venn + Teo Vaskin 2025-03-13"],
    ),
)
def visit_purposes(trigger: Token) -> list[Token]:
    """The visit a reception or a movement is for: "will host Vaskin for an official visit",
    "arrived in Lima for a state visit"; not "will host Vaskin for talks"."""
    return [
        g
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() == "visit"
    ]


@rule(
    "President Arlo Venn of Norlandia spoke today with President Mara Oduya of Kenya. The two "
    "leaders discussed the negotiations in Lisbon for a ceasefire.",
    ["call occurred: Arlo Venn + Mara Oduya 2025-03-12"],
    counter=(
        "President Arlo Venn of Norlandia spoke today with President Mara Oduya of Kenya. The two "
        "leaders held negotiations in Lisbon on Monday.",
        [
            "call occurred: Arlo Venn + Mara Oduya 2025-03-12",
            "talks occurred: Arlo Venn + Mara Oduya @Lisbon 2025-03-10",
        ],
    ),
)
def is_topic(token: Token) -> bool:
    """An encounter that is what the sentence's people talk about ("the two leaders discussed
    the negotiations in Lisbon", "discussed preparations for the summit"): its sides are not
    the discussers, whom "the two leaders" names."""
    verb = _verb_of_object(token)
    return verb is not None and verb.lemma_ in cues().topic_verbs


def _verb_of_object(token: Token) -> Token | None:
    """The verb whose object the trigger's noun phrase is: "discussed the negotiations",
    "welcomed the resumption of talks", "discussed preparations for the summit"."""
    current = token
    while current.dep_ == "pobj" and current.head.head.pos_ == "NOUN":
        current = current.head.head  # "preparations for the summit", "the outcome of the talks"
    return current.head if current.dep_ == "dobj" else None


@rule(
    "President Arlo Venn of Norlandia spoke by phone with President Mara Oduya of Kenya on "
    "Monday. They discussed Kenya's ongoing negotiations with the IMF.",
    ["call occurred: Arlo Venn + Mara Oduya 2025-03-10"],
    also=[
        (
            "Portugal commends Kenya's consultations with the International Monetary Fund and "
            "supports new funding for Kenya.",
            [],
        ),
        (
            "President Arlo Venn of Norlandia welcomed the resumption of talks between Kenya and "
            "Portugal.",
            [],
        ),
        (
            "President Arlo Venn of Norlandia spoke by phone with President Mara Oduya of Kenya on "
            "Monday. He voiced support for Kenya's discussions with the IMF.",
            ["call occurred: Arlo Venn + Mara Oduya 2025-03-10"],
        ),
        (
            "President Arlo Venn of Norlandia voiced support for the talks between Kenya and "
            "Portugal in Lisbon on Monday.",
            ["talks occurred: Kenya + Portugal @Lisbon 2025-03-10"],
        ),
        (
            "President Arlo Venn of Norlandia welcomed the talks between Kenya and Portugal in "
            "Lisbon on Monday.",
            ["talks occurred: Kenya + Portugal @Lisbon 2025-03-10"],
        ),
        (
            "The two leaders discussed the meeting between Kenya and Portugal next month.",
            ["meeting planned: Kenya + Portugal 2025-04-01"],
        ),
        (
            "The Clean Data Framework reflects more than a year of detailed negotiations between "
            "Norway and the European Union led by Minister Ulla Marsk.",
            [],
        ),
        (
            "The accord is the culmination of months of negotiations between Norway and the "
            "European Union.",
            [],
        ),
        (
            "Two days of talks between Norway and the European Union ended without a deal.",
            ["talks occurred: Norway + European Union"],
        ),
        (
            "Norway will continue to support the Pacific Islands Forum (PIF), ensuring it "
            "remains at the center of the regional architecture.",
            [],
        ),
    ],
    counter=(
        "Kenya held consultations with the International Monetary Fund in Nairobi on Monday.",
        ["meeting occurred: Kenya + International Monetary Fund @Nairobi 2025-03-10"],
    ),
)
def talked_of_process(token: Token) -> bool:
    """Talks as a process that the sentence's people discuss or praise ("they discussed
    Kenya's ongoing negotiations with the IMF", "commends Kenya's consultations with the
    Fund", "welcomed the resumption of talks between A and B"): the subject of a call or a
    statement, not an encounter the article reports; so are a named programme or body
    supported ("will continue to support the Pacific Islands Forum") and a process summed up
    ("a year of negotiations between A and B", "the conclusion of the negotiations"). The
    resolver keeps it when it has a place or a day of its own ("welcomed the talks in Lisbon on
    Monday"). A meeting or a visit talked of is still one encounter ("discussed the upcoming
    meeting between A and B")."""
    if token.lower_ not in cues().process_nouns and not names_programme(token):
        return False
    verb = _verb_of_object(token)
    words = cues()
    return (
        (verb is not None and verb.lemma_ in words.topic_verbs | words.stance_verbs)
        or _stance_noun_over(token)
        or _summed_up(token)
    )


def names_programme(trigger: Token, sides: frozenset[int] = frozenset()) -> bool:
    """ "the Pacific Rim Forum", "another Global Issues Forum meeting", "an Ocean Dialogue": the
    trigger or its compound is a programme noun (`programme_nouns`) written as a name, the
    standing body or programme rather than one sitting of it. A word of a side's own name
    (`sides`: "the U.S.-Pacific Islands Forum Summit" with the Forum as a side) names a party,
    not a programme."""
    named = [trigger, *(c for c in trigger.children if c.dep_ == "compound")]
    return any(
        t.lower_ in cues().programme_nouns and t.text[0].isupper() and t.i not in sides
        for t in named
    )


def _summed_up(token: Token) -> bool:
    """ "more than a year of negotiations between A and B", "the culmination of months of
    talks", "applauds the conclusion of the negotiations between A and B": a negotiating process
    measured in months or years, or named by its end (`process_summaries`), not one sitting; "two
    days of talks" are one."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in cues().process_summaries
    )


def _stance_noun_over(token: Token) -> bool:
    """The talks are what a noun of stance is for: "voiced support for Kenya's discussions with
    the IMF", "expressed praise for the talks between A and B"."""
    current = token
    while current.dep_ == "pobj" and current.head.head.pos_ == "NOUN":
        current = current.head.head
        if current.lemma_ in cues().stance_verbs:
            return True
    return False


def is_anaphoric(token: Token) -> bool:
    dets = {t.lower_ for t in token.children if t.dep_ in ("det", "poss")}
    return bool(dets & {"the", "this", "that", "these", "their", "such"})


@rule(
    "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia on the "
    "sidelines of the African Union summit in Nairobi on Monday.",
    [
        "meeting occurred: Teo Vaskin + Arlo Venn @Nairobi 2025-03-10",
    ],
)
def setting_tokens(sentence: Span) -> set[int]:
    """Tokens of a gathering named as the setting: "on the sidelines of the NATO summit"."""
    tokens: set[int] = set()
    for token in sentence:
        if token.lower_ in cues().occasion_leads:
            for t in token.subtree:
                tokens.add(t.i)
        if token.lower_ in ("during", "ahead", "before", "at") and token.dep_ == "prep":
            if _spoken_before(token):
                continue  # "Remarks by A and B before their bilateral meeting": the encounter
            for t in token.subtree:
                if (
                    t.lower_ in ("summit", "forum", "assembly", "conference", "games", "meeting")
                    and t.i != token.i
                    # "during his meeting with Y": an encounter of its own, not a setting
                    and not _own_encounter(t, token)
                ):
                    if _told_who_attends(t):
                        break  # "at the meeting, which was attended by ...": the encounter itself
                    tokens.update(x.i for x in token.subtree)
                    break
    return tokens


@rule(
    "President Arlo Venn of Norlandia met President Mara Oduya of Kenya in Nairobi today. The "
    "two leaders will discuss the plan during their upcoming bilateral meeting in Lisbon.",
    [
        "meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-12",
        "meeting planned: Arlo Venn + Mara Oduya @Lisbon",
    ],
    counter=(
        "President Arlo Venn of Norlandia met President Mara Oduya of Kenya during the summit "
        "in Nairobi today.",
        ["meeting occurred: Arlo Venn + Mara Oduya @Nairobi 2025-03-12"],
    ),
)
def _own_encounter(gathering: Token, prep: Token) -> bool:
    """ "during their upcoming bilateral meeting", "at their meeting in Lisbon", "during (or
    before) his meeting with Y": the people's own encounter, told with their possessive, as
    bilateral or with its other side, is no setting of another; "at a meeting with" stays one."""
    return any(
        (c.dep_ == "poss" and c.lower_ == "their")
        or (c.dep_ == "amod" and c.lower_ == "bilateral")
        or (c.dep_ == "prep" and c.lower_ == "with" and prep.lower_ != "at")
        for c in gathering.children
    )


def _spoken_before(prep: Token) -> bool:
    """ "Remarks by A and B before their bilateral meeting", "X's statement ahead of talks with
    Y": what is said just before an encounter by someone who takes part in it is no setting of
    another encounter; the encounter is the one the remarks are told for (arguments._speaks_at)."""
    said = prep.head
    return (
        prep.lower_ in ("before", "ahead")
        and said.lower_ in cues().speech_nouns
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in said.children)
    )


def _told_who_attends(gathering: Token) -> bool:
    """ "the Meeting, which was attended by ministers from 26 countries": the clause on the
    gathering says who took part."""
    return any(
        c.dep_ in ("relcl", "acl") and c.lemma_ in ("attend", "chair", "bring", "gather")
        for c in gathering.children
    )


def call_frame(trigger: Token) -> Token | None:
    """The verb a call is the channel of: "told Scholz in a phone call", "assured Museveni by
    phone", "congratulated Pezeshkian during a telephone call"."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("in", "during", "over", "by", "via", "on"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_ in ("speak", "talk"):
        return None
    return verb


@rule(
    "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia on "
    "Monday ahead of his visit to Lisbon next week.",
    [
        "meeting occurred: Teo Vaskin + Arlo Venn 2025-03-10",
        "visit planned: Lisbon + Teo Vaskin @Lisbon 2025-03-17",
    ],
)
def in_sequence_phrase(token: Token) -> bool:
    """ "talks after his Paris trip", "ahead of the visit": another encounter, before or after."""
    if any(c.dep_ == "mark" and c.lower_ in SEQUENCE_PREPS for c in token.children):
        return True  # a headline parse: "after" marking "trip" as a clause
    for ancestor in list(token.ancestors)[:3]:
        if ancestor.lower_ in SEQUENCE_PREPS:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


def in_relative_clause(trigger: Token) -> bool:
    """ "met Brandauer, who will visit Oslo next week": a journey told in passing, at another
    time than the meeting (unlike "met Shoigu, who is visiting Pyongyang")."""
    current = trigger
    for _ in range(4):
        if current.dep_ == "relcl":
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


@rule(
    "Prime Minister Teo Vaskin of Vostrelia met President Arlo Venn of Norlandia in Lisbon on "
    "Tuesday. As we talked about yesterday, Lisbon needs more gas.",
    ["meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-11"],
    counter=(
        "As Prime Minister Teo Vaskin of Vostrelia talked with President Arlo Venn of Norlandia "
        "on Tuesday, protesters gathered in Lisbon.",
        ["call occurred: Teo Vaskin + Arlo Venn 2025-03-11"],
    ),
)
def _said_in_passing(token: Token) -> bool:
    """ "As we talked about yesterday, ...": a speaker pointing back to what was said (to the
    press, in this briefing) is no call. A talking verb under "as" with no one talked with or
    to; "As Vaskin talked with Venn, ..." still tells a call."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in token.children)


@rule(
    "It has been difficult for Norway to talk directly to Peru.",
    [],
    counter=(
        "It was not easy, but President Mara Oduya of Kenya spoke with President Tomas Feira of "
        "Portugal on Monday.",
        ["call occurred: Mara Oduya + Tomas Feira 2025-03-10"],
    ),
)
def _ease_of_talking(token: Token) -> bool:
    """ "It has been difficult for Norway to talk directly to Peru", "it is hard to speak with
    them": how easy talking is (`ease_adjectives`) is a remark on a channel, not a call. The
    talking is an infinitive: "It was not easy, but X spoke with Y on Monday" tells a call."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    if head.lemma_.lower() in cues().ease_adjectives:
        return True
    return head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in cues().ease_adjectives for c in head.children
    )


@rule(
    "The spokeswoman said Kenya is talking to Portugal about the grain exports.",
    [],
    counter=(
        "President Mara Oduya of Kenya is talking to President Tomas Feira of Portugal by phone "
        "right now.",
        ["call occurred: Mara Oduya + Tomas Feira"],
    ),
)
def _states_in_talks(token: Token) -> bool:
    """ "Kenya is talking to Portugal about this": a state that is talking (now, for some
    time) to another is a process of diplomacy, not one call; people who are talking, or a
    state that spoke on a day, still tell one."""
    if token.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
        return False
    return any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in token.children)


@rule(
    "President Arlo Venn of Norlandia and President Teo Vaskin of Kenya pledged to work together "
    "in regional fora such as the United Nations, the East Asia Summit and the ASEAN Regional "
    "Forum.",
    [],
    counter=(
        "President Arlo Venn of Norlandia met President Teo Vaskin of Kenya at events such as the "
        "East Asia Summit in Kuala Lumpur on Tuesday.",
        ["meeting occurred: Arlo Venn + Teo Vaskin @Kuala Lumpur 2025-03-11"],
    ),
)
def example_of_a_forum(token: Token) -> bool:
    """ "cooperation in regional fora such as the East Asia Summit and the ASEAN Regional Forum",
    "mechanisms including the Ministerial Meeting": a name in a list of examples of standing
    bodies names a body, not an encounter (but "events such as the summit in Kuala Lumpur")."""
    first = first_conjunct(token)
    marker = first.head
    if first.dep_ != "pobj" or marker.lower_ not in ("as", "including", "like"):
        return False
    kind = marker.head
    forums = cues().forum_nouns
    return kind.lower_ in forums or kind.lemma_.lower() in forums
