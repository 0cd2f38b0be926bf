"""Wrong event types (issue 11, types45): control taken, seized or regained over a body, a firm or a building is
coercion (170, COERCE), as control seized with nothing named already was; control of a town, a named place or a
site an army holds stays an occupation (192, ASSAULT). On sentences written for the project (never gold
sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Mutinous officers took control of the state broadcaster in Lome on Tuesday.",
        "The central government seized control of the provincial police force last week.",
        "Separatist fighters seized control of the regional parliament in Tskhinvali.",
        "Riot police regained control of the occupied ministry late on Sunday.",
    ],
)
def test_control_taken_is_coercion(pipeline: Any, text: str) -> None:
    events = [e for e in _code(pipeline, text) if e.cameo_root in {"17", "19"}]
    assert events, text
    assert {e.event for e in events} == {"COERCE"}, [(e.event, e.cameo, e.event_text) for e in events]
    assert any("done to a control" in r for e in events for r in e.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters seized control of the town of Bunia on Friday.",
        "Government troops took control of the airport after a week of fighting.",
        "Rebels took control of Kindu on Monday.",
    ],
)
def test_control_of_a_place_held_stays_an_occupation(pipeline: Any, text: str) -> None:
    types = {e.event for e in _code(pipeline, text)}
    assert "ASSAULT" in types, text
    assert "COERCE" not in types
