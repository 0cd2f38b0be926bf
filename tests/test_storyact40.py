"""Actors a wire story names by a role word (storyact40 session, issue 11's coreference): a subject read as a
role word of no country (or as no one) whose head has a proper name in apposition ("The force commander,
General X, met ...", "the Islamist group Boko Haram rejected ...") is the one that name names
(participants/stage._role_named, parse/syntax.named_in_apposition); a pair
phrase followed by the place where the pair stands ("talks between the two countries at a hotel in Nairobi")
names the pair, not the place's country (participants/anaphora.pair_without_place, placed_in). Every text is
written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.participants.anaphora import pair_without_place, placed_in
from newsevents.records import ActorRef, CountryRead, Event

PAIRS = frozenset({"sides", "countries", "neighbours"})


def _at(events: list[Event], trigger: str) -> list[Event]:
    return [e for e in events if e.event_text == trigger]


def _ref(country: str | None, prep: str | None) -> ActorRef:
    read = CountryRead("demonym", "Kenyan", prep) if country else None
    return ActorRef("neighbours", None, country, country, None, None, read=read)


# --- a role word named by its apposition -----------------------------------------------------------------


@pytest.mark.model
def test_a_group_named_in_apposition_is_that_group(pipeline: Any) -> None:
    text = "The Islamist group Boko Haram rejected the government's offer of talks on Tuesday."
    rejected = _at(code_on(pipeline, text, "2019-03-06", dateline="NAIROBI"), "rejected")
    assert rejected and country_set(rejected[0].actor) == {"NGA"}  # not Kenya's, nor no one


@pytest.mark.model
def test_a_commander_named_in_apposition_is_of_the_name(pipeline: Any) -> None:
    text = "The force commander, Indian General Rajesh Kumar, met Ugandan and Kenyan officials on Tuesday."
    met = _at(code_on(pipeline, text, "2019-03-06"), "met")
    assert met and country_set(met[0].actor) == {"IND"}  # not a role word of no country


@pytest.mark.model
def test_a_role_word_lent_the_datelines_country_is_of_the_name_posted_there(pipeline: Any) -> None:
    # storyact48: the role word the dateline lent its country is the name in apposition's too, and acts
    # where the story is filed (records.POSTED_THERE, where/actorphrase.posted): the meeting stays placed
    # at the dateline's city, as it was with the lent actor (storyact40 had dropped the name for that place)
    text = "The mission's commander, Indian General Rajesh Kumar, met President Salva Kiir on Tuesday."
    met = _at(code_on(pipeline, text, "2019-03-06", dateline="JUBA"), "met")
    assert met and country_set(met[0].actor) == {"IND"}
    assert met[0].event_loc is not None and met[0].event_loc.resolved_place == "Juba"


@pytest.mark.model
def test_a_role_word_with_its_own_country_keeps_it_trap(pipeline: Any) -> None:
    text = "The Kenyan police commander, Joseph Mwangi, met Somali officials on Tuesday."
    met = _at(code_on(pipeline, text, "2019-03-06", dateline="NAIROBI"), "met")
    assert met and country_set(met[0].actor) == {"KEN"}


# --- a pair phrase with the place where the pair stands --------------------------------------------------


def test_a_pair_phrase_is_read_without_its_place() -> None:
    words, refs = pair_without_place("the two neighbours in the Kenyan town of Naivasha", [_ref("KEN", "in")], PAIRS)
    assert words == "the two neighbours" and refs == []
    kept = [_ref("KEN", None)]
    assert pair_without_place("leaders in Managua", kept, PAIRS) == ("leaders in Managua", kept)  # trap: no pair
    assert placed_in(_ref("KEN", "in")) and not placed_in(_ref("KEN", None)) and not placed_in(_ref(None, None))


@pytest.mark.model
def test_talks_between_the_two_countries_at_a_place_are_the_pairs(pipeline: Any) -> None:
    text = (
        "Ethiopia accused Eritrea of shelling border towns on Monday. Eritrea denied the charge. "
        "Talks between the two countries at a hotel in Nairobi collapsed on Wednesday."
    )
    talks = _at(code_on(pipeline, text, "2019-03-06"), "Talks")
    assert talks and country_set(talks[0].actor) == {"ETH", "ERI"}  # not Kenya, where they talked


@pytest.mark.model
def test_people_in_a_capital_keep_its_country_trap(pipeline: Any) -> None:
    text = "Leaders in Managua condemned the coup on Monday."
    condemned = _at(code_on(pipeline, text, "2019-03-06"), "condemned")
    assert condemned and country_set(condemned[0].actor) == {"NIC"}
