"""Dates of the dates52 session. Every text is written for this test (none is taken from a gold or blind
set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest

from newsevents.resolve.dates import Tense, normalize

PUB = dt.date(2011, 6, 9)  # a Thursday: Tuesday is 06-07 (before) and 06-14 (after)


@pytest.mark.parametrize(
    ("text", "tense", "want"),
    [
        ("next Tuesday's ballot", "future", "2011-06-14"),
        ("last Tuesday's ballot", "past", "2011-06-07"),
        ("this Tuesday's summit", "future", "2011-06-14"),
        ("Tuesday's ballot", "past", "2011-06-07"),
    ],
)
def test_a_weekday_told_with_next_or_last_names_its_things_day(text: str, tense: str, want: str) -> None:
    info = normalize(text, PUB, cast(Tense, tense))
    assert info is not None and info.value == want and info.precision == "day"


@pytest.mark.parametrize("text", ["next Sunday's Times", "last Tuesday's 3"])
def test_no_weekday_possessive_where_none_is_told(text: str) -> None:  # traps: a name, a figure
    assert normalize(text, PUB, "future") is None
