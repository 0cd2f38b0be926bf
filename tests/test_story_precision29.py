"""Precision of story events (prec29): false events of rounds 18-29's stories whose trigger has a sense that
is no political act, or another act than the one-word pattern says. Each mechanism is tested on sentences
written for the project (never gold sentences); each first case fails without the change."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples, coded_types

pytestmark = pytest.mark.model


# ---- an "agent" released is a person freed; only a chemical (nerve, biological, toxic) agent is a weapon


@pytest.mark.parametrize(
    "text",
    [
        "The government in Minsk released two Lithuanian intelligence agents on Monday.",
        "Moscow released four American agents in exchange for a jailed Russian pilot.",
    ],
)
def test_agents_released_are_people_freed(pipeline: Any, text: str) -> None:
    types = coded_types(pipeline, text)
    assert "CONCEDE" in types, coded_triples(pipeline, text)
    assert "ASSAULT" not in types, coded_triples(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cult members released a nerve agent on the Tokyo subway in 1995.",
        "The militants released a chemical agent in the crowded market.",
    ],
)
def test_a_chemical_agent_released_stays_a_weapon(pipeline: Any, text: str) -> None:
    assert ("ASSAULT", "204") in [(e[0], e[1]) for e in coded_triples(pipeline, text)], coded_triples(pipeline, text)


# ---- "take sides" and "take off" are no asylum granted ("take in", 075)


@pytest.mark.parametrize(
    "text",
    [
        "Oslo said it was not taking sides in the dispute between the two neighbours.",
        "The bombers that struck the depot took off from bases in Cyprus.",
    ],
)
def test_taking_sides_or_taking_off_is_no_asylum(pipeline: Any, text: str) -> None:
    assert "AID" not in coded_types(pipeline, text), coded_triples(pipeline, text)


def test_refugees_taken_in_stay_asylum(pipeline: Any) -> None:
    text = "Norway took in 3,000 refugees from the war last year."
    assert "AID" in coded_types(pipeline, text), coded_triples(pipeline, text)


# ---- forces pressing an attack, or pressing toward a place, advance (190); no appeal (020)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian government forces pressed toward Homs on Tuesday.",
        "The rebels pressed their offensive against the northern garrison.",
        "Ethiopian troops pressed attacks inside Eritrea for a third day.",
    ],
)
def test_forces_pressing_on_advance(pipeline: Any, text: str) -> None:
    types = coded_types(pipeline, text)
    assert "ASSAULT" in types, coded_triples(pipeline, text)
    assert "REQUEST" not in types, coded_triples(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army pressed the president to resign.",
        "Rebel commanders pressed the government for talks.",
    ],
)
def test_pressing_someone_stays_an_appeal(pipeline: Any, text: str) -> None:
    types = coded_types(pipeline, text)
    assert "REQUEST" in types, coded_triples(pipeline, text)
    assert "ASSAULT" not in types, coded_triples(pipeline, text)


# ---- words traded or exchanged are an accusation or a threat, no trade (061)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The two presidents traded insults over the disputed island for weeks.", "ACCUSE"),
        ("Kigali and Kinshasa exchanged accusations of backing armed groups.", "ACCUSE"),
        ("The rival commanders traded threats across the ceasefire line.", "THREATEN"),
    ],
)
def test_words_traded_are_no_trade(pipeline: Any, text: str, event: str) -> None:
    types = coded_types(pipeline, text)
    assert event in types, coded_triples(pipeline, text)
    assert "COOPERATE" not in types, coded_triples(pipeline, text)


def test_goods_traded_stay_trade(pipeline: Any) -> None:
    text = "Vietnam and Cambodia agreed to trade rice and fuel across their border."
    assert "THREATEN" not in coded_types(pipeline, text) and "ACCUSE" not in coded_types(pipeline, text), coded_triples(
        pipeline, text
    )


# ---- power handed to a commander is a military takeover's own step, no leader yielding office (0831)


@pytest.mark.parametrize(
    "text",
    [
        "The army declared martial law and handed power to its commander-in-chief, General Somchai.",
        "The junta said it had transferred power to the armed forces commander.",
    ],
)
def test_power_handed_to_a_commander_is_no_resignation(pipeline: Any, text: str) -> None:
    assert "RETREAT" not in coded_types(pipeline, text), coded_triples(pipeline, text)


def test_power_handed_to_a_successor_stays_a_retreat(pipeline: Any) -> None:
    text = "The ailing president handed power to his vice president on Tuesday."
    assert "RETREAT" in coded_types(pipeline, text), coded_triples(pipeline, text)


# ---- a ceasefire announced by an international organisation is its mediation (045), no truce of its own


@pytest.mark.parametrize(
    "text",
    [
        "U.N. Secretary-General Kofi Annan, who announced the ceasefire on Monday, said talks would follow.",
        "The United Nations announced a ceasefire between the army and the rebels.",
    ],
)
def test_a_truce_announced_by_an_international_body_is_mediation(pipeline: Any, text: str) -> None:
    coded = coded_triples(pipeline, text)
    assert ("CONSULT", "045") in [(e[0], e[1]) for e in coded], coded
    assert "RETREAT" not in [e[0] for e in coded], coded


def test_a_truce_announced_by_a_party_stays_a_truce(pipeline: Any) -> None:
    text = "Moscow announced a unilateral truce on Sunday."
    assert ("RETREAT", "0871") in [(e[0], e[1]) for e in coded_triples(pipeline, text)], coded_triples(pipeline, text)


# ---- rights or liberties suspended restrict political freedoms (1721, COERCE), no relations reduced (160)


@pytest.mark.parametrize(
    "text",
    [
        "The junta suspended civil liberties across the country.",
        "The interim government curtailed press freedoms after the riots.",
    ],
)
def test_rights_suspended_are_coercion(pipeline: Any, text: str) -> None:
    types = coded_types(pipeline, text)
    assert "COERCE" in types, coded_triples(pipeline, text)
    assert "SANCTION" not in types, coded_triples(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Organization of American States suspended Honduras over the coup.",
        "The Commonwealth suspended Fiji after the coup.",
    ],
)
def test_a_member_suspended_stays_a_sanction(pipeline: Any, text: str) -> None:
    assert "SANCTION" in coded_types(pipeline, text), coded_triples(pipeline, text)


# ---- acts or mistakes committed are done, no commitment made (030)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister vowed to punish the men who committed these acts.",
        "The minister said he had committed a serious mistake.",
    ],
)
def test_acts_committed_are_no_commitment(pipeline: Any, text: str) -> None:
    assert "AGREE" not in coded_types(pipeline, text), coded_triples(pipeline, text)


def test_a_commitment_to_act_stays_an_intent(pipeline: Any) -> None:
    text = "Japan committed to provide $2 billion in reconstruction aid to Iraq."
    assert "AGREE" in coded_types(pipeline, text), coded_triples(pipeline, text)
