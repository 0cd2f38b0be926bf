"""Pronoun subjects read back within their sentence (coref44): "he" or "she" is the one person the
sentence named before it, "they" a group owned by one person ("his fighters"). Each sentence is
written for the test; none is taken from a gold set."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import country_set, events_at

pytestmark = pytest.mark.model

PUB = dt.date(2021, 3, 10)
_at = partial(events_at, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Rebel soldiers arrested Malian President Ibrahim Boubacar Keita on Monday, and later he "
            "announced his resignation on state television.",
            "announced",
            "MLI",
        ),
        (
            "Deputies in Kyiv voted to dismiss President Viktor Yanukovich, a day after he fled the capital.",
            "fled",
            "UKR",
        ),
    ],
)
def test_he_is_the_one_person_named_before_in_the_sentence(pipeline: Any, text: str, trigger: str, actor: str) -> None:
    found = _at(pipeline, text, trigger)
    assert found and actor in country_set(found[0].actor)
    assert any("the one person its sentence named before it" in r for r in found[0].reasons)


def test_he_after_two_people_stays_without_an_actor(pipeline: Any) -> None:
    text = (
        "Rebel soldiers arrested Malian President Ibrahim Boubacar Keita and Prime Minister Boubou Cisse "
        "on Monday, and later he announced his resignation."
    )
    found = _at(pipeline, text, "announced")
    assert not any("the one person its sentence named before it" in r for e in found for r in e.reasons)


def test_he_in_a_relative_clause_without_a_relative_word_is_not_read_back(pipeline: Any) -> None:
    text = "Soldiers detained Malian President Ibrahim Boubacar Keita over the referendum he had called."
    found = _at(pipeline, text, "called")
    assert not any("the one person its sentence named before it" in r for e in found for r in e.reasons)


def test_they_is_the_group_one_person_owns(pipeline: Any) -> None:
    text = (
        "Wagner chief Yevgeny Prigozhin halted his fighters' advance on Moscow on Saturday, hours after "
        "they seized a military headquarters in Rostov-on-Don."
    )
    found = _at(pipeline, text, "seized")
    assert found and "RUS" in country_set(found[0].actor)


def test_they_after_a_group_owned_by_them_is_not_read_back(pipeline: Any) -> None:
    text = "Officials said their soldiers crossed the border after they seized a village."
    found = _at(pipeline, text, "seized")
    assert not any("named before it in its sentence" in r for e in found for r in e.reasons)


def test_the_two_alone_are_the_two_people_named_before_in_the_sentence(pipeline: Any) -> None:
    text = (
        "Kim Jong Un crossed the border on Friday to meet South Korean President Moon Jae-in, and the two "
        "vowed to work for peace on the peninsula."
    )
    found = events_at(pipeline, text, "vowed", dt.date(2018, 4, 27))
    assert found and country_set(found[0].actor) == {"PRK", "KOR"}
