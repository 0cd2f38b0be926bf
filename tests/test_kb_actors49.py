"""Actors, branch actors49 (phrases written for these tests): a town named like a country and located by another
country ("Liberia, Costa Rica"; kb/names.py _town_of), a namesake country's possessive before a US state's office
or county ("Georgia's governor"; kb/names.py _namesake_head), a hotel or a band named after a place (the
``place_prefixes`` and ``work_heads`` of data/kb/name_context.yaml), and a national NGO's home country read from
its Phoenix code (kb/phoenix.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

DAY = dt.date(2021, 6, 1)


def _countries(kb: Any, phrase: str, day: dt.date = DAY) -> list[str | None]:
    return [r.country for r in kb.resolve_phrase(phrase, day)]


# -- a town named like a country, located by another country ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("Liberia, Costa Rica", []),  # a town, no actor
        ("police in Liberia, Costa Rica", ["CRI"]),
        ("Tripoli, Lebanon", []),  # a capital located by another country is a town of that name there
        ("gunmen in Tripoli, in northern Lebanon", ["LBN"]),
        ("officials in Mexico, Pampanga", [None]),  # a town, then an unknown place ending the phrase
    ],
)
def test_a_town_named_like_a_country_is_in_the_country_after_the_comma(kb: Any, phrase: str, want: list[str]) -> None:
    assert _countries(kb, phrase) == want


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("Kabul, Afghanistan", ["AFG"]),  # a capital of the country after it
        ("France, Germany and Italy", ["FRA", "DEU", "ITA"]),  # a list
        ("envoys of Britain, France, Russia and China", ["GBR", "FRA", "RUS", "CHN"]),
        ("Kenya, Tanzania, Uganda", ["KEN", "TZA", "UGA"]),  # a list with no "and"
        ("Saudi Arabia, Egypt, the United Arab Emirates and Bahrain", ["SAU", "EGY", "ARE", "BHR"]),
    ],
)
def test_a_capital_of_its_own_country_and_a_list_keep_every_country(kb: Any, phrase: str, want: list[str]) -> None:
    assert _countries(kb, phrase) == want


# -- a namesake country's possessive before a US state's office or county ---------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["Georgia's governor Brian Kemp", "Georgia's lieutenant governor", "Georgia's Cobb County election officials"],
)
def test_the_us_state_s_office_after_the_namesake_s_possessive_is_not_the_country(kb: Any, phrase: str) -> None:
    assert "GEO" not in _countries(kb, phrase)


@pytest.mark.parametrize(
    "phrase", ["Georgia's state security service", "Georgia's parliament", "Georgia's Foreign Ministry"]
)
def test_the_country_s_own_bodies_after_its_possessive_stay_the_country(kb: Any, phrase: str) -> None:
    assert _countries(kb, phrase) == ["GEO"]


# -- a hotel or a band named after a place ------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["the Hotel Ukraina", "the Scottish rock band Texas", "fans of the band Nigeria"])
def test_a_hotel_or_a_band_named_after_a_place_is_no_country(kb: Any, phrase: str) -> None:
    assert not [c for c in _countries(kb, phrase) if c not in (None, "GBR")]


def test_a_band_of_people_and_a_hotel_s_city_keep_their_country(kb: Any) -> None:
    assert _countries(kb, "a band of smugglers from Chad") == ["TCD"]
    assert _countries(kb, "the Hotel Palestine in Baghdad") == ["IRQ"]


# -- a national NGO's home country -----------------------------------------------------------------------------


def test_an_imported_national_ngo_has_its_home_country_and_an_international_one_none(kb: Any) -> None:
    refs = kb.resolve_phrase("the American Civil Liberties Union", DAY)
    assert [(r.country, r.sector) for r in refs] == [("USA", "NGO")]
    assert all(r.country is None for r in kb.resolve_phrase("Human Rights Watch", DAY))


# -- animals and things named after a state, a club named after its city ----------------------------------------


@pytest.mark.parametrize(
    "phrase", ["a flock of Canada geese", "brown Norway rat", "a bottle of India ink", "the Club of Madrid"]
)
def test_a_thing_or_a_club_named_after_a_place_is_no_actor(kb: Any, phrase: str) -> None:
    assert _countries(kb, phrase) == []


def test_the_people_of_the_place_stay_beside_such_words(kb: Any) -> None:
    assert _countries(kb, "Canadian hunters") == ["CAN"]
    assert _countries(kb, "members of a club in Rome") == ["ITA"]


# -- the bodies the knowledge base lacked, a name armies of several countries bear ----------------------------


def test_the_bodies_actors49_added_agree_with_their_second_check(kb: Any) -> None:
    from kbchecks import assert_orgs_agree

    assert_orgs_agree(kb, "organizations_actors49_check.tsv", 13)
    refs = kb.resolve_phrase("Egypt's ruling military council, the SCAF", dt.date(2011, 6, 1))
    assert ("EGY", "MIL") in [(r.country, r.sector) for r in refs]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [("ELN guerrillas", "COL"), ("the National Liberation Army", "COL"), ("Libya's National Liberation Army", "LBY")],
)
def test_a_name_armies_of_several_countries_bear_takes_the_country_named_beside_it(
    kb: Any, phrase: str, want: str
) -> None:
    assert _countries(kb, phrase, dt.date(2011, 8, 1)) == [want]


def test_a_kuwaiti_emir_is_named_without_his_grandfather_s_name(kb: Any) -> None:
    refs = kb.resolve_phrase("Nawaf Al-Ahmad Al-Sabah", dt.date(2021, 3, 1))
    assert [r.kb_id for r in refs] == ["person:nawaf-al-ahmad-al-jaber-al-sabah"]


# -- a city or a province named like a country -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("Jersey City Mayor John Smith", [None]),  # a city named after a place, before a title
        ("Iraq's Anbar province", ["IRQ"]),  # (a province named like no country: the country stays)
        ("Belgium's Luxembourg province officials", ["BEL"]),
        ("the Macedonia region of Greece", ["GRC"]),
    ],
)
def test_a_city_or_a_province_named_like_a_country_is_not_that_country(
    kb: Any, phrase: str, want: list[str | None]
) -> None:
    assert _countries(kb, phrase) == want


@pytest.mark.parametrize(
    ("phrase", "want"),
    [("Israel State Comptroller", ["ISR"]), ("Russia state television", ["RUS"]), ("the Kansas City Royals", [])],
)
def test_a_state_word_and_a_region_s_longer_name_keep_their_reading(kb: Any, phrase: str, want: list[str]) -> None:
    assert _countries(kb, phrase) == want
