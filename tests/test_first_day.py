"""records.first_day: the first day a date value (YYYY, YYYY-MM, YYYY-MM-DD) stands for."""

import datetime as dt

from newsevents.parse.syntax import DEFINITE_DETERMINERS, DEMONSTRATIVES, POSSESSIVE_DETERMINERS
from newsevents.records import first_day


def test_day_month_year() -> None:
    assert first_day("2019-03-14") == dt.date(2019, 3, 14)
    assert first_day("2019-03") == dt.date(2019, 3, 1)
    assert first_day("1994") == dt.date(1994, 1, 1)


def test_no_value_or_no_date() -> None:
    assert first_day(None) is None
    assert first_day("") is None
    assert first_day("2019-02-30") is None
    assert first_day("unknown") is None


def test_determiner_sets() -> None:
    assert DEFINITE_DETERMINERS == DEMONSTRATIVES | POSSESSIVE_DETERMINERS
    assert "the" in DEMONSTRATIVES and "their" not in DEMONSTRATIVES
    assert POSSESSIVE_DETERMINERS == {"its", "his", "her", "their"}
