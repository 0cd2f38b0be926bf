"""Recall on wire stories (storyrec40 session, issue 11): an act wanted in a passive "for NP to be VBN"
clause ("called for the minister to be removed") is an appeal, as in the active ("called for the UN to play
a role"). Every text is written for this test (none is taken from a gold or blind set); traps must stay as
they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, events_at
from newsevents.records import Event

PUB = dt.date(2017, 5, 10)  # a Wednesday


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- an act wanted in a passive for-to clause: an appeal ----------------------------------------------------


@pytest.mark.model
def test_a_passive_act_called_for_is_an_appeal(pipeline: Any) -> None:
    text = "Germany called on Tuesday for the sanctions against Belarus to be lifted."
    call = _at(pipeline, text, "called")
    assert call and call[0].event == "REQUEST"
    assert country_set(call[0].actor) == {"DEU"}


@pytest.mark.model
def test_a_leader_called_for_to_be_restored_is_an_appeal(pipeline: Any) -> None:
    text = "Bolivia's foreign minister called for the ousted president to be restored to office immediately."
    call = _at(pipeline, text, "called")
    assert call and call[0].event == "REQUEST"
    assert country_set(call[0].actor) == {"BOL"}


@pytest.mark.model
def test_a_passive_told_as_done_after_for_is_no_appeal(pipeline: Any) -> None:  # trap: no "for" marker
    text = "Chile said on Tuesday the ambassador had been recalled for consultations."
    assert not [e for e in code_events(pipeline, text, PUB) if e.event == "REQUEST"]
