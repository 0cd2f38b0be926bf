"""Recall on wire stories (storyrec49 session, issue 11), each mechanism on texts written for this test (none is
taken from a gold or blind set); traps must stay as they are.

* A ballot said to be rigged or stolen ("the opposition said the election had been rigged", "a vote the
  opposition says was stolen"): an accusation by the speaker (derive/statements._rigged_ballot, code_rules
  fraud_verbs and ballot_nouns). Not a car said to be stolen, nor a vote that would be rigged or was not.
* A reported judgement with an adverb of excess ("said the accord was too lenient on the rebels"): a criticism
  (derive/statements._excessive, code_rules excess_adverbs). Not "too early to tell", "too soon for talks", nor
  "said it was too lenient" (nothing named to aim it at).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2019, 6, 12)  # a Wednesday

pytestmark = pytest.mark.model


def _said(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    """(type, CAMEO code) of the events whose trigger is a verb of saying or telling."""
    events = code_events(pipeline, text, PUB)
    return [(e.event, e.cameo) for e in events if e.event_text in {"said", "says", "say", "told"}]


# --- a ballot said to be rigged or stolen ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leaders in Nairobi said the presidential election had been rigged.",
        "Raila Odinga on Tuesday rejected the outcome of a vote which he said had been rigged.",
        "The former president told a rally in Atlanta that the vote had been stolen.",
    ],
)
def test_a_ballot_said_to_be_rigged_is_an_accusation(pipeline: Any, text: str) -> None:
    assert ("ACCUSE", "112") in _said(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Nairobi said the minister's car had been stolen.",
        "Opposition leaders in Nairobi said the election would be rigged.",
        "Election observers in Nairobi said the vote had not been rigged.",
    ],
)
def test_no_accusation_without_a_ballot_rigged(pipeline: Any, text: str) -> None:
    assert ("ACCUSE", "112") not in _said(pipeline, text)


def test_a_stolen_vote_is_no_theft(pipeline: Any) -> None:
    text = (
        "The former president told a rally in Atlanta that the vote had been stolen and urged his supporters "
        "to march on the state capitol."
    )
    assert [e.cameo for e in code_events(pipeline, text, PUB) if e.event_text == "stolen"] == []


# --- a judgement with an adverb of excess ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The former president of Colombia said the peace accord was too lenient on the rebels.",
        "Opposition senators in Bogota said the new budget was too timid.",
    ],
)
def test_too_lenient_is_a_criticism(pipeline: Any, text: str) -> None:
    assert ("ACCUSE", "111") in _said(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mediator in Geneva said it was too early to tell whether the truce would hold.",
        "The envoy in Geneva said it was too soon for direct talks between the two sides.",
        "The former president of Colombia said it was too lenient on the rebels.",
    ],
)
def test_too_early_to_tell_judges_nothing(pipeline: Any, text: str) -> None:
    assert [t for t, _ in _said(pipeline, text) if t == "ACCUSE"] == []
