"""records.Frame.subject_how and Frame.modal: what later stages read of how a frame's actor was found
and which modal made its act hypothetical, as typed fields (never searched for in the reasons)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.frame.frames import NOMINAL_EVENT, REACTION_RECEIVED
from newsevents.frame.subjects import PARTICIPLE_AGENT
from newsevents.records import Article, Frame


def _frame(pipeline: Any, text: str, trigger: str) -> Frame:
    coded = pipeline.code(Article(id="t", text=text, pub_date=dt.date(2024, 6, 12)))
    found = [f for f in coded.frames if f.trigger_text.split()[0] == trigger]
    assert found, [f.trigger_text for f in coded.frames]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "how"),
    [
        ("The talks, mediated by Angola, resumed in Luanda on Monday.", "mediated", PARTICIPLE_AGENT),
        ("Nigeria drew sharp criticism from Ghana over the expulsions.", "drew", REACTION_RECEIVED),
        ("Kenya arrested 12 Somali militants.", "arrested", "subject"),
    ],
)
def test_how_the_subject_was_found(pipeline: Any, text: str, trigger: str, how: str) -> None:
    assert _frame(pipeline, text, trigger).subject_how == how


def test_a_nominal_events_of_phrase(pipeline: Any) -> None:
    frame = _frame(pipeline, "A session of the CSTO council was held in Minsk.", "held")
    assert frame.subject_how.startswith(NOMINAL_EVENT)


@pytest.mark.parametrize(
    ("text", "trigger", "modal"),
    [
        ("Serbia must hand back the district by November 20.", "hand", "must"),
        ("Iran could close the Strait of Hormuz.", "close", "could"),
        ("Iran will close the Strait of Hormuz.", "close", None),  # future, no modal
        ("Iran closed the Strait of Hormuz.", "closed", None),
    ],
)
def test_the_modal_of_a_hypothetical_act(pipeline: Any, text: str, trigger: str, modal: str | None) -> None:
    assert _frame(pipeline, text, trigger).modal == modal
