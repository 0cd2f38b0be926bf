"""Actors, branch actors51 (phrases written for these tests): a people named with a demonym that says what kind of
people they are ("Mohawk Indians": the Mohawk of peoples.yaml, Canada, not India; kb/match.after_people, name_context
``people_kind_demonyms``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

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
