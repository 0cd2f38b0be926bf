"""Recall and precision on wire stories (storyrec46 session, issue 11), each mechanism on texts written for this
test (none is taken from a gold or blind set); traps must stay as they are.

A body of troops authorised with a determiner ("authorised the force", "authorised a peacekeeping force") is no
force used or threatened: the force named before is endorsed and tells no threat (no event); a new one is
peacekeeping given (CAMEO 074, AID). "authorised force against X" and "authorised the use of force" stay threats
(138)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2003, 6, 9)  # a Monday

pytestmark = pytest.mark.model


def _codes(pipeline: Any, text: str, trigger: str) -> list[str]:
    return [e.cameo for e in code_events(pipeline, text, PUB) if e.event_text == trigger]


# --- a body of troops authorised ---------------------------------------------------------------------------------


def test_a_force_named_before_authorised_is_no_threat(pipeline: Any) -> None:
    text = (
        "A French-led European force landed in Bunia on Friday to stop the killing. "
        "The U.N. Security Council authorised the force last month."
    )
    assert not [c for c in _codes(pipeline, text, "authorised") if c.startswith("13")]


def test_a_new_force_authorised_is_peacekeeping_given(pipeline: Any) -> None:
    text = "The U.N. Security Council on Friday authorised a multinational force to restore order in Bunia."
    assert _codes(pipeline, text, "authorised") == ["074"]


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. Security Council authorised force against the militias in Ituri on Friday.",  # trap
        "The U.N. Security Council authorised the use of force against the militias on Friday.",  # trap
    ],
)
def test_force_used_authorised_stays_a_threat(pipeline: Any, text: str) -> None:
    assert _codes(pipeline, text, "authorised") == ["138"]
