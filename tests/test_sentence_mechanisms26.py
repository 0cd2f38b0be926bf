"""Families of the sixteenth session (issue 11, sentences, sent26: built from the no-trigger misses of
rounds 21 to 24), each on sentences written for this test (none taken from a gold or blind set): the
object a free relative names ("launched what it called ..."), the "from" phrase of nouns of asking,
words of condemnation in a naming, and the pattern families of aircraft shot down, revolts ended,
pressure yielded to, energy supplies cut, arms handed in by forces, forces put on standby or on the
streets, talks sat down for and blocs or accords rejoined; with traps in other senses."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, events_of, shown

pytestmark = pytest.mark.model

PUB = dt.date(2019, 5, 14)

_code = partial(code_events, pub_date=PUB)


_of = partial(events_of, pub_date=PUB)


_shown = partial(shown, pub_date=PUB)


# words of condemnation in a naming


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's former prime minister called the corruption case a witch hunt on Monday.",
        "Beijing called the American tariffs an act of bullying.",
        "The junta dismissed the charges of torture as fabricated.",
    ],
)
def test_naming_with_a_condemnation_is_a_criticism(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "ACCUSE") or _of(pipeline, text, "REJECT"), _shown(pipeline, text)


def test_naming_with_praise_is_no_criticism(pipeline: Any) -> None:
    text = "The foreign minister called the talks a turning point."
    assert not _of(pipeline, text, "ACCUSE"), _shown(pipeline, text)


# aircraft shot, brought or downed


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot down an army airliner near Goma on Tuesday.",
        "Syrian air defences downed an Israeli aircraft over Homs on Friday.",
    ],
)
def test_an_aircraft_shot_down_is_an_attack(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "ASSAULT"), _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new budget brought down inflation to four percent.",
        "The scandal brought down the coalition government in March.",
    ],
)
def test_other_things_brought_down_are_no_attack(pipeline: Any, text: str) -> None:
    assert not _of(pipeline, text, "ASSAULT"), _shown(pipeline, text)


# revolts ended, pressure yielded to, supplies cut


def test_an_uprising_ended_is_a_de_escalation(pipeline: Any) -> None:
    text = "The Tuareg rebels ended their uprising on Monday after two years."
    assert _of(pipeline, text, "RETREAT"), _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian government caved in to the pressure of the unions on Friday.",
        "The king bowed to the protests and dismissed the cabinet.",
    ],
)
def test_yielding_to_pressure_is_a_concession(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "CONCEDE"), _shown(pipeline, text)


def test_a_bow_to_the_crowd_is_no_concession(pipeline: Any) -> None:
    text = "The singer bowed to the audience at the end of the concert."
    assert not _of(pipeline, text, "CONCEDE"), _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow halted oil deliveries to Belarus on Monday.",
        "Algeria cut off gas supplies to Morocco on Sunday.",
    ],
)
def test_energy_supplies_cut_are_a_sanction(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "SANCTION"), _shown(pipeline, text)


def test_car_deliveries_halted_are_no_sanction(pipeline: Any) -> None:
    text = "The carmaker halted deliveries of its new model on Monday."
    assert not _of(pipeline, text, "SANCTION"), _shown(pipeline, text)


# forces: arms handed in, put on standby or on the streets


def test_forces_handing_their_weapons_to_monitors_disarm(pipeline: Any) -> None:
    text = "The guerrillas handed their weapons to United Nations monitors on Tuesday."
    assert _of(pipeline, text, "RETREAT"), _shown(pipeline, text)


def test_a_state_handing_weapons_to_a_militia_does_not_disarm(pipeline: Any) -> None:
    text = "Iran handed weapons to the militia in 2015."
    assert not _of(pipeline, text, "RETREAT"), _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The alliance put more forces on standby on Monday.",
        "The government put soldiers on the streets of the capital on Friday.",
    ],
)
def test_forces_put_on_standby_or_the_streets_are_mobilised(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "MOBILIZE"), _shown(pipeline, text)


def test_players_put_on_standby_are_no_mobilisation(pipeline: Any) -> None:
    text = "The coach put three players on standby for the final."
    assert not _of(pipeline, text, "MOBILIZE"), _shown(pipeline, text)


# talks sat down for, blocs and accords rejoined


def test_sitting_down_for_negotiations_is_a_meeting(pipeline: Any) -> None:
    text = "Government and opposition leaders sat down for negotiations in Caracas on Monday."
    assert _of(pipeline, text, "CONSULT"), _shown(pipeline, text)


def test_sitting_down_for_dinner_is_no_meeting(pipeline: Any) -> None:
    text = "The family sat down for dinner at eight."
    assert not _of(pipeline, text, "CONSULT"), _shown(pipeline, text)


def test_an_accord_rejoined_is_cooperation(pipeline: Any) -> None:
    text = "Brazil rejoined the climate accord on Tuesday."
    assert _of(pipeline, text, "COOPERATE"), _shown(pipeline, text)


# the "of" phrase of a noun of support received names who gives it


def test_backing_won_from_parliament_is_its_support(pipeline: Any) -> None:
    text = "The Romanian government won the backing of parliament on Tuesday for its budget."
    found = _of(pipeline, text, "SUPPORT")
    assert any("parliament" in a.entity_text.lower() for e in found for a in e.actor), _shown(pipeline, text)


def test_criticism_of_a_policy_faced_names_no_critic(pipeline: Any) -> None:
    text = "The government faced criticism of its handling of the floods."
    assert not _of(pipeline, text, "ACCUSE"), _shown(pipeline, text)


# a word of a region before a noun of a state describes the state named before; it is no place


def test_the_pacific_territory_is_no_town_in_missouri(pipeline: Any) -> None:
    text = "France sent troops to New Caledonia on Wednesday after two nights of rioting in the Pacific territory."
    events = _code(pipeline, text)
    assert events and all(e.event_loc is None or e.event_loc.country_code != "USA" for e in events), [
        (e.event, e.event_loc) for e in events
    ]


def test_backing_not_won_is_withheld_by_its_givers(pipeline: Any) -> None:
    text = "The Japanese foreign minister failed on Monday to win the backing of the ASEAN states for the plan."
    assert not _of(pipeline, text, "SUPPORT"), _shown(pipeline, text)
    assert _of(pipeline, text, "REJECT"), _shown(pipeline, text)
