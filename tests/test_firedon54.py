"""Crowds fired on (code/firedon.py, sentrec54): a state's forces firing on people who protest tell the
shooting and the crowd's protest, aimed at the state whose forces fired. Every text is written for this
test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.records import Event


def _protests(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event == "PROTEST"]


def test_troops_opening_fire_on_demonstrators_tell_their_protest_against_the_state(pipeline: Any) -> None:
    events = code_on(pipeline, "Moldovan troops fired on thousands of demonstrators in Balti on Friday.")
    assert [e.event for e in events if e.event == "ASSAULT"] == ["ASSAULT"]
    (protest,) = _protests(events)
    assert protest.cameo == "141"
    assert protest.event_text == "demonstrators"
    assert [(a.country, a.sector) for a in protest.actor] == [("MDA", "CVL")]
    assert [(a.country, a.sector) for a in protest.recipient] == [("MDA", "GOV")]
    shooting = next(e for e in events if e.event == "ASSAULT")
    assert protest.date == shooting.date
    assert protest.event_loc == shooting.event_loc


def test_tear_gas_fired_at_crowds_of_marchers_is_a_firing_too(pipeline: Any) -> None:
    events = code_on(pipeline, "Police in Dhaka fired tear gas at crowds of marchers on Monday.")
    (protest,) = _protests(events)
    assert protest.event_text == "marchers"
    assert {a.country for a in protest.recipient} == {"BGD"}


def test_the_protest_is_aimed_at_the_state_that_fired_not_the_crowds_country(pipeline: Any) -> None:
    events = code_on(pipeline, "Israeli soldiers fired on Palestinian protesters near Hebron on Tuesday.")
    (protest,) = _protests(events)
    assert {a.country for a in protest.actor} == {"PSE"}
    assert [(a.country, a.sector) for a in protest.recipient] == [("ISR", "GOV")]


def test_a_bare_crowd_fired_on_is_no_protest(pipeline: Any) -> None:
    # a crowd shot at need not be protesting
    assert _protests(code_on(pipeline, "Troops fired on crowds in the Bolivian capital on Friday.")) == []


def test_troops_opening_fire_on_protesters_tell_the_shooting_only(pipeline: Any) -> None:
    # the onset of a shooting: the writers code the killing, the crowd's protest is left to them
    events = code_on(pipeline, "Guinean soldiers opened fire on a crowd of demonstrators in Labe on Thursday.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_a_protest_the_sentence_tells_itself_is_not_told_again(pipeline: Any) -> None:
    events = code_on(pipeline, "Protesters stormed the parliament in Quito and police fired on the protesters.")
    assert len(_protests(events)) == 1
    assert _protests(events)[0].event_text == "stormed"


def test_no_protest_where_the_doers_are_no_state_forces(pipeline: Any) -> None:
    # gunmen are no state's forces: the shooting is theirs, the protest is not read off it
    assert _protests(code_on(pipeline, "Unidentified gunmen fired on demonstrators in La Paz, killing four.")) == []


def test_no_protest_where_the_act_is_no_firing(pipeline: Any) -> None:
    # the police arrested protesters: an arrest, no firing (the mechanism reads firings only)
    events = code_on(pipeline, "Chilean police arrested dozens of protesters in Valparaiso on Sunday.")
    assert _protests(events) == []
