"""Settlements evacuated (issue 11, plover59): a state evacuating its settlements, settlers, outposts or colonies
from land it holds withdraws from that land (0874, RETREAT), where the bare verb "evacuate" reads a rescue (073,
AID). Counted in PLOVER dev's and rounds 26-71's false events: no gold set codes such an evacuation as aid (see
docs/verb-frames.md, "PLOVER dev's misses and false events by cause, plover59"). People evacuated from danger
stay aid. Each test codes sentences written for it (none taken from a gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Morocco began evacuating Moroccan settlers from the disputed zone on Tuesday.",
        "Under the peace plan, Armenia will evacuate all 12 settlements in the corridor by March.",
        "Serbia evacuated its last outposts in the valley on Sunday.",
    ],
)
def test_settlements_evacuated_are_a_withdrawal(pipeline: Any, text: str) -> None:
    coded = _coded(pipeline, text)
    assert ("RETREAT", "0874") in coded
    assert not any(event == "AID" for event, _ in coded)


def test_people_evacuated_from_danger_stay_aid(pipeline: Any) -> None:
    coded = _coded(pipeline, "Italian helicopters evacuated hundreds of villagers from the flooded valley.")
    assert not any(event == "RETREAT" for event, _ in coded)


def test_own_settlers_are_no_recipient_the_place_left_is(pipeline: Any) -> None:
    events = [e for e in _code(pipeline, "Indonesia began evacuating Indonesian settlers from East Timor on Friday.")]
    retreat = next(e for e in events if e.cameo == "0874")
    assert {r.country for r in retreat.recipient} == {"TLS"}


def test_settlers_of_another_state_freed_stay_the_recipient(pipeline: Any) -> None:
    events = _code(pipeline, "Hamas freed two Israeli settlers on Monday.")
    assert any("ISR" in {r.country for r in e.recipient} for e in events)
