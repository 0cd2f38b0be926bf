"""Event dates of the dates34 session: dates that name a thing rather than the act (a weekday's
possessive, the time a thing is set for, the end of a span at midday), a day told "of that year",
a gerund counted from its head ("a day after storming"), and an act told within hours of a thing
the story has told ("moments after the vote")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coding import code_events, one_event

# Sentences written for these tests (pipeline fixture, tests/coding.py).
WEDNESDAY = dt.date(2019, 4, 10)


def test_a_deadline_at_midday_is_not_the_day_of_the_act(pipeline: Any) -> None:
    text = (
        "On Monday the army surrounded the palace and gave the king until midday on Thursday"
        " to abdicate or face arrest."
    )
    ev = one_event(pipeline, text, "gave", WEDNESDAY)
    assert ev.date == "2019-04-08", ev.reasons


def test_a_weekday_s_possessive_names_the_thing(pipeline: Any) -> None:
    """ "the winner of Sunday's vote": the vote's day, not the recognition's."""
    text = "Washington has recognised the challenger as the winner of Sunday's presidential election."
    ev = one_event(pipeline, text, "recognised", WEDNESDAY)
    assert ev.date_precision == "publication", ev.reasons


def test_a_weekday_s_possessive_that_places_the_act_dates_it(pipeline: Any) -> None:
    ev = one_event(pipeline, "Protesters clashed with police at Sunday's rally in the capital.", "clashed", WEDNESDAY)
    assert ev.date == "2019-04-07", ev.reasons


def test_the_time_a_thing_is_set_for_is_not_the_act_s(pipeline: Any) -> None:
    """ "called an election for June 2": the election's day, not the dissolution's nor the call's."""
    text = "The king dissolved parliament and called an early general election for June 2."
    for trigger in ("dissolved", "called"):
        ev = one_event(pipeline, text, trigger, WEDNESDAY)
        assert ev.date_precision == "publication", ev.reasons


def test_a_day_of_that_year_takes_the_year_told_before(pipeline: Any) -> None:
    text = (
        "The island saw two mutinies in 1974, the second of them on June 3 of that year, "
        "when rebel officers overthrew the civilian government."
    )
    ev = one_event(pipeline, text, "overthrew", WEDNESDAY)
    assert ev.date == "1974-06-03", ev.reasons


def test_a_day_of_that_year_without_a_year_told_is_no_date(pipeline: Any) -> None:
    text = "Rebel officers overthrew the civilian government on June 3 of that year."
    ev = one_event(pipeline, text, "overthrew", WEDNESDAY)
    assert ev.date != "2018-06-03" and ev.date_precision != "day", ev.reasons


def test_a_gerund_counted_from_its_head(pipeline: Any) -> None:
    """ "held them hostage on Tuesday, a day after storming the building": the storming is Monday."""
    text = (
        "Armed men held the premier and ten ministers hostage inside the assembly on Tuesday, "
        "a day after storming the building."
    )
    events = [e for e in code_events(pipeline, text, WEDNESDAY) if e.event_text == "storming"]
    assert events and events[0].date == "2019-04-08", [(e.event_text, e.date, e.reasons) for e in events]


def test_an_act_within_hours_of_a_thing_told_before(pipeline: Any) -> None:
    """ "moments after the vote", "Hours before the vote": the day of the event told before."""
    text = (
        "The assembly voted on Monday to suspend the kingdom's membership. "
        "The kingdom's envoy rejected the measure and walked out of the hall moments after the vote. "
        "Hours before the vote, the king warned that his army would crush any rebellion."
    )
    assert one_event(pipeline, text, "rejected", WEDNESDAY).date == "2019-04-08"
    assert one_event(pipeline, text, "warned", WEDNESDAY).date == "2019-04-08"


def test_hours_after_a_thing_not_told_is_no_date(pipeline: Any) -> None:
    """ "two hours after a vote": an indefinite noun names nothing the story told."""
    text = "The assembly voted on Monday to suspend the kingdom. The envoy rejected it two hours after a vote."
    ev = one_event(pipeline, text, "rejected", WEDNESDAY)
    assert ev.date_precision == "publication", ev.reasons
