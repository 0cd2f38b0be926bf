"""Recall on multi-paragraph wire stories (storyrec32 session, issue 11): borders thrown open, the
act after "had no choice but to", and a speaker's own feeling about an act told in a reported
clause. Every text is written for this test (none is taken from a gold or blind set); traps must
stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import country_set, events_at
from newsevents.records import Event

PUB = dt.date(1997, 3, 12)  # a Wednesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- borders thrown open: a state eases the restrictions on its own people ----------------------------


@pytest.mark.model
def test_borders_thrown_open_are_eased_restrictions_on_the_own_people(pipeline: Any) -> None:
    text = "Albania threw open its borders on Tuesday after four decades of isolation."
    eased = _at(pipeline, text, "threw")
    assert eased and eased[0].event == "CONCEDE" and country_set(eased[0].actor) == {"ALB"}
    assert country_set(eased[0].recipient) == {"ALB"}


@pytest.mark.model
def test_a_frontier_flung_open_is_eased_too(pipeline: Any) -> None:
    text = "Burma's generals flung open the frontier with Thailand to traders on Monday."
    eased = _at(pipeline, text, "flung")
    assert eased and eased[0].event == "CONCEDE"


@pytest.mark.model
def test_a_door_thrown_open_is_no_event(pipeline: Any) -> None:  # trap
    assert not _at(pipeline, "The Albanian minister threw open the door of his office.", "threw")


# --- "had no choice but to": the act is the chooser's -------------------------------------------------


@pytest.mark.model
def test_the_act_after_no_choice_but_to_is_the_subjects(pipeline: Any) -> None:
    text = "Prime Minister Junichiro Koizumi said he had no choice but to impose sanctions on North Korea."
    imposed = _at(pipeline, text, "impose")
    assert imposed and imposed[0].event == "SANCTION" and country_set(imposed[0].actor) == {"JPN"}
    assert imposed[0].modality == "asserted"


@pytest.mark.model
def test_no_alternative_but_to_withdraw(pipeline: Any) -> None:
    text = "Officials in Lima said Peru saw no alternative but to expel the Chilean ambassador."
    expelled = _at(pipeline, text, "expel")
    assert expelled and country_set(expelled[0].actor) == {"PER"}


@pytest.mark.model
def test_left_with_no_option_but_to_strike(pipeline: Any) -> None:
    text = "Israel was left with no option but to strike the Hamas camps in Gaza, the army said."
    struck = _at(pipeline, text, "strike")
    assert struck and struck[0].event == "ASSAULT" and country_set(struck[0].actor) == {"ISR"}


@pytest.mark.model
def test_no_choice_told_without_but_lends_nothing(pipeline: Any) -> None:  # trap
    text = "Voters in Peru had no choice on Sunday. Chile expelled the Peruvian ambassador on Monday."
    expelled = _at(pipeline, text, "expelled")
    assert expelled and country_set(expelled[0].actor) == {"CHL"}


# --- a speaker's own feeling about an act: praise or criticism ----------------------------------------


@pytest.mark.model
def test_a_speaker_pleased_by_a_decision_praises_it(pipeline: Any) -> None:
    text = "Chancellor Helmut Kohl told reporters he was very pleased by the decision of the Polish government."
    praised = _at(pipeline, text, "told")
    assert praised and praised[0].event == "SUPPORT" and country_set(praised[0].actor) == {"DEU"}
    assert country_set(praised[0].recipient) == {"POL"}


@pytest.mark.model
def test_a_speaker_disappointed_by_a_ruling_criticises_it(pipeline: Any) -> None:
    text = "Wellington said on Monday it was deeply disappointed by the French decision."
    criticised = _at(pipeline, text, "said")
    assert criticised and criticised[0].event == "ACCUSE" and country_set(criticised[0].actor) == {"NZL"}
    assert country_set(criticised[0].recipient) == {"FRA"}


@pytest.mark.model
def test_a_speaker_dismayed_that_a_party_acted_criticises_the_party(pipeline: Any) -> None:
    text = "Tokyo said it was dismayed that Seoul had recalled its ambassador."
    criticised = _at(pipeline, text, "said")
    assert criticised and criticised[0].event == "ACCUSE" and country_set(criticised[0].recipient) == {"KOR"}


@pytest.mark.model
def test_a_speaker_not_pleased_says_nothing_coded(pipeline: Any) -> None:  # trap
    assert not _at(pipeline, "The minister said he was not pleased by the Chinese decision.", "said")


@pytest.mark.model
def test_a_speaker_shocked_by_an_attack_is_no_criticism(pipeline: Any) -> None:  # trap
    assert not _at(pipeline, "The Kremlin said it was shocked by the attack in Moscow.", "said")
