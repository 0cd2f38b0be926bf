"""dates28: times of day told before a date, two days told together, decades written "1990's" / "the 80s";
a day under a bare to-infinitive clause dates its clause (sentences and publication dates written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article
from newsevents.resolve.dates import normalize

PUB = dt.date(2011, 3, 9)  # a Wednesday


def _got(text: str, tense: str = "past") -> tuple[str, str, str | None] | None:
    info = normalize(text, PUB, tense)  # type: ignore[arg-type]
    return None if info is None else (info.value, info.precision, info.end_value)


@pytest.mark.parametrize(
    ("text", "tense", "want"),
    [
        ("at dawn on Saturday", "past", "2011-03-05"),
        ("before dawn Monday", "past", "2011-03-07"),
        ("shortly after midnight on Sunday", "past", "2011-03-06"),
        ("at about 9 p.m. on Friday", "future", "2011-03-11"),
        ("at 4 a.m. Tuesday", "past", "2011-03-08"),
        ("overnight on Monday", "past", "2011-03-07"),
        ("at 1100 GMT on Thursday", "future", "2011-03-10"),
        ("on Tuesday local time", "past", "2011-03-08"),
        ("late Sunday, local time", "past", "2011-03-06"),
        ("before daybreak on Feb. 27", "past", "2011-02-27"),
    ],
)
def test_time_of_day_before_or_zone_after_the_date(text: str, tense: str, want: str) -> None:
    assert _got(text, tense) == (want, "day", None)


@pytest.mark.parametrize("text", ["at dawn", "at midnight", "at 1700 GMT", "before dawn"])
def test_a_time_of_day_alone_is_still_no_date(text: str) -> None:
    assert _got(text) is None


@pytest.mark.parametrize(
    ("text", "tense", "want"),
    [
        ("on Feb. 20 and 21", "past", ("2011-02-20", "day", "2011-02-21")),
        ("on 20 and 21 February", "past", ("2011-02-20", "day", "2011-02-21")),
        ("April 2 and 3", "future", ("2011-04-02", "day", "2011-04-03")),
        ("on Saturday and Sunday", "past", ("2011-03-05", "day", "2011-03-06")),
        ("on Oct. 9 and 10, 1994", "past", ("1994-10-09", "day", "1994-10-10")),
        ("Dec. 31, 1996, and Jan. 1, 1997", "past", ("1996-12-31", "day", "1997-01-01")),
    ],
)
def test_two_days_told_together_are_their_two_days(text: str, tense: str, want: tuple[str, str, str]) -> None:
    assert _got(text, tense) == want


@pytest.mark.parametrize("text", ["Feb. 3 and 17", "in 1998 and 2004", "on Monday and Thursday"])
def test_days_apart_told_together_are_no_single_date(text: str) -> None:
    # before: dateparser read "Feb. 3 and 17" as a day of 1917
    assert _got(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the 1970's", ("1970", "year", "1979")),
        ("in the 1950's", ("1950", "year", "1959")),
        ("the late 1960's", ("1967", "year", "1969")),
        ("the 80s", ("1980", "year", "1989")),
        ("the early 90s", ("1990", "year", "1993")),
    ],
)
def test_decades_written_with_s_or_without_apostrophe(text: str, want: tuple[str, str, str]) -> None:
    assert _got(text) == want


def test_an_age_in_figures_is_no_decade() -> None:
    assert _got("in his 70s") is None
    assert _got("a woman in her 40s") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # a day hung under a to-infinitive the parser read as an adverbial clause is the clause's day
        (
            "The army gave the protesters two hours to leave the square in a radio broadcast on Tuesday.",
            "gave",
            "2013-07-02",
        ),
        ("The government sent troops to restore order in the northern province on Wednesday.", "sent", "2013-07-03"),
    ],
)
def test_a_day_under_a_bare_infinitive_clause_dates_its_clause(
    pipeline: Any, text: str, trigger: str, want: str
) -> None:
    art = Article(id="t", text=text, pub_date=dt.date(2013, 7, 5))
    evs = [e for e in pipeline.code(art).events if e.event_text == trigger]
    assert evs and evs[0].date == want and evs[0].date_precision == "day"
