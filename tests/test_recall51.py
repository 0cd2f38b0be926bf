"""Mechanisms of sentrec51 (issue 11, sentence recall), each on sentences written for this test
(none taken from a gold or blind set): "they" of a crowd's act in an "as" clause
(participants/insentence.py). The person handed to someone without "over" (verb_frames 063) was taken out
at the merge (docs/verb-frames.md)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, one_event

pytestmark = pytest.mark.model


PUB = dt.date(2019, 5, 14)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


def test_they_of_a_march_in_an_as_clause_are_the_people_the_police_beat(pipeline: Any) -> None:
    text = "Riot police beat dozens of students in Minsk on Friday as they marched to demand new elections."
    e = _one(pipeline, text, "marched")
    assert e.event == "PROTEST"
    assert [a.entity_text for a in e.actor] == ["students in Minsk"]


def test_they_of_a_demand_in_an_as_clause_are_the_subject_when_no_people_are_acted_on(pipeline: Any) -> None:
    text = "Rioters burned shops in Bamako on Thursday as they demanded the resignation of the president."
    e = _one(pipeline, text, "demanded")
    assert e.event == "REQUEST"
    assert [a.entity_text for a in e.actor] == ["Rioters"]


def test_they_of_an_advance_in_an_as_clause_stay_open(pipeline: Any) -> None:
    # not a crowd's act: "as" sets a scene whose "they" may be either side
    events = _code(pipeline, "Troops fired on the rebels in Goma on Monday as they advanced on the city.")
    assert not [e for e in events if e.event_text == "advanced"]
