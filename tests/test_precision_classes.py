"""Precision by classes of false events (issue 11, fifth session): each mechanism on sentences
written for the project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code
from newsevents.code.rules import CodeRules

pytestmark = pytest.mark.model


def test_the_new_rule_lists_are_data() -> None:
    rules = CodeRules.default()
    assert "accept" in rules.stance_negations
    assert "cyclone" in rules.natural_forces
    assert "speculation" in rules.conjecture_nouns
    assert rules.lemma_codes["0871"]["sign"] == "057"
    assert rules.object_codes["128"]["warning"] == "-"


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army and the Rapid Support Forces signed a ceasefire in Jeddah on Saturday.",
        "Ethiopia and Eritrea agreed on a truce on Monday after weeks of fighting.",
    ],
)
def test_a_ceasefire_signed_or_agreed_is_an_agreement(pipeline: Any, text: str) -> None:
    assert [e.event for e in _code(pipeline, text)] == ["AGREE"]


def test_a_ceasefire_declared_by_one_side_stays_a_truce(pipeline: Any) -> None:
    assert [
        (e.event, e.cameo) for e in _code(pipeline, "The rebel commander declared a unilateral ceasefire on Sunday.")
    ] == [("RETREAT", "0871")]


def test_defying_warnings_is_how_an_act_stands_not_an_act(pipeline: Any) -> None:
    evs = _code(pipeline, "Iran tested a ballistic missile on Tuesday, defying warnings from Washington.")
    assert [e.event for e in evs] == ["MOBILIZE"]


def test_defying_a_ruling_stays_a_rejection(pipeline: Any) -> None:
    text = (
        "The Kenyan government deported the opposition leader to Canada on Monday, defying a ruling by the High Court."
    )
    assert "REJECT" in [e.event for e in _code(pipeline, text)]


def test_one_person_forced_to_flee_is_coerced_not_expelled(pipeline: Any) -> None:
    text = (
        "Opposition supporters stormed the parliament on Friday, "
        "forcing President Ali Abdullah Saleh to flee the capital."
    )
    forced = next(e for e in _code(pipeline, text) if e.event_text == "forcing")
    assert (forced.event, forced.cameo) == ("COERCE", "170")


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Haiyan flattened the Philippine city of Tacloban on Friday.",
        "Wildfires forced thousands of residents in Greece to flee their homes.",
        "Mount Merapi in Indonesia erupted on Tuesday, forcing thousands of villagers to flee.",
    ],
)
def test_a_natural_force_makes_no_event(pipeline: Any, text: str) -> None:
    assert _code(pipeline, text) == []


def test_an_attack_told_by_its_fire_is_still_an_attack(pipeline: Any) -> None:
    evs = _code(pipeline, "Israeli fire killed three Palestinians in Gaza on Monday.")
    assert [e.event for e in evs] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey said it did not accept the verdict of the tribunal.",
        "The Lebanese government did not endorse the attack on the Israeli border post.",
    ],
)
def test_a_stance_negated_in_the_past_is_a_rejection(pipeline: Any, text: str) -> None:
    evs = _code(pipeline, text)
    assert [(e.event, e.modality) for e in evs] == [("REJECT", "asserted")]


def test_an_act_negated_in_the_past_stays_negated(pipeline: Any) -> None:
    evs = _code(pipeline, "The Kenyan president did not sign the decree, his spokesman said.")
    assert all(e.modality == "negated" for e in evs)


def test_an_open_question_is_no_intent(pipeline: Any) -> None:
    # an open question tells no act (tenth session: not even a hypothetical one; derive.stage)
    evs = _code(pipeline, "The rebel leader has not said whether he will surrender to the army.")
    assert evs == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister's remarks fuelled speculation that Ankara would expel the Swedish ambassador.",
        "The army said its forces would stay on the border in case the rebels attacked again.",
    ],
)
def test_a_conjecture_or_a_condition_tells_no_act(pipeline: Any, text: str) -> None:
    assert not any(e.event in {"SANCTION", "ASSAULT"} for e in _code(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chad complained to the United Nations over a Sudanese air raid in which it said 30 people were killed "
        "or wounded.",
        "Several soldiers were reported killed in the clashes near the border.",
        "Local officials said hundreds of villagers had been killed in the attack.",
    ],
)
def test_the_victims_of_a_passive_killing_are_not_its_actors(pipeline: Any, text: str) -> None:
    for e in _code(pipeline, text):
        if e.event == "ASSAULT":
            assert not any(a.sector == "CVL" or a.entity_text in {"soldiers", "villagers", "people"} for a in e.actor)


def test_walking_out_of_prison_is_no_walkout(pipeline: Any) -> None:
    text = "The jailed opposition leader walked out of Kamiti prison on Monday, freed by the Kenyan government."
    evs = _code(pipeline, text)
    assert "REJECT" not in [e.event for e in evs]
    freed = next(e for e in evs if e.event_text == "freed")
    assert [a.country for a in freed.actor] == ["KEN"]


def test_walking_out_of_talks_stays_a_walkout(pipeline: Any) -> None:
    assert [
        e.event for e in _code(pipeline, "The Iranian delegation walked out of the talks in Geneva on Monday.")
    ] == ["REJECT"]


def test_a_match_without_its_score_is_no_fight(pipeline: Any) -> None:
    assert _code(pipeline, "Brazil beat Argentina on penalties in the Copa America final on Sunday.") == []


def test_refugees_arriving_visit_no_one(pipeline: Any) -> None:
    assert _code(pipeline, "Thousands of Afghan refugees arrived in Pakistan on Monday.") == []


def test_a_bare_infinitive_after_a_demand_is_part_of_it(pipeline: Any) -> None:
    text = (
        "The German Chancellor called on Serbia to stop its air and drone attacks on Kosovo, "
        "respect the region's borders and withdraw its army units."
    )
    assert [e.event for e in _code(pipeline, text)] == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebel front dismissed the deal as a betrayal and vowed to press on with the armed fight against "
        "the junta.",
        "The Taliban vowed to continue their jihad against foreign forces.",
    ],
)
def test_a_vow_to_carry_on_a_fight_is_a_threat(pipeline: Any, text: str) -> None:
    vowed = next(e for e in _code(pipeline, text) if e.event_text == "vowed")
    assert vowed.event == "THREATEN"


def test_opposing_a_plan_is_rejecting_it(pipeline: Any) -> None:
    evs = _code(pipeline, "Sudanese opposition leaders said they opposed the dispatch of an African Union mission.")
    assert [e.event for e in evs] == ["REJECT"]


def test_failing_to_agree_is_no_rejection(pipeline: Any) -> None:
    evs = _code(pipeline, "The two delegations met in Cairo on Monday but failed to agree on a statement.")
    assert "REJECT" not in [e.event for e in evs]


def test_a_deadline_without_a_threat_is_a_demand(pipeline: Any) -> None:
    evs = _code(pipeline, "Kyrgyzstan has given the United States 90 days to close its offices at the Manas air base.")
    assert [e.event for e in evs] == ["REQUEST"]


def test_a_deadline_to_leave_without_a_threat_is_an_expulsion(pipeline: Any) -> None:
    """type24: a deadline to leave or vacate expels (174, COERCE; the rounds accept COERCE for every
    such deadline, a demand for a few)."""
    evs = _code(pipeline, "Kyrgyzstan has given the United States 90 days to leave the Manas air base.")
    assert [(e.event, e.cameo) for e in evs] == [("COERCE", "174")]


def test_a_deadline_with_what_follows_is_an_ultimatum(pipeline: Any) -> None:
    text = "The president gave the rebels 48 hours to lay down their arms or face a military offensive."
    assert "THREATEN" in [e.event for e in _code(pipeline, text)]


def test_militiamen_blocking_roads_restrict_movement(pipeline: Any) -> None:
    evs = _code(pipeline, "Hutu militiamen set up roadblocks across Kigali on Thursday.")
    assert [(e.event, e.cameo) for e in evs] == [("COERCE", "191")]


def test_the_act_a_deadline_asks_for_is_not_told_as_done(pipeline: Any) -> None:
    evs = _code(pipeline, "The Kenyan president gave the rebels 48 hours to lay down their arms.")
    assert [(e.event, e.event_text) for e in evs] == [("REQUEST", "gave")]
    assert [a.country for a in evs[0].actor] == ["KEN"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenya's trade minister is due to visit Ankara later this month for talks.", "CONSULT"),
        ("The European Union is expected to lift its oil embargo on Venezuela next year.", "CONCEDE"),
    ],
)
def test_a_scheduled_act_keeps_its_own_code(pipeline: Any, text: str, event: str) -> None:
    assert [(e.event, e.modality) for e in _code(pipeline, text)] == [(event, "future")]


def test_a_planned_act_stays_an_intent(pipeline: Any) -> None:
    evs = _code(pipeline, "The Kenyan government plans to impose new restrictions on foreign media.")
    assert [e.event for e in evs] == ["THREATEN"]


def test_a_rejection_denied_is_no_event(pipeline: Any) -> None:
    evs = _code(pipeline, "The Kenyan president said he did not rule out any options against the rebels.")
    assert "REJECT" not in [e.event for e in evs]


def test_migrants_crossing_a_border_occupy_nothing(pipeline: Any) -> None:
    evs = _code(pipeline, "Thousands of Syrian refugees crossed from Turkey into Greece on Saturday.")
    assert "ASSAULT" not in [e.event for e in evs]


def test_fighting_to_do_something_is_an_effort_not_a_fight(pipeline: Any) -> None:
    text = "Spain extradited the banker to Chile on Friday, angering Caracas, which had fought for years to stop it."
    assert "ASSAULT" not in [e.event for e in _code(pipeline, text)]


def test_fighting_rebels_is_still_a_fight(pipeline: Any) -> None:
    evs = _code(pipeline, "Government troops fought rebels near the town of Goma on Monday.")
    assert "ASSAULT" in [e.event for e in evs]


def test_armed_forces_fighting_to_free_hostages_fight(pipeline: Any) -> None:
    evs = _code(pipeline, "Malian soldiers battled on Friday to free hostages held by militants in a Bamako hotel.")
    assert "ASSAULT" in [e.event for e in evs]
