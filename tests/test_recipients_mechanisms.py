"""Whom an event is aimed at (issues 11 and 12, fifth session), each mechanism on sentences
written for this test (none taken from a gold or blind set): the other parties of a meeting told
with coordinated parties, reciprocal phrases, people outside the state acted on by their own
state, role words that name no one ("a general strike", "a state of emergency"), a state moving
its own forces, "it"/"them" referring to the party named before, and the neighbour of a border in
a force posture."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2019, 6, 14)


_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        ("Kenyan President Uhuru Kenyatta and Ugandan President Yoweri Museveni met in Arusha on Monday.", "met",
         {"KEN"}, {"UGA"}),
        ("Chancellor Angela Merkel and French President Emmanuel Macron held talks in Aachen on Tuesday.", "held",
         {"DEU"}, {"FRA"}),
        ("Brazil, Argentina and Uruguay held talks on Monday.", "held", {"BRA"}, {"ARG", "URY"}),
        ("A summit between President Emmanuel Macron and Chancellor Angela Merkel ended on Thursday.", "summit",
         {"FRA"}, {"DEU"}),
    ],
)  # fmt: skip
def test_meeting_of_coordinated_parties(pipeline: Any, text: str, trigger: str, actor: set, recipient: set) -> None:
    """'X and Y met': the first meets the others."""
    e = _one(pipeline, text, trigger)
    assert e.event == "CONSULT"
    assert country_set(e.actor) == actor
    assert country_set(e.recipient) == recipient
    assert any("other party of a meeting" in r for r in e.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean and Peruvian negotiators met in Lima on Friday.",  # one group: coordinated modifiers
        "Delegations from Chile and Peru met in Lima on Friday.",  # one group: coordinated objects of "from"
        "Egypt and Qatar mediated between the two factions on Friday.",  # mediators act together
    ],
)
def test_meeting_of_one_group_is_not_split(pipeline: Any, text: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.event == "CONSULT"]
    assert events, text
    assert all(not any("other party of a meeting" in r for r in e.reasons) for e in events)
    assert all(len({a.country for a in e.actor if a.country}) == 2 for e in events)


def test_agreement_of_coordinated_parties_keeps_both_actors(pipeline: Any) -> None:
    """Only meetings are split: parties signing together stay actors together."""
    e = _one(pipeline, "Armenia and Azerbaijan signed a peace accord in Washington on Friday.", "signed")
    assert country_set(e.actor) == {"ARM", "AZE"}


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Ethiopia and Eritrea accused each other of violating the truce on Monday.", "accused", {"ETH", "ERI"}),
        ("India and Pakistan exchanged fire along the frontier on Sunday, with each army blaming the other for the "
         "incident.", "blaming", {"IND", "PAK"}),
    ],
)  # fmt: skip
def test_reciprocal_phrases_name_the_pair(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Colombia accused the rebels of breaking the ceasefire on Monday.", "accused", "COL"),
        ("The Angolan government accepted several demands from the strikers on Tuesday.", "accepted", "AGO"),
        ("Prime Minister Imran Khan praised the protesters on Monday.", "praised", "PAK"),
    ],
)
def test_people_outside_the_state_acted_on_by_their_state(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == {country}
    assert any("acted on by their own state" in r for r in e.reasons)


def test_force_abroad_does_not_lend_the_attackers_country(pipeline: Any) -> None:
    """By force, and with no place in the actor's own country, the people hit keep no country of it."""
    e = _one(pipeline, "U.S. warplanes bombed militant positions on Friday.", "bombed")
    assert "USA" not in country_set(e.recipient)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("President Evo Morales declared a state of emergency on Wednesday.", "declared"),
        ("Opposition leader Juan Guaido called a general strike on Monday.", "called"),
        ("Russia began military exercises on Monday.", "began"),
    ],
)
def test_role_words_that_name_no_one(pipeline: Any, text: str, trigger: str) -> None:
    e = _one(pipeline, text, trigger)
    assert not any(r.kb_id and r.kb_id.startswith("sector:") for r in e.recipient), e.recipient


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("President Bill Clinton ordered U.S. troops to withdraw from Haiti by March.", "ordered", {"HTI"}),
        ("Russia withdrew its troops from Moldova on Friday.", "withdrew", {"MDA"}),
        ("India massed troops along its border with Pakistan on Monday.", "massed", {"PAK"}),
    ],
)
def test_a_state_moving_its_own_forces(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    """Its own forces are no recipient: where they go, or the neighbour they face, is."""
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient


def test_troops_of_another_state_stay_recipients(pipeline: Any) -> None:
    e = _one(pipeline, "Rebels released ten Ugandan soldiers on Friday.", "released")
    assert country_set(e.recipient) == {"UGA"}


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Saudi Arabia and Kuwait cut ties with Iran on Sunday, accusing it of arming rebels.", "accusing", {"IRN"}),
        ("Mali expelled two French diplomats on Friday. Bamako accused them of spying.", "accused", {"FRA"}),
    ],
)
def test_it_and_them_refer_to_the_party_named_before(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient


def test_it_as_a_thing_is_no_party(pipeline: Any) -> None:
    """'it' not followed by what it is charged with or urged to do may be a thing."""
    events = code_events(pipeline, "Chile signed an accord with Bolivia on Monday and Peru rejected it.", PUB)
    rejected = [e for e in events if e.event_text == "rejected"]
    assert rejected
    assert not any("the party named before it" in r for e in rejected for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Peru's army seized power on Friday, hours after the president suspended the congress.", "PER"),
        ("Mutinous soldiers in Guinea said on Sunday they had seized power.", "GIN"),
    ],
)
def test_a_coup_is_aimed_at_its_own_government(pipeline: Any, text: str, country: str) -> None:
    e = _one(pipeline, text, "seized")
    assert country_set(e.recipient) == {country}
    assert any("a coup" in r for r in e.reasons)


def test_seizing_a_town_is_no_coup(pipeline: Any) -> None:
    e = _one(pipeline, "Rebels seized the town of Goma on Tuesday.", "seized")
    assert not any("a coup" in r for r in e.reasons)


def test_whose_words_name_the_target_is_no_recipient(pipeline: Any) -> None:
    e = _one(pipeline, "Turkish jets struck what Ankara described as rebel shelters on Sunday.", "struck")
    assert "TUR" not in country_set(e.recipient)


def test_a_seat_of_government_where_a_treaty_is_signed_is_a_place(pipeline: Any) -> None:
    e = _one(pipeline, "Ghana and Togo signed a border treaty at the Elysee Palace on Monday.", "signed")
    assert "FRA" not in country_set(e.recipient)
    protest = _one(pipeline, "Protesters rallied at the White House on Sunday.", "rallied")
    assert "USA" in country_set(protest.recipient)  # a protest there is aimed at it


def test_a_purpose_clause_naming_the_actors_own_state_is_no_recipient(pipeline: Any) -> None:
    text = "Venezuela and the lenders reached a deal on Sunday to restructure Caracas's debt."
    e = _one(pipeline, text, "reached")
    assert "VEN" not in country_set(e.recipient)
