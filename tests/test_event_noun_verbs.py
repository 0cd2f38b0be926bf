"""Event nouns derived from a verb (lexicon ``event_noun_verbs``) are matched with the verb's
patterns, and a light verb's definite object with an "of" phrase is the subject's act (issue 11,
twelfth session, sent18); sentences written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, one_event
from newsevents.code.verbframes import VerbFrames
from newsevents.lexicon import table
from newsevents.records import Event

pytestmark = pytest.mark.model

PUB = dt.date(2014, 3, 12)


def _code(pipeline: Any, text: str) -> list[Event]:
    return code_events(pipeline, text, PUB)


def _one(pipeline: Any, text: str, trigger: str) -> Event:
    return one_event(pipeline, text, trigger, PUB)


def test_every_derived_noun_names_a_verb_with_patterns() -> None:
    known = VerbFrames.default().predicates()
    nouns = table("event_noun_verbs")
    assert nouns and all(verb in known for verb in nouns.values())
    assert all(noun != verb for noun, verb in nouns.items())


def test_a_closure_ordered_is_the_verb_s_closing_of_a_border(pipeline: Any) -> None:
    e = _one(pipeline, "The interior minister ordered the closure of the border with Bolivia on Friday.", "ordered")
    assert (e.event, e.cameo) == ("COERCE", "191")


def test_a_dissolution_ordered_is_a_dissolved_parliament(pipeline: Any) -> None:
    e = _one(pipeline, "The army chief ordered the dissolution of parliament on Saturday.", "ordered")
    assert e.event == "COERCE"


def test_a_cancellation_announced_is_the_subject_s_act(pipeline: Any) -> None:
    evs = _code(pipeline, "The Danish foreign ministry announced the cancellation of the royal visit to Manila.")
    assert [(e.event, e.event_text) for e in evs] == [("SANCTION", "cancellation")]
    assert {a.country for a in evs[0].actor} == {"DNK"}


def test_a_definite_noun_without_an_of_phrase_is_still_an_act_told_before(pipeline: Any) -> None:
    # "announced the cancellation": no "of" phrase, the article may point back to an act told before
    assert not _code(pipeline, "The ministry announced the cancellation on Tuesday.")


def test_a_noun_s_own_more_specific_pattern_still_wins(pipeline: Any) -> None:
    e = _one(pipeline, "The government announced a suspension of talks with the rebels.", "suspension")
    assert e.cameo == "164"
