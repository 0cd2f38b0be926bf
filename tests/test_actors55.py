"""Whose armed men (issue 11, actors55), on sentences written for this test (none taken from a gold
or blind set): an armed group known by a role word alone ("gunmen", "militiamen", "rebels": sector
group armed_men) in a sentence without a dateline whose places and peoples are of one country only
is of that country (participants/lending.sentence_force); in a sentence of two countries, or of
none, it keeps no country."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import country_set, one_event
from newsevents.lexicon import sector_group

pytestmark = pytest.mark.model

PUB = dt.date(2021, 3, 9)
_one = partial(one_event, pub_date=PUB)
ONE_COUNTRY = "the one country the sentence names"


def test_armed_men_are_rebels_and_gunmen() -> None:
    assert sector_group("armed_men") == {"REB", "UAF"}


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Gunmen ambushed a convoy of miners on Saturday, officials in Burkina Faso said.", "ambushed", {"BFA"}),
        ("Militiamen torched a market on Wednesday, according to officials in the Ugandan district of Kasese.",
         "torched", {"UGA"}),
        ("Rebels shelled an army garrison on Friday, officials in the Congolese province of Ituri said.", "shelled",
         {"COD"}),
    ],
)  # fmt: skip
def test_armed_men_of_the_one_country_named(pipeline: Any, text: str, trigger: str, actor: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.actor) == actor
    assert any(ONE_COUNTRY in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels ambushed an army convoy on Friday, a day after Chad and Sudan closed their border.", "ambushed"),
        ("Gunmen opened fire on a wedding party on Saturday, witnesses said.", "opened"),
    ],
)
def test_armed_men_without_one_country_keep_none(pipeline: Any, text: str, trigger: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.actor) == {None}
    assert not any(ONE_COUNTRY in r for r in e.reasons)
