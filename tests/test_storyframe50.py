"""Recall on wire stories (storyframe50 session, issue 11), each mechanism on texts written for this test (none
is taken from a gold or blind set); traps must stay as they are.

* A blow told in the passive without its agent, set in fighting ("a guard was shot in the exchange of gunfire",
  "two policemen were killed in clashes near the pass"): one more blow of the fighting told before, by
  its doers; a noun of both sides (code_rules reciprocal_nouns: "clashes", "exchange") gives both sides, less
  the side struck (the passive subject's country), on the fighting's day where the clause names none
  (code/accords.fight_setting, lexicon fight_setting_nouns); a side the noun names after "with" or "between"
  ("killed in clashes with the mutineers") is the doer (code/accords.fought_with). Not "in exchange for" (a
  trade), not without fighting told before or a side named, and not a passive with its agent.
* A gerund after a span of time and "after" or "before" ("held the capital on Sunday, a day after seizing the
  airport", "hours before signing the accord"): the span hangs on the main verb, whose subject the gerund
  shares as "after seizing" does (frame/subjects.gerund_holder, lexicon interval_nouns).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2019, 6, 12)  # a Wednesday

pytestmark = pytest.mark.model


def _at(pipeline: Any, text: str, trigger: str) -> list[tuple[str | None, set[str]]]:
    """(type, actor countries) of the events whose trigger is ``trigger``."""
    events = code_events(pipeline, text, PUB)
    return [(e.event, {a.country for a in e.actor if a.country}) for e in events if e.event_text == trigger]


# --- a blow in the passive set in fighting ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        (
            "Indian and Pakistani troops traded fire across the Line of Control on Tuesday. "
            "A Pakistani soldier was shot dead in the exchange, the army said.",
            "shot",
            {"IND"},
        ),
        (
            "Armenian troops shelled Azerbaijani positions near the border on Monday. "
            "Three soldiers were killed in the clashes that followed.",
            "killed",
            {"ARM", "AZE"},
        ),
    ],
)
def test_a_blow_in_the_passive_set_in_fighting_is_the_fightings(
    pipeline: Any, text: str, trigger: str, sides: set[str]
) -> None:
    assert ("ASSAULT", sides) in _at(pipeline, text, trigger)


def test_the_side_the_fighting_was_with_is_the_doer(pipeline: Any) -> None:
    text = (
        "Nigerian troops crossed into Gambia on Tuesday. "
        "Six Nigerian soldiers were killed in clashes with Gambian army mutineers."
    )
    assert ("ASSAULT", {"GMB"}) in _at(pipeline, text, "killed")


def test_a_trade_is_no_fighting(pipeline: Any) -> None:
    text = (
        "Indian and Pakistani troops traded fire across the Line of Control on Tuesday. "
        "Two prisoners were released in exchange for a captured pilot."
    )
    assert all(actors != {"IND", "PAK"} for _, actors in _at(pipeline, text, "released"))


def test_no_fighting_told_before_gives_no_doer(pipeline: Any) -> None:
    text = "The two leaders met in Geneva on Monday. A guard was killed in a gunfight near the hotel."
    assert _at(pipeline, text, "killed") == []


def test_a_passive_with_its_agent_keeps_it(pipeline: Any) -> None:
    text = (
        "Indian and Pakistani troops traded fire across the Line of Control on Tuesday. "
        "A Pakistani soldier was shot dead by Indian troops in the exchange."
    )
    assert ("ASSAULT", {"IND"}) in _at(pipeline, text, "shot")


# --- a gerund after a span of time and "after" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            "Syrian troops strengthened their hold on Lebanon on Friday, a day after invading the country.",
            "invading",
            {"SYR"},
        ),
        (
            "Russian forces shelled the Ukrainian port on Tuesday, hours after seizing two bridges near it.",
            "seizing",
            {"RUS"},
        ),
    ],
)
def test_a_gerund_after_a_span_shares_the_main_subject(
    pipeline: Any, text: str, trigger: str, actors: set[str]
) -> None:
    assert actors in [a for _, a in _at(pipeline, text, trigger)]
