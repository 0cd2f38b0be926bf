"""Unrest measured in time (frame/nouns._time_span, sentrec54): "after weeks of protests", "bowing to weeks of
riots", "the fourth night of rioting" tell a protest that happened, by the people of its place. Every text
is written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

from typing import Any

from coding import code_on
from newsevents.records import Event


def _protests(events: list[Event]) -> list[Event]:
    return [e for e in events if e.event == "PROTEST"]


def test_months_of_protests_as_the_setting_of_a_coup_happened(pipeline: Any) -> None:
    text = "Chad's army removed President Idriss Deby from power on Thursday after months of protests."
    (protest,) = _protests(code_on(pipeline, text, pub="2019-04-12"))
    assert protest.event_text == "protests"
    assert {a.country for a in protest.actor} == {"TCD"}


def test_nights_of_rioting_after_which_a_state_acted_happened(pipeline: Any) -> None:
    text = "Paris imposed a curfew in Noumea on Wednesday after three nights of rioting over a land law."
    (protest,) = _protests(code_on(pipeline, text, pub="2019-04-12"))
    assert protest.event_text == "rioting"
    assert {a.country for a in protest.actor} == {"NCL"}


def test_weeks_of_protests_a_government_bowed_to_happened(pipeline: Any) -> None:
    text = "Bolivia's president bowed to weeks of street protests in La Paz on Monday and called early elections."
    assert [e.event_text for e in _protests(code_on(pipeline, text, pub="2019-04-12"))] == ["protests"]


def test_the_night_of_rioting_set_beside_a_time_happened(pipeline: Any) -> None:
    text = "Police fired rubber bullets at youths in Nantes on Tuesday night, the third night of rioting."
    assert [e.event_text for e in _protests(code_on(pipeline, text, pub="2019-04-12"))] == ["rioting"]


def test_years_of_protests_and_the_protests_told_before_are_no_new_act(pipeline: Any) -> None:
    text = "Bolivia's president resigned on Monday after years of protests in La Paz."
    assert _protests(code_on(pipeline, text, pub="2019-04-12")) == []
    text = "Troops returned to the restraint they had shown in the early weeks of the protests in La Paz."
    assert _protests(code_on(pipeline, text, pub="2019-04-12")) == []


def test_protests_called_for_or_threatened_are_none_yet(pipeline: Any) -> None:
    assert _protests(code_on(pipeline, "Bolivia's opposition called for three days of protests in La Paz.")) == []
    assert _protests(code_on(pipeline, "Bolivian unions threatened weeks of protests over the fuel price rise.")) == []


def test_a_feared_span_of_protests_is_none(pipeline: Any) -> None:
    text = "Bolivia's government postponed the fuel tax amid fears of weeks of protests in La Paz."
    assert _protests(code_on(pipeline, text)) == []
