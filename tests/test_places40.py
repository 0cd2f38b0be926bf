"""Event places (places40): a meeting's or an agreement's place told last in its object's phrase,
right before the day ("signed a declaration on fisheries cooperation in Lisbon on Tuesday"), is
where it was made (where/closing.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_name
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p40", text=text, pub_date=dt.date(2014, 5, 7), dateline=dateline))  # type: ignore[no-any-return]


@pytest.mark.model
def test_place_before_the_day_in_the_object_phrase(pipeline: Any) -> None:
    text = "The prime ministers of Norway and Chile signed a declaration on fisheries cooperation in Lisbon on Tuesday."
    assert place_name(event_starting(_code(pipeline, text), "signed")) == "Lisbon"
    text = "Officials of both countries signed a plan drafted by Kenyan mediators in Kampala on Monday."
    assert place_name(event_starting(_code(pipeline, text), "signed")) == "Kampala"
    text = (
        "The rebels and the government signed an accord on power sharing for the northern provinces "
        "in Arusha on Thursday, officials said."
    )
    assert place_name(event_starting(_code(pipeline, text), "signed")) == "Arusha"


@pytest.mark.model
def test_no_day_after_the_place_keeps_it_what_it_is_about(pipeline: Any) -> None:
    # the place is not the clause's last adjunct before the day: what the accord is about
    text = "The rebels and the government signed an accord on power sharing in Arusha and the northern provinces."
    assert place_name(event_starting(_code(pipeline, text), "signed")) != "Arusha"


@pytest.mark.model
def test_a_statement_object_place_before_the_day_is_what_it_is_about(pipeline: Any) -> None:
    text = "The Chilean foreign minister condemned the bombing of a bus station in Lisbon on Tuesday."
    assert place_name(event_starting(_code(pipeline, text), "condemned")) != "Lisbon"


@pytest.mark.model
def test_meeting_named_by_its_place(pipeline: Any) -> None:
    text = "The Geneva talks between the rebels and the government ended on Friday."
    assert place_name(event_starting(_code(pipeline, text), "talks")) == "Geneva"
    # a country before the meeting is a party, not its place
    text = "The rebels walked out of the Sudan talks on Friday."
    coded = _code(pipeline, text)
    assert all(place_name(e) != "Sudan" or "named by its place" not in " ".join(e.reasons) for e in coded.events)
    # a region wider than a country is what the meeting is about
    text = "The president opened a Middle East summit at Camp David on Tuesday with the two leaders."
    coded = _code(pipeline, text)
    assert all("named by its place" not in " ".join(e.reasons) for e in coded.events)


@pytest.mark.model
def test_a_division_before_the_day_is_too_coarse_for_the_venue(pipeline: Any) -> None:
    text = "The two defence ministers held two days of talks at an air base in Bavaria on Friday."
    assert "right before the day" not in " ".join(event_starting(_code(pipeline, text), "held").reasons)
