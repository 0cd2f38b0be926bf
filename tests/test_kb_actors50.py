"""Actors, branch actors50 (phrases written for these tests): an organisation's acronym used as a common noun ("a
Roth IRA", "the flight's ETA"; kb/names._common_acronym, name_context ``acronym_owners``), a shop's name after a
noun of a chain of shops ("the supermarket chain Iceland"; kb/name_parts.work_titles, name_context ``shop_heads``)
and a demonym in the sense it has where the act is told ("Indian peasants" in Mexico; code/parties.ethnic, lexicon
``native_demonyms`` and ``native_people_nouns``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_on as _code

DAY = dt.date(2018, 6, 1)


def _refs(kb: Any, phrase: str) -> list[tuple[str | None, str | None]]:
    return [(r.country, r.sector) for r in kb.resolve_phrase(phrase, DAY)]


# -- an organisation's acronym used as a common noun -----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["a Roth IRA", "an IRA", "an ETA of twenty minutes", "the train's ETA"],
)
def test_an_acronym_heading_a_common_noun_phrase_names_no_organisation(kb: Any, phrase: str) -> None:
    assert _refs(kb, phrase) == []


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("the IRA", "GBR"),
        ("an IRA gunman", "GBR"),  # the acronym modifies the head: the group's gunman
        ("an ETA commando", "ESP"),
        ("Britain's IRA", "GBR"),  # a name's possessive owns the organisation
        ("a split in the IRA", "GBR"),  # the article is the split's
        ("the country's NDS", "AFG"),  # so does a state's noun (acronym_owners)
    ],
)
def test_an_acronym_naming_the_organisation_is_kept(kb: Any, phrase: str, want: str) -> None:
    assert want in [c for c, _ in _refs(kb, phrase)]


# -- a demonym in the sense it has where the act is told --------------------------------------------------------


def test_indian_peasants_in_mexico_are_a_native_people_of_mexico(pipeline: Any) -> None:
    evs = _code(pipeline, "Hundreds of Indian peasants attacked a police post near the town of Ocosingo in Mexico.")
    attack = next(e for e in evs if e.event == "ASSAULT")
    assert [r.country for r in attack.actor] == ["MEX"]
    assert attack.actor[0].name is None and "native people" in attack.actor[0].reason


def test_indian_villagers_in_bolivia_are_bolivian(pipeline: Any) -> None:
    evs = _code(pipeline, "Indian villagers blocked the main highway outside La Paz on Monday.")
    assert {r.country for e in evs for r in e.actor} == {"BOL"}


@pytest.mark.parametrize(
    "text",
    [
        "Indian engineers were kidnapped by gunmen in southern Mexico on Monday.",  # a calling keeps India
        "Indian Prime Minister Manmohan Singh met Brazil's president in Brasilia on Monday.",  # a state's official
    ],
)
def test_india_s_people_and_officials_abroad_keep_india(pipeline: Any, text: str) -> None:
    evs = _code(pipeline, text)
    assert "IND" in {r.country for e in evs for r in (*e.actor, *e.recipient)}


def test_indian_troops_in_kashmir_stay_indian(pipeline: Any) -> None:
    evs = _code(pipeline, "Indian troops fired on protesters in Kashmir on Monday.")
    assert [r.country for e in evs if e.event == "ASSAULT" for r in e.actor] == ["IND"]


# -- a shop's or a brand's name after a lower-case noun of a chain of shops or a brand --------------------------


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("the frozen food chain Iceland", []),
        ("the sandwich chain Swiss Chalet", []),
        ("the Canadian chain Swiss Chalet", ["CAN"]),  # the demonym before the noun keeps its country
        ("the handbag brand Mexico", []),
    ],
)
def test_a_shop_named_after_a_place_names_no_country(kb: Any, phrase: str, want: list[str]) -> None:
    assert [c for c, _ in _refs(kb, phrase)] == want


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("the oil company Saudi Aramco", "SAU"),  # "company" is no shop_heads word
        ("the retail chain in Kenya", "KEN"),  # a preposition, not a name, after the noun
        ("the French retailer Carrefour", "FRA"),
    ],
)
def test_a_place_after_other_business_words_keeps_its_country(kb: Any, phrase: str, want: str) -> None:
    assert want in [c for c, _ in _refs(kb, phrase)]
