"""Precision of story events, sixteenth session (storyprec26): the types of real acts that the false
events of rounds 21-24's stories told with another type, fixed by families (a verb class by an
object class, a verb of beginning by what it begins), each tested on sentences written for the
project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples

pytestmark = pytest.mark.model


def _of(pipeline: Any, text: str, word: str) -> tuple[str | None, str, str]:
    found = [e for e in coded_triples(pipeline, text) if e[2] == word]
    assert found, coded_triples(pipeline, text)
    return found[0]


# ---- a reaction told by its economic means: "struck back ... with tariffs" is a sanction, not an attack


@pytest.mark.parametrize(
    "text, word",
    [
        ("Beijing struck back at Washington on Monday with tariffs on American soybeans and pork.", "struck back"),
        ("The European Union struck back with levies on U.S. motorcycles and bourbon.", "struck back"),
        ("Ottawa hit back on Friday with duties on American steel.", "hit back"),
    ],
)
def test_a_blow_struck_back_with_tariffs_is_a_sanction(pipeline: Any, text: str, word: str) -> None:
    assert _of(pipeline, text, word)[0] == "SANCTION"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Israeli jets struck Hamas positions in Gaza with missiles on Monday.", "struck"),
        ("Russian artillery struck back at Ukrainian positions near Bakhmut on Sunday.", "struck back"),
    ],
)
def test_a_blow_struck_with_weapons_is_still_an_attack(pipeline: Any, text: str, word: str) -> None:
    assert _of(pipeline, text, word)[0] == "ASSAULT"


# ---- control seized with no place named is a coup; of a place, an occupation


def test_control_seized_with_no_place_is_a_coup(pipeline: Any) -> None:
    text = "The president fled to Dakar on Thursday, two days after the army seized control."
    assert _of(pipeline, text, "seized")[:2] == ("COERCE", "170")


def test_control_seized_of_a_city_is_an_occupation(pipeline: Any) -> None:
    text = "Rebel fighters seized control of Goma on Monday after a week of fighting."
    assert _of(pipeline, text, "seized")[0] == "ASSAULT"


# ---- an act begun as announced or expected is the act, not an intent


@pytest.mark.parametrize(
    "text, word, event",
    [
        ("The defence minister said Turkish troops would begin leaving northern Iraq next week.", "leaving", "RETREAT"),
        (
            "The U.N. Security Council is expected to begin lifting its sanctions on Belgrade in stages.",
            "lifting",
            "CONCEDE",
        ),
        ("The Red Cross said it would start airlifting food into Juba on Tuesday.", "airlifting", "AID"),
    ],
)
def test_an_act_begun_as_announced_keeps_its_own_type(pipeline: Any, text: str, word: str, event: str) -> None:
    coded = _of(pipeline, text, word)
    assert coded[0] == event


def test_an_act_planned_to_begin_is_still_an_intent(pipeline: Any) -> None:
    text = "Rwanda plans to begin a pullout of its troops from eastern Congo."
    assert _of(pipeline, text, "pullout")[0] == "AGREE"


# ---- a resolution adopted is no accord: what it says is the act


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council adopted the resolution by 13 votes to none, with China abstaining.",
        "The regional parliament adopted a declaration on the status of the enclave on Tuesday.",
    ],
)
def test_a_resolution_adopted_is_no_accord(pipeline: Any, text: str) -> None:
    assert "AGREE" not in [e[0] for e in coded_triples(pipeline, text)]


def test_what_an_adopted_resolution_says_is_still_told(pipeline: Any) -> None:
    text = "The General Assembly adopted a resolution condemning the annexation of the peninsula on Thursday."
    assert [e[0] for e in coded_triples(pipeline, text)] == ["ACCUSE"]


def test_an_accord_adopted_by_negotiators_is_still_an_accord(pipeline: Any) -> None:
    text = "Negotiators from 40 countries adopted an agreement to ban cluster munitions on Friday."
    assert "AGREE" in [e[0] for e in coded_triples(pipeline, text)]


# ---- "I will not give up": resolve, not a rejection


@pytest.mark.parametrize(
    "text",
    [
        '"We will not give up," the opposition leader told supporters in Caracas on Sunday.',
        "The prime minister said the ceasefire would hold and that he would not give up on peace.",
    ],
)
def test_not_giving_up_is_resolve_not_a_rejection(pipeline: Any, text: str) -> None:
    assert "REJECT" not in [e[0] for e in coded_triples(pipeline, text)]


def test_not_giving_up_a_thing_is_still_a_rejection(pipeline: Any) -> None:
    text = "North Korea will not give up its nuclear weapons, its foreign minister said on Tuesday."
    assert "REJECT" in [e[0] for e in coded_triples(pipeline, text)]
