"""Mechanisms of the twenty-eighth session (issue 11, sentences, sent28: built from the misses of rounds
18 to 27), each on sentences written for this test (none taken from a gold or blind set): an aircraft
downed by an unnamed hand (aimed at the people it carries) and the object of an order that is an armed
force doing the ordered act (forces turning back); with traps in other senses."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import events_of, shown

pytestmark = pytest.mark.model

PUB = dt.date(2019, 5, 14)


_of = partial(events_of, pub_date=PUB)


_shown = partial(shown, pub_date=PUB)


# an aircraft downed by an unnamed hand (participants/unknown.py, lexicon downed_aircraft)


@pytest.mark.parametrize(
    "text",
    [
        "A military transport plane carrying the defence minister was shot down near Goma on Tuesday.",
        "A cargo helicopter was shot down over Mogadishu on Sunday, killing its crew.",
    ],
)
def test_an_aircraft_shot_down_by_no_one_named_is_an_attack(pipeline: Any, text: str) -> None:
    found = _of(pipeline, text, "ASSAULT")
    assert found and not found[0].actor, _shown(pipeline, text)


def test_an_attack_on_a_carrier_is_aimed_at_whom_it_carries(pipeline: Any) -> None:
    # participants/recipients.passengers, lexicon carrier_nouns and carrying_verbs
    text = "A plane carrying the foreign ministers of Chad and Niger was shot down near Goma on Tuesday."
    found = _of(pipeline, text, "ASSAULT")
    assert found and {r.country for r in found[0].recipient} == {"TCD", "NER"}, [
        (e.event, [r.country for r in e.recipient]) for e in found
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A small plane crashed near Goma on Tuesday, killing its pilot.",
        "The minister's plan was shot down in Nairobi on Tuesday.",
    ],
)
def test_no_aircraft_downed_is_no_attack(pipeline: Any, text: str) -> None:
    assert not _of(pipeline, text, "ASSAULT"), _shown(pipeline, text)


# an armed force told to act does the act (frame/frames._forces_told_to; "turn back armed-subject")


def test_forces_ordered_to_turn_back_retreat(pipeline: Any) -> None:
    text = "The general ordered his troops to turn back from the capital on Saturday."
    found = _of(pipeline, text, "RETREAT")
    assert found and not _of(pipeline, text, "MOBILIZE"), _shown(pipeline, text)


def test_forces_turning_back_retreat(pipeline: Any) -> None:
    text = "Government troops turned back from the capital on Saturday."
    assert _of(pipeline, text, "RETREAT"), _shown(pipeline, text)


def test_migrants_turned_back_are_no_retreat(pipeline: Any) -> None:
    text = "Border troops turned back hundreds of migrants at the frontier on Saturday."
    assert not _of(pipeline, text, "RETREAT"), _shown(pipeline, text)
