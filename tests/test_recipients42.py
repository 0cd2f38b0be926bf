"""Recipient mechanisms of recip42 (issue 12's recipient country), on sentences written for this test
(none taken from a gold or blind set), with traps: a demand or appeal that an act stop, naming no party,
is made to whoever did the act of material conflict told before it in its sentence
(participants/halted.py); a request for help told in an adverbial clause of the act of aid or force that
answers it is made to that act's doers (participants/helper.py); the country a war is waged on is no
recipient of a protest or rejection of the war (participants/wartarget.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2011, 6, 14)
ASKING_ROOTS = ("02", "10")


def _asks(pipeline: Any, text: str, trigger: str) -> list[Any]:
    return [
        ev
        for ev in code_events(pipeline, text, PUB)
        if ev.cameo.startswith(ASKING_ROOTS) and ev.event_text.split()[0] == trigger
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # an organisation of no country asks the invader to withdraw ("their withdrawal": the pronoun)
        (
            "Ethiopian troops crossed into Eritrea on Monday and occupied two border towns, and the African "
            "Union demanded their immediate withdrawal.",
            "demanded",
            {"ETH"},
        ),
        # a country the blow did not hit asks for a halt "to the operation" (a definite act noun)
        (
            "Turkish warplanes bombed villages in northern Iraq on Friday, and Greece demanded an immediate halt "
            "to the operation.",
            "demanded",
            {"TUR"},
        ),
        # a bare noun of stopping, by role words of no country
        (
            "Egyptian artillery shelled Libyan border posts on Sunday, killing 30 soldiers, and European "
            "ministers demanded an end.",
            "demanded",
            {"EGY"},
        ),
    ],
)
def test_a_demand_to_stop_is_made_to_the_doer_told_before(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    asks = _asks(pipeline, text, trigger)
    assert asks, text
    assert country_set(asks[0].recipient) == target, (asks[0].recipient, asks[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "absent"),
    [
        # the demanders' own act: rebels who seized a building are not asked to stop by themselves
        (
            "Chadian rebels seized a radio station in N'Djamena on Tuesday, demanding an end to the war in the east.",
            "demanding",
            {"TCD"},
        ),
        # the act is told after the demand: no act answered
        (
            "The Arab League demanded an end to the blockade on Monday, hours before Moroccan troops stormed the port.",
            "demanded",
            {"MAR"},
        ),
    ],
)
def test_no_doer_for_other_demands(pipeline: Any, text: str, trigger: str, absent: set[str]) -> None:
    for ev in _asks(pipeline, text, trigger):
        # not the doer told before (the demanders themselves); their own government, which a demand that
        # names no one is aimed at (participants/homeaim), is no doer
        doers = {r.country for r in ev.recipient if r.sector != "GOV" or "aimed at home" not in r.reason}
        assert not doers & absent, (ev.recipient, ev.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # forces sent after a request for help that names no one: the sender
        (
            "New Zealand flew soldiers and police to Tonga on Friday after the king asked for help to end the looting.",
            "asked",
            {"NZL"},
        ),
        # whom it asks told by a common noun: told by who answered
        (
            "Kenya sent troops into Somalia on Monday after the transitional government asked its neighbours "
            "for help against the militants.",
            "asked",
            {"KEN"},
        ),
        # force used after an appeal "for military assistance"
        (
            "Senegal launched air strikes against rebels in Gambia on Monday after the Gambian president "
            "appealed for military assistance.",
            "appealed",
            {"SEN"},
        ),
    ],
)
def test_a_request_for_help_is_made_to_the_helper_above(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    asks = _asks(pipeline, text, trigger)
    assert asks, text
    assert country_set(asks[0].recipient) == target, (asks[0].recipient, asks[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "absent"),
    [
        # the request names whom it asks: that one, not the helper read from the clause above
        (
            "Belgian troops landed in Kinshasa on Sunday after the president asked France for help.",
            "asked",
            {"BEL"},
        ),
        # forces that come as part of a larger body answer for it, the one asked (of no country)
        (
            "Nigerian troops entered Liberia on Tuesday as part of a West African peacekeeping force, after "
            "the interim president asked for help.",
            "asked",
            {"NGA"},
        ),
        # the request names whom it asks, an organisation of no country: that one
        (
            "Moroccan troops landed in Mauritania on Friday after the president appealed to the Arab League for help.",
            "appealed",
            {"MAR"},
        ),
        # the clause above tells no help given nor force used
        (
            "Kenyan ministers met in Nairobi on Monday after the Ugandan government asked for help.",
            "asked",
            {"KEN"},
        ),
    ],
)
def test_no_helper_when_the_request_names_one_or_no_help_answers(
    pipeline: Any, text: str, trigger: str, absent: set[str]
) -> None:
    for ev in _asks(pipeline, text, trigger):
        assert not country_set(ev.recipient) & absent, (ev.recipient, ev.reasons)


def _events(pipeline: Any, text: str, roots: tuple[str, ...]) -> list[Any]:
    return [ev for ev in code_events(pipeline, text, PUB) if ev.cameo.startswith(roots)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "roots", "absent", "expected"),
    [
        # a march against a war on a country: the protesters' own government, not the country
        (
            "Tens of thousands of people marched through Madrid on Sunday to protest against a possible war on Libya.",
            ("14",),
            {"LBY"},
            {"ESP"},
        ),
        # "of" after the noun of armed action; students of one country rallying at home
        (
            "Thousands of students rallied in Athens on Friday against the bombing of Serbia.",
            ("14",),
            {"SRB"},
            {"GRC"},
        ),
        # a rejection of military action in a country: that country is no recipient
        (
            "The Dutch parliament voted on Tuesday against military action in Mali.",
            ("12",),
            {"MLI"},
            None,
        ),
    ],
)
def test_the_country_a_war_is_waged_on_is_no_party_to_opposing_it(
    pipeline: Any, text: str, roots: tuple[str, ...], absent: set[str], expected: set[str] | None
) -> None:
    events = _events(pipeline, text, roots)
    assert events, text
    assert not country_set(events[0].recipient) & absent, (events[0].recipient, events[0].reasons)
    if expected is not None:
        assert country_set(events[0].recipient) == expected, (events[0].recipient, events[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "roots", "target"),
    [
        # the war is waged, not opposed: its target is the recipient
        ("Ethiopia launched an invasion of Eritrea on Monday.", ("19", "18"), {"ERI"}),
        # a protest against a country's own act keeps that country ("against Chinese rule in Tibet")
        ("Thousands of Tibetans marched in Delhi on Monday against Chinese rule in Tibet.", ("14",), {"CHN"}),
    ],
)
def test_a_war_target_kept_where_no_war_is_opposed(
    pipeline: Any, text: str, roots: tuple[str, ...], target: set[str]
) -> None:
    events = _events(pipeline, text, roots)
    assert events, text
    assert country_set(events[0].recipient) & target, (events[0].recipient, events[0].reasons)
