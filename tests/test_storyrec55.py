"""Story recall, storyrec55 (issue 11): a wrong laid at another party's door in a reported clause
(derive/wrongs.reported_wrong, docs/stories.md "storyrec55"). Each test codes sentences written for it (none
taken from a gold set): a speaker who tells that a named party acted unlawfully, took part in a crime, planned
an attack or did a wrong in a second coordinated clause accuses that party (112, ACCUSE), the speaker the
actor; a speaker telling its own act, a warning, a negated clause and a denial accuse no one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2020, 5, 4)


def _accusations(pipeline: Any, text: str) -> list[tuple[list[str | None], list[str | None], str]]:
    return [
        ([a.country for a in e.actor], [r.country for r in e.recipient], e.event_text)
        for e in code_events(pipeline, text, PUB)
        if e.event == "ACCUSE"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # an adverb of wrongdoing on the reported act
        ("President Ruto said on Tuesday that the Ugandan army had acted unlawfully in the border town.", "KEN", "UGA"),
        # a crime taken part in, the party named with an "of" phrase
        (
            "Police in Ottawa said agents of the Russian government had been involved in kidnappings and extortion.",
            "CAN",
            "RUS",
        ),
        # a crime committed, told by the "of" phrase of its object
        ("Ghana's president said Togo had committed an act of terrorism on Ghanaian soil.", "GHA", "TGO"),
        # a wrong told in the second of two coordinated reported verbs
        ("The Chilean minister said Peru had misled the tribunal and violated Chile's sovereignty.", "CHL", "PER"),
        # a wrong tried
        ("Lithuania said on Friday that Belarus was trying to steal the disputed ballots.", "LTU", "BLR"),
        # an attack planned
        ("Prosecutors in Zagreb said the militants had planned to bomb the Serbian embassy.", "HRV", None),
    ],
)
def test_a_reported_wrong_accuses_the_party_named(pipeline: Any, text: str, actor: str, recipient: str | None) -> None:
    found = _accusations(pipeline, text)
    assert found, text
    actors, recipients, trigger = found[0]
    assert trigger == "said"
    assert actor in actors and (recipient is None or recipient in recipients)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army said it had acted unlawfully.",  # a pronoun: a claim of its own
        "Kenya said Uganda would attack the border town.",  # a modal: a warning or a fear
        "Kenya said Uganda had not acted unlawfully.",  # negated
        "Egypt denied that Sudan had acted illegally at the border post.",  # a denial
        "The Sudanese army said it had shelled rebel positions near the town.",  # its own act, told as news
        "Yerevan said Azerbaijani troops had tried to advance on the village overnight.",  # an attack tried: the attack
        "Beijing said Hanoi had no plans to seize the reef.",  # no plans: a denial
    ],
)
def test_no_accusation_without_a_wrong_laid_at_another(pipeline: Any, text: str) -> None:
    assert _accusations(pipeline, text) == [], text
