"""Recipient mechanisms of recip42 (issue 12's recipient country), on sentences written for this test
(none taken from a gold or blind set), with traps: a demand or appeal that an act stop, naming no party,
is made to whoever did the act of material conflict told before it in its sentence
(participants/halted.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2011, 6, 14)
ASKING_ROOTS = ("02", "10")


def _asks(pipeline: Any, text: str, trigger: str) -> list[Any]:
    return [
        ev
        for ev in code_events(pipeline, text, PUB)
        if ev.cameo.startswith(ASKING_ROOTS) and ev.event_text.split()[0] == trigger
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # an organisation of no country asks the invader to withdraw ("their withdrawal": the pronoun)
        (
            "Ethiopian troops crossed into Eritrea on Monday and occupied two border towns, and the African "
            "Union demanded their immediate withdrawal.",
            "demanded",
            {"ETH"},
        ),
        # a country the blow did not hit asks for a halt "to the operation" (a definite act noun)
        (
            "Turkish warplanes bombed villages in northern Iraq on Friday, and Greece demanded an immediate halt "
            "to the operation.",
            "demanded",
            {"TUR"},
        ),
        # a bare noun of stopping, by role words of no country
        (
            "Egyptian artillery shelled Libyan border posts on Sunday, killing 30 soldiers, and European "
            "ministers demanded an end.",
            "demanded",
            {"EGY"},
        ),
    ],
)
def test_a_demand_to_stop_is_made_to_the_doer_told_before(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    asks = _asks(pipeline, text, trigger)
    assert asks, text
    assert country_set(asks[0].recipient) == target, (asks[0].recipient, asks[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "absent"),
    [
        # the demanders' own act: rebels who seized a building are not asked to stop by themselves
        (
            "Chadian rebels seized a radio station in N'Djamena on Tuesday, demanding an end to the war in the east.",
            "demanding",
            {"TCD"},
        ),
        # the act is told after the demand: no act answered
        (
            "The Arab League demanded an end to the blockade on Monday, hours before Moroccan troops stormed the port.",
            "demanded",
            {"MAR"},
        ),
    ],
)
def test_no_doer_for_other_demands(pipeline: Any, text: str, trigger: str, absent: set[str]) -> None:
    for ev in _asks(pipeline, text, trigger):
        assert not country_set(ev.recipient) & absent, (ev.recipient, ev.reasons)
