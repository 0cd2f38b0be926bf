"""Wrong event types (issue 11, type53): talks, a meeting or a summit halted, called off or cancelled
(CAMEO 164, 165) are a rejection (REJECT), and are aimed at the other party of the talks, not at the
place where they were to be held; on sentences written for the project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _halt(pipeline: Any, text: str) -> Any:
    halts = [e for e in _code(pipeline, text) if e.cameo in {"164", "165"}]
    assert len(halts) == 1, [(e.event, e.cameo, e.event_text) for e in _code(pipeline, text)]
    return halts[0]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow broke off the arms talks with Washington on Tuesday.",
        "The Ecuadorean government suspended its negotiations with the striking teachers on Monday.",
        "Seoul called off a planned summit with Tokyo after the dispute over the islands.",
    ],
)
def test_talks_halted_are_a_rejection(pipeline: Any, text: str) -> None:
    assert _halt(pipeline, text).event == "REJECT"


def test_the_venue_of_a_meeting_called_off_is_no_party(pipeline: Any) -> None:
    halt = _halt(
        pipeline,
        "The Indian foreign minister cancelled a planned meeting with his Chinese counterpart in Vientiane, "
        "angered by a statement on the border.",
    )
    assert {r.country for r in halt.recipient} == {"CHN"}


def test_talks_halted_are_aimed_at_the_other_party_of_the_talks_told_before(pipeline: Any) -> None:
    text = (
        "Ethiopian and Egyptian negotiators held talks in Cairo on Monday over the Nile dam. "
        "Ethiopia suspended the negotiations on Friday."
    )
    halt = _halt(pipeline, text)
    assert {r.country for r in halt.recipient} == {"EGY"}


def test_a_summit_called_off_is_not_aimed_at_the_people_of_its_place(pipeline: Any) -> None:
    text = "The two leaders met at a lakeside hotel in Montreux in March, and Washington called off the summit in June."
    halt = _halt(pipeline, text)
    assert "CHE" not in {r.country for r in halt.recipient}


# a deployment whose own object lists relief brings aid (073), not a deployment (154); a word of relief
# that only names another thing ("a supply ship") leaves the deployment as it is


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand sent a frigate and relief supplies to Samoa after the tsunami.",
        "Chile dispatched two warships and medicine to Haiti.",
        "Spain is sending soldiers, rescue teams and medicine to Morocco after the earthquake.",
    ],
)
def test_a_deployment_that_carries_relief_is_aid(pipeline: Any, text: str) -> None:
    types = {e.event for e in _code(pipeline, text)}
    assert "AID" in types
    assert "MOBILIZE" not in types


def test_a_supply_ship_sent_with_warships_stays_a_deployment(pipeline: Any) -> None:
    types = {e.event for e in _code(pipeline, "Denmark would send two frigates and a supply ship to the Gulf.")}
    assert "MOBILIZE" in types
    assert "AID" not in types
