"""The step of the where chain that gave an event's place is kept on the event's location
(``EventLocation.step``, exported as ``event_loc.step`` and the flat column ``location_step``), and a
stored record's inferred place is read from it (dedupe). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event
from newsevents.store.export import FLAT_COLUMNS, flatten
from newsevents.where.steps import stored_inferred


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    art = Article(id="step", text=text, pub_date=dt.date(2014, 5, 7), dateline=dateline)
    return pipeline.code(art)  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if e.event_text.startswith(trigger))


@pytest.mark.model
def test_a_place_the_sentence_tells_is_step_sentence(pipeline: Any) -> None:
    coded = _code(pipeline, "Police arrested dozens of opposition supporters in Nairobi on Tuesday.")
    loc = _event(coded, "arrested").event_loc
    assert loc is not None and loc.resolved_place == "Nairobi" and loc.step == "sentence"
    record = _event(coded, "arrested").to_plover()
    assert record["event_loc"]["step"] == "sentence"
    assert flatten(record)["location_step"] == "sentence"


@pytest.mark.model
def test_a_place_continued_from_the_event_before_is_step_continued(pipeline: Any) -> None:
    text = (
        "Soldiers opened fire on protesters in Mandalay on Sunday. "
        "Police also arrested dozens of students, witnesses said."
    )
    coded = _code(pipeline, text)
    first, later = _event(coded, "opened"), _event(coded, "arrested")
    assert first.event_loc is not None and first.event_loc.step == "sentence"
    assert later.event_loc is not None and later.event_loc.resolved_place == "Mandalay"
    assert later.event_loc.step == "continued"


@pytest.mark.model
def test_every_placed_event_names_a_step_and_the_reasons_agree(pipeline: Any) -> None:
    text = (
        "The European Union imposed sanctions on five Belarusian officials on Monday. "
        "Russia's foreign ministry condemned the decision."
    )
    coded = _code(pipeline, text)
    placed = [e for e in coded.events if e.event_loc is not None]
    assert placed
    for e in placed:
        assert e.event_loc is not None and e.event_loc.step not in (None, "none")
        inferred = e.event_loc.step in ("seat", "state_capital")
        assert stored_inferred(e.to_plover()["event_loc"], []) is inferred
        assert stored_inferred({}, e.reasons) is inferred  # the reasons say the same in words


def test_a_stored_step_wins_over_the_reasons_and_old_records_fall_back_to_them() -> None:
    seat_words = ["no place; the seat of 'EU' (IGOEU): 'Brussels'"]
    assert stored_inferred({"step": "seat"}, []) is True
    assert stored_inferred({"step": "state_capital"}, []) is True
    assert stored_inferred({"step": "sentence"}, seat_words) is False  # the step, not the words
    assert stored_inferred({"resolved_place": "Brussels"}, seat_words) is True  # stored before the step
    assert stored_inferred({"resolved_place": "Brussels"}, ["location 'Brussels' in a locative phrase"]) is False


def test_the_flat_columns_carry_the_step() -> None:
    assert "location_step" in FLAT_COLUMNS
    assert flatten({"event_loc": {"step": "dateline"}})["location_step"] == "dateline"
    assert flatten({"event_loc": None})["location_step"] is None
