"""Actor countries, session 53 (sentences written for these tests): a role word that asks or answers the
countries its act is aimed at is of the one country left (participants.lending.besides_target); people of the
street in a sentence naming a governed territory and its ruler are the territory's
(participants/opening.governed_territory); officials of a one-country sentence are its (lending.sentence_force)."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.participants.opening import governed_territory


def _actors(pipeline: Any, text: str, trigger: str, pub: str = "2016-03-09") -> list[tuple[str | None, str | None]]:
    evs = [e for e in code_on(pipeline, text, pub) if e.event_text == trigger]
    assert evs, f"no event on {trigger!r} coded from {text!r}"
    return [(a.name, a.country) for a in evs[0].actor]


# -- the one country left besides the targets (participants.lending.besides_target) ------------------


def test_who_asks_two_countries_for_help_is_of_the_third(pipeline: Any) -> None:
    text = (
        "Rioters looted shops in the capital of Vanuatu on Monday, and the government asked Australia and"
        " New Zealand to send police."
    )
    assert [c for _, c in _actors(pipeline, text, "asked")] == ["VUT"]


def test_two_countries_left_lend_none(pipeline: Any) -> None:
    # trap: Chad and Niger are both left besides France: whose government is not said
    text = "Troops from Chad arrived in Niger on Tuesday, and the government thanked France and Britain for their help."
    assert [c for _, c in _actors(pipeline, text, "thanked")] == [None]


# -- people of the street in a governed territory (participants/opening.governed_territory) ----------


def test_rioters_of_a_territory_named_with_its_ruler_are_the_territorys(pipeline: Any) -> None:
    text = "Protesters burned cars in Noumea on Monday after the French parliament approved a voting reform."
    assert [c for _, c in _actors(pipeline, text, "burned", "2024-05-14")] == ["NCL"]


def test_only_a_territory_with_its_own_ruler_is_read() -> None:
    # traps: a territory with another state, a third country, the ruler alone
    assert governed_territory({"PYF", "FRA"}) == "PYF"
    assert governed_territory({"PYF", "AUS"}) is None
    assert governed_territory({"PYF", "FRA", "AUS"}) is None
    assert governed_territory({"FRA"}) is None


# -- officials and authorities of a one-country sentence (lexicon home_official_plurals) ------------


def test_officials_of_a_one_country_sentence_are_its(pipeline: Any) -> None:
    text = "A car bomb exploded outside a police station in Lahore on Friday, and officials blamed a banned group."
    assert [c for _, c in _actors(pipeline, text, "blamed", "2016-03-09")] == ["PAK"]


def test_leaders_of_a_one_country_sentence_stay_without_one(pipeline: Any) -> None:
    # trap: leaders meeting in a country's capital are as often others'
    text = "A car bomb exploded outside a police station in Lahore on Friday, and leaders blamed a banned group."
    assert [c for _, c in _actors(pipeline, text, "blamed", "2016-03-09")] == [None]
