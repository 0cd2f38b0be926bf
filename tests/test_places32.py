"""Event places (places32): a domestic event with no place of its own happened in the one town its
sentence names, not anywhere in its actors' country; curated sites of political news (squares,
valleys, straits, border villages, islands) and a site whose name the parse split after a
country's name ("the U.S. Capitol"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_name
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p32", text=text, pub_date=dt.date(2024, 5, 2), dateline=dateline))  # type: ignore[no-any-return]


@pytest.mark.model
def test_domestic_event_in_the_one_town_its_sentence_names(pipeline: Any) -> None:
    text = "Police arrested dozens of demonstrators who blocked a Chicago highway on Sunday."
    e = event_starting(_code(pipeline, text), "arrested")
    assert place_name(e) == "Chicago", e.reasons
    assert "the one town the sentence names" in e.reasons[-1]
    text = "German police detained dozens of activists on Saturday, a week after Hamburg's mayor banned the march."
    e = event_starting(_code(pipeline, text), "detained")
    assert place_name(e) == "Hamburg", e.reasons


@pytest.mark.model
def test_domestic_event_with_two_towns_keeps_the_country(pipeline: Any) -> None:
    text = "Police arrested dozens of demonstrators who marched from Chicago to Milwaukee on Sunday."
    e = event_starting(_code(pipeline, text), "arrested")
    assert e.event_loc is None or e.event_loc.precision == "country", e.reasons


@pytest.mark.model
def test_curated_sites_of_political_news(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    for name, iso3 in [("Panmunjom", "KOR"), ("Galwan Valley", "IND"), ("Kerch Strait", "UKR"),
                       ("Tiananmen Square", "CHN"), ("Utoya", "NOR"), ("Strait of Hormuz", "IRN")]:  # fmt: skip
        place, _, _ = gz.resolve(name)
        assert place is not None and place.country_code == iso3, name
    e = event_starting(_code(pipeline, "The two leaders met at the border village of Panmunjom on Friday."), "met")
    assert place_name(e) == "Panmunjom", e.reasons
    e = event_starting(
        _code(pipeline, "Indian and Chinese troops clashed in the Galwan Valley on Monday night."), "clashed"
    )
    assert place_name(e) == "Galwan Valley", e.reasons
    # a bare name many cities share is no site
    place, _, _ = gz.resolve("Independence Square")
    assert place is None or place.feature_code != "SQR"


@pytest.mark.model
def test_site_named_after_its_country(pipeline: Any) -> None:
    text = "Hundreds of rioters stormed the U.S. Capitol on Wednesday as lawmakers met to certify the vote."
    e = event_starting(_code(pipeline, text), "stormed")
    assert place_name(e) == "U.S. Capitol", e.reasons
    assert e.event_loc is not None and e.event_loc.lat is not None and abs(e.event_loc.lat - 38.89) < 0.1
    # a facility the gazetteer does not know keeps no site's place
    text = "Hundreds of rioters stormed the U.S. Treasury on Wednesday."
    e = event_starting(_code(pipeline, text), "stormed")
    assert place_name(e) != "U.S. Capitol", e.reasons


@pytest.mark.model
def test_verbal_event_not_placed_in_the_town_it_is_about(pipeline: Any) -> None:
    text = (
        "Papua New Guinea's army chief demanded on Monday that the prime minister resign over a plan "
        "to hire mercenaries to fight rebels on Bougainville."
    )
    e = event_starting(_code(pipeline, text), "demanded")
    assert place_name(e) != "Bougainville", e.reasons


@pytest.mark.model
def test_local_government_acts_in_its_town_not_the_capital(pipeline: Any) -> None:
    text = "German police detained dozens of activists on Saturday, a week after Hamburg's mayor banned the march."
    e = event_starting(_code(pipeline, text), "banned")
    assert place_name(e) == "Hamburg", e.reasons
