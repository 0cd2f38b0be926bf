"""The day a story's account of the day before runs on with when its lead's second sentence names it
(dates50 session, when/narrative.py). Every text is written for this test (none is taken from a gold
or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event

PUB = dt.date(2011, 6, 9)  # a Thursday: Wednesday is 06-08

OPENING = "Riot police kept the main square sealed off on Thursday, a day after a night of clashes with students. "
ACCOUNT = "About 200 officers cleared a protest camp in the square on Wednesday, firing tear gas at the students. "


def _at(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.event_text == trigger)


@pytest.mark.model
def test_a_lead_that_tells_its_own_day_lets_its_second_sentence_start_a_run(pipeline: Any) -> None:
    text = OPENING + ACCOUNT + "Soldiers fired on the crowd outside the ministry."
    ev = _at(code_events(pipeline, text, PUB), "fired")
    assert ev.date == "2011-06-08", ev.reasons
    assert any("the day the sentences before tell" in r for r in ev.reasons)


@pytest.mark.model
def test_a_lead_that_tells_no_day_of_its_own_starts_no_run_in_its_second_sentence(pipeline: Any) -> None:
    # the first sentence names two days: it tells no one news day, so the second sentence's day is the
    # setting of the lead's news, and the publication day stands for the act told after it
    opening = "Parliament approved the new budget on Thursday after the finance minister resigned on Monday. "
    text = opening + ACCOUNT + "Soldiers fired on the crowd outside the ministry."
    ev = _at(code_events(pipeline, text, PUB), "fired")
    assert ev.date != "2011-06-08", ev.reasons


@pytest.mark.model
def test_a_day_of_an_earlier_act_or_time_told_moving_on_starts_or_keeps_no_run(pipeline: Any) -> None:
    for text in (
        # the second sentence's day is that of an act before its news: the news's setting
        OPENING + "The interior minister spoke on television after meeting student leaders on Wednesday. "
        "Soldiers fired on the crowd outside the ministry.",
        # "Hours later": time told moving on, maybe into the next day
        OPENING
        + ACCOUNT
        + "Hours later the army took over the city. Soldiers fired on the crowd outside the ministry.",
    ):
        ev = _at(code_events(pipeline, text, PUB), "fired")
        assert ev.date != "2011-06-08", ev.reasons


@pytest.mark.model
def test_a_statement_told_after_the_account_keeps_the_publication_day(pipeline: Any) -> None:
    text = OPENING + ACCOUNT + "The opposition condemned the police."
    ev = _at(code_events(pipeline, text, PUB), "condemned")
    assert ev.date_precision == "publication", ev.reasons


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the time clause counts itself back from its head: Wednesday less a day
        (
            "The prime minister resigned on Wednesday after thousands of protesters stormed parliament a day earlier.",
            "stormed",
            "2011-06-07",
        ),
        ("The president fled on Monday after troops seized the palace three days earlier.", "seized", "2011-06-03"),
        # trap: a bare "after" with no count of its own keeps its head's day
        (
            "The prime minister resigned on Wednesday after thousands of protesters stormed parliament.",
            "stormed",
            "2011-06-08",
        ),
    ],
)
def test_a_time_clause_counted_from_its_head_by_its_own_words(
    pipeline: Any, text: str, trigger: str, expected: str
) -> None:
    ev = _at(code_events(pipeline, text, PUB), trigger)
    assert ev.date == expected, ev.reasons
