"""Recipient sectors of recip45 (issue 11), on sentences written for this test (none taken from a gold
or blind set), with traps: a state named by its name, its capital or another metonym as whom a
non-violent act is aimed at is its government (code_rules state_recipient_roots); a street crowd acted
on is civilians (lexicon street_crowd_nouns); the country is never changed (code/statesector.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.code.statesector import civilians, governed, named_state, street_crowd
from newsevents.records import ActorRef, CountryRead, Event, Source

PUB = dt.date(2021, 3, 9)
ROOTS = frozenset(f"{i:02d}" for i in range(1, 17))


def _ref(text: str, country: str | None, sector: str | None, kb: str | None, read: CountryRead | None) -> ActorRef:
    return ActorRef(text, text, f"{country or ''}{sector or ''}", country, sector, kb, read=read)


def _event(cameo: str, *recipient: ActorRef) -> Event:
    return Event(
        id=Event.make_id("t", 0, 0, 3, cameo), article_id="t", sentence_index=0, date=None,
        date_precision="unknown", date_text=None, event="SANCTION", mode=None, context=(), cameo=cameo,
        cameo_root=cameo[:2], quad_code=3, goldstein=-4.0, modality="asserted",
        actor=(_ref("Canada", "CAN", None, "country:CAN", CountryRead("country name", "Canada")),),
        recipient=recipient, event_loc=None, event_text="cut", text="", start_char=0, end_char=3,
        source=Source(None, None, "2021-03-09", None), confidence=0.8, reasons=(), coder="test",
        coded_date="2021-03-10",
    )  # fmt: skip


PERU = _ref("Peru", "PER", None, "country:PER", CountryRead("country name", "Peru", "with"))


def test_a_state_named_is_its_government_keeping_its_country() -> None:
    (e,) = governed([_event("161", PERU)], ROOTS)
    (r,) = e.recipient
    assert (r.country, r.sector, r.code) == ("PER", "GOV", "PERGOV")
    assert "its government" in r.reason


@pytest.mark.parametrize(
    "ref",
    [
        _ref("Peruvian", "PER", None, "country:PER", CountryRead("demonym", "Peruvian")),  # a people, an adjective
        _ref("Lima", "PER", None, "country:PER", CountryRead("capital metonym", "Lima", "in")),  # where, not whom
        _ref("Peru", "PER", "MIL", "country:PER", CountryRead("country name", "Peru")),  # a sector of its own
        _ref("Cusco", "PER", None, "place:PER", CountryRead("place", "Cusco")),  # a town of the country
        _ref("the Peru office", "PER", None, "country:PER", CountryRead("country name", "Peru")),  # inside a phrase
    ],
)
def test_no_government_for_other_readings(ref: ActorRef) -> None:
    assert not named_state(ref)
    (e,) = governed([_event("161", ref)], ROOTS)
    assert e.recipient == (ref,)


def test_force_is_left_to_the_phrase() -> None:
    (e,) = governed([_event("190", PERU)], ROOTS)  # an assault on "Peru": its army? its people? not said
    assert e.recipient == (PERU,)


def test_a_street_crowd_is_civilians() -> None:
    crowd = _ref("Peruvian protesters", "PER", "OPP", "country:PER", CountryRead("demonym", "Peruvian"))
    assert street_crowd(crowd)
    (e,) = governed([_event("190", crowd)], ROOTS)
    assert (e.recipient[0].country, e.recipient[0].sector, e.recipient[0].code) == ("PER", "CVL", "PERCVL")
    assert civilians(crowd).country == "PER"
    for text in ("anti-government protesters", "opposition activists", "rebels"):
        other = _ref(text, "PER", "OPP" if text != "rebels" else "REB", None, None)
        assert not street_crowd(other), text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "prefix", "want"),
    [
        ("Norway imposed new sanctions on Belarus on Tuesday.", "16", ("BLR", "GOV")),
        ("The foreign minister of Chile accused Caracas of meddling in the election.", "11", ("VEN", "GOV")),
        ("Kenyan police fired tear gas at demonstrators in Nairobi on Monday.", "", ("KEN", "CVL")),
    ],
)
def test_sectors_of_the_party_acted_on(pipeline: Any, text: str, prefix: str, want: tuple[str, str]) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith(prefix) and e.recipient]
    assert events, text
    assert {(r.country, r.sector) for r in events[0].recipient} == {want}, (events[0].cameo, events[0].reasons)


@pytest.mark.model
def test_an_attack_on_a_named_state_keeps_no_sector(pipeline: Any) -> None:
    events = [e for e in code_events(pipeline, "Iraqi jets bombed Iran on Friday.", PUB) if e.cameo_root == "19"]
    for e in events:
        assert all(r.sector is None for r in e.recipient if r.country == "IRN"), e.recipient
