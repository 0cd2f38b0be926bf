"""Acts counted from another act of the same sentence (dates42: when/relative.py and the time clauses
of when/dating.py the parser misreads). Every text is written for this test (none is taken from a gold
or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event

PUB = dt.date(2019, 4, 12)  # a Friday


def _at(events: list[Event], trigger: str) -> Event | None:
    return next((e for e in events if e.event_text == trigger), None)


def _date(text: str, trigger: str, pipeline: Any) -> Event:
    ev = _at(code_events(pipeline, text, PUB), trigger)
    assert ev is not None, [e.event_text for e in code_events(pipeline, text, PUB)]
    return ev


@pytest.mark.model
def test_a_relative_clause_counted_from_the_clause_its_noun_is_in(pipeline: Any) -> None:
    text = (
        "Thousands of Kenyans marched in Nairobi on Friday against the Kenyan police, who arrested "
        "the opposition leader and sent troops into Kibera a day earlier."
    )
    for trigger in ("arrested", "sent"):
        ev = _date(text, trigger, pipeline)
        assert ev.date == "2019-04-11", ev.reasons  # Friday less a day, for both verbs of the relative clause


@pytest.mark.model
def test_a_demand_rejected_the_following_day(pipeline: Any) -> None:
    text = (
        "Kenya gave Somalia ten hours on Wednesday to withdraw its troops, "
        "a demand that Somalia rejected the following day."
    )
    ev = _date(text, "rejected", pipeline)
    assert ev.date == "2019-04-11", ev.reasons  # Wednesday and a day


@pytest.mark.model
def test_a_count_that_opens_the_sentence_covers_its_main_clauses(pipeline: Any) -> None:
    text = (
        "Kenyan strikers occupied the Mombasa docks on April 2.\n\n"
        "Two days later Kenyan police fired tear gas at the strikers, the governor closed the port, "
        "and President Ruto sent troops to the city."
    )
    events = code_events(pipeline, text, PUB)
    for trigger in ("closed", "sent"):
        ev = _at(events, trigger)
        assert ev is not None, [e.event_text for e in events]
        assert ev.date == "2019-04-04", (trigger, ev.reasons)


@pytest.mark.model
def test_a_count_read_as_an_apposition_of_an_object(pipeline: Any) -> None:
    text = (
        "Ugandan President Museveni demanded on Friday that Kenya pay compensation for the burning of the "
        "border post, a day after Kenya admitted that its soldiers had set the fires."
    )
    ev = _date(text, "admitted", pipeline)
    assert ev.date == "2019-04-11", ev.reasons


@pytest.mark.model
def test_a_gerund_after_a_count_under_an_adjective(pipeline: Any) -> None:
    text = (
        "Opposition leader Raila Odinga said on Friday he was ready to help end the crisis, "
        "a day after walking out of talks with President Ruto."
    )
    ev = _date(text, "walking", pipeline)
    assert ev.date == "2019-04-11", ev.reasons
