"""Whole articles (issue 11, stories): what a sentence owes to the sentences before it. Each test
codes a short story written for it (none taken from a gold set): "it" and "they" as the subject
of a main clause, "the council" or "the party" after the organisation was named, and a verb
coordinated with a reported clause ("X said the vote was illegal and accused Y ...")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, one_event
from newsevents.records import Event

pytestmark = pytest.mark.model


PUB = dt.date(2024, 6, 12)


def _code(pipeline: Any, text: str) -> list[Event]:
    return code_events(pipeline, text, PUB)


def _one(pipeline: Any, text: str, trigger: str) -> Event:
    return one_event(pipeline, text, trigger, PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The United States imposed sanctions on Iran. It also expelled two Iranian diplomats.", "expelled", "USA"),
        ("The Philippines protested to China on Monday. It also summoned the Chinese ambassador.", "summoned", "PHL"),
        (
            "Kenya's army said it had entered Somalia. On Tuesday it shelled a rebel camp near Kismayo.",
            "shelled",
            "KEN",
        ),
    ],
)
def test_it_is_the_body_named_as_the_actor_of_a_main_clause(pipeline: Any, text: str, trigger: str, actor: str) -> None:
    e = _one(pipeline, text, trigger)
    assert actor in country_set(e.actor)
    assert any("the last body named" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            "The European Union and the United States condemned the coup. They urged the junta to free the president.",
            "urged",
            {"USA", None},
        ),
        (
            "Kenyan police arrested 40 protesters in Nairobi on Monday. "
            "On Tuesday they detained two opposition leaders.",
            "detained",
            {"KEN"},
        ),
    ],
)
def test_they_is_the_group_named_as_the_actor_of_a_main_clause(
    pipeline: Any, text: str, trigger: str, actors: set[str | None]
) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.actor) == actors
    assert any("the last group named" in r for r in e.reasons)


def test_rebels_taken_up_by_they_keep_their_sector(pipeline: Any) -> None:
    e = _one(
        pipeline, "Rebels seized the town of Kidal on Friday. They later attacked an army base near Gao.", "attacked"
    )
    assert {a.sector for a in e.actor} == {"REB"}


def test_it_in_a_subordinate_clause_is_not_taken_up(pipeline: Any) -> None:
    # "it" is the treaty here, no actor: a clause under "whether" takes up no body
    text = (
        "Russia recalled its ambassador to Estonia on Monday. The treaty goes to the court, "
        "which will rule on whether it violates the constitution."
    )
    assert [e.event_text for e in _code(pipeline, text) if e.sentence_index == 1] == []


def test_it_takes_up_only_a_body_of_the_last_two_sentences(pipeline: Any) -> None:
    text = (
        "Sweden expelled a Russian diplomat on Monday. Relations had been tense for months. "
        "Trade fell sharply. Officials met in Geneva in May. It later recalled its ambassador."
    )
    assert [e for e in _code(pipeline, text) if e.event_text == "recalled"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Mugabe fired his deputy amid a purge in the ruling ZANU-PF. "
            "On Tuesday the party accused the army chief of treason.",
            "accused",
            "ZWE",
        ),
        (
            "The U.N. Security Council condemned the attack on Monday. The council also called on Israel to withdraw.",
            "called",
            None,
        ),
    ],
)
def test_a_definite_noun_is_the_organisation_named_before(
    pipeline: Any, text: str, trigger: str, actor: str | None
) -> None:
    e = _one(pipeline, text, trigger)
    assert e.actor and country_set(e.actor) == {actor}
    assert any("named before" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Sweden said the vote was illegal and accused Russia of interference.", "accused", "SWE"),
        ("Chile's foreign ministry said the decision was a mistake and urged Peru to reconsider.", "urged", "CHL"),
        ("Japan said five missiles had landed in its waters and lodged a protest with Beijing.", "lodged", "JPN"),
    ],
)
def test_a_verb_coordinated_with_a_reported_clause_is_the_speakers(
    pipeline: Any, text: str, trigger: str, actor: str
) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.actor) == {actor}
    assert any("the speaker of 'said'" in r for r in e.reasons)


def test_a_coordinated_verb_keeps_a_subject_that_names_a_party(pipeline: Any) -> None:
    e = _one(pipeline, "Police said the army had seized the town and arrested 20 rebels.", "arrested")
    assert {a.sector for a in e.actor} == {"MIL"}
