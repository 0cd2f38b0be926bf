"""Dates: finding expressions in text and normalising them against the publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

import pytest

from newsevents.recognize.dates import find_date_expressions
from newsevents.resolve.dates import Tense, normalize

DATA = Path(__file__).parent / "data" / "dates.tsv"
ACCURACY_FLOOR = 1.0  # value + precision (+ end) over every row of dates.tsv; reached: 261/261


def _rows() -> list[tuple[str, dt.date | None, Tense | None, str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("text\t"):
            continue
        text, pub, tense, value, precision, end = line.split("\t")
        rows.append(
            (
                text,
                dt.date.fromisoformat(pub) if pub else None,
                cast(Tense, tense) if tense else None,
                value,
                precision,
                end,
            )
        )
    return rows


ROWS = _rows()


def _correct(got: object, value: str, precision: str, end: str) -> bool:
    if value == "NONE":
        return got is None
    return (
        got is not None
        and getattr(got, "value", None) == value
        and getattr(got, "precision", None) == precision
        and (getattr(got, "end_value", None) or "") == end
    )


# ----------------------------------------------------------------------------- the test set


def test_tsv_is_big_enough_and_covers_the_tenses() -> None:
    assert len(ROWS) >= 170
    tenses = {r[2] for r in ROWS}
    assert {None, "past", "future", "present"} <= tenses
    assert any(r[1] is None for r in ROWS)
    assert {r[4] for r in ROWS} >= {"day", "month", "year"}


def test_tsv_accuracy() -> None:
    wrong = []
    for text, pub, tense, value, precision, end in ROWS:
        got = normalize(text, pub, tense)
        if not _correct(got, value, precision, end):
            wrong.append(f"{text!r} pub={pub} tense={tense}: expected {value} {precision} {end!r}, got {got}")
    accuracy = 1 - len(wrong) / len(ROWS)
    assert accuracy >= ACCURACY_FLOOR, "\n".join(wrong)


def test_checker_rejects_a_wrong_answer() -> None:
    """The scorer itself can fail: an answer off by one day, or at the wrong precision, is wrong."""
    got = normalize("August 15", dt.date(2021, 8, 23), "past")
    assert _correct(got, "2021-08-15", "day", "")
    assert not _correct(got, "2021-08-16", "day", "")
    assert not _correct(got, "2021-08", "month", "")
    assert not _correct(got, "NONE", "", "")


# ----------------------------------------------------------------------------- the tricky rules

MON = dt.date(2021, 8, 23)  # a Monday


def test_same_weekday_is_the_publication_day() -> None:
    info = normalize("on Monday", MON, "past")
    assert info is not None and info.value == "2021-08-23" and info.precision == "day"
    assert "publication day" in info.reason


def test_same_weekday_in_the_future_is_later_that_day() -> None:
    # "the council will meet on Monday" in a Monday story: today; a week later is "next Monday"
    info = normalize("on Monday", MON, "future")
    assert info is not None and info.value == "2021-08-23"
    nxt = normalize("next Monday", MON, "future")
    assert nxt is not None and nxt.value == "2021-08-30"


def test_explicit_last_and_next_win_over_same_weekday() -> None:
    last, nxt = normalize("last Monday", MON, "past"), normalize("next Monday", MON, "past")
    assert last is not None and last.value == "2021-08-16"
    assert nxt is not None and nxt.value == "2021-08-30"


def test_future_month_day_goes_forward() -> None:
    info = normalize("on September 16", MON, "future")
    assert info is not None and info.value == "2021-09-16"
    assert "future" in info.reason


def test_december_date_in_january_story_is_last_year() -> None:
    info = normalize("December 28", dt.date(2008, 1, 7), None)
    assert info is not None and info.value == "2007-12-28"


def test_explicit_year_wins() -> None:
    info = normalize("August 15, 2018", MON, "future")
    assert info is not None and info.value == "2018-08-15" and info.reason == "explicit year"


def test_decade_and_range_have_end_values() -> None:
    dec = normalize("the 1990s", MON)
    rng = normalize("from 2001 to 2009", MON)
    assert dec is not None and (dec.value, dec.precision, dec.end_value) == ("1990", "year", "1999")
    assert rng is not None and (rng.value, rng.precision, rng.end_value) == ("2001", "year", "2009")


def test_last_week_is_an_honest_range_of_days() -> None:
    info = normalize("last week", dt.date(2022, 6, 8), "past")
    assert info is not None
    assert (info.value, info.precision, info.end_value) == ("2022-05-30", "day", "2022-06-05")


def test_month_only_has_month_precision() -> None:
    info = normalize("mid-March", MON)
    assert info is not None and (info.value, info.precision) == ("2021-03", "month")


def test_numeric_is_day_first_unless_impossible() -> None:
    a, b = normalize("03/04/2019", MON), normalize("04/13/2019", MON)
    assert a is not None and a.value == "2019-04-03"
    assert b is not None and b.value == "2019-04-13"


def test_relative_needs_a_publication_date() -> None:
    assert normalize("yesterday", None) is None
    assert normalize("on Monday", None) is None
    assert normalize("August 15", None) is None
    info = normalize("15 August 2021", None)
    assert info is not None and info.value == "2021-08-15"


def test_accepts_a_datetime_as_publication_date() -> None:
    info = normalize("yesterday", dt.datetime(2021, 8, 23, 18, 30))
    assert info is not None and info.value == "2021-08-22"


@pytest.mark.parametrize("text", ["two years", "a few days ago", "recently", "2,000", "February 30", "13/13/2021", ""])
def test_not_dates(text: str) -> None:
    assert normalize(text, MON) is None


def test_extreme_publication_dates_do_not_raise() -> None:
    assert normalize("yesterday", dt.date(1, 1, 1)) is None
    assert normalize("next year", dt.date(9999, 12, 31)) is None


# ----------------------------------------------------------------------------- finding expressions

SPANS: list[tuple[str, list[str]]] = [
    ("The talks were held on Monday in Geneva.", ["Monday"]),
    ("Rebels attacked the town late on Sunday, killing 12.", ["late on Sunday"]),
    ("MOSCOW, August 23. Russia said the talks would resume.", ["August 23"]),
    ("Some 2,000 troops and 1500 people moved along Route 66.", []),
    ("The year's 12 months were hard, and 2000 soldiers stayed.", []),
    ("He paid $2003 for 2010 km of road.", []),
    ("Turnout rose 2000% and nearly 2020 residents voted.", []),
    ("In 2003, the army marched in March 2019 and again in mid-March.", ["2003", "March 2019", "mid-March"]),
    ("He ruled from 2001 to 2009.", ["from 2001 to 2009"]),
    ("Between January 4 and February 7 the army withdrew.", ["Between January 4 and February 7"]),
    ("It was signed on February 14, 2003 in Paris.", ["February 14, 2003"]),
    ("It happened on the 15th of August and again on Aug. 15.", ["the 15th of August", "Aug. 15"]),
    (
        "The vote on 15 August 2021 was annulled on 15/08/2021 or 2021-08-15.",
        ["15 August 2021", "15/08/2021", "2021-08-15"],
    ),
    ("Prices rose in the 1990s and fell in the early '80s.", ["the 1990s", "the early '80s"]),
    (
        "Last week, police said two days ago that earlier this month it rained.",
        ["Last week", "two days ago", "earlier this month"],
    ),
    ("They met yesterday, meet today and leave tomorrow.", ["yesterday", "today", "tomorrow"]),
    (
        "Sales fell last year and will rise next month, officials said this week.",
        ["last year", "next month", "this week"],
    ),
    ("They will meet again on the 5th, officials said.", ["the 5th"]),
    ("The fleet reached the 5th floor of the building.", []),
    ("The Good Friday Agreement was praised by the Sunday Times on Bloody Sunday.", []),
    ("USA Today reported the story.", []),
    ("Theresa May met him in May.", ["May"]),
    ("The march began when protesters may gather.", []),
    (
        "They met last Monday and will meet next Tuesday; it began on Monday last week.",
        ["last Monday", "next Tuesday", "Monday last week"],
    ),
    ("Fighting over the weekend ended this weekend.", ["the weekend", "this weekend"]),
    ("The 2003 elections and the 2008–09 crisis.", ["2003", "2008–09"]),
    ("Talks on March 3-5 and 3-5 March 2019.", ["March 3-5", "3-5 March 2019"]),
    ("Fighting since mid-2014 killed 2000 to 3000 people.", ["mid-2014"]),
    ("He was born in the 19th century and died in the summer of 2019.", ["the 19th century", "the summer of 2019"]),
    ("Police said the clashes of the last week of March were worse.", ["March"]),
    ("Two days later, the army left; a few days ago it returned.", []),
    ("Security Council Resolution 1973 was adopted.", []),
    ("The summit on September 16 will be held in Kabul.", ["September 16"]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS)
def test_find_date_expressions(text: str, expected: list[str]) -> None:
    spans = find_date_expressions(text)
    assert [text[a:b] for a, b in spans] == expected


def test_spans_are_sorted_and_do_not_overlap() -> None:
    text = "On Monday, August 23, 2021, from 2001 to 2009 and last week and in the 1990s."
    spans = find_date_expressions(text)
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))


def test_every_found_expression_normalises() -> None:
    """What the recogniser finds, the normaliser can read (given a publication date)."""
    for text, expected in SPANS:
        for a, b in find_date_expressions(text):
            assert normalize(text[a:b], MON) is not None, text[a:b]
        assert len(find_date_expressions(text)) == len(expected)
