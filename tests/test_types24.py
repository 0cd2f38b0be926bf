"""Type choice, fifteenth session (issue 11, type24: acts found with the wrong PLOVER type on rounds
19-22), each on sentences written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events

pytestmark = pytest.mark.model

PUB = dt.date(2011, 5, 18)

_code = partial(code_events, pub_date=PUB)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.event_text) for e in _code(pipeline, text)]


# "give in" (yield) takes no direct object: money or a deadline given is no concession


@pytest.mark.parametrize(
    "text",
    [
        "The senate voted on Tuesday to give $40 million in military aid to the rebels in the south.",
        "The cabinet gave 2 billion euros in emergency aid to the flooded provinces on Monday.",
    ],
)
def test_money_given_in_aid_is_aid_not_yielding(pipeline: Any, text: str) -> None:
    types = {t for t, _ in _types(pipeline, text)}
    assert "CONCEDE" not in types
    assert "AID" in types


def test_deadline_given_with_an_address_is_no_yielding(pipeline: Any) -> None:
    types = _types(pipeline, "The president gave the colonel 24 hours to leave the country, in a speech on Friday.")
    assert ("CONCEDE", "gave") not in types
    assert ("COERCE", "gave") in types


def test_giving_in_without_an_object_still_yields(pipeline: Any) -> None:
    assert ("CONCEDE", "gave in") in _types(pipeline, "After weeks of strikes the cabinet finally gave in on Monday.")


def test_deadline_infinitive_under_the_span_of_time(pipeline: Any) -> None:
    """'gave X 24 hours to leave': the parser hangs the infinitive on 'hours' (a relative clause)."""
    types = _types(pipeline, "The president gave the colonel 24 hours to leave the country or face arrest.")
    assert ("THREATEN", "gave") in types


# crowd control (CAMEO 175) stays ASSAULT, as it was: type24 made it COERCE (the gold of the rounds
# accepts COERCE more often), but round 3's extra sentences code it ASSAULT (recall 0.930 -> 0.914,
# precision 0.941 -> 0.912, both under their floors) and round 24 (the decision round) was indifferent;
# lethal fire is an assault in either case


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at students marching in the capital on Monday.",
        "Police used water cannon to disperse thousands of farmers outside the ministry.",
    ],
)
def test_crowd_control_is_one_event(pipeline: Any, text: str) -> None:
    types = [t for t, _ in _types(pipeline, text)]
    assert types == ["ASSAULT"]


def test_live_rounds_at_a_crowd_stay_an_assault(pipeline: Any) -> None:
    types = {t for t, _ in _types(pipeline, "Soldiers fired tear gas and live rounds at the crowd on Sunday.")}
    assert "ASSAULT" in types


# a ban on what a country trades is a sanction; a ban on a party stays coercion


@pytest.mark.parametrize(
    "text",
    [
        "The European Union imposed a ban on imports of Chinese steel on Monday.",
        "Moscow announced a ban on exports of grain to its neighbours.",
        "Russia cut off gas shipments to Ukraine on Sunday.",
    ],
)
def test_trade_ban_is_a_sanction(pipeline: Any, text: str) -> None:
    assert "SANCTION" in {t for t, _ in _types(pipeline, text)}


def test_ban_on_a_party_is_not_a_sanction(pipeline: Any) -> None:
    types = {t for t, _ in _types(pipeline, "The military government imposed a ban on opposition rallies.")}
    assert "SANCTION" not in types


# a vow to bring people to justice is a threat, whatever they are called


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister vowed to bring the bombers to justice.",
        "The governor promised on Monday to bring those cowards to justice.",
    ],
)
def test_vow_to_bring_to_justice_is_a_threat(pipeline: Any, text: str) -> None:
    types = {t for t, _ in _types(pipeline, text)}
    assert "THREATEN" in types and "AGREE" not in types


# a reduction of relations decided is the act, not a threat of it; one planned stays a threat


@pytest.mark.parametrize(
    "text",
    [
        "Arab foreign ministers decided on Monday to withdraw their ambassadors from Damascus.",
        "The cabinet decided on Tuesday to impose sanctions on the junta.",
    ],
)
def test_decided_reduction_of_relations_is_a_sanction(pipeline: Any, text: str) -> None:
    types = {t for t, _ in _types(pipeline, text)}
    assert "SANCTION" in types and "THREATEN" not in types


def test_planned_sanction_stays_a_threat(pipeline: Any) -> None:
    assert "THREATEN" in {t for t, _ in _types(pipeline, "The cabinet plans to impose sanctions on the junta.")}


# aid signed into law is aid, not an agreement signed


def test_signed_aid_package_is_aid(pipeline: Any) -> None:
    types = {t for t, _ in _types(pipeline, "The president signed a $2 billion aid package for Jordan on Friday.")}
    assert "AID" in types and "AGREE" not in types


def test_signed_trade_accord_stays_an_agreement(pipeline: Any) -> None:
    assert "AGREE" in {t for t, _ in _types(pipeline, "The two countries signed a trade agreement on Friday.")}


# crowd control told with its toll in a participle is force


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers with clubs broke up an opposition rally in the capital, leaving at least 12 people dead.",
        "Police dispersed the protesters with tear gas, killing two students.",
    ],
)
def test_crowd_control_with_a_toll_is_an_assault(pipeline: Any, text: str) -> None:
    types = {t for t, _ in _types(pipeline, text)}
    assert "ASSAULT" in types and "COERCE" not in types


# a deadline to leave: an expulsion from where the giver rules, a demand to leave a named country


def test_deadline_to_leave_is_an_expulsion(pipeline: Any) -> None:
    assert ("COERCE", "gave") in _types(pipeline, "The militia gave the villagers a week to leave the town.")


def test_deadline_for_diplomats_to_leave_reduces_relations(pipeline: Any) -> None:
    types = _types(pipeline, "The junta gave the French ambassador 48 hours to leave.")
    assert ("SANCTION", "gave") in types and ("COERCE", "gave") not in types


def test_deadline_to_leave_a_named_country_is_a_demand(pipeline: Any) -> None:
    assert ("REQUEST", "gave") in _types(pipeline, "The president gave the dictator 24 hours to leave Haiti.")


def test_poison_gas_is_an_assault(pipeline: Any) -> None:
    types = _types(pipeline, "Government troops used poison gas against the rebel villages on Friday.")
    assert ("ASSAULT", "used") in types


# property destroyed by the means of an attack is the attack; by bulldozers it stays destruction


def test_missiles_destroying_a_depot_attack(pipeline: Any) -> None:
    types = _types(pipeline, "Israeli missiles destroyed a weapons depot near Damascus on Sunday.")
    assert ("ASSAULT", "destroyed") in types


def test_bulldozers_demolishing_homes_destroy_property(pipeline: Any) -> None:
    assert ("COERCE", "demolished") in _types(pipeline, "Army bulldozers demolished the homes of the bombers.")
