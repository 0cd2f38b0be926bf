"""Holidays that name a day: the computus, the Nth-weekday rule, the file's checks, the recogniser's
guards against names, and the pipeline dating an event told "on Christmas Day"."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.errors import KnowledgeError
from newsevents.pipeline import Pipeline
from newsevents.recognize.dates import find_date_expressions
from newsevents.records import Article
from newsevents.resolve.dates import normalize
from newsevents.resolve.holidays import orthodox_easter, parse_holidays, western_easter


@pytest.mark.parametrize(
    ("year", "western", "orthodox"),
    [(1990, "1990-04-15", "1990-04-15"), (2008, "2008-03-23", "2008-04-27"), (2023, "2023-04-09", "2023-04-16")],
)
def test_easter_sundays(year: int, western: str, orthodox: str) -> None:
    assert western_easter(year).isoformat() == western
    assert orthodox_easter(year).isoformat() == orthodox


@pytest.mark.parametrize(
    ("words", "pub", "tense", "want"),
    [
        ("on Christmas Day", "2001-12-27", "past", "2001-12-25"),
        ("Christmas Day", "2001-12-20", "future", "2001-12-25"),
        ("on Christmas Day", "2002-01-03", "past", "2001-12-25"),  # the year before publication
        ("Good Friday", "2008-03-25", "past", "2008-03-21"),
        ("Easter Monday", "2008-03-10", "future", "2008-03-24"),
        ("at Easter", "1990-04-20", "past", "1990-04-15"),
        ("Thanksgiving", "2018-11-30", "past", "2018-11-22"),  # fourth Thursday
        ("Memorial Day", "2021-05-20", "future", "2021-05-31"),  # last Monday of May
        ("Labor Day", "2015-09-10", "past", "2015-09-07"),
        ("New Year’s Eve", "1999-12-15", "future", "1999-12-31"),
        ("last Christmas", "2010-12-25", "past", "2009-12-25"),  # "last": strictly before
        ("Bastille Day", "1989-07-14", "past", "1989-07-14"),  # publication day itself
    ],
)
def test_holiday_values(words: str, pub: str, tense: str, want: str) -> None:
    info = normalize(words, dt.date.fromisoformat(pub), tense)  # type: ignore[arg-type]
    assert info is not None and (info.value, info.precision) == (want, "day")
    assert "holiday" in info.reason


def test_a_holiday_before_it_was_kept_has_no_date() -> None:
    assert normalize("Martin Luther King Day", dt.date(1984, 3, 1), "past") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police fired tear gas on Christmas Day in the capital.", ["Christmas Day"]),
        ("The ceasefire will hold over Easter, the army said.", ["Easter"]),
        ("The Good Friday Agreement was signed in Belfast.", []),  # a name, not a date
        ("Easter eggs were handed out.", []),  # one word without a preposition
        ("He flew to Easter Island on Monday.", ["Monday"]),
        ("The Christmas truce of 1914 is remembered.", ["1914"]),
    ],
)
def test_recogniser_finds_holidays_but_not_names(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in find_date_expressions(text)] == want


@pytest.mark.parametrize(
    "bad",
    [
        "holidays:\n  - {names: [X Day], fixed: '13-01'}\n",
        "holidays:\n  - {names: [X Day], fixed: '01-01', easter: 1}\n",
        "holidays:\n  - {names: [X Day], nth: [11, Funday, 4]}\n",
        "holidays:\n  - {names: [X Day], fixed: '01-01'}\n  - {names: [X Day], fixed: '02-01'}\n",
        "holidays:\n  - {names: [X Day], fixed: '01-01', colour: red}\n",
    ],
)
def test_bad_holiday_files_are_refused(bad: str) -> None:
    with pytest.raises(KnowledgeError):
        parse_holidays(bad, "test.yaml")


def test_pipeline_dates_an_event_told_on_a_holiday(pipeline: Pipeline) -> None:
    art = Article(
        id="h1",
        text="Rebels attacked an army post in the north on Christmas Day, the military said.",
        pub_date=dt.date(2003, 12, 28),
    )
    (coded,) = list(pipeline.pipe([art]))
    dated = [e for e in coded.events if e.event == "ASSAULT"]
    assert dated and dated[0].date == "2003-12-25"


@pytest.mark.parametrize(
    ("words", "pub", "tense", "want"),
    [
        ("on Senegal's Independence Day", "2011-04-10", "past", "2011-04-04"),
        ("Bolivian Independence Day", "2001-07-30", "future", "2001-08-06"),
        ("on Independence Day in Tanzania", "1995-12-01", "future", "1995-12-09"),
        ("the independence day of the Democratic Republic of Congo", "2010-07-02", "past", "2010-06-30"),
        ("America's Independence Day", "1999-07-05", "past", "1999-07-04"),
        ("Kenya's Jamhuri Day", "2004-12-20", "past", "2004-12-12"),  # its own name, with its country
        ("Christmas Day in Bethlehem", "2004-12-20", "past", None),  # a town, not a country
        ("Independence Day", "1999-07-05", "past", None),  # whose? the normaliser cannot say
        ("on Kosovo's Independence Day", "2005-03-01", "past", None),  # before it was kept
    ],
)
def test_holidays_of_a_named_country(words: str, pub: str, tense: str, want: str | None) -> None:
    info = normalize(words, dt.date.fromisoformat(pub), tense)  # type: ignore[arg-type]
    assert (info.value if info else None) == want


def test_a_holiday_by_country_needs_its_country() -> None:
    with pytest.raises(KnowledgeError, match="by_country"):
        parse_holidays("holidays:\n  - {names: [Flag Day], fixed: '06-14', by_country: true}\n")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On Senegal's Independence Day, the president pardoned 500 prisoners.", ["Senegal's Independence Day"]),
        (
            "Police fired tear gas on Independence Day in Bolivia last year.",
            ["Independence Day in Bolivia", "last year"],
        ),
        ("Crowds rallied on Independence Day.", []),  # whose? not a date for the recogniser either
        ("The Independence Day parade was called off.", []),
        ("Rebels shelled the town on Christmas Day 1991.", ["Christmas Day 1991"]),
    ],
)
def test_recogniser_finds_holidays_of_a_country_and_a_year(text: str, want: list[str]) -> None:
    assert [text[a:b] for a, b in find_date_expressions(text)] == want
