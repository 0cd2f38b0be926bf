"""Whose rebels (issue 11, actors55), on sentences written for this test (none taken from a gold or
blind set): an armed group fighting the state known by a role word alone ("rebels": sector group
armed) in a sentence without a dateline whose places and peoples are of one country only is of
that country (participants/lending.sentence_force); in a sentence of two countries it keeps none,
and gunmen (UAF, not of the group) take none from the sentence."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import country_set, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2021, 3, 9)
_one = partial(one_event, pub_date=PUB)
ONE_COUNTRY = "the one country the sentence names"


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Rebels shelled an army garrison on Friday, officials in the Congolese province of Ituri said.", "shelled",
         {"COD"}),
        ("Rebels ambushed an army convoy near Bangassou in the Central African Republic on Friday.", "ambushed",
         {"CAF"}),
    ],
)  # fmt: skip
def test_rebels_of_the_one_country_named(pipeline: Any, text: str, trigger: str, actor: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.actor) == actor
    assert any(ONE_COUNTRY in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels ambushed an army convoy on Friday, a day after Chad and Sudan closed their border.", "ambushed"),
        ("Gunmen ambushed a convoy of miners on Saturday, officials in Burkina Faso said.", "ambushed"),
    ],
)
def test_no_country_for_two_countries_or_gunmen(pipeline: Any, text: str, trigger: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.actor) == {None}
    assert not any(ONE_COUNTRY in r for r in e.reasons)
