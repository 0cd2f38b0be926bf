"""Actors and recipients in stories (storyact46 session): a coercion that names no target by anyone of
one country, a person or an army too, is aimed at that country's people (code/parties.own_people; a
state of emergency or martial law keeps the old limits); a sanction is not aimed at the actors' own
country (code/parties.not_own_sanction). Every text is written for this test (none is taken from a
gold or blind set)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.code.parties import not_own_sanction, own_people
from newsevents.records import ActorRef, Event


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
        ([], [_person("BOL")], "12", "120"),  # not a coercion
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
