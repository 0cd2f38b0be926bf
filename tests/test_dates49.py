"""The day a story's account of an earlier occasion runs on with (dates49 session, when/narrative.py),
Epiphany as a holiday, and a thing named by its year dated by it (resolve/dates). Every text is
written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event
from newsevents.resolve.dates import normalize

PUB = dt.date(2011, 6, 9)  # a Thursday: Wednesday is 06-08, Tuesday 06-07

NEWS = (
    "Parliament approved the new budget early on Thursday, hours after protesters stormed the assembly building. "
    "Lawmakers voted 210 to 95 for the bill. "
)
LEAD = NEWS + "The protests began on Wednesday after the finance minister announced deep spending cuts. "


def _at(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.event_text == trigger)


@pytest.mark.model
def test_acts_told_after_a_dated_sentence_take_its_day(pipeline: Any) -> None:
    text = LEAD + "Demonstrators burned tyres in the streets. Police fired tear gas at the crowd outside the ministry."
    ev = _at(code_events(pipeline, text, PUB), "fired")
    assert ev.date == "2011-06-08", ev.reasons
    assert any("the day the sentences before tell" in r for r in ev.reasons)


@pytest.mark.model
def test_an_older_day_starts_no_run(pipeline: Any) -> None:
    text = LEAD.replace("on Wednesday", "on Monday") + "Police fired tear gas at the crowd outside the ministry."
    ev = _at(code_events(pipeline, text, PUB), "fired")
    assert ev.date_precision == "publication"


@pytest.mark.model
def test_a_day_told_in_the_lead_or_of_no_act_done_starts_no_run(pipeline: Any) -> None:
    for text in (
        "Parliament approved the new budget on Thursday after the finance minister announced deep cuts on Wednesday. "
        "Police fired tear gas at the crowd outside the ministry.",
        NEWS + "The bill still has to be signed by the president on Wednesday. "
        "Police fired tear gas at the crowd outside the ministry.",
    ):
        ev = _at(code_events(pipeline, text, PUB), "fired")
        assert ev.date_precision == "publication", ev.reasons


@pytest.mark.model
def test_a_judgement_told_after_keeps_the_publication_day(pipeline: Any) -> None:
    text = LEAD + "The opposition condemned the police."
    ev = _at(code_events(pipeline, text, PUB), "condemned")
    assert ev.date_precision == "publication"


@pytest.mark.model
def test_a_present_perfect_keeps_the_publication_day(pipeline: Any) -> None:
    text = LEAD + "Police have arrested forty protesters."
    ev = _at(code_events(pipeline, text, PUB), "arrested")
    assert ev.date_precision == "publication"


@pytest.mark.model
def test_a_sentence_naming_another_day_ends_the_run(pipeline: Any) -> None:
    text = LEAD + "The government imposed a curfew on Thursday. Soldiers fired on a crowd in the old town."
    ev = _at(code_events(pipeline, text, PUB), "fired")
    assert ev.date != "2011-06-08"


@pytest.mark.parametrize(
    ("text", "pub", "tense", "expected"),
    [
        ("on Epiphany", "2013-01-10", "past", ("2013-01-06", "day", None)),
        ("on Epiphany", "2026-01-02", "future", ("2026-01-06", "day", None)),
        ("the 2009 accord", "2016-03-01", "past", ("2009", "year", None)),
        ("a 1956 frontier agreement", "1995-02-18", "past", ("1956", "year", None)),
        ("the 1962-1974 occupation", "2007-05-21", "past", ("1962", "year", "1974")),
        ("next year's census", "1995-03-10", "future", ("1996", "year", None)),
        ("last year's floods", "1995-03-10", "past", ("1994", "year", None)),
    ],
)
def test_the_normaliser(text: str, pub: str, tense: Any, expected: tuple[str, str, str | None]) -> None:
    got = normalize(text, dt.date.fromisoformat(pub), tense)
    assert got is not None and (got.value, got.precision, got.end_value) == expected


@pytest.mark.parametrize("text", ["the 1990s war", "the 93-year-old", "the 2010s"])
def test_no_year_of_a_thing_where_none_is_written(text: str) -> None:
    got = normalize(text, dt.date(2015, 5, 5), "past")
    assert got is None or got.precision != "year" or got.end_value


@pytest.mark.model
def test_a_date_after_a_places_region_is_the_clause_of_the_place(pipeline: Any) -> None:
    text = (
        "Police fired rubber bullets at strikers in Gary, Indiana, on Tuesday night, the third night of unrest "
        "since a guard shot a picketer."
    )
    ev = _at(code_events(pipeline, text, PUB), "fired")
    assert ev.date == "2011-06-07", ev.reasons


@pytest.mark.model
def test_a_refusal_told_by_its_infinitives_day_is_not_its_partners(pipeline: Any) -> None:
    text = "The governor sent his resignation to the assembly on Monday, but lawmakers refused to accept it on Tuesday."
    ev = _at(code_events(pipeline, text, PUB), "refused")
    assert ev.date == "2011-06-07", ev.reasons


@pytest.mark.model
def test_an_agreement_told_by_its_infinitives_day_keeps_its_partners(pipeline: Any) -> None:
    text = "Rebel leaders met the mediators on Monday, and they agreed to withdraw their fighters on Friday."
    ev = _at(code_events(pipeline, text, PUB), "agreed")
    assert ev.date == "2011-06-06", ev.reasons


@pytest.mark.model
def test_the_day_after_a_thing_told_before_is_a_day_after_its_act(pipeline: Any) -> None:
    text = (
        "The two governments agreed on Wednesday to reopen the border. "
        "Gunmen attacked a police post near the frontier on May 14, killing four officers. "
        "The day after the attack, the government closed the border crossing."
    )
    ev = _at(code_events(pipeline, text, PUB), "closed")
    assert ev.date == "2011-05-15", ev.reasons


@pytest.mark.model
def test_the_day_after_a_thing_not_told_before_fixes_nothing(pipeline: Any) -> None:
    text = (
        "The two governments agreed on Wednesday to reopen the border. "
        "The day after the summit, Mali closed the border."
    )
    ev = _at(code_events(pipeline, text, PUB), "closed")
    assert ev.date_precision == "publication", ev.reasons  # the summit is no act told: no day fixed
