"""Whom an event is aimed at, twelfth session (issues 11 and 12): a judgement, welcome or acceptance
of an accord or talks told before, named by a definite noun ("welcomed the agreement", "denounced
the pact"), is aimed at the parties of that accord (code/joint.accord_judged). Every text is
written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.records import Event

pytestmark = pytest.mark.model

PUB = dt.date(2011, 5, 3)


def _event(pipeline: Any, text: str, trigger: str) -> Event:
    events = [e for e in code_events(pipeline, text, PUB) if trigger in e.event_text]
    assert events, f"no event on '{trigger}'"
    return events[-1]


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # a welcome of the accord told in the sentence before
        (
            "Ethiopia and Eritrea signed a border agreement in Algiers on Tuesday. "
            "The European Union welcomed the agreement.",
            "welcomed",
            {"ETH", "ERI"},
        ),
        # a condemnation two paragraphs on; the judge's own country is left out
        (
            "Kenya's government and Somali rebels struck a deal on Monday.\n\n"
            "Fighting continued near the border. Egypt denounced the deal as a threat to the region.",
            "denounced",
            {"KEN", "SOM"},
        ),
        # talks told before, welcomed
        (
            "Indian and Pakistani leaders met in Lahore on Sunday. China praised the talks.",
            "praised",
            {"IND", "PAK"},
        ),
    ],
)
def test_a_judged_accord_is_aimed_at_its_parties(pipeline: Any, text: str, trigger: str, countries: set[str]) -> None:
    e = _event(pipeline, text, trigger)
    assert country_set(e.recipient) == countries
    assert any("judged" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an indefinite noun names no accord told before
        (
            "Ethiopia and Eritrea signed a border agreement in Algiers on Tuesday. "
            "Sudan said it welcomed any agreement that brings peace.",
            "welcomed",
        ),
        # no accord or talks told before
        ("Troops clashed on the border on Monday. The European Union welcomed the agreement.", "welcomed"),
    ],
)
def test_no_accord_told_before_names_no_party(pipeline: Any, text: str, trigger: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if trigger in e.event_text]
    for e in events:
        assert not any("judged (" in r for r in e.reasons)
