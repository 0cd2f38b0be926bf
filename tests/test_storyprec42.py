"""Story precision, forty-second session (issue 11, storyprec42: false events on the stories of rounds
26-77), each on sentences written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events

pytestmark = pytest.mark.model

PUB = dt.date(2019, 6, 11)

_code = partial(code_events, pub_date=PUB)


def _codes(pipeline: Any, text: str) -> list[tuple[str | None, str, str]]:
    return [(e.event, e.cameo, e.event_text) for e in _code(pipeline, text)]


# The toll of an accident is no attack (code_rules casualty_verbs, accident_verbs): a killing told as the
# participle of a crash or a collapse, or with a crash in its clause of time; a hand behind the crash
# ("hijackers crashed a plane into ...") or a blow that needs one ("gunfire erupted, killing ...") stays one.


@pytest.mark.parametrize(
    "text",
    [
        "A Kenya Airways Boeing 787 crashed shortly after take-off from Nairobi on Monday, killing all 210 "
        "people on board.",
        "Chilean President Jorge Ruiz, his wife and several aides were killed on Friday when their plane "
        "crashed while trying to land in heavy rain.",
        "The roof of the bus station in the Peruvian city of Piura collapsed on Thursday, killing at least "
        "nine people.",
    ],
)
def test_the_toll_of_an_accident_is_no_attack(pipeline: Any, text: str) -> None:
    codes = _codes(pipeline, text)
    assert not any(c[0] == "ASSAULT" for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Hijackers crashed a plane into the Peruvian defence ministry on Monday, killing forty people.",
        "Gunfire erupted near the Peruvian congress on Monday, killing three opposition protesters.",
        "A car bomb exploded outside the Peruvian interior ministry on Monday, killing six police officers.",
    ],
)
def test_a_killing_by_a_hand_stays_an_attack(pipeline: Any, text: str) -> None:
    codes = _codes(pipeline, text)
    assert any(c[0] == "ASSAULT" for c in codes), codes
