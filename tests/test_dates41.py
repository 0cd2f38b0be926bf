"""Dates of the dates41 session (when/background.py): an act told in the past perfect in a relative clause
of a noun. Every text is written for this test (none is taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event

PUB = dt.date(2019, 4, 12)  # a Friday: Thursday is 04-11


def _at(events: list[Event], trigger: str) -> Event:
    return next(e for e in events if e.event_text == trigger)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels who had overrun the garrison at Tumba surrendered on Thursday after the minister flew in.", "overrun"),
    ],
)
def test_a_subjects_relative_past_perfect_with_no_date_of_its_own_has_no_day(
    pipeline: Any, text: str, trigger: str
) -> None:
    ev = _at(code_events(pipeline, text, PUB), trigger)
    assert ev.date is None, ev.reasons  # before the act of its noun's clause: not Thursday, not publication
    assert ev.date_precision == "unknown"
    assert any("relative clause in the past perfect" in r for r in ev.reasons)


@pytest.mark.model
def test_an_objects_relative_past_perfect_keeps_the_scenes_day(pipeline: Any) -> None:
    # the participants of the scene told by what they did there: dated with the scene, as before
    text = "Police on Thursday freed two reporters who had been abducted by gunmen and beaten."
    ev = _at(code_events(pipeline, text, PUB), "abducted")
    assert ev.date == "2019-04-11", ev.reasons


@pytest.mark.model
def test_a_relative_past_perfect_keeps_a_date_of_its_own(pipeline: Any) -> None:
    ev = _at(
        code_events(pipeline, "Rebels who had overrun the garrison in January surrendered on Thursday.", PUB), "overrun"
    )
    assert ev.date == "2019-01", ev.reasons


@pytest.mark.model
def test_a_relative_past_perfect_told_before_keeps_the_first_day(pipeline: Any) -> None:
    text = "Rebels seized the garrison at Tumba on Monday. Rebels who had seized the garrison surrendered on Thursday."
    events = code_events(pipeline, text, PUB)
    assert all(e.date == "2019-04-08" for e in events if e.event_text == "seized"), [e.reasons for e in events]


@pytest.mark.model
def test_a_main_clause_past_perfect_keeps_the_backdrop_rule(pipeline: Any) -> None:
    # the past perfect told as the backdrop of the occasion before it (dating.backdrop) is not touched
    text = "Troops shelled the village of Orno on Thursday. The rebels had attacked an army convoy near the village."
    assert _at(code_events(pipeline, text, PUB), "attacked").date == "2019-04-11"


@pytest.mark.model
def test_a_reported_past_perfect_keeps_the_sayings_day(pipeline: Any) -> None:
    ev = _at(code_events(pipeline, "The army said on Thursday it had arrested the rebel commander.", PUB), "arrested")
    assert ev.date == "2019-04-11", ev.reasons
