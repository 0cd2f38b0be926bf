"""Event places (places48): a locative phrase the parser hangs on the occasion of the act's own adjunct
("met for the first time in X": where/said.py, lexicon time_adjunct_nouns), and verbs of bombarding and
burning whose object is the place acted on (lexicon place_taking_verbs). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_and_country
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str) -> CodedArticle:
    article = Article(id="p48", text=text, pub_date=dt.date(1995, 3, 14))
    return pipeline.code(article)  # type: ignore[no-any-return]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The presidents of Chile and Peru met for the first time in Lima on Tuesday.", ("Lima", "PER")),
        ("The two foreign ministers met for a second day in Vienna on Wednesday.", ("Vienna", "AUT")),
    ],
)
def test_a_meeting_placed_in_its_time_adjunct(pipeline: Any, text: str, place: tuple[str, str]) -> None:
    e = event_starting(_code(pipeline, text), "met")
    assert place_and_country(e) == place, e.reasons


@pytest.mark.model
def test_a_place_of_a_time_adjunct_of_what_is_said_is_not_where_it_was_said(pipeline: Any) -> None:
    # the time adjunct belongs to the complement ("urged the rebels to stop fighting for a day in X"), not the act
    text = "The envoy urged the rebels on Monday to stop fighting for a day in Kismayo."
    e = event_starting(_code(pipeline, text), "urged")
    assert place_and_country(e) != ("Kismayo", "SOM"), e.reasons


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Army artillery pounded the old city of Mostar on Friday, drawing protests from Europe.", "pounded",
         ("Mostar", "BIH")),
        ("Rioters torched much of Honiara's Chinatown on Tuesday, and Australia sent more troops.", "torched",
         ("Honiara", "SLB")),
    ],
)  # fmt: skip
def test_the_object_of_a_verb_of_bombarding_or_burning_is_the_place(
    pipeline: Any, text: str, trigger: str, place: tuple[str, str]
) -> None:
    e = event_starting(_code(pipeline, text), trigger)
    assert place_and_country(e) == place, e.reasons


@pytest.mark.model
def test_a_square_named_with_a_town_tagged_as_a_person_as_its_owner(pipeline: Any) -> None:
    # "Kiev" is tagged PERSON: no place mention lends its point; the owner is read in the gazetteer
    text = "Thousands of opposition supporters poured into Kiev's Independence Square on Monday."
    e = event_starting(_code(pipeline, text), "poured")
    assert place_and_country(e) == ("Kyiv", "UKR"), e.reasons
