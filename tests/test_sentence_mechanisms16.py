"""Mechanisms of the eleventh session (issue 11, sentences, built from round 14's misses), each on
sentences written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, events_of

pytestmark = pytest.mark.model

PUB = dt.date(2003, 3, 9)


_code = partial(code_events, pub_date=PUB)


_of = partial(events_of, pub_date=PUB)


# unrest told as the time-measured setting of its sentence, whatever it was over


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian president resigned on Friday after three weeks of protests over fuel prices.",
        "The governor of Lagos imposed a curfew after two days of rioting in the city.",
        "The Ecuadorean cabinet quit on Tuesday amid ten days of demonstrations over the new tax.",
    ],
)
def test_unrest_measured_in_time_as_a_setting_happened(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian president resigned on Friday amid fears of protests over fuel prices.",
        "The Bolivian president said on Friday that he would not tolerate protests.",
    ],
)
def test_unrest_feared_or_refused_is_no_protest(pipeline: Any, text: str) -> None:
    assert not _of(pipeline, text, "PROTEST")


# unrest that broke out in a relative clause or turned violent; a demonstration broken up


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers were sent into Lagos on Monday to quell rioting that erupted after the verdict.",
        "Bolivian police imposed a curfew in Cochabamba after protests over bread prices turned violent.",
        "Riot police in Minsk broke up the largest anti-government demonstration in years on Sunday.",
    ],
)
def test_unrest_that_broke_out_or_was_broken_up_happened(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "PROTEST")


# the doer of an event noun named by a participle's "by" phrase


def test_protests_led_by_a_party_are_its_protests(pipeline: Any) -> None:
    text = "The interior minister resigned after weeks of protests led by Kenyan opposition leader Raila Odinga."
    found = _of(pipeline, text, "PROTEST")
    assert found and found[0].actor and found[0].actor[0].country == "KEN"


def test_talks_brokered_by_a_mediator_are_not_the_mediators_act(pipeline: Any) -> None:
    for e in _code(pipeline, "The two sides signed a truce after talks brokered by Norway."):
        if e.event_text == "talks":
            assert "NOR" not in {a.country for a in e.actor}


# a label of condemnation in a relative clause on the noun that sums up the act, or swallowed by a long object


@pytest.mark.parametrize(
    "text",
    [
        "Japan resumed whaling in the Antarctic on Monday, a move Australia called a provocation.",
        "Japan resumed whaling in the Antarctic on Monday, a step that Australia called unacceptable.",
        "Australia called Japan's decision to resume whaling a mistake.",
        "Australia called the resumption of whaling illegal.",
    ],
)
def test_a_label_of_condemnation_is_a_criticism(pipeline: Any, text: str) -> None:
    assert [e for e in _of(pipeline, text, "ACCUSE") if "AUS" in {a.country for a in e.actor}]


@pytest.mark.parametrize(
    "text",
    [
        "Japan resumed talks with Australia on Monday, a move Australia called a success.",
        "Australia called Japan's decision to resume talks a welcome step.",
        "New Zealand condemned what it called an illegal hunt by Japanese whalers.",
    ],
)
def test_a_label_of_praise_or_the_speakers_own_name_is_no_new_criticism(pipeline: Any, text: str) -> None:
    assert [e for e in _code(pipeline, text) if e.event == "ACCUSE" and "AUS" in {a.country for a in e.actor}] == []


# a reported judgement that denies an act approval, or judges the noun of a relative clause


@pytest.mark.parametrize(
    "text",
    [
        "Japan resumed whaling in the Antarctic on Monday, a decision Australia said was not appropriate.",
        "Australia said on Monday that the resumption of Japanese whaling was not acceptable.",
        "Japan resumed whaling in the Antarctic on Monday, a move Australia said was illegal.",
    ],
)
def test_a_reported_judgement_of_disapproval_is_a_criticism(pipeline: Any, text: str) -> None:
    found = _of(pipeline, text, "ACCUSE")
    assert found and "AUS" in {a.country for a in found[0].actor}


def test_an_act_said_not_to_be_illegal_is_no_criticism(pipeline: Any) -> None:
    assert not _of(
        pipeline, "Australia said on Monday that the resumption of Japanese whaling was not illegal.", "ACCUSE"
    )


# a reported clause that lays an act at its subject's door is an accusation by the speaker


@pytest.mark.parametrize(
    "text",
    [
        "Britain said on Monday that Moscow was culpable for the poisoning of a former spy.",
        "Kenya said on Monday that Somali militants were behind the attack on the mall.",
        "India said Pakistan was responsible for the attack on its parliament.",
    ],
)
def test_a_speaker_laying_an_act_at_a_partys_door_accuses_it(pipeline: Any, text: str) -> None:
    found = [e for e in _of(pipeline, text, "ACCUSE") if e.event_text == "said"]
    assert found and found[0].actor and found[0].actor[0].country in {"GBR", "KEN", "IND"}


@pytest.mark.parametrize(
    "text",
    [
        "The group said it was responsible for the bombing of the mall.",
        "India said Pakistan was not responsible for the attack on its parliament.",
    ],
)
def test_a_claim_of_its_own_or_a_denial_is_no_accusation(pipeline: Any, text: str) -> None:
    assert not [e for e in _of(pipeline, text, "ACCUSE") if e.event_text == "said"]


# a judgement told in a participle after an act, through "seemed to be", or with "call" in a relative clause


def test_a_judgement_in_a_participle_after_an_act_is_a_statement_of_its_own(pipeline: Any) -> None:
    text = "Britain expelled 20 Russian diplomats on Friday, saying Moscow was culpable for the poisoning."
    assert {e.event for e in _code(pipeline, text)} >= {"SANCTION", "ACCUSE"}


def test_a_judgement_through_seemed_to_be_is_a_criticism(pipeline: Any) -> None:
    text = "The U.N. rights chief said the army's campaign seemed to be a clear case of ethnic cleansing."
    assert _of(pipeline, text, "ACCUSE")


def test_an_intervention_called_unacceptable_is_criticised_not_called_for(pipeline: Any) -> None:
    text = "Turkey sent 500 troops into Qatar on Monday, an intervention Egypt called unacceptable."
    assert [e for e in _of(pipeline, text, "ACCUSE") if "EGY" in {a.country for a in e.actor}]
    assert not _of(pipeline, text, "REQUEST")


def test_a_call_for_an_intervention_stays_an_appeal(pipeline: Any) -> None:
    assert _of(pipeline, "Egypt called for an international intervention in Libya.", "REQUEST")


# an agentless passive of a state act (asylum granted, a sanction) is the state of its place's


def test_asylum_granted_in_the_passive_is_granted_by_the_state_of_the_place(pipeline: Any) -> None:
    found = _of(pipeline, "The deposed president fled to Moscow, where he was granted asylum.", "AID")
    assert found and found[0].actor and found[0].actor[0].country == "RUS"


def test_aid_received_in_the_passive_gets_no_state_of_the_place(pipeline: Any) -> None:
    for e in _of(pipeline, "Food aid was delivered to Mogadishu on Monday.", "AID"):
        assert "SOM" not in {a.country for a in e.actor}


# shots fired into the air hit no one; warning shots and firing on people keep their codes


def test_rifles_fired_into_the_air_in_celebration_are_no_attack(pipeline: Any) -> None:
    text = "Rebel fighters fired their rifles into the air in celebration after the fall of the capital."
    assert not _of(pipeline, text, "ASSAULT")


def test_firing_on_protesters_stays_an_attack(pipeline: Any) -> None:
    assert _of(pipeline, "Soldiers fired on protesters in Lome on Monday.", "ASSAULT")


# a speaker saying a party fell short criticises it; what it failed to do is no event


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the missing miners said on Monday the Chilean government was not doing enough to find them.",
        "Amnesty International said the Kenyan police had failed to protect the protesters.",
    ],
)
def test_a_party_said_to_fall_short_is_criticised(pipeline: Any, text: str) -> None:
    found = [e for e in _of(pipeline, text, "ACCUSE") if e.event_text == "said"]
    assert found and {r.country for r in found[0].recipient} & {"CHL", "KEN"}


def test_what_a_party_failed_to_do_is_no_event_of_its_own(pipeline: Any) -> None:
    text = "Washington said Baghdad had repeatedly failed to cooperate with the weapons inspectors."
    assert not _of(pipeline, text, "COOPERATE")


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks had failed to produce an agreement.",
        "He said he had failed to reach the border in time.",
    ],
)
def test_a_failure_of_talks_or_of_the_speaker_is_no_criticism(pipeline: Any, text: str) -> None:
    assert not _of(pipeline, text, "ACCUSE")


# unrest told as a span of days before its clause's event began that many days before it


def test_two_days_of_rioting_began_two_days_before_the_clause(pipeline: Any) -> None:
    text = "Troops patrolled the streets of Quito on Sunday, March 9, after two days of rioting over fuel prices."
    found = _of(pipeline, text, "PROTEST")
    assert found and found[0].date == "2003-03-07"


# an event noun with no date of its own takes its clause's; a day named before a time of day dates its clause


def test_an_event_noun_takes_the_date_its_clause_inherits(pipeline: Any) -> None:
    text = (
        "Riot police in Minsk beat hundreds of students with batons on Friday as they broke up "
        "the largest anti-government demonstration in years."
    )
    found = _of(pipeline, text, "PROTEST")
    assert found and found[0].date == "2003-03-07"


def test_a_day_before_a_time_of_day_dates_the_clause(pipeline: Any) -> None:
    text = "Bombs tore through three buses in Lagos during the Friday morning rush hour."
    found = _of(pipeline, text, "ASSAULT")
    assert found and found[0].date == "2003-03-07"
