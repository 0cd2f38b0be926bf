"""Sentence recipients of sentrecip52, on sentences written for this test (none taken from a gold or
blind set), with traps: an attack that names no foreign target is aimed at the state that answers it in
a clause after it (participants/answered.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set


def attacks(pipeline: Any, text: str) -> list[Any]:
    return [ev for ev in code_events(pipeline, text, dt.date(2003, 3, 9)) if ev.cameo[:2] in {"18", "19", "20"}]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Syrian gunners shelled a hilltop observation post on Friday, and Turkey vowed to retaliate.",
            "TUR",
        ),
        (
            "Eritrean jets bombed a military depot near the border on Monday, and Ethiopia's government "
            "condemned the raid as an act of war.",
            "ETH",
        ),
        (
            "North Korean patrol boats fired on a fishing fleet on Tuesday, and Seoul demanded an apology.",
            "KOR",
        ),
    ],
)
def test_an_attack_answered_by_a_state_is_aimed_at_it(pipeline: Any, text: str, target: str) -> None:
    found = attacks(pipeline, text)
    assert found, text
    assert country_set(found[0].recipient) == {target}, (found[0].recipient, found[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a third country's place: its people, not the state that condemns
        "Russian jets bombed rebel positions near Aleppo on Monday, and France condemned the strikes.",
        # no answering verb: a report, not an answer
        "Syrian gunners shelled a hilltop observation post on Friday, and Turkey said two soldiers were hurt.",
        # a target told in the attackers' words: left to participants/described.py
        "Syrian gunners shelled what Damascus called a smugglers' camp on Friday, and Turkey vowed to retaliate.",
        # an answer by an organisation of no country
        "Syrian gunners shelled a hilltop observation post on Friday, and the United Nations condemned the attack.",
    ],
)
def test_no_answering_state(pipeline: Any, text: str) -> None:
    found = attacks(pipeline, text)
    assert found, text
    assert "the state that answers the attack" not in " ".join(found[0].reasons), found[0].reasons
