"""Recipients of reactions to the act told just before them in their sentence (recip56, issue 11): a
reaction told as ", in a move welcomed by X" or ", in a move that drew condemnation from X" answers the
doer of the clause the noun sums up, as ", a move welcomed by X" does (code/judged.set_after_clause); a
reaction told by a participle hung on a reported clause whose subject is "he" or "she" ("Y said he would
..., drawing criticism from X") answers the person who did the act told before it in the sentence
(code/judged.JUDGED_PRONOUNS). Every text is written for this test (none is taken from a gold or blind
set); traps must stay as they are."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.records import Event


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return [e for e in code_on(pipeline, text) if e.event_text == trigger]


@pytest.mark.model
def test_in_a_move_welcomed_by_answers_the_doer(pipeline: Any) -> None:
    text = "Myanmar freed 300 political prisoners on Monday, in a move welcomed by Japan."
    welcomed = _at(pipeline, text, "welcomed")
    assert welcomed
    assert country_set(welcomed[0].recipient) == {"MMR"}


@pytest.mark.model
def test_in_a_move_that_drew_condemnation_answers_the_doer(pipeline: Any) -> None:
    text = "Venezuelan troops seized the oil field before dawn, in a move that drew condemnation from Colombia."
    drew = _at(pipeline, text, "drew")
    assert drew
    assert country_set(drew[0].recipient) == {"VEN"}
    assert "a move" in " ".join(drew[0].reasons)


@pytest.mark.model
def test_a_participle_on_a_reported_he_answers_the_speaker(pipeline: Any) -> None:
    text = "President Lula said on Friday he would cut off oil exports to Paraguay, drawing criticism from Uruguay."
    drawing = _at(pipeline, text, "drawing")
    assert drawing
    assert country_set(drawing[0].recipient) == {"BRA"}
    assert "what 'he' refers to" in " ".join(drawing[0].reasons)


@pytest.mark.model
def test_a_reported_he_with_no_act_told_refers_to_none(pipeline: Any) -> None:  # trap: no coded act before it
    text = "President Lula said on Friday he would stay on for another term, drawing criticism from Argentina."
    for e in _at(pipeline, text, "drawing"):
        assert "what 'he' refers to" not in " ".join(e.reasons)
