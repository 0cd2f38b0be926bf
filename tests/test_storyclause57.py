"""Story recall, storyclause57 (issue 11): a speaker's judgement in a reported copular clause with words the list
lacked (code_rules condemning_words: setback, unfair), docs/stories.md "storyclause57". Each test codes sentences
written for it (none taken from a gold set): a reported clause that calls an act a setback or unfair is a criticism
by the speaker (ACCUSE); negated, it is none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2021, 3, 9)


def _said(pipeline: Any, text: str) -> list[tuple[str | None, str, list[str | None]]]:
    return [
        (e.event, e.cameo, [a.country for a in e.actor])
        for e in code_events(pipeline, text, PUB)
        if e.event_text in {"said", "says"}
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        ("Nigeria said the amendment was a serious setback to democracy.", "ACCUSE", "NGA"),
        ("The Kenyan opposition said the count had been unfair.", "ACCUSE", "KEN"),
    ],
)
def test_a_reported_judgement_is_the_speakers(pipeline: Any, text: str, event: str, actor: str) -> None:
    found = _said(pipeline, text)
    assert found, text
    assert found[0][0] == event and actor in found[0][2]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan opposition said the count had not been unfair.",  # negated
        "The Kenyan opposition said the count had been fair.",  # no word of condemnation
    ],
)
def test_no_judgement(pipeline: Any, text: str) -> None:
    assert not [e for e in _said(pipeline, text) if e[0] in {"ACCUSE", "REJECT"}], text
