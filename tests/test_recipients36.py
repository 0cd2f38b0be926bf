"""Recipient mechanisms of recip36 (issue 12's recipient country), on sentences written for this
test (none taken from a gold or blind set), with traps: a protest by the people of a territory that
another state rules, naming no target, is aimed at the ruling state (participants/ruling.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, first_coded
from newsevents.errors import KnowledgeError
from newsevents.participants import ruling
from newsevents.records import ActorRef

PUB = dt.date(2004, 11, 17)


def test_the_table_maps_territories_to_their_rulers() -> None:
    assert ruling.ruler("PYF") == "FRA"
    assert ruling.ruler("PSE") == "ISR"
    assert ruling.ruler("HKG") is None  # its protests are aimed at its own government
    assert ruling.ruler("FRA") is None
    assert ruling.ruler(None) is None


def test_a_malformed_table_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    ruling.ruling_states.cache_clear()
    monkeypatch.setattr(ruling, "table", lambda name: {"PYF": "France"})
    with pytest.raises(KnowledgeError):
        ruling.ruling_states()
    ruling.ruling_states.cache_clear()


def _people(country: str) -> ActorRef:
    return ActorRef.people_of(country, "Noumea", "the people of the event's place")


def _rioters(country: str | None) -> ActorRef:
    return ActorRef("rioters", None, country, country, "CVL", None)


def test_the_people_of_a_ruled_place_become_its_ruler() -> None:
    found = ruling.ruling_state([_people("NCL")], [_rioters("NCL")], "14")
    assert found is not None and country_set(tuple(found[0])) == {"FRA"}
    assert found[0][0].sector == "GOV"


@pytest.mark.parametrize(
    ("recipients", "actors", "root"),
    [
        ([_people("NCL")], [_rioters("NCL")], "17"),  # not a protest: a curfew in Noumea is aimed at its people
        ([_people("NCL")], [_rioters("AUS")], "14"),  # others protesting there
        ([_people("VEN")], [_rioters("VEN")], "14"),  # no ruled territory
        ([ActorRef.government_of("NCL", "", "named")], [_rioters("NCL")], "14"),  # a target named
        ([], [_rioters("NCL")], "14"),
    ],
)
def test_no_ruler(recipients: list[ActorRef], actors: list[ActorRef], root: str) -> None:
    assert ruling.ruling_state(recipients, actors, root) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the people of the place: its ruler, not the territory
        ("Hundreds of rioters torched shops in Noumea on Tuesday.", "FRA"),
        # the protesters' own government (home_government): the ruler of their territory
        ("Thousands of Palestinian students marched through Gaza City on Tuesday.", "ISR"),
        ("Angry Tahitian dockworkers rioted in Papeete on Tuesday.", "FRA"),
    ],
)
def test_a_protest_in_a_ruled_territory_is_aimed_at_its_ruler(pipeline: Any, text: str, target: str) -> None:
    ev = first_coded(pipeline, text, "14", PUB)
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a target named is kept
        ("Hundreds of Tahitians protested in Papeete on Tuesday against Japan's whaling fleet.", "JPN"),
        # a territory no other state rules: its own government
        ("Thousands of students marched through Caracas on Tuesday.", "VEN"),
        # Hong Kong is left out: its own government
        ("Thousands of students marched through Hong Kong on Tuesday.", "HKG"),
    ],
)
def test_other_protests_keep_their_recipient(pipeline: Any, text: str, target: str) -> None:
    evs = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith("14")]
    assert evs, text
    assert country_set(evs[0].recipient) == {target}, (evs[0].cameo, evs[0].recipient, evs[0].reasons)


# a locative phrase the parser hangs on a secondary predicate of the verb ("landed unopposed in X")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "place", "target"),
    [
        ("About 2,000 French troops landed unopposed in Bangui on Monday.", "15", "Bangui", "CAF"),
        ("Nigerian peacekeepers arrived unannounced in Freetown on Monday.", "07", "Freetown", "SLE"),
    ],
)
def test_a_place_on_a_secondary_predicate_is_the_acts(
    pipeline: Any, text: str, root: str, place: str, target: str
) -> None:
    ev = first_coded(pipeline, text, root, PUB)
    assert ev.event_loc is not None and ev.event_loc.extracted_place == place, (ev.event_loc, ev.reasons)
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)


# a halt to hostilities that names no one answers the one other country its sentence names
# (code_rules deescalation_codes, participants/counterpart.py)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # by an organisation of no country
        ("Libyan forces pulled back from Misrata on Friday, and NATO suspended its bombing campaign.", "LBY"),
        # by a state
        ("Armenian troops left two villages on Monday, and Azerbaijan suspended its bombing campaign.", "ARM"),
    ],
)
def test_a_halt_to_hostilities_answers_the_other_side(pipeline: Any, text: str, target: str) -> None:
    halts = [ev for ev in code_events(pipeline, text, PUB) if ev.cameo == "087"]  # not the withdrawal, 0874
    assert halts, text
    assert country_set(halts[0].recipient) == {target}, (halts[0].recipient, halts[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("NATO suspended its bombing campaign on Thursday.", None),  # no other country named: no one
        # both sides of a ceasefire are its actors: no other side
        ("A ceasefire between Armenia and Azerbaijan took effect on Monday.", "ARM"),
    ],
)
def test_no_other_side_for_a_halt(pipeline: Any, text: str, absent: str | None) -> None:
    halts = [ev for ev in code_events(pipeline, text, PUB) if ev.cameo in {"087", "0871"}]
    for ev in halts:
        found = {r.country for r in ev.recipient}
        assert (not found) if absent is None else absent not in found, (ev.recipient, ev.reasons)
