"""Mechanisms of plover55 (issue 11, coder accuracy that transfers), each on sentences written for this
test (none taken from a gold or blind set):

* the to-infinitive of a verb of striving (lexicon striving_verbs) tells an aim, no act
  (derive/nonacts.striven_aim)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events

pytestmark = pytest.mark.model

PUB = dt.date(2011, 3, 9)
_code = partial(code_events, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        (
            "Aid reached the villages after a truce with militias fighting to topple the governor of the province.",
            "topple",
        ),
        (
            "Belgian jets struck rebel columns on Monday after the president appealed for help for an army "
            "struggling to halt an advance by rebels.",
            "halt",
        ),
        ("The two premiers sought to defuse tensions between their countries at a dinner on Tuesday.", "defuse"),
        ("The junta sought to expel the foreign reporters.", "expel"),
    ],
)
def test_an_aim_striven_for_is_no_act(pipeline: Any, text: str, aim: str) -> None:
    assert not [e for e in _code(pipeline, text) if e.event_text.split()[0] == aim]


def test_a_negated_striving_still_tells_its_act(pipeline: Any) -> None:
    # "would not seek to open talks": a refusal said, kept
    text = "Norway said on Tuesday it would not seek to open talks with the junta."
    assert [e for e in _code(pipeline, text) if e.modality == "negated"]


def test_an_aim_that_is_itself_a_use_of_force_is_the_fight(pipeline: Any) -> None:
    text = (
        "Armenian troops pushed into the Gazakh district on Wednesday, and Baku said it was fighting to repel "
        "them near the village of Ashagi."
    )
    assert [e for e in _code(pipeline, text) if e.event_text.split()[0] == "repel" and e.event == "ASSAULT"]
