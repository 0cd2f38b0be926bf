"""Quarters and halves of a year, "the week before last", two-digit years: recognised and normalised."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.recognize.dates import find_date_expressions
from newsevents.resolve.dates import normalize

PUB = dt.date(2011, 5, 18)  # a Wednesday in the second quarter


@pytest.mark.parametrize(
    ("words", "tense", "want"),
    [
        ("the third quarter of 2009", "past", ("2009-07", "month", "2009-09")),
        ("the last quarter of 2009", "past", ("2009-10", "month", "2009-12")),
        ("the first half of next year", "future", ("2012-01", "month", "2012-06")),
        ("the third quarter", "past", ("2010-07", "month", "2010-09")),  # has not begun yet this year
        ("the third quarter", "future", ("2011-07", "month", "2011-09")),
        ("the first quarter", "past", ("2011-01", "month", "2011-03")),
        ("last quarter", "past", ("2011-01", "month", "2011-03")),
        ("next quarter", "future", ("2011-07", "month", "2011-09")),
        ("the week before last", "past", ("2011-05-02", "day", "2011-05-08")),
        ("in '98", "past", ("1998", "year", None)),
        ("in the winter of 2003-04", "past", ("2003-12", "month", "2004-02")),
    ],
)
def test_values(words: str, tense: str, want: tuple[str, str, str | None]) -> None:
    info = normalize(words, PUB, tense)  # type: ignore[arg-type]
    assert info is not None and (info.value, info.precision, info.end_value) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Exports fell in the third quarter of 2009, the ministry said.", ["the third quarter of 2009"]),
        ("The army ruled for a quarter century.", []),
        ("Ghana lost the quarter-final on penalties.", []),
        ("Half of the ballots were spoiled.", []),
        ("The ceasefire collapsed the week before last.", ["the week before last"]),
        ("He first took power in '98.", ["'98"]),
    ],
)
def test_recognised(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in find_date_expressions(text)] == want
