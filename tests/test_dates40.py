"""Dates of acts told beside another dated act (dates40 session): the day of a verb of saying that the
parser hung in the clause it reports ("said on Monday they had ...", when/saying.saying_day) and the
acts coordinated with that verb (when/saying.saying_sibling); a clause counted from the one before it
that the parser read as its conjunct ("..., a day after police shot ...": frame/owndates
.counted_conjunct, when/offsets._counted_conjunct); a day told in the act's own clause before the day
of the verb that reports it. Every text is written for this test (none is taken from
a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import events_at
from newsevents.records import Event

PUB = dt.date(2011, 6, 9)  # a Thursday: Wednesday is 06-08, Tuesday 06-07, Monday 06-06


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- the day of a saying hung in the clause it reports, and what is coordinated with the saying ---------


@pytest.mark.model
def test_a_clause_coordinated_with_a_dated_saying_takes_its_day(pipeline: Any) -> None:
    text = "Police said on Tuesday they had detained the editor in Oslo, and Norway demanded her immediate release."
    demanded = _at(pipeline, text, "demanded")
    assert demanded and demanded[0].date == "2011-06-07" and demanded[0].date_precision == "day"
    text = "Tonga declared on Monday that it would never accept the junta, and Prime Minister Tavola blamed Wellington."
    blamed = _at(pipeline, text, "blamed")
    assert blamed and blamed[0].date == "2011-06-06"


@pytest.mark.model
def test_a_past_clause_hung_on_the_planned_act_a_saying_reports_takes_the_saying_day(pipeline: Any) -> None:
    text = (
        "Tonga said on Tuesday it would switch diplomatic recognition to Beijing, and Taipei cut ties with the kingdom."
    )
    cut = _at(pipeline, text, "cut")
    assert cut and cut[0].date == "2011-06-07"


@pytest.mark.model
def test_a_date_after_that_is_the_reported_act_not_the_saying(pipeline: Any) -> None:  # trap
    text = "The ministry said that on Monday rebels attacked the town, and the army sealed the border."
    for ev in _at(pipeline, text, "sealed"):
        assert ev.date != "2011-06-06"


@pytest.mark.model
def test_a_date_in_the_reported_subject_names_it_not_the_saying(pipeline: Any) -> None:  # trap
    text = "The premier said the 1994 border treaty had collapsed and ordered troops to the frontier."
    for ev in _at(pipeline, text, "ordered"):
        assert not (ev.date or "").startswith("1994")


# --- a clause counted from the clause before it, read by the parser as its conjunct -----------------------


@pytest.mark.model
def test_a_counted_clause_misread_as_a_conjunct_is_counted(pipeline: Any) -> None:
    monday = dt.date(2011, 6, 6)  # Sunday is 06-05
    text = (
        "Rioters threw stones at police in northern Marseille on Sunday, a day after an officer shot dead"
        " a teenage boy in the suburb."
    )
    shot = events_at(pipeline, text, "shot", monday)
    assert shot and shot[0].date == "2011-06-04"
    threw = events_at(pipeline, text, "threw", monday)
    assert threw and threw[0].date == "2011-06-05"
    text = (
        "The chancellor announced on Sunday that she would step down, a day after voters narrowly rejected her budget."
    )
    rejected = events_at(pipeline, text, "rejected", monday)
    assert rejected and rejected[0].date == "2011-06-04"


@pytest.mark.model
def test_a_conjunct_after_and_shares_the_day(pipeline: Any) -> None:  # trap
    text = "Students hurled petrol bombs at police on Wednesday and a police officer shot dead a young protester."
    shot = _at(pipeline, text, "shot")
    assert shot and shot[0].date == "2011-06-08"


# --- a day of the act's own clause before the day of its report -------------------------------------------


@pytest.mark.model
def test_the_act_day_in_its_own_clause_beats_the_report_day(pipeline: Any) -> None:
    text = (
        "Soldiers captured the rebel commander hiding in a cave near the border on Monday night, the army"
        " announced on Wednesday."
    )
    captured = _at(pipeline, text, "captured")
    assert captured and captured[0].date == "2011-06-06"


@pytest.mark.model
def test_a_report_without_a_day_of_the_act_keeps_the_report_day(pipeline: Any) -> None:  # trap
    text = "Soldiers captured the rebel commander near the border, the army announced on Wednesday."
    captured = _at(pipeline, text, "captured")
    assert captured and captured[0].date == "2011-06-08"


@pytest.mark.model
def test_a_day_under_an_infinitive_of_a_reported_act_is_the_plan(pipeline: Any) -> None:  # trap
    text = (
        "Demonstrators occupied the parliament in the capital on Tuesday, and the chief justice said the prime minister"
        " had agreed to step down on August 2."
    )
    for ev in _at(pipeline, text, "agreed"):
        assert ev.date != "2010-08-02" and ev.date != "2011-08-02"
