"""The state of an encounter from tense, aspect, modality and cue words around its trigger."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from diplo_extract.normalize.dates import Resolved, find_date_mentions, resolve_date, to_the_day
from diplo_extract.rules.actor_spans import is_heading
from diplo_extract.rules.lexicon import cues
from diplo_extract.rules.registry import rule
from diplo_extract.rules.syntax import SUBJECT_DEPS, looks_forward

# The states an encounter can be in, and which wins when an article's mentions of one encounter
# disagree: the later, more decided state wins. A planned meeting that is then called off is
# cancelled; one reported as held is occurred; a hypothetical remark never overrides a stated plan.
STATUS_PRIORITY = {
    "hypothetical": 0,
    "proposed": 1,
    "invited": 2,
    "planned": 3,
    "ongoing": 4,
    "occurred": 4,
    "postponed": 5,
    "cancelled": 6,
}
FUTURE_STATES = frozenset({"planned", "invited", "proposed", "postponed", "cancelled"})
PAST_STATES = frozenset({"occurred", "ongoing"})


def stronger_status(a: str, b: str) -> str:
    """The state that wins when two mentions of one encounter in different sentences disagree
    (the first on a tie)."""
    return a if STATUS_PRIORITY[a] >= STATUS_PRIORITY[b] else b


def marked_status(a: str, b: str) -> str:
    """The state of two triggers of one sentence that tell one encounter.

    A trigger with no tense or cue of its own ("the summit", "talks with X") reads as occurred;
    a cue on the other trigger of the same sentence says more ("the summit, which will see the
    leaders sit down for talks, is scheduled for May" is planned). So within a sentence a decided
    state beats occurred; a hypothetical remark still beats nothing.
    """
    if a in PAST_STATES and b not in PAST_STATES and b != "hypothetical":
        return b
    if b in PAST_STATES and a not in PAST_STATES and a != "hypothetical":
        return a
    return stronger_status(a, b)


def status_by_date(status: str, resolved: Resolved | None, reference: dt.date | None) -> str:
    """A date after the article's own can't have happened yet."""
    if not (resolved and resolved.start and reference):
        return status
    if status == "occurred" and resolved.start > reference:
        return "planned"
    return status


_MODALS = {"could", "might", "may", "should", "would", "must", "can"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_PAST_TAGS = {"VBD", "VBN"}


def _context(trigger: Token) -> list[Token]:
    """The trigger and the verbs above it in its own clause chain, nearest first.

    The chain stops at a reporting verb ("officials said the talks would resume"): what the
    reporter did is not the state of the encounter.
    """
    chain = [trigger]
    current = trigger
    speech = cues().speech_verbs
    while current.head.i != current.i and len(chain) < 6:
        purpose = current.dep_ == "advcl" and _is_infinitive(current)  # "travel to Paris to meet X"
        if (
            current.dep_ in ("ccomp", "parataxis", "advcl", "conj", "relcl")
            and current.pos_ in ("VERB", "AUX")
            and not purpose
            and not _bare_participle(current)
            and not (
                current.dep_ == "conj" and _is_infinitive(current)
            )  # "to visit X and to meet Y"
            and not _shares_auxiliary(current)
        ):
            break
        parent = current.head
        if _adjunct_of_news(current, parent):
            break
        if parent.lemma_.lower() in speech:
            clause = _lost_subject_clause(current, parent)
            if clause is not None:
                chain.append(clause)
            break
        chain.append(parent)
        current = parent
    return chain


# "during his meeting with Y, X invited Y", "after talks with Y, X cancelled the trip": the time
# of another piece of news, whose invitation or call-off is not the encounter's own.
_ADJUNCT_PREPS = {"after", "following", "during", "upon"}


@rule(
    "After talks with President Teo Vaskin of Kenya, Norlandian Foreign Minister Ulla Marsk "
    "cancelled her visit to Uganda.",
    ["talks occurred: Teo Vaskin + Ulla Marsk", "visit cancelled: Ulla Marsk + Uganda @Uganda"],
    counter=(
        "Norlandian Foreign Minister Ulla Marsk cancelled her talks with President Teo Vaskin of "
        "Kenya.",
        ["talks cancelled: Ulla Marsk + Teo Vaskin"],
    ),
)
def _adjunct_of_news(prep: Token, verb: Token) -> bool:
    """An encounter in a time adjunct ("after talks with Y") of a verb of inviting or calling off
    does not take that verb's state."""
    c = cues()
    return (
        prep.dep_ == "prep"
        and prep.lower_ in _ADJUNCT_PREPS
        and verb.lemma_.lower() in (c.invite_cues | c.cancel_cues | c.postpone_cues)
    )


@rule(
    "Norlandian Foreign Minister Ulla Marsk will fly to Nairobi on Monday and meet President "
    "Teo Vaskin of Kenya.",
    ["visit planned: Ulla Marsk + Teo Vaskin @Nairobi 2025-03-17"],
)
def _shares_auxiliary(verb: Token) -> bool:
    """ "will visit Vienna on Monday and fly to Rome": a bare verb joined to one with an
    auxiliary, and no subject or auxiliary of its own, shares that auxiliary."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ in ("aux", "auxpass") for c in verb.head.children)
    )


@rule(
    "Prime Minister Teo Vaskin of Vostrelia said he would raise the dispute when he meets "
    "President Arlo Venn of Norlandia on Thursday.",
    ["meeting planned: Arlo Venn + Teo Vaskin 2025-03-13"],
)
def _future_time_clause(verb: Token) -> bool:
    """ "the message he plans to convey when he meets Bush on Thursday": the present tense of a
    clause of time stands for the future."""
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.dep_ == "advcl"
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "until")
            for c in verb.children
        )
    )


@rule(
    "The ministry said the visit to Lisbon by President Arlo Venn of Norlandia, which was set for "
    "June, "
    "has been postponed.",
    ["visit postponed: Lisbon + Arlo Venn @Lisbon"],
)
def _lost_subject_clause(noun: Token, speech: Token) -> Token | None:
    """ "The ministry said the visit, which was set for June, has been postponed": the parser
    makes "the visit" the object of "said"; its verb is the subjectless clause that follows."""
    if noun.dep_ != "dobj":
        return None
    for clause in speech.children:
        if (
            clause.dep_ == "ccomp"
            and clause.i > noun.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        ):
            return clause
    return None


def _headline(sentence) -> bool:
    """A title-case heading, or a sentence-case line without a full stop ("Modi, Xi hold talks
    on border row")."""
    text = sentence.text.strip()
    return is_heading(sentence) or (
        bool(text)
        and not text.endswith((".", "!", "?", '"', "”", ":", ";"))
        and "\n" in sentence.text
    )


@rule(
    "Prime Minister Teo Vaskin of Vostrelia plans to raise the dispute when meeting President "
    "Arlo Venn of Norlandia.",
    ["meeting planned: Teo Vaskin + Arlo Venn"],
)
def _bare_participle(verb: Token) -> bool:
    """ "keen to raise it when meeting Xi": a clause with no subject and no auxiliary of its own
    takes its time and mood from the clause above."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _is_infinitive(verb: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _words(tokens) -> set[str]:
    found = set()
    for t in tokens:
        found.add(t.lower_)
        found.add(t.lemma_.lower())
    return found


def _phrasal(tokens) -> set[str]:
    """Phrasal verbs as the cue lists write them: "put off" is "put_off", "pushed back" is
    "push_back"."""
    return {
        f"{t.lemma_.lower()}_{particle.lower_}"
        for t in tokens
        for particle in t.children
        if particle.dep_ == "prt"
        or (particle.dep_ == "advmod" and particle.lower_ in ("back", "off"))
    }


@rule(
    "President Arlo Venn of Norlandia will meet President Mara Oduya of Kenya in Lisbon on "
    "Friday. The meeting will build on the leaders' phone call in February.",
    [
        "meeting planned: Arlo Venn + Mara Oduya @Lisbon 2025-03-14",
        "call occurred: Arlo Venn + Mara Oduya 2025-02-01",
    ],
    also=[
        (
            "President Arlo Venn of Norlandia will visit Kenya on Friday. The trip will "
            "reciprocate President Mara Oduya's visit to Portugal in February.",
            [
                "visit planned: Arlo Venn + Kenya @Kenya 2025-03-14",
                "visit occurred: Mara Oduya + Portugal @Portugal 2025-02-01",
            ],
        ),
    ],
    counter=(
        "President Arlo Venn of Norlandia will travel to Kenya in May to build on the talks held "
        "in Lisbon.",
        ["visit planned: Arlo Venn + Kenya @Kenya 2025-05-01"],
    ),
)
def built_on(trigger: Token) -> bool:
    """An encounter named as what another builds on or follows ("The meeting will build on the
    leaders' phone call in February", "the visit follows their talks in May", "will reciprocate
    Oduya's visit to Portugal in February") has happened, and its time is past, whatever the
    tense of the verb that names it."""
    while trigger.dep_ == "compound" and trigger.head.i != trigger.i:
        trigger = trigger.head  # "a phone call"
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ in ("on", "upon"):
        head = head.head
    elif trigger.dep_ != "dobj":
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in cues().basis_verbs


# Any day will do as a reference: only the precision of a resolved date is read.
_ANY_DAY = dt.date(2000, 1, 3)


@rule(
    "President Arlo Venn of Norlandia has invited President Teo Vaskin of Vostrelia for talks in "
    "Lisbon on Tuesday, March 18.",
    ["meeting planned: Arlo Venn + Teo Vaskin @Lisbon"],
    counter=(
        "President Arlo Venn of Norlandia invited President Teo Vaskin of Vostrelia on Monday "
        "for talks in Lisbon.",
        ["meeting invited: Arlo Venn + Teo Vaskin @Lisbon"],
    ),
)
def _invited_for_a_day(trigger: Token) -> bool:
    """An invitation to an encounter on a day already fixed ("has invited X for talks in Lisbon
    on Tuesday, March 18") is its announcement: a plan. Not one for a vaguer time ("to visit
    next year"), nor the day the invitation was made ("invited X on Monday", "today")."""
    sentence = trigger.sent
    text = sentence.text
    for start, end in find_date_mentions(text):
        span = sentence.doc.char_span(
            sentence.start_char + start, sentence.start_char + end, alignment_mode="expand"
        )
        if span is None or not _time_of_encounter(span[0].head, trigger):
            continue
        mention = text[start:end]
        if not mention.lower().endswith(("today", "tonight")) and to_the_day(
            resolve_date(mention, _ANY_DAY)
        ):
            return True
    return False


def _time_of_encounter(holder: Token, trigger: Token) -> bool:
    """The time is hung on the encounter ("for talks on Tuesday", "to visit Lisbon on March
    18"), not on the inviting ("invited X on Monday", "extended invitations on Friday")."""
    if holder.lower_ in cues().invite_cues:
        return False
    return holder.i == trigger.i or trigger.is_ancestor(holder)


def status_of(trigger: Token, kind: str) -> str | None:
    """occurred, ongoing, planned, invited, postponed, cancelled, hypothetical; None if negated."""
    c = cues()
    chain = _context(trigger)
    modifiers = [
        child
        for t in chain
        for child in t.children
        if child.dep_
        in ("aux", "auxpass", "neg", "advmod", "amod", "mark", "prt", "det", "acomp", "compound")
    ]
    words = _words(chain) | _words(modifiers) | _phrasal(chain)
    lowers = {t.lower_ for t in chain + modifiers}
    sentence_words = {t.lower_ for t in trigger.sent}

    if _denied(trigger) or _weighed(trigger):
        return None
    # Negation of the encounter itself: "will not meet", "no plans to meet", "ruled out talks".
    if any(m.dep_ == "neg" for m in modifiers) or any(m.lower_ == "no" for m in modifiers):
        if not (words & {"longer"}) and not (words & c.cancel_cues):
            return None
    if {"rule", "ruled"} & words and "out" in words:
        return None

    if (
        words & c.cancel_cues
        or ("call" in words and "off" in words)
        or _no_longer(trigger)
        or _unable(trigger)
    ):
        return (
            "postponed"
            if words & c.postpone_cues
            and not (sentence_words & {"unknown", "indefinitely", "later"})
            else "cancelled"
        )
    if built_on(trigger):
        return "occurred"  # "The meeting will build on the leaders' phone call in February"
    if kind != "summit" and _told_as_ahead(trigger):
        return "planned"  # "X met Y today ahead of Y's meeting with Z"
    if words & c.invite_cues:
        # An accepted invitation with a time fixed is a plan; without one it stays an invitation.
        accepted = sentence_words & {"accepted", "accepts", "accept"}
        dated = bool(find_date_mentions(trigger.sent.text))
        return "planned" if (accepted and dated) or _invited_for_a_day(trigger) else "invited"

    modals = lowers & _MODALS
    if any(
        a.lower_ == "for" and b.lemma_ == "call" for a, b in zip(chain[1:], chain[2:], strict=False)
    ):
        return "hypothetical"  # "the minister called for talks between Russia and Ukraine"
    if _conditional(chain):
        return "hypothetical"  # "If the ceasefire holds, officials would hold talks"
    if modals - {"would", "can"} or ("if" in lowers) or (words & c.hypothetical_cues):
        if not (
            words
            & {"scheduled", "schedule", "set", "due", "slate", "slated", "confirm", "confirmed"}
        ):
            return "hypothetical"
    if "would" in lowers and not _reported(trigger):
        return "hypothetical"
    if "would" in lowers and not lowers & {"have", "'ve"}:
        return "planned"  # reported: "said Marsk would visit Peru for a two-day stay"

    # "talks resumed in Doha": a resumption told in the past tense has happened.
    resumed = {t.lemma_.lower() for t in chain if t.tag_ == "VBD"} & cues().resume_verbs
    if _has_future_marker(chain, modifiers) or (words - resumed) & c.planned_cues:
        return "planned"
    if _headline_infinitive(trigger):
        return "planned"

    if _future_time_clause(trigger) or _arranged(chain):
        return "planned"
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    aux = [m for m in modifiers if m.dep_ in ("aux", "auxpass")]
    if any(t.tag_ == "VBG" for t in verbs[:1]) and any(
        a.lemma_ == "be" and a.tag_ in ("VBP", "VBZ") for a in aux
    ):
        return "occurred"  # "are holding talks": ongoing, which the contract files as occurred
    if any(t.tag_ in _PAST_TAGS for t in verbs) or any(a.tag_ in _PAST_TAGS for a in aux):
        return "occurred"
    if words & c.ongoing_cues:
        return "ongoing"
    present = verbs and (
        verbs[0].tag_ in ("VBZ", "VBP")
        or (verbs[0].tag_ == "VB" and not any(c.dep_ == "aux" for c in verbs[0].children))
    )
    if present and _headline(trigger.sent):
        return "occurred"  # headline present: "Ruto Meets With Somalia President"
    if is_heading(trigger.sent) and _headline_light_verb(trigger, c.light_verbs):
        return "occurred"  # title case the tagger misreads: "President Holds Phone Talks With X"
    if _prospect(trigger):
        return "planned"
    root = trigger.sent.root
    if root.tag_ in _PAST_TAGS:
        return "occurred"
    if root.tag_ in ("VBZ", "VBP", "MD") and _words([root, *root.children]) & (
        _FUTURE_AUX | c.planned_cues
    ):
        return "planned"
    sentence = trigger.sent
    if (
        sentence.start == 0
        and is_heading(sentence)
        and not any(t.pos_ in ("VERB", "AUX") for t in sentence)
    ):
        # A readout's title: "Japan-Viet Nam Foreign Ministers' Meeting"; not a subheading
        # inside a story ("Ahead of the Trump-Putin Summit"), which names what it is about.
        return "occurred"
    if (
        len(chain) >= 3
        and chain[1].lower_ in ("for", "on")
        and chain[2].lemma_ == "be"
        and chain[2].tag_ in ("VBZ", "VBP")
    ):
        return "ongoing"  # "is in Rwanda for a two-day visit", "is on a three-day visit to X"
    tags = {t.tag_ for t in trigger.sent}
    if trigger.dep_ == "ROOT" and "VBD" in tags and not tags & {"MD", "VBZ", "VBP"}:
        return "occurred"  # "The talks, chaired by X, involved Iran": the verb the parser lost
    return "occurred" if trigger.pos_ in ("VERB",) else "planned"


@rule(
    "Foreign Minister Teo Vaskin of Kenya spoke with Foreign Minister Ada Njeri of Portugal on "
    "Monday. They noted that the meeting between President Arlo Venn of Kenya and President Ulla "
    "Marsk of Portugal is an opportunity to deepen the alliance.",
    [
        "call occurred: Teo Vaskin + Ada Njeri 2025-03-10",
        "meeting planned: Arlo Venn + Ulla Marsk",
    ],
    counter=(
        "Foreign Minister Teo Vaskin of Kenya spoke with Foreign Minister Ada Njeri of Portugal "
        "on Monday. They noted that the meeting between President Arlo Venn of Kenya and "
        "President Ulla Marsk of Portugal was an opportunity to deepen the alliance.",
        [
            "call occurred: Teo Vaskin + Ada Njeri 2025-03-10",
            "meeting occurred: Arlo Venn + Ulla Marsk",
        ],
    ),
)
def _prospect(trigger: Token) -> bool:
    """ "They noted that the meeting between Venn and Marsk is an opportunity to deepen the
    alliance": an encounter the subject of a present "is" a chance (`prospect_nouns`) is still
    to come, whatever tense the reporting verb has; "was an opportunity" tells one held, and
    "this meeting is an opportunity", said at it, is left to the other cues."""
    verb = trigger.head
    if (
        trigger.dep_ != "nsubj"
        or verb.lemma_ != "be"
        or verb.tag_ not in ("VBZ", "VBP")
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)
    ):
        return False
    return any(c.dep_ == "attr" and c.lemma_ in cues().prospect_nouns for c in verb.children)


@rule(
    "Vice President Ulla Marsk of Norlandia met today with President Teo Vaskin of Norway in "
    "Lisbon ahead of President Vaskin's meeting with President Arlo Venn of Norlandia.",
    [
        "meeting occurred: Ulla Marsk + Teo Vaskin @Lisbon 2025-03-12",
        "meeting planned: Teo Vaskin + Arlo Venn @Lisbon",
    ],
    counter=(
        "Vice President Ulla Marsk of Norlandia met today with President Teo Vaskin of Norway in "
        "Lisbon after President Vaskin's meeting with President Arlo Venn of Norlandia.",
        [
            "meeting occurred: Ulla Marsk + Teo Vaskin @Lisbon 2025-03-12",
            "meeting occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-12",
        ],
    ),
)
def _told_as_ahead(trigger: Token) -> bool:
    """An encounter of its own sides named as what something else came ahead of: "X met Y today
    ahead of Y's meeting with Z", "X spoke with Y before his talks with Z": still to come when
    that was; not "ahead of the summit" or "ahead of NATO's summit" (status_of leaves summits
    out), a gathering as a point in time."""
    while trigger.dep_ == "compound" and trigger.head.i != trigger.i:
        trigger = trigger.head
    prep = trigger.head
    own_sides = any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "with") for c in trigger.children
    )
    if trigger.dep_ != "pobj" or not own_sides:
        return False  # "ahead of the Brussels summit": a gathering as a point in time
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ == "advance" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in advance of"
    else:
        return prep.lower_ == "before" and prep.head.pos_ in ("VERB", "AUX")
    return prep.head.pos_ in ("VERB", "AUX")


@rule(
    "Prime Minister Teo Vaskin of Vostrelia refused to hold talks with President Arlo Venn of "
    "Norlandia.",
    [],
    counter=(
        "Prime Minister Teo Vaskin of Vostrelia held talks with President Arlo Venn of Norlandia "
        "in Lisbon on Monday.",
        ["talks occurred: Teo Vaskin + Arlo Venn @Lisbon 2025-03-10"],
    ),
)
def _denied(trigger: Token) -> bool:
    """The encounter is denied or refused further up: "denied that a meeting took place",
    "refused to hold talks", "there were no plans for Putin to meet Zelensky"."""
    current = trigger
    for _ in range(8):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in cues().denial_verbs:
            return True
        if current.lower_ in cues().plan_nouns and any(
            c.lower_ in ("no", "not") for c in current.children
        ):
            return True
    return False


@rule(
    "Norway and Peru will explore holding a ministerial meeting in 2026.",
    [],
    also=[
        ("Norway and Peru are considering a visit by President Arlo Venn of Norway to Lima.", []),
        ("President Arlo Venn of Norway is considering visiting Peru.", []),
    ],
    counter=(
        "Norway and Peru will hold a ministerial meeting in Lima in May to explore new markets.",
        ["meeting planned: Norway + Peru @Lima 2025-05-01"],
    ),
)
def _weighed(trigger: Token) -> bool:
    """An encounter only weighed (`weighing_words`): "will explore holding a meeting", "are
    considering a visit", "is considering visiting Peru". No one has agreed to it, so it is no
    encounter. A meeting held to explore something is one; a conditional offer ("would consider
    holding a summit if ...") and "discussed the prospect of a summit" stay hypothetical ones."""
    node = trigger
    if node.dep_ == "dobj" and node.head.lemma_.lower() in cues().happening_verbs:
        node = node.head  # "explore holding a meeting": what is weighed is the holding
    if node.dep_ not in ("dobj", "xcomp"):
        return False
    weigher = node.head  # "considering a visit", "explore holding"
    if any(c.dep_ in ("oprd", "acomp") for c in weigher.children):
        return False  # "considered the meeting a success": judged, not weighed
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in weigher.children):
        return False  # "Seoul would consider holding a summit if ...": an offer, hypothetical
    return weigher.lemma_.lower() in cues().weighing_words


@rule(
    "President Arlo Venn of Norlandia will no longer visit Portugal next week.",
    ["visit cancelled: Arlo Venn + Portugal @Portugal 2025-03-17"],
    counter=(
        "President Arlo Venn of Norlandia will visit Portugal next week.",
        ["visit planned: Arlo Venn + Portugal @Portugal 2025-03-17"],
    ),
)
def _no_longer(trigger: Token) -> bool:
    """ "Orban will no longer visit Washington", "will no longer attend the summit"."""
    doc = trigger.doc
    start = max(trigger.sent.start, trigger.i - 8)
    words = [t.lower_ for t in doc[start : trigger.i + 1]]
    return any(a == "no" and b == "longer" for a, b in zip(words, words[1:], strict=False))


@rule(
    "President Arlo Venn of Norlandia told Prime Minister Teo Vaskin of Vostrelia by phone "
    "that he would be unable to travel to Kessel to meet with him and other regional leaders.",
    ["call occurred: Arlo Venn + Teo Vaskin", "visit cancelled: Arlo Venn + Teo Vaskin"],
    also=[
        (
            "President Arlo Venn of Norlandia said he was unable to attend the summit in Kessel "
            "with President Mara Oduya of Kenya.",
            ["summit cancelled: Mara Oduya + Arlo Venn"],
        ),
    ],
    counter=(
        "President Arlo Venn of Norlandia said he was unable to comment on his meeting with "
        "President Mara Oduya of Kenya in Kessel on Monday.",
        ["meeting occurred: Mara Oduya + Arlo Venn 2025-03-10"],
    ),
)
def _unable(trigger: Token) -> bool:
    """ "would be unable to travel to Kessel to meet with him", "was unable to attend the
    summit": the trip or the meeting the speaker cannot make is called off, not held; but what
    he cannot do about an encounter ("unable to comment on his meeting") leaves it as told."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger  # "unable to attend the summit"
    while verb.dep_ == "advcl" and _is_infinitive(verb):
        verb = verb.head  # "unable to travel to Kessel to meet with him"
    return verb.dep_ == "xcomp" and verb.head.lower_ == "unable"


@rule(
    "If the ceasefire holds, Prime Minister Teo Vaskin of Vostrelia would hold talks with "
    "President Arlo Venn of Norlandia.",
    ["talks hypothetical: Teo Vaskin + Arlo Venn"],
)
def _conditional(chain) -> bool:
    """ "If the ceasefire holds, they would hold talks": a condition makes it a possibility."""
    return any(
        child.dep_ == "advcl"
        and any(m.lower_ in ("if", "unless") for m in child.children if m.dep_ == "mark")
        for verb in chain
        for child in verb.children
    )


def _has_future_marker(chain, modifiers) -> bool:
    lowers = {m.lower_ for m in modifiers if m.dep_ in ("aux", "auxpass")}
    if lowers & _FUTURE_AUX:
        return True
    # "is to meet", "are set to meet", "is going to visit"; but "went to Lima" went there
    for t in chain:
        if t is chain[0] and t.lemma_ == "go":
            continue
        if t.lemma_ in (
            "set",
            "schedule",
            "due",
            "slate",
            "expect",
            "plan",
            "go",
            "intend",
            "agree",
            "prepare",
            "poise",
        ) or looks_forward(t):
            return True
    return False


@rule(
    "Foreign Minister Ulla Marsk of Norlandia was to hold talks with Foreign Minister Mara "
    "Oduya of Kenya in Nairobi.",
    ["talks planned: Ulla Marsk + Mara Oduya @Nairobi"],
    counter=(
        "The plan was to hold talks between Foreign Minister Ulla Marsk of Norlandia and Foreign "
        "Minister Mara Oduya of Kenya in Nairobi.",
        ["talks occurred: Ulla Marsk + Mara Oduya @Nairobi"],
    ),
)
def _arranged(chain: list[Token]) -> bool:
    """ "X was to hold talks with Y", "she is to meet Y": "be" with a to-infinitive tells an
    arrangement, not what happened."""
    for verb in chain:
        head = verb.head
        if (
            verb.tag_ == "VB"
            and verb.dep_ in ("xcomp", "ccomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and head.lemma_ == "be"
            and any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "PRON") for c in head.children)
        ):
            return True
    return False


@rule(
    "Officials said Prime Minister Teo Vaskin of Vostrelia and President Arlo Venn of Norlandia "
    "would resume talks in Lisbon next week.",
    ["talks planned: Teo Vaskin + Arlo Venn @Lisbon 2025-03-17"],
    also=[
        (
            "The ministry said Foreign Minister Ulla Marsk of Norway would visit Peru for a "
            "two-day stay starting Wednesday.",
            ["visit planned: Ulla Marsk + Peru @Peru 2025-03-12"],
        ),
    ],
    counter=(
        "Officials said that if the ceasefire held, Foreign Minister Ulla Marsk of Norway would "
        "visit Peru.",
        ["visit hypothetical: Ulla Marsk + Peru @Peru"],
    ),
)
def _reported(trigger: Token) -> bool:
    """ "officials said the talks would resume Thursday": would = future in the past."""
    current = trigger
    while current.head.i != current.i:
        if current.head.lemma_.lower() in cues().speech_verbs:
            return True
        current = current.head
    return False


@rule(
    "Kenyan President Holds Phone Talks With Ghanaian Counterpart\n\nThe call lasted an hour.",
    ["call occurred: Kenyan President + Ghanaian Counterpart"],
)
def _headline_light_verb(trigger: Token, light_verbs) -> bool:
    """A present-tense light verb right before the trigger in a heading: "Holds Phone Talks"."""
    for token in trigger.sent:
        if token.i >= trigger.i:
            return False
        if token.lower_.endswith("s") and token.lower_[:-1] in light_verbs:
            return trigger.i - token.i <= 3
    return False


@rule(
    "Kenya and Ghana to hold talks in Lisbon\n\nThe two governments agreed on the date.",
    ["talks planned: Kenya + Ghana @Lisbon"],
)
def _headline_infinitive(trigger: Token) -> bool:
    """ "Zelensky and Trump to Meet ...": an infinitive with nothing governing it."""
    has_to = any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children)
    return has_to and (trigger.dep_ == "ROOT" or trigger.head.pos_ in ("PROPN", "NOUN"))
