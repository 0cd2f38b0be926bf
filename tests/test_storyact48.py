"""Actors of story events (storyact48 session, issue 11's coreference): "the two men", "the two leaders"
after a main clause whose actors were two people of two countries, in that sentence or the two before,
are those two people (participants/anaphora.group_pair); a presidential guard is a state force
(data/kb/sectors.yaml, MIL), of the country the story lends its forces; and a plural role word ending
in "men" ("guardsmen") is a plural, which a dateline from a neighbour does not lend its country
(participants/lending.home_actor, plural_word); a role word the dateline lent its country and a name in
apposition names as someone of another country ("The force commander, Indian General X,") is that person,
posted where the story is filed: the event stays at the dateline's city (participants/stage._named_by_apposition,
records.POSTED_THERE, where/actorphrase.posted); a dateline's town takes the country of the region or country
written after it ("OKA, Quebec": participants/opening.py, stage.region_country). Every text is written for
this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.code.rules import CodeRules
from newsevents.participants.anaphora import group_pair
from newsevents.participants.lending import abroad, home_actor, plural_word
from newsevents.progress import Discourse
from newsevents.records import DATELINE, POSTED_THERE, ActorRef, Event, LentCountry
from newsevents.where.actorphrase import posted


def _at(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.event_text == trigger]
    assert len(found) == 1, [(e.event, e.event_text) for e in events]
    return found[0]


def _person(name: str, country: str) -> ActorRef:
    return ActorRef(name, name, f"{country}GOV", country, "GOV", f"person:{name.lower()}")


RULES = CodeRules.default()


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, None, sector, None, sector, f"sector:{sector}")


# --- "the two men": the two people a main clause named as its actors ------------------------------------


@pytest.mark.model
def test_the_two_men_are_the_two_leaders_of_the_sentence_before(pipeline: Any) -> None:
    text = (
        "U.S. President Joe Biden and Chinese President Xi Jinping pledged on Monday to keep talking about "
        "trade. The two men held talks for three hours at a resort near the city."
    )
    held = _at(code_on(pipeline, text, "2022-11-14", dateline="BALI"), "held")
    assert country_set(held.actor) == {"USA", "CHN"}


def test_the_pair_is_two_people_of_two_countries() -> None:
    two = (_person("Ann Smith", "USA"), _person("Li Wei", "CHN"))
    disc = Discourse(last_group=two, last_group_sentence=0)
    got = group_pair(RULES, "The two men", (100, 111), disc, 1)
    assert {r.country for r in got} == {"USA", "CHN"} and {r.entity_text for r in got} == {"The two men"}
    assert {r.country for r in group_pair(RULES, "the two leaders", (100, 115), disc, 2)} == {"USA", "CHN"}


def test_the_pair_is_not_taken_from_far_back_or_one_country_trap() -> None:
    two = (_person("Ann Smith", "USA"), _person("Li Wei", "CHN"))
    disc = Discourse(last_group=two, last_group_sentence=0)
    assert group_pair(RULES, "The two men", (400, 411), disc, 3) == []  # three sentences on
    same = replace(disc, last_group=(two[0], _person("Bob Jones", "USA")))
    assert group_pair(RULES, "The two men", (100, 111), same, 1) == []  # one country: no pair of parties
    groups = replace(disc, last_group=(_role("rebels", "REB"), _role("soldiers", "MIL")))
    assert group_pair(RULES, "The two men", (100, 111), groups, 1) == []  # not people
    assert group_pair(RULES, "The men", (100, 107), disc, 1) == []  # no pair phrase


# --- the presidential guard; plurals in "-men" ------------------------------------------------------------


@pytest.mark.model
def test_the_presidential_guard_is_a_state_force(pipeline: Any) -> None:
    text = "Chad's army said on Monday that members of the presidential guard had arrested three opposition leaders."
    arrested = _at(code_on(pipeline, text, "2022-11-14"), "arrested")
    assert country_set(arrested.actor) == {"TCD"} and {a.sector for a in arrested.actor} == {"MIL"}


@pytest.mark.model
def test_guardsmen_in_a_story_from_a_neighbour_take_no_dateline_country_trap(pipeline: Any) -> None:
    text = (
        "Presidential guardsmen shot dead Burundi's prime minister on Thursday as fighting spread through "
        "the capital Bujumbura."
    )
    shot = [e for e in code_on(pipeline, text, "2022-11-14", dateline="NAIROBI") if e.actor]
    assert all("KEN" not in country_set(e.actor) for e in shot)


def test_a_plural_ends_in_s_or_men() -> None:
    assert plural_word("officials") and plural_word("presidential guardsmen") and plural_word("servicemen")
    assert not plural_word("the interior ministry") and not plural_word("chairman")
    assert not home_actor(_role("presidential guardsmen", "MIL"))
    assert home_actor(_role("presidential guard", "MIL"))


# --- a role word the dateline lent its country, named by a foreign name in apposition -----------------------


@pytest.mark.model
def test_a_foreign_commander_named_in_apposition_is_posted_at_the_dateline(pipeline: Any) -> None:
    text = (
        "Hundreds of foreign peacekeepers landed at the airport on Monday. The force commander, Indian "
        "General Rajesh Kumar, met Congolese army officers soon after arriving."
    )
    met = _at(code_on(pipeline, text, "2019-03-06", dateline="KINSHASA"), "met")
    assert country_set(met.actor) == {"IND"}  # not the dateline's Congo
    assert met.event_loc is not None and met.event_loc.resolved_place == "Kinshasa"


@pytest.mark.model
def test_a_commander_of_the_datelines_own_country_keeps_it_trap(pipeline: Any) -> None:
    text = "The army commander, Congolese General Jean Mbala, met rebel leaders in the east on Monday."
    met = _at(code_on(pipeline, text, "2019-03-06", dateline="KINSHASA"), "met")
    assert country_set(met.actor) == {"COD"}
    assert all(a.lent is None or a.lent.by != POSTED_THERE for a in met.actor)


def test_posted_there_acts_at_the_dateline_lent_alone_does_not() -> None:
    officer = ActorRef("General X", "X", "INDMIL", "IND", "MIL", "person:x")
    assert posted(replace(officer, lent=LentCountry(POSTED_THERE, "COD")))
    assert not posted(officer)
    assert not posted(replace(_role("commander", "MIL"), country="COD", lent=LentCountry(DATELINE, "COD")))


# --- "any country": a role word of no particular party ------------------------------------------------------


@pytest.mark.model
def test_any_country_takes_no_country_from_the_dateline(pipeline: Any) -> None:
    text = "The president warned that any country that tried to interfere would face grave consequences."
    warned = _at(code_on(pipeline, text, "2019-03-06", dateline="MINSK"), "warned")
    assert country_set(warned.actor) == {"BLR"} and country_set(warned.recipient) <= {None}


@pytest.mark.model
def test_the_government_still_takes_the_datelines_country_trap(pipeline: Any) -> None:
    text = "The president warned the government that it would be punished."
    warned = _at(code_on(pipeline, text, "2019-03-06", dateline="MINSK"), "warned")
    assert country_set(warned.recipient) == {"BLR"}


def test_an_unspecific_determiner_makes_a_role_word_abroad() -> None:
    country = _role("country", "GOV")
    assert abroad(country, "any country")
    assert abroad(country, "no nation")
    assert not abroad(_role("government", "GOV"), "any new government")  # still the country's
    assert not abroad(country, "the country") and not abroad(country, "country")


# --- a dateline's town read with the region or country written after it -------------------------------------


@pytest.mark.model
def test_a_datelines_region_says_the_towns_country(pipeline: Any) -> None:
    text = "Police arrested twelve protesters outside the town hall on Tuesday."
    arrested = _at(code_on(pipeline, text, "1990-07-12", dateline="OKA, Quebec"), "arrested")
    assert country_set(arrested.actor) == {"CAN"}  # not Nigeria's Awka, the gazetteer's best "Oka"
    arrested = _at(code_on(pipeline, text, "1990-07-12", dateline="HILLSBOROUGH, Northern Ireland"), "arrested")
    assert country_set(arrested.actor) == {"GBR"}  # not a town of the United States


@pytest.mark.model
def test_a_dateline_without_a_region_keeps_the_towns_country_trap(pipeline: Any) -> None:
    text = "Police arrested twelve protesters outside the town hall on Tuesday."
    arrested = _at(code_on(pipeline, text, "1990-07-12", dateline="DAYTON, Ohio"), "arrested")
    assert country_set(arrested.actor) == {"USA"}
    arrested = _at(code_on(pipeline, text, "1990-07-12", dateline="KIRKUK"), "arrested")
    assert country_set(arrested.actor) == {"IRQ"}
