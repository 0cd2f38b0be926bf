"""Recipient mechanisms of recip32 (issue 12's recipient country), on sentences written for this
test (none taken from a gold or blind set), with traps: a force posture that names no party is
aimed at the country of the place its forces are moved into (participants/deployment.py); an
attack's to-clause on its object is its purpose (participants/phrases.object_purposes); an object
is shared across a stranded preposition (phrases.shared_objects); a national airline's airliner is
its country's (data/kb/organizations.yaml flag carriers)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, first_coded, phrase_refs

pytestmark = pytest.mark.model

PUB = dt.date(2011, 3, 9)


def _event(pipeline: Any, text: str, cameo_root: str) -> Any:
    return first_coded(pipeline, text, cameo_root, PUB)


# the destination of a force posture (participants/deployment.deployed_into)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a city of the actor's own country: the move is aimed at home
        ("The governor ordered the National Guard into Baltimore on Tuesday after a night of looting.", "USA"),
        ("President Mwangi ordered the army into Mombasa on Friday after two days of riots.", "KEN"),
        ("The prime minister ordered troops into Ferguson on Monday after a night of clashes.", "USA"),
    ],
)
def test_the_place_forces_are_moved_into_names_its_country(pipeline: Any, text: str, target: str) -> None:
    ev = _event(pipeline, text, "15")
    assert target in country_set(ev.recipient), (ev.cameo, ev.recipient)


@pytest.mark.parametrize(
    "text",
    [
        # where forces are kept ("in") is no destination
        "The army put 3,000 soldiers on alert in its barracks in Lahore on Monday.",
        # a demonym in the phrase names no place forces go to
        "The ministry sent extra troops to the Chinese embassy compound on Monday.",
    ],
)
def test_no_destination_no_place_recipient(pipeline: Any, text: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith("15")]
    for ev in events:
        assert "place forces are moved into" not in " ".join(ev.reasons), (ev.cameo, ev.reasons)


# the purpose of an attack told by a to-clause on its object (participants/phrases.object_purposes)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the region the attackers' own state means to take back: the state's own country
        ("Ethiopian troops launched an offensive to retake the northern region of Tigray on Monday.", "ETH"),
        ("Iraqi forces launched an offensive to retake the city of Mosul from the militants on Monday.", "IRQ"),
        # a town abroad
        ("Rwandan-backed fighters mounted an assault to capture the Congolese city of Goma.", "COD"),
    ],
)
def test_an_attack_is_aimed_at_what_its_object_clause_means_to_take(pipeline: Any, text: str, target: str) -> None:
    ev = _event(pipeline, text, "19")
    assert target in country_set(ev.recipient), (ev.cameo, ev.recipient)


def test_a_non_hostile_act_does_not_read_its_object_clause(pipeline: Any) -> None:
    text = "Kenya signed an agreement to buy six patrol boats from Spain on Monday."
    events = [e for e in code_events(pipeline, text, PUB) if not e.cameo.startswith(("18", "19", "20"))]
    for ev in events:
        assert "in the purpose clause" not in " ".join(ev.reasons), (ev.cameo, ev.reasons)


# an object shared across a stranded preposition (participants/phrases.shared_objects)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Coast guard ships fired on and boarded two Vietnamese fishing boats on Tuesday.", "fired", "VNM"),
        ("Gunmen shot at and wounded two Danish aid workers near the border on Sunday.", "shot", "DNK"),
    ],
)
def test_an_object_is_shared_across_a_stranded_preposition(pipeline: Any, text: str, trigger: str, target: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text.startswith(trigger)]
    assert events, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    assert target in country_set(events[0].recipient), (events[0].cameo, events[0].recipient)


def test_a_preposition_with_its_own_object_shares_nothing(pipeline: Any) -> None:
    # "fired on the crowd and arrested two journalists": the crowd, not the journalists, was fired on
    text = "Soldiers fired on the crowd and arrested two French journalists in Bamako on Friday."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text.startswith("fired")]
    for ev in events:
        assert "FRA" not in country_set(ev.recipient), (ev.cameo, ev.recipient)


# national flag carriers (data/kb/organizations.yaml): an airliner of one is its country's


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hijackers seized a Pan Am jumbo jet at the airport on Friday.", "USA"),
        ("A missile destroyed an Air India airliner over the sea on Sunday.", "IND"),
        ("Gunmen hijacked an EgyptAir flight after it left Athens on Saturday.", "EGY"),
    ],
)
def test_an_attack_on_a_national_carrier_is_aimed_at_its_country(pipeline: Any, text: str, target: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith(("17", "18", "19"))]
    assert events, [(e.cameo, e.event_text) for e in code_events(pipeline, text, PUB)]
    assert target in country_set(events[0].recipient), (events[0].cameo, events[0].recipient)


@pytest.mark.parametrize(
    ("phrase", "absent"),
    [
        ("the city of El Alto", "ISR"),  # a place name that starts like a carrier's
        ("Twa villagers", "USA"),  # the people, not the carrier's all-capitals acronym
    ],
)
def test_carrier_names_do_not_match_other_words(kb: Any, phrase: str, absent: str) -> None:
    refs = phrase_refs(kb, phrase, "1990-01-01")
    assert absent not in {r.country for r in refs}, refs


def test_a_place_named_again_by_a_noun_is_no_destination(pipeline: Any) -> None:
    # "the capital" refers back to a place named before: the rule reads only a place named by its name
    text = "Mutinous officers seized the radio station in Lagos on Monday. They sent tanks into the capital."
    events = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith("15")]
    for ev in events:
        assert "place forces are moved into" not in " ".join(ev.reasons), (ev.cameo, ev.reasons)


def test_an_object_clause_that_refers_back_names_no_one_itself(pipeline: Any) -> None:
    # "the territory" refers back; the clause on the object is read only for whom it names itself
    text = (
        "Armenian tanks crossed into Azerbaijan's breakaway district on Friday after Azerbaijani forces "
        "launched a major offensive to retake the territory."
    )
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text.startswith("launched")]
    for ev in events:
        assert "in the purpose clause" not in " ".join(ev.reasons), (ev.cameo, ev.reasons)
