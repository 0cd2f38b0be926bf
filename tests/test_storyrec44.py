"""Recall on wire stories (storyrec44 session, issue 11), each mechanism on texts written for this test (none
is taken from a gold or blind set); traps must stay as they are.

A feeling about an act, told with "be" and an adjective whose preposition names what it is about ("said he
was very pleased by the move", "was deeply disappointed with the ruling"), or with the passive participle the
parser makes of it ("was dismayed by the expulsions"), is a judgement of that act: praise (CAMEO 051, PLOVER
SUPPORT) or disapproval (110, ACCUSE), aimed at whoever did the act. A feeling that names nothing ("said he
was deeply disappointed") or no party's act ("disappointed at the outcome") stays no event."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, events_at
from newsevents.records import Event

PUB = dt.date(2016, 3, 14)  # a Monday

pytestmark = pytest.mark.model


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- a feeling about an act ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "event", "actor", "recipient"),
    [
        (
            "The Cuban government freed 40 dissidents on Sunday. The Spanish foreign minister said on Monday he "
            "was very pleased by the decision.",
            "SUPPORT",
            "ESP",
            "CUB",
        ),
        (
            "Kenyan police arrested the opposition leader in Nairobi on Saturday. Britain said on Sunday it was "
            "deeply disappointed with the arrest.",
            "ACCUSE",
            "GBR",
            "KEN",
        ),
        (
            "The Indian government expelled two Pakistani diplomats on Friday. Pakistan said on Saturday it was "
            "deeply disappointed by the expulsions.",
            "ACCUSE",
            "PAK",
            "IND",
        ),
    ],
)
def test_a_feeling_about_an_act_judges_it(pipeline: Any, text: str, event: str, actor: str, recipient: str) -> None:
    found = [e for e in _at(pipeline, text, "was") if e.event == event]
    assert found, code_events(pipeline, text, PUB)
    assert actor in country_set(found[0].actor)
    assert recipient in country_set(found[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        # names nothing it is about
        "The Kenyan opposition leader was arrested on Saturday. The British minister said he was deeply disappointed.",
        # an outcome that no party did: no one judged (code/feelings.py)
        "The talks in Geneva ended on Sunday without an agreement. The British minister said he was deeply "
        "disappointed at the outcome.",
        # a feeling that is no judgement of an act
        "The Spanish foreign minister said he was very tired after the long flight to Havana.",
    ],
)
def test_a_feeling_that_names_no_act_is_no_judgement(pipeline: Any, text: str) -> None:  # traps
    assert not [e for e in _at(pipeline, text, "was") if e.event in {"SUPPORT", "ACCUSE"}], code_events(
        pipeline, text, PUB
    )


# --- the same feeling told by a passive participle ---------------------------------------------------------------


def test_a_feeling_told_by_a_passive_participle_judges_the_act(pipeline: Any) -> None:
    # "dismayed" parsed as a passive participle, the expulsions as its agent: the one who feels judges them
    text = (
        "The Indian government expelled two Pakistani diplomats on Friday. The Pakistani foreign ministry said "
        "on Saturday it was dismayed by the expulsions."
    )
    found = [e for e in _at(pipeline, text, "dismayed") if e.event == "ACCUSE"]
    assert found, code_events(pipeline, text, PUB)
    assert country_set(found[0].actor) == {"PAK"}
    assert "IND" in country_set(found[0].recipient)


def test_a_party_encouraged_to_act_is_urged_not_praised(pipeline: Any) -> None:  # trap: causative_feelings
    text = "Thousands of students were encouraged by the opposition to march on the parliament in Dhaka."
    assert not [e for e in code_events(pipeline, text, PUB) if e.event == "SUPPORT"], code_events(pipeline, text, PUB)
