"""Places (places50): an act with no place of its own shares the place of the act told before it in its
sentence, or narrows its actors' country to it (a statement does not take the place of a material act it
follows); "Kenya's capital" is the capital of Kenya; Tahiti is an island of French Polynesia; a story filed
from a post abroad is not set at its dateline.

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.geo import haversine_km
from newsevents.records import Article, CodedArticle, Event, EventLocation, Mention
from newsevents.where.story import Told, sentence_sibling

DAY = dt.date(2024, 5, 2)


def _loc(name: str, country: str, precision: str = "city") -> EventLocation:
    return EventLocation(name, name, 1, 1.0, 2.0, country, None, "P", "PPL", "city", precision)


def test_the_last_act_of_the_same_sentence_is_shared() -> None:
    told = [Told(0, _loc("Kano", "NGA"), "Kano"), Told(1, _loc("Lagos", "NGA"), "Lagos", "2024")]
    assert sentence_sibling(1, told, None, material=True) is told[-1]
    assert sentence_sibling(1, told, "2024", material=True) is told[-1]
    assert sentence_sibling(2, told, None, material=True) is None  # another sentence
    assert sentence_sibling(1, told, "2019", material=True) is None  # another year


def test_a_statement_does_not_take_the_place_of_a_material_act() -> None:
    fought = [Told(0, _loc("Kano", "NGA"), "Kano", material=True)]
    talked = [Told(0, _loc("Kano", "NGA"), "Kano", material=False)]
    assert sentence_sibling(0, fought, None, material=False) is None
    # a meeting or a statement lends its place to no other act (the lead, at the merge: tests/test_places38)
    assert sentence_sibling(0, talked, None, material=False) is None
    assert sentence_sibling(0, fought, None, material=True) is fought[-1]


def test_a_country_is_narrowed_only_to_a_town_inside_it() -> None:
    told = [Told(0, _loc("Kano", "NGA"), "Kano")]
    assert sentence_sibling(0, told, None, material=True, country="NGA") is told[-1]
    assert sentence_sibling(0, told, None, material=True, country="GHA") is None
    wide = [Told(0, _loc("Nigeria", "NGA", "country"), "Nigeria")]
    assert sentence_sibling(0, wide, None, material=True, country="NGA") is None


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p50", text=text, pub_date=DAY, dateline=dateline))  # type: ignore[no-any-return]


def _place(coded: CodedArticle, text: str) -> Mention:
    return next(m for m in coded.mentions if m.kind == "place" and m.text == text)


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if trigger in e.event_text)


@pytest.mark.model
def test_a_later_act_of_the_sentence_shares_its_place(pipeline: Any) -> None:
    text = (
        "The mayor was shot dead by a gunman as he left a campaign rally in Kandahar on Tuesday, "
        "and police arrested two suspects."
    )
    coded = _code(pipeline, text)
    shot, arrested = _event(coded, "shot"), _event(coded, "arrested")
    assert shot.event_loc is not None and shot.event_loc.extracted_place == "Kandahar"
    assert arrested.event_loc is not None and arrested.event_loc.extracted_place == "Kandahar", arrested.reasons
    assert arrested.event_loc.step == "continued" and any("same sentence" in r for r in arrested.reasons)


@pytest.mark.model
def test_a_countrys_capital_is_its_capital(pipeline: Any) -> None:
    coded = _code(pipeline, "Riot police in Kenya's capital fired tear gas at hawkers on Monday.")
    m = _place(coded, "capital")
    assert m.place is not None and m.place.name == "Nairobi", m.reason
    fired = _event(coded, "fired")
    assert fired.event_loc is not None and fired.event_loc.resolved_place == "Nairobi", fired.reasons
    assert _place(coded, "Kenya").place is not None  # the country's name stays a mention of its own
    # money, and a capital followed by its own name, are no capital description
    coded = _code(pipeline, "Sri Lanka's capital markets fell on Monday as troops entered Uganda's capital, Kampala.")
    assert not [m for m in coded.mentions if m.kind == "place" and m.text.startswith("capital")]


@pytest.mark.model
def test_tahiti_is_the_island_of_french_polynesia(pipeline: Any) -> None:
    text = "Rioters burned cars at Tahiti's airport on Friday in anger at France's plan to change the voting rules."
    coded = _code(pipeline, text)
    m = _place(coded, "Tahiti")
    assert m.place is not None and m.place.country_code == "PYF", m.reason
    assert m.place.lat is not None and m.place.lon is not None
    assert haversine_km(m.place.lat, m.place.lon, -17.535, -149.569) < 30  # Papeete
    burned = _event(coded, "burned")
    assert burned.event_loc is not None and burned.event_loc.country_code == "PYF", burned.reasons


STORY = (
    "Rebels shelled the airport in Bujumbura on Tuesday, aid workers said. The army said it had repelled "
    "the attack. Soldiers arrested dozens of opposition supporters, residents said. Gunmen killed a senior "
    "minister at a roadblock on Wednesday, diplomats said."
)


@pytest.mark.model
def test_a_story_filed_from_a_post_abroad_is_not_set_at_its_dateline(pipeline: Any) -> None:
    coded = _code(pipeline, STORY, dateline="NAIROBI")
    for trigger in ("repelled", "killed"):
        e = _event(coded, trigger)
        assert e.event_loc is not None and e.event_loc.resolved_place == "Bujumbura", e.reasons
        assert e.event_loc.step == "continued"
    # a story that names a place of the dateline's country is set there as before
    local = STORY.replace("Soldiers arrested", "Kenyan police in Mombasa arrested")
    repelled = _event(_code(pipeline, local, dateline="NAIROBI"), "repelled")
    assert repelled.event_loc is not None and repelled.event_loc.resolved_place == "Nairobi", repelled.reasons
