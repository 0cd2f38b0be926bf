"""Story recall, reported59 (issue 11): a grave concern about a party's act is the speaker's disapproval (lexicon
grave_feelings, grave_adverbs; frame/feelings.py), docs/stories.md "reported59". Each test codes sentences written
for it (none taken from a gold set): "said it was deeply concerned by X's act" is ACCUSE (110) by the speaker aimed
at the act's doer; a plain concern, a grave concern that names nothing, and a concern about no party's act are no
event.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2019, 6, 12)


def _accusations(pipeline: Any, text: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [
        ([a.country for a in e.actor], [r.country for r in e.recipient])
        for e in code_events(pipeline, text, PUB)
        if e.event == "ACCUSE"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "The Dutch foreign ministry said it was deeply concerned by the expulsion of its envoy from Caracas.",
            "NLD",
            "VEN",
        ),
        ("Tokyo said it was seriously concerned over Beijing's decision to widen its air defence zone.", "JPN", "CHN"),
        (
            "Brazil was gravely concerned by the Argentine decision to shut the border, its foreign minister said.",
            "BRA",
            "ARG",
        ),
    ],
)
def test_a_grave_concern_about_an_act_is_disapproval(pipeline: Any, text: str, actor: str, recipient: str) -> None:
    found = _accusations(pipeline, text)
    assert found, text
    assert actor in found[0][0] and recipient in found[0][1], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Norway said it was concerned about the fighting in the north.",  # no adverb of gravity: a worry
        "The Swedish prime minister said he was deeply concerned and urged calm.",  # names nothing
        "The Kenyan government said it was deeply concerned about the drought.",  # no party's act
        "Hanoi said it was gravely concerned about assaults on Vietnamese traders.",  # its own people, no doer
    ],
)
def test_no_disapproval(pipeline: Any, text: str) -> None:
    assert not _accusations(pipeline, text), text
