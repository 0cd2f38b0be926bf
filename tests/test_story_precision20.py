"""Precision of story events, thirteenth session (storyprec20): mechanisms built from the classes of
the false events of rounds 16-18's stories, each tested on sentences written for the project (never
gold sentences): a name given to an object is no call, and the setting of a clause is no argument."""

from __future__ import annotations

from typing import Any

import pytest

from coding import types_cameos as _types

pytestmark = pytest.mark.model


def _kinds(pipeline: Any, text: str) -> list[str | None]:
    return [e for e, _ in _types(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents called their meeting constructive.",
        "The union leader called the stoppage a great success.",
        "Ministers scrapped a tariff that Ottawa had long called a red line.",
        "Both delegations called the negotiations useful but gave no details.",
    ],
)
def test_a_name_given_is_no_call(pipeline: Any, text: str) -> None:
    kinds = _kinds(pipeline, text)
    assert "REQUEST" not in kinds and "PROTEST" not in kinds


def test_a_name_of_condemnation_is_a_criticism(pipeline: Any) -> None:
    assert "ACCUSE" in _kinds(pipeline, "The foreign minister called the shelling of the port an act of war.")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The opposition called a general strike for Monday.", "PROTEST"),
        ("The envoy called for talks between the two sides.", "REQUEST"),
    ],
)
def test_a_call_without_a_name_keeps_its_sense(pipeline: Any, text: str, kind: str) -> None:
    assert kind in _kinds(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Under the new deal, the government will cut its fuel subsidies by half.",
        "The minister left Caracas empty-handed following talks with the president.",
        "The envoy left Kabul after talks with the Taliban.",
    ],
)
def test_a_setting_is_no_object_of_the_verb(pipeline: Any, text: str) -> None:
    cameos = [c for _, c in _types(pipeline, text)]
    assert "057" not in cameos and "164" not in cameos


def test_talks_left_are_still_talks_left(pipeline: Any) -> None:
    assert "164" in [c for _, c in _types(pipeline, "The rebel delegation left the talks in Geneva on Friday.")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops loyal to the colonel disarmed the presidential guard on Sunday.",
        "African Union peacekeepers will disarm militia groups in the east.",
    ],
)
def test_armed_men_disarmed_by_others_are_coerced(pipeline: Any, text: str) -> None:
    kinds = _kinds(pipeline, text)
    assert "COERCE" in kinds and "RETREAT" not in kinds


def test_a_side_that_disarms_itself_retreats(pipeline: Any) -> None:
    assert "COERCE" not in _kinds(pipeline, "The guerrillas began to disarm on Monday under the peace accord.")


@pytest.mark.parametrize(
    "text",
    [
        "Villagers greeted the returning refugees with songs and flowers.",
        "The convoy entered the town, greeted by residents waving flags.",
    ],
)
def test_civilians_greeting_host_no_one(pipeline: Any, text: str) -> None:
    assert "CONSULT" not in _kinds(pipeline, text)


def test_a_leader_greeting_a_leader_hosts(pipeline: Any) -> None:
    text = "The Chinese president greeted the French president at the airport in Beijing."
    assert "CONSULT" in _kinds(pipeline, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Britain launched a war to topple the Iraqi government.", "COERCE"),
        ("The rebels accused Ankara of planning a military intervention to free the jailed commander.", "CONCEDE"),
    ],
)
def test_the_aim_of_an_operation_is_not_told(pipeline: Any, text: str, absent: str) -> None:
    assert absent not in _kinds(pipeline, text)


def test_a_participle_hung_on_the_aim_is_still_told(pipeline: Any) -> None:
    text = "The navy began an operation to retake the island on Friday, shelling the harbour and landing marines."
    assert "ASSAULT" in _kinds(pipeline, text)


def test_a_purpose_without_an_operation_is_told(pipeline: Any) -> None:
    assert "ACCUSE" in _kinds(
        pipeline,
        ("Venezuelan opposition leader Juan Guaido climbed onto a truck in Caracas to denounce the military takeover."),
    )


def test_an_attack_feared_is_not_told(pipeline: Any) -> None:
    assert "ASSAULT" not in _kinds(pipeline, "The Ethiopian cabinet said it feared an attack by Eritrea.")


def test_an_act_banned_is_not_told(pipeline: Any) -> None:
    kinds = _kinds(pipeline, "Canberra announced sanctions including a ban on travel by members of the junta.")
    assert "SANCTION" in kinds and "CONSULT" not in kinds and "MOBILIZE" not in kinds


def test_a_claim_insisted_on_is_no_demand(pipeline: Any) -> None:
    text = "The interim president insisted that the removal of his predecessor had been a legal transition."
    assert "REQUEST" not in _kinds(pipeline, text)


def test_an_insistence_on_something_stays_a_demand(pipeline: Any) -> None:
    assert "REQUEST" in _kinds(pipeline, "The teachers' union insisted on a pay rise.")


def test_cooperation_spelt_with_a_hyphen_is_cooperation(pipeline: Any) -> None:
    got = _types(pipeline, "Wellington said it was suspending military co-operation with Suva.")
    assert [e for e, _ in got] == ["SANCTION"]
