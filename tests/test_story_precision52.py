"""Story precision (storyprec52): classes of false events of rounds 26-57, each seen in the rounds of several
annotators. Each mechanism is tested on sentences written for the project (never gold sentences); each first
case fails without the change, traps keep what stays."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples

pytestmark = pytest.mark.model


# ---- a decision taken is the act it decides, no intent of it


@pytest.mark.parametrize(
    ("text", "event", "code"),
    [
        ("The prime minister told the nation on Monday that he had decided to step down.", "RETREAT", "0831"),
        ("The island's government decided last week to switch its recognition to Beijing.", "SUPPORT", "054"),
        ("The junta has decided to release the detained ministers.", "CONCEDE", "084"),
    ],
)
def test_a_decision_taken_is_the_act(pipeline: Any, text: str, event: str, code: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[:2] for t in triples] == [(event, code)], triples


@pytest.mark.parametrize(
    "text",
    [
        "The rebels promised to release the detained ministers next week.",  # promised: still an intent
        "The prime minister said he was willing to step down.",  # readiness: the intent stated
    ],
)
def test_an_act_announced_or_offered_stays_an_intent(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert triples and all(t[0] == "AGREE" for t in triples), triples
