"""The day a story's account of an earlier occasion runs on with (dates49 session, when/narrative.py),
Epiphany as a holiday, and a thing named by its year dated by it (resolve/dates). Every text is
written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event
from newsevents.resolve.dates import normalize

PUB = dt.date(2011, 6, 9)  # a Thursday: Wednesday is 06-08, Tuesday 06-07

LEAD = (
    "Parliament approved the new budget early on Thursday, hours after protesters stormed the assembly building. "
    "The protests began on Wednesday after the finance minister announced deep spending cuts. "
)


def _at(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.event_text == trigger)


@pytest.mark.model
def test_a_date_after_a_places_region_is_the_clause_of_the_place(pipeline: Any) -> None:
    text = (
        "Police fired rubber bullets at strikers in Gary, Indiana, on Tuesday night, the third night of unrest "
        "since a guard shot a picketer."
    )
    ev = _at(code_events(pipeline, text, PUB), "fired")
    assert ev.date == "2011-06-07", ev.reasons


@pytest.mark.model
def test_a_refusal_told_by_its_infinitives_day_is_not_its_partners(pipeline: Any) -> None:
    text = "The governor sent his resignation to the assembly on Monday, but lawmakers refused to accept it on Tuesday."
    ev = _at(code_events(pipeline, text, PUB), "refused")
    assert ev.date == "2011-06-07", ev.reasons


@pytest.mark.model
def test_an_agreement_told_by_its_infinitives_day_keeps_its_partners(pipeline: Any) -> None:
    text = "Rebel leaders met the mediators on Monday, and they agreed to withdraw their fighters on Friday."
    ev = _at(code_events(pipeline, text, PUB), "agreed")
    assert ev.date == "2011-06-06", ev.reasons


@pytest.mark.model
def test_the_day_after_a_thing_told_before_is_a_day_after_its_act(pipeline: Any) -> None:
    text = (
        "The two governments agreed on Wednesday to reopen the border. "
        "Gunmen attacked a police post near the frontier on May 14, killing four officers. "
        "The day after the attack, the government closed the border crossing."
    )
    ev = _at(code_events(pipeline, text, PUB), "closed")
    assert ev.date == "2011-05-15", ev.reasons


@pytest.mark.model
def test_the_day_after_a_thing_not_told_before_fixes_nothing(pipeline: Any) -> None:
    text = "The two governments agreed on Wednesday to reopen the border. The day after the summit, Mali closed the border."
    ev = _at(code_events(pipeline, text, PUB), "closed")
    assert ev.date_precision == "publication", ev.reasons  # the summit is no act told: no day fixed
