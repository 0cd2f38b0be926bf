"""Recipient mechanisms of recip29 (issue 12's recipient country), each on sentences written for this
test (none taken from a gold or blind set), with traps: a capital where a cooperative act was held
is its setting, not its party (participants/venue.setting_capital); people who go along with the
actor are not whom the act is done to (participants/bystanders.companion); aid given in the giver's
own country goes to no one of that country (code/parties.place_recipient)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, first_coded

pytestmark = pytest.mark.model

PUB = dt.date(2011, 3, 9)


def _event(pipeline: Any, text: str, cameo_root: str) -> Any:
    return first_coded(pipeline, text, cameo_root, PUB)


# a capital read as the place where a cooperative act was held (participants/venue.setting_capital)


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("The two governments signed a memorandum in Nairobi on Monday covering border trade.", "KEN"),
        ("Chile and Peru signed a declaration on fisheries cooperation in Brasilia on Friday.", "BRA"),
    ],
)
def test_a_capital_where_a_document_was_signed_is_no_recipient(pipeline: Any, text: str, setting: str) -> None:
    ev = _event(pipeline, text, "05")
    assert setting not in country_set(ev.recipient), (ev.cameo, ev.recipient)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # people of the capital are parties: "officials in X" keeps X
        ("Kenya held talks with officials in Kampala on Monday.", "UGA"),
        # the capital as the party itself ("with"): not a place
        ("Chile signed a fisheries accord with Lima on Friday.", "PER"),
    ],
)
def test_people_of_a_capital_or_the_capital_as_party_stay_recipients(pipeline: Any, text: str, target: str) -> None:
    ev = _event(pipeline, text, "0")
    assert target in country_set(ev.recipient), (ev.cameo, ev.recipient)


# people who go along with the actor (participants/bystanders.companion, lexicon companion_nouns)


@pytest.mark.parametrize(
    "text",
    [
        "Haiti's president fled the presidential palace with his family on Tuesday aboard army helicopters.",
        "Zaire's deposed ruler fled the capital with his wife and children late on Sunday.",
    ],
)
def test_companions_of_the_actor_are_no_recipients(pipeline: Any, text: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith("08")]
    assert events, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    assert not any("famil" in r.entity_text or "wife" in r.entity_text for r in events[0].recipient), events[0]


def test_relatives_acted_on_stay_recipients(pipeline: Any) -> None:
    ev = _event(pipeline, "Police arrested the dissident writer and his family on Monday.", "17")
    assert any("family" in r.entity_text for r in ev.recipient), ev.recipient


# aid given in the giver's own country (code/parties.place_recipient)


def test_asylum_given_at_home_is_not_given_to_the_givers_people(pipeline: Any) -> None:
    text = (
        "Russian state media said the ousted leader and his family had arrived in Moscow, "
        "where they had been granted asylum."
    )
    ev = _event(pipeline, text, "07")
    assert "RUS" not in country_set(ev.recipient), ev.recipient


def test_aid_given_abroad_keeps_the_people_of_the_place(pipeline: Any) -> None:
    ev = _event(pipeline, "Japanese relief teams handed out food and blankets in Aceh on Friday.", "07")
    assert "IDN" in country_set(ev.recipient), ev.recipient


# the frame a record is measured in (participants/bystanders.record, lexicon record_nouns)


@pytest.mark.parametrize(
    ("text", "donor", "receiver"),
    [
        (
            "Prime Minister Helen Clark pledged NZ$50 million on Monday to help Samoa rebuild, "
            "the largest aid package in New Zealand's history.",
            "NZL",
            "WSM",
        ),
        (
            "The Japanese premier pledged $500 million to help Sri Lanka rebuild, "
            "the biggest single aid package in Japan's history.",
            "JPN",
            "LKA",
        ),
    ],
)
def test_the_country_of_a_record_is_no_recipient(pipeline: Any, text: str, donor: str, receiver: str) -> None:
    ev = _event(pipeline, text, "07")
    assert donor not in country_set(ev.recipient) and receiver in country_set(ev.recipient), ev.recipient


def test_a_country_owning_another_noun_stays_the_recipient(pipeline: Any) -> None:
    ev = _event(pipeline, "Japan pledged $500 million in aid for flood victims in Pakistan's north.", "07")
    assert "PAK" in country_set(ev.recipient), ev.recipient
