"""Recip41: a denial of a definite accusation noun ("rejected the accusations") answers whoever made
the last accusation told before in the story, however far back (code/accused.py). Sentences written
for this test, none taken from a gold or blind set."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

pytestmark = pytest.mark.model

PUB = dt.date(2024, 3, 5)

BACKGROUND = (
    "The two countries fought a brief war over the area in the nineteenth century. "
    "Trade between them has grown sharply since then. "
    "Some farmers on both sides depend on the crossing for their livelihoods. "
)


def _denials(pipeline: Any, text: str) -> list[Any]:
    return [e for e in code_events(pipeline, text, PUB) if e.cameo == "016"]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Peru's foreign minister accused Bolivia on Monday of sheltering armed smugglers along the frontier. "
         + BACKGROUND + "La Paz rejected the accusations as baseless on Tuesday.", {"PER"}),
        ("Norway's government accused Iceland of overfishing in disputed waters on Monday. "
         + BACKGROUND + "Reykjavik dismissed the allegations on Wednesday.", {"NOR"}),
    ],
)  # fmt: skip
def test_denial_of_an_accusation_told_far_back(pipeline: Any, text: str, recipient: set) -> None:
    """The accusation told four sentences before: beyond the last three that accuser_before reads."""
    (denial,) = _denials(pipeline, text)
    assert country_set(denial.recipient) == recipient
    assert any("what 'the" in r for r in denial.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # the accuser is of the denier's own country: no foreign party answered
        "Ghana's army accused the electoral commission of rigging the count. " + BACKGROUND
        + "Ghana's electoral commission rejected the accusations on Saturday.",
        # the accusation was aimed at a third country
        "Peru accused Chile of spying on Monday. " + BACKGROUND + "Bolivia rejected the accusations on Tuesday.",
    ],
)  # fmt: skip
def test_denial_takes_no_accuser_of_its_own_side_or_of_a_third_party(pipeline: Any, text: str) -> None:
    for denial in _denials(pipeline, text):
        assert not any("what 'the" in r for r in denial.reasons)


def test_act_noun_refers_only_to_an_act_of_its_kind(pipeline: Any) -> None:
    """'condemned the attack' two sentences after a border closure: "the attack" names an assault
    (lexicon judged_act_nouns), so code.judged.judged_before does not read it as the closure, the
    last act of material conflict told before (recip41)."""
    text = (
        "Syrian artillery shelled rebel-held towns near Idlib on Monday, killing twelve people. "
        "Turkey closed its border crossing with Syria on Tuesday. "
        "Syria's foreign ministry condemned the attack on Wednesday as a provocation by foreign-backed groups."
    )
    (judgement,) = [e for e in code_events(pipeline, text, PUB) if e.event_text == "condemned"]
    assert not any("refers to" in r and "'closed'" in r for r in judgement.reasons)


def test_act_noun_still_refers_to_an_act_of_its_kind(pipeline: Any) -> None:
    text = (
        "Chinese coast guard ships rammed a Vietnamese fishing boat near the Paracel Islands on Monday. "
        "The Philippines expelled a Chinese diplomat on Tuesday over a separate spying case. "
        "Hanoi condemned the attack on Wednesday."
    )
    (judgement,) = [e for e in code_events(pipeline, text, PUB) if e.event_text == "condemned"]
    assert country_set(judgement.recipient) == {"CHN"}
