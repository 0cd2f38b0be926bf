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
        # weeks named by a neighbour, a day or a number (Monday to Sunday)
        ("the week after next", "future", ("2011-05-30", "day", "2011-06-05")),
        ("this week", "future", ("2011-05-16", "day", "2011-05-22")),  # the calendar week whatever the tense
        ("later this week", "future", ("2011-05-16", "day", "2011-05-22")),  # the calendar week too
        ("the week of June 9, 2004", "past", ("2004-06-07", "day", "2004-06-13")),
        ("the week of Aug. 2", "past", ("2010-08-02", "day", "2010-08-08")),  # year-less: by tense
        ("the week of Aug. 2", "future", ("2011-08-01", "day", "2011-08-07")),
        ("week 3 of 2009", "past", ("2009-01-12", "day", "2009-01-18")),  # ISO weeks
        ("the 53rd week of 2015", "past", ("2015-12-28", "day", "2016-01-03")),
        ("the year before last", "past", ("2009", "year", None)),
        ("the year after next", "future", ("2013", "year", None)),
        # decades in words: with a century, or by tense without one
        ("the nineteen-eighties", "past", ("1980", "year", "1989")),
        ("the late seventies", "past", ("1977", "year", "1979")),
        ("the forties", "past", ("1940", "year", "1949")),
        ("the thirties", "future", ("2030", "year", "2039")),
        ("the '30s", "future", ("2030", "year", "2039")),
        ("the noughties", "past", ("2000", "year", "2009")),
        # ranges whose year (or second month) is written once
        ("Aug. 2-6, 1990", "past", ("1990-08-02", "day", "1990-08-06")),
        ("between July 8 and 11, 1997", "past", ("1997-07-08", "day", "1997-07-11")),
        ("from Nov. 28 to 30, 2012", "past", ("2012-11-28", "day", "2012-11-30")),
        ("June 29-July 3, 2009", "past", ("2009-06-29", "day", "2009-07-03")),
        ("Dec. 27-Jan. 4", "future", ("2011-12-27", "day", "2012-01-04")),
        # a holiday with its year; a season alone by tense
        ("Christmas Day 1979", "past", ("1979-12-25", "day", None)),
        ("Easter 2016", None, ("2016-03-27", "day", None)),
        ("in the autumn", "past", ("2010-09", "month", "2010-11")),
        ("in the spring", "past", ("2011-03", "month", "2011-05")),
        ("in the spring", "future", ("2011-03", "month", "2011-05")),  # not over yet
        ("in the winter", "future", ("2011-12", "month", "2012-02")),
        # a weekday's possessive dates the thing it names; "earlier on" / "later on" keep the day
        ("Monday's ambush", "past", ("2011-05-16", "day", None)),
        ("earlier on Tuesday", "past", ("2011-05-17", "day", None)),
        ("later on Friday", "future", ("2011-05-20", "day", None)),
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
        ("The envoy returns the week after next.", ["the week after next"]),
        ("The vote was held the year before last.", ["the year before last"]),
        ("Talks open the week of Oct. 14, 2010, in Doha.", ["the week of Oct. 14, 2010"]),
        ("The party ruled through the late sixties.", ["the late sixties"]),
        ("The general, in his sixties, resigned.", []),  # an age
    ],
)
def test_recognised(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in find_date_expressions(text)] == want


@pytest.mark.parametrize(
    "words",
    ["overnight", "Sun's rays", "in his sixties", "week 60 of 2015", "the week of talks", "Christmas 1492 and 1493"],
)
def test_not_these_dates(words: str) -> None:
    assert normalize(words, PUB, "past") is None
