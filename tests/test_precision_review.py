"""Precision review of issue 11 (eighth session): families of false events found by reviewing every
pattern's false events on the analysed sets, each tested on sentences written for the project
(never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code
from coding import types_cameos as _types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Crowds massed outside the parliament building in Caracas on Monday.",
        "Thousands of students massed in the main square of Minsk on Sunday evening.",
    ],
)
def test_a_crowd_massing_demonstrates(pipeline: Any, text: str) -> None:
    assert [e for e, _ in _types(pipeline, text)] == ["PROTEST"]


def test_troops_massing_still_mobilise(pipeline: Any) -> None:
    assert [e for e, _ in _types(pipeline, "Turkey has massed thousands of troops on its southern border.")] == [
        "MOBILIZE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers from twelve African states gathered in Nairobi on Friday for a summit on the refugee crisis.",
        "Arab foreign ministers assembled in Cairo on Sunday for an emergency meeting.",
    ],
)
def test_leaders_gathering_for_a_meeting_consult(pipeline: Any, text: str) -> None:
    assert [e for e, _ in _types(pipeline, text)] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebel leader renounced violence on Tuesday.",
        "The separatist movement formally renounced its armed struggle in a statement on Sunday.",
    ],
)
def test_renouncing_violence_yields(pipeline: Any, text: str) -> None:
    assert [e for e, _ in _types(pipeline, text)] == ["CONCEDE"]


def test_renouncing_a_treaty_rejects_it(pipeline: Any) -> None:
    evs = _types(pipeline, "The new government renounced the border treaty with Peru on Monday.")
    assert [e for e, _ in evs] == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister vowed tough action against those who organised the bombing.",
        "The foreign minister promised swift sanctions against the military government.",
        "The president pledged severe punishment for the attackers.",
    ],
)
def test_a_vow_of_punishment_threatens(pipeline: Any, text: str) -> None:
    assert [e for e, _ in _types(pipeline, text)] == ["THREATEN"]


def test_a_promise_of_action_alone_stays_an_intent(pipeline: Any) -> None:
    assert "THREATEN" not in [e for e, _ in _types(pipeline, "The minister promised action on climate change.")]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow sent tanks across the border into the breakaway region on Friday.",
        "The junta sent armoured vehicles onto the streets of the capital on Saturday.",
    ],
)
def test_tanks_sent_across_a_border_are_deployed_not_supplied(pipeline: Any, text: str) -> None:
    assert ("AID", "072") not in _types(pipeline, text)
    assert "MOBILIZE" in [e for e, _ in _types(pipeline, text)]


def test_tanks_sent_to_a_country_are_military_aid(pipeline: Any) -> None:
    assert _types(pipeline, "Germany said on Wednesday it would send tanks to Poland.")[0][0] == "AID"


def test_a_street_protest_naming_no_one_is_aimed_at_its_own_government(pipeline: Any) -> None:
    text = "Thousands of Ukrainian students rallied on Sunday, chanting slogans."
    evs = [e for e in _code(pipeline, text) if e.event == "PROTEST"]
    assert [(r.country, r.sector) for r in evs[0].recipient] == [("UKR", "GOV")]
    assert any("names no one" in r for r in evs[0].reasons)


def test_a_protest_whose_sentence_names_another_country_guesses_no_target(pipeline: Any) -> None:
    text = "Thousands of Pakistanis marched in Lahore on Friday, burning American flags."
    evs = [e for e in _code(pipeline, text) if e.event == "PROTEST"]
    assert evs and all(r.country != "PAK" for e in evs for r in e.recipient)


def test_a_protest_at_a_foreign_mission_is_aimed_at_its_state(pipeline: Any) -> None:
    evs = [
        e for e in _code(pipeline, "Protesters rallied outside the French embassy in Tehran.") if e.event == "PROTEST"
    ]
    assert [r.country for r in evs[0].recipient] == ["FRA"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebel commander vowed that the capital would fall within weeks.",
        "The junta leader vowed on Sunday that foreign troops would never set foot in the country.",
    ],
)
def test_a_vow_told_by_a_clause_is_no_intent_to_cooperate(pipeline: Any, text: str) -> None:
    evs = _code(pipeline, text)
    vows = [e for e in evs if e.event_text.startswith("vow")]
    assert [e.event for e in vows] == ["THREATEN"]


def test_a_vow_to_cooperate_stays_an_intent(pipeline: Any) -> None:
    assert [e for e, _ in _types(pipeline, "The president vowed to cooperate with the inquiry.")] == ["AGREE"]


def test_regretting_what_another_party_did_criticises_it(pipeline: Any) -> None:
    evs = _types(pipeline, "The Chinese foreign ministry regretted that Japan had approved the textbook.")
    assert evs == [("ACCUSE", "111")]


def test_regretting_ones_own_act_stays_an_apology(pipeline: Any) -> None:
    evs = _types(pipeline, "The minister said he regretted that he had misled parliament.")
    assert ("ACCUSE", "111") not in evs


def test_an_act_in_an_after_clause_is_not_planned_by_the_main_clause(pipeline: Any) -> None:
    text = "Kenya said on Monday it would send police to the border town after rioters set fire to two churches."
    fires = [e for e in _code(pipeline, text) if e.event_text == "set"]
    assert fires and all(e.event != "THREATEN" and e.modality == "asserted" for e in fires)


def test_a_purpose_infinitive_of_a_planned_act_stays_planned(pipeline: Any) -> None:
    evs = _code(pipeline, "The government plans to send troops to the north to disarm the militias.")
    assert all(e.modality != "asserted" or e.event in {"AGREE", "THREATEN"} for e in evs)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Both neighbours retaliated by expelling the ambassador of Fiji.", "SANCTION"),
    ],
)
def test_a_reaction_told_by_its_means_is_that_act_alone(pipeline: Any, text: str, event: str) -> None:
    assert [e for e, _ in _types(pipeline, text)] == [event]


def test_a_missile_that_hit_a_school_is_no_reaction(pipeline: Any) -> None:
    evs = _types(pipeline, "A Russian missile hit a school in Kharkiv on Monday, killing ten people.")
    assert "ASSAULT" in [e for e, _ in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Residents fled the town as the general's forces advanced on Sunday.",
        "The opposition accused the president's forces of shelling the suburbs.",
    ],
)
def test_a_leaders_forces_are_no_act_of_coercion(pipeline: Any, text: str) -> None:
    assert all(e.event_text != "forces" for e in _code(pipeline, text))


def test_power_taken_is_a_coup_not_asylum(pipeline: Any) -> None:
    assert _types(pipeline, "A military council said on Monday it had taken power in the capital.") == [
        ("COERCE", "170")
    ]


def test_taking_over_as_president_is_no_asylum(pipeline: Any) -> None:
    evs = _types(pipeline, "The vice president took over as acting president on Friday.")
    assert ("AID", "075") not in evs


def test_refugees_taken_in_are_still_asylum(pipeline: Any) -> None:
    assert ("AID", "075") in _types(pipeline, "Sweden took in thousands of refugees from Syria last year.")


def test_a_second_consequence_participle_is_part_of_the_attack(pipeline: Any) -> None:
    text = (
        "Artillery fired dozens of shells onto the island on Tuesday, killing three soldiers and setting houses ablaze."
    )
    assert all(e.event_text != "setting" for e in _code(pipeline, text))


def test_a_second_participle_that_tells_an_arrest_stays_an_event(pipeline: Any) -> None:
    text = "Police opened fire on the marchers on Sunday, wounding six people and arresting dozens of students."
    assert any(e.event_text == "arresting" for e in _code(pipeline, text))


def test_a_state_that_ceased_to_exist_declared_no_truce(pipeline: Any) -> None:
    assert _code(pipeline, "The federation ceased to exist at midnight on Tuesday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan beat England by 22 runs on Sunday to win the cricket World Cup.",
        "The champion beat his rival in straight sets to win the title.",
    ],
)
def test_a_contest_won_is_no_assault(pipeline: Any, text: str) -> None:
    assert _code(pipeline, text) == []


def test_protesters_beaten_with_batons_are_still_assaulted(pipeline: Any) -> None:
    assert ("ASSAULT", "182") in _types(pipeline, "Police beat protesters with batons in the capital on Sunday.")
