"""Short articles written for these tests (none from a gold set): an act told again in a later
sentence is one event with two mentions; a second act of the same kind stays its own event."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event

pytestmark = pytest.mark.model

PUB = dt.date(2024, 3, 6)  # a Wednesday


def _of(pipeline: Any, text: str, cameo_root: str) -> list[Event]:
    return [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith(cameo_root)]


def test_the_detail_paragraph_tells_the_detention_of_the_lead_again(pipeline: Any) -> None:
    text = (
        "Zambian soldiers detained opposition leader Hakainde Hichilema on Monday. "
        "The army said Hichilema was being held at a barracks outside the capital."
    )
    (one,) = _of(pipeline, text, "173")
    assert [m[0] for m in one.mentions] == [0, 1]
    assert one.date == "2024-03-04" and one.date_precision == "day"  # the lead's date


def test_crowds_trying_to_storm_the_parliament_retell_the_storming(pipeline: Any) -> None:
    text = (
        "Protesters stormed the parliament building in Bishkek on Monday. "
        "Police fired tear gas at crowds trying to storm the parliament building."
    )
    storms = [e for e in code_events(pipeline, text, PUB) if e.event == "PROTEST"]
    assert len(storms) == 1 and [m[0] for m in storms[0].mentions] == [0, 1]


@pytest.mark.parametrize(
    "second",
    [
        "Kenyan police also arrested 12 protesters in Nairobi.",  # told as a second act
        "Kenyan police arrested 12 protesters in Nairobi on Tuesday.",  # another day
    ],
)
def test_a_second_round_of_arrests_stays_its_own_event(pipeline: Any, second: str) -> None:
    text = f"Kenyan police arrested 40 protesters in Nairobi on Monday. Hundreds of people marched. {second}"
    arrests = _of(pipeline, text, "173")
    assert sorted(e.sentence_index for e in arrests) == [0, 2]


def test_a_coup_told_in_steps_keeps_its_steps(pipeline: Any) -> None:
    text = "Thai troops seized power in Bangkok on Thursday. Thai soldiers detained Prime Minister Srettha Thavisin."
    coups = [e for e in code_events(pipeline, text, PUB) if e.event == "COERCE"]
    assert sorted((e.sentence_index, e.cameo) for e in coups) == [(0, "170"), (1, "173")]


def test_a_strike_the_answer_and_the_next_day_s_strike_are_three_events(pipeline: Any) -> None:
    text = (
        "Israeli jets bombed Gaza City on Tuesday, Palestinian officials said. "
        "Hamas fighters fired rockets at Israel in response. "
        "Israeli jets bombed Gaza City again on Wednesday."
    )
    attacks = [e for e in code_events(pipeline, text, PUB) if e.event == "ASSAULT"]
    assert sorted(e.sentence_index for e in attacks) == [0, 1, 2]
    assert all(len(e.mentions) == 1 for e in attacks)
