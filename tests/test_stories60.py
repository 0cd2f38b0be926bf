"""Story acts told as a noun the coder did not read (stories60): unrest a sentence is set after, with the
named place it happened in or as the object of "followed", and an act whose doer is the name compounded
before it when an "against" phrase tells its target. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from coding import code_on


def _protests(pipeline: Any, text: str) -> list[Any]:
    return [e for e in code_on(pipeline, text) if e.event == "PROTEST"]


def test_weeks_of_unrest_in_a_named_place_that_a_sentence_is_set_after_are_a_protest(pipeline: Any) -> None:
    text = "Chilean President Ana Rojas resigned on Monday after weeks of street demonstrations in Valparaiso."
    evs = _protests(pipeline, text)
    assert [e.event_text for e in evs] == ["demonstrations"]
    assert evs[0].modality == "asserted"


def test_unrest_set_after_a_promise_happened(pipeline: Any) -> None:
    text = "Chilean President Ana Rojas has promised new elections after weeks of street demonstrations in Valparaiso."
    evs = _protests(pipeline, text)
    assert [(e.event_text, e.modality) for e in evs] == [("demonstrations", "asserted")]


def test_the_object_of_followed_is_the_setting_of_its_sentence(pipeline: Any) -> None:
    text = "The border opening in Chile followed weeks of street demonstrations in Valparaiso and other towns."
    assert [e.event_text for e in _protests(pipeline, text)] == ["demonstrations"]


def test_weeks_of_unrest_with_no_place_stay_background(pipeline: Any) -> None:
    assert _protests(pipeline, "The border opening in Chile followed weeks of protests.") == []
    text = "Chilean President Ana Rojas resigned on Monday amid weeks of street demonstrations over a disputed vote."
    assert _protests(pipeline, text) == []


def test_unrest_feared_is_not_told(pipeline: Any) -> None:
    assert _protests(pipeline, "Rojas fears weeks of protests in Valparaiso.") == []


def test_a_name_before_an_act_with_its_target_told_is_the_doer(pipeline: Any) -> None:
    evs = code_on(pipeline, "The truce followed NATO air strikes against Libyan army positions in May.")
    blows = [e for e in evs if e.event == "ASSAULT" and e.event_text == "strikes"]
    assert len(blows) == 1
    assert [a.sector for a in blows[0].actor] == ["IGO"]
    assert [r.country for r in blows[0].recipient] == ["LBY"]


def test_a_name_before_an_act_with_no_target_phrase_is_not_the_doer(pipeline: Any) -> None:
    evs = code_on(pipeline, "The ceasefire followed a Gaza raid on Hamas positions.")
    assert [e for e in evs if e.event_text == "raid"] == []


def test_a_name_before_a_crowd_noun_or_a_measure_is_not_the_doer(pipeline: Any) -> None:
    text = "Riot police detained 300 marchers in Lisbon as the Save Alfama protest against rent rises went on."
    assert [e for e in code_on(pipeline, text) if e.event_text == "protest"] == []
    text = "Beijing said EU sanctions against Minsk could be reviewed if the prisoners were freed."
    assert [e for e in code_on(pipeline, text) if e.event_text == "sanctions"] == []
