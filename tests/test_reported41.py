"""Reported acts whose verb had no pattern (issue 11, reported41; docs/verb-frames.md, "Reported acts with
no pattern, reported41"): mechanisms that let one entry cover a family rather than a verb written out.

* The verbs of conversing (class CONVERSE: speak, chat, converse) with "with" are a consultation (040), as
  "talk with" is; with the press (PRESS_NOUN) they stay a statement (010).
* A topic (TOPIC_NOUN: matter, issue, case, question, subject, topic) raised with a party is a consultation.

Each test codes sentences written for it (none taken from a gold set).
"""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code
from newsevents.code.verbframes import VerbFrames

pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


def test_conversing_and_raising_a_topic_with_a_party() -> None:
    frames = VerbFrames.load()
    cases = [
        ("speak", ("with", "premier"), "040"),
        ("chat", ("with", "chancellor"), "040"),
        ("speak", ("with", "reporter"), "010"),
        ("raise", ("matter", "with", "ally", "has-object"), "040"),
        ("raise", ("issue", "with", "counterpart", "has-object"), "040"),
        ("raise", ("concern", "with", "ally", "has-object"), "110"),
    ]
    for lemma, context, code in cases:
        match = frames.match(lemma, context)
        assert match is not None and match.code is not None and match.code.code == code, (lemma, context, match)


def test_spoke_with_a_leader_is_a_consultation(pipeline: Any) -> None:
    text = "The Danish prime minister spoke with the Estonian president on Thursday about energy links."
    assert ("CONSULT", "040") in _coded(pipeline, text)


def test_a_topic_raised_with_a_party_is_a_consultation(pipeline: Any) -> None:
    text = "The Chilean foreign minister raised the issue with her Argentine counterpart in Santiago on Monday."
    assert ("CONSULT", "040") in _coded(pipeline, text)


def test_speaking_with_the_press_is_no_consultation(pipeline: Any) -> None:
    text = "The Danish prime minister spoke with reporters in Copenhagen on Thursday."
    assert "040" not in {c for _, c in _coded(pipeline, text)}
