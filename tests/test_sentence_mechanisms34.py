"""Mechanisms of the thirty-fourth session (issue 11, sentence recall, sent34), on sentences written for
this test (none taken from a gold or blind set). The session restored sent32's order family (an order
read as the act it imposes, tests/test_sentence_mechanisms32.py) and repaired what the acts it finds
brought with them: the day a measure takes effect ("effective from March 10") read as the nearest such
day, not a year back; an act told again with a definite object ("imposed the duties") aimed at whom it
was aimed the first time, not at whoever acted last; a warning of reprisal told by its means ("would
respond with tariffs on ...") is that act."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, shown

pytestmark = pytest.mark.model


def _countries(refs: Any) -> set[str]:
    return {r.country for r in refs if r.country}


# the day a measure takes effect (lexicon effective_marks; when/dating.effective_date)


@pytest.mark.parametrize(
    ("pub", "expected"),
    [
        (dt.date(2019, 6, 3), "2019-06-10"),  # announced a week ahead: not 2018-06-10
        (dt.date(2019, 6, 14), "2019-06-10"),  # told after it took effect
    ],
)
def test_the_day_a_measure_takes_effect_is_the_nearest(pipeline: Any, pub: dt.date, expected: str) -> None:
    text = "Brazil announced new tariffs on Argentine wheat, effective from June 10."
    sanctions = [e for e in code_events(pipeline, text, pub) if e.event == "SANCTION"]
    assert sanctions and sanctions[0].date == expected, [(e.event, e.date, e.reasons) for e in sanctions]


def test_a_past_date_without_effect_keeps_the_past_reading(pipeline: Any) -> None:
    text = "Brazil imposed new tariffs on Argentine wheat on June 10."
    sanctions = [e for e in code_events(pipeline, text, dt.date(2019, 6, 3)) if e.event == "SANCTION"]
    assert sanctions and sanctions[0].date == "2018-06-10", [(e.event, e.date) for e in sanctions]


# an act told again with a definite object (code/toldbefore.retold_target)


STORY = (
    "Brazil's new duties on imports from Argentina took effect on Monday. "
    "Chile announced tariffs on beef from Brazil the same day. "
    "Brazil imposed the duties citing unfair subsidies."
)


def test_an_act_told_again_keeps_its_target(pipeline: Any) -> None:
    events = code_events(pipeline, STORY, dt.date(2019, 6, 4))
    told = [e for e in events if e.event == "SANCTION" and _countries(e.actor) == {"BRA"}]
    assert len(told) == 1 and _countries(told[0].recipient) == {"ARG"} and len(told[0].mentions) == 2, [
        (e.event, e.event_text, _countries(e.actor), _countries(e.recipient)) for e in events
    ]


def test_new_measures_are_no_retelling(pipeline: Any) -> None:
    text = STORY.replace("imposed the duties", "imposed new duties")
    events = code_events(pipeline, text, dt.date(2019, 6, 4))
    later = [e for e in events if e.event == "SANCTION" and e.sentence_index == 2]
    assert later and "CHL" in _countries(later[0].recipient), [
        (e.event, e.event_text, _countries(e.recipient)) for e in events
    ]


# a warning of reprisal told by its means (derive/statements.warning)


def test_a_reprisal_told_by_its_means_is_that_act(pipeline: Any) -> None:
    text = "The Peruvian president said on Monday that Lima would respond with tariffs on wine from Chile."
    events = code_events(pipeline, text, dt.date(2019, 6, 4))
    assert [e.event for e in events] == ["SANCTION"], shown(pipeline, text, dt.date(2019, 6, 4))
    assert _countries(events[0].recipient) == {"CHL"}


def test_a_reprisal_with_no_means_stays_a_warning(pipeline: Any) -> None:
    text = "The Peruvian president said on Monday that Lima would respond."
    events = code_events(pipeline, text, dt.date(2019, 6, 4))
    assert "THREATEN" in {e.event for e in events}, shown(pipeline, text, dt.date(2019, 6, 4))


# a demand told by the mandative subjunctive (code_rules demand_modals: subjunctive; derive/codes.demand)


def test_a_subjunctive_after_insist_is_a_demand(pipeline: Any) -> None:
    text = "The Brazilian president insisted on Monday that Argentina withdraw its troops from the border."
    requests = [e for e in code_events(pipeline, text, dt.date(2019, 6, 4)) if e.event == "REQUEST"]
    assert requests and _countries(requests[0].recipient) == {"ARG"}, shown(pipeline, text, dt.date(2019, 6, 4))


def test_an_indicative_after_insist_is_no_demand(pipeline: Any) -> None:
    text = "The Brazilian president insisted on Monday that Argentina had withdrawn its troops from the border."
    events = code_events(pipeline, text, dt.date(2019, 6, 4))
    assert "REQUEST" not in {e.event for e in events}, shown(pipeline, text, dt.date(2019, 6, 4))


# a statement told in a time clause of a meeting's clause is made at the meeting (where/said.meeting_setting)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Brazil and Argentina in Montevideo collapsed on Monday after the Brazilian president"
        " demanded that Argentina withdraw its troops from the border.",
        "The Montevideo summit collapsed on Monday when the Brazilian president demanded that Argentina"
        " withdraw its troops from the border.",
    ],
)
def test_a_statement_at_talks_is_placed_at_the_talks(pipeline: Any, text: str) -> None:
    requests = [e for e in code_events(pipeline, text, dt.date(2019, 6, 4)) if e.event == "REQUEST"]
    assert requests and requests[0].event_loc is not None, shown(pipeline, text, dt.date(2019, 6, 4))
    assert requests[0].event_loc.resolved_place == "Montevideo", requests[0].reasons


# a clause after "and" with its own subject, parsed as the complement of the verb before it, is dated as a
# conjunct (when/stage.py with code/clauses.coordinated_clause)


def test_a_coordinated_clause_parsed_as_a_complement_shares_the_date(pipeline: Any) -> None:
    text = (
        "The American president on Friday ordered 20 percent tariffs on imports from Japan and Korea and 5 percent"
        " on goods from Vietnam, and Japanese Prime Minister Taro Aso responded with retaliatory tariffs on"
        " $40 billion of U.S. goods."
    )
    events = code_events(pipeline, text, dt.date(2019, 6, 4))
    answer = [e for e in events if e.event_text == "responded"]
    assert answer and answer[0].date == "2019-05-31", [(e.event_text, e.date) for e in events]
