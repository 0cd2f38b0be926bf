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


# idioms of the no-trigger class of rounds 14 and 16 (data/verb_frames.yaml, twelfth session)


def test_leaders_shaking_hands_meet(pipeline: Any) -> None:
    text = "The Indian and Pakistani prime ministers shook hands at a regional summit in Kathmandu."
    assert _one(pipeline, text, "shook").event == "CONSULT"


def test_a_handshake_on_a_deal_concludes_it(pipeline: Any) -> None:
    e = _one(pipeline, "The two rebel commanders shook hands on a peace deal in Nairobi on Tuesday.", "shook")
    assert e.event == "AGREE"


def test_a_human_chain_joined_is_a_demonstration(pipeline: Any) -> None:
    text = "About a million Lithuanians joined hands in a human chain on Friday to demand independence from Moscow."
    assert _one(pipeline, text, "joined").event == "PROTEST"


def test_a_border_thrown_open_eases_restrictions(pipeline: Any) -> None:
    e = _one(pipeline, "Hungary threw open its border with Austria on Sunday.", "threw")
    assert (e.event, e.cameo) == ("CONCEDE", "081")


def test_a_freighter_boarded_is_stopped(pipeline: Any) -> None:
    e = _one(pipeline, "Israeli commandos boarded a Turkish freighter carrying aid for Gaza.", "boarded")
    assert (e.event, e.cameo) == ("COERCE", "191")
