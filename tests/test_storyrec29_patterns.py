"""Recall on multi-paragraph wire stories (storyrec29 session, issue 11): releases whose pattern
missed a word of another sense ("agents" released or freed are people, not a nerve agent). Every
text is written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import country_set, events_at
from newsevents.records import Event

PUB = dt.date(2011, 6, 14)  # a Tuesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- "agent": a person released, a weapon used ------------------------------------------------------


@pytest.mark.model
def test_intelligence_agents_released_are_people_freed(pipeline: Any) -> None:
    text = "In exchange, Washington released four Cuban intelligence agents held since 1998."
    freed = _at(pipeline, text, "released")
    assert freed and freed[0].event == "CONCEDE" and country_set(freed[0].actor) == {"USA"}


@pytest.mark.model
def test_a_contractor_released_is_a_person_freed(pipeline: Any) -> None:
    freed = _at(pipeline, "Iran released the American engineering contractor David Moore.", "released")
    assert freed and freed[0].event == "CONCEDE"


@pytest.mark.model
def test_a_nerve_agent_released_is_still_a_weapon(pipeline: Any) -> None:  # trap
    used = _at(pipeline, "Syrian forces released a nerve agent over the town.", "released")
    assert used and used[0].event == "ASSAULT"


@pytest.mark.model
def test_intelligence_agents_freed_are_people_freed(pipeline: Any) -> None:
    freed = _at(pipeline, "In return, Havana freed two American intelligence agents held since 2001.", "freed")
    assert freed and freed[0].event == "CONCEDE"
