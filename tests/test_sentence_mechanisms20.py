"""Mechanisms of the thirteenth session (issue 11, sentences, built from the misses of rounds 16, 17
and 18), each on sentences written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, events_of

pytestmark = pytest.mark.model

PUB = dt.date(2011, 5, 18)


_code = partial(code_events, pub_date=PUB)


_of = partial(events_of, pub_date=PUB)


# a number or a part of an armed force is the force ("hundreds of troops landed")


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Canadian peacekeepers flew into Bamako on Monday to restore order.",
        "The first of 3,000 French troops landed in Abidjan on Tuesday.",
        "A contingent of Indian paratroopers flew into Male on Friday.",
    ],
)
def test_part_of_a_force_moving_in_is_deployed(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "MOBILIZE"), [(e.event, e.event_text) for e in _code(pipeline, text)]


def test_part_of_a_crowd_flying_in_is_no_deployment(pipeline: Any) -> None:
    text = "Hundreds of Canadian tourists flew into Bamako on Monday."
    assert not _of(pipeline, text, "MOBILIZE")


# forces ordered, flown or sent into a place are deployed, whatever else the verb carries


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered army troops and border agents into Karachi on Friday to end the unrest.",
        "Japan began flying troops and police to Port Vila on Monday.",
        "Spain said it would send three warships and a tanker to the Aegean.",
    ],
)
def test_forces_sent_are_deployed(pipeline: Any, text: str) -> None:
    events = _code(pipeline, text)
    assert [e for e in events if e.event == "MOBILIZE"], [(e.event, e.event_text) for e in events]
    assert not [e for e in events if e.event in {"CONSULT", "AID", "REQUEST"}]


def test_rescuers_dispatched_stay_aid(pipeline: Any) -> None:
    text = "Turkey dispatched a group of rescuers and a sniffer dog team to Iran on Tuesday after the earthquake."
    assert not _of(pipeline, text, "MOBILIZE")


# a convoy loaded with relief crossing a border brings aid


def test_convoy_with_relief_crossing_in_is_aid(pipeline: Any) -> None:
    text = "A convoy of Turkish army trucks loaded with tents and medicine crossed into Syria on Friday."
    events = _code(pipeline, text)
    assert [e.event for e in events] == ["AID"], [(e.event, e.event_text) for e in events]


# a war joined is military cooperation; refused, a rejection said where it was said


def test_war_refused_is_a_rejection_said_in_the_capital(pipeline: Any) -> None:
    text = (
        "The chancellor told parliament on Tuesday that Germany would not join in a U.S.-led war "
        "on Syria without a U.N. mandate."
    )
    (e,) = _of(pipeline, text, "REJECT")
    assert e.modality == "asserted"
    assert e.event_loc is not None and e.event_loc.country_code == "DEU", e.event_loc


def test_invasion_refused_is_a_rejection(pipeline: Any) -> None:
    assert _of(pipeline, "Chile said it would not join a U.S.-led invasion of Venezuela.", "REJECT")


def test_invasion_joined_is_cooperation(pipeline: Any) -> None:
    assert _of(pipeline, "Poland joined the U.S.-led invasion of Iraq in March.", "COOPERATE")


# a party said to bear responsibility is accused by the speaker


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. envoy told the council that the Syrian government bore responsibility for the massacre.",
        "The foreign secretary told parliament on Tuesday that war crimes had been committed in Kivu and that "
        "Rwanda's army and allied militias bore responsibility.",
    ],
)
def test_bearing_responsibility_reported_is_an_accusation(pipeline: Any, text: str) -> None:
    (e,) = _of(pipeline, text, "ACCUSE")
    assert e.event_text == "told"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they bore no responsibility for the attack.",
        "The minister said it bore responsibility.",
        "The army said the crash was an accident and that the pilot bore no responsibility.",
    ],
)
def test_own_or_denied_responsibility_is_no_accusation(pipeline: Any, text: str) -> None:
    assert not _of(pipeline, text, "ACCUSE")


def test_statement_to_a_chamber_is_made_in_the_capital(pipeline: Any) -> None:
    text = "Chile's foreign minister told a Senate committee on Thursday that Bolivia's army bore responsibility."
    (e,) = _of(pipeline, text, "ACCUSE")
    assert e.event_loc is not None and e.event_loc.resolved_place == "Santiago", e.event_loc
