"""Verb families of the thirty-fourth session (issue 11, trig34: built from the missed groups of rounds
20-33 sentences and PLOVER dev whose trigger had a frame but no pattern), each on sentences written for
this test (none taken from a gold or blind set), with traps in other senses: aid signed into law,
military operations begun, picket lines set up or formed, allies standing shoulder to shoulder, and
objections and vetoes dropped; and the countries a thing is for ("aid for Ukraine and Moldova") are
parties, not the place of the act that gives it."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_on, events_of, shown

pytestmark = pytest.mark.model

PUB = dt.date(2021, 3, 9)

_of = partial(events_of, pub_date=PUB)
_shown = partial(shown, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the discard "sign into law" tied "sign package aid" and won by load order
        ("The Canadian prime minister signed a $3 billion military aid package for Jordan into law on Monday.", "AID"),
        ("Japanese troops began military operations in northern Iraq on Sunday.", "ASSAULT"),
        ("Striking dockers set up picket lines at ports across Chile on Tuesday.", "PROTEST"),
        ("Thousands of miners formed picket lines outside coal pits in Yorkshire.", "PROTEST"),
        ("The Baltic leaders said they stood shoulder to shoulder with Kyiv.", "SUPPORT"),
        ("Greece dropped its objections to Macedonian membership of NATO on Tuesday.", "CONCEDE"),
        ("France dropped its veto on the trade pact with Mercosur.", "CONCEDE"),
    ],
)
def test_a_family_with_no_pattern_before_codes_its_act(pipeline: Any, text: str, event: str) -> None:
    assert _of(pipeline, text, event), _shown(pipeline, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The president signed a budget bill into law on Monday.", "AID"),
        ("The mining company began operations at the new pit in Chile.", "ASSAULT"),
        ("The fans stood shoulder to shoulder in the stadium.", "SUPPORT"),
        ("The neighbours dropped their objection to the new garden wall.", "CONCEDE"),
    ],
)
def test_the_same_verbs_in_other_senses_code_nothing_of_that_type(pipeline: Any, text: str, event: str) -> None:
    assert not _of(pipeline, text, event), _shown(pipeline, text)


def test_the_countries_aid_is_for_are_no_place_of_the_act(pipeline: Any) -> None:
    text = "Germany approved a $1 billion package of military aid for Ukraine, Moldova and Georgia on Friday."
    aid = [e for e in code_on(pipeline, text, dateline="TOKYO") if e.event == "AID"]
    assert aid, text
    assert all(e.event_loc is None or e.event_loc.extracted_place not in {"Ukraine", "Moldova", "Georgia"} for e in aid)
