"""Mechanisms of sentrec52 (issue 11, sentence recall), each on sentences written for this test
(none taken from a gold or blind set): an attack by an unnamed means told in a time clause or in a
relative clause of the means (participants/unknown.py, lexicon attack_setting_marks), only where its
means is the clause's subject, its tense is simple, it is no year-dated history, and its target's words
or its own clause name where it was."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, code_on, one_event

pytestmark = pytest.mark.model


PUB = dt.date(2019, 5, 14)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


def test_missiles_striking_in_an_as_clause_are_an_attack_by_an_unnamed_hand(pipeline: Any) -> None:
    text = "Sirens sounded in Odesa on Friday as missiles struck military depots across Ukraine."
    e = _one(pipeline, text, "struck")
    assert e.event == "ASSAULT"
    assert e.actor == ()


def test_a_bomb_in_a_when_clause_is_an_attack_by_an_unnamed_hand(pipeline: Any) -> None:
    text = "Schools closed on Monday when a bomb ripped through a police patrol car in Quetta."
    e = _one(pipeline, text, "ripped")
    assert e.event == "ASSAULT"
    assert e.actor == ()


def test_a_setting_placed_only_by_its_head_clause_stays_uncoded(pipeline: Any) -> None:
    # the harbour is where the ship sank; whose people the blasts hit the sentence does not say
    text = "The ferry Sea Star sank in Mombasa port on Tuesday after two explosions tore through its hull."
    events = _code(pipeline, text)
    assert not [e for e in events if e.event_text == "tore"]


def test_a_setting_whose_place_is_only_the_head_clauses_stays_uncoded(pipeline: Any) -> None:
    text = "Blasts were heard in Lviv and Lutsk on Monday as rockets struck army depots."
    events = _code(pipeline, text)
    assert not [e for e in events if e.event_text == "struck"]


def test_a_setting_whose_target_takes_the_datelines_country_stays_uncoded(pipeline: Any) -> None:
    # the helicopter is given the country the story is filed from, not its own
    text = "Two ministers died when their helicopter was hit by rockets over Goma on Tuesday."
    events = code_on(pipeline, text, "2019-05-14", dateline="NAIROBI")
    assert not [e for e in events if e.event_text == "hit"]


def test_a_relative_clause_of_the_bombs_tells_their_attack(pipeline: Any) -> None:
    text = "Investigators said the bombs that ripped through two buses in Lahore on Monday were made locally."
    e = _one(pipeline, text, "ripped")
    assert e.event == "ASSAULT"


def test_a_relative_clause_in_the_perfect_tells_a_toll_not_an_attack(pipeline: Any) -> None:
    text = "Officials in Kabul said the mines that have killed thousands of Afghan farmers must be cleared."
    events = _code(pipeline, text)
    assert not [e for e in events if e.event_text == "killed"]


def test_a_relative_clause_dated_by_a_year_alone_tells_a_history(pipeline: Any) -> None:
    text = "Prosecutors charged two agents with planting the bomb that destroyed the airliner over Ireland in 1990."
    events = _code(pipeline, text)
    assert not [e for e in events if e.event_text == "destroyed"]


def test_a_relative_clause_with_a_subject_of_its_own_is_not_the_means(pipeline: Any) -> None:
    events = _code(pipeline, "Investigators said the car that the minister drove through Lahore on Monday was stolen.")
    assert not [e for e in events if e.event == "ASSAULT"]


def test_a_person_killed_in_a_time_clause_with_no_means_named_stays_uncoded(pipeline: Any) -> None:
    # an agentless passive in a setting tells the background of the main act, not an attack
    text = "The two rebel factions signed a truce in Luanda on Friday, a month after their leader was shot dead."
    events = _code(pipeline, text)
    assert not [e for e in events if e.event_text == "shot"]


def test_a_storm_in_a_time_clause_is_no_attack(pipeline: Any) -> None:
    events = _code(pipeline, "Flights were cancelled in Manila on Monday as a typhoon hit the coast of Luzon.")
    assert not [e for e in events if e.event == "ASSAULT"]


def test_a_condition_is_still_no_attack(pipeline: Any) -> None:
    text = "Officials in Kabul said the talks would end if rockets struck the capital again."
    events = _code(pipeline, text)
    assert not [e for e in events if e.event_text == "struck"]
