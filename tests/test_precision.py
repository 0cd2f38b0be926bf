"""Precision and the choice of type (issue 11): general mechanisms, each on sentences written for
the project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code
from newsevents.code.rules import CodeRules

pytestmark = pytest.mark.model


def test_the_condemning_roots_are_data() -> None:
    assert "11" in CodeRules.default().condemning_roots


def test_a_condemnation_of_a_definite_act_is_aimed_at_who_did_it(pipeline: Any) -> None:
    evs = _code(pipeline, "Ethiopian troops shelled villages in Eritrea on Monday. Kenya condemned the shelling.")
    accuse = next(e for e in evs if e.event == "ACCUSE")
    assert [a.country for a in accuse.recipient] == ["ETH"]


@pytest.mark.parametrize(
    ("text", "event", "cameo"),
    [
        ("The Kenyan president ordered a trade embargo against Uganda on Monday.", "SANCTION", "163"),
        ("Ethiopia's prime minister ordered a military offensive against the rebels in Tigray.", "ASSAULT", "190"),
        ("The Ukrainian defence minister ordered units on Friday to pull out of the town.", "RETREAT", "0874"),
        ("The Thai prime minister ordered a halt to military operations in the south.", "RETREAT", "087"),
        ("The Kenyan president ordered troops and warplanes to Somalia.", "MOBILIZE", "154"),
    ],
)
def test_an_order_is_the_act_ordered_by_whoever_orders_it(pipeline: Any, text: str, event: str, cameo: str) -> None:
    evs = _code(pipeline, text)
    assert [(e.event, e.cameo) for e in evs] == [(event, cameo)]
    assert all(r.sector == "GOV" for r in evs[0].actor)


def test_an_order_to_its_own_people_that_tells_no_act_is_no_demand(pipeline: Any) -> None:
    assert _code(pipeline, "The French president ordered border controls tightened after the attacks.") == []


def test_an_order_to_another_country_stays_a_demand_or_its_restriction(pipeline: Any) -> None:
    evs = _code(pipeline, "Uzbekistan ordered the United States to leave the air base within 180 days.")
    assert [e.event for e in evs] in (["REQUEST"], ["COERCE"], ["SANCTION"])
    assert [r.country for r in evs[0].recipient] == ["USA"]


def test_forcing_people_to_act_is_not_their_act(pipeline: Any) -> None:
    text = "Russian tanks shelled the parliament on Monday, forcing the hard-line deputies to surrender."
    evs = _code(pipeline, text)
    assert "RETREAT" not in {e.event for e in evs} and "ASSAULT" in {e.event for e in evs}


def test_protesters_setting_fire_riot_and_an_army_demolishing_destroys_property(pipeline: Any) -> None:
    riot = _code(pipeline, "Rioters set fire to a bank branch in Marseille.")
    assert [(e.event, e.cameo) for e in riot] == [("PROTEST", "145")]
    army = _code(pipeline, "Chadian soldiers burned villages near the border with Sudan.")
    assert [(e.event, e.cameo) for e in army] == [("COERCE", "1712")]


def test_troops_withdrawing_retreat_and_a_government_withdrawing_reduces_relations(pipeline: Any) -> None:
    troops = _code(pipeline, "Cuban troops began withdrawing from Angola on Tuesday.")
    assert [(e.event, e.cameo) for e in troops] == [("RETREAT", "0874")]
    treaty = _code(pipeline, "The United States withdrew from the treaty.")
    assert [(e.event, e.cameo) for e in treaty] == [("REJECT", "120")]  # a treaty left is rejected
    government = _code(pipeline, "Kenya withdrew its ambassador from Uganda on Monday.")
    assert [e.event for e in government] == ["SANCTION"]


def test_a_reaction_is_told_by_its_means(pipeline: Any) -> None:
    sanctions = _code(pipeline, "China retaliated with sanctions on European lawmakers.")
    assert [(e.event, e.cameo) for e in sanctions] == [("SANCTION", "163")]
    strikes = _code(pipeline, "Turkey responded with air strikes on northern Iraq.")
    assert [e.event for e in strikes] == ["ASSAULT"] and [a.country for a in strikes[0].actor] == ["TUR"]
    bare = _code(pipeline, "Iran retaliated against the United States.")
    assert [e.event for e in bare] == ["ASSAULT"]


def test_a_stance_in_a_relative_clause_describes_the_party(pipeline: Any) -> None:
    evs = _code(pipeline, "Rioters who opposed the new mayor burned shops in Port Moresby.")
    assert [e.event for e in evs] == ["PROTEST"]
    said = _code(pipeline, "Kenya opposed the deployment of foreign troops.")
    assert [e.event for e in said] == ["REJECT"]  # opposing is rejecting (code_rules lemma_codes, fifth session)


def test_medical_teams_arriving_bring_aid_and_a_minister_arriving_visits(pipeline: Any) -> None:
    teams = _code(pipeline, "Chinese medical teams arrived in Nepal on Monday.")
    assert [(e.event, e.cameo) for e in teams] == [("AID", "073")]
    minister = _code(pipeline, "Kenya's foreign minister arrived in Uganda on Monday.")
    assert [e.event for e in minister] == ["CONSULT"]


def test_a_vow_to_pursue_people_is_a_threat_and_a_pledge_to_settle_is_not(pipeline: Any) -> None:
    for text in ("The Kenyan president vowed to hunt down those responsible.", "Iran vowed to find those responsible."):
        assert [e.event for e in _code(pipeline, text)] == ["THREATEN"], text
    settle = _code(pipeline, "Kenya's president pledged to find a solution to the crisis.")
    assert [e.event for e in settle] == ["AGREE"]


# Round 3 error analysis (issue 11): the classes of false and mistyped events, each on our own sentences.


@pytest.mark.parametrize(
    ("text", "event", "cameo"),
    [
        # a capture of a person named by name is an arrest, not an occupation of territory
        ("Kenyan police captured Ali Hassan, the suspected organiser of the bombing.", "COERCE", "173"),
        # a takeover of the country itself is coercion at home
        ("Army officers said on Tuesday they had seized control of the country.", "COERCE", "170"),
        # a formal charge or lawsuit is an accusation (PLOVER ACCUSE), an arrest is coercion
        ("Prosecutors in Lima charged the former president with corruption on Monday.", "ACCUSE", "115"),
        # property looted by rioters is a riot; a building besieged by protesters is obstructed
        ("Rioters looted shops in the capital on Friday.", "PROTEST", "145"),
        ("Protesters besieged the French embassy in Niamey on Sunday.", "PROTEST", "144"),
        # forces arriving with relief bring aid
        ("A Canadian air force plane with food and water arrived in Haiti on Monday.", "AID", "073"),
    ],
)
def test_the_code_follows_what_the_act_is_done_to_and_by_whom(pipeline: Any, text: str, event: str, cameo: str) -> None:
    evs = _code(pipeline, text)
    assert [(e.event, e.cameo) for e in evs] == [(event, cameo)]


def test_a_capture_of_a_town_stays_an_occupation(pipeline: Any) -> None:
    evs = _code(pipeline, "Government troops captured the northern town of Kalemie on Monday.")
    assert [(e.event, e.cameo) for e in evs] == [("ASSAULT", "192")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters stormed the embassy on Tuesday, freeing 30 hostages.",
        "The rebels captured the capital on Monday, sending government troops fleeing to the north.",
        "Police broke up the rally in the capital on Friday, forcing the organisers to flee.",
    ],
)
def test_a_consequence_that_is_no_violence_is_part_of_the_event_it_follows(pipeline: Any, text: str) -> None:
    evs = _code(pipeline, text)
    assert len(evs) == 1 and evs[0].event in {"ASSAULT", "COERCE"}


def test_an_arrest_after_a_shooting_is_an_event_of_its_own(pipeline: Any) -> None:
    evs = _code(pipeline, "Police opened fire on demonstrators, killing two people and arresting 40.")
    assert {e.event for e in evs} == {"ASSAULT", "COERCE"}


@pytest.mark.parametrize(
    "text",
    [
        "NATO authorised air strikes against Serbia if its president fails to withdraw his forces.",
        "The students vowed to stay in the square until the prime minister resigns.",
        "The region has been unstable since Ethiopian troops entered it in 2006.",
    ],
)
def test_conditions_and_settings_tell_no_event(pipeline: Any, text: str) -> None:
    evs = _code(pipeline, text)
    assert all(e.event not in {"REJECT", "CONCEDE", "ASSAULT", "RETREAT"} for e in evs), evs


def test_an_act_announced_until_a_condition_is_met_is_a_threat(pipeline: Any) -> None:
    text = "The president said he would impose a 10 percent tariff on goods from Canada until the border is secured."
    assert [e.event for e in _code(pipeline, text)] == ["THREATEN"]
    plain = _code(pipeline, "Britain said it will expel 23 Russian diplomats.")
    assert [(e.event, e.modality) for e in plain] == [("SANCTION", "future")]


def test_flying_someone_somewhere_is_no_visit(pipeline: Any) -> None:
    assert _code(pipeline, "U.S. agents flew him to Washington on Friday to stand trial.") == []
    visit = _code(pipeline, "The Japanese prime minister flew to Beijing on Monday for talks.")
    assert [e.event for e in visit] == ["CONSULT"]


def test_taking_someone_to_a_base_is_a_detention(pipeline: Any) -> None:
    evs = _code(pipeline, "Soldiers took him to a military base outside the capital.")
    assert [(e.event, e.cameo) for e in evs] == [("COERCE", "173")]


def test_missiles_fired_into_the_sea_are_a_show_of_force(pipeline: Any) -> None:
    sea = _code(pipeline, "North Korea fired two ballistic missiles into the sea off its east coast on Thursday.")
    assert [(e.event, e.cameo) for e in sea] == [("MOBILIZE", "150")]
    base = _code(pipeline, "Iran fired missiles at a U.S. air base in Iraq on Wednesday.")
    assert [e.event for e in base] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Algeria rejected a French request to accept more deportation flights.",
        "Chile issued an ultimatum to Bolivia to withdraw its troops from the border.",
    ],
)
def test_the_act_asked_for_in_a_request_or_ultimatum_is_not_told(pipeline: Any, text: str) -> None:
    assert len(_code(pipeline, text)) == 1


def test_a_participle_used_as_an_adjective_is_no_event(pipeline: Any) -> None:
    evs = _code(pipeline, "The U.N. sent convoys to feed starving civilians in the north.")
    assert [e.event for e in evs] == ["AID"]


def test_bringing_suspects_to_trial_is_an_accusation(pipeline: Any) -> None:
    evs = _code(pipeline, "Prosecutors in Zagreb brought three former generals to trial on Monday.")
    assert [e.event for e in evs] == ["ACCUSE"]


def test_an_accusation_told_with_an_act_is_an_event_of_its_own(pipeline: Any) -> None:
    text = "Bahrain severed diplomatic relations with Iran on Sunday, accusing it of arming militants."
    assert {e.event for e in _code(pipeline, text)} == {"SANCTION", "ACCUSE"}


def test_a_participle_before_its_verb_that_tells_no_act_is_no_event(pipeline: Any) -> None:
    text = "The finance minister, speaking by phone from her office, declined to step down."
    assert "CONSULT" not in {e.event for e in _code(pipeline, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister said his country would withdraw from the climate accord.",
        "Moscow suspended its participation in the arms control treaty on Tuesday.",
    ],
)
def test_leaving_a_treaty_rejects_it(pipeline: Any, text: str) -> None:
    assert [e.event for e in _code(pipeline, text)] == ["REJECT"]


def test_sanctions_that_include_restrictions_are_sanctions(pipeline: Any) -> None:
    text = "The European Union imposed sanctions on Belarus on Monday, including restrictions on imports of potash."
    assert [(e.event, e.cameo) for e in _code(pipeline, text)] == [("SANCTION", "163")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Poland will not accept more refugees.", "REJECT"),
        ("Iran said it would strike Israel very hard if Israel attacked its nuclear sites.", "THREATEN"),
        ("The kidnappers threatened to kill the hostages unless the prisoners were freed.", "THREATEN"),
    ],
)
def test_a_refusal_or_a_threat_is_asserted_and_exported(pipeline: Any, text: str, event: str) -> None:
    evs = _code(pipeline, text)
    assert [(e.event, e.modality) for e in evs] == [(event, "asserted")]


def test_an_announced_act_keeps_its_future(pipeline: Any) -> None:
    evs = _code(pipeline, "The prime minister said his country would withdraw from the climate accord.")
    assert [(e.event, e.modality) for e in evs] == [("REJECT", "future")]


def test_a_capture_of_someone_found_hiding_is_an_arrest_and_of_a_town_named_alone_is_not(pipeline: Any) -> None:
    person = _code(pipeline, "Kurdish fighters captured the ISIS commander hiding in a cellar near Raqqa on Sunday.")
    assert [(e.event, e.cameo) for e in person] == [("COERCE", "173")]
    town = _code(pipeline, "French troops helped Malian forces retake Konna on Friday.")
    assert [e.event for e in town] == ["ASSAULT"]


def test_aid_pledged_as_a_sum_is_aid_and_a_promise_an_intent(pipeline: Any) -> None:
    pledged = _code(pipeline, "Japan pledged 50 million dollars in aid to Sri Lanka on Tuesday.")
    assert [e.event for e in pledged] == ["AID"]
    promised = _code(pipeline, "Japan promised aid to Sri Lanka on Tuesday.")
    assert [e.event for e in promised] == ["AGREE"]


def test_a_retaliation_with_tariffs_is_a_sanction_and_its_motive_no_attack(pipeline: Any) -> None:
    tariffs = _code(pipeline, "Mexico retaliated with tariffs on American pork on Monday.")
    assert [(e.event, e.cameo) for e in tariffs] == [("SANCTION", "163")]
    text = (
        "India said on Friday it would impose a 20% tariff on imports from Turkey, retaliating against the new duties."
    )
    assert [e.event for e in _code(pipeline, text)] == ["SANCTION"]


def test_a_state_of_war_mobilises_and_a_state_of_emergency_coerces(pipeline: Any) -> None:
    war = _code(pipeline, "The leadership in Zagreb declared a state of war on Friday evening.")
    assert [e.event for e in war] == ["MOBILIZE"]
    emergency = _code(pipeline, "The Bolivian president declared a state of emergency in three provinces on Friday.")
    assert [e.event for e in emergency] == ["COERCE"]


def test_refugees_fleeing_do_no_political_act_and_a_leader_fleeing_retreats(pipeline: Any) -> None:
    assert _code(pipeline, "Thousands of refugees fled towards the border on Tuesday.") == []
    leader = _code(pipeline, "The president fled the country on Sunday.")
    assert [e.event for e in leader] == ["RETREAT"]  # 080 (CONCEDE) until the fourteenth session


@pytest.mark.parametrize(
    "text",
    ["The Foreign Ministry called the test a provocative act.", "Beijing called the statement outrageous."],
)
def test_naming_an_act_with_a_word_of_condemnation_is_criticism(pipeline: Any, text: str) -> None:
    assert [(e.event, e.cameo) for e in _code(pipeline, text)] == [("ACCUSE", "111")]


def test_a_name_without_condemnation_or_a_hedged_name_is_no_criticism(pipeline: Any) -> None:
    assert "ACCUSE" not in {e.event for e in _code(pipeline, "The prime minister called the visit a success.")}
    text = "The president asked Russia for help against what he called a terrorist threat."
    assert "ACCUSE" not in {e.event for e in _code(pipeline, text)}


def test_a_conditional_threat_nobody_states_stays_hypothetical(pipeline: Any) -> None:
    evs = _code(pipeline, "If the talks fail, Turkey could launch a ground offensive in northern Syria.")
    assert [(e.event, e.modality) for e in evs] == [("THREATEN", "hypothetical")]
