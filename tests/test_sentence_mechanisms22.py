"""Mechanisms of the fourteenth session (issue 11, sentences, built from the misses of rounds 17 to
20), each on sentences written for this test (none taken from a gold or blind set): acts refused by
"declined to" (on the verb's date), and the object families of sending forces, of strikes mounted and
of deals voted down."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events
from newsevents.records import Event

pytestmark = pytest.mark.model

PUB = dt.date(2016, 3, 9)


_code = partial(code_events, pub_date=PUB)


def _of(pipeline: Any, text: str, event: str) -> list[Event]:
    return [e for e in _code(pipeline, text) if e.event == event]


def _shown(pipeline: Any, text: str) -> list[tuple[str | None, str, str, str]]:
    return [(e.event, e.cameo, e.event_text, e.modality) for e in _code(pipeline, text)]


# "declined to": the act refused is a rejection, in any tense, when "declined" tells no event itself


@pytest.mark.parametrize(
    "text",
    [
        "Fiji declined to endorse the regional peace plan on Monday.",
        "India declined on Tuesday to back the resolution on Sri Lanka.",
        "The Kenyan government declined to accept the court's ruling.",
    ],
)
def test_declined_to_cooperate_is_a_rejection(pipeline: Any, text: str) -> None:
    shown = _shown(pipeline, text)
    assert _of(pipeline, text, "REJECT"), shown
    assert not _of(pipeline, text, "SUPPORT") and not _of(pipeline, text, "AGREE"), shown


def test_refused_to_sign_is_one_rejection(pipeline: Any) -> None:
    text = "Poland refused to sign the migration pact on Friday."
    assert len(_of(pipeline, text, "REJECT")) == 1, _shown(pipeline, text)


def test_failed_to_agree_is_no_rejection(pipeline: Any) -> None:
    text = "Serbia and Kosovo failed to reach an agreement on Monday."
    assert not _of(pipeline, text, "REJECT"), _shown(pipeline, text)


# naval and air units and units of troops sent somewhere; strikes mounted or unleashed


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent two submarines to the Mediterranean on Monday.",
        "Britain dispatched a battalion to Estonia on Friday.",
    ],
)
def test_units_sent_somewhere_are_deployed(pipeline: Any, text: str) -> None:
    found = _of(pipeline, text, "MOBILIZE")
    assert found and found[0].cameo == "154", _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia unleashed a wave of missile strikes on Kyiv on Monday.",
        "Saudi-led warplanes mounted air strikes on Sanaa overnight.",
        "The army unleashed an artillery barrage on rebel positions on Sunday.",
    ],
)
def test_strikes_mounted_are_attacks(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "ASSAULT"), _shown(pipeline, text)


def test_a_refusal_takes_the_date_of_its_verb(pipeline: Any) -> None:
    text = "India declined on Monday to back the resolution on Sri Lanka."
    found = _of(pipeline, text, "REJECT")
    assert [e.date for e in found] == ["2016-03-07"], _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    ["The Slovak parliament voted down the budget on Tuesday.", "Irish voters voted down the Lisbon treaty."],
)
def test_voted_down_is_a_rejection(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "REJECT"), _shown(pipeline, text)
