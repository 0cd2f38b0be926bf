"""Event places (places36): an act made at or after a meeting is placed where the meeting was ("agreed
after talks in Geneva"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p36", text=text, pub_date=dt.date(2011, 5, 2), dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if e.event_text.startswith(trigger))


def _place(e: Event) -> str | None:
    return e.event_loc.resolved_place if e.event_loc is not None else None


@pytest.mark.model
def test_agreement_after_talks_is_placed_at_the_talks(pipeline: Any) -> None:
    coded = _code(pipeline, "Armenia and Azerbaijan agreed on Tuesday to a ceasefire after talks in Geneva.")
    assert _place(_event(coded, "agreed")) == "Geneva"
    text = "The rebels and the government agreed to a truce after three days of negotiations in Nairobi."
    coded = _code(pipeline, text)
    assert _place(_event(coded, "agreed")) == "Nairobi"


@pytest.mark.model
def test_meeting_adjunct_is_shared_by_a_coordinated_verb(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "The two presidents met for the first time at talks in Vienna on Monday and agreed to free all prisoners.",
    )
    assert _place(_event(coded, "met")) == "Vienna"
    assert _place(_event(coded, "agreed")) == "Vienna"


@pytest.mark.model
def test_conference_told_by_a_relative_clause(pipeline: Any) -> None:
    text = "Israel sat down with its neighbours at a peace conference that opened in Oslo on Wednesday."
    coded = _code(pipeline, text)
    assert _place(_event(coded, "sat")) == "Oslo"


@pytest.mark.model
def test_meeting_adjunct_traps(pipeline: Any) -> None:
    # what comes before talks was not made at them
    coded = _code(pipeline, "The Chilean foreign minister condemned the attack before talks in Geneva.")
    assert _place(_event(coded, "condemned")) != "Geneva"
    # two towns of the talks: which one is not told
    text = "The rebels and the government agreed to a truce after talks with Kenyan mediators in Nairobi and Mombasa."
    coded = _code(pipeline, text)
    assert _place(_event(coded, "agreed")) not in {"Nairobi", "Mombasa"}
