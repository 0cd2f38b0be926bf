"""Whom an event is aimed at, eleventh session (issues 11 and 12), each mechanism on sentences
written for this test (none taken from a gold or blind set): a curfew (CAMEO 1723) that names no
target falls on the state's own people; a role word with no
country of its own that a party of one country addresses is of that country when the sentence
names no other (participants/institutions.home_institution); what a speech participle names is
what was said, no recipient (institutions.told_content)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import country_set, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2019, 6, 14)


_one = partial(one_event, pub_date=PUB)


def test_a_curfew_with_no_target_falls_on_the_own_people(pipeline: Any) -> None:
    """A curfew (CAMEO 1723) that names no target, by a person of the state: the actor's own country
    (data/code_rules.yaml home_act_codes)."""
    e = _one(pipeline, "The Bolivian president imposed a nightly curfew on Friday after days of looting.", "imposed")
    assert e.event == "COERCE"
    assert country_set(e.recipient) == {"BOL"}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Hungarian Prime Minister Viktor Orban urged judges to resign on Monday.", "urged", "HUN"),
        ("Iraqi Prime Minister Haider al-Abadi asked parliament on Sunday to approve a new cabinet.", "asked", "IRQ"),
        ("Peruvian President Martin Vizcarra called on lawmakers to back his reforms.", "called", "PER"),
    ],
)
def test_an_institution_of_the_one_country_named(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == {country}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # another country in the sentence: whose Congress is unsaid
        ("Ukrainian President Volodymyr Zelenskiy appealed to Congress for weapons as Joe Biden announced aid.",
         "appealed"),
        # forces an agreement sends are the actor's own, no recipient
        ("Mexico agreed on Friday to deploy thousands of troops to curb migration.", "agreed"),
        # a role word made foreign
        ("Kenyan President Uhuru Kenyatta urged foreign troops on Monday to leave.", "urged"),
        ("Kenyan President Uhuru Kenyatta demanded that peacekeepers protect the town.", "demanded"),
        # not a state or a party: whose people a church addresses is not said
        ("The Kenyan cardinal urged families on Sunday to welcome migrants.", "urged"),
    ],
)  # fmt: skip
def test_no_institution_country_where_the_rule_does_not_hold(pipeline: Any, text: str, trigger: str) -> None:
    e = _one(pipeline, text, trigger)
    assert not ({"UKR", "MEX", "KEN"} & country_set(e.recipient))


def test_force_keeps_no_institution_country(pipeline: Any) -> None:
    """By force, whose soldiers were hit is not said by the attacker's country."""
    e = _one(pipeline, "Russian aircraft bombed soldiers near the town on Monday.", "bombed")
    assert not any("the one country the sentence names" in r for r in e.reasons), e.reasons


def test_a_speech_participle_names_no_recipient(pipeline: Any) -> None:
    e = _one(pipeline, "The prime minister resigned on Monday, saying Petro Poroshenko had betrayed him.", "resigned")
    assert "UKR" not in country_set(e.recipient)


def test_a_to_clause_still_tells_whom(pipeline: Any) -> None:
    e = _one(pipeline, "Japan pledged 50 million dollars on Tuesday to help Indonesia rebuild.", "pledged")
    assert country_set(e.recipient) == {"IDN"}
