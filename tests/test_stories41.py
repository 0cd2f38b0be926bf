"""An appeal a visit or call was made for is an act of its own (stories41, code/ownacts.py); a demand a protest
was made for stays the protest's. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from coding import code_on


def test_an_appeal_a_visit_was_made_for_is_an_act_of_its_own(pipeline: Any) -> None:
    text = "The Norwegian foreign minister flew to Colombo on Friday to press the government and the rebels to talk."
    evs = code_on(pipeline, text, pub="2016-03-20")
    assert {e.event for e in evs} >= {"CONSULT", "REQUEST"}
    appeal = next(e for e in evs if e.event == "REQUEST")
    assert [a.country for a in appeal.actor] == ["NOR"]
    assert appeal.date == "2016-03-18"


def test_an_appeal_after_a_call_is_an_act_of_its_own(pipeline: Any) -> None:
    text = "The German chancellor telephoned the Turkish president on Saturday to urge restraint."
    assert "REQUEST" in {e.event for e in code_on(pipeline, text, pub="2016-03-20")}


def test_a_demand_a_protest_was_made_for_stays_the_protest(pipeline: Any) -> None:
    text = "Thousands of farmers rallied in Nairobi on Monday to demand lower fuel prices."
    evs = code_on(pipeline, text, pub="2016-03-20")
    assert "REQUEST" not in {e.event for e in evs}


def test_a_purpose_that_is_no_appeal_stays_part_of_the_visit(pipeline: Any) -> None:
    text = "The Norwegian foreign minister flew to Colombo on Friday to attend a funeral."
    assert "REQUEST" not in {e.event for e in code_on(pipeline, text, pub="2016-03-20")}
