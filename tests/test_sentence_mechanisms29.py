"""Mechanisms of the twenty-ninth session (issue 11, sentences, sent29: built from the misses and false events
of rounds 18 to 29 and PLOVER dev), each on sentences written for this test (none taken from a gold or blind
set): an impeachment is a charge brought (ACCUSE), a nuclear device exploded with no target a test (MOBILIZE),
a party's own measure taken back a concession (RETRACT x POLICY_NOUN), a measure ordered the measure imposed,
and documents one party signs alone no agreement; with traps in other senses."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import shown, types_cameos

pytestmark = pytest.mark.model

PUB = dt.date(2011, 3, 9)


_shown = partial(shown, pub_date=PUB)


def _types(pipeline: Any, text: str) -> set[str | None]:
    return {t for t, _ in types_cameos(pipeline, text, PUB)}


# an impeachment: a legislature's formal charge (115, ACCUSE), not an arrest or a sanction (172/173)


@pytest.mark.parametrize(
    "text",
    [
        "The National Assembly impeached the provincial governor on Monday over the missing funds.",
        "Opposition deputies began impeachment proceedings against the prime minister on Tuesday.",
    ],
)
def test_an_impeachment_is_a_charge_brought(pipeline: Any, text: str) -> None:
    types = _types(pipeline, text)
    assert "ACCUSE" in types and "COERCE" not in types, _shown(pipeline, text)


# a nuclear device exploded or detonated with no target is a test (150, MOBILIZE)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan exploded a nuclear device in the Baluchistan desert on Thursday.",
        "North Korea detonated a nuclear bomb underground at its northern test site.",
    ],
)
def test_a_nuclear_device_exploded_with_no_target_is_a_test(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == {"MOBILIZE"}, _shown(pipeline, text)


def test_a_nuclear_weapon_exploded_over_a_city_is_still_an_attack(pipeline: Any) -> None:
    text = "The bomber exploded a nuclear weapon over the port city, killing thousands."
    assert "ASSAULT" in _types(pipeline, text), _shown(pipeline, text)


# a party's own measure taken back (RETRACT x POLICY_NOUN, 0832): a concession, not a sanction or a restriction


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister suspended the disputed citizenship bill on Friday after a week of marches.",
        "The president revoked a fuel tax rise on Sunday after days of riots in the capital.",
        "The junta annulled the land reform decree after farmers blocked the highways.",
        "The cabinet retracted its contested pension plan on Tuesday.",
    ],
)
def test_a_measure_taken_back_is_a_concession(pipeline: Any, text: str) -> None:
    types = _types(pipeline, text)
    assert "CONCEDE" in types and not types & {"SANCTION", "COERCE"}, _shown(pipeline, text)


def test_a_licence_revoked_is_still_a_restriction(pipeline: Any) -> None:
    text = "The interior ministry revoked the licence of the opposition newspaper on Monday."
    assert "CONCEDE" not in _types(pipeline, text), _shown(pipeline, text)


# a measure ordered is imposed by whoever orders it (163), not a demand (100)


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered 30 percent tariffs on steel from Brazil on Monday.",
        "The prime minister ordered sanctions on three Iranian banks.",
    ],
)
def test_a_measure_ordered_is_imposed(pipeline: Any, text: str) -> None:
    types = _types(pipeline, text)
    assert "SANCTION" in types and "REQUEST" not in types, _shown(pipeline, text)


# documents one party signs alone are no agreement (discards beside "sign law", "sign decree")


@pytest.mark.parametrize(
    "text",
    [
        "The governor signed a proclamation on Monday naming the river a protected area.",
        "The president signed an application for membership of the trade bloc on Tuesday.",
    ],
)
def test_a_document_signed_alone_is_no_agreement(pipeline: Any, text: str) -> None:
    assert "AGREE" not in _types(pipeline, text), _shown(pipeline, text)


def test_a_treaty_signed_is_still_an_agreement(pipeline: Any) -> None:
    text = "Peru and Ecuador signed a border treaty in Brasilia on Monday."
    assert "AGREE" in _types(pipeline, text), _shown(pipeline, text)


# a noun of asking that sets a clause with who asked (code/sought.request_clause): the asker's request of the
# clause's subject, an event of its own beside the act asked for


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria sent 500 soldiers to Liberia on Friday at the request of the Liberian president.",
        "Swiss police detained the banker in Geneva at the request of French prosecutors.",
        "Indian troops landed in the Maldives on Thursday at the invitation of its government.",
    ],
)
def test_an_act_done_at_the_request_of_another_tells_the_request(pipeline: Any, text: str) -> None:
    assert "REQUEST" in _types(pipeline, text), _shown(pipeline, text)


def test_a_request_refused_is_no_setting(pipeline: Any) -> None:
    # the noun is the verb's object, not a phrase setting the clause
    text = "The council rejected the request of the union for higher wages."
    assert "REQUEST" not in _types(pipeline, text), _shown(pipeline, text)


# an alliance's collective defence invoked is support (050); emergency powers invoked a restriction (1724)


@pytest.mark.parametrize(
    "text",
    [
        "The alliance invoked its collective defence clause on Thursday after the missile strike on Warsaw.",
        "New Zealand said it would invoke the defence treaty with Australia.",
    ],
)
def test_collective_defence_invoked_is_support(pipeline: Any, text: str) -> None:
    assert "SUPPORT" in _types(pipeline, text), _shown(pipeline, text)


def test_emergencies_act_invoked_is_a_restriction(pipeline: Any) -> None:
    text = "The prime minister invoked the Emergencies Act on Tuesday to clear the blockades."
    assert "COERCE" in _types(pipeline, text), _shown(pipeline, text)


def test_article_50_invoked_is_no_support(pipeline: Any) -> None:
    text = "The British government invoked Article 50 on Wednesday."
    assert "SUPPORT" not in _types(pipeline, text), _shown(pipeline, text)


# a harsh response or reprisals promised: a threat (130), not an intent to cooperate (030)


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang promised a stern response to the joint drills on Monday.",
        "The militia pledged reprisals against the army after the raid.",
    ],
)
def test_a_harsh_response_promised_is_a_threat(pipeline: Any, text: str) -> None:
    types = _types(pipeline, text)
    assert "THREATEN" in types and "AGREE" not in types, _shown(pipeline, text)


def test_a_request_claimed_in_a_report_is_not_told(pipeline: Any) -> None:
    # the clause is what the speaker claims ("said it had acted at the request of ..."), not a request told
    text = "The junta said it had acted at the request of loyal officers."
    assert "REQUEST" not in _types(pipeline, text), _shown(pipeline, text)


def test_a_request_told_with_its_source_after_is_told(pipeline: Any) -> None:
    text = "Danish police detained the captain at the request of Norway's coast guard, the ministry said on Friday."
    assert "REQUEST" in _types(pipeline, text), _shown(pipeline, text)
