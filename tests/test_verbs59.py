"""Frames with no pattern (issue 11, verbs59): from the missed required groups of rounds 26-71 whose frame had no
pattern of their type (docs/verb-frames.md, "Frames with no pattern, verbs59"), two general families and a fix:

* a penalty eased, whichever verb of easing says so and whichever penalty (verb class EASE x word class
  EASED_PENALTY, 085 CONCEDE): "has called off its wine tariffs", "scrapped its embargo", in place of the pairs
  written out before ("lift sanction", "remove tariff", ...); not a person removed from duty;
* a name given that charges its bearer (code_rules condemning_words, read by derive/codes.by_label and the
  reported judgements of derive/statements): a dictator, traitors, an annexation, an overreaction, a count called
  fraudulent, a sentence called disproportionate (111, ACCUSE); not a loss called a tragedy, nor a result called
  disappointing;
* a general strike called off is a strike ended (082, CONCEDE, "call off strike"), not one called (143): "call
  strike general" and "call strike nationwide" no longer match with the particle "off".

Each test codes sentences written for it (none taken from a gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil has called off its wine tariffs against Argentina.",
        "Ottawa scrapped its embargo on Chilean copper on Monday.",
        "Norway suspended its boycott of Danish fish after the talks.",
        "The Kenyan government withdrew the sanctions on Ugandan traders.",
    ],
)
def test_a_penalty_eased_is_a_concession(pipeline: Any, text: str) -> None:
    assert ("CONCEDE", "085") in _coded(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The police chief was removed from duty after the riot.",
        "Prosecutors dropped the charges against the Chilean banker.",
    ],
)
def test_no_penalty_no_easing(pipeline: Any, text: str) -> None:
    assert "085" not in {c for _, c in _coded(pipeline, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Argentine president called the general a dictator.",
        "The Bolivian opposition leader called the defectors traitors.",
        "Lisbon called the vote on the islands an annexation.",
        "The Kenyan government called the police raid a gross overreaction.",
        "Lima called the prison sentence given to its consul disproportionate.",
    ],
)
def test_a_charging_name_is_an_accusation(pipeline: Any, text: str) -> None:
    assert "ACCUSE" in {t for t, _ in _coded(pipeline, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president called the flood a tragedy for the whole nation.",
        "The Kenyan minister called the harvest disappointing.",
    ],
)
def test_a_loss_or_a_letdown_named_charges_no_one(pipeline: Any, text: str) -> None:
    assert "ACCUSE" not in {t for t, _ in _coded(pipeline, text)}


def test_a_general_strike_called_off_is_ended(pipeline: Any) -> None:
    coded = _coded(pipeline, "The unions called off their general strike on Sunday.")
    assert ("CONCEDE", "082") in coded
    assert "143" not in {c for _, c in coded}


def test_a_general_strike_called_is_a_strike(pipeline: Any) -> None:
    assert ("PROTEST", "143") in _coded(pipeline, "The Chilean dockers have called a general strike over pay.")
