"""Event places (place41): a town read from the name before a venue's noun ("the X nightclub", "the X
palace") lends the venue its point only where it lies in a country the article is filed from or names, or
where the gazetteer knows no other place of that name (recognize/venuetown.py). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_name
from newsevents.records import Article, CodedArticle, Event


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p41", text=text, pub_date=dt.date(1994, 3, 5), dateline=dateline))  # type: ignore[no-any-return]


def _country(ev: Event) -> str | None:
    return ev.event_loc.country_code if ev.event_loc is not None else None


@pytest.mark.model
def test_venue_named_like_a_town_abroad_is_not_placed_there(pipeline: Any) -> None:
    # a nightclub of Accra is not in Alexandra, South Africa
    coded = _code(
        pipeline, "Soldiers fired on fans outside the Alexandra nightclub on Saturday, killing two people.", "ACCRA"
    )
    assert _country(event_starting(coded, "fired")) != "ZAF"
    # a stadium in a story from Bogota is not in San Isidro, Peru
    coded = _code(pipeline, "Rebels bombed the San Isidro stadium on Saturday, killing two guards.", "BOGOTA")
    assert _country(event_starting(coded, "bombed")) != "PER"
    mention = next(m for m in coded.mentions if m.kind == "place" and "San Isidro" in m.text)
    assert mention.place is None and "the venue's name, not its town" in mention.reason


@pytest.mark.model
def test_venue_town_of_the_story_or_the_only_one_of_its_name_stays(pipeline: Any) -> None:
    coded = _code(pipeline, "Rebels bombed the Medellin airport on Saturday, killing two guards.", "BOGOTA")
    assert place_name(event_starting(coded, "bombed")) == "Medellín"
    # the gazetteer knows one Entebbe: a story filed from Nairobi still places the airport there
    coded = _code(pipeline, "Rebels shelled the Entebbe airport on Friday, killing two guards.", "NAIROBI")
    assert place_name(event_starting(coded, "shelled")) == "Entebbe"
    # a city of many people keeps its reading in a story that names no country of its own
    coded = _code(pipeline, "Mexico sued the shipping firm in a Chicago court on Monday.", "LONDON")
    assert place_name(event_starting(coded, "sued")) == "Chicago"


@pytest.mark.model
def test_article_naming_no_country_keeps_the_gazetteer_reading(pipeline: Any) -> None:
    coded = _code(pipeline, "Rebels shelled the Entebbe airport on Friday, killing two guards.")
    assert place_name(event_starting(coded, "shelled")) == "Entebbe"
