"""Recipients of story events (recip54, issue 11): a reaction or an appeal by actors of no country (an
international organisation, "human rights groups") that names no one, told after the story's first sentence,
is aimed at whoever did the story's lead act (code/toldbefore.lead_doer), as one by a state is; not one by a
name the knowledge base lacks. Every text is written for this test (none is taken from a
gold or blind set); traps must stay as they are."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.code.toldbefore import lead_doer
from newsevents.records import Event

LEAD = "the story's first act of conflict"  # the reason code/toldbefore.lead_doer gives


def _at(pipeline: Any, text: str, trigger: str, dateline: str | None = None) -> list[Event]:
    return [e for e in code_on(pipeline, text, dateline=dateline) if e.event_text == trigger]


# --- actors of no country reacting to the story's lead ------------------------------------------------------


@pytest.mark.model
def test_an_organisation_appealing_after_the_lead_asks_its_doer(pipeline: Any) -> None:
    text = (
        "Kenyan soldiers crossed into southern Somalia on Monday and took the port of Kismayo, killing at least "
        "nine people. The African Union called on Tuesday for the fighting to stop at once."
    )
    called = _at(pipeline, text, "called")
    assert called
    assert country_set(called[0].recipient) == {"KEN"}


@pytest.mark.model
def test_rights_groups_demanding_after_the_lead_ask_its_doer(pipeline: Any) -> None:
    text = (
        "Kenyan soldiers crossed into southern Somalia on Monday and took the port of Kismayo. Human rights groups "
        "demanded on Tuesday that outside experts look into the deaths."
    )
    demanded = _at(pipeline, text, "demanded")
    assert demanded
    assert country_set(demanded[0].recipient) == {"KEN"}


@pytest.mark.model
def test_an_appeal_in_the_lead_sentence_takes_no_doer(pipeline: Any) -> None:  # trap: no act told before it
    text = (
        "The African Union called on Tuesday for the fighting to stop after Kenyan soldiers took the port of Kismayo."
    )
    for e in _at(pipeline, text, "called"):
        assert not country_set(e.recipient) - {None}


@pytest.mark.model
def test_a_lead_by_two_countries_gives_no_doer(pipeline: Any) -> None:  # trap: the lead's doers of two countries
    text = (
        "Kenyan and Ethiopian soldiers crossed into southern Somalia on Monday and took the port of Kismayo. "
        "The African Union called on Tuesday for the fighting to stop at once."
    )
    for e in _at(pipeline, text, "called"):
        assert not country_set(e.recipient) - {None}


def test_lead_doer_needs_an_actor() -> None:  # no one acting: nothing to answer
    assert lead_doer([], [], ("10", "11")) is None


@pytest.mark.model
def test_economists_warning_after_the_lead_take_no_doer(pipeline: Any) -> None:  # trap: a name the kb lacks
    text = (
        "Kenyan soldiers crossed into southern Somalia on Monday and took the port of Kismayo. Economists warned "
        "on Tuesday that the fighting would hurt trade across the region."
    )
    for e in _at(pipeline, text, "warned"):
        assert "KEN" not in country_set(e.recipient)


@pytest.mark.model
def test_an_organisation_rejecting_after_the_lead_takes_no_doer(pipeline: Any) -> None:  # trap: a rejection
    text = (
        "Kenyan soldiers crossed into southern Somalia on Monday and took the port of Kismayo. The African Union "
        "rejected the proposed mining quota on Tuesday."
    )
    for e in _at(pipeline, text, "rejected"):  # other rules may read the quota; the lead's doer is not taken
        assert not any(LEAD in r for r in e.reasons)


@pytest.mark.model
def test_a_lead_by_a_lent_role_word_gives_no_doer(pipeline: Any) -> None:  # trap: the doer's country only lent
    text = (
        "Special forces seized the state broadcaster on Monday. The African Union called for an immediate "
        "return to constitutional order."
    )
    for e in _at(pipeline, text, "called", dateline="KINSHASA"):  # the dateline's country may be read, not the lead's
        assert not any(LEAD in r for r in e.reasons)
