"""Recip41: a noun of a kind of act ("condemned the strikes") refers back only to an act of its own kind
(code/judged.judged_before kinds). Sentences written for this test, none taken from a gold or blind set."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

pytestmark = pytest.mark.model

PUB = dt.date(2024, 3, 5)


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
