"""Sentence recall (sentrec50): the yielding of a party forced by a result clause ("..., forcing the
deputies to surrender").

The missed required groups of rounds 26-53 and PLOVER dev were counted by cause; the largest group of
one construction among those absorbed into another event was the to-clause of a participle of forcing
that tells the forced party yielding (surrender, flight of one named party), missed in 14 rounds. The
sentences are written for these tests; each first case fails without the change, the traps keep what
stays no event of the forced party."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events

pytestmark = pytest.mark.model

_code = partial(code_events, pub_date=dt.date(2011, 5, 18))


def _retreats(pipeline: Any, text: str) -> list[tuple[str, list[str]]]:
    return [(e.event_text, [a.name for a in e.actor]) for e in _code(pipeline, text) if e.event == "RETREAT"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Government troops shelled the rebel headquarters on Monday, forcing the militia leaders to surrender.",
            "surrender",
        ),
        ("The army stormed the parliament building, forcing the deputies barricaded inside to surrender.", "surrender"),
        ("Rebel units shelled the garrison for a week, forcing the army to withdraw from the town.", "withdraw"),
        (
            "Opposition crowds stormed the palace on Sunday, forcing President Marcel Dubois to flee the capital.",
            "flee",
        ),
    ],
)
def test_the_forced_party_yields(pipeline: Any, text: str, trigger: str) -> None:
    found = _retreats(pipeline, text)
    assert any(t == trigger and actors for t, actors in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a population driven out: displacement, no act of its own
        "Militias overran the villages on Monday, forcing thousands of residents to flee.",
        # the finite verb: the coercion is the event told
        "Weeks of strikes by the unions forced the government to resign on Friday.",
    ],
)
def test_no_yield_of_a_population_nor_of_a_finite_forcing(pipeline: Any, text: str) -> None:
    found = _retreats(pipeline, text)
    assert not any(t in {"flee", "resign"} for t, _ in found), found


def test_the_forced_party_yields_to_the_forcer(pipeline: Any) -> None:
    text = "Ugandan troops shelled the rebel camp on Monday, forcing the militia commander to surrender."
    found = [e for e in _code(pipeline, text) if e.event == "RETREAT" and e.event_text == "surrender"]
    assert found and [r.country for r in found[0].recipient] == ["UGA"], found
