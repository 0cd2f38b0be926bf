"""Dates of the dates55 session. Every text is written for this test (none is taken from a gold or
blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.recognize.dates import find_date_expressions
from newsevents.records import Event

PUB = dt.date(2009, 8, 20)


def _at(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.event_text == trigger)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the sultan sacked his cabinet on March 4 last year, citing", ["March 4 last year"]),
        ("rebels took the pass on 12 June this year and", ["12 June this year"]),
        ("the vote is due on Oct. 2 next year.", ["Oct. 2 next year"]),
        # traps: a year of its own, another unit, a word that only starts like "year"
        ("troops landed on May 9, 2003 and last year they left", ["May 9, 2003", "last year"]),
        ("met on July 7 last week", ["July 7", "last week"]),
        ("signed on Jan. 5 last yearly review", ["Jan. 5"]),
    ],
)
def test_a_days_year_told_in_words_after_it_is_one_date(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in find_date_expressions(text)] == want


@pytest.mark.model
def test_a_day_of_last_year_is_dated_in_the_year_before_publication(pipeline: Any) -> None:
    text = "The sultan dismissed the cabinet on March 4 last year, citing unrest."
    ev = _at(code_events(pipeline, text, PUB), "dismissed")
    assert ev.date == "2008-03-04", ev.reasons
