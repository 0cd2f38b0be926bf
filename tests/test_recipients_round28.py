"""Whom an event is aimed at, recip28. An attack on a "what" clause of a calling verb that the parser
reads as two objects ("struck what officials called army positions near X": ``positions`` a second
object of "called") is aimed at that second object, and the phrases of place the parser hangs on the
calling verb after it ("near X in Y") belong to the target (participants/described.py). Abkhazia and
South Ossetia are places of Georgia in the knowledge base (countries.tsv regions), as the Abkhaz and
South Ossetians already were its peoples. Every text is written for this test (none taken from a gold
or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, last_event_on

pytestmark = pytest.mark.model

PUB = dt.date(2012, 3, 7)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # a second object of the calling verb, with the place phrases hung on the verb
        ("Turkish jets struck what officials called rebel hideouts in northern Iraq on Tuesday.", "struck", "IRQ"),
        ("French aircraft bombed what the ministry called Libyan army depots near Sirte on Monday.", "bombed", "LBY"),
        # an object predicate, its place hung on the calling verb
        ("The navy shelled what it called pirate camps in Somalia early on Sunday.", "shelled", "SOM"),
    ],
)
def test_a_described_target_with_its_place_is_aimed_at_that_place(
    pipeline: Any, text: str, trigger: str, target: str
) -> None:
    e = last_event_on(pipeline, text, trigger, PUB)
    assert target in country_set(e.recipient), (e.recipient, e.reasons)


def test_the_describer_stays_no_target(pipeline: Any) -> None:
    # whose words name the target is still no recipient, and a date phrase on the verb is no place
    text = "Indian jets struck what Islamabad called an empty field near the border on Friday."
    e = last_event_on(pipeline, text, "struck", PUB)
    assert "PAK" not in country_set(e.recipient), (e.recipient, e.reasons)


def test_a_how_it_was_called_clause_names_no_target(pipeline: Any) -> None:
    # "in what X called a reprisal" says how the act was called, not what it hit
    text = "The army shelled the port on Friday, in what Moscow called a reprisal for attacks in Chechnya."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "shelled"]
    assert all("RUS" not in country_set(e.recipient) for e in events), [(e.recipient, e.reasons) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Moscow recognised the independence of Abkhazia on Tuesday.", "recognised"),
        ("Nicaragua recognised South Ossetia as an independent state on Wednesday.", "recognised"),
    ],
)
def test_breakaway_regions_of_georgia_are_georgia(pipeline: Any, text: str, trigger: str) -> None:
    e = last_event_on(pipeline, text, trigger, dt.date(2008, 9, 4))
    assert "GEO" in country_set(e.recipient), (e.recipient, e.reasons)
