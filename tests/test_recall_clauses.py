"""Clauses that tell an act of their own (issue 11, fourth session), each on sentences written
for this test (none taken from a gold or blind set): relative clauses with a subject of their own
or a passive of a party, "the first / last N to V", participles that modify a group of people,
the relative pronoun as the object of its clause, and participle clauses of verbal conflict
("..., accusing X of ...") after another event."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, one_event

pytestmark = pytest.mark.model


PUB = dt.date(2019, 5, 2)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


def test_a_relative_clause_with_its_own_named_subject_tells_an_act(pipeline: Any) -> None:
    e = _one(
        pipeline,
        "The talks in Addis Ababa collapsed on Friday, when Ethiopia expelled two Sudanese diplomats.",
        "expelled",
    )
    assert e.event == "SANCTION"
    assert {r.country for r in e.actor} == {"ETH"}


def test_the_relative_pronoun_as_object_is_the_modified_noun(pipeline: Any) -> None:
    text = "Kenya's parliament voted on Thursday to lift the curfew that President Uhuru Kenyatta had imposed in March."
    e = _one(pipeline, text, "imposed")
    assert e.event == "COERCE"
    assert {r.country for r in e.actor} == {"KEN"}


def test_a_passive_relative_clause_of_a_person_tells_what_was_done_to_them(pipeline: Any) -> None:
    text = "Opposition leader Maria Lopez, who was detained by Venezuelan police in a dawn raid, went on hunger strike."
    e = _one(pipeline, text, "detained")
    assert e.event == "COERCE"
    assert {r.country for r in e.actor} == {"VEN"}


def test_the_first_country_to_act(pipeline: Any) -> None:
    e = _one(
        pipeline, "Peru became the first state to recognise the interim authorities in La Paz on Friday.", "recognise"
    )
    assert e.event == "SUPPORT"
    assert {r.country for r in e.actor} == {"PER"}


def test_the_first_attempt_to_act_tells_no_party(pipeline: Any) -> None:
    # "the first attempt to defy": an attempt is no party, the clause stays background
    events = _code(pipeline, "The rally in Minsk was the first attempt to defy the ban on gatherings.")
    assert [e for e in events if e.event_text == "defy"] == []


def test_a_participle_on_a_group_of_people_tells_what_they_did(pipeline: Any) -> None:
    e = _one(
        pipeline,
        "Thousands of Peruvian farmers occupying the main square in Lima demanded lower fuel prices.",
        "occupying",
    )
    assert e.event == "PROTEST"
    assert {r.country for r in e.actor} == {"PER"}


def test_a_participle_on_a_thing_stays_background(pipeline: Any) -> None:
    events = _code(pipeline, "Iraq signed a treaty banning chemical weapons on Monday.")
    assert [e for e in events if e.event_text == "banning"] == []


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        (
            "Chile recalled its ambassador from Lima on Monday, accusing Peru of spying on its navy.",
            "accusing",
            "ACCUSE",
        ),
        ("Ghana expelled three Togolese diplomats, rejecting Togo's demands for an apology.", "rejecting", "REJECT"),
        (
            "Armed Kurdish rebels seized a border post in Iran, demanding the release of their leader.",
            "demanding",
            "REQUEST",
        ),
    ],
)
def test_a_participle_of_verbal_conflict_after_an_event_is_its_own_event(
    pipeline: Any, text: str, trigger: str, event: str
) -> None:
    e = _one(pipeline, text, trigger)
    assert e.event == event


def test_a_purpose_clause_stays_part_of_its_event(pipeline: Any) -> None:
    # "to demand": a purpose, part of the march, not a second event
    events = _code(pipeline, "Thousands of Chilean students marched through Santiago to demand free education.")
    assert [e.event_text for e in events] == ["marched"]


@pytest.mark.parametrize(
    ("text", "trigger", "event", "actor"),
    [
        (
            "The Andean Development Corporation approved a $2 billion rescue package for Ecuador.",
            "package",
            "AID",
            None,
        ),
        ("The rebel army declared a unilateral cessation of hostilities on Friday.", "cessation", "RETREAT", None),
        ("Japan announced $300 million in humanitarian assistance for Bangladesh.", "assistance", "AID", "JPN"),
        ("Chile and Peru began their first summit meeting in Lima on Monday.", "meeting", "CONSULT", "CHL"),
    ],
)
def test_a_light_verb_gives_its_object_event_noun_an_agent(
    pipeline: Any, text: str, trigger: str, event: str, actor: str | None
) -> None:
    e = _one(pipeline, text, trigger)
    assert e.event == event
    if actor is not None:
        assert actor in {r.country for r in e.actor}


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish foreign ministry reported an attack on its embassy in Kabul.",  # reporting is no agency
        "President Obama announced the deal in the Rose Garden.",  # a definite noun: an act told before
    ],
)
def test_no_agent_from_a_reporting_verb_or_for_a_definite_noun(pipeline: Any, text: str) -> None:
    assert [e for e in _code(pipeline, text) if e.event_text in {"attack", "deal"}] == []


def test_a_conditional_event_noun_is_a_threat(pipeline: Any) -> None:
    text = "The Arab League authorised air strikes against Libya if Gaddafi refuses to halt the shelling of Benghazi."
    e = _one(pipeline, text, "strikes")
    assert e.event == "THREATEN"


def test_strikes_launched_on_targets_are_attacks_and_a_strike_launched_against_a_reform_is_not(pipeline: Any) -> None:
    e = _one(
        pipeline, "Indian and French forces launched air and missile strikes on rebel targets in Mali.", "launched"
    )
    assert e.event == "ASSAULT"
    assert [e.event for e in _code(pipeline, "Workers launched a strike against the pension reform.")] != ["ASSAULT"]


def test_a_person_captured_is_arrested_and_a_town_captured_is_seized(pipeline: Any) -> None:
    e = _one(pipeline, "US forces captured Saddam Hussein near Tikrit on Saturday.", "captured")
    assert (e.event, e.cameo) == ("COERCE", "173")
    e = _one(pipeline, "Rebels captured the town of Goma on Tuesday.", "captured")
    assert e.event == "ASSAULT"


def test_a_person_dismissed_is_coerced(pipeline: Any) -> None:
    e = _one(pipeline, "The Malian army chief dismissed President Amadou Toure on Wednesday.", "dismissed")
    assert e.event == "COERCE"
    # a claim dismissed is a rejection of it, no coercion
    events = _code(pipeline, "Moscow dismissed the British accusations on Wednesday.")
    assert "COERCE" not in {e.event for e in events}


def test_planes_carrying_relief_deliver_aid(pipeline: Any) -> None:
    text = "Japanese air force planes carrying tents and medicine landed in Kathmandu on Sunday."
    aid = [e for e in _code(pipeline, text) if e.event == "AID"]
    assert len(aid) == 1, [(e.event, e.event_text) for e in _code(pipeline, text)]
    e = aid[0]  # the arrival or the carrying, whichever the relief is told with
    assert e.cameo == "073"
    assert "JPN" in {r.country for r in e.actor}


def test_an_after_clause_whose_subject_was_parsed_as_its_object_is_its_own_event(pipeline: Any) -> None:
    text = (
        "Kurdish militias agreed on Sunday to hand over their weapons, "
        "two days after Turkey launched a ground offensive in the area."
    )
    e = _one(pipeline, text, "launched")
    assert e.event == "ASSAULT"
    assert {r.country for r in e.actor} == {"TUR"}


def test_examples_after_including_are_not_the_object(pipeline: Any) -> None:
    text = "Turkey imposed economic sanctions on Armenia, including the closure of its airspace."
    e = _one(pipeline, text, "imposed")
    assert e.event == "SANCTION"


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("Hundreds of protesters burst into the parliament building in Bishkek on Monday.", "burst", "PROTEST"),
        ("The new junta in Niamey dissolved the National Assembly on Thursday.", "dissolved", "COERCE"),
        ("Malian soldiers took up positions outside the state television building.", "took up", "MOBILIZE"),
        ("NATO launched its air campaign against Libyan forces on Saturday.", "launched", "ASSAULT"),
    ],
)
def test_verbs_of_storming_dissolving_positioning_and_air_campaigns(
    pipeline: Any, text: str, trigger: str, event: str
) -> None:
    e = _one(pipeline, text, trigger)
    assert e.event == event


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("The African Union admitted Morocco as a member state on Monday.", "admitted", "SUPPORT"),
        ("Indonesian and Malaysian warships took part in naval drills off Borneo.", "took", "COOPERATE"),
    ],
)
def test_a_state_admitted_and_forces_taking_part_in_drills(pipeline: Any, text: str, trigger: str, event: str) -> None:
    e = _one(pipeline, text, trigger)
    assert e.event == event


def test_dealing_a_blow_is_no_deal(pipeline: Any) -> None:
    events = _code(pipeline, "The vote in Ankara dealt a blow to Washington's plans for a northern front.")
    assert "AGREE" not in {e.event for e in events}


def test_a_past_clause_after_before_tells_what_happened(pipeline: Any) -> None:
    text = (
        "North Korea fired a rocket on Friday, "
        "a day before the European Union voted to impose fresh sanctions on Pyongyang."
    )
    e = _one(pipeline, text, "impose")
    assert e.event == "SANCTION"
    # an act still to come stays no event of its own
    events = _code(pipeline, "The rebels must disarm before the government lifts the state of emergency.")
    assert "lifts" not in {e.event_text for e in events}


def test_an_accusation_after_a_protest_is_its_own_event(pipeline: Any) -> None:
    text = (
        "Thousands of Georgian opposition supporters rallied in Tbilisi, "
        "accusing the government of rigging the election."
    )
    e = _one(pipeline, text, "accusing")
    assert e.event == "ACCUSE"


def test_monks_who_were_leading_protests(pipeline: Any) -> None:
    text = "Thai riot police beat students who were leading pro-democracy marches in Bangkok on Friday."
    e = _one(pipeline, text, "leading")
    assert e.event == "PROTEST"
