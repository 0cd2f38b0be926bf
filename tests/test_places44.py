"""Places (places44): a material act done to a thing whose name a town modifies ("troops secured Bangui
airport") happened in that town where the sentence names no other place (where/narrowing.target_town), never a
country so named; a statement told with a meeting placed in a town takes that town: its own time clause's verb
is the meeting ("agreed ... after their army chiefs met in X"), or it is told in a clause coordinated after the
meeting whose subject is a party of it ("met the king in X, and the two agreed", where/said.py).

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event

DAY = dt.date(2021, 3, 3)


def _code(pipeline: Any, text: str) -> CodedArticle:
    return pipeline.code(Article(id="p44", text=text, pub_date=DAY))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return [e for e in coded.events if e.event_text == trigger][-1]


def _place(e: Event) -> str | None:
    return e.event_loc.resolved_place if e.event_loc is not None else None


@pytest.mark.model
def test_an_act_on_a_thing_of_a_town_is_placed_in_the_town(pipeline: Any) -> None:
    coded = _code(pipeline, "French troops secured Bangui airport on Friday.")
    assert _place(_event(coded, "secured")) == "Bangui", _event(coded, "secured").reasons


@pytest.mark.model
def test_a_country_before_the_thing_is_no_town(pipeline: Any) -> None:
    coded = _code(pipeline, "French troops secured the Chad border crossing on Friday.")
    assert _place(_event(coded, "secured")) in {None, "Chad"}


@pytest.mark.model
def test_a_decision_after_a_meeting_in_its_time_clause_takes_its_town(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Chad and Sudan agreed to end the clashes, after their army commanders met in Geneva.",
    )
    assert _place(_event(coded, "agreed")) == "Geneva"


@pytest.mark.model
def test_a_party_of_the_meeting_told_after_it_acts_there(pipeline: Any) -> None:
    coded = _code(pipeline, "The premier met the king in Amman on Monday, and the two agreed to reopen the border.")
    assert _place(_event(coded, "agreed")) == "Amman"
    coded = _code(pipeline, "Macron held talks with Scholz in Berlin on Monday, and Scholz praised the new plan.")
    assert _place(_event(coded, "praised")) == "Berlin"


@pytest.mark.model
def test_one_who_took_no_part_in_the_meeting_is_not_placed_there(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Macron held talks with Scholz in Berlin on Monday, and the Russian foreign ministry criticised the plan.",
    )
    assert _place(_event(coded, "criticised")) != "Berlin"


@pytest.mark.model
def test_a_material_act_of_a_town_s_doer_is_placed_in_the_town(pipeline: Any) -> None:
    coded = _code(pipeline, "Kabul police arrested three Pakistani men on Monday, Pakistan said.")
    assert _place(_event(coded, "arrested")) == "Kabul", _event(coded, "arrested").reasons


@pytest.mark.model
def test_a_country_or_a_capital_s_possessive_before_the_doer_is_no_town(pipeline: Any) -> None:
    coded = _code(pipeline, "New Zealand police arrested a man on Sunday, Australia said.")
    assert _place(_event(coded, "arrested")) is None
    coded = _code(pipeline, "Beijing's warships harassed a Philippine supply boat on Monday.")
    assert _place(_event(coded, "harassed")) is None
