"""Recall on wire stories (storyrec48 session, issue 11), each mechanism on texts written for this test (none is
taken from a gold or blind set); traps must stay as they are.

* The fighting told again by its outbreak ("The clashes broke out on Wednesday", "The fighting erupted at dawn"):
  a definite noun of fighting as the subject of a verb of beginning or breaking out is the fighting told before,
  by its doers (frame/nouns._begun, lexicon begun_event_nouns and begun_verbs). Not "the talks broke down" (a
  particle other than "out"), nor "the war began". A noun of both sides ("the clashes", code_rules
  reciprocal_nouns) is fought by both: the doers of the fighting told before and the other country it was
  aimed at.
* A reported judgement through a verb that says what an act is ("said the raid constituted a violation of its
  sovereignty", "said the seizure amounted to an act of aggression"): read as "was" (derive/statements.judgement,
  code_rules equating_verbs). Not "amounted to millions of dollars", nor a word of praise.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2019, 6, 12)  # a Wednesday

pytestmark = pytest.mark.model


def _second(pipeline: Any, text: str) -> list[tuple[str | None, set[str], str | None]]:
    """(type, actor countries, date) of the events told in the second sentence: its own, or one it retells
    (dedupe keeps the retelling as a mention of the event told first)."""
    return [
        (e.event, {a.country for a in e.actor if a.country}, e.date)
        for e in code_events(pipeline, text, PUB)
        if e.sentence_index == 1 or any(m[0] == 1 for m in e.mentions)
    ]


def _at(pipeline: Any, text: str, trigger: str) -> list[tuple[str | None, set[str]]]:
    """(type, actor countries) of the events whose trigger is ``trigger``."""
    events = code_events(pipeline, text, PUB)
    return [(e.event, {a.country for a in e.actor if a.country}) for e in events if e.event_text == trigger]


# --- the fighting told again by its outbreak ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenian and Azerbaijani troops clashed along their border on Tuesday, killing at least 40 soldiers. "
        "The clashes broke out near the town of Jermuk.",
        "Armenian and Azerbaijani troops clashed along their border on Tuesday, killing at least 40 soldiers. "
        "The fighting erupted shortly after midnight.",
    ],
)
def test_the_fighting_told_by_its_outbreak_is_the_fighting_told_before(pipeline: Any, text: str) -> None:
    assert ("ASSAULT", {"ARM", "AZE"}) in [(t, a) for t, a, _ in _second(pipeline, text)]


def test_talks_that_broke_down_are_no_new_talks(pipeline: Any) -> None:
    # trap: "broke down" ends the talks; only "break out" tells an outbreak
    text = (
        "Sudanese and South Sudanese negotiators held talks in Addis Ababa on Monday. The talks broke down on "
        "Tuesday over the oil fees."
    )
    events = code_events(pipeline, text, PUB)
    assert not [e for e in events if e.sentence_index == 1 and e.event_text == "talks"]


def test_the_war_that_began_is_left_to_its_when_clause(pipeline: Any) -> None:
    # trap: "The war began" retells the history; the act is the one its "when" clause tells
    text = (
        "Ethiopian and Eritrean forces shelled each other's trenches on Monday. The war began in 1998 when Eritrean "
        "troops seized the border town of Badme."
    )
    assert not _at(pipeline, text, "war")


# --- a judgement through a verb that says what an act is -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ankara said the raid on the border village constituted a violation of its sovereignty.",
        "The Greek government said the seizure of the islands amounted to an act of aggression.",
    ],
)
def test_a_reported_equation_with_a_word_of_condemnation_is_a_criticism(pipeline: Any, text: str) -> None:
    assert [t for t, _ in _at(pipeline, text, "said")] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the damage to the port amounted to millions of dollars.",
        "The Greek minister said the agreement amounted to a major step forward.",
    ],
)
def test_an_equation_with_no_condemnation_judges_nothing(pipeline: Any, text: str) -> None:
    # traps: a sum, a word of praise
    assert not [e for e in code_events(pipeline, text, PUB) if e.event == "ACCUSE"]


def test_fighting_told_again_by_a_noun_of_both_sides_is_fought_by_both(pipeline: Any) -> None:
    # "Tajik troops shelled Kyrgyz villages": the clashes are fought by both (code_rules reciprocal_nouns)
    text = "Tajik troops shelled Kyrgyz border villages on Friday. The clashes erupted on Wednesday near the reservoir."
    assert ("ASSAULT", {"TJK", "KGZ"}, "2019-06-12") in _second(pipeline, text)


def test_a_conjunct_hung_low_shares_the_setting_of_the_verb_it_continues(pipeline: Any) -> None:
    # "urged" is parsed as a conjunct of "hunt" (the reported clause); it continues "told", whose subject
    # was visiting Kigali (where/location._speaker_setting with parse.syntax.lowered_conjunct)
    text = (
        "The Ugandan president, visiting Kigali, told reporters that the army would hunt down the rebels and urged "
        "villagers to report strangers."
    )
    urged = [e for e in code_events(pipeline, text, PUB) if e.event_text == "urged"]
    assert [e.event_loc.resolved_place if e.event_loc else None for e in urged] == ["Kigali"]
