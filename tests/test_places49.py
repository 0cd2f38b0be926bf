"""Namesakes and directional regions (places49): a town called by the opening words of its full name,
a place name the tagger cut short, a village the packages lack, the point of a directional part of a country,
a statement made in a speech, a seat of government named by its building, the General Assembly's seat,
"the towers of X", and a town owned by a town of another country.

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.geo import haversine_km
from newsevents.records import Article, CodedArticle, Mention, Place
from newsevents.resolve.directions import directional_point

DAY = dt.date(2024, 5, 2)


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p49", text=text, pub_date=DAY, dateline=dateline))  # type: ignore[no-any-return]


def _place(coded: CodedArticle, text: str) -> Mention:
    return next(m for m in coded.mentions if m.kind == "place" and m.text == text)


@pytest.mark.model
def test_a_short_name_is_the_town_the_dateline_names_in_full(pipeline: Any) -> None:
    text = "Armed peasants occupied San Cristobal on Monday and demanded land."
    m = _place(_code(pipeline, text, dateline="SAN CRISTOBAL DE LAS CASAS"), "San Cristobal")
    assert m.place is not None and m.place.country_code == "MEX", m.reason
    assert m.place.name.startswith("San Crist") and "las Casas" in m.place.name, m.reason
    # without the full name the short one keeps the gazetteer's reading
    m = _place(_code(pipeline, text), "San Cristobal")
    assert m.place is not None and "las Casas" not in m.place.name


@pytest.mark.model
def test_a_short_name_is_the_town_the_article_names_in_full(pipeline: Any) -> None:
    text = (
        "Troops entered the city of San Cristóbal de las Casas in Chiapas on Tuesday. "
        "The army said San Cristobal was calm."
    )
    m = _place(_code(pipeline, text), "San Cristobal")
    assert m.place is not None and "las Casas" in m.place.name, m.reason
    text = "Fighting broke out in Santiago de Cuba on Monday. Police in Santiago arrested ten people."
    m = _place(_code(pipeline, text), "Santiago")
    assert m.place is not None and m.place.country_code == "CUB", m.reason  # not Chile's capital


@pytest.mark.model
def test_a_town_read_by_its_own_name_in_the_full_names_country_keeps_it(pipeline: Any) -> None:
    text = "Police patrolled Washington Heights on Sunday. Officials in Washington praised the calm."
    m = _place(_code(pipeline, text), "Washington")
    assert m.place is not None and m.place.name != "Washington Heights", m.reason


@pytest.mark.model
def test_a_village_the_packages_lack_is_not_its_namesake(pipeline: Any) -> None:
    coded = _code(pipeline, "Gunmen fired on a police car near Banjska on Tuesday, Kosovo officials said.")
    m = _place(coded, "Banjska")
    assert m.place is not None and m.place.country_code == "XKX", m.reason


@pytest.mark.model
def test_a_place_name_the_tagger_cut_short_is_read_whole(pipeline: Any) -> None:
    text = "Australia and Papua New Guinea signed a mining deal in Port Moresby on Thursday."
    coded = _code(pipeline, text)
    places = {m.text: m for m in coded.mentions if m.kind == "place"}
    assert "Port" not in places or places["Port"].place is None or places["Port"].place.country_code == "PNG"
    e = next(e for e in coded.events if e.event_text.startswith("signed"))
    assert e.event_loc is not None and e.event_loc.country_code == "PNG", e.reasons


@pytest.mark.model
def test_a_directional_part_of_a_large_country_has_the_point_of_its_towns(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    ukraine = gz.country("UKR")
    point = directional_point(gz, ukraine, "eastern")
    assert point is not None
    donetsk = (48.0, 37.8)
    assert haversine_km(*point, *donetsk) < 161 < haversine_km(ukraine.lat, ukraine.lon, *donetsk)
    west = directional_point(gz, ukraine, "western")
    assert west is not None and west[1] < ukraine.lon  # west of the country's point
    assert directional_point(gz, ukraine, "central") is None  # the country's own point


@pytest.mark.model
def test_a_small_country_keeps_its_point(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    assert directional_point(gz, gz.country("LBN"), "southern") is None
    assert directional_point(gz, gz.country("KWT"), "northern") is None


@pytest.mark.model
def test_outlying_towns_do_not_pull_a_directional_point(pipeline: Any) -> None:
    gz = pipeline.res.gazetteer
    west = directional_point(gz, gz.country("USA"), "western")
    assert west is not None and 30 < west[0] < 50 and -125 < west[1] < -110  # not Hawaii nor Alaska


@pytest.mark.model
def test_an_event_in_a_directional_region_takes_its_point(pipeline: Any) -> None:
    coded = _code(pipeline, "Artillery shelled villages in eastern Ukraine on Friday, killing four civilians.")
    e = next(e for e in coded.events if e.event_text.startswith("shelled"))
    loc = e.event_loc
    assert loc is not None and loc.lat is not None and loc.lon is not None, e.reasons
    assert loc.country_code == "UKR" and loc.lon > 36.0, e.reasons


def test_no_direction_no_point() -> None:
    class _NoTowns:
        path = "none"

        def towns(self, iso3: str, min_population: int = 0) -> list[tuple[float, float]]:
            return []

    country = Place("Nowhere", None, 0.0, 0.0, "NWH", None, "A", "PCL", 0, "country")
    assert directional_point(_NoTowns(), country, "eastern") is None  # type: ignore[arg-type]
    assert directional_point(_NoTowns(), country, "central") is None  # type: ignore[arg-type]


@pytest.mark.model
def test_a_statement_is_made_where_the_speech_it_was_made_in_was(pipeline: Any) -> None:
    # the parser hangs "in a speech" on a noun of the object, or on the complement
    text = (
        "The French president endorsed Brazil's push for a bigger role at the World Bank in a speech to "
        "the Brazilian senate in Brasilia on Thursday."
    )
    e = next(e for e in _code(pipeline, text).events if e.event_text.startswith("endorsed"))
    assert e.event_loc is not None and e.event_loc.resolved_place == "Brasília", e.reasons
    text = "The president challenged the Soviet leader to 'open this gate' in a speech in West Berlin on Friday."
    e = next(e for e in _code(pipeline, text).events if e.event_text.startswith("challenged"))
    assert e.event_loc is not None and e.event_loc.resolved_place == "Berlin", e.reasons


@pytest.mark.model
def test_a_seat_of_government_after_a_preposition_of_place_is_its_capital(pipeline: Any) -> None:
    coded = _code(pipeline, "The two leaders signed a gas deal at the Kremlin on Tuesday.")
    e = next(e for e in coded.events if e.event_text.startswith("signed"))
    assert e.event_loc is not None and e.event_loc.resolved_place == "Moscow", e.reasons
    coded = _code(
        pipeline, "Several hundred pensioners rallied outside the Kremlin on Sunday to protest against price rises."
    )
    e = next(e for e in coded.events if e.event_text.startswith("rallied"))
    assert e.event_loc is not None and e.event_loc.resolved_place == "Moscow", e.reasons


@pytest.mark.model
def test_a_seat_of_government_that_acts_is_no_place(pipeline: Any) -> None:
    coded = _code(pipeline, "The Kremlin accused Washington on Monday of meddling in the election.")
    assert not any(m.kind == "place" and "Kremlin" in m.text for m in coded.mentions)
    # a state's embassy is abroad, not at its seat of government
    coded = _code(pipeline, "Diplomats met in the U.S. Embassy in Moscow on Monday.")
    assert not any(m.kind == "place" and m.place is not None and m.place.name == "Washington" for m in coded.mentions)


@pytest.mark.model
def test_the_general_assembly_acts_at_its_seat(pipeline: Any) -> None:
    text = "The U.N. General Assembly voted on Wednesday to demand that the invaders withdraw all their troops."
    e = next(e for e in _code(pipeline, text).events if e.event_text.startswith("demand"))
    assert e.event_loc is not None and e.event_loc.resolved_place == "New York City", e.reasons


@pytest.mark.model
def test_the_towers_of_a_place_are_that_place(pipeline: Any) -> None:
    text = "A hijacked jet slammed into the towers of the World Trade Center early on Sunday."
    e = next(e for e in _code(pipeline, text).events if e.event_text.startswith("slammed"))
    assert e.event_loc is not None and e.event_loc.resolved_place == "World Trade Center", e.reasons


@pytest.mark.model
def test_a_town_owned_by_a_town_of_another_country_is_a_quarter_of_it(pipeline: Any) -> None:
    coded = _code(pipeline, "A parcel bomb went off in London's Docklands on Monday morning, wounding three workers.")
    assert _place(coded, "Docklands").place.country_code == "GBR"  # not Docklands, Melbourne
    coded = _code(pipeline, "Police exchanged fire with robbers outside Nairobi's Westgate shopping mall on Thursday.")
    assert _place(coded, "Westgate").place.country_code == "KEN"  # the owner of the noun the name modifies
    coded = _code(pipeline, "Police fired tear gas at protesters in Moscow's Red Square on Sunday.")
    assert _place(coded, "Red Square").place.name == "Red Square"  # owner and owned agree: left as it is
