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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Serbian President Aleksandar Vucic withdrew a contested mining law on Sunday after weeks of street protests.",
         "SRB"),
        ("Georgia's ruling party withdrew the foreign agents bill on Thursday after two nights of protests.", "GEO"),
    ],
)  # fmt: skip
def test_a_bill_withdrawn_at_home_is_aimed_at_the_own_country(pipeline: Any, text: str, country: str) -> None:
    """A policy concession (CAMEO 0832) that names no one: the state's own country (code_rules home_act_codes)."""
    found = [ev for ev in code_events(pipeline, text, PUB) if ev.cameo == "0832"]
    assert found, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    assert country_set(found[0].recipient) == {country}, (found[0].recipient, found[0].reasons)


@pytest.mark.model
def test_a_bill_withdrawn_under_foreign_pressure_is_not_aimed_at_home(pipeline: Any) -> None:
    """Trap: a sentence that names another country's place leaves the concession to the other rules."""
    text = "Mexico suspended a planned energy law on Friday after talks with the United States."
    found = [ev for ev in code_events(pipeline, text, PUB) if ev.cameo == "0832"]
    assert found, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    assert "MEX" not in country_set(found[0].recipient), (found[0].recipient, found[0].reasons)


@pytest.mark.model
def test_the_emergency_condemned_is_aimed_at_the_state_that_coerces(pipeline: Any) -> None:
    """'X condemned the emergency' after a state of emergency at home and a foreign attack told later: the
    noun names an act of control (lexicon judged_act_nouns: emergency, COERCE), not the attack told last."""
    text = (
        "Thai Prime Minister Samak Sundaravej declared a state of emergency on Tuesday. Police detained dozens"
        " of activists in Bangkok on Wednesday, and Cambodian troops shelled a temple on the border. The"
        " opposition leader condemned the emergency."
    )
    found = [ev for ev in code_events(pipeline, text, PUB) if ev.cameo.startswith("11")]
    assert found, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    assert country_set(found[0].recipient) == {"THA"}, (found[0].recipient, found[0].reasons)
