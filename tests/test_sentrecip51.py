"""Sentence recipients of sentrecip51, on sentences written for this test (none taken from a gold or
blind set), with traps: a state's deployment that names no destination of its own is at home
(participants/deployment.deployed_at_home); a ruled territory's protest is aimed at its ruler also when
its sentence names the ruler (participants/owngov.home_government)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set

PUB = dt.date(2011, 5, 3)


def deployments(pipeline: Any, text: str) -> list[Any]:
    return [ev for ev in code_events(pipeline, text, PUB) if ev.cameo == "154"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("The governor of Ohio activated the National Guard on Monday after two nights of rioting.", "USA"),
        ("Kenya's president deployed the army on Tuesday after protesters stormed the finance ministry.", "KEN"),
        ("The Peruvian government sent in more troops on Friday after miners blocked the highway.", "PER"),
        ("Chile's president put soldiers on the streets on Sunday after a week of looting.", "CHL"),
    ],
)
def test_a_deployment_that_names_no_one_is_at_home(pipeline: Any, text: str, home: str) -> None:
    found = deployments(pipeline, text)
    assert found, text
    assert country_set(found[0].recipient) == {home}, (found[0].recipient, found[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # forces raised, not moved (lexicon force_raising_words)
        "President Putin ordered a partial mobilisation of reservists on Wednesday.",
        "Israel called up 50,000 reservists on Sunday.",
        # armour shown in the streets (lexicon armour_nouns)
        "Venezuela's defence ministry deployed armoured vehicles on the streets of the capital on Tuesday.",
        # a destination the gazetteer gives no country of the actor
        "The Pentagon ordered an aircraft carrier group to the eastern Mediterranean on Sunday.",
        # another country named in the sentence
        "Ecuador deployed the army on Monday after Colombian troops raided a rebel camp.",
    ],
)
def test_no_home_for_forces_raised_or_sent_elsewhere(pipeline: Any, text: str) -> None:
    for ev in deployments(pipeline, text):
        assert not any("at home" in why for why in ev.reasons), (ev.recipient, ev.reasons)


# a protest by the people of a territory another state rules is aimed at that state, also when the
# sentence names it (participants/owngov.home_government, lexicon ruling_states)


@pytest.mark.model
def test_a_ruled_territory_protests_to_its_ruler_named_in_the_sentence(pipeline: Any) -> None:
    text = "France sent extra police to New Caledonia on Thursday after riots over a land reform left two people dead."
    riots = [ev for ev in code_events(pipeline, text, PUB) if ev.event_text == "riots"]
    assert riots, text
    assert country_set(riots[0].recipient) == {"FRA"}, (riots[0].recipient, riots[0].reasons)


@pytest.mark.model
def test_no_ruler_for_a_protest_whose_sentence_names_another_country(pipeline: Any) -> None:
    text = "Australia sent extra police to New Caledonia on Thursday after riots over a land reform left two dead."
    riots = [ev for ev in code_events(pipeline, text, PUB) if ev.event_text == "riots"]
    assert riots, text
    assert "FRA" not in country_set(riots[0].recipient), (riots[0].recipient, riots[0].reasons)


# a companion noun that owns or modifies another noun says whose that thing is: no party
# (participants/bystanders.kin_owner, lexicon companion_nouns)


@pytest.mark.model
def test_the_family_whose_rule_ends_is_no_recipient(pipeline: Any) -> None:
    text = (
        "Rebels seized the capital on Sunday and President Omar Tanko fled the country, ending four decades of "
        "his family's rule."
    )
    fled = [ev for ev in code_events(pipeline, text, PUB) if ev.event_text == "fled"]
    assert fled, text
    assert not fled[0].recipient, (fled[0].recipient, fled[0].reasons)


@pytest.mark.model
def test_a_family_arrested_is_still_a_recipient(pipeline: Any) -> None:
    text = "Kenyan police arrested the opposition leader and his family on Monday."
    arrests = [ev for ev in code_events(pipeline, text, PUB) if ev.event_text == "arrested"]
    assert arrests, text
    assert "family" in {r.entity_text for r in arrests[0].recipient}, (arrests[0].recipient, arrests[0].reasons)
