"""Recipient mechanisms of recip40 (issue 12's recipient country), on sentences written for this
test (none taken from a gold or blind set), with traps: a reaction told in a relative clause on a
noun that sums up the clause before it answers that clause's doer (participants/summed.py); a demand
for the release of people held in a country's jails is made to that country (participants/holder.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2012, 3, 8)
REACTION_ROOTS = ("10", "11", "12", "13", "16")


def _reactions(pipeline: Any, text: str, trigger: str) -> list[Any]:
    return [
        ev
        for ev in code_events(pipeline, text, PUB)
        if ev.cameo.startswith(REACTION_ROOTS) and ev.event_text.split()[0] == trigger
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the summed clause is an announcement no pattern codes: the announcers (in any sentence)
        (
            "Fishing boats crowded the harbour of Arica. The presidents of Chile and Peru announced on Tuesday "
            "that a joint naval squadron would patrol the southern Pacific, a move Bolivia criticised.",
            "criticised",
            {"CHL", "PER"},
        ),
        # the doer of the clause above a clause of insistence ("after X insisted that ...")
        (
            "The talks in Vienna collapsed on Friday after Hungary insisted that the dam project be finished "
            "on its side of the river, a condition Slovakia flatly refused.",
            "refused",
            {"HUN"},
        ),
        # the reaction reported inside the relative clause ("said they would ...")
        (
            "Brazil signed a law on Monday raising duties on imported steel, a measure Argentina said it would "
            "challenge.",
            "challenge",
            {"BRA"},
        ),
    ],
)
def test_a_reaction_to_a_summed_clause_answers_its_doer(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    reactions = _reactions(pipeline, text, trigger)
    assert reactions, text
    assert country_set(reactions[0].recipient) == target, (reactions[0].recipient, reactions[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "forbidden"),
    [
        # the noun stands in a phrase of the clause, not set after it: no summing (a later sentence,
        # where the one other country of a lead sentence is not read: participants/counterpart.py)
        (
            "Fishing boats crowded the harbour of Arica. The presidents of Chile and Peru announced a joint "
            "naval patrol of the southern Pacific on Tuesday in a move Bolivia criticised.",
            "criticised",
            {"CHL", "PER"},
        ),
        # a noun that names no act ("a country ...") sums up nothing
        (
            "The ministers of Kenya and Uganda met in Nairobi on Monday to discuss Somalia, a country Ethiopia "
            "condemned for harbouring rebels.",
            "condemned",
            {"KEN", "UGA"},
        ),
    ],
)
def test_no_summed_doer_without_the_construction(pipeline: Any, text: str, trigger: str, forbidden: set[str]) -> None:
    for ev in _reactions(pipeline, text, trigger):
        assert not country_set(ev.recipient) & forbidden, (ev.recipient, ev.reasons)


# a demand for the release of people held in a country's jails is made to that country, their holder
# (participants/holder.py), not to the people a seizure took as leverage


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the jails named with their state's demonym
        (
            "Armed men hijacked a Greek ferry in the Aegean on Sunday and demanded the release of 20 Kurds held "
            "in Turkish prisons.",
            "TUR",
        ),
        # the country named as the place they are held in
        ("Gunmen seized a bus near the Kenyan border and demanded the release of comrades jailed in Uganda.", "UGA"),
    ],
)
def test_a_release_demand_is_made_to_the_holder(pipeline: Any, text: str, target: str) -> None:
    demands = [ev for ev in code_events(pipeline, text, PUB) if ev.event_text.startswith("demanded")]
    assert demands, text
    assert country_set(demands[0].recipient) == {target}, (demands[0].recipient, demands[0].reasons)


@pytest.mark.model
def test_no_holder_from_a_place_that_is_not_where_they_are_held(pipeline: Any) -> None:
    # "in" on the demand, not on a participle of holding: where it was made, no holder
    text = "Relatives of the missing sailors demanded their release in Athens on Monday, a week after the ship sank."
    for ev in code_events(pipeline, text, PUB):
        if ev.event_text.startswith("demanded"):
            assert "holder" not in " ".join(ev.reasons), ev.reasons
