"""Whom an act read from another clause is aimed at (issue 11, types44): an order read as the act ordered is
aimed where that act is, not at the people ordered, and a show of force at a place of tests is aimed at no one
its phrases do not name; each on sentences written for the project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code
from newsevents.code.rules import CodeRules

pytestmark = pytest.mark.model


def _events(pipeline: Any, text: str, event: str) -> list[Any]:
    return [e for e in _code(pipeline, text) if e.event == event]


def test_an_act_ordered_is_aimed_at_whom_it_is_done_to(pipeline: Any) -> None:
    # the rebels are attacked; the general's own troops only carry the order out
    text = "The general ordered his troops to attack the rebels in the north on Sunday."
    (attack,) = _events(pipeline, text, "ASSAULT")
    assert [r.sector for r in attack.recipient] == ["REB"]


def test_an_act_ordered_that_names_no_one_is_aimed_at_no_one(pipeline: Any) -> None:
    (retreat,) = _events(pipeline, "The defence minister ordered the army to pull back on Tuesday.", "RETREAT")
    assert not any(r.sector == "MIL" for r in retreat.recipient)


def test_a_restriction_ordered_stays_aimed_at_the_party_ordered(pipeline: Any) -> None:
    # a restriction is done to whoever is ordered ("ordered the newspaper to suspend publication")
    (ban,) = _events(pipeline, "The junta ordered the weekly newspaper to suspend publication on Friday.", "COERCE")
    assert [r.sector for r in ban.recipient] == ["MED"]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan exploded two small devices at its remote desert range in Baluchistan on Tuesday.",
        "Officials said two small devices were exploded at the desert range in Rajasthan on Tuesday.",
        "Pakistan detonated a device at its testing ground near the border with Iran on Tuesday.",
    ],
)
def test_a_show_of_force_at_a_place_of_tests_is_aimed_at_no_one_unnamed(pipeline: Any, text: str) -> None:
    # the range's province, its people and a border near it are no target of a test
    tests = _events(pipeline, text, "MOBILIZE")
    assert tests and all(t.recipient == () for t in tests)


def test_the_rules_read_the_words_of_aim() -> None:
    assert "towards" in CodeRules.default().test_aims


def test_the_tests_of_a_series_told_beside_a_test_take_their_own_days(pipeline: Any) -> None:
    text = "Pakistan detonated four devices on May 11 and one more on May 13 at its range in the desert."
    tests = _code(pipeline, text, pub="1998-05-28")
    assert sorted((e.event, e.date) for e in tests) == [("MOBILIZE", "1998-05-11"), ("MOBILIZE", "1998-05-13")]


def test_a_counted_test_in_a_clause_of_time_is_dated_by_its_count_of_days(pipeline: Any) -> None:
    text = (
        "Pakistan set off two devices at its desert test range on Wednesday, "
        "just two days after three tests there alarmed the region."
    )
    tests = [e for e in _code(pipeline, text, pub="1998-05-14") if e.event == "MOBILIZE"]
    assert sorted(e.date for e in tests) == ["1998-05-11", "1998-05-13"]
    assert all(e.recipient == () and {a.country for a in e.actor} == {"PAK"} for e in tests)


def test_a_blast_told_after_an_attack_is_no_test(pipeline: Any) -> None:
    # only a show of force at a place of tests is told with a series
    text = "Rebels set off a bomb at a market on Wednesday, two days after three blasts at that spot killed ten people."
    assert not any(e.event == "MOBILIZE" for e in _code(pipeline, text, pub="1998-05-14"))


def test_a_test_answered_by_a_rivals_tests_is_aimed_at_that_rival(pipeline: Any) -> None:
    text = (
        "On Thursday Pakistan said it conducted five nuclear tests, matching India's blasts earlier this month. "
        "India exploded three devices at its desert range on May 11."
    )
    tests = {e.event_text: e for e in _code(pipeline, text, pub="1998-05-29") if e.event == "MOBILIZE"}
    assert [r.country for r in tests["exploded"].recipient] == ["PAK"]


def test_property_of_its_own_state_seized_by_order_names_no_target(pipeline: Any) -> None:
    # the state seizes fields its own country holds: no people, no state of its own as the target
    text = "Bolivia's president ordered the army to occupy the nation's gas fields on Monday."
    (seizure,) = _events(pipeline, text, "COERCE")
    assert seizure.recipient == ()


def test_an_owner_that_is_no_state_stays_the_target(pipeline: Any) -> None:
    text = "The president accepted the opposition's demand for early elections on Monday."
    events = _code(pipeline, text)
    assert any(r.sector == "OPP" for e in events for r in e.recipient)
