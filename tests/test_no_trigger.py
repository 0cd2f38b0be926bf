"""The "no trigger" class of issue 11's fifth session: families of verbs and objects that had no
pattern (docs/verb-frames.md, "The no-trigger class"), each on sentences written for this test
(none taken from a gold set), with sentences of the same words that must give no such event."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event
from newsevents.code.verbframes import VerbFrames

pytestmark = pytest.mark.model

PUB = dt.date(2024, 6, 12)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "cameo"),
    [
        # a person held is detained; held responsible is blamed
        ("Rebel soldiers held President Alpha Conde at a military camp outside Conakry.", "held", "COERCE", "173"),
        (
            "Former president Pedro Castillo was being held at a police base in Lima, officials said.",
            "held",
            "COERCE",
            "173",
        ),
        ("Kenya held Somalia responsible for the attack on the border post.", "held", "ACCUSE", "112"),
        # an official fired or removed from office
        ("The Peruvian president sacked his interior minister on Tuesday.", "sacked", "COERCE", "172"),
        ("Parliament voted to remove the prime minister from office.", "remove", "COERCE", "172"),
        # a broadcaster taken over
        ("Mutinous soldiers took over the state broadcaster in Bamako on Monday.", "took over", "COERCE", "170"),
        # agreements adopted; sanctions reimposed; aid raised
        ("The foreign ministers of Chile and Peru adopted a border agreement in Lima.", "adopted", "AGREE", "057"),
        ("Washington said it would reimpose sanctions on Caracas.", "reimpose", "SANCTION", "163"),
        ("Japan raised its aid to flood victims in Pakistan to $20 million.", "raised", "AID", "070"),
        # force authorised is a threat of force
        (
            "The Security Council authorised member states to use force against the junta.",
            "authorised",
            "THREATEN",
            "138",
        ),
        ("The Turkish parliament authorized military operations into northern Iraq.", "authorized", "THREATEN", "138"),
        # impeachment proceedings; barricades; ships sunk; places of worship torn down
        # (a charge brought, 115, since storyprec47: tests/test_story_precision47.py)
        ("The Brazilian Congress began impeachment proceedings against the president.", "began", "ACCUSE", "115"),
        ("Protesters built barricades of burning tyres around the Congress in Quito.", "built", "PROTEST", "144"),
        ("An explosion sank a Sri Lankan navy boat off Jaffna.", "sank", "ASSAULT", "190"),
        ("Rioters tore down a mosque in the town of Godhra.", "tore down", "ASSAULT", "180"),
        # plans dropped; exercises stopped; troops pouring in
        (
            "The Ecuadorian government dropped its proposed constitutional changes after weeks of protests.",
            "dropped",
            "CONCEDE",
            "0832",
        ),
        ("South Korea and the United States will stop their joint military exercises.", "stop", "RETREAT", "087"),
        ("French troops waded ashore on the island of Anjouan on Tuesday.", "waded ashore", "MOBILIZE", "154"),
        # membership applied for; an investigation; irregularities found; a prize
        ("Ukraine formally applied to join the European Union.", "applied", "REQUEST", "020"),
        ("Prosecutors put the former Peruvian president under investigation for bribery.", "put", "ACCUSE", "090"),
        (
            "Observers from the European Union found serious irregularities in the Kenyan election.",
            "found",
            "ACCUSE",
            "112",
        ),
        (
            "The Norwegian committee awarded the Nobel Peace Prize to Colombian President Juan Manuel Santos.",
            "awarded",
            "SUPPORT",
            "051",
        ),
        # labels that condemn: a coup, a fabrication, baseless
        ("The Iranian foreign ministry called the raid a coup against the people.", "called", "ACCUSE", "111"),
        # a claim named with a word of condemnation is rebutted (issue 11, seventh session: code_rules rebutted_nouns)
        ("Russia called the accusations a fabrication.", "called", "REJECT", "016"),
        ("Russia called the sanctions a fabrication.", "called", "ACCUSE", "111"),
        ("India called the charges baseless.", "called", "REJECT", "016"),
    ],
)
def test_family_with_no_pattern_before_is_coded(pipeline: Any, text: str, trigger: str, event: str, cameo: str) -> None:
    e = _one(pipeline, text, trigger)
    assert (e.event, e.cameo) == (event, cameo)


@pytest.mark.parametrize(
    "text",
    [
        "The company held John Smith in high regard.",
        "The new prime minister took over the government in May after the election.",
        "Fans tore down the goalposts after the match.",
        "A tornado tore through the town of Moore, Oklahoma.",
        "A fire ripped through a garment factory in Dhaka.",
        "The Spanish coach fired his assistant after the defeat.",
        "The board dropped the planned changes to the pension scheme.",
        "The storm sank a fishing boat off Kerala.",
        "The bank raised its funding for Kenyan farmers.",
    ],
)
def test_the_same_words_outside_politics_give_no_event(pipeline: Any, text: str) -> None:
    assert _code(pipeline, text) == []


def test_the_modifiers_of_a_measured_object_are_in_the_context(pipeline: Any) -> None:
    """ "ten days of joint naval drills": the drills' modifiers count, so the joint exercise is
    cooperation (062), not a show of force."""
    e = _one(pipeline, "French and Moroccan warships began ten days of joint naval drills in the Atlantic.", "began")
    assert (e.event, e.cameo) == ("COOPERATE", "062")
    assert country_set(e.actor) == {"FRA", "MAR"}


def test_a_held_person_beats_no_specific_pattern() -> None:
    vf = VerbFrames.default()
    held = vf.match("hold", {"person-object", "at", "residence"})
    assert held is not None and held.code is not None and held.code.code == "173"
    hostage = vf.match("hold", {"person-object", "hostage"})
    assert hostage is not None and hostage.code is not None and hostage.code.code == "181"
    talks = vf.match("hold", {"talk", "with"})
    assert talks is not None and talks.code is not None and talks.code.code == "040"


@pytest.mark.parametrize(
    ("text", "trigger", "event", "cameo"),
    [
        ("Ecuador and Colombia restored diplomatic relations on Tuesday.", "restored", "COOPERATE", "060"),
        ("Bhutan established diplomatic ties with Bahrain last week.", "established", "COOPERATE", "060"),
        ("Maoist rebels and the Nepalese government signed a ceasefire in Kathmandu.", "signed", "AGREE", "057"),
        ("Armenia and Azerbaijan agreed on a truce with mediators on Sunday.", "agreed", "AGREE", "0356"),
        ("Maoist rebels declared a unilateral truce in western Nepal.", "declared", "RETREAT", "0871"),
    ],
)
def test_relations_restored_cooperate_and_a_ceasefire_signed_is_agreed(
    pipeline: Any, text: str, trigger: str, event: str, cameo: str
) -> None:
    e = _one(pipeline, text, trigger)
    assert (e.event, e.cameo) == (event, cameo)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "cameo"),
    [
        ("Russia airlifted 500 troops to Tajikistan on Monday.", "airlifted", "MOBILIZE", "154"),
        ("North Korea fired an intercontinental ballistic missile on Friday.", "fired", "MOBILIZE", "150"),
        ("The Chilean government suspended the fare increase after a week of riots.", "suspended", "CONCEDE", "0832"),
        ("Kenyan police detained 40 people at an opposition protest in Nairobi.", "detained", "COERCE", "173"),
    ],
)
def test_deployments_tests_suspensions_and_detentions(
    pipeline: Any, text: str, trigger: str, event: str, cameo: str
) -> None:
    e = _one(pipeline, text, trigger)
    assert (e.event, e.cameo) == (event, cameo)


def test_the_of_phrase_of_a_person_is_no_measure(pipeline: Any) -> None:
    """ "soldiers of the U.N. peacekeeping mission": soldiers is no measure, so the mission's
    modifiers stay out of the verb's context (only measure_nouns lend them)."""
    events = _code(
        pipeline,
        "Seven Italian soldiers of the U.N. peacekeeping mission who had been sent to guard the airport were killed.",
    )
    assert all(e.cameo != "074" for e in events)
