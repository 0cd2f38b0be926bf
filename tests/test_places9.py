"""Event places (issue 11, ninth session): a meeting's or signing's own place nested in its
phrases, a place said there after one the event is only about, a town read by its neighbour, a
state's own act at its capital, a court where it sits. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_name
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p9", text=text, pub_date=dt.date(2024, 5, 2), dateline=dateline))  # type: ignore[no-any-return]


@pytest.mark.model
def test_meeting_place_nested_in_its_phrase(pipeline: Any) -> None:
    text = "The two presidents held talks at the presidential palace in Nairobi on Friday."
    e = event_starting(_code(pipeline, text), "held")
    assert place_name(e) == "Nairobi", e.reasons
    text = "The premier held talks with the king at the royal palace in Rabat on Monday."
    e = event_starting(_code(pipeline, text), "held")
    assert place_name(e) == "Rabat", e.reasons
    text = "The two leaders held their first meeting on the sidelines of a summit in Jakarta on Tuesday."
    e = event_starting(_code(pipeline, text), "held")
    assert place_name(e) == "Jakarta", e.reasons


@pytest.mark.model
def test_signed_where_not_what_about(pipeline: Any) -> None:
    text = "Rebel and government leaders signed an accord in Lisbon on Monday on the future of Angola."
    e = event_starting(_code(pipeline, text), "signed")
    assert place_name(e) == "Lisbon", e.reasons
    # a statement still does not take the place it is about
    e = event_starting(_code(pipeline, "Ghana condemned the attack on a market in Kano."), "condemned")
    assert place_name(e) != "Kano", e.reasons


@pytest.mark.model
def test_name_with_soft_sign_found_without_it(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    place, _, _ = gz.resolve("Tskhinvali")  # GeoNames writes Ts'khinvali
    assert place is not None and place.country_code == "GEO"
    place, _, _ = gz.resolve("N'Djamena")  # a name written with its apostrophe still is
    assert place is not None and place.country_code == "TCD"


@pytest.mark.model
def test_town_read_by_its_neighbour(pipeline: Any) -> None:
    text = "Firefighters battled a forest fire near Oka, 50 km from Montreal, on Sunday."
    m = next(m for m in _code(pipeline, text).mentions if m.kind == "place" and m.text == "Oka")
    assert m.place is not None and m.place.country_code == "CAN", m.reason
    assert "named in the same sentence" in m.reason
    # alone, the name keeps its reading
    m = next(m for m in _code(pipeline, "Firefighters battled a fire near Oka.").mentions if m.text == "Oka")
    assert m.place is None or m.place.country_code != "CAN" or "same sentence" not in m.reason


@pytest.mark.model
def test_town_of_the_clause_beats_its_country(pipeline: Any) -> None:
    text = "Rebels seized Chad's second city Moundou on Friday."
    assert place_name(event_starting(_code(pipeline, text), "seized")) == "Moundou"


@pytest.mark.model
def test_troops_ordered_to_a_town_not_the_objector(pipeline: Any) -> None:
    text = "The governor ordered 500 troops to Fresno on Monday, over the objections of Oregon Governor Kate Brown."
    e = event_starting(_code(pipeline, text), "ordered")
    assert place_name(e) == "Fresno", e.reasons


@pytest.mark.model
def test_what_an_accord_or_a_call_is_about_stays_out(pipeline: Any) -> None:
    text = "Negotiators for both sides signed an accord on autonomy in Gaza on Monday."
    e = event_starting(_code(pipeline, text), "signed")
    assert e.event_loc is None or e.event_loc.extracted_place != "Gaza", e.reasons
    text = "The French foreign minister, in a statement issued in Paris, called on Russia to stop its attacks."
    e = event_starting(_code(pipeline, text), "called")
    assert place_name(e) != "Russia", e.reasons
    text = "Envoys delivered a protest to the government in Damascus, expressing Washington's concern."
    m = next(m for m in _code(pipeline, text).mentions if m.text == "Damascus" and m.kind == "place")
    assert m.place is not None and m.place.country_code == "SYR", m.reason


@pytest.mark.model
def test_state_act_without_a_place_is_at_its_capital(pipeline: Any) -> None:
    e = event_starting(_code(pipeline, "Peruvian President Alberto Fujimori resigned on Monday."), "resigned")
    assert place_name(e) == "Lima", e.reasons
    assert e.event_loc is not None and "capital" in " ".join(e.reasons)
    e = event_starting(_code(pipeline, "The Malian army removed President Keita on Tuesday."), "removed")
    assert place_name(e) == "Bamako", e.reasons
    # the capital of the story's day: Nigeria's was Lagos in 1985
    art = Article(id="p9n", text="The Nigerian government banned all political parties on Monday.",
                  pub_date=dt.date(1985, 6, 3))  # fmt: skip
    e = event_starting(pipeline.code(art), "banned")
    assert place_name(e) == "Lagos", e.reasons
    # fighting by an army is not at its capital
    e = event_starting(_code(pipeline, "Senegalese troops shelled rebel positions on Monday."), "shelled")
    assert place_name(e) != "Dakar", e.reasons


@pytest.mark.model
def test_court_acts_where_it_sits(pipeline: Any) -> None:
    e = event_starting(_code(pipeline, "A Mombasa court sentenced two activists to prison on Sunday."), "sentenced")
    assert place_name(e) == "Mombasa", e.reasons
    e = event_starting(
        _code(pipeline, "A Paris judge charged the former minister with corruption on Monday."), "charged"
    )
    assert place_name(e) == "Paris", e.reasons
    e = event_starting(_code(pipeline, "A Kenyan court jailed the journalist on Monday."), "jailed")
    assert place_name(e) != "Nairobi", e.reasons  # a court of the country sits in any of its towns


@pytest.mark.model
def test_a_list_after_including_is_no_place(pipeline: Any) -> None:
    text = "Two bombs outside the stadium killed 40 people, including 9 U.S. soldiers, in Kandahar on Friday."
    e = event_starting(_code(pipeline, text), "killed")
    assert place_name(e) != "United States", e.reasons
