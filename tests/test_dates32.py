"""Date expressions of the dates32 session: weeks named by their first day, "later this week" as the
calendar week, and multi-year stretches up to publication that tell a duration, not a date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import one_event
from newsevents.recognize.dates import find_date_expressions
from newsevents.resolve.dates import normalize

THURSDAY = dt.date(2017, 3, 9)


@pytest.mark.parametrize(
    ("text", "tense", "want"),
    [
        # "later this week" is the calendar week, Monday to Sunday, like "this week"
        ("later this week", "future", ("2017-03-06", "day", "2017-03-12")),
        ("late this week", "future", ("2017-03-06", "day", "2017-03-12")),
        # a week named by the day it begins on: the calendar week holding that day
        ("the week beginning 13 March 2017", "future", ("2017-03-13", "day", "2017-03-19")),
        ("the week starting April 3", "future", ("2017-04-03", "day", "2017-04-09")),
        ("the week beginning on Feb. 6", "past", ("2017-02-06", "day", "2017-02-12")),
        ("the week commencing 20 March", "future", ("2017-03-20", "day", "2017-03-26")),
        # shorter stretches up to publication stay ranges of days
        ("the past two weeks", "past", ("2017-02-23", "day", "2017-03-09")),
        ("the past three months", "past", ("2016-12-09", "day", "2017-03-09")),
    ],
)
def test_normalised(text: str, tense: str, want: tuple[str, str, str | None]) -> None:
    got = normalize(text, THURSDAY, tense)  # type: ignore[arg-type]
    assert got is not None and (got.value, got.precision, got.end_value) == want


@pytest.mark.parametrize(
    "words",
    ["for the past 12 years", "over the past three years", "the last 40 years", "in the past two years"],
)
def test_years_up_to_publication_are_a_duration(words: str) -> None:
    assert normalize(words, THURSDAY, "past") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Parliament sits in the week beginning 13 March 2017.", ["the week beginning 13 March 2017"]),
        ("Strikes are planned for the week starting Oct. 2.", ["the week starting Oct. 2"]),
        ("The week starting was chaotic.", []),
    ],
)
def test_recognised(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in find_date_expressions(text)] == want


# ----------------------------------------------------------------------------- events in stories
# Sentences written for these tests (pipeline fixture, tests/coding.py).

FRIDAY = dt.date(2011, 5, 20)


def test_an_act_counted_back_from_the_story_s_news(pipeline: Any) -> None:
    """ "The strike came two days after X": the head is the story's news (publication); X is two days before."""
    ev = one_event(pipeline, "The strike came two days after the union rejected the offer.", "rejected", FRIDAY)
    assert ev.date == "2011-05-18" and ev.date_precision == "day", ev.reasons
    assert ev.date_from_news  # told by no words: it anchors no later act (records.Event.date_from_news)


def test_a_present_or_undated_head_counts_nothing(pipeline: Any) -> None:
    ev = one_event(
        pipeline, "Rebels attacked the town weeks after the government signed the accord.", "attacked", FRIDAY
    )
    assert ev.date_precision == "publication"


def test_the_means_of_a_dated_act_takes_its_day(pipeline: Any) -> None:
    ev = one_event(pipeline, "The army responded on Tuesday by arresting the protest leaders.", "arresting", FRIDAY)
    assert ev.date == "2011-05-17", ev.reasons
    assert not ev.date_from_news


def test_a_deadline_is_not_the_day_of_the_act(pipeline: Any) -> None:
    text = "On Tuesday the rebels gave the government until midnight on Thursday to release the prisoners."
    assert one_event(pipeline, text, "gave", FRIDAY).date == "2011-05-17"
    text = "The generals gave the prime minister until Friday to resign."
    assert one_event(pipeline, text, "gave", FRIDAY).date_precision == "publication"
