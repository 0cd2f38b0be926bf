"""Recipient mechanisms of recip34 (issue 12's recipient country), on sentences written for this
test (none taken from a gold or blind set), with traps: a reaction that names no one answers the one
other country its sentence names (participants/counterpart.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, first_coded

pytestmark = pytest.mark.model

PUB = dt.date(2011, 3, 9)
ANSWERS = "whose act a reaction answers"


def _event(pipeline: Any, text: str, cameo_root: str) -> Any:
    return first_coded(pipeline, text, cameo_root, PUB)


# a reaction that names no one answers the one other country its sentence names


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # a threat answering a cooperative act (no conflict told before for retaliation_target)
        ("Norway joined the customs union on Monday, and Moscow warned it would take countermeasures.", "13", "NOR"),
        # a refusal of what the other side did: the doer of another clause is the counterpart
        ("Kazakhstan doubled the price of its grain on Friday, and Kyrgyzstan refused to pay it.", "12", "KAZ"),
        # a disapproval told in a relative clause of the noun that sums up the act
        ("Chile opened a naval base near the border on Tuesday, a decision that Peru said it regretted.", "11", "CHL"),
        # a cut in relations answering a recognition
        ("Hungary recognised the breakaway region on Tuesday, and Slovakia recalled its ambassador.", "16", "HUN"),
    ],
)
def test_a_reaction_answers_the_other_country_named(pipeline: Any, text: str, root: str, target: str) -> None:
    ev = _event(pipeline, text, root)
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # two other countries named: whom it answers is not said
        ("Japan and South Korea held joint naval drills on Monday, and Beijing warned of consequences.", "13"),
        # a place where the reactor spoke is no counterpart
        ("Italy's prime minister warned at a summit in Geneva on Monday that taxes would rise.", "13"),
        # the source of the news is no counterpart
        ("Iraq rejected the proposal on Monday, according to Iranian officials.", "12"),
        # a city in an accord's name is no counterpart
        ("Brazil refused on Monday to ratify the Paris climate accord.", "12"),
    ],
)
def test_no_counterpart(pipeline: Any, text: str, root: str) -> None:
    for ev in code_events(pipeline, text, PUB):
        if ev.cameo.startswith(root):
            assert ANSWERS not in " ".join(ev.reasons), (ev.cameo, ev.recipient, ev.reasons)


def test_a_named_recipient_is_kept(pipeline: Any) -> None:
    # a reaction that names whom it is aimed at keeps it, whatever else the sentence names
    ev = _event(pipeline, "Spain seized a fishing boat on Friday, and Morocco warned Portugal to stay out.", "13")
    assert ANSWERS not in " ".join(ev.reasons), (ev.recipient, ev.reasons)


def test_only_in_the_lead_sentence(pipeline: Any) -> None:
    # a story's later sentence names countries of its background: no counterpart read there
    text = (
        "Voters in Norway elected a new parliament on Monday. "
        "Norway joined the customs union in 1995, and Moscow warned it would take countermeasures."
    )
    for ev in code_events(pipeline, text, PUB):
        if ev.cameo.startswith("13"):
            assert ANSWERS not in " ".join(ev.reasons), (ev.cameo, ev.recipient, ev.reasons)


# a demand for the release of people held by X is made to X (participants/actagent.act_agent):
# people of the demanders' own nation, read from the object, whose holder the "by" phrase names


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Armenian gunmen seized a bus near the border on Monday and demanded the release of 12 Armenians "
            "held by Azerbaijan.",
            "AZE",
        ),
        (
            "Chechen fighters took over a hospital on Friday and demanded the release of 20 Chechens jailed "
            "by Georgia.",
            "GEO",
        ),
    ],
)
def test_release_of_people_held_by_a_state(pipeline: Any, text: str, target: str) -> None:
    ev = _event(pipeline, text, "10")
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)
