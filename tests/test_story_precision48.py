"""Story precision (storyprec48): two classes of false events of rounds 26-49, each seen in the rounds of
several annotators. Each mechanism is tested on sentences written for the project (never gold sentences);
each first case fails without the change, traps keep what stays."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples

pytestmark = pytest.mark.model


# ---- what a document says is its issuer's act, not the act of a party that accepts or defies it


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Syria on Tuesday accepted a United Nations resolution calling for an end to the fighting in Aleppo.",
            "accepted",
        ),
        ("The rebels rejected an Arab League declaration demanding that they lay down their arms.", "rejected"),
    ],
)
def test_a_document_accepted_or_rejected_says_nothing_of_its_acceptor(pipeline: Any, text: str, kept: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[2] for t in triples] == [kept], triples


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The Security Council on Friday adopted a resolution calling for an immediate halt to the shelling.",
         "calling", "020"),
        ("The ruling party issued a statement condemning the arrests of its members.", "condemning", "111"),
    ],
)  # fmt: skip
def test_a_document_issued_still_tells_its_content(pipeline: Any, text: str, trigger: str, code: str) -> None:
    triples = coded_triples(pipeline, text)
    assert any(t[1] == code and t[2] == trigger for t in triples), triples


# ---- a clash of words between states or officials over an issue is a dispute (110, ACCUSE), no fight


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany clashed over the budget on Tuesday.",
        "The prime minister clashed with the central bank governor over interest rates.",
    ],
)
def test_a_clash_of_words_is_a_dispute(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[:3] for t in triples] == [("ACCUSE", "110", "clashed")], triples


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Chinese troops clashed over the disputed ridge on Monday.",
        "Protesters clashed with police over the arrests on Monday.",
        "Greece and Turkey clashed in the Aegean last month.",
    ],
)
def test_a_clash_of_forces_or_crowds_stays_a_fight(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert triples and all(t[0] in {"ASSAULT", "PROTEST"} for t in triples), triples
