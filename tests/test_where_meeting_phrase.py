"""A place in a phrase nested in the meeting's own phrase is the meeting's place, also where the meeting
noun itself stands in a phrase ("during four hours of talks at an estate near X", "after talks at a villa
outside X"): the walk up from the place stops at the trigger and at the span the meeting is told by.

Sentences written for these tests; the pipeline is the session's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, Event

DAY = dt.date(2019, 6, 14)


def _consult(pipeline: Any, text: str) -> Event:
    coded = pipeline.code(Article(id="wm", text=text, pub_date=DAY))
    return next(e for e in coded.events if e.cameo.startswith("04"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The presidents of Peru and Chile pledged to settle the dispute after talks at a ranch outside Arica"
            " on Thursday.",
            "Arica",
        ),
        (
            "The prime ministers of Greece and Turkey agreed to reopen the crossing during six hours of talks"
            " at a hotel near Thessaloniki on Thursday.",
            "Thessaloniki",
        ),
    ],
)
def test_a_place_nested_in_the_meetings_phrase_is_its_place(pipeline: Any, text: str, town: str) -> None:
    event = _consult(pipeline, text)
    assert event.event_loc is not None and event.event_loc.extracted_place == town, event.reasons


@pytest.mark.model
def test_a_place_of_what_the_talks_were_about_is_not_their_place(pipeline: Any) -> None:
    text = "The presidents of Peru and Chile held talks on Thursday on the future of the border near Arica."
    event = _consult(pipeline, text)
    assert event.event_loc is None or event.event_loc.extracted_place != "Arica", event.reasons
