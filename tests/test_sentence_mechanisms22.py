"""Mechanisms of the fourteenth session (issue 11, sentences, built from the misses of rounds 17 to
20), each on sentences written for this test (none taken from a gold or blind set): resultative
adjectives in a frame's context, acts refused by "declined to" (on the verb's date), the means of an
attack as the subject of a destruction, relative clauses of act nouns, and the object families of sending
forces, of strikes mounted, of deals voted down and the others restored by sent24."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, events_of, shown

pytestmark = pytest.mark.model

PUB = dt.date(2016, 3, 9)


_code = partial(code_events, pub_date=PUB)


_of = partial(events_of, pub_date=PUB)


_shown = partial(shown, pub_date=PUB)


# a resultative adjective is a word of the frame's context: "set ablaze", "threw open"


@pytest.mark.parametrize(
    "text",
    [
        "Angry villagers set ablaze the district office in Kasese on Tuesday.",
        "Rioters set the ruling party's headquarters ablaze in Dhaka on Sunday.",
    ],
)
def test_set_ablaze_by_a_crowd_is_a_riot(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "PROTEST"), _shown(pipeline, text)


def test_a_ball_thrown_opens_nothing(pipeline: Any) -> None:
    text = "The Hungarian striker threw the ball to the referee on Saturday."
    assert not _of(pipeline, text, "CONCEDE"), _shown(pipeline, text)


# "declined to": the act refused is a rejection, in any tense, when "declined" tells no event itself


@pytest.mark.parametrize(
    "text",
    [
        "Fiji declined to endorse the regional peace plan on Monday.",
        "India declined on Tuesday to back the resolution on Sri Lanka.",
        "The Kenyan government declined to accept the court's ruling.",
    ],
)
def test_declined_to_cooperate_is_a_rejection(pipeline: Any, text: str) -> None:
    shown = _shown(pipeline, text)
    assert _of(pipeline, text, "REJECT"), shown
    assert not _of(pipeline, text, "SUPPORT") and not _of(pipeline, text, "AGREE"), shown


def test_refused_to_sign_is_one_rejection(pipeline: Any) -> None:
    text = "Poland refused to sign the migration pact on Friday."
    assert len(_of(pipeline, text, "REJECT")) == 1, _shown(pipeline, text)


def test_failed_to_agree_is_no_rejection(pipeline: Any) -> None:
    text = "Serbia and Kosovo failed to reach an agreement on Monday."
    assert not _of(pipeline, text, "REJECT"), _shown(pipeline, text)


# the means of an attack as the subject of a destruction: the attack


@pytest.mark.parametrize(
    "text",
    [
        "Drone strikes set ablaze a fuel depot near Sevastopol on Saturday.",
        "A missile strike destroyed a power station in Kharkiv on Friday.",
    ],
)
def test_property_destroyed_by_the_means_of_an_attack_is_an_attack(pipeline: Any, text: str) -> None:
    shown = _shown(pipeline, text)
    assert _of(pipeline, text, "ASSAULT"), shown
    assert not _of(pipeline, text, "COERCE"), shown


def test_property_destroyed_by_a_named_party_keeps_its_code(pipeline: Any) -> None:
    text = "Israeli troops destroyed two houses in Jenin on Friday."
    assert [e.cameo for e in _of(pipeline, text, "COERCE")] == ["1712"], _shown(pipeline, text)


# naval and air units and units of troops sent somewhere; strikes mounted or unleashed


@pytest.mark.parametrize(
    "text",
    [
        "Japan sent three patrol boats to the disputed islands on Tuesday.",
        "Russia sent two submarines to the Mediterranean on Monday.",
        "Britain dispatched a battalion to Estonia on Friday.",
    ],
)
def test_units_sent_somewhere_are_deployed(pipeline: Any, text: str) -> None:
    found = _of(pipeline, text, "MOBILIZE")
    assert found and found[0].cameo == "154", _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia unleashed a wave of missile strikes on Kyiv on Monday.",
        "Saudi-led warplanes mounted air strikes on Sanaa overnight.",
        "The army unleashed an artillery barrage on rebel positions on Sunday.",
    ],
)
def test_strikes_mounted_are_attacks(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "ASSAULT"), _shown(pipeline, text)


# pattern families: talks or a summit concluded, power or control handed over, crowds thronging streets,
# applications handed in, recognition switched, choruses of condemnation, reserves activated, ships
# boarded by forces (borders thrown open, hands shaken, human chains and apologies were dropped again)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Merkel and Hollande wound up two days of talks in Paris on Tuesday.", "CONSULT"),
        ("The Gulf leaders closed their summit in Riyadh on Sunday.", "CONSULT"),
        ("Tens of thousands of opposition supporters thronged the central square in Tbilisi on Sunday.", "PROTEST"),
        ("The junta handed power to a civilian council on Friday.", "RETREAT"),
        ("Britain transferred sovereignty over the islands to Mauritius.", "RETREAT"),
        ("Ukraine handed in its application to join the European Union on Monday.", "REQUEST"),
        ("Nicaragua switched its diplomatic recognition from Taipei to Beijing on Thursday.", "SUPPORT"),
        ("Canada and Mexico led a chorus of condemnation after the coup in Bolivia.", "ACCUSE"),
        ("The governor of Texas activated the National Guard on Sunday.", "MOBILIZE"),
        ("Greek commandos boarded a Turkish freighter off Crete on Friday.", "COERCE"),
    ],
)
def test_pattern_families(pipeline: Any, text: str, event: str) -> None:
    assert _of(pipeline, text, event), _shown(pipeline, text)


def test_talks_concluded_on_an_accord_are_an_agreement(pipeline: Any) -> None:
    text = "Chile and Peru concluded negotiations on a trade agreement in Lima on Monday."
    assert _of(pipeline, text, "AGREE"), _shown(pipeline, text)


def test_a_suspect_handed_to_the_authorities_hands_over_no_power(pipeline: Any) -> None:
    text = "Kenya handed the suspect to the Ugandan authorities on Friday."
    assert not _of(pipeline, text, "RETREAT"), _shown(pipeline, text)


# a relative clause of an act noun tells that act ("a move that drew criticism from China")


@pytest.mark.parametrize(
    "text",
    [
        "Japan deployed missiles on Yonaguni island on Monday, a move that drew sharp criticism from China.",
        "Kenya closed its border with Somalia, a step that drew condemnation from the African Union.",
    ],
)
def test_the_relative_clause_of_an_act_noun_is_told(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "ACCUSE"), _shown(pipeline, text)


def test_the_relative_clause_of_a_party_noun_stays_background(pipeline: Any) -> None:
    text = "The minister who had criticised the budget visited Nairobi on Monday."
    assert not _of(pipeline, text, "ACCUSE"), _shown(pipeline, text)


def test_a_refusal_takes_the_date_of_its_verb(pipeline: Any) -> None:
    text = "India declined on Monday to back the resolution on Sri Lanka."
    found = _of(pipeline, text, "REJECT")
    assert [e.date for e in found] == ["2016-03-07"], _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    ["The Slovak parliament voted down the budget on Tuesday.", "Irish voters voted down the Lisbon treaty."],
)
def test_voted_down_is_a_rejection(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "REJECT"), _shown(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Angry crowds packed the streets of Juba on Saturday to watch the new flag raised.",
        "The two presidents shook hands on the tarmac at Entebbe on Tuesday.",
        "Poland threw open its border with Belarus on Monday.",
    ],
)
def test_dropped_families_tell_nothing(pipeline: Any, text: str) -> None:
    shown = _shown(pipeline, text)
    assert not any(e in {"PROTEST", "CONSULT", "CONCEDE"} for e, *_ in shown), shown


def test_a_conference_closed_down_is_no_meeting(pipeline: Any) -> None:
    text = "Norway warned the delegates on Monday that it was ready to close the conference down."
    shown = _shown(pipeline, text)
    assert not any(e in {"CONSULT", "AGREE"} for e, *_ in shown), shown


def test_a_judgement_of_illegality_is_no_resultative(pipeline: Any) -> None:
    """Only the adjectives of lexicon resultative_adjectives are read into the context."""
    text = "The tribunal declared the plebiscite illegal on Friday."
    assert not _of(pipeline, text, "COERCE"), _shown(pipeline, text)


def test_a_coup_that_drew_condemnation_tells_no_second_act(pipeline: Any) -> None:
    text = "The colonel staged a coup on Monday that drew swift condemnation from Ghana."
    assert not _of(pipeline, text, "ACCUSE"), _shown(pipeline, text)
