"""Story recall, sixteenth session (storyrec26): acts a story tells in a clause the coder had thrown
away as background. "that" after a noun set beside a name tells what the named party did ("the
Movement, a rebel group that signed a deal"); a past "when" clause with its own subject under a
background relative clause ("the dispute, which began when X attacked Y") is an act of its own, as
an "after" clause is. Every sentence here was written for the project (never gold text)."""

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
