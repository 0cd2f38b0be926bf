"""Event places (places42): a bare "the capital" after a capital the same sentence names, place names
the entity tagger cut at their particles or swallowed into an organisation's name, a namesake in the
first-level division of a place the sentence names, a capital kept against a namesake in a division
named elsewhere, the first of coordinated places, a "where" clause hung on a day, an act made in a
deal that came out of talks, "here" in a datelined story. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_and_country
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    article = Article(id="p42", text=text, pub_date=dt.date(2000, 5, 1), dateline=dateline)
    return pipeline.code(article)  # type: ignore[no-any-return]


@pytest.mark.model
def test_bare_capital_after_a_capital_the_sentence_names(pipeline: Any) -> None:
    # the lead names Pakistan (a demonym), but the sentence named Kabul before "the capital"
    text = "Pakistani-backed militias entered Kabul on Monday after government troops abandoned the capital."
    e = event_starting(_code(pipeline, text), "abandoned")
    assert place_and_country(e) == ("Kabul", "AFG"), e.reasons


@pytest.mark.model
def test_name_cut_at_its_particles(pipeline: Any) -> None:
    text = "Soldiers searched houses in San Juan de la Maguana on Monday."
    e = event_starting(_code(pipeline, text), "searched")
    assert place_and_country(e) == ("San Juan de la Maguana", "DOM"), e.reasons
    assert e.event_loc is not None and e.event_loc.extracted_place == "San Juan de la Maguana"


@pytest.mark.model
def test_place_swallowed_into_an_organisation(pipeline: Any) -> None:
    text = "Gunmen attacked the offices of the Islamic Salvation Front near Algiers on Monday."
    e = event_starting(_code(pipeline, text), "attacked")
    assert place_and_country(e) == ("Algiers", "DZA"), e.reasons


@pytest.mark.model
def test_namesake_in_the_division_of_a_place_named(pipeline: Any) -> None:
    # Oka, Quebec (about 230 km from Quebec City), not Awka in Nigeria by an alternate name
    text = "Quebec provincial police arrested 12 protesters near Oka on Friday."
    e = event_starting(_code(pipeline, text), "arrested")
    assert place_and_country(e) == ("Oka", "CAN"), e.reasons


@pytest.mark.model
def test_capital_kept_against_a_division_named_elsewhere(pipeline: Any) -> None:
    text = "Protesters marched in Panama City on Monday, and a hurricane later struck Florida."
    e = event_starting(_code(pipeline, text), "marched")
    assert place_and_country(e) == ("Panama City", "PAN"), e.reasons


@pytest.mark.model
def test_capital_qualified_by_its_division(pipeline: Any) -> None:
    # a division named right after the name still picks the namesake in it
    coded = _code(pipeline, "Flood waters cut off Panama City, Florida, on Wednesday.")
    towns = [m.place for m in coded.mentions if m.kind == "place" and m.text == "Panama City"]
    assert towns and towns[0] is not None and towns[0].country_code == "USA"


@pytest.mark.model
def test_first_of_coordinated_places(pipeline: Any) -> None:
    text = "Government jets bombed rebel bases in Misrata and the coastal city of Sirte on Friday."
    e = event_starting(_code(pipeline, text), "bombed")
    assert place_and_country(e)[0] == "Misrata", e.reasons


@pytest.mark.model
def test_where_clause_hung_on_a_day(pipeline: Any) -> None:
    text = "The leaders gathered at a summit in Vienna on Tuesday, where Austria and Hungary signed a border treaty."
    e = event_starting(_code(pipeline, text), "signed")
    assert place_and_country(e) == ("Vienna", "AUT"), e.reasons


@pytest.mark.model
def test_act_made_in_a_deal_that_came_out_of_talks(pipeline: Any) -> None:
    text = "Ethiopia and Eritrea agreed on Sunday to reopen their border, in a deal brokered by Norway "
    text += "after talks in Oslo."
    e = event_starting(_code(pipeline, text), "agreed")
    assert place_and_country(e) == ("Oslo", "NOR"), e.reasons


@pytest.mark.model
def test_here_is_the_dateline_city(pipeline: Any) -> None:
    text = "The former minister was arraigned in a federal court here on Monday, a week after he was detained "
    text += "at the airport in Caracas."
    e = event_starting(_code(pipeline, text, dateline="MIAMI"), "arraigned")
    assert place_and_country(e) == ("Miami", "USA"), e.reasons
