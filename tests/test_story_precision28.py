"""Precision of story events (prec28): the false events of rounds 18-27's stories that tell no act of
their own — a place visited by the subject of another act, defiance told with the act it qualifies,
forces gathering taken for a crowd — each tested on sentences written for the project (never gold
sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples, coded_types
from newsevents.code.rules import CodeRules

pytestmark = pytest.mark.model


# ---- a participle of a visit to a place, set off beside the subject, says where the subject acts


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Japan's prime minister, visiting Jakarta on Friday, warned North Korea against new tests.", "THREATEN"),
        ("The German chancellor, visiting Nairobi, condemned the attacks on aid workers in Sudan.", "ACCUSE"),
        ("Turkish Foreign Minister Ali Babacan, visiting Baghdad, urged Kurdish rebels to disarm.", "REQUEST"),
    ],
)
def test_a_place_visited_by_the_subject_of_another_act_is_its_setting(pipeline: Any, text: str, event: str) -> None:
    types = coded_types(pipeline, text)
    assert event in types, coded_triples(pipeline, text)
    assert "CONSULT" not in types, coded_triples(pipeline, text)


def test_a_participle_meeting_a_party_stays_a_meeting(pipeline: Any) -> None:
    # the object is a party, not a place: a meeting with them
    text = "Narendra Modi, meeting African Union leaders in Addis Ababa, said India would open its markets."
    assert "CONSULT" in coded_types(pipeline, text), coded_triples(pipeline, text)


def test_a_visit_told_as_the_act_stays_a_visit(pipeline: Any) -> None:
    text = "Japanese Prime Minister Taro Aso visited Jakarta on Friday."
    assert coded_types(pipeline, text) == ["CONSULT"], coded_triples(pipeline, text)


# ---- defiance told in a participle after an act qualifies that act


def test_defiance_verbs_are_data() -> None:
    rules = CodeRules.default()
    assert {"defy", "brush aside", "shrug off"} <= rules.defiance_verbs
    assert {"warning", "appeal", "protest"} <= rules.defied_reactions


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Pyongyang conducted a nuclear test on Tuesday, defying warnings from Beijing and Tokyo.", "MOBILIZE"),
        ("Serbia recognised the breakaway republic on Monday, brushing aside protests from its neighbours.", "SUPPORT"),
        ("Singapore hanged two traffickers on Friday, ignoring appeals for clemency from Malaysia.", "ASSAULT"),
        ("The junta expelled the French ambassador, shrugging off threats of sanctions from Paris.", "SANCTION"),
    ],
)
def test_a_defiance_participle_after_an_act_is_part_of_it(pipeline: Any, text: str, event: str) -> None:
    coded = coded_triples(pipeline, text)
    assert [e[0] for e in coded] == [event], coded


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students defied the curfew in Yangon on Tuesday.",
        "The opposition leader defied a court order and returned to the capital.",
    ],
)
def test_defiance_as_the_main_act_stays_coded(pipeline: Any, text: str) -> None:
    coded = coded_triples(pipeline, text)
    assert any(e[2].startswith("defied") for e in coded), coded


# ---- forces gathering are no crowd demonstrating


@pytest.mark.parametrize(
    "text",
    [
        "Under the accord, about 3,000 rebel fighters will gather in camps near the border and hand in their weapons.",
        "Government troops gathered at the airfield before dawn.",
    ],
)
def test_forces_gathering_are_no_protest(pipeline: Any, text: str) -> None:
    assert "PROTEST" not in coded_types(pipeline, text), coded_triples(pipeline, text)


def test_a_crowd_gathering_stays_a_protest(pipeline: Any) -> None:
    text = "Thousands of opposition supporters gathered outside the parliament in Tbilisi on Sunday."
    assert "PROTEST" in coded_types(pipeline, text), coded_triples(pipeline, text)


# ---- a vow whose to-infinitive names no act the dictionary codes is defiance, no intent to cooperate


def test_a_vow_of_no_coded_act_is_defiance(pipeline: Any) -> None:
    text = "The rebel commander vowed to stay in the mountains until the army withdraws."
    assert coded_triples(pipeline, text) == [("THREATEN", "130", "vowed")]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The opposition leader vowed to work with the new government.", ("AGREE", "030", "vowed")),
        ("The prime minister pledged to stay in office until the election.", ("AGREE", "030", "pledged")),
    ],
)
def test_a_vow_of_cooperation_and_a_pledge_stay_intents(pipeline: Any, text: str, coded: tuple[str, str, str]) -> None:
    assert coded in coded_triples(pipeline, text)


# ---- senses of one-word and short default patterns, by what the words around them name


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # hostility counted in decades is a relation of enmity: ended, relations are normalised
        ("The two countries formally ended four decades of hostility at a summit in Hanoi on Monday.", "COOPERATE"),
        # a flag over one's own embassy marks a mission, no place taken
        ("Vietnam raised its flag over its new embassy in Washington on Tuesday.", None),
        # forces dispersing someone the sentence does not name: no dissent eased
        ("Police dispersed them with water cannon.", None),
    ],
)
def test_the_sense_a_default_pattern_takes_from_its_words(pipeline: Any, text: str, coded: str | None) -> None:
    assert coded_types(pipeline, text) == ([coded] if coded else []), coded_triples(pipeline, text)


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Marines raised the flag over the captured town on Sunday.", "ASSAULT"),
        ("The protesters dispersed peacefully after the speech.", "CONCEDE"),
        ("Riot police dispersed the protesters with tear gas.", "ASSAULT"),
    ],
)
def test_the_default_senses_stay_where_their_words_say_so(pipeline: Any, text: str, coded: str) -> None:
    assert coded_types(pipeline, text) == [coded], coded_triples(pipeline, text)
