"""Story recipients, reported60 (issue 11): a blow told by the side it struck (code/struckside.py), docs/stories.md
"reported60". Each test codes sentences written for it (none taken from a gold set): a state's party that reports
another state's use of force naming no target is the recipient; a blow the speaker's own side dealt, a blow a
news agency reports, one whose sentence names a third country and one of a war told before between the doers
and a third country are not read so.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2020, 5, 4)


def _blows(pipeline: Any, text: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [
        ([a.country for a in e.actor], [r.country for r in e.recipient])
        for e in code_events(pipeline, text, PUB)
        if e.event == "ASSAULT"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("The Vietnamese army said Laotian soldiers had opened fire on Tuesday.", "LAO", "VNM"),
        ("Ecuador's defence ministry said Peruvian helicopters had fired rockets overnight.", "PER", "ECU"),
        ("Eritrean troops shelled three border posts overnight, the Ethiopian army said.", "ERI", "ETH"),
    ],
)
def test_a_blow_told_by_the_side_it_struck(pipeline: Any, text: str, actor: str, recipient: str) -> None:
    found = _blows(pipeline, text)
    assert found, text
    assert actor in found[0][0] and found[0][1] == [recipient], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "struck"),
    [
        (
            "Russian missiles struck Kyiv on Monday. Washington said Russian forces had shelled the outskirts.",
            "USA",
        ),  # a third state tells of a war told before between others
        ("Reuters reported that Laotian troops had fired at a border post.", "GBR"),  # a news agency
        ("Hanoi said Laotian soldiers had opened fire near the Cambodian border.", "VNM"),  # a third country named
        ("The Laotian army said its troops had opened fire at dawn.", "LAO"),  # its own side's blow
        ("Laotian jets bombed the town of Pakse, killing dozens, Vietnamese officials said.", "VNM"),  # the doers' land
    ],
)
def test_no_side_struck(pipeline: Any, text: str, struck: str) -> None:
    for _actors, recipients in _blows(pipeline, text):
        assert struck not in recipients, (text, recipients)
