"""Mechanisms of the twenty-ninth session (issue 11, sentences, sent29: built from the misses and false events
of rounds 18 to 29 and PLOVER dev), each on sentences written for this test (none taken from a gold or blind
set): a party's own measure taken back is a concession (RETRACT x POLICY_NOUN), documents one party signs alone
are no agreement, emergency powers invoked a restriction and a harsh response promised a threat; with traps in
other senses."""

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


# emergency powers invoked: a restriction (1724), with the proper name's plural lemma ("the Emergencies Act")


def test_emergencies_act_invoked_is_a_restriction(pipeline: Any) -> None:
    text = "The prime minister invoked the Emergencies Act on Tuesday to clear the blockades."
    assert "COERCE" in _types(pipeline, text), _shown(pipeline, text)


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
