"""Dates of acts whose day the parser hung elsewhere in their sentence (dates38 session): a restrictive
relative clause on the act's object told at the sentence's end (when/newsday._same_occasion), a date
hung under a count of time units ("72 hours on Tuesday", when/naming._duration) and a weekday before a
noun that situates the act ("during Friday prayers"). Every text is written for this test (none is
taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import events_at
from newsevents.records import Event

PUB = dt.date(1997, 3, 12)  # a Wednesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- a relative clause on the act's object, with the sentence's day -----------------------------------


@pytest.mark.model
def test_an_act_on_those_who_did_something_that_day_takes_the_day(pipeline: Any) -> None:
    text = "Soldiers fired rubber bullets at hundreds of miners who blocked the highway to the port on Tuesday."
    fired = _at(pipeline, text, "fired")
    assert fired and fired[0].date == "1997-03-11" and fired[0].date_precision == "day"
    text = "Troops arrested dozens of farmers who occupied the ministry of agriculture on Monday."
    arrested = _at(pipeline, text, "arrested")
    assert arrested and arrested[0].date == "1997-03-10"


@pytest.mark.model
def test_a_relative_clause_set_off_by_a_comma_is_an_aside(pipeline: Any) -> None:  # trap
    text = "Police arrested the union leader, who organised a strike at the port on Monday."
    for ev in _at(pipeline, text, "arrested"):
        assert ev.date_precision == "publication"


@pytest.mark.model
def test_a_past_perfect_relative_clause_tells_an_earlier_time(pipeline: Any) -> None:  # trap
    text = "Police beat students who had marched through the capital on Friday."
    beat = _at(pipeline, text, "beat")
    assert beat and beat[0].date != "1997-03-07"


@pytest.mark.model
def test_a_judgement_of_those_who_acted_is_not_dated_by_their_act(pipeline: Any) -> None:  # trap
    text = "The minister condemned the rebels who attacked the convoy on Monday."
    for ev in _at(pipeline, text, "condemned"):
        assert ev.date != "1997-03-10"


# --- a date hung under a count of time units ----------------------------------------------------------


@pytest.mark.model
def test_a_date_under_a_count_of_hours_is_the_acts(pipeline: Any) -> None:
    text = "The president gave the rebels 72 hours on Tuesday to lay down their arms or face an offensive."
    gave = _at(pipeline, text, "gave")
    assert gave and gave[0].date == "1997-03-11" and gave[0].date_precision == "day"


# --- a weekday before a noun that situates the act ----------------------------------------------------


@pytest.mark.model
def test_a_weekday_before_a_situating_noun_is_the_acts_day(pipeline: Any) -> None:
    killed = _at(pipeline, "A gunman killed eleven people at a church during Sunday services.", "killed")
    assert killed and killed[0].date == "1997-03-09" and killed[0].date_precision == "day"


@pytest.mark.model
def test_a_weekday_naming_a_thing_is_not_the_acts_day(pipeline: Any) -> None:  # trap
    text = "The opposition rejected the results of Sunday elections in a statement."
    for ev in _at(pipeline, text, "rejected"):
        assert ev.date != "1997-03-09"


# --- the day of a verb of saying, hung by the parser in the clause it reports ---------------------------


@pytest.mark.model
def test_a_planned_act_said_on_a_day_takes_the_day_of_the_saying(pipeline: Any) -> None:
    text = "The foreign ministry said on Monday it would recognise the breakaway republic as an independent state."
    recognise = _at(pipeline, text, "recognise")
    assert recognise and recognise[0].date == "1997-03-10" and recognise[0].date_precision == "day"


@pytest.mark.model
def test_a_day_inside_the_reported_clause_is_the_planned_acts(pipeline: Any) -> None:  # trap
    text = "The foreign ministry said it would recognise the breakaway republic as an independent state on Monday."
    for ev in _at(pipeline, text, "recognise"):
        assert ev.date != "1997-03-10"


# --- dates that name a thing: before a noun, or measuring a span from "since" --------------------------


@pytest.mark.model
def test_a_date_before_a_noun_names_it(pipeline: Any) -> None:
    text = "Police arrested the suspected June 14 bomber in the port city on Saturday."
    arrested = _at(pipeline, text, "arrested")
    assert arrested and arrested[0].date == "1997-03-08"
    text = "Security agents captured the alleged planner of the Aug. 7 bombings in a raid on Saturday."
    captured = _at(pipeline, text, "captured")
    assert captured and captured[0].date == "1997-03-08"


@pytest.mark.model
def test_a_date_after_a_preposition_is_no_modifier_of_the_noun_after_it(pipeline: Any) -> None:  # trap
    text = (
        "The army answered two days later with air strikes on the camps, "
        "and on Dec. 3 militia supporters stormed the compound of the embassy."
    )
    stormed = _at(pipeline, text, "stormed")
    assert stormed and stormed[0].date == "1996-12-03"


@pytest.mark.model
def test_a_planned_act_on_a_dated_thing_takes_its_date(pipeline: Any) -> None:  # trap
    text = "The opposition leader said his party would boycott the March 30 parliamentary election."
    boycott = _at(pipeline, text, "boycott")
    assert boycott and boycott[0].date == "1997-03-30"


@pytest.mark.model
def test_a_date_deep_in_a_since_phrase_measures_a_span(pipeline: Any) -> None:
    text = "The two presidents met in Geneva for their first talks since the end of the border war in 1962."
    met = _at(pipeline, text, "met")
    assert met and met[0].date != "1962"
    text = "The rebels attacked the garrison in the worst fighting since the start of the uprising in 2011."
    attacked = _at(pipeline, text, "attacked")
    assert attacked and attacked[0].date != "2011"


@pytest.mark.model
def test_a_since_phrase_of_the_act_keeps_its_start(pipeline: Any) -> None:  # trap: no first, no superlative
    besieged = _at(pipeline, "Rebels have besieged the airport since March 3.", "besieged")
    assert besieged and besieged[0].date == "1997-03-03"


# --- a simple past coordinated with a past perfect keeps the sentence's day -----------------------------


@pytest.mark.model
def test_a_simple_past_after_a_past_perfect_does_not_share_its_had(pipeline: Any) -> None:
    text = (
        "The three presidents declared on Sunday that the old federation had ceased to exist "
        "and agreed to form a new economic union."
    )
    agreed = _at(pipeline, text, "agreed")
    assert agreed and agreed[0].date == "1997-03-09" and agreed[0].date_precision == "day"
