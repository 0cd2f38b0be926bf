"""Whole stories, round 10 (issue 11): the wire story's ways of naming again who acted and of
telling an act again. Each test codes a short story written for it (none taken from a gold set): a
person told by age alone ("the 71-year-old"), "the two men" / "both neighbours" after the pair was
named in the sentence, a crowd told by a number alone ("some 40,000 rallied"), a possessive owner
over the dateline, and forces moving into the country their state attacked."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event
from newsevents.participants.anaphora import age_epithet
from newsevents.records import Article

pytestmark = pytest.mark.model

PUB = dt.date(2019, 3, 6)


_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("words", "ok"),
    [
        ("the 93-year-old", True),
        ("The 56-year-old leader", True),
        ("the seventy-year-old", True),
        ("the 33-year-old Skripal", False),  # a name follows: the phrase names the person itself
        ("the old leader", False),
        ("a 40-year-old man", False),  # not a definite phrase: someone new
    ],
)
def test_age_epithet(words: str, ok: bool) -> None:
    assert age_epithet(words) is ok


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Peruvian President Martin Vizcarra met union leaders on Monday. "
            "The 56-year-old resigned as party chairman on Tuesday.",
            "resigned",
            "PER",
        ),
        (
            "Crowds gathered outside the palace in Harare, where Robert Mugabe has ruled since 1980. "
            "On Tuesday the 93-year-old accused his deputy of plotting a coup.",
            "accused",
            "ZWE",
        ),
    ],
)
def test_a_person_told_by_age_is_the_last_person_named(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country in country_set(e.actor)
    assert any("the last person named before" in r for r in e.reasons)


def test_an_age_without_a_person_before_names_no_one(pipeline: Any) -> None:
    events = code_events(pipeline, "The 56-year-old resigned as party chairman on Tuesday.", PUB)
    assert not any("the last person named before" in r for e in events for r in e.reasons)


def test_the_two_men_are_the_two_people_of_their_sentence(pipeline: Any) -> None:
    text = (
        "Vladimir Putin arrived in Beijing on Tuesday, was welcomed by Xi Jinping at the airport, and "
        "the two men held talks for three hours."
    )
    e = _one(pipeline, text, "held")
    assert {"RUS", "CHN"} <= country_set(e.actor)
    assert any("named before in the sentence" in r for r in e.reasons)


def test_the_two_men_without_two_people_named_stay_unnamed(pipeline: Any) -> None:
    text = "Police in Lagos arrested a journalist on Monday. The two men were later freed on bail."
    assert not any("the two people named last" in r for e in code_events(pipeline, text, PUB) for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("On Sunday, about half a million marched on the presidential palace in Manila.", "marched", "PHL"),
        ("Some 40,000 rallied in Santiago on Friday to demand new elections.", "rallied", "CHL"),
    ],
)
def test_a_crowd_told_by_a_number_alone_protests(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert e.event == "PROTEST"
    assert country in country_set(e.actor)
    assert any("a crowd told by its number" in r for r in e.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Three marched on the palace in Manila on Sunday.",  # a few people: no crowd
        "About 300 of the soldiers marched on the palace in Manila on Sunday.",  # a number of some group
    ],
)
def test_a_small_number_or_a_number_of_a_group_is_no_crowd(pipeline: Any, text: str) -> None:
    events = code_events(pipeline, text, PUB)
    assert not any("a crowd told by its number" in r for e in events for r in e.reasons)


def test_the_two_leaders_are_the_two_people_of_their_sentence(pipeline: Any) -> None:
    text = (
        "China condemned the missile launch on Monday. "
        "Japanese Prime Minister Fumio Kishida, who was in Seoul for talks with South Korean President "
        "Yoon Suk Yeol, said the two leaders agreed to share radar data."
    )
    e = _one(pipeline, text, "agreed")
    assert country_set(e.actor) == {"JPN", "KOR"}
    assert any("named before in the sentence" in r for r in e.reasons)


def test_both_neighbours_are_the_pair_of_countries_named_together_in_their_sentence(pipeline: Any) -> None:
    text = (
        "Brazil raised tariffs on Chinese steel on Monday. "
        "It dropped the duties it had set on imports from Argentina and Uruguay after both neighbours "
        "agreed to curb cattle smuggling."
    )
    e = _one(pipeline, text, "agreed")
    assert country_set(e.actor) == {"ARG", "URY"}
    assert any("named together before in the sentence" in r for r in e.reasons)


def test_two_countries_not_coordinated_leave_the_pair_to_the_actors_named_last(pipeline: Any) -> None:
    text = "Iran and Iraq sent delegations to Geneva in Switzerland, where the two sides agreed to a truce."
    events = code_events(pipeline, text, PUB)
    assert not any("named together before in the sentence" in r for e in events for r in e.reasons)


def test_a_possessive_owner_wins_over_the_dateline_country(pipeline: Any) -> None:
    text = (
        "Kenyan troops of an African Union force landed in Mogadishu on Monday to secure the port. "
        "Their commander met Somali officials shortly after arriving."
    )
    article = Article(id="t", text=text, pub_date=PUB, dateline="MOGADISHU")
    events = list(pipeline.code(article).events)
    met = [e for e in events if e.event_text == "met"]
    assert met and "KEN" in country_set(met[0].actor), [(e.event_text, e.actor) for e in events]


def test_forces_moving_into_the_country_their_state_attacked_tell_the_attack_again(pipeline: Any) -> None:
    text = (
        "Ethiopia invaded Somalia on Tuesday to drive out Islamist fighters. "
        "Ethiopian troops entered Baidoa hours later, residents said."
    )
    events = code_events(pipeline, text, PUB)
    assert [e.event for e in events] == ["ASSAULT"], [(e.event, e.event_text) for e in events]
    assert {m[0] for m in events[0].mentions} == {0, 1}


def test_forces_moving_into_another_country_are_a_deployment_of_their_own(pipeline: Any) -> None:
    text = (
        "Ethiopia invaded Somalia on Tuesday to drive out Islamist fighters. "
        "Ethiopian troops entered Kenya on Tuesday to guard refugee camps."
    )
    events = code_events(pipeline, text, PUB)
    assert "MOBILIZE" in {e.event for e in events}, [(e.event, e.event_text) for e in events]
