"""Recall on multi-paragraph wire stories (storyrec29 session, issue 11): acts whose pattern missed
a word of another sense ("agents" released are people), a phrasal variant ("threw open the border"),
a measure put off ("postponed the tariffs"), and the people of a capital ("Muscovites"). Every text
is written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.records import Event

PUB = dt.date(2011, 6, 14)  # a Tuesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return [e for e in code_events(pipeline, text, PUB) if e.event_text == trigger]


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


# --- a border thrown open; a sanction put off ------------------------------------


@pytest.mark.model
def test_a_border_thrown_open_is_a_concession(pipeline: Any) -> None:
    opened = _at(pipeline, "Hungary threw open its border with Austria on Sunday.", "threw")
    assert opened and opened[0].event == "CONCEDE" and country_set(opened[0].actor) == {"HUN"}


@pytest.mark.model
def test_tariffs_put_off_are_a_sanction_eased(pipeline: Any) -> None:
    text = "The European Union on Monday postponed its threatened tariffs on Brazilian steel for 60 days."
    eased = _at(pipeline, text, "postponed")
    assert eased and eased[0].event == "CONCEDE"


@pytest.mark.model
def test_countermeasures_put_on_hold_are_a_sanction_eased(pipeline: Any) -> None:
    eased = _at(pipeline, "Ottawa put its own retaliatory tariffs on hold.", "put")
    assert eased and eased[0].event == "CONCEDE" and country_set(eased[0].actor) == {"CAN"}


@pytest.mark.model
def test_a_vote_put_off_is_no_event(pipeline: Any) -> None:  # trap
    assert not _at(pipeline, "The committee postponed the vote until Friday.", "postponed")


# --- the people of a capital, named by the city -----------------------------------------------------


@pytest.mark.model
def test_a_crowd_of_muscovites_is_russian(pipeline: Any) -> None:
    text = "Tens of thousands of Muscovites rallied outside the city hall on Saturday."
    rallied = _at(pipeline, text, "rallied")
    assert rallied and rallied[0].event == "PROTEST" and country_set(rallied[0].actor) == {"RUS"}
