"""The day of a past act with no date of its own (dates36 session, when/newsday.py): the one day its
sentence names in the clause that holds it, else the day the story's lead tells (at most a week
before publication). Every text is written for this test (none is taken from a gold or blind set);
traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import events_at
from newsevents.records import Event

PUB = dt.date(1997, 3, 12)  # a Wednesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- the sentence's day ------------------------------------------------------------------------------


@pytest.mark.model
def test_an_act_in_a_relative_clause_of_a_dated_clause_takes_its_day(pipeline: Any) -> None:
    text = (
        "Riot police fired water cannon on Tuesday at hundreds of students who blocked the main road to the parliament."
    )
    blocked = _at(pipeline, text, "blocked")
    assert blocked and blocked[0].date == "1997-03-11" and blocked[0].date_precision == "day"
    marched = _at(
        pipeline, "Police fired tear gas on Friday at thousands of farmers who marched on the parliament.", "marched"
    )
    assert marched and marched[0].date == "1997-03-07"


@pytest.mark.model
def test_a_day_of_another_clause_is_not_the_acts(pipeline: Any) -> None:  # trap
    text = "Ms Okafor, who met the rebel commanders on March 3, accused the army of torturing prisoners."
    accused = _at(pipeline, text, "accused")
    assert accused and accused[0].date == "1997-03-12" and accused[0].date_precision == "publication"
    accused = _at(pipeline, "The general, who resigned on March 3, accused the president of treason.", "accused")
    assert accused and accused[0].date_precision == "publication"


@pytest.mark.model
def test_a_count_of_days_keeps_its_own_day(pipeline: Any) -> None:  # trap: "two days after", not the clause's day
    text = "The union suspended the talks on Saturday, two days after the army arrested its leader."
    arrested = _at(pipeline, text, "arrested")
    assert arrested and arrested[0].date == "1997-03-06"


@pytest.mark.model
def test_an_infinitive_describing_a_noun_has_no_day_of_the_clause(pipeline: Any) -> None:  # trap
    text = "Costa Rica, the first country to recognise the new republic, opened an embassy in its capital on Monday."
    for ev in _at(pipeline, text, "recognise"):
        assert ev.date != "1997-03-10"


# --- the story's day, told in its lead -----------------------------------------------------------------

VOTE = "Voters in Moldavia narrowly rejected a new constitution in a referendum on {day}. "
MARCH = "The opposition leader led a protest march through the capital, accusing the government of fraud."


@pytest.mark.model
def test_a_later_act_with_no_date_takes_the_day_the_lead_tells(pipeline: Any) -> None:
    led = _at(pipeline, VOTE.format(day="Tuesday") + MARCH, "led")
    assert led and led[0].date == "1997-03-11" and led[0].date_precision == "day"
    assert any("the story's day" in r for r in led[0].reasons)


@pytest.mark.model
def test_the_lead_may_tell_the_day_after_the_act(pipeline: Any) -> None:
    text = "Voters in Moldavia have narrowly rejected a new constitution. The count on Tuesday gave the No side a win."
    rejected = _at(pipeline, text, "rejected")
    assert rejected and rejected[0].date == "1997-03-11"


@pytest.mark.model
def test_an_old_day_in_the_lead_is_background(pipeline: Any) -> None:  # trap: more than a week before publication
    led = _at(pipeline, VOTE.format(day="March 1") + MARCH, "led")
    assert led and led[0].date == "1997-03-12" and led[0].date_precision == "publication"


@pytest.mark.model
def test_a_lead_on_the_publication_day_leaves_the_default(pipeline: Any) -> None:  # trap: no more sure than before
    led = _at(pipeline, VOTE.format(day="Wednesday") + MARCH, "led")
    assert led and led[0].date == "1997-03-12" and led[0].date_precision == "publication"


@pytest.mark.model
def test_a_planned_act_does_not_take_the_lead_day(pipeline: Any) -> None:  # trap
    text = VOTE.format(day="Sunday") + "The opposition leader will lead a protest march through the capital."
    for ev in _at(pipeline, text, "lead"):
        assert ev.date != "1997-03-09"


@pytest.mark.model
def test_a_night_in_the_lead_runs_into_the_story_day(pipeline: Any) -> None:  # trap: the reactions are the next day's
    text = "Soldiers seized the radio station on Sunday night. Opposition leaders accused the army of a coup."
    accused = _at(pipeline, text, "accused")
    assert accused and accused[0].date == "1997-03-12" and accused[0].date_precision == "publication"
