"""Story precision, twelfth session (issue 11, storyprec18): the sense of an act told by the actor's
sector where CAMEO tells them apart (data/code_rules.yaml ``sector_codes``), and acts hoped for or
planned through an event noun (``future_heads``, frame/facts.revise_modality). Built from the false
events of rounds 14-16's stories as classes, each tested on sentences written for the project
(never gold sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, Event

pytestmark = pytest.mark.model


def _code(pipeline: Any, text: str) -> list[Event]:
    art = Article(id="t", text=text, pub_date=dt.date(2024, 6, 12))
    return list(pipeline.code(art).events)


def _types(pipeline: Any, text: str) -> list[tuple[str, str]]:
    return [(e.event or "", e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian air force has begun strikes on militant camps in the Sambisa forest.",
        "The army began strikes against rebel positions north of the city on Sunday.",
    ],
)
def test_strikes_begun_by_an_army_are_military_strikes(pipeline: Any, text: str) -> None:
    assert [e for e, _ in _types(pipeline, text)] == ["ASSAULT"]


def test_a_strike_begun_by_workers_stays_a_labour_strike(pipeline: Any) -> None:
    assert [e for e, _ in _types(pipeline, "Railway workers began a strike over pensions on Monday.")] == ["PROTEST"]


def test_protesters_blocking_a_road_still_obstruct_it(pipeline: Any) -> None:
    got = _types(pipeline, "Opposition protesters blocked the main highway into the capital on Monday.")
    assert [e for e, _ in got] == ["PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The two governments hoped to sign a border agreement before the end of the year.",
        "The opposition leader hopes to meet the president in Nairobi next week.",
    ],
)
def test_an_act_hoped_for_is_planned_not_done(pipeline: Any, text: str) -> None:
    # en_core_web_sm lemmatises "hoped", "hopes" as "hop"
    events = _code(pipeline, text)
    assert events and all(e.modality == "future" for e in events)


def test_an_event_noun_of_a_planned_verb_is_planned(pipeline: Any) -> None:
    events = _code(pipeline, "Relief agencies said they hoped to start food drops to the villages next week.")
    assert all(e.modality == "future" for e in events)


def test_an_event_noun_expected_keeps_its_code(pipeline: Any) -> None:
    events = _code(pipeline, "Washington is expected to announce its recognition of the new state on Monday.")
    assert "AGREE" not in [e.event for e in events]
