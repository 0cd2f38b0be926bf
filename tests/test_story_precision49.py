"""Story precision (storyprec49): classes of false events of rounds 26-51, each seen in the rounds of
several annotators. Each mechanism is tested on sentences written for the project (never gold sentences);
each first case fails without the change, traps keep what stays."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, coded_triples

pytestmark = pytest.mark.model


# ---- a readiness told by a copula ("was ready to talk") is told by the act readied, once


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebel commander said his men were ready to negotiate with the army.", "negotiate"),
        ("Norway said on Monday it was willing to host the talks.", "host"),
        ("The foreign minister said he was prepared to meet the opposition leaders.", "meet"),
    ],
)
def test_a_readiness_is_told_once_by_the_act_readied(pipeline: Any, text: str, trigger: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[2] for t in triples] == [trigger], triples


@pytest.mark.parametrize(
    "text",
    [
        "The alliance said it was ready to act if needed.",  # an act the dictionary lacks: the copula tells it
        "The minister said the country was ready.",  # no act readied
    ],
)
def test_a_readiness_for_no_coded_act_keeps_the_copula(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[2] for t in triples] == ["was"] or not triples, triples
    assert all(t[2] == "was" for t in triples), triples


def test_a_readiness_for_a_conflictual_act_stays_a_threat(pipeline: Any) -> None:
    text = "Canada said it was prepared to seize more foreign trawlers off its coast."
    triples = coded_triples(pipeline, text)
    assert [t[0] for t in triples] == ["THREATEN"], triples


def test_an_intent_told_in_the_copulas_stead_is_asserted(pipeline: Any) -> None:
    text = "The rebels said they were ready to resume negotiations with the government."
    events = [(e.event, e.event_text, e.modality) for e in code_on(pipeline, text)]
    assert events == [("AGREE", "resume", "asserted")], events
