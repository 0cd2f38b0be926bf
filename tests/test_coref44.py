"""A pronoun subject read back within its sentence (coref44): "they" may be a group one person owns
("his fighters"), not a group "they" owns itself ("their soldiers"). Each sentence is written for the
test; none is taken from a gold set."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import country_set, events_at

pytestmark = pytest.mark.model

PUB = dt.date(2021, 3, 10)
_at = partial(events_at, pub_date=PUB)


def test_they_is_the_group_one_person_owns(pipeline: Any) -> None:
    text = (
        "Mercenary boss Yevgeny Prigozhin stopped his fighters' drive toward the capital late on Friday, "
        "a few hours after they captured an army headquarters in the south."
    )
    found = _at(pipeline, text, "captured")
    assert found and "RUS" in country_set(found[0].actor)


def test_they_after_a_group_owned_by_them_is_not_read_back(pipeline: Any) -> None:
    text = "Officials said their soldiers crossed the border after they seized a village."
    found = _at(pipeline, text, "seized")
    assert not any("named before it in its sentence" in r for e in found for r in e.reasons)
