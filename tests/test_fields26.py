"""Places and dates of found events (fields26): a possessor is whose a thing is and its own phrase
of place where it is, landmarks of the news are where they stand, the place left is the act's, a
journey's destination, a free relative's date and a conjunct counted from its dated clause.

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.geo import haversine_km
from newsevents.records import Article, CodedArticle, Event


def _code(pipeline: Any, text: str, day: dt.date) -> CodedArticle:
    return pipeline.code(Article(id="f26", text=text, pub_date=day))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if e.event_text.startswith(trigger))


def _near(e: Event, lat: float, lon: float, km: float = 50) -> bool:
    loc = e.event_loc
    if loc is None or loc.lat is None or loc.lon is None:
        return False
    return haversine_km(lat, lon, loc.lat, loc.lon) < km


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "lat", "lon"),
    [
        ("Demonstrators threw stones at Turkey's embassy in Vienna on Sunday.", "threw", 48.21, 16.37),
        ("Gunmen attacked Britain's consulate in Basra on Tuesday.", "attacked", 30.51, 47.78),
    ],
)
def test_a_possessor_is_whose_it_is_the_phrase_where(
    pipeline: Any, text: str, trigger: str, lat: float, lon: float
) -> None:
    e = _event(_code(pipeline, text, dt.date(2012, 6, 7)), trigger)
    assert _near(e, lat, lon), (e.event_loc, e.reasons)


@pytest.mark.model
def test_a_town_named_as_owner_keeps_its_site(pipeline: Any) -> None:
    e = _event(_code(pipeline, "Rebels shelled Kandahar's airport on Monday.", dt.date(2012, 6, 7)), "shelled")
    assert _near(e, 31.61, 65.71, 161), (e.event_loc, e.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "lat", "lon"),
    [
        ("The two leaders held talks at the White House on Thursday.", "held", 38.90, -77.04),
        ("The presidents signed the accord at the Elysee Palace on Monday.", "signed", 48.87, 2.32),
    ],
)
def test_landmarks_of_the_news_are_where_they_stand(
    pipeline: Any, text: str, trigger: str, lat: float, lon: float
) -> None:
    e = _event(_code(pipeline, text, dt.date(2013, 5, 8)), trigger)
    assert _near(e, lat, lon), (e.event_loc, e.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed what the army called a rebel arms depot outside the town on Monday.",
        "Israeli aircraft struck what the military said was a weapons factory in Gaza on Monday.",
    ],
)
def test_a_free_relatives_date_is_the_acts(pipeline: Any, text: str) -> None:
    coded = _code(pipeline, text, dt.date(2014, 8, 6))  # a Wednesday
    e = next(e for e in coded.events if e.event_text.split()[0] in {"bombed", "struck"})
    assert e.date == "2014-08-04", e.reasons


@pytest.mark.model
def test_a_clause_of_its_own_keeps_its_date(pipeline: Any) -> None:
    text = "Jets bombed the depot on Tuesday after the army said rebels had stored arms there on Monday."
    e = _event(_code(pipeline, text, dt.date(2014, 8, 6)), "bombed")
    assert e.date == "2014-08-05", e.reasons


@pytest.mark.model
def test_a_conjunct_a_day_later_counts_from_the_dated_clause(pipeline: Any) -> None:
    text = "Troops crossed the border into the enclave on Tuesday, and the militia agreed to disarm a day later."
    e = _event(_code(pipeline, text, dt.date(2016, 3, 10)), "agreed")  # a Thursday
    assert e.date == "2016-03-09", e.reasons


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "lat", "lon"),
    [
        ("Ethiopia pulled its last soldiers out of Mogadishu on Friday.", "pulled", 2.04, 45.34),
        ("Government troops drove the militants out of Mosul on Sunday.", "drove", 36.34, 43.13),
    ],
)
def test_the_place_left_is_the_acts(pipeline: Any, text: str, trigger: str, lat: float, lon: float) -> None:
    e = _event(_code(pipeline, text, dt.date(2009, 1, 16)), trigger)
    assert _near(e, lat, lon), (e.event_loc, e.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "lat", "lon"),
    [
        ("The Japanese prime minister paid a visit to Nairobi on Tuesday.", "paid", -1.29, 36.82),
        (
            "Egypt and Sudan agreed on Monday to reopen the border during a visit to Cairo by the Sudanese leader.",
            "agreed",
            30.04,
            31.24,
        ),
    ],
)
def test_a_journeys_destination_is_the_acts(pipeline: Any, text: str, trigger: str, lat: float, lon: float) -> None:
    e = _event(_code(pipeline, text, dt.date(2015, 4, 22)), trigger)
    assert _near(e, lat, lon), (e.event_loc, e.reasons)


@pytest.mark.model
def test_a_missions_possessor_is_no_place(pipeline: Any) -> None:
    text = "Panama's former ruler gave himself up to U.S. troops on Friday, walking out of the Vatican's embassy."
    coded = _code(pipeline, text, dt.date(1990, 1, 6))
    assert all(e.event_loc is None or e.event_loc.country_code != "VAT" for e in coded.events), [
        (e.event_text, e.event_loc) for e in coded.events
    ]


@pytest.mark.model
def test_a_landmark_is_a_place_only_where_the_syntax_says_so(pipeline: Any) -> None:
    coded = _code(pipeline, "The White House said on Monday it would impose tariffs.", dt.date(2018, 3, 6))
    assert not [m for m in coded.mentions if m.kind == "place" and "White House" in m.text]
    coded = _code(pipeline, "The two presidents met at the White House on Monday.", dt.date(2018, 3, 6))
    assert [m for m in coded.mentions if m.kind == "place" and "White House" in m.text]


@pytest.mark.model
def test_the_place_left_lends_no_recipient(pipeline: Any) -> None:
    text = "Serbian police units started pulling out of Kosovo on Saturday."
    e = _event(_code(pipeline, text, dt.date(1999, 6, 14)), "pulling")
    assert e.event_loc is not None and e.event_loc.country_code == "XKX", e.reasons
    assert not [r for r in e.recipient if r.country == "XKX"], e.reasons
