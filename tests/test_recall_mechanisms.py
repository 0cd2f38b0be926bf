"""Mechanisms of the third session of issue 11 (recall and participants), each on sentences
written for this test (none taken from a gold set): relief delivered as a family, the end of a
summit, coordinated objects of a preposition, the place of a meeting is no recipient, a bare
surname after a full name in any role, past-progressive relative clauses of people, agentless
passive deployments, reactions received ("drew criticism from"), strikes carried out on a
target, and what a verb means when its subject is an armed force."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event
from newsevents.code.parties import place_recipient
from newsevents.records import ActorRef, EventLocation

pytestmark = pytest.mark.model


PUB = dt.date(2024, 6, 12)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Japan sent a team of doctors and medical supplies to Peru after the earthquake.", "sent"),
        ("Canadian military planes dropped food and blankets to flood victims in Mozambique.", "dropped"),
        ("Norway flew tents and medicine to Syria.", "flew"),
    ],
)
def test_relief_delivered_is_humanitarian_aid(pipeline: Any, text: str, trigger: str) -> None:
    e = _one(pipeline, text, trigger)
    assert (e.event, e.cameo) == ("AID", "073")


def test_the_end_of_a_summit_is_a_consultation_not_with_its_place(pipeline: Any) -> None:
    e = _one(pipeline, "Chile and Argentina ended their summit in Santiago with a joint statement.", "ended")
    assert e.event == "CONSULT"
    # Santiago is where, not with whom: Chile met Argentina (the other party of the meeting)
    assert (country_set(e.actor), country_set(e.recipient)) == ({"CHL"}, {"ARG"})


def test_the_place_of_talks_is_no_recipient(pipeline: Any) -> None:
    e = _one(pipeline, "The Kenyan president held a summit in Nairobi with Ugandan President Yoweri Museveni.", "held")
    assert country_set(e.recipient) == {"UGA"}
    e = _one(pipeline, "The leaders of Chile and Peru held talks in Lima on Friday.", "held")
    assert e.recipient == ()  # one group ("the leaders of X and Y") met, not with Lima


def test_every_conjunct_of_a_prepositional_object_is_a_recipient(pipeline: Any) -> None:
    e = _one(pipeline, "Norway sent tents and medicine to Syria and Turkey.", "sent")
    assert country_set(e.recipient) == {"SYR", "TUR"}


def test_a_bare_surname_is_the_person_named_before_in_any_role(pipeline: Any) -> None:
    text = (
        "Mexico granted asylum on Monday to Bolivia's Evo Morales. "
        "The foreign minister said Morales had requested asylum by telephone."
    )
    e = _one(pipeline, text, "requested")
    assert country_set(e.actor) == {"BOL"}
    assert any("named before" in r for r in e.reasons)


def test_a_past_progressive_relative_clause_of_people_tells_an_act(pipeline: Any) -> None:
    e = _one(
        pipeline, "Riot police dispersed the demonstrators, who were protesting against fuel price rises.", "protesting"
    )
    assert e.event == "PROTEST"
    # a description stays background
    assert not [
        e
        for e in _code(pipeline, "The refugees who were living in the camp received food.")
        if e.event_text == "living"
    ]


def test_an_agentless_passive_deployment_takes_the_forces_as_actor(pipeline: Any) -> None:
    e = _one(pipeline, "About 2,000 more French troops will be sent to Mali, the ministry said.", "sent")
    assert e.event == "MOBILIZE"
    assert country_set(e.actor) == {"FRA"}
    assert country_set(e.recipient) == {"MLI"}
    assert not _code(pipeline, "The minister was sent to Geneva for talks.")


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        ("The Thai junta faced condemnation from the European Union.", "ACCUSE", {None}, {"THA"}),
        ("The Indian plan drew praise from Washington.", "SUPPORT", {"USA"}, {"IND"}),
        ("The decision drew sharp criticism from Germany and France.", "ACCUSE", {"DEU", "FRA"}, set()),
    ],
)
def test_a_reaction_received_is_an_act_of_the_from_phrase(
    pipeline: Any, text: str, event: str, actor: set[str | None], recipient: set[str]
) -> None:
    e = next(e for e in _code(pipeline, text))
    assert e.event == event
    assert country_set(e.actor) == actor
    assert country_set(e.recipient) == recipient


def test_a_reaction_without_a_giver_is_no_event(pipeline: Any) -> None:
    assert not _code(pipeline, "The government faced criticism over the budget.")


def test_strikes_carried_out_on_a_target_are_attacks(pipeline: Any) -> None:
    e = _one(pipeline, "Israeli jets carried out strikes on targets in southern Lebanon.", "carried out")
    assert (e.event, country_set(e.actor)) == ("ASSAULT", {"ISR"})


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("The last Vietnamese troops left Cambodia on Tuesday.", "left", "0874"),
        # forces moving in are deployed (154, code_rules motion_codes, sixth session); seizing stays 192
        ("Ugandan soldiers entered the capital of South Sudan.", "entered", "154"),
        ("French paratroopers landed in Kolwezi on Friday.", "landed", "154"),
        ("Royal Marines landed on the beaches of the island.", "landed", "154"),
    ],
)
def test_what_forces_do_when_they_leave_enter_or_land(pipeline: Any, text: str, trigger: str, cameo: str) -> None:
    assert _one(pipeline, text, trigger).cameo == cameo


def test_the_same_verbs_without_forces_are_no_such_event(pipeline: Any) -> None:
    assert not _code(pipeline, "The president left Paris for Berlin.")
    clash = _code(pipeline, "Chinese and Indian troops clashed in the valley, leaving 20 Indian soldiers dead.")
    assert [e.event_text for e in clash] == ["clashed"]  # soldiers left dead were not withdrawn
    e = _one(pipeline, "The rebels entered talks with the government.", "entered")
    assert e.event == "CONSULT"  # "enter talk" wins the tie over "enter armed-subject"


def test_a_deployment_at_home_has_no_recipient_from_its_place() -> None:
    loc = EventLocation("Ocosingo", "Ocosingo", None, None, None, "MEX", None, None, None, "city")
    army = ActorRef("troops", "Military", "MEXMIL", "MEX", "MIL", "sector:MIL", None, 0, 6, "test")
    assert place_recipient([], loc, 4, [army], "15") == ([], None)
    found, why = place_recipient([], loc, 4, [army], "17")  # other material acts keep the place's people
    assert [r.country for r in found] == ["MEX"] and why
