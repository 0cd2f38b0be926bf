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
        "Beijing said it was seriously concerned about attacks on Chinese shops.",  # its own people, no doer
    ],
)
def test_no_disapproval(pipeline: Any, text: str) -> None:
    assert not _accusations(pipeline, text), text


def _said(pipeline: Any, text: str) -> list[tuple[str | None, list[str | None], list[str | None]]]:
    return [
        (e.event, [a.country for a in e.actor], [r.country for r in e.recipient])
        for e in code_events(pipeline, text, PUB)
        if e.event_text in {"said", "says"}
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The Brazilian president said the Argentine move violated the trade treaty.", "BRA", "ARG"),
        ("Ottawa said Washington's tariffs breached the trade pact.", "CAN", "USA"),
        ("The Bolivian government said actions by the Chilean navy had violated its waters.", "BOL", "CHL"),
        ("Quito said protests encouraged by the Peruvian government had provoked the crisis.", "ECU", "PER"),
    ],
)
def test_a_wrong_laid_at_the_doer_an_act_names(pipeline: Any, text: str, actor: str, recipient: str) -> None:
    found = [f for f in _said(pipeline, text) if f[0] == "ACCUSE"]
    assert found, text
    assert actor in found[0][1] and recipient in found[0][2], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Spain said the decision violated the old accord.",  # the act names no doer
        "Madrid said the British decision would violate the accord.",  # a warning, no wrong done
        "Madrid said the British decision did not violate the accord.",  # negated
    ],
)
def test_no_wrong_laid(pipeline: Any, text: str) -> None:
    assert not [f for f in _said(pipeline, text) if f[0] == "ACCUSE"], text
