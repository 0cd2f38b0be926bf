"""Whom an event is aimed at, thirteenth session (issues 11 and 12), on sentences written for this
test (none taken from a gold or blind set): a role word with no country of its own is of the one
other country the sentence names (participants/institutions.other_country), not of a place left
or a source, a broker, a condition or another clause's doer named, and not a role word the actor
owns; an accord's or a cooperation's purpose clause that names its own parties' states names no
recipient (participants/recipients.itself); an event noun's complements name whom it is done to
(participants/phrases.noun_patients)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import country_set, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2021, 3, 9)

_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # a threat's purpose clause: the generals of the country named in the other clause
        ("The Belgian foreign minister threatened on Friday to impose sanctions on the generals, two days "
         "after Sudan's army seized power in Khartoum.", "threatened", "SDN"),
        # whose parliament: the one other country named (a demonym)
        ("Supporters of the jailed opposition leader stormed the parliament on Sunday after the Moldovan "
         "president refused to call new elections.", "stormed", "MDA"),
        # whose protesters: the one country named, the actor having none
        ("Masked rioters attacked police in several Belgian towns on Saturday night.", "attacked", "BEL"),
    ],
)  # fmt: skip
def test_a_role_word_of_the_one_other_country_named(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == {country}, e.reasons


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        # a condition names no party
        ("Turkey said it would not accept further refugees if the fighting spread into Iraq.", "accept", "IRQ"),
        # another clause's doer is no target
        ("The Swedish minister condemned the overthrow of the elected government, and Oslo announced "
         "it was suspending aid.", "condemned", "NOR"),
        # two other countries named: whose generals is unsaid
        ("Canada threatened on Monday to impose sanctions on the generals, while Brazil and Argentina "
         "recalled their envoys from Lima.", "threatened", "PER"),
    ],
)  # fmt: skip
def test_no_other_country_where_the_rule_does_not_hold(pipeline: Any, text: str, trigger: str, wrong: str) -> None:
    e = _one(pipeline, text, trigger)
    assert wrong not in country_set(e.recipient), e.reasons
    assert not any("one other country the sentence names" in r for r in e.reasons), e.reasons


def test_a_state_acting_on_its_own_people_keeps_its_own_country(pipeline: Any) -> None:
    """An arrest by the state's police is the domestic rule's (code.parties.domestic): the embassy's
    country named is no party."""
    e = _one(pipeline, "Iraqi police arrested dozens of protesters outside the U.S. embassy in Baghdad on Friday.",
             "arrested")  # fmt: skip
    assert country_set(e.recipient) == {"IRQ"}


@pytest.mark.parametrize(
    ("text", "trigger", "own"),
    [
        ("Brazil and Argentina signed a treaty on Monday to end Brazil's and Argentina's chemical "
         "weapons programmes within five years.", "signed", {"BRA", "ARG"}),
        ("The rebels and the Sudanese government signed an accord in Doha on Friday, postponing a decision "
         "on Darfur's status.", "signed", {"SDN"}),
    ],
)  # fmt: skip
def test_an_accord_naming_its_own_states_names_no_recipient(
    pipeline: Any, text: str, trigger: str, own: set[str]
) -> None:
    e = _one(pipeline, text, trigger)
    assert not (own & country_set(e.recipient)), e.reasons


def test_an_accord_with_another_party_keeps_it(pipeline: Any) -> None:
    e = _one(pipeline, "Turkey signed a deal with Iraq on Monday to reopen the Kirkuk pipeline.", "signed")
    assert country_set(e.recipient) == {"IRQ"}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("The summit condemned Vietnam's occupation of Cambodia on Tuesday.", "occupation", "KHM"),
        ("Russia's annexation of Crimea in March drew sanctions.", "annexation", "UKR"),
        ("Morocco on Thursday announced a normalisation of ties with Israel.", "normalisation", "ISR"),
    ],
)
def test_an_event_noun_is_done_to_its_complement(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == {country}, e.reasons


def test_an_event_noun_is_not_done_to_what_its_complement_targets(pipeline: Any) -> None:
    """The veto is of the sanctions; their target is not whom the veto is done to."""
    e = _one(pipeline, "Lawmakers failed on Monday to override President Biden's veto of new sanctions against Cuba.",
             "veto")  # fmt: skip
    assert "CUB" not in country_set(e.recipient), e.reasons
