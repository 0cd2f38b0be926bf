"""Actor resolution, session 15 (sentences written for these tests):

* "both sides", "the two countries" after exactly two countries named before them in
  their own sentence, in any role, by name or demonym, are those two (anaphora.sentence_countries);
* a hyphen compound with a backer ("Iranian-backed militias") names the backer, not the group's
  country (kb/resolve.py);
* euro zone role words are of no one state (lexicon international_adjectives).
"""

from __future__ import annotations

from typing import Any

from coding import code_on, phrase_one, phrase_refs
from newsevents.participants.lending import abroad
from newsevents.records import ActorRef


def _actors(events: list[Any], trigger: str) -> set[str | None]:
    found = [e for e in events if e.event_text == trigger]
    assert found, [(e.event, e.event_text) for e in events]
    return {r.country for e in found for r in e.actor}


def test_both_sides_after_two_countries_named_in_any_role(pipeline: Any) -> None:
    text = (
        "Armenian troops clashed with Azerbaijani soldiers along the border on Tuesday, and both sides "
        "accused each other of opening fire first."
    )
    assert _actors(code_on(pipeline, text, "2021-05-12"), "accused") == {"ARM", "AZE"}


def test_both_sides_with_three_countries_in_the_sentence_is_not_guessed(pipeline: Any) -> None:
    text = (
        "Talks hosted by Norway between Colombian and Venezuelan officials ended on Monday, and both sides "
        "accused each other of bad faith."
    )
    found = _actors(code_on(pipeline, text, "2010-08-03"), "accused")
    assert not {"COL", "VEN"} <= found or "NOR" not in found


def test_a_backer_is_not_the_groups_country(kb: Any) -> None:
    assert phrase_one(kb, "Ethiopian-backed government troops", "2006-12-28").country is None
    assert phrase_one(kb, "Iranian-backed militias", "2016-05-02").country is None
    assert phrase_one(kb, "Russian-backed separatists in Ukraine", "2015-02-02").country == "UKR"
    assert phrase_one(kb, "Australian-led troops", "2003-07-24").country == "AUS"  # a leader is no backer


def test_a_backed_force_takes_the_country_where_it_acts(pipeline: Any) -> None:
    text = "Ethiopian-backed government troops rolled into Baidoa on Tuesday after Islamist fighters fled the town."
    assert "ETH" not in _actors(code_on(pipeline, text, "2006-12-26"), "rolled")


def test_euro_zone_role_words_are_of_no_one_state() -> None:
    for words in ("euro zone finance minister", "eurozone ministers", "the euro-zone finance ministers"):
        assert abroad(ActorRef(words, None, "GOV", None, "GOV", "sector:GOV"), words), words
    assert not abroad(ActorRef("the finance minister", None, "GOV", None, "GOV", "sector:GOV"), "the finance minister")


def test_people_of_a_city_or_province_of_one_state(kb: Any) -> None:
    assert phrase_one(kb, "Thousands of Parisians", "1991-08-20").country == "FRA"
    assert phrase_one(kb, "Quebecers", "1995-10-31").country == "CAN"
    assert phrase_one(kb, "Catalan separatists", "2017-10-02").country == "ESP"


def test_surnames_and_churches_are_no_people_of_a_place(kb: Any) -> None:
    assert phrase_one(kb, "Roman Catholic bishops", "2010-01-01").country is None
    assert not [r for r in phrase_refs(kb, "Ian Fleming", "2000-01-01") if r.country == "BEL"]


def test_forces_acting_on_a_states_leader_are_that_states(pipeline: Any) -> None:
    text = "Soldiers detained Bolivian President Evo Morales at the presidential palace on Sunday."
    assert _actors(code_on(pipeline, text, "2019-11-11"), "detained") == {"BOL"}


def test_forces_acting_on_no_official_take_no_leaders_country() -> None:
    from newsevents.code.event import own_leaders_forces

    troops = ActorRef("troops", None, "MIL", None, "MIL", "sector:MIL")
    leader = ActorRef("Evo Morales", "Evo Morales", "BOLGOV", "BOL", "GOV", "person:evo-morales", "President")
    rebel = ActorRef("Joe Doe", "Joe Doe", "BOLREB", "BOL", "REB", "person:joe-doe")
    assert own_leaders_forces([troops], [leader])[0][0].country == "BOL"
    assert own_leaders_forces([troops], [rebel])[0][0].country is None  # no state official
    named = ActorRef("U.S. troops", None, "USAMIL", "USA", "MIL", "country:USA")
    assert own_leaders_forces([named], [leader])[0][0].country == "USA"  # a force named by its country
