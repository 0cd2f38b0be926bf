"""Recipient mechanisms of recip38 (issue 12's recipient country), on sentences written for this
test (none taken from a gold or blind set), with traps: an admission is made to whom the act it
admits was done to (participants/admitted.py); the sponsor of an operation named before a hyphenated
participle is no recipient (lexicon sponsor_participles, participants/bystanders.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2004, 11, 17)


# an admission is made to whom the act it admits was done to (participants/admitted.py)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the place of the admitted act, named in its clause
        (
            "The Dutch defence minister admitted on Monday that navy divers had sunk a protest boat in a harbour "
            "in Chile.",
            "CHL",
        ),
        # the admitted act's object of another country
        ("Pakistan's army admitted that its soldiers had shelled two Indian border villages.", "IND"),
    ],
)
def test_an_admission_is_made_to_whom_the_act_was_done(pipeline: Any, text: str, target: str) -> None:
    admissions = [ev for ev in code_events(pipeline, text, PUB) if ev.cameo == "080"]
    assert admissions, text
    assert country_set(admissions[0].recipient) == {target}, (admissions[0].recipient, admissions[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the admitter's own country named as the place: no one else
        "Pakistan admitted on Tuesday that its soldiers had shelled a village in Pakistan.",
        # what befell someone, no act: no one
        "The Dutch government acknowledged on Monday that a sailor had died inside its embassy in Chile.",
    ],
)
def test_no_one_for_an_admission_of_a_home_act(pipeline: Any, text: str) -> None:
    for ev in code_events(pipeline, text, PUB):
        if ev.cameo == "080":
            assert not {r.country for r in ev.recipient if r.country} - {"PAK", "NLD"}, (ev.recipient, ev.reasons)


# the sponsor of an operation, named before "-backed", "-sanctioned", is no recipient (lexicon
# sponsor_participles): the landing is aimed at the place's country


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Hundreds of French marines came ashore in Abidjan on Friday at the start of a U.N.-backed mission "
            "to protect civilians.",
            "CIV",
        ),
        (
            "Dutch troops landed in Monrovia on Friday to open a U.N.-sanctioned operation to protect aid convoys.",
            "LBR",
        ),
    ],
)
def test_the_sponsor_of_an_operation_is_no_recipient(pipeline: Any, text: str, target: str) -> None:
    landings = [ev for ev in code_events(pipeline, text, PUB) if ev.cameo.startswith("15")]
    assert landings, text
    assert country_set(landings[0].recipient) == {target}, (landings[0].recipient, landings[0].reasons)


def test_a_sponsor_after_by_stays_a_party() -> None:
    from newsevents.participants.bystanders import BROKERED

    assert BROKERED.match("-backed militias") is not None
    assert BROKERED.match(" backed by Rwanda") is None  # only after a hyphen
