"""Story precision (storyprec47): the false events of rounds 26-47 (stories and sentences) counted by
class; the largest is "another type at a gold event", and among its causes the type conventions below
recur across the rounds of different annotators. Each mechanism is tested on sentences written for the
project (never gold sentences); each first case fails without the change, traps keep what stays."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, coded_triples

pytestmark = pytest.mark.model


# ---- an apology is a concession (055 -> CONCEDE; it was SUPPORT by the crosswalk)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Dutch prime minister apologised on Monday for the country's role in the slave trade.", "apologised"),
        ("The rebel commander asked forgiveness of the victims' families at a ceremony in the capital.", "asked"),
    ],
)
def test_an_apology_is_a_concession(pipeline: Any, text: str, trigger: str) -> None:
    triples = coded_triples(pipeline, text)
    assert ("CONCEDE", "055", trigger) in triples, triples
    assert all(t[0] != "SUPPORT" for t in triples), triples


# ---- a nuclear device exploded or detonated is a test, a show of force (150, MOBILIZE), not an attack


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan exploded a nuclear device in the Chagai hills on Thursday.",
        "The country detonated a nuclear bomb underground on Sunday, its sixth such blast.",
    ],
)
def test_a_nuclear_device_exploded_is_a_test(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[:2] for t in triples] == [("MOBILIZE", "150")], triples


def test_a_nuclear_bomb_dropped_stays_an_attack(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "An American bomber dropped an atomic bomb on the Japanese city.")
    assert [t[:2] for t in triples] == [("ASSAULT", "2042")], triples


# ---- an embassy opened or reopened restores relations (060, COOPERATE), as relations restored


def test_an_embassy_reopened_restores_relations(pipeline: Any) -> None:
    text = "Britain reopened its embassy in Tehran on Sunday, four years after it was stormed."
    triples = coded_triples(pipeline, text)
    assert ("COOPERATE", "060", "reopened") in triples, triples


# ---- an impeachment is a charge brought (115, ACCUSE; 172/173, COERCE before), and a legislature known
# ---- by a role word that impeaches a head of state is that state's own (participants/impeaching.py)


@pytest.mark.parametrize(
    ("text", "pub", "trigger", "country"),
    [
        ("Parliament voted on Friday to impeach President Park Geun-hye.", "2016-12-09", "impeach", "KOR"),
        (
            "Lawmakers began impeachment proceedings against President Joseph Estrada on Monday.",
            "2000-11-13",
            "began",
            "PHL",
        ),
    ],
)
def test_an_impeachment_is_a_charge_by_the_states_own_legislature(
    pipeline: Any, text: str, pub: str, trigger: str, country: str
) -> None:
    events = [e for e in code_on(pipeline, text, pub) if e.event_text == trigger]
    assert [(e.event, e.cameo) for e in events] == [("ACCUSE", "115")], [(e.event, e.cameo) for e in events]
    assert [a.country for a in events[0].actor] == [country], events[0].actor


def test_a_legislature_that_names_its_country_keeps_it(pipeline: Any) -> None:
    text = "The Peruvian Congress impeached President Martin Vizcarra on Monday."
    events = [e for e in code_on(pipeline, text, "2020-11-09") if e.event_text == "impeached"]
    assert events and {a.country for a in events[0].actor} == {"PER"}, events


def test_a_nuclear_device_exploded_is_set_off_at_the_states_test_site(pipeline: Any) -> None:
    events = code_on(pipeline, "ISLAMABAD - Pakistan exploded five nuclear devices on Thursday.", "1998-05-28")
    tests = [e for e in events if e.event == "MOBILIZE"]
    assert tests and tests[0].event_loc is not None, events
    assert tests[0].event_loc.extracted_place == "Ras Koh Hills, Chagai", tests[0].event_loc


def test_an_explosive_device_is_no_weapons_test(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "Militants exploded a roadside device near an army convoy on Tuesday.")
    assert all(t[0] != "MOBILIZE" for t in triples), triples


# ---- a party described by the war it wages ("the rebels fighting the government") is no act told


def test_a_party_described_by_the_war_it_wages_is_no_act(pipeline: Any) -> None:
    text = "The Senate approved $50 million in aid for the rebels fighting the military government on Tuesday."
    triples = coded_triples(pipeline, text)
    assert all(t[2] != "fighting" for t in triples), triples


def test_a_fight_told_as_the_clauses_act_stays(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "Rebels fought government troops near the border town on Tuesday.")
    assert ("ASSAULT", "190", "fought") in triples, triples
