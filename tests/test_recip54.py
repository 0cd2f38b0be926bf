"""Recipients of story events (recip54, issue 11): a state of emergency or martial law declared by a person or
an army of one country, naming no one, falls on that country's people (code/parties.own_people), as one
declared by a civil state body did; a reaction or an appeal by actors of no country (an international
organisation, "human rights groups") that names no one, told after the story's first sentence, is aimed at
whoever did the story's lead act (code/toldbefore.lead_doer), as one by a state is. Every text is written for
this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.code.toldbefore import lead_doer
from newsevents.records import Event


def _at(pipeline: Any, text: str, trigger: str, dateline: str | None = None) -> list[Event]:
    return [e for e in code_on(pipeline, text, dateline=dateline) if e.event_text == trigger]


# --- a state of emergency declared by a person or an army -------------------------------------------------


@pytest.mark.model
def test_an_emergency_declared_by_a_president_falls_on_his_people(pipeline: Any) -> None:
    text = "President Hakainde Hichilema of Zambia declared a state of emergency on Sunday after two days of rioting."
    declared = _at(pipeline, text, "declared")
    assert declared and declared[0].cameo == "1724"
    assert country_set(declared[0].recipient) == {"ZMB"}


@pytest.mark.model
def test_martial_law_declared_by_an_army_falls_on_its_people(pipeline: Any) -> None:
    text = "Bolivia's army declared martial law on Friday, a day after the election results were annulled."
    declared = _at(pipeline, text, "declared")
    assert declared
    assert country_set(declared[0].recipient) == {"BOL"}


@pytest.mark.model
def test_an_emergency_over_a_foreign_region_names_its_target(pipeline: Any) -> None:  # trap: a target named
    text = "Ethiopia's army declared a state of emergency in Eritrea's border districts on Friday."
    for e in _at(pipeline, text, "declared"):
        assert "ETH" not in country_set(e.recipient) or "ERI" in country_set(e.recipient)


# --- actors of no country reacting to the story's lead ------------------------------------------------------


@pytest.mark.model
def test_an_organisation_appealing_after_the_lead_asks_its_doer(pipeline: Any) -> None:
    text = (
        "Ugandan troops crossed into eastern Congo on Monday and seized the town of Bunia, killing at least "
        "twelve people. The African Union called for an immediate ceasefire on Tuesday."
    )
    called = _at(pipeline, text, "called")
    assert called
    assert country_set(called[0].recipient) == {"UGA"}


@pytest.mark.model
def test_rights_groups_demanding_after_the_lead_ask_its_doer(pipeline: Any) -> None:
    text = (
        "Ugandan troops crossed into eastern Congo on Monday and seized the town of Bunia. Human rights groups "
        "demanded an independent inquiry on Tuesday."
    )
    demanded = _at(pipeline, text, "demanded")
    assert demanded
    assert country_set(demanded[0].recipient) == {"UGA"}


@pytest.mark.model
def test_an_appeal_in_the_lead_sentence_takes_no_doer(pipeline: Any) -> None:  # trap: no act told before it
    text = (
        "The African Union called for an immediate ceasefire on Tuesday after Ugandan troops seized the town of Bunia."
    )
    for e in _at(pipeline, text, "called"):
        assert not country_set(e.recipient) - {None}


@pytest.mark.model
def test_a_lead_by_two_countries_gives_no_doer(pipeline: Any) -> None:  # trap: the lead's doers of two countries
    text = (
        "Ugandan and Rwandan troops crossed into eastern Congo on Monday and seized the town of Bunia. "
        "The African Union called for an immediate ceasefire on Tuesday."
    )
    for e in _at(pipeline, text, "called"):
        assert not country_set(e.recipient) - {None}


def test_lead_doer_needs_an_actor() -> None:  # no one acting: nothing to answer
    assert lead_doer([], [], ("10", "11")) is None
