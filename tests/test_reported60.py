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


def _acts(pipeline: Any, text: str, kind: str) -> list[tuple[list[str | None], str]]:
    return [([a.country for a in e.actor], e.event_text) for e in code_events(pipeline, text, PUB) if e.event == kind]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Turkish government denied that its troops had crossed the border and called on both sides to halt.",
            "TUR",
        ),
        ("Mr Aliyev denied that he had armed the looters and appealed to his followers to stay calm.", "AZE"),
    ],
)
def test_a_plain_past_beside_a_reported_clause_is_the_speakers(pipeline: Any, text: str, actor: str) -> None:
    """participants/speakers.continued_speech: the appeal after a denial is the denier's, not part of what it denies."""
    found = _acts(pipeline, text, "REQUEST")
    assert found, text
    assert actor in found[0][0], found


@pytest.mark.model
def test_a_material_act_sharing_the_auxiliary_is_not_the_speakers(pipeline: Any) -> None:
    """'had stormed the bank and killed two guards': "killed" shares "had" (the gunmen's act), no police act."""
    text = "Chilean police said the gunmen had stormed the bank and killed two guards."
    assert all("killed" not in words or "CHL" not in actors for actors, words in _acts(pipeline, text, "ASSAULT"))


@pytest.mark.model
def test_a_shared_perfect_is_not_the_speakers(pipeline: Any) -> None:
    """'told the press that officers had entered the palace and demanded ...': the officers' demand (the perfect is
    shared), not the teller's; only a modal, or any auxiliary under a denial, breaks the reported clause's form."""
    text = (
        "The Zambian president told reporters that army officers had come to his office and demanded his resignation."
    )
    events = code_events(pipeline, text, PUB)
    assert not any(any("plain past beside" in r for r in e.reasons) for e in events), [e.reasons for e in events]
