"""Actors and recipients in stories (storyact46 session): a coercion that names no target by anyone of
one country, a person or an army too, is aimed at that country's people (code/parties.own_people; a
state of emergency or martial law keeps the old limits); a sanction is not aimed at the actors' own
country (code/parties.not_own_sanction); and in a story without a dateline, a role word of a
sentence that names no place takes the country of the story's lead when the lead names one country
only (participants/lending.story_lead). Every text is written for this test (none is taken from a
gold or blind set)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.code.parties import not_own_sanction, own_people
from newsevents.participants.lending import sentence_force, story_lead
from newsevents.progress import Discourse
from newsevents.records import DATELINE, SENTENCE_COUNTRY, STORY_LEAD, ActorRef, Event, LentCountry


def _at(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.event_text == trigger]
    assert len(found) == 1, [(e.event, e.event_text) for e in events]
    return found[0]


def _country(c: str, sector: str | None = None) -> ActorRef:
    return ActorRef(c, c, f"{c}{sector or ''}", c, sector, f"country:{c}")


def _person(c: str) -> ActorRef:
    return ActorRef("President X", "X", f"{c}GOV", c, "GOV", "person:x")


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, None, sector, None, sector, f"sector:{sector}")


# --- own_people: the rule on hand-made actors -------------------------------------------------------------


def test_a_persons_coercion_with_no_target_falls_on_the_own_people() -> None:
    out, why = own_people([], [_person("BOL")], "17", "173")
    assert [r.country for r in out] == ["BOL"] and why


def test_an_armys_coercion_with_no_target_falls_on_the_own_people() -> None:
    out, _ = own_people([], [_country("MMR", "MIL")], "17", "1721")
    assert [r.country for r in out] == ["MMR"]


@pytest.mark.parametrize(
    ("recipients", "actors", "root", "code"),
    [
        ([_country("CHL")], [_person("BOL")], "17", "173"),  # a target named
        ([], [_person("BOL"), _person("PER")], "17", "173"),  # actors of two countries
        ([], [_role("police", "COP")], "17", "173"),  # no country at all
        # a role word whose country only the dateline lends
        ([], [_person("BOL")], "12", "120"),  # not a coercion
        ([], [replace(_role("police", "COP"), country="NER", lent=LentCountry(DATELINE, "NER"))], "17", "170"),
        ([], [_person("UKR")], "17", "1724"),  # martial law by a person: the old limits
        ([], [_country("MMR", "MIL")], "17", "1724"),  # a state of emergency by an army: the old limits
    ],
)
def test_no_own_people(recipients: list[ActorRef], actors: list[ActorRef], root: str, code: str) -> None:
    assert own_people(recipients, actors, root, code) == (recipients, None)


def test_a_state_of_emergency_by_a_named_state_body_still_falls_on_its_people() -> None:
    out, _ = own_people([], [_country("ALB", "LEG")], "17", "1724")
    assert [r.country for r in out] == ["ALB"]


# --- not_own_sanction: the rule on hand-made parties ------------------------------------------------------


def test_a_sanction_drops_the_actors_own_country() -> None:
    out, why = not_own_sanction([_country("USA", "GOV"), _country("CHN", "MIL")], [_person("USA")], "16")
    assert [r.country for r in out] == ["CHN"] and why and "USA" in why


def test_a_sanction_keeps_its_own_rebels_and_opposition() -> None:
    rebels = _country("COL", "REB")
    assert not_own_sanction([rebels], [_country("COL", "GOV")], "16") == ([rebels], None)


@pytest.mark.parametrize(
    ("recipients", "actors", "root"),
    [
        ([_country("USA")], [_person("USA")], "17"),  # not a sanction
        ([_country("USA")], [_person("USA"), _person("GBR")], "16"),  # actors of two countries
        ([_country("CHN")], [_person("USA")], "16"),  # another country's
    ],
)
def test_a_sanction_keeps(recipients: list[ActorRef], actors: list[ActorRef], root: str) -> None:
    assert not_own_sanction(recipients, actors, root) == (recipients, None)


# --- story_lead and sentence_force on a hand-made discourse ---------------------------------------------------


def test_the_lead_country_and_the_sentences_after_it_that_name_no_place() -> None:
    assert story_lead({0: {"KEN"}, 2: {"KEN", "UGA"}}, 5) == ("KEN", (1, 3, 4))


@pytest.mark.parametrize(
    "by_sentence",
    [
        {},  # no place at all
        {0: {"KEN", "UGA"}, 1: {"KEN"}},  # a lead of two countries
    ],
)
def test_no_lead_country(by_sentence: dict[int, set[str]]) -> None:
    assert story_lead(by_sentence, 4) == (None, ())


LED_BY_KENYA = Discourse(one_country_sentences=((0, "KEN"),), lead_country="KEN", unplaced_sentences=(1, 3))


def test_a_role_word_of_an_unplaced_sentence_takes_the_lead_country() -> None:
    assert sentence_force(_role("police", "COP"), 1, LED_BY_KENYA) == LentCountry(STORY_LEAD, "KEN")
    assert sentence_force(_role("police", "COP"), 0, LED_BY_KENYA) == LentCountry(SENTENCE_COUNTRY, "KEN")


@pytest.mark.parametrize(
    ("ref", "sentence"),
    [
        (_role("police", "COP"), 2),  # a sentence naming places of two countries
        (_role("delegates", "GOV"), 1),  # a plural of the government's: often of several countries
        (_role("refugees", "REF"), 1),  # not a state's role word nor people of the street
        (_country("UGA", "COP"), 1),  # a country of its own
    ],
)
def test_no_lead_country_lent(ref: ActorRef, sentence: int) -> None:
    assert sentence_force(ref, sentence, LED_BY_KENYA) is None


# --- whole texts ----------------------------------------------------------------------------------------------

model = pytest.mark.model


@model
def test_an_army_arresting_plotters_acts_on_its_own_people(pipeline: Any) -> None:
    e = _at(code_on(pipeline, "The Bolivian army began arresting the plotters on Thursday."), "arresting")
    assert e.event == "COERCE" and country_set(e.recipient) == {"BOL"}


@model
def test_a_meeting_called_off_is_not_aimed_at_the_own_country(pipeline: Any) -> None:
    text = (
        "Russia called off a planned meeting between Russian Foreign Minister Sergei Lavrov and U.S. "
        "Secretary of State Antony Blinken."
    )
    e = _at(code_on(pipeline, text), "called off")
    assert e.event == "SANCTION" and country_set(e.recipient) == {"USA"}


@model
def test_police_of_a_story_without_a_dateline_are_of_its_lead_country(pipeline: Any) -> None:
    text = (
        "Thousands of protesters marched through Nairobi on Monday to demand lower food prices. "
        "Police said they had arrested dozens of people."
    )
    e = _at(code_on(pipeline, text), "arrested")
    assert country_set(e.actor) == {"KEN"}
    assert any("story's lead" in a.reason for a in e.actor)


@model
def test_police_after_a_lead_of_two_countries_take_none_from_it(pipeline: Any) -> None:
    text = (
        "Kenyan and Ugandan officials met in Nairobi on Monday to discuss the border. "
        "Police said they had arrested dozens of people."
    )
    e = _at(code_on(pipeline, text), "arrested")
    assert not any("story's lead" in a.reason for a in e.actor)
