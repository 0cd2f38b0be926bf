"""Actor countries, session 53 (sentences written for these tests): a role word that asks or answers the
countries its act is aimed at is of the one country left (participants.lending.besides_target); a faith's
adjective is no place (recognize/places.py, lexicon faith_adjectives); a plural title the parser split from
its names is read with them (participants.naming.titled_names); people of the street in a sentence naming a
governed territory and its ruler are the territory's (participants/opening.governed_territory)."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.participants.naming import titled_names
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


# -- a faith's adjective is no place (lexicon faith_adjectives) ---------------------------------------


def test_a_faith_adjective_names_no_division(pipeline: Any) -> None:
    # "Jewish" read as Russia's Jewish Autonomous Oblast made the sentence one of two countries
    text = "A Jewish extremist shot a cabinet minister at a rally in Haifa on Sunday, and police arrested him later."
    evs = code_on(pipeline, text, "2016-03-09")
    arrested = [e for e in evs if e.event_text == "arrested"]
    assert arrested and {a.country for a in arrested[0].actor} == {"ISR"}


# -- a plural title split from its names (participants.naming.titled_names) ----------------------------


def test_a_plural_title_runs_on_over_the_names_after_it() -> None:
    text = "Presidents Ana Lopez and Jan Berg signed it."
    persons = [(11, 20), (25, 33)]
    assert titled_names(text, (0, 10), persons) == (0, 33)
    # trap: a singular title, and a plural word before no name, stay as they are
    assert titled_names("President Ana Lopez and Jan Berg signed it.", (0, 9), [(10, 19), (24, 32)]) == (0, 9)
    assert titled_names("Ministers met Ana Lopez.", (0, 9), [(14, 23)]) == (0, 9)


def test_both_presidents_are_read_with_their_countries(pipeline: Any) -> None:
    text = "Presidents Emmanuel Macron and Joe Biden signed a pact on Tuesday to share intelligence."
    assert {c for _, c in _actors(pipeline, text, "signed", "2022-06-07")} == {"FRA", "USA"}


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
