"""Recipient mechanisms of recip48 (issue 12's recipient country), on sentences written for this test
(none taken from a gold or blind set), with traps: a resignation (CAMEO 0831) is aimed at no one its
clauses of manner or result name ("resigned, asking voters to forgive him": participants/recipients.py),
nor whom power is handed to in its own sentence ("stepped down and handed power to his deputy": the
same-sentence merge of dedupe/merge.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2012, 3, 9)


def _resignations(pipeline: Any, text: str) -> list[Any]:
    return [ev for ev in code_events(pipeline, text, PUB) if ev.cameo == "0831"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Malawian President Peter Mutharika resigned on Tuesday, asking Malawians to forgive him for the crisis.",
        "Algerian President Liamine Zeroual resigned on Friday, denying the Islamic Salvation Front a say in the"
        " transition.",
        "Kyrgyz President Askar Akayev stepped down on Monday and handed power to his deputy, Prime Minister"
        " Kurmanbek Bakiyev.",
    ],
)
def test_a_resignation_names_no_target_in_its_clauses(pipeline: Any, text: str) -> None:
    found = _resignations(pipeline, text)
    assert found, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    assert not country_set(found[0].recipient) - {None}, (text, found[0].recipient, found[0].reasons)


@pytest.mark.model
def test_other_acts_keep_the_party_of_their_participle_clause(pipeline: Any) -> None:
    """Trap: an act that is no resignation still reads its participle clause ("..., killing 28 Kenyan
    teachers")."""
    text = "Gunmen ambushed a bus near the town of Mandera on Monday, killing 28 Kenyan teachers."
    events = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith(("18", "19"))]
    assert events, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    assert "KEN" in country_set(events[0].recipient), (events[0].recipient, events[0].reasons)
