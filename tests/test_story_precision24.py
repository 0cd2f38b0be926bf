"""Precision of story events, fifteenth session (storyprec24): mechanisms built from the classes of the
false events of rounds 19-22's stories, each tested on sentences written for the project (never gold
sentences): a reporters' question, an act still open or only a topic of talks, a subject saying nobody
did it, and a meeting participle parsed as a clause are not told as acts; a celebrating crowd chanting
does not protest."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on

pytestmark = pytest.mark.model


def _triggers(pipeline: Any, text: str) -> list[str]:
    return [e.event_text for e in code_on(pipeline, text)]


def _events(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.event_text) for e in code_on(pipeline, text)]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Asked whether the army would intervene, the defence minister told reporters he had no plans.", "Asked"),
        ("Asked about the new sanctions, the Chinese foreign minister said Beijing would respond.", "Asked"),
        ("When asked about the blockade, the Turkish president said his country would not retreat.", "asked"),
        ("Asked whether Ankara would send troops, the minister said nothing had been decided.", "send"),
    ],
)
def test_a_reporters_question_is_no_request(pipeline: Any, text: str, word: str) -> None:
    assert word not in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The Kenyan president asked the rebels to lay down their arms.", "asked"),
        ("The Afghan president asked Pakistan whether it would close the border.", "asked"),
    ],
)
def test_a_request_of_a_party_is_still_told(pipeline: Any, text: str, word: str) -> None:
    assert word in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The withdrawal of foreign troops from the province remains unresolved.", "withdrawal"),
        (
            "Officials said the accord was fragile, with the return of refugees and the withdrawal of forces "
            "still unresolved.",
            "withdrawal",
        ),
        ("Diplomats said the agenda would include the release of prisoners and the withdrawal of troops.", "release"),
        ("The two foreign ministers discussed the withdrawal of troops from the border.", "withdrawal"),
    ],
)
def test_an_act_still_open_or_only_a_topic_is_not_told(pipeline: Any, text: str, word: str) -> None:
    assert word not in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The withdrawal of Ethiopian troops from the town began on Monday.", "withdrawal"),
    ],
)
def test_an_act_told_is_still_told(pipeline: Any, text: str, word: str) -> None:
    assert word in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Neither side has yet agreed on the status of the disputed corridor.", "agreed"),
        ("None of the rebel factions signed the peace plan.", "signed"),
        ("No government recognised the new junta in Bamako.", "recognised"),
    ],
)
def test_a_subject_saying_nobody_did_it_tells_no_act(pipeline: Any, text: str, word: str) -> None:
    assert word not in _triggers(pipeline, text)


def test_a_party_not_agreeing_is_still_a_rejection(pipeline: Any) -> None:
    # the negation of a named party's cooperation keeps its rejection (derive/codes: negated, not past)
    assert ("REJECT", "agreed") in _events(pipeline, "Serbia has not agreed to the Kosovo plan.")


def test_a_meeting_participle_parsed_as_a_clause_is_the_setting(pipeline: Any) -> None:
    events = _events(pipeline, "European Union leaders meeting overnight in Brussels agreed on new sanctions.")
    assert "meeting" not in [t for _, t in events]


def test_a_celebrating_crowd_chanting_is_no_protest(pipeline: Any) -> None:
    text = (
        "Tens of thousands of people in the capital erupted in jubilation, waving flags and chanting the name "
        "of the new president."
    )
    assert "PROTEST" not in [e for e, _ in _events(pipeline, text)]


def test_a_crowd_chanting_against_the_government_protests(pipeline: Any) -> None:
    text = "Thousands of protesters chanted slogans against the government outside parliament."
    assert ("PROTEST", "chanted") in _events(pipeline, text)
