"""Sentence recall of the forty-fourth session (issue 11, sentrec44), each mechanism on sentences written
for this test (none taken from a gold or blind set), with traps:

* (a pair named by a relation noun or after modifiers was dropped at the merge: see docs/verb-frames.md;
  the trap below keeps it out);
* an act named with a word of contempt ("called the remarks an act of madness") is a
  criticism, also with a participle as the label ("called the decision destabilising") and in a relative
  clause parsed without its pronoun ("a move Tokyo called gross interference").
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import events_of, shown

pytestmark = pytest.mark.model

PUB = dt.date(2016, 3, 9)

_of = partial(events_of, pub_date=PUB)
_shown = partial(shown, pub_date=PUB)


def _countries(refs: Any) -> set[str | None]:
    return {a.country for a in refs}


def test_a_relation_noun_after_modifiers_names_no_pair(pipeline: Any) -> None:
    """Dropped at the merge (round 44 stories' recipient fell): "the two nuclear-armed rivals" is read as it
    is, not as the two countries named before it."""
    text = "India and Pakistan exchanged fire on Monday, and the two nuclear-armed rivals agreed to hold talks."
    found = _of(pipeline, text, "CONSULT")
    assert not any({"IND", "PAK"} <= _countries(e.actor) for e in found), _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran called the sanctions an act of madness on Tuesday.",
        "The German chancellor called the tariff decision destabilising.",
        "Moscow expelled two diplomats, a move Tokyo called gross interference in its affairs.",
        "Senator Maria Ortiz called the Chilean president dishonest.",
    ],
)
def test_an_act_named_with_contempt_is_a_criticism(pipeline: Any, text: str) -> None:
    found = [e for e in _of(pipeline, text, "ACCUSE") if e.cameo == "111"]
    assert found, _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru called the talks a success on Tuesday.",
        "The general called for an attack on the rebel positions.",
        "Iran called the meeting productive.",
    ],
)
def test_a_name_without_contempt_is_no_criticism(pipeline: Any, text: str) -> None:
    assert not [e for e in _of(pipeline, text, "ACCUSE") if e.cameo == "111"], _shown(pipeline, text)
