"""Recall on wire stories (storyrec42 session, issue 11), each mechanism on texts written for this test (none
is taken from a gold or blind set); traps must stay as they are.

A release told from the side of the one freed ("walked free", "walked out of prison", "emerged from
detention") is the release of a prisoner (CAMEO 0841, PLOVER CONCEDE) by the state that held them, with the
one freed as its recipient; a walkout from talks stays a walkout."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, code_on, country_set, events_at
from newsevents.records import Event

PUB = dt.date(2016, 3, 14)  # a Monday

pytestmark = pytest.mark.model


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


def _on(pipeline: Any, text: str, trigger: str, dateline: str) -> list[Event]:
    return [e for e in code_on(pipeline, text, PUB.isoformat(), dateline) if e.event_text == trigger]


# --- a release told by the one freed --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Morgan Tsvangirai walked free on Sunday after two years in jail.",
        "Opposition leader Morgan Tsvangirai walked out of Chikurubi prison on Sunday.",
        "Opposition leader Morgan Tsvangirai emerged from detention on Sunday, his lawyers said.",
    ],
)
def test_a_release_told_by_the_one_freed_is_the_states_release(pipeline: Any, text: str) -> None:
    trigger = "emerged" if "emerged" in text else "walked"
    found = _on(pipeline, text, trigger, "HARARE")  # filed from the capital of the state that held him
    shown = code_on(pipeline, text, dateline="HARARE")
    assert found and found[0].event == "CONCEDE" and found[0].cameo == "0841", shown
    assert country_set(found[0].actor) == {"ZWE"}
    assert any(a.sector == "GOV" for a in found[0].actor)
    assert country_set(found[0].recipient) == {"ZWE"}  # the one freed is the recipient, not the actor
    assert not any(a.sector == "GOV" for a in found[0].recipient)


def test_a_walkout_from_talks_stays_a_walkout(pipeline: Any) -> None:  # trap: no place of detention
    text = "The Iranian delegation walked out of the talks in Geneva on Sunday."
    found = _at(pipeline, text, "walked")
    assert found and found[0].event == "REJECT", code_events(pipeline, text, PUB)
    assert country_set(found[0].actor) == {"IRN"}


def test_walking_out_of_a_building_is_no_release(pipeline: Any) -> None:  # trap: a building, not a prison
    text = "The Iranian delegation walked out of the hotel in Geneva on Sunday."
    assert not [e for e in code_events(pipeline, text, PUB) if e.event == "CONCEDE"]


# --- an act named with a word of condemnation: more shapes and words of the same family -------------------------


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # a second object hung on the first: "nothing more than ..."
        (
            "Russian forces seized the Ukrainian port on Thursday. The British prime minister on Friday called "
            "Moscow's move nothing more than a land grab.",
            "RUS",
        ),
        # a participle after the object, in quotes
        (
            "Iranian forces fired missiles at a Kurdish town on Thursday. The U.S. president on Friday called "
            'the attack "premeditated".',
            "IRN",
        ),
        # a word of the family: a blow
        (
            "Police in Hong Kong detained 15 opposition activists on Saturday. The British foreign secretary "
            "called the detentions a serious blow to the city's freedoms.",
            "HKG",
        ),
    ],
)
def test_an_act_named_with_a_word_of_condemnation_is_criticised(pipeline: Any, text: str, recipient: str) -> None:
    found = _at(pipeline, text, "called")
    assert found and found[0].event == "ACCUSE", code_events(pipeline, text, PUB)
    assert recipient in country_set(found[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        "The German chancellor on Friday called the talks in Minsk nothing less than a success.",
        "The rebels called the mountain town, a former mining centre, their home.",
    ],
)
def test_an_act_named_without_condemnation_is_no_criticism(pipeline: Any, text: str) -> None:  # traps
    assert not [e for e in code_events(pipeline, text, PUB) if e.event == "ACCUSE"]


# --- where a judge was, told by a participle set between the subject and the verb ------------------------------


def test_a_participle_between_subject_and_verb_places_the_statement(pipeline: Any) -> None:
    text = (
        "The junta banned all newspapers on Monday. U.S. President Bill Clinton, speaking at a hotel in Ottawa, "
        "Canada, condemned the ban."
    )
    found = _on(pipeline, text, "condemned", "WASHINGTON")
    assert found and found[0].event_loc is not None, code_on(pipeline, text, dateline="WASHINGTON")
    assert found[0].event_loc.extracted_place == "Ottawa"


def test_a_participle_after_the_verb_is_no_setting_of_the_subject(pipeline: Any) -> None:  # trap: unchanged
    text = (
        "The junta banned all newspapers on Monday. The U.S. president condemned the ban, citing reports from Ottawa."
    )
    found = _on(pipeline, text, "condemned", "WASHINGTON")
    assert found and (found[0].event_loc is None or found[0].event_loc.extracted_place != "Ottawa")


def test_a_visit_set_off_after_the_subject_places_the_statement(pipeline: Any) -> None:
    text = (
        "The junta banned all newspapers on Monday. The U.S. secretary of state, on a visit to Kenya, condemned "
        "the ban."
    )
    found = _on(pipeline, text, "condemned", "WASHINGTON")
    assert found and found[0].event_loc is not None, code_on(pipeline, text, dateline="WASHINGTON")
    assert found[0].event_loc.country_code == "KEN"
