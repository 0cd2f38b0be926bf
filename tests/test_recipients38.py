"""Recipient mechanisms of recip38 (issue 12's recipient country), on sentences written for this
test (none taken from a gold or blind set), with traps: the sponsor of an operation named before a
hyphenated participle is no recipient (lexicon sponsor_participles, participants/bystanders.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2004, 11, 17)


# the sponsor of an operation, named before "-backed", "-sanctioned", is no recipient (lexicon
# sponsor_participles): the landing is aimed at the place's country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Hundreds of French marines came ashore in Abidjan on Friday at the start of a U.N.-backed mission "
            "to protect civilians.",
            "CIV",
        ),
        (
            "Dutch troops landed in Monrovia on Friday to open a U.N.-sanctioned operation to protect aid convoys.",
            "LBR",
        ),
    ],
)
def test_the_sponsor_of_an_operation_is_no_recipient(pipeline: Any, text: str, target: str) -> None:
    landings = [ev for ev in code_events(pipeline, text, PUB) if ev.cameo.startswith("15")]
    assert landings, text
    assert country_set(landings[0].recipient) == {target}, (landings[0].recipient, landings[0].reasons)


def test_a_sponsor_after_by_stays_a_party() -> None:
    from newsevents.participants.bystanders import BROKERED

    assert BROKERED.match("-backed militias") is not None
    assert BROKERED.match(" backed by Rwanda") is None  # only after a hyphen
