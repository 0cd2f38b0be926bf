"""A "for NP to VP" clause after a verb of asking tells an act wanted, not done (sixteenth session,
dev26): the verb takes "for" and the wanted verb as its context, so "called for", "pushed for" match,
and the clause's subject is whom it is aimed at ("called for the UN to play a role": a request to the
UN); the act wanted is no event of its own (lexicon mandative_heads, code/clauses.demanded), now also
after "push", "lobby" and "campaign". Sentences written for this test, none taken from a gold set."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set

pytestmark = pytest.mark.model

PUB = dt.date(2024, 6, 12)
_code = partial(code_events, pub_date=PUB)


def _told(events: list[Any], trigger: str) -> list[Any]:
    """Events on ``trigger`` told as done or to come (what the default export keeps)."""
    return [e for e in events if e.event_text == trigger and e.modality in {"asserted", "future"}]


@pytest.mark.parametrize(
    ("text", "trigger", "wanted"),
    [
        ("Rebels are pushing for the president to step down.", "pushing", "step down"),
        ("Britain is pushing hard for the EU to support its trade plan.", "pushing", "support"),
        ("Chile pressed for Peru to free the two detained fishermen.", "pressed", "free"),
    ],
)
def test_the_wanted_act_is_not_told_as_done(pipeline: Any, text: str, trigger: str, wanted: str) -> None:
    events = _code(pipeline, text)
    # the wanted act is what is asked: no event of its own, not even a hypothetical one
    assert not [e for e in events if e.event_text == wanted], [(e.event, e.event_text, e.modality) for e in events]
    asked = _told(events, trigger)
    assert [e.event for e in asked] == ["REQUEST"], [(e.event, e.event_text, e.modality) for e in events]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Exiles lobbied for the Senate to lift the embargo on the island.", "lift"),
        ("Human rights groups campaigned for the government to free the detained journalists.", "free"),
    ],
)
def test_an_act_lobbied_or_campaigned_for_is_not_told(pipeline: Any, text: str, wanted: str) -> None:
    assert not [e for e in _code(pipeline, text) if e.event_text == wanted]


def test_the_subject_of_the_wanted_act_is_the_recipient(pipeline: Any) -> None:
    events = _code(pipeline, "France and Germany called for the United Nations to lead the rebuilding of Iraq.")
    asked = _told(events, "called")
    assert [e.event for e in asked] == ["REQUEST"]
    assert country_set(asked[0].actor) == {"FRA", "DEU"}
    assert [r.code for r in asked[0].recipient] == ["IGOUNO"]


def test_push_for_is_a_request(pipeline: Any) -> None:
    asked = _told(_code(pipeline, "The Ukrainian opposition pushed for an entirely new vote."), "pushed")
    assert [e.event for e in asked] == ["REQUEST"]


def test_a_push_for_as_a_noun_is_no_request(pipeline: Any) -> None:
    # the noun names an effort ("a push for an inquiry"), not an appeal made: the pattern is the verb's
    events = _code(pipeline, "Lima raised duties on Chilean fruit, seen as a reply to Santiago's push for an audit.")
    assert not [e for e in events if e.event_text == "push"]


def test_an_infinitive_without_for_keeps_its_own_act(pipeline: Any) -> None:
    # "for" with no subject of its own is a purpose, not a wish: the act is told
    events = _code(pipeline, "Kenyan police arrested 40 protesters in Nairobi for blocking a highway.")
    assert [e.event for e in _told(events, "arrested")] == ["COERCE"]
