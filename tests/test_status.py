"""Status from tense, aspect, modality and cues, on hand-built parses."""

import pytest

from diplo_extract.rules.status import (
    FUTURE_STATES,
    PAST_STATES,
    STATUS_PRIORITY,
    marked_status,
    status_of,
    stronger_status,
)
from tests.docs import parsed

CASES = [
    # Putin will meet Xi
    (
        """Putin NNP PROPN Putin nsubj 2
        will MD AUX will aux 2
        meet VB VERB meet ROOT 2
        Xi NNP PROPN Xi dobj 2""",
        2,
        "meeting",
        "planned",
    ),
    # Putin met Xi
    (
        """Putin NNP PROPN Putin nsubj 1
        met VBD VERB meet ROOT 1
        Xi NNP PROPN Xi dobj 1""",
        1,
        "meeting",
        "occurred",
    ),
    # Putin will not meet Xi
    (
        """Putin NNP PROPN Putin nsubj 3
        will MD AUX will aux 3
        not RB PART not neg 3
        meet VB VERB meet ROOT 3
        Xi NNP PROPN Xi dobj 3""",
        3,
        "meeting",
        None,
    ),
    # Putin could meet Xi
    (
        """Putin NNP PROPN Putin nsubj 2
        could MD AUX could aux 2
        meet VB VERB meet ROOT 2
        Xi NNP PROPN Xi dobj 2""",
        2,
        "meeting",
        "hypothetical",
    ),
    # Putin is set to meet Xi
    (
        """Putin NNP PROPN Putin nsubjpass 2
        is VBZ AUX be auxpass 2
        set VBN VERB set ROOT 2
        to TO PART to aux 4
        meet VB VERB meet xcomp 2
        Xi NNP PROPN Xi dobj 4""",
        4,
        "meeting",
        "planned",
    ),
    # The summit was cancelled
    (
        """The DT DET the det 1
        summit NN NOUN summit nsubjpass 3
        was VBD AUX be auxpass 3
        cancelled VBN VERB cancel ROOT 3""",
        1,
        "summit",
        "cancelled",
    ),
    # The summit was postponed
    (
        """The DT DET the det 1
        summit NN NOUN summit nsubjpass 3
        was VBD AUX be auxpass 3
        postponed VBN VERB postpone ROOT 3""",
        1,
        "summit",
        "postponed",
    ),
    # Ankara invited Trump
    (
        """Ankara NNP PROPN Ankara nsubj 1
        invited VBD VERB invite ROOT 1
        Trump NNP PROPN Trump dobj 1""",
        1,
        "visit",
        "invited",
    ),
    # the leaders are holding talks
    (
        """the DT DET the det 1
        leaders NNS NOUN leader nsubj 3
        are VBP AUX be aux 3
        holding VBG VERB hold ROOT 3
        talks NNS NOUN talk dobj 3""",
        4,
        "talks",
        "occurred",
    ),
    # Zelensky to meet Trump (headline)
    (
        """Zelensky NNP PROPN Zelensky nsubj 2
        to TO PART to aux 2
        meet VB VERB meet ROOT 2
        Trump NNP PROPN Trump dobj 2""",
        2,
        "meeting",
        "planned",
    ),
    # the upcoming summit
    (
        """the DT DET the det 2
        upcoming JJ ADJ upcoming amod 2
        summit NN NOUN summit ROOT 2""",
        2,
        "summit",
        "planned",
    ),
    # leaders should hold talks
    (
        """leaders NNS NOUN leader nsubj 2
        should MD AUX should aux 2
        hold VB VERB hold ROOT 2
        talks NNS NOUN talk dobj 2""",
        3,
        "talks",
        "hypothetical",
    ),
    # Venn put off a trip: the particle makes the cue ("put_off")
    (
        """Venn NNP PROPN Venn nsubj 1
        put VBD VERB put ROOT 1
        off RP ADP off prt 1
        a DT DET a det 4
        trip NN NOUN trip dobj 1""",
        4,
        "visit",
        "postponed",
    ),
]


@pytest.mark.parametrize("rows, index, kind, expected", CASES)
def test_status_from_parse(rows, index, kind, expected):
    doc = parsed(rows)
    assert status_of(doc[index], kind) == expected


# Two mentions of one encounter that disagree: across sentences the later, more decided state
# wins; within one sentence a decided state beats the occurred of a trigger with no cue. Ties keep
# the first.
ORDER = [
    # a, b, stronger_status(a, b), marked_status(a, b)
    ("planned", "occurred", "occurred", "planned"),
    ("occurred", "planned", "occurred", "planned"),
    ("planned", "cancelled", "cancelled", "cancelled"),
    ("cancelled", "postponed", "cancelled", "cancelled"),
    ("invited", "planned", "planned", "planned"),
    ("hypothetical", "planned", "planned", "planned"),
    ("occurred", "hypothetical", "occurred", "occurred"),
    ("hypothetical", "occurred", "occurred", "occurred"),
    ("ongoing", "occurred", "ongoing", "ongoing"),
    ("occurred", "proposed", "occurred", "proposed"),
]


@pytest.mark.parametrize(("a", "b", "across", "within"), ORDER)
def test_status_order(a, b, across, within):
    assert stronger_status(a, b) == across
    assert marked_status(a, b) == within


def test_every_status_is_ordered():
    from diplo_extract.schema import Event

    statuses = set(Event.model_fields["status"].annotation.__args__)
    assert statuses == set(STATUS_PRIORITY)
    assert FUTURE_STATES | PAST_STATES | {"hypothetical"} == statuses
