"""Field mechanisms of the fifteenth session (sent24) for the events of the restored sent22 families, each
on sentences written for this test (none taken from a gold or blind set): the recipient of a move "from X
to Y", places "off" a coast and inside a meeting's object, a described state named before ("the young
desert country", "the Pacific nation"), and the party that claimed an attack told with its means."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article

pytestmark = pytest.mark.model


def _code(pipeline: Any, text: str) -> list[Any]:
    art = Article(id="t", text=text, pub_date=dt.date(2016, 3, 8))
    return list(next(iter(pipeline.pipe([art]))).events)


def _one(pipeline: Any, text: str, event: str) -> Any:
    found = [e for e in _code(pipeline, text) if e.event == event]
    assert found, [(e.event, e.cameo, e.event_text) for e in _code(pipeline, text)]
    return found[0]


def _countries(refs: Any) -> set[str]:
    return {r.country for r in refs if r.country}


def test_a_move_from_one_party_to_another_is_aimed_at_the_second(pipeline: Any) -> None:
    e = _one(pipeline, "Panama switched its diplomatic recognition from Taipei to Beijing on Tuesday.", "SUPPORT")
    assert _countries(e.recipient) == {"CHN"}, e.reasons


def test_a_from_phrase_alone_stays_the_recipient(pipeline: Any) -> None:
    e = _one(pipeline, "Chile recalled its ambassador from Peru on Monday.", "SANCTION")
    assert _countries(e.recipient) == {"PER"}, e.reasons


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Putin and Macron wound up two days of talks off Malta on Monday.", "MLT"),
        ("Putin and Macron wound up their Geneva summit on Sunday.", "CHE"),
        ("Putin and Macron wound up two days of talks in Quebec City on Monday.", "CAN"),
    ],
)
def test_the_place_of_a_meeting_told_in_its_object(pipeline: Any, text: str, place: str) -> None:
    e = _one(pipeline, text, "CONSULT")
    assert e.event_loc is not None and e.event_loc.country_code == place, e.reasons
    assert place not in _countries(e.recipient), e.reasons  # where they met, not whom


def test_a_locative_particle_the_parser_hangs_on_a_name(pipeline: Any) -> None:
    e = _one(pipeline, "Turkish commandos boarded the Liberian tanker Aegean off Crete on Friday.", "COERCE")
    assert e.event_loc is not None and e.event_loc.country_code == "GRC", e.reasons


def test_a_described_state_is_the_country_named_before(pipeline: Any) -> None:
    text = (
        "Namibia won independence in 1990. Four years later South Africa handed sovereignty over Walvis Bay "
        "to the young desert country."
    )
    e = _one(pipeline, text, "RETREAT")
    assert _countries(e.recipient) == {"NAM"}, e.reasons


def test_a_new_country_is_not_the_one_named_before(pipeline: Any) -> None:
    text = "Kosovo declared independence on Sunday. Serbia's president denounced the new country on Monday."
    e = _one(pipeline, text, "ACCUSE")
    assert not any("the country named before" in r for r in e.reasons), e.reasons


def test_a_described_state_as_the_actor(pipeline: Any) -> None:
    text = "Taiwan cut ties with Kiribati on Friday after the Pacific nation switched its recognition to Beijing."
    e = _one(pipeline, text, "SUPPORT")
    assert _countries(e.actor) == {"KIR"}, e.reasons


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Drone attacks set ablaze two oil depots near Bryansk on Sunday, and Ukraine's military intelligence "
            "claimed responsibility.",
            "UKR",
        ),
        ("Missile strikes claimed by Hezbollah destroyed a radar station in northern Israel on Friday.", "LBN"),
    ],
)
def test_the_party_that_claimed_an_attack_made_it(pipeline: Any, text: str, actor: str) -> None:
    e = _one(pipeline, text, "ASSAULT")
    assert _countries(e.actor) == {actor}, e.reasons


def test_a_claim_named_by_a_noun_is_not_followed(pipeline: Any) -> None:
    text = (
        "A car bomb destroyed a police station in Kirkuk on Monday, and Iraq dismissed a claim of responsibility "
        "by Islamic State."
    )
    e = _one(pipeline, text, "ASSAULT")
    assert not any("claimed the attack" in r for r in e.reasons), e.reasons
