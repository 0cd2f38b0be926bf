"""Recall on multi-paragraph wire stories (storyrec29 session, issue 11): criticisms a story reports
through a statement verb ("described X as illegal", "said X violated Y"). Every text is written
for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import country_set, events_at
from newsevents.records import Event

PUB = dt.date(2011, 6, 14)  # a Tuesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- a statement verb that names its object ("describe ... as") ------------------------------------


@pytest.mark.model
def test_described_as_a_word_of_condemnation_is_a_criticism(pipeline: Any) -> None:
    text = "Norway on Monday described the seizure of the radio station as illegal."
    said = _at(pipeline, text, "described")
    assert said and said[0].event == "ACCUSE" and country_set(said[0].actor) == {"NOR"}


@pytest.mark.model
def test_described_as_a_betrayal_is_a_criticism(pipeline: Any) -> None:
    said = _at(pipeline, "The Kenyan foreign minister described the vote as a betrayal.", "described")
    assert said and said[0].event == "ACCUSE"


@pytest.mark.model
def test_described_as_a_neutral_word_is_no_event(pipeline: Any) -> None:  # trap
    assert not _at(pipeline, "The Kenyan foreign minister described the talks as constructive.", "described")


# --- a reported clause that lays a wrong at its doer's door -----------------------------------------


@pytest.mark.model
def test_said_a_party_violated_a_truce_is_an_accusation(pipeline: Any) -> None:
    said = _at(pipeline, "Armenia said Azerbaijani forces had violated the truce overnight.", "said")
    assert said and said[0].event == "ACCUSE" and country_set(said[0].actor) == {"ARM"}


@pytest.mark.model
def test_said_a_move_violated_a_truce_is_left_to_the_act(pipeline: Any) -> None:  # trap (not yet: whose move)
    said = _at(pipeline, "Armenia said the shelling of the border villages violated the truce.", "said")
    assert not any(e.event == "ACCUSE" and e.cameo == "112" for e in said)


@pytest.mark.model
def test_said_a_party_instigated_the_riots_accuses_it(pipeline: Any) -> None:
    said = _at(pipeline, "Bolivia said the Chilean navy had instigated the riots.", "said")
    assert said and said[0].event == "ACCUSE" and "CHL" in country_set(said[0].recipient)


@pytest.mark.model
def test_said_riots_were_instigated_by_a_party_accuses_the_agent(pipeline: Any) -> None:
    said = _at(pipeline, "Bolivia said the riots had been instigated by the Chilean navy.", "said")
    assert said and said[0].event == "ACCUSE" and "CHL" in country_set(said[0].recipient)


@pytest.mark.model
def test_said_it_had_not_violated_is_no_accusation(pipeline: Any) -> None:  # trap
    said = _at(pipeline, "Serbia said it had not violated the arms embargo.", "said")
    assert not any(e.event == "ACCUSE" for e in said)


@pytest.mark.model
def test_said_actions_would_provoke_retaliation_is_no_accusation(pipeline: Any) -> None:  # trap
    said = _at(pipeline, "Moscow said Kyiv's actions would violate the truce and bring retaliation.", "said")
    assert not any(e.event == "ACCUSE" for e in said)


@pytest.mark.model
def test_said_a_move_violated_no_law_is_no_accusation(pipeline: Any) -> None:  # trap
    said = _at(pipeline, "Serbia said the exercise violated no agreement.", "said")
    assert not any(e.event == "ACCUSE" for e in said)
