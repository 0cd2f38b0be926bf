"""Acts of a story's narrative run told with their source (dates54 session, when/narrative.reported_of_run).
Every text is written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event

PUB = dt.date(2011, 6, 9)  # a Thursday: Wednesday is 06-08

LEAD = (
    "Parliament approved the new budget early on Thursday, hours after protesters stormed the assembly building. "
    "Lawmakers voted 210 to 95 for the bill. "
    "The protests began on Wednesday after the finance minister announced deep spending cuts. "
)


def _at(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.event_text == trigger)


@pytest.mark.model
@pytest.mark.parametrize(
    ("tail", "trigger"),
    [
        ("Riot police fired tear gas at the crowd outside the ministry, witnesses said.", "fired"),
        ("Witnesses said riot police fired tear gas at the crowd outside the ministry.", "fired"),
        ("Police arrested dozens of students outside the ministry, officials said.", "arrested"),
    ],
)
def test_an_act_told_with_its_source_in_a_run_takes_the_runs_day(pipeline: Any, tail: str, trigger: str) -> None:
    ev = _at(code_events(pipeline, LEAD + tail, PUB), trigger)
    assert ev.date == "2011-06-08", ev.reasons
    assert any("the day the sentences before tell" in r for r in ev.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("tail", "trigger"),
    [
        # the source in the present: the story's news of its own day
        ("Witnesses say riot police fired tear gas at the crowd outside the ministry.", "fired"),
        # the past progressive: what the report tells as under way, not an act done on the occasion
        ("Witnesses said riot police were firing tear gas at the crowd outside the ministry.", "firing"),
    ],
)
def test_a_report_not_of_an_act_done_keeps_the_publication_day(pipeline: Any, tail: str, trigger: str) -> None:
    ev = _at(code_events(pipeline, LEAD + tail, PUB), trigger)
    assert ev.date_precision == "publication", ev.reasons


# --- a count of time from the day told last, also in a sentence with no event --------------------------

OPENING = (
    "The opposition leader returned to the capital on Monday after two years in exile. "  # Monday: 06-06
    "She was sworn in as interim president on Tuesday at a hotel near the airport. "  # no event coded
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("tail", "trigger", "day"),
    [
        ("Hours later, the army arrested the outgoing defence minister.", "arrested", "2011-06-07"),
        ("The army arrested the outgoing defence minister the next day.", "arrested", "2011-06-08"),
    ],
)
def test_a_count_of_time_counts_from_the_day_told_last(pipeline: Any, tail: str, trigger: str, day: str) -> None:
    ev = _at(code_events(pipeline, OPENING + tail, PUB), trigger)
    assert ev.date == day, ev.reasons


@pytest.mark.model
def test_a_bare_later_keeps_the_event_told_before(pipeline: Any) -> None:
    # "later" with no count of time: from the last event told (none here), not from the day told in a sentence
    ev = _at(code_events(pipeline, OPENING + "The army later arrested the outgoing defence minister.", PUB), "arrested")
    assert ev.date != "2011-06-07", ev.reasons


@pytest.mark.model
def test_a_sentence_naming_another_date_between_counts_from_no_day(pipeline: Any) -> None:
    # a month told between: the count does not reach past it to Tuesday
    text = (
        OPENING
        + "Her party had won the election in March. Hours later, the army arrested the outgoing defence minister."
    )
    ev = _at(code_events(pipeline, text, PUB), "arrested")
    assert ev.date != "2011-06-07", ev.reasons


@pytest.mark.model
def test_a_run_begun_by_a_statement_lends_no_day_to_a_report(pipeline: Any) -> None:
    # the day told by a verb of saying is a statement's, not an occasion whose acts a source reports after it
    text = (
        "Parliament approved the new budget early on Thursday, hours after protesters stormed the assembly building. "
        "Lawmakers voted 210 to 95 for the bill. "
        "The finance minister announced at a news conference on Wednesday that the cuts would go ahead. "
        "Riot police fired tear gas at the crowd outside the ministry, witnesses said."
    )
    ev = _at(code_events(pipeline, text, PUB), "fired")
    assert ev.date != "2011-06-08", ev.reasons


@pytest.mark.model
def test_a_count_of_time_after_a_late_day_or_a_plan_counts_from_no_told_day(pipeline: Any) -> None:
    for second in (
        "She was sworn in as interim president late on Tuesday at a hotel near the airport. ",
        "Her swearing-in is to be held at a rally on Tuesday. ",
    ):
        text = OPENING.split(". ")[0] + ". " + second + "Hours later, the army arrested the outgoing defence minister."
        ev = _at(code_events(pipeline, text, PUB), "arrested")
        assert ev.date != "2011-06-07", ev.reasons
