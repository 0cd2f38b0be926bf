"""Precision (prec51): classes of false events of rounds 26-55 (sentences and stories) seen in the rounds of
several annotators. Each mechanism is tested on sentences written for the project (never gold sentences);
each first case fails without the change, traps keep what stays."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples

pytestmark = pytest.mark.model


# ---- the toll of a natural force is no party's act (the carrier's accident was taken out at the merge)


@pytest.mark.parametrize(
    "text",
    [
        # the parser makes "earthquake" an apposition of "magnitude": the subject is still nature
        "A magnitude 6.1 earthquake struck Naples at lunchtime on Tuesday, toppling buildings and killing dozens"
        " of people, officials said.",
    ],
)
def test_the_toll_of_an_earthquake_is_no_event(pipeline: Any, text: str) -> None:
    assert coded_triples(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a vehicle driven as a weapon, or one its attackers crash, is still an attack
        ("Hijacked airliners crashed into two towers in Chicago on Tuesday, killing thousands of people.", "crashed"),
        ("Hijackers crashed two airliners into the towers on Tuesday, killing thousands of people.", "crashed"),
        ("Rebels shot down a plane carrying the governor near the border on Monday.", "shot down"),
    ],
)
def test_a_crash_caused_by_a_party_stays_an_attack(pipeline: Any, text: str, trigger: str) -> None:
    triples = coded_triples(pipeline, text)
    assert any(t[0] == "ASSAULT" and t[2] == trigger for t in triples), triples


# ---- a match told with the words of a fight


def test_a_comeback_from_goals_down_is_a_match(pipeline: Any) -> None:
    text = (
        "Brazil beat Italy 3-2 in the World Cup final in Madrid on Sunday, with Pele scoring the winner after the"
        " Italians had fought back from two goals down."
    )
    assert coded_triples(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the parser reads "beat" as a modifier of "hosts"
        "Peru beat hosts Chile 2-0 in the opening match of the Copa America on Sunday.",
        # the contest won is told through the object: "won the right to host the Games"
        "Lagos won the right to host the 2030 Olympic Games on Friday, beating Nairobi in the final round of voting.",
    ],
)
def test_a_team_or_a_city_beating_another_in_a_contest_is_a_match(pipeline: Any, text: str) -> None:
    assert not any(t[0] == "ASSAULT" for t in coded_triples(pipeline, text))


def test_police_beating_protesters_still_assault(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "Police beat protesters with batons outside the parliament in Lima on Sunday.")
    assert any(t[0] == "ASSAULT" for t in triples), triples


def test_troops_fighting_back_from_a_place_still_fight(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "Government troops fought back from the edge of the city and retook the airport.")
    assert any(t[0] == "ASSAULT" for t in triples), triples


# ---- "defend" alone is no verbal defence


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry authorised its troops on the island to use their weapons to defend themselves.",
        "Thousands of residents gathered outside the radio station on Sunday to defend it against the soldiers.",
    ],
)
def test_defending_a_place_or_oneself_is_no_verbal_defence(pipeline: Any, text: str) -> None:
    assert not any(t[1] == "052" for t in coded_triples(pipeline, text))


def test_a_decision_defended_is_still_a_verbal_defence(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "The French prime minister on Tuesday defended his decision to raise fuel taxes.")
    assert any(t[1] == "052" and t[2] == "defended" for t in triples), triples


# ---- the Olympic Games hosted are no visit hosted


def test_olympic_games_hosted_are_no_visit(pipeline: Any) -> None:
    text = "Madrid was chosen on Friday to host the 2032 Olympic Games, beating Paris by three votes."
    assert not any(t[1] == "043" for t in coded_triples(pipeline, text))


def test_a_leader_hosted_is_still_a_visit(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "The French president hosted the German chancellor in Paris on Monday.")
    assert any(t[1] == "043" for t in triples), triples
