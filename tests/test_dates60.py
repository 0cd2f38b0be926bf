"""Dates of the dates60 session (when/nountime.py). Every text is written for this test (none is taken
from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event

PUB = dt.date(2019, 4, 12)  # a Friday


def _at(events: list[Event], trigger: str) -> Event | None:
    return next((e for e in events if e.event_text == trigger), None)


@pytest.mark.model
def test_a_noun_named_act_in_a_counted_time_clause_takes_its_verbs_day(pipeline: Any) -> None:
    text = "The junta accused Chad of sending troops on Friday, a day after Sudan announced an end to its blockade."
    ev = _at(code_events(pipeline, text, PUB), "end")
    assert ev is not None
    assert ev.date == "2019-04-11", ev.reasons  # the announcing's day, a day before Friday; not publication


@pytest.mark.model
def test_a_noun_named_act_takes_its_verbs_own_day_as_before(pipeline: Any) -> None:
    ev = _at(code_events(pipeline, "Sudan announced an end to its blockade on Thursday.", PUB), "end")
    assert ev is not None
    assert ev.date == "2019-04-11", ev.reasons


@pytest.mark.model
def test_a_noun_outside_a_time_clause_keeps_no_day(pipeline: Any) -> None:
    # no time clause: the noun has no day of its own, nothing here moves it
    ev = _at(code_events(pipeline, "Sudan announced an end to its blockade.", PUB), "end")
    assert ev is not None
    assert ev.date == "2019-04-12", ev.reasons
    assert ev.date_precision == "publication"


@pytest.mark.model
def test_an_act_counted_in_days_before_a_told_act_takes_that_acts_day_shifted(pipeline: Any) -> None:
    text = (
        "The rebels attacked the port of Kismu on Thursday, killing nine sailors.\n\n"
        "Two days before the attack, the army chief warned that the rebels would strike the coast."
    )
    ev = _at(code_events(pipeline, text, PUB), "warned")
    assert ev is not None
    assert ev.date == "2019-04-09", ev.reasons  # Thursday less two days; not the publication day


@pytest.mark.model
def test_an_act_on_the_day_of_a_told_act_takes_its_day(pipeline: Any) -> None:
    text = "Iraqi forces invaded the emirate on Tuesday.\n\nWashington froze Iraqi assets on the day of the invasion."
    ev = _at(code_events(pipeline, text, PUB), "froze")
    assert ev is not None
    assert ev.date == "2019-04-09", ev.reasons


@pytest.mark.model
def test_a_count_that_lands_after_publication_or_names_no_told_act_fixes_nothing(pipeline: Any) -> None:
    # a week after a Tuesday raid would be after this Friday's publication: no day is told
    text = "The rebels attacked the port of Kismu on Tuesday.\n\nA week after the attack, the navy blockaded the coast."
    ev = _at(code_events(pipeline, text, PUB), "blockaded")
    assert ev is not None
    assert ev.date_precision == "publication", ev.reasons
    # "the arrest" names no act the story told ("detained" is another word): nothing moves
    text = "Soldiers detained the governor on Wednesday.\n\nTwo days after the arrest, the chief warned of strikes."
    ev = _at(code_events(pipeline, text, PUB), "warned")
    assert ev is None or ev.date_precision == "publication"
