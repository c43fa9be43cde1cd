"""The contract: the exported JSON Schema stays in step with the Pydantic model."""

import json

import pytest
from pydantic import ValidationError

from diplo_extract.schema import Event
from tests.conftest import ROOT


def test_exported_schema_matches_the_model():
    exported = json.loads((ROOT / "examples" / "event.schema.json").read_text(encoding="utf-8"))
    assert exported == Event.model_json_schema(), (
        "examples/event.schema.json is stale: regenerate it with "
        "`diplo schema > examples/event.schema.json` and review the diff"
    )


def _minimal(**changes):
    record = {
        "event_id": "x",
        "doc_id": "d",
        "type": "meeting",
        "status": "occurred",
        "participants": [{"name": "A", "kind": "country", "country": "USA", "mention": "A"}],
        "codes": {"cameo": "040"},
        "confidence": 0.5,
        "mentions": 1,
        "evidence": [{"text": "t", "start": 0, "end": 1}],
    }
    record.update(changes)
    return record


def test_a_minimal_record_validates():
    event = Event.model_validate(_minimal())
    assert event.schema_version == "1.0"
    assert list(json.loads(event.model_dump_json()))[:4] == [
        "schema_version",
        "event_id",
        "doc_id",
        "source",
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"type": "invitation"},
        {"status": "done"},
        {"participants": []},
        {"participants": [{"name": "A", "kind": "country", "country": "usa", "mention": "A"}]},
        {"confidence": 1.5},
        {"evidence": []},
        {"codes": {"cameo": "36"}},
        {"unexpected": 1},
    ],
)
def test_records_outside_the_contract_are_rejected(changes):
    with pytest.raises(ValidationError):
        Event.model_validate(_minimal(**changes))


def test_records_of_one_article_never_share_an_id():
    """The id hashes sides, type and first sentence; a visit told with the roles each way round
    has all three in common, and still gets an id of its own (cluster reads ids as reports)."""
    from diplo_extract.assemble import _with_unique_id

    given: set[str] = set()
    event = Event.model_validate(_minimal(event_id="0123456789abcdef"))
    ids = [_with_unique_id(event, given).event_id for _ in range(3)]
    assert ids[0] == "0123456789abcdef"
    assert len(set(ids)) == 3
    again: set[str] = set()
    assert [_with_unique_id(event, again).event_id for _ in range(3)] == ids
