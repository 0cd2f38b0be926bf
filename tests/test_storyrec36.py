"""Recall on wire stories (storyrec36 session, issue 11): a finite verb of a list of one subject's acts
that the parser hung on the clause before it (an adverbial clause of the verb before it, a conjunct of a
participle) is an act of its own, not part of that clause's event. Every text is written for this test
(none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, events_at
from newsevents.records import Event

PUB = dt.date(2011, 5, 18)  # a Wednesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- a finite verb of a list: "declared ..., announced that ... and urged ..." ---------------------------


@pytest.mark.model
def test_a_finite_verb_after_a_comma_is_the_next_act_of_the_list(pipeline: Any) -> None:
    text = (
        "Moldovan President Maia Sandu declared a state of emergency on Monday, announced that Moldova was "
        "severing diplomatic relations with Russia and urged citizens to stay calm."
    )
    severing = _at(pipeline, text, "severing")
    assert severing and severing[0].event == "SANCTION"
    assert country_set(severing[0].actor) == {"MDA"} and country_set(severing[0].recipient) == {"RUS"}
    assert _at(pipeline, text, "urged")


@pytest.mark.model
def test_a_finite_verb_after_a_participle_clause_is_the_main_verbs_conjunct(pipeline: Any) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan ordered a halt to military operations in Syria on Tuesday, "
        "saying the goals had been met, and later accepted a U.S.-brokered plan to end the fighting."
    )
    accepted = _at(pipeline, text, "accepted")
    assert accepted and accepted[0].event == "AGREE"
    assert country_set(accepted[0].actor) == {"TUR"}


@pytest.mark.model
def test_a_participle_after_a_verb_stays_part_of_its_act(pipeline: Any) -> None:  # trap
    text = "Rebels shelled the port of Kismayo on Sunday, killing four fishermen and wounding a dozen."
    events = code_events(pipeline, text, PUB)
    assert not [e for e in events if e.event_text in {"wounding"} and e.event != "ASSAULT"]


@pytest.mark.model
def test_a_subordinate_finite_clause_is_not_a_list_verb(pipeline: Any) -> None:  # trap: "as" links it
    text = "Police fired tear gas at protesters in Dhaka on Friday as the opposition called a general strike."
    called = _at(pipeline, text, "called")
    assert all(country_set(e.actor) != {"BGD"} or e.event != "ASSAULT" for e in called)
