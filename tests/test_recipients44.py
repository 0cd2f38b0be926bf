"""Recipient mechanisms of recip44 (issue 12's recipient country), on sentences written for this test
(none taken from a gold or blind set), with traps: a request to a legislature or a court by a state's
own is made to that state's chamber (participants/chamber.py); a role word placed by a participle of
base ("militants based in Pakistan") is of the country it names (participants/based.py); a reaction in a
sentence naming several other countries answers the doers of the act told before it
(participants/counterpart.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2011, 6, 14)


def _by_trigger(pipeline: Any, text: str, roots: tuple[str, ...], trigger: str) -> list[Any]:
    return [
        ev
        for ev in code_events(pipeline, text, PUB)
        if ev.cameo.startswith(roots) and ev.event_text.split()[0] == trigger
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # another country named as the doer of an earlier clause is not the chamber's
        (
            "Russian troops seized a bridge on Monday, and Moldovan President Maia Sandu asked parliament to "
            "impose a state of emergency.",
            "asked",
            {"MDA"},
        ),
        # what the money is for (Israel) is not whom it is asked of
        ("President Joe Biden asked Congress on Friday for $10 billion to help Israel.", "asked", {"USA"}),
        # a court, urged by a head of government
        (
            "Turkish soldiers shelled a village in northern Syria, and Israeli Prime Minister Benjamin Netanyahu "
            "urged the Supreme Court to delay its ruling.",
            "urged",
            {"ISR"},
        ),
    ],
)
def test_a_request_to_a_chamber_is_made_to_the_requesters_own(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    asks = _by_trigger(pipeline, text, ("02", "10"), trigger)
    assert asks, text
    assert country_set(asks[0].recipient) == target, (text, asks[0].recipient, asks[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        # the chamber's phrase names its country: a foreign legislature
        ("Indian Prime Minister Narendra Modi urged Japan's parliament to ratify the treaty.", "urged", {"JPN"}),
        # requesters of no state (protesters): not a state's own request
        (
            "Opposition supporters urged parliament on Sunday to impeach Georgian President Eduard Shevardnadze.",
            "urged",
            None,
        ),
    ],
)
def test_a_chamber_named_otherwise_or_asked_by_others_is_left(
    pipeline: Any, text: str, trigger: str, kept: set[str] | None
) -> None:
    asks = _by_trigger(pipeline, text, ("02", "10"), trigger)
    assert asks, text
    why = " ".join(asks[0].reasons)
    assert "a state's own asks" not in why, (text, why)
    if kept is not None:
        assert country_set(asks[0].recipient) == kept, (text, asks[0].recipient, asks[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Afghanistan blamed militants based in Pakistan on Friday for the bombing in Kabul.", "blamed", {"PAK"}),
        ("Kenya accused militant groups based in Somalia of the attack on the mall.", "accused", {"SOM"}),
    ],
)
def test_a_role_word_based_in_a_country_is_of_that_country(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    blames = _by_trigger(pipeline, text, ("11", "112"), trigger)
    assert blames, text
    assert country_set(blames[0].recipient) == target, (text, blames[0].recipient, blames[0].reasons)


@pytest.mark.model
def test_where_a_group_operates_does_not_place_it(pipeline: Any) -> None:
    """'operating in' tells where a group acts, not whose it is: the participle of base alone places it."""
    text = "Macedonia accused ethnic Albanian guerrillas operating in Kosovo of the attack."
    blames = _by_trigger(pipeline, text, ("11",), "accused")
    assert blames, text
    assert "XKX" not in country_set(blames[0].recipient), (blames[0].recipient, blames[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the doer of the act told before, not whom it acted on
        (
            "Norway formally recognised the State of Palestine on Tuesday, and Israel recalled its ambassador "
            "in protest.",
            "recalled",
            {"NOR"},
        ),
        # every doer of a list, however far down it
        (
            "Spain, Ireland and Norway recognised a Palestinian state on Tuesday, and Israel recalled its ambassadors.",
            "recalled",
            {"ESP", "IRL", "NOR"},
        ),
    ],
)
def test_a_reaction_answers_the_doers_of_the_act_before_it(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    reactions = _by_trigger(pipeline, text, ("16",), trigger)
    assert reactions, text
    assert country_set(reactions[0].recipient) == target, (text, reactions[0].recipient, reactions[0].reasons)


@pytest.mark.model
def test_two_countries_named_after_the_reaction_name_no_one(pipeline: Any) -> None:
    """'Israel recalled its ambassador after talks between Norway and Palestine': no doer told before it."""
    text = "Israel recalled its ambassador on Tuesday over the recognition of Palestine by Norway and Spain."
    reactions = _by_trigger(pipeline, text, ("16",), "recalled")
    assert reactions, text
    why = " ".join(reactions[0].reasons)
    assert "the doers of the act told before" not in why, (text, why)


@pytest.mark.model
def test_a_refusal_to_follow_suit_does_not_answer_the_doers(pipeline: Any) -> None:
    """A rejection answers a proposal or demand: refusing to do what others did is not aimed at them."""
    text = "Italy and Germany recognised South Sudan on Saturday, but Egypt refused to follow suit."
    refusals = _by_trigger(pipeline, text, ("12",), "refused")
    assert refusals, text
    why = " ".join(refusals[0].reasons)
    assert "the doers of the act told before" not in why, (text, why)


@pytest.mark.model
def test_the_speaker_of_a_reaction_is_not_a_doer_it_answers(pipeline: Any) -> None:
    """'Tokyo said it regretted Beijing's decision to recall ...': the reaction is told inside what Tokyo says."""
    text = "Tokyo said on Monday it regretted Beijing's decision to recall its ambassador, a step that alarmed Manila."
    recalls = _by_trigger(pipeline, text, ("16",), "recall")
    assert recalls, text
    why = " ".join(recalls[0].reasons)
    assert "the doers of the act told before" not in why, (text, why)


@pytest.mark.model
def test_a_reaction_told_as_the_setting_of_an_act_does_not_answer_its_doers(pipeline: Any) -> None:
    """'X cut aid after Israel alleged ...': the allegation came first; the main clause's doers answer it."""
    text = "Britain and Canada cut aid to the agency after Israel alleged that its staff had joined the attack."
    claims = _by_trigger(pipeline, text, ("11",), "alleged")
    assert claims, text
    why = " ".join(claims[0].reasons)
    assert "the doers of the act told before" not in why, (text, why)
