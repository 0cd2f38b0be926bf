"""Event places (places44): one act told twice takes the place of the telling that names it over a
place only inferred from the story or the actors; a person who took part in a meeting of the story
is still there for a later act the chain would have put at home; a country's name before a title of a
person ("U.S. President X") says whose the person is, not where the act was. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_and_country
from newsevents.records import Article, CodedArticle, EventLocation
from newsevents.where.steps import told_place


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    article = Article(id="p44", text=text, pub_date=dt.date(2001, 3, 9), dateline=dateline)
    return pipeline.code(article)  # type: ignore[no-any-return]


def _loc(name: str, step: Any, lat: float | None = 1.0) -> EventLocation:
    return EventLocation(name, name, None, lat, 1.0, "KEN", None, None, None, "city", "city", step)


def test_told_place_prefers_a_named_place_over_an_inferred_one() -> None:
    country, town = _loc("Kenya", "domestic"), _loc("Nairobi", "sentence")
    assert told_place(country, town) is town
    assert told_place(_loc("Nairobi", "sentence"), _loc("Mombasa", "sentence")).extracted_place == "Nairobi"
    assert told_place(country, _loc("Nairobi", "continued")) is country  # the later one only inherited its place
    assert told_place(country, _loc("Nairobi", "sentence", lat=None)) is country  # no coordinates
    assert told_place(None, town) is town


@pytest.mark.model
def test_retelling_names_the_place_of_the_lead(pipeline: Any) -> None:
    text = (
        "Ugandan President Yoweri Museveni and opposition leader Kizza Besigye signed a reconciliation "
        "agreement on Friday.\n\nThe two men signed the agreement at a ceremony in Entebbe, watched by diplomats."
    )
    coded = _code(pipeline, text)
    e = event_starting(coded, "signed")
    assert e.sentence_index == 0 and len(e.mentions) >= 2, e.reasons
    assert place_and_country(e) == ("Entebbe", "UGA"), e.reasons


@pytest.mark.model
def test_a_party_of_the_summit_is_still_there(pipeline: Any) -> None:
    text = (
        "The summit between President Bill Clinton and Chinese President Jiang Zemin ended without "
        "agreement on Sunday.\n\nAt a separate news conference, Jiang accused Japan of blocking progress."
    )
    coded = _code(pipeline, text, dateline="GENEVA")
    e = event_starting(coded, "accused")
    assert place_and_country(e) == ("Geneva", "CHE"), e.reasons
    assert e.event_loc is not None and e.event_loc.step == "continued"


@pytest.mark.model
def test_a_state_does_not_travel_with_its_leader(pipeline: Any) -> None:
    text = (
        "The summit between President Bill Clinton and Chinese President Jiang Zemin ended without "
        "agreement on Sunday.\n\nChina accused Japan of blocking progress."
    )
    coded = _code(pipeline, text, dateline="GENEVA")
    e = event_starting(coded, "accused")
    assert place_and_country(e) != ("Geneva", "CHE"), e.reasons


@pytest.mark.model
def test_country_before_a_title_of_a_person_is_no_place(pipeline: Any) -> None:
    text = (
        "The summit between U.S. President Bill Clinton and Russian President Boris Yeltsin ended on "
        "Friday with a pledge to cut nuclear arsenals."
    )
    coded = _code(pipeline, text, dateline="HELSINKI")
    e = event_starting(coded, "summit")
    assert place_and_country(e) == ("Helsinki", "FIN"), e.reasons


def test_test_sites_table() -> None:
    from newsevents.errors import KnowledgeError
    from newsevents.where.site import parse_test_sites, test_sites

    assert {s.iso3 for s in test_sites()} >= {"IND", "PAK", "PRK"}
    with pytest.raises(KnowledgeError):
        parse_test_sites("XXX\tsomewhere\tXXX\tnorth\t0\t1990\t-\n")


@pytest.mark.model
def test_nuclear_test_is_at_the_test_site(pipeline: Any) -> None:
    text = "North Korea said on Monday it had conducted its second underground nuclear test, drawing condemnation."
    article = Article(id="p44t", text=text, pub_date=dt.date(2009, 5, 25), dateline="TOKYO")
    e = event_starting(pipeline.code(article), "conducted")
    assert e.event_loc is not None and e.event_loc.step == "site", e.reasons
    assert (e.event_loc.resolved_place, e.event_loc.country_code) == ("Punggye-ri", "PRK")


@pytest.mark.model
def test_a_missile_test_is_not_placed_at_a_nuclear_site(pipeline: Any) -> None:
    text = "North Korea said on Monday it had test-fired a ballistic missile, drawing condemnation."
    article = Article(id="p44m", text=text, pub_date=dt.date(2009, 5, 25), dateline="TOKYO")
    coded = pipeline.code(article)
    assert all(e.event_loc is None or e.event_loc.step != "site" for e in coded.events)


@pytest.mark.model
def test_country_before_a_title_of_a_possessor_stays(pipeline: Any) -> None:
    from newsevents.where.whose import party_like

    text = "China hit back at U.S. President Donald Trump's tariffs on Friday. U.S. President Bill Clinton met Jiang."
    coded = _code(pipeline, text)
    doc = pipeline.res.nlp(text)
    us = [m for m in coded.mentions if m.kind == "place" and m.text == "U.S."]
    assert len(us) == 2
    assert [party_like(doc, m) for m in us] == [False, True]
