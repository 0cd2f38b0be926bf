"""Places (places52): a capital standing for its state is not the one town of a domestic event; a host
welcomes a guest where the "to" phrase says; a nuclear test told only by the division it was set off in
is at the test site; a part of a country named by a direction is the median of its towns there; a bare
"the capital" of a story with no dateline is the capital of the country its lead names other than by
whose agents act.

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.geo import haversine_km
from newsevents.recognize.context import Context
from newsevents.records import Article, CodedArticle, Event, EventLocation
from newsevents.resolve.directions import directional_point
from newsevents.where.site import TestSite as Site
from newsevents.where.site import _wider

DAY = dt.date(2017, 10, 2)


def _code(pipeline: Any, text: str, dateline: str | None = None, day: dt.date = DAY) -> CodedArticle:
    return pipeline.code(Article(id="p52", text=text, pub_date=day, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if trigger in e.event_text)


def _at(event: Event) -> str | None:
    return event.event_loc.resolved_place if event.event_loc is not None else None


def test_without_a_dateline_the_country_told_is_the_first_named_other_than_by_whose_agents() -> None:
    # told_named holds the countries the lead names, not those that say whose agents act ("U.S. troops")
    assert Context((), ("USA", "PAN"), ("PAN",)).told == "PAN"
    assert Context((), ("USA",), ()).told == "USA"  # nothing else named: the country named first
    assert Context(("KEN",), ("SOM",), ("KEN", "SOM")).told == "KEN"  # a dateline's country named stays


def _loc(precision: str, country: str) -> EventLocation:
    return EventLocation("X", "X", None, 0.0, 0.0, country, None, "A", None, "admin1", precision)


def test_a_division_or_the_country_of_the_site_is_wider_than_the_site() -> None:
    site = Site("IND", "Pokhran", "IND", 27.07, 71.75, 1974, None)
    assert _wider(_loc("admin1", "IND"), site)
    assert _wider(_loc("country", "IND"), site)
    assert not _wider(_loc("city", "IND"), site)  # a town the sentence names stays
    assert not _wider(_loc("admin1", "PAK"), site)  # a division of another country stays
    assert not _wider(None, site)


@pytest.mark.model
def test_a_capital_standing_for_its_state_is_not_the_one_town(pipeline: Any) -> None:
    text = (
        "Riot police fired rubber bullets on Sunday and removed voters from polling booths in Catalonia "
        "during a ballot that Madrid had called unlawful."
    )
    fired = _event(_code(pipeline, text), "fired")
    assert _at(fired) == "Catalonia", fired.reasons
    text = (
        "Riot police fired rubber bullets on Sunday and removed voters from polling booths in Barcelona "
        "during a ballot that Madrid had called unlawful."
    )
    assert _at(_event(_code(pipeline, text), "fired")) == "Barcelona"
    # a capital that is only a place stays the one town
    fired = _event(_code(pipeline, "Police fired tear gas at protesters who paralysed Nairobi on Monday."), "fired")
    assert _at(fired) == "Nairobi", fired.reasons


@pytest.mark.model
def test_a_guest_is_welcomed_where_the_to_phrase_says(pipeline: Any) -> None:
    welcomed = _event(
        _code(pipeline, "The prime minister welcomed his Indian counterpart to Canberra on Monday."), "welcomed"
    )
    assert _at(welcomed) == "Canberra", welcomed.reasons
    # a town a venue of the destination lies in
    coded = _code(pipeline, "The president welcomed the visiting premier to a stadium in Durban on Friday for talks.")
    assert _at(_event(coded, "welcomed")) == "Durban"
    flew = _event(_code(pipeline, "The president flew to an army base outside Lima on Sunday."), "flew")
    assert _at(flew) == "Lima", flew.reasons


@pytest.mark.model
def test_a_nuclear_test_told_by_its_division_is_at_the_test_site(pipeline: Any) -> None:
    text = "New Delhi conducted two more atomic tests in Rajasthan on Wednesday."
    coded = _code(pipeline, text, day=dt.date(1998, 5, 14))
    test = next(e for e in coded.events if e.event_loc is not None)
    assert test.event_loc is not None and test.event_loc.resolved_place == "Pokhran", test.reasons


@pytest.mark.model
def test_a_bare_capital_of_a_story_without_dateline_is_not_the_capital_of_whose_troops(pipeline: Any) -> None:
    coded = _code(
        pipeline, "New Zealand soldiers and police reached Samoa on Sunday after rioters looted shops in the capital."
    )
    looted = _event(coded, "looted")
    assert _at(looted) == "Apia", looted.reasons
    coded = _code(pipeline, "American troops invaded Grenada on Tuesday, and fighting was reported in the capital.")
    capital = next(m for m in coded.mentions if m.text == "the capital")
    assert capital.place is not None and capital.place.country_code == "GRD"


@pytest.mark.model
def test_northern_namibia_lies_among_the_towns_of_the_north(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    namibia = gz.country("NAM")
    point = directional_point(gz, namibia, "northern")
    assert point is not None
    # by Oshakati, where most northern towns lie; the mean was drawn 190 km east by the Caprivi strip's towns
    assert haversine_km(point[0], point[1], -17.79, 15.70) < 161
