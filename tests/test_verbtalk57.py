"""Verbal acts with no pattern (issue 11, verbtalk57): the missed ACCUSE and AGREE groups of rounds 26-67 whose
frame had no right-type pattern (docs/verb-frames.md, "Verbal acts with no pattern, verbtalk57"). Each test codes
sentences written for it (none taken from a gold set):

* blame held inside a reported certainty or proof ("said it was almost certain that X was responsible", "said it
  had evidence that X was behind the attack") is the speaker's accusation of X, as the blame said outright is;
  not where the certainty or the proof is denied;
* a party linked by name to a violent act (verb class LINK_VERB × WRONG_ACT), or named as a suspect, is accused;
  a group described as linked to an act accuses no one;
* a membership that a state would not approve is rejected (120).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str, list[str | None]]]:
    return [(e.event, e.cameo, [r.country for r in e.recipient]) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Dutch minister said it was almost certain that Syria was responsible for the embassy bombing.", "SYR"),
        ("Chile said on Tuesday it had clear evidence that Bolivia was behind the attack on the border post.", "BOL"),
        ("Oslo said it was clear that the Latvian militia was behind the kidnapping of the consul.", "LVA"),
    ],
)
def test_blame_held_in_a_certainty_or_proof_is_an_accusation(pipeline: Any, text: str, target: str) -> None:
    assert any(t == "ACCUSE" and c == "112" and target in r for t, c, r in _coded(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch minister said it was not certain that Syria was responsible for the embassy bombing.",
        "Chile said on Tuesday it had no evidence that Bolivia was behind the attack on the border post.",
        "The minister said it was likely that talks with Peru would resume in May.",
    ],
)
def test_a_denied_certainty_or_proof_accuses_no_one(pipeline: Any, text: str) -> None:
    assert not any(c == "112" for _, c, _ in _coded(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors in Lima linked two Ecuadorean army officers to the murder of a union leader.",
        "Turkish police identified a Syrian man as the main suspect in the bombing.",
    ],
)
def test_a_party_linked_to_a_violent_act_is_accused(pipeline: Any, text: str) -> None:
    assert ("ACCUSE", "112") in [(t, c) for t, c, _ in _coded(pipeline, text)]


def test_a_group_described_as_linked_accuses_no_one(pipeline: Any) -> None:
    text = "A militia linked to the killing of the mayor disbanded on Friday."
    assert not any(c == "112" for _, c, _ in _coded(pipeline, text))


def test_a_membership_not_to_be_approved_is_rejected(pipeline: Any) -> None:
    text = "Greece said it would not approve Albania's membership unless Tirana changed its laws."
    assert ("REJECT", "120") in [(t, c) for t, c, _ in _coded(pipeline, text)]
