"""Story recall, sixteenth session (storyrec26): acts a story tells in a clause the coder had thrown
away as background. A relative clause in the present perfect with a subject of its own tells what a
party did up to the story's day ("a vote which Moscow has condemned"), as one in the past does,
unless it lasts ("for weeks", "since May"); "that" after a noun set beside a name tells what the
named party did ("the Movement, a rebel group that signed a deal"); a past "when" clause with its
own subject ("the dispute, which began when X attacked Y") is an act of its own, as an "after"
clause is. Every sentence here was written for the project (never gold text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, Event

pytestmark = pytest.mark.model


def _code(pipeline: Any, text: str, pub: str = "2011-03-09") -> list[Event]:
    art = Article(id="t", text=text, pub_date=dt.date.fromisoformat(pub))
    return list(pipeline.code(art).events)


def _at(events: list[Event], trigger: str) -> list[Event]:
    return [e for e in events if e.event_text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        (
            "The court ruled for the opposition, whose supporters have occupied the main square in Lima.",
            "occupied",
            "PROTEST",
        ),
        (
            "Tbilisi held the referendum on Sunday, which Moscow has condemned as a provocation.",
            "condemned",
            "ACCUSE",
        ),
    ],
)
def test_a_present_perfect_relative_clause_with_its_own_subject_tells_an_act(
    pipeline: Any, text: str, trigger: str, event: str
) -> None:
    events = _code(pipeline, text)
    assert [e.event for e in _at(events, trigger)] == [event], [(e.event, e.event_text) for e in events]


def test_a_present_progressive_a_passive_state_or_a_lasting_act_stays_background(pipeline: Any) -> None:
    # "X, who has V-ed": what the party is known for ("who has vowed never to return the land")
    text = "Prime Minister Ngata, who has refused to resign, flew to Auckland on Tuesday for medical treatment."
    assert not _at(_code(pipeline, text), "refused")
    text = "Former President Ospina, who is campaigning for a No vote, led a march through Medellin on Sunday."
    assert not _at(_code(pipeline, text), "campaigning")
    text = "The opposition leader, who has been held in a military camp since May, rejected the offer."
    assert not _at(_code(pipeline, text), "held")
    # a present perfect that lasts describes the party: "for weeks", "since May"
    text = "General Ruiz, whose troops have staged exercises around the capital for weeks, called for calm."
    assert not _at(_code(pipeline, text), "staged")
    text = "The court ruled for the opposition, whose supporters have occupied the main square since May."
    assert not _at(_code(pipeline, text), "occupied")
    # nor acts counted: a history summed up
    text = "Kiribati, which has fought two wars with its neighbour, condemned the tests on Friday."
    assert not _at(_code(pipeline, text), "fought")


def test_that_after_a_noun_set_beside_a_name_tells_the_named_party_act(pipeline: Any) -> None:
    text = (
        "The Sudan People's Liberation Movement, a rebel group that signed a peace deal with Khartoum in "
        "Nairobi last month, accused the army of shelling villages near Juba."
    )
    signed = _at(_code(pipeline, text, "2004-06-08"), "signed")
    assert [e.event for e in signed] == ["AGREE"]
    # without the name beside it, "a group that signed ..." only says which group
    text = "A rebel group that signed a peace deal with Khartoum last month accused the army of shelling villages."
    assert not _at(_code(pipeline, text, "2004-06-08"), "signed")


def test_a_past_when_clause_under_a_background_clause_is_an_act_of_its_own(pipeline: Any) -> None:
    text = "The dispute, which began when Peruvian troops attacked an Ecuadorean border post in 1995, is unresolved."
    attacked = _at(_code(pipeline, text, "1998-10-20"), "attacked")
    assert [e.event for e in attacked] == ["ASSAULT"]
    assert {a.country for a in attacked[0].actor} == {"PER"}
    # a "when" clause of an act still to come tells nothing yet
    text = "The ministers will meet again when the rebels lay down their arms."
    assert not _at(_code(pipeline, text), "lay down")
