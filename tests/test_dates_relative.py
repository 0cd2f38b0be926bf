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


@pytest.mark.model
def test_a_noun_names_an_act_told_with_a_particle(pipeline: Any) -> None:
    text = (
        "The Kenyan army took over on April 3 and confined President Ruto to his home.\n\n"
        "Two days before the takeover, army chief General Ogolla warned that the military would step in."
    )
    ev = _date(text, "warned", pipeline)
    assert ev.date == "2019-04-01", ev.reasons


@pytest.mark.model
def test_a_noun_names_an_act_by_the_thing_that_did_it(pipeline: Any) -> None:
    text = (
        "A car bomb exploded outside the Somali parliament in Mogadishu on April 4, killing nine people.\n\n"
        "Kenya closed its embassy in Mogadishu the day after the bombing."
    )
    ev = _date(text, "closed", pipeline)
    assert ev.date == "2019-04-05", ev.reasons


@pytest.mark.model
def test_a_noun_the_story_dates_nowhere_fixes_nothing(pipeline: Any) -> None:
    text = "Kenya closed its embassy in Mogadishu the day after the bombing."
    ev = _date(text, "closed", pipeline)
    assert ev.date_precision == "publication", ev.reasons


@pytest.mark.model
def test_an_act_reported_by_a_verb_told_hours_later_is_counted_as_that_verb(pipeline: Any) -> None:
    text = (
        "Kenyan soldiers seized the presidential palace in Nairobi on April 3.\n\n"
        "Hours later, Colonel Otieno went on state radio to announce that the cabinet had been "
        "dissolved and the borders closed."
    )
    ev = _date(text, "dissolved", pipeline)
    assert ev.date == "2019-04-03", ev.reasons  # not the publication day


@pytest.mark.model
def test_an_admission_counted_in_days_from_the_admitting(pipeline: Any) -> None:
    text = (
        "President Ruto admitted on April 7 that Kenyan agents had bombed the ship.\n\n"
        "The admission came two days after Finance Minister Duale resigned."
    )
    ev = _date(text, "resigned", pipeline)
    assert ev.date == "2019-04-05", ev.reasons  # two days before the admitting, not before publication


@pytest.mark.model
def test_a_count_from_an_act_with_no_day_gives_no_date(pipeline: Any) -> None:
    text = "Kenyan police arrested the opposition leader in Nairobi.\n\nA day later, Kenyan troops closed the border."
    ev = _date(text, "closed", pipeline)
    assert ev.date is None, ev.reasons  # not the publication day, which nothing told here makes a day later
    assert ev.date_precision == "unknown"


@pytest.mark.model
def test_a_count_hung_under_the_gerund_of_a_charge(pipeline: Any) -> None:
    text = (
        "Kenyan soldiers seized the presidential palace in Nairobi on April 3.\n\n"
        "President Ruto accused the soldiers of acting against the constitution in a televised address two days later."
    )
    ev = _date(text, "accused", pipeline)
    assert ev.date == "2019-04-05", ev.reasons


@pytest.mark.model
def test_a_day_phrase_under_a_noun_read_as_a_participle(pipeline: Any) -> None:
    text = (
        "Kenyan soldiers seized the presidential palace in Nairobi on April 3.\n\n"
        "Opposition leader Odinga climbed onto a truck outside the parliament building the same day, "
        "denounced the coup and called for a general strike."
    )
    events = code_events(pipeline, text, PUB)
    for trigger in ("denounced", "called"):
        ev = _at(events, trigger)
        assert ev is not None and ev.date == "2019-04-03", (trigger, ev and ev.reasons)
