"""Recipient mechanisms of storyrecip50, on sentences written for this test (none taken from a gold or
blind set), with traps: a demand or a violent act that names no one it is aimed at, by actors of one
country, is aimed at their own country (participants/homeaim.py, code_rules home_aim_roots), unless
its sentence names a party of another country or an international organisation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2011, 5, 12)


def _coded(pipeline: Any, text: str, roots: tuple[str, ...]) -> Any:
    events = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith(roots)]
    assert events, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    return events[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kenyan opposition leaders demanded on Tuesday that the electoral commission be dissolved.", "KEN"),
        ("Zambian opposition politicians demanded that the finance minister resign over the loan scandal.", "ZMB"),
    ],
)  # fmt: skip
def test_a_demand_that_names_no_one_is_aimed_at_home(pipeline: Any, text: str, country: str) -> None:
    event = _coded(pipeline, text, ("10",))
    assert country_set(event.recipient) == {country}, (event.recipient, event.reasons)
    assert any(r.sector == "GOV" for r in event.recipient), event.recipient


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an international organisation named in the sentence: the demand may be made of it
        "Kenyan opposition leaders demanded on Tuesday that the United Nations send observers.",
        # another country named in the sentence
        "Kenyan opposition leaders demanded on Tuesday that Uganda hand over the suspects.",
    ],
)
def test_a_demand_beside_another_party_is_not_read_at_home(pipeline: Any, text: str) -> None:
    event = _coded(pipeline, text, ("10",))
    assert "KEN" not in country_set(event.recipient), (event.recipient, event.reasons)
