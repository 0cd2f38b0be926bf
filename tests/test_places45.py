"""Places (places45): a thing sent goes where the destination the parser hangs on its participle says ("sent
planes carrying tents to X", where/destination.py); a town's name joined by hyphens ("Rostov-on-Don") is one name,
not a town and a namesake of its last word (recognize/particles.hyphenated_names); a statement coordinated after
another act of the same actors, with no subject of its own, is placed in the town a locative phrase of that act
names (where/sharedscene.py).

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event
from newsevents.where.sharedscene import SHARED_SCENE

DAY = dt.date(2022, 6, 6)


def _code(pipeline: Any, text: str) -> CodedArticle:
    return pipeline.code(Article(id="p45", text=text, pub_date=DAY))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return [e for e in coded.events if e.event_text == trigger][-1]


def _place(e: Event) -> str | None:
    return e.event_loc.resolved_place if e.event_loc is not None else None


def _places(coded: CodedArticle) -> list[str]:
    return [m.text for m in coded.mentions if m.kind == "place"]


@pytest.mark.model
def test_a_hyphenated_town_is_one_name(pipeline: Any) -> None:
    coded = _code(pipeline, "Drones hit a fuel depot in Rostov-on-Don early on Monday.")
    assert "Rostov-on-Don" in _places(coded) and "Don" not in _places(coded)
    e = _event(coded, "hit")
    assert _place(e) == "Rostov-on-Don", e.reasons
    assert e.event_loc is not None and e.event_loc.country_code == "RUS"


@pytest.mark.model
def test_a_hyphenated_town_with_upon(pipeline: Any) -> None:
    coded = _code(pipeline, "Police detained three men in Stratford-upon-Avon on Friday.")
    e = _event(coded, "detained")
    assert _place(e) == "Stratford-upon-Avon", e.reasons


@pytest.mark.model
def test_two_names_joined_by_a_hyphen_stay_apart(pipeline: Any) -> None:
    coded = _code(pipeline, "The Israel-Egypt border crossing was closed on Sunday.")
    assert "Israel-Egypt" not in _places(coded)


@pytest.mark.model
def test_a_statement_after_an_act_of_the_same_actors_takes_its_town(pipeline: Any) -> None:
    text = "The two ministers spoke at a rally in Lyon on Friday and called on other states to halt arms sales."
    e = _event(_code(pipeline, text), "called")
    assert _place(e) == "Lyon", e.reasons


@pytest.mark.model
def test_a_phrase_of_the_first_acts_object_lends_no_town(pipeline: Any) -> None:
    text = "The minister condemned the bombing in Kabul on Monday and called for calm."
    e = _event(_code(pipeline, text), "called")
    assert not any(SHARED_SCENE in r for r in e.reasons), e.reasons


@pytest.mark.model
def test_a_statement_with_its_own_subject_does_not_take_the_town(pipeline: Any) -> None:
    text = "Rebels shelled the market in Goma on Monday, and the minister accused Rwanda of arming them."
    e = _event(_code(pipeline, text), "accused")
    assert not any(SHARED_SCENE in r for r in e.reasons), e.reasons


@pytest.mark.model
def test_a_thing_sent_takes_its_destination_hung_on_its_participle(pipeline: Any) -> None:
    coded = _code(pipeline, "Japan sent cargo planes carrying tents and medicine to Fiji on Tuesday.")
    e = _event(coded, "sent")
    assert _place(e) == "Fiji", e.reasons


@pytest.mark.model
def test_a_thing_sent_loaded_with_goods_takes_its_destination(pipeline: Any) -> None:
    coded = _code(pipeline, "Norway sent two aircraft loaded with blankets, water and medicine to Sumatra on Friday.")
    e = _event(coded, "sent")
    assert _place(e) == "Sumatra", e.reasons


@pytest.mark.model
def test_a_hyphenated_town_is_the_whole_object_of_its_phrase(pipeline: Any) -> None:
    # the phrase "in Rostov-on-Don" of the trigger itself holds the whole name, not "Rostov" alone
    coded = _code(pipeline, "Rebel soldiers seized the district police station in Rostov-on-Don on Friday.")
    e = _event(coded, "seized")
    assert _place(e) == "Rostov-on-Don", e.reasons
    assert any("in a locative phrase of 'seized'" in r for r in e.reasons), e.reasons
