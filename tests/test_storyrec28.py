"""Recall on multi-paragraph wire stories (storyrec28 session, issue 11): events a story tells again
without naming who acts, whose actors the story named before. Every text is written for this test
(none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.records import Event

PUB = dt.date(2003, 3, 11)  # a Tuesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return [e for e in code_events(pipeline, text, PUB) if e.event_text == trigger]


# --- an accord still to be signed: the parties of the accord initialled before ---------------------


@pytest.mark.model
def test_accord_to_be_signed_takes_the_parties_that_initialled_it(pipeline: Any) -> None:
    text = (
        "The presidents of Ethiopia and Eritrea initialled a border accord in Algiers on Monday. "
        "The accord will be formally signed in Addis Ababa next month."
    )
    signed = _at(pipeline, text, "signed")
    assert signed and signed[0].event == "AGREE" and signed[0].modality == "future"
    assert country_set(signed[0].actor) == {"ETH", "ERI"}


@pytest.mark.model
def test_accord_to_be_signed_skips_a_call_told_after_the_initialling(pipeline: Any) -> None:
    # the talks told last are a call by a third state; the accord's parties are those who initialled it
    text = (
        "The presidents of Ethiopia and Eritrea initialled a border accord in Algiers on Monday. "
        "Algerian President Abdelaziz Bouteflika telephoned Italian Prime Minister Silvio Berlusconi "
        "on Tuesday. The accord is to be signed in Addis Ababa next month."
    )
    signed = _at(pipeline, text, "signed")
    assert signed and country_set(signed[0].actor) == {"ETH", "ERI"}


@pytest.mark.model
def test_accord_to_be_signed_with_no_accord_before_stays_without_event(pipeline: Any) -> None:
    text = "Ethiopian troops shelled Eritrean positions on Monday. A new accord is to be signed next month."
    assert not _at(pipeline, text, "signed")


# --- a passive attack: a place named after "of" is the target, "also" lends the doers told before ---


@pytest.mark.model
def test_place_after_of_is_not_the_agent_of_a_passive_attack(pipeline: Any) -> None:
    text = (
        "Ethiopian jets bombed Eritrean positions near Badme on Monday. "
        "The Eritrean port of Massawa was also hit on Wednesday, residents said."
    )
    hit = _at(pipeline, text, "hit")
    assert hit and hit[0].event == "ASSAULT"
    assert country_set(hit[0].actor) == {"ETH"}  # not Eritrea, the place hit
    assert any("doers of the act told before" in r for r in hit[0].reasons)


@pytest.mark.model
def test_passive_attack_without_also_takes_no_doers_told_before(pipeline: Any) -> None:
    # no "also": nothing says the second attack is a blow of the first
    text = (
        "Ethiopian jets bombed Eritrean positions near Badme on Monday. "
        "A market in the Eritrean town of Massawa was hit on Wednesday, residents said."
    )
    assert all("ETH" not in country_set(e.actor) for e in _at(pipeline, text, "hit"))


@pytest.mark.model
def test_session_of_a_body_still_names_who_held_it(pipeline: Any) -> None:
    # the "of" phrase of an event noun that is no place still names who held it
    text = "An emergency session of the Arab League was held in Cairo on Sunday."
    held = _at(pipeline, text, "held")
    assert held and held[0].actor, [(e.event, e.event_text) for e in code_events(pipeline, text, PUB)]
