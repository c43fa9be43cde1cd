"""A trigger's arguments on hand-built parses: the misparses the small model makes on real text."""

from diplo_extract.rules.arguments import _is_participant_path
from diplo_extract.rules.syntax import carriers
from tests.docs import parsed

# "Venn spoke with Vaskin to discuss the Minister's recent trip to Kenya", parsed as the small
# model parses it: "discuss" under "with", so the trip's "to Kenya" hangs below the call.
TRIP_UNDER_CALL = """Venn NNP PROPN Venn nsubj 1
    spoke VBD VERB speak ROOT 1
    with IN ADP with prep 1
    Vaskin NNP PROPN Vaskin nsubj 5
    to TO PART to aux 5
    discuss VB VERB discuss pcomp 2
    the DT DET the det 7
    Minister NNP PROPN Minister poss 10
    's POS PART 's case 7
    recent JJ ADJ recent amod 10
    trip NN NOUN trip dobj 5
    to IN ADP to prep 10
    Kenya NNP PROPN Kenya pobj 11"""

# "Venn spoke by phone to Vaskin"
CALL_TO = """Venn NNP PROPN Venn nsubj 1
    spoke VBD VERB speak ROOT 1
    by IN ADP by prep 1
    phone NN NOUN phone pobj 2
    to IN ADP to prep 1
    Vaskin NNP PROPN Vaskin pobj 4"""


def test_a_trip_destination_is_not_the_call_partner():
    doc = parsed(TRIP_UNDER_CALL)
    spoke = doc[1]
    assert _is_participant_path(doc[12], spoke, "call", carriers(spoke)) is None


def test_the_call_partner_after_to():
    doc = parsed(CALL_TO)
    spoke = doc[1]
    assert _is_participant_path(doc[5], spoke, "call", carriers(spoke)) == "object"
