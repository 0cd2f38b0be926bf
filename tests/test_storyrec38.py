"""Recall on wire stories (storyrec38 session, issue 11): a reprisal promised against a hostile act ("said
it would respond immediately to any attack on its nationals") is a warning, aimed, when it names no one and
answers no act told before, at whom the story's lead act is aimed. Every text is written for this test
(none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, events_at
from newsevents.records import Event

PUB = dt.date(2019, 3, 13)  # a Wednesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- a response promised to a hostile act: a warning ----------------------------------------------------


@pytest.mark.model
def test_a_response_promised_to_any_attack_is_a_warning(pipeline: Any) -> None:
    text = "The Turkish defence ministry said the army would respond firmly to any attack on its observation posts."
    respond = _at(pipeline, text, "respond")
    assert respond and respond[0].event == "THREATEN" and respond[0].modality == "asserted"
    assert country_set(respond[0].actor) == {"TUR"}


@pytest.mark.model
def test_a_reaction_promised_to_a_violation_is_a_warning(pipeline: Any) -> None:
    text = "Athens said on Tuesday that it would react to any violation of Greek airspace."
    react = _at(pipeline, text, "react")
    assert react and react[0].event == "THREATEN"
    assert country_set(react[0].actor) == {"GRC"}


@pytest.mark.model
def test_a_reply_promised_to_a_letter_is_no_warning(pipeline: Any) -> None:  # trap: "to" a letter
    text = "The Dutch foreign ministry said it would respond to the letter from the commission next week."
    assert not [e for e in code_events(pipeline, text, PUB) if e.event == "THREATEN"]


@pytest.mark.model
def test_a_response_told_as_done_is_no_warning(pipeline: Any) -> None:  # trap: no future
    text = "Kenya said its troops had responded to the attack on the border post on Sunday."
    assert not [e for e in code_events(pipeline, text, PUB) if e.event == "THREATEN"]


# --- a warning that names no one: at whom the lead act is aimed ------------------------------------------


@pytest.mark.model
def test_a_warning_naming_no_one_is_aimed_where_the_lead_act_is(pipeline: Any) -> None:
    text = (
        "Southern African leaders on Saturday gave the military rulers of Lesotho ten days to restore the "
        "elected government.\n\nThe Portuguese government said on Saturday that Portugal would respond "
        "immediately to any attack on its citizens."
    )
    respond = _at(pipeline, text, "respond")
    assert respond and respond[0].event == "THREATEN"
    assert country_set(respond[0].actor) == {"PRT"} and country_set(respond[0].recipient) == {"LSO"}


@pytest.mark.model
def test_a_warning_of_the_lead_acts_own_target_is_aimed_at_no_one_new(pipeline: Any) -> None:  # trap
    text = (
        "Chinese warships sailed around Taiwan on Monday in a show of force.\n\nTaiwan's defence ministry "
        "said its forces would respond to any incursion into its waters."
    )
    respond = _at(pipeline, text, "respond")
    assert respond and country_set(respond[0].recipient) != {"TWN"}


@pytest.mark.model
def test_a_warning_told_by_another_verb_takes_no_lead_target(pipeline: Any) -> None:  # trap
    text = (
        "Indian troops shelled army posts in Pakistan-held Kashmir on Monday.\n\nThe Indian army chief warned "
        "other nations that any meddling would bring grave consequences."
    )
    warned = _at(pipeline, text, "warned")
    assert all("PAK" not in country_set(e.recipient) for e in warned)


# --- a thing held up in a gesture participle, beside the true subject, is no actor ------------------------


@pytest.mark.model
def test_flags_waved_beside_the_subject_name_no_actor(pipeline: Any) -> None:
    text = (
        "In Conakry, crowds rallied on Monday, some waving Iranian flags, and a band of protesters stoned the "
        "Dutch embassy."
    )
    stoned = _at(pipeline, text, "stoned")
    assert stoned and "IRN" not in country_set(stoned[0].actor)


@pytest.mark.model
def test_the_waver_of_a_flag_named_in_the_participle_is_the_actor(pipeline: Any) -> None:  # trap
    text = "Flag-waving Serbian nationalists attacked the Croatian embassy in Belgrade on Friday."
    attacked = _at(pipeline, text, "attacked")
    assert attacked and country_set(attacked[0].actor) == {"SRB"}
