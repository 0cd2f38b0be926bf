"""Actors, branch actors51 (phrases written for these tests): a people named with a demonym that says what kind of
people they are ("Mohawk Indians": the Mohawk of peoples.yaml, Canada, not India; kb/match.after_people, name_context
``people_kind_demonyms``), and a people named by a demonym in the sense it has where the story places the act when
the act's own clause names no place (code/parties.native_peoples, read by the coder with the where chain's place or
the story's country: "Indian rebels" in a story told in Mexico)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_on as _code

DAY = dt.date(1991, 6, 1)


def _refs(kb: Any, phrase: str) -> list[tuple[str | None, str | None]]:
    return [(r.country, r.sector) for r in kb.resolve_phrase(phrase, DAY)]


# -- a people named with "Indians" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["Mohawk Indians", "armed Mohawk Indians", "the Mohawks", "Mohawk protesters", "a Mohawk barricade"],
)
def test_the_mohawk_are_canada_s_people(kb: Any, phrase: str) -> None:
    assert [c for c, _ in _refs(kb, phrase)] == ["CAN"]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("Indians", "IND"),  # the demonym alone keeps its country
        ("Indian troops", "IND"),
        ("Indian villagers", "IND"),  # no people's name before it
        ("American Mohawks", "USA"),  # a country's demonym before the people wins
    ],
)
def test_the_demonym_keeps_its_country_without_a_people_before_it(kb: Any, phrase: str, want: str) -> None:
    assert want in [c for c, _ in _refs(kb, phrase)]


# -- a native people where the story, not the clause, places the act ------------------------------------------------


def test_indian_rebels_of_a_story_told_in_mexico_are_mexico_s(pipeline: Any) -> None:
    text = (
        "SAN CRISTOBAL DE LAS CASAS, Mexico - Indian rebels seized four towns in the southern state of Chiapas on "
        "Saturday. The army sent troops to Ocosingo. Officials in Mexico City said the rebels had killed two police "
        "officers. A government spokesman said later that the Interior Ministry had warned the Indian rebels."
    )
    evs = _code(pipeline, text)
    parties = [r for e in evs for r in (*e.actor, *e.recipient) if "Indian" in r.entity_text]
    assert parties and {r.country for r in parties} == {"MEX"}


def test_indian_troops_abroad_keep_india_in_a_story_of_another_country(pipeline: Any) -> None:
    text = (
        "KATHMANDU - Indian troops crossed the border into Nepal on Monday. Nepal's government protested. "
        "Officials in Kathmandu said the troops had withdrawn by evening."
    )
    evs = _code(pipeline, text)
    assert "IND" in {r.country for e in evs for r in e.actor if "Indian" in r.entity_text}


def test_a_native_people_told_again_by_a_people_noun_is_of_the_same_country(pipeline: Any) -> None:
    text = (
        "SAN CRISTOBAL DE LAS CASAS, Mexico, Jan. 3 (AP) - Hundreds of armed Indian rebels who seized the town of Las "
        "Margaritas on Saturday withdrew into the hills on Monday. The guerrillas occupied the town hall and burned "
        "the land records before they left."
    )
    evs = _code(pipeline, text)
    told_again = [r for e in evs for r in e.actor if r.entity_text.lower().endswith("guerrillas")]
    assert told_again and {r.country for r in told_again} == {"MEX"}
