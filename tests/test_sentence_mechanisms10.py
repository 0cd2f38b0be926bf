"""Mechanisms of the ninth session (issue 11, sentences, built from round 11's misses and false
events and PLOVER dev's false events), each on sentences written for this test (none taken from a
gold or blind set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2016, 3, 14)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


# a causing verb ("prompted", "led") lends its object as the actor of its to-clause, an event of its own


def test_the_object_of_prompted_acts_in_its_clause(pipeline: Any) -> None:
    e = _one(pipeline, "The shelling prompted Chile to recall its ambassador from Peru.", "recall")
    assert e.event == "SANCTION"
    assert {a.country for a in e.actor} == {"CHL"}


def test_a_participle_prompting_another_party_is_not_the_first_acts_purpose(pipeline: Any) -> None:
    events = _code(pipeline, "Pakistani troops shelled a border post, prompting India to condemn the attack.")
    shelled = next(e for e in events if e.event_text == "shelled")
    assert "IND" not in {r.country for r in shelled.recipient}
    condemn = next(e for e in events if e.event_text == "condemn")
    assert condemn.event == "ACCUSE"
    assert {a.country for a in condemn.actor} == {"IND"}


def test_the_prompted_party_not_the_first_clause_subject(pipeline: Any) -> None:
    e = _one(
        pipeline, "Chinese ships entered disputed waters, prompting Japan to summon the Chinese ambassador.", "summon"
    )
    assert {a.country for a in e.actor} == {"JPN"}


def test_led_to_act_with_its_clause_parsed_as_an_adverbial(pipeline: Any) -> None:
    e = _one(pipeline, "The dispute led Chile to expel two Peruvian diplomats on Sunday.", "expel")
    assert {a.country for a in e.actor} == {"CHL"}


def test_an_order_to_troops_stays_the_orderers_act(pipeline: Any) -> None:
    e = _one(pipeline, "The Syrian general ordered his troops to halt their advance on Sunday.", "ordered")
    assert {a.country for a in e.actor} == {"SYR"}


# a state body sitting on its own holds no meeting of parties


def test_a_cabinet_meeting_on_its_own_is_no_event(pipeline: Any) -> None:
    assert not _code(pipeline, "The Israeli cabinet met on Sunday to discuss the budget.")


def test_a_legislature_convening_is_no_event(pipeline: Any) -> None:
    assert not _code(pipeline, "Congress convened on Friday to count the electoral votes.")


def test_a_body_meeting_with_a_named_partner_is_a_meeting(pipeline: Any) -> None:
    e = _one(pipeline, "The Israeli cabinet met with Egyptian mediators on Sunday.", "met")
    assert e.event == "CONSULT"


def test_two_leaders_meeting_is_a_meeting(pipeline: Any) -> None:
    e = _one(
        pipeline,
        "French President Francois Hollande and German Chancellor Angela Merkel met in Paris on Sunday.",
        "met",
    )
    assert e.event == "CONSULT"


# what a verb is done to: resistance is no party met; an accord pulled out of is rejected


def test_meeting_resistance_is_no_meeting(pipeline: Any) -> None:
    assert not _code(pipeline, "Turkish troops met fierce resistance in the northern town on Sunday.")


def test_pulling_out_of_an_agreement_rejects_it(pipeline: Any) -> None:
    e = _one(pipeline, "Israel pulled out of the agreement with Lebanon on Sunday.", "pulled")
    assert e.event == "REJECT"


def test_quitting_a_pact_rejects_it(pipeline: Any) -> None:
    e = _one(pipeline, "Venezuela said on Sunday it was quitting the Andean trade pact.", "quitting")
    assert e.event == "REJECT"


def test_troops_pulling_out_of_a_town_retreat(pipeline: Any) -> None:
    e = _one(pipeline, "Russian troops pulled out of the Georgian town on Sunday.", "pulled")
    assert e.event == "RETREAT"


def test_people_huddling_in_tents_hold_no_meeting(pipeline: Any) -> None:
    assert not _code(pipeline, "Syrian refugees huddled in tents near the Turkish border on Sunday.")


def test_officials_huddling_with_diplomats_meet(pipeline: Any) -> None:
    e = _one(pipeline, "Japanese officials huddled with Chinese diplomats in Tokyo on Sunday.", "huddled")
    assert e.event == "CONSULT"


# no hand behind it: an accident, a count of votes


def test_an_accident_damaging_a_plant_is_no_act(pipeline: Any) -> None:
    text = "An accident at the Kozloduy nuclear plant in Bulgaria has damaged one of its reactors, the agency said."
    assert not _code(pipeline, text)


def test_an_exit_poll_gives_nothing(pipeline: Any) -> None:
    assert not _code(
        pipeline, "An exit poll gave Serbian President Aleksandar Vucic a landslide victory in the election."
    )


# a joint act: forces of two countries holding drills together cooperate militarily


def test_drills_by_forces_of_two_countries_are_military_cooperation(pipeline: Any) -> None:
    e = _one(
        pipeline,
        "Indian and Japanese warships began five days of naval exercises in the Bay of Bengal on Monday.",
        "began",
    )
    assert e.event == "COOPERATE"


def test_drills_by_one_country_stay_a_show_of_force(pipeline: Any) -> None:
    e = _one(pipeline, "China launched military drills near Taiwan on Monday.", "launched")
    assert e.event == "MOBILIZE"


# unrest told with no doer named: a protest by the people of its place


def test_protests_erupting_in_a_city_are_its_peoples_protest(pipeline: Any) -> None:
    e = _one(pipeline, "Protests erupted in Caracas on Sunday after the vote.", "Protests")
    assert e.event == "PROTEST"
    assert {(a.country, a.sector) for a in e.actor} == {("VEN", "CVL")}


def test_rioting_sweeping_through_a_city(pipeline: Any) -> None:
    e = _one(pipeline, "Rioting, looting and arson spread across Johannesburg on Sunday.", "Rioting")
    assert e.event == "PROTEST"
    assert {a.country for a in e.actor} == {"ZAF"}


def test_protests_sparked_by_an_arrest_are_an_event_of_their_own(pipeline: Any) -> None:
    events = _code(pipeline, "Police in Lagos arrested the opposition leader on Sunday, sparking violent protests.")
    assert {e.event for e in events} == {"COERCE", "PROTEST"}


def test_protests_feared_are_not_told(pipeline: Any) -> None:
    assert not _code(pipeline, "The government feared that protests could erupt in Minsk.")


def test_protests_banned_are_no_protest(pipeline: Any) -> None:
    assert {e.event for e in _code(pipeline, "The army banned protests in Yangon on Sunday.")} == {"COERCE"}


def test_a_countrys_rebels_are_no_revolt(pipeline: Any) -> None:
    text = "The minister said weapons had been sold to Nicaragua's Contra rebels."
    assert "PROTEST" not in {e.event for e in _code(pipeline, text)}


# revenge vowed, in any of its words, threatens force


def test_vowing_vengeance_is_a_threat(pipeline: Any) -> None:
    e = _one(
        pipeline, 'Iranian President Mahmoud Ahmadinejad vowed "crushing vengeance" against Israel on Monday.', "vowed"
    )
    assert e.event == "THREATEN"


def test_swearing_revenge_is_a_threat(pipeline: Any) -> None:
    e = _one(pipeline, "Hezbollah leaders swore revenge for the killing of their commander.", "swore")
    assert e.event == "THREATEN"


# a participle describing people right before them is an adjective, not an act


def test_feeding_starving_civilians_is_no_siege(pipeline: Any) -> None:
    text = (
        "Serb forces demanded a truce before allowing U.N. aid convoys to feed starving Moslem civilians in Srebrenica."
    )
    assert "COERCE" not in {e.event for e in _code(pipeline, text)}


def test_a_siege_starving_a_town_is_still_coded(pipeline: Any) -> None:
    assert {e.event for e in _code(pipeline, "Syrian troops besieged Madaya, starving its residents.")} == {"COERCE"}


# object predicates and forces pouring in


def test_holding_soldiers_hostage_parsed_as_a_clause(pipeline: Any) -> None:
    e = _one(pipeline, "Kurdish rebels were holding 40 Turkish soldiers hostage in the mountains on Monday.", "holding")
    assert e.event == "COERCE"


def test_troops_pouring_across_a_border_invade(pipeline: Any) -> None:
    e = _one(
        pipeline,
        "Ethiopian soldiers and armoured vehicles poured across the border into Eritrea early on Sunday.",
        "poured across",
    )
    assert e.event == "ASSAULT"
    assert {r.country for r in e.recipient} == {"ERI"}


def test_crowds_pouring_into_the_streets_are_not_deployed(pipeline: Any) -> None:
    events = _code(pipeline, "Thousands of Kenyans poured into the streets of Mombasa on Saturday.")
    assert not {"MOBILIZE", "ASSAULT"} & {e.event for e in events}


def test_dismissing_a_vote_as_illegal_criticises_it(pipeline: Any) -> None:
    e = _one(pipeline, "The French foreign ministry dismissed the Turkish vote as illegal on Monday.", "dismissed")
    assert e.event == "ACCUSE"


def test_a_plan_calling_for_ceasefires_is_the_signing_alone(pipeline: Any) -> None:
    text = (
        "The leaders of four Andean nations signed a regional security plan in Lima on Friday, calling for ceasefires."
    )
    assert {e.event for e in _code(pipeline, text)} == {"AGREE"}


# who acts decides the code; a person's noun is no act


def test_villagers_blocking_convoys_protest(pipeline: Any) -> None:
    e = _one(pipeline, "Crowds of villagers blocked army convoys outside Mandalay on Sunday.", "blocked")
    assert e.event == "PROTEST"


def test_a_government_blocking_aid_convoys_rejects(pipeline: Any) -> None:
    e = _one(pipeline, "The Sudanese government blocked aid convoys to the rebel-held north on Sunday.", "blocked")
    assert e.event == "REJECT"


def test_a_champion_is_no_campaign(pipeline: Any) -> None:
    assert not _code(
        pipeline, "Seventeen-year-old Rafael Nadal of Spain became the youngest French Open champion on Sunday."
    )


def test_welcoming_a_named_visitor_hosts_a_visit(pipeline: Any) -> None:
    e = _one(pipeline, "President Fidel Castro welcomed Pope Benedict at the airport in Havana on Sunday.", "welcomed")
    assert e.event == "CONSULT"


def test_welcoming_a_decision_supports_it(pipeline: Any) -> None:
    e = _one(pipeline, "Germany welcomed the French decision to lift the sanctions on Sunday.", "welcomed")
    assert e.event == "SUPPORT"


# an act in a "during" phrase with its own doer is told as happening then


def test_a_visit_during_which_a_deal_was_signed(pipeline: Any) -> None:
    text = (
        "Egypt and Israel signed a gas deal on Monday during a visit to "
        "Cairo by Israeli Prime Minister Benjamin Netanyahu."
    )
    e = _one(pipeline, text, "visit")
    assert e.event == "CONSULT"
    assert {a.country for a in e.actor} == {"ISR"}


def test_during_a_war_stays_the_setting(pipeline: Any) -> None:
    text = "Egypt and Israel signed a gas deal on Monday during the war in Gaza."
    assert {e.event for e in _code(pipeline, text)} == {"AGREE"}


# a counted group of countries named together before


def test_the_three_countries_named_as_one_list(pipeline: Any) -> None:
    text = (
        "Ghana, Togo and Benin said on Friday they would expel Iranian envoys, "
        "prompting Tehran to recall its own envoys from the three countries."
    )
    e = _one(pipeline, text, "recall")
    assert {a.country for a in e.actor} == {"IRN"}
    assert {r.country for r in e.recipient} == {"GHA", "TGO", "BEN"}


def test_the_three_countries_with_no_list_of_three_before(pipeline: Any) -> None:
    text = (
        "Ghana and Togo expelled Iranian envoys on Friday, prompting Tehran "
        "to recall its own envoys from the three countries."
    )
    e = _one(pipeline, text, "recall")
    assert not {"GHA", "TGO"} & {r.country for r in e.recipient}


def test_ministers_gathering_are_several_parties(pipeline: Any) -> None:
    events = _code(pipeline, "European finance ministers met in Brussels on Monday.")
    assert "CONSULT" in {e.event for e in events}


def test_a_white_house_visit_by_a_president_is_to_the_united_states(pipeline: Any) -> None:
    text = (
        "President Barack Obama agreed on Monday to expand trade with Kenya "
        "during a White House visit by President Uhuru Kenyatta."
    )
    e = _one(pipeline, text, "visit")
    assert {a.country for a in e.actor} == {"KEN"}
    assert {r.country for r in e.recipient} == {"USA"}


def test_riots_sparked_by_an_act_are_not_made_a_protest(pipeline: Any) -> None:
    text = "Gunmen torched a mosque in Kaduna on Friday, sparking riots in which scores of residents died."
    assert "PROTEST" not in {e.event for e in _code(pipeline, text)}


def test_pulling_out_of_a_deal_named_after_a_country_rejects_it_towards_that_country(pipeline: Any) -> None:
    text = "Australia pulled out of the Iran nuclear deal on Friday and restored its sanctions."
    e = _one(pipeline, text, "pulled")
    assert e.event == "REJECT"
    assert {r.country for r in e.recipient} == {"IRN"}


def test_a_party_moved_to_act_known_by_no_name_is_left(pipeline: Any) -> None:
    text = "The verdict provoked fury, prompting gangs to go on a rampage of looting and burning."
    assert "ASSAULT" not in {e.event for e in _code(pipeline, text)}
