"""Whom an event is aimed at (issues 11 and 12, ninth session), each mechanism on sentences written
for this test (none taken from a gold or blind set), with traps: a noun set in apposition after a
clause to sum it up, judged in a relative clause on it ("X did Y, a move that Z condemned", "a
charge W rejected"), is aimed at whoever did the act told just before it in the sentence; a state's act
of control over its own people that names no one ("troops sealed off the city") at its own country."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event

pytestmark = pytest.mark.model

PUB = dt.date(2018, 3, 9)


_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Brazil expelled two Bolivian diplomats on Friday, a move that La Paz condemned as hostile.",
         "condemned", {"BRA"}),
        ("Poland demanded that Germany pay war reparations, a demand the German government rejected.",
         "rejected", {"POL"}),
        ("India tested a long-range missile on Monday, a move Pakistan criticised as provocative.", "criticised",
         {"IND"}),
        ("Chile recalled its ambassador from Peru on Tuesday, a step which Lima denounced.", "denounced", {"CHL"}),
    ],
)  # fmt: skip
def test_a_summing_noun_judged_in_its_relative_clause(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("refers to" in r for r in e.reasons)


def test_an_indefinite_object_without_apposition_is_not_a_summary(pipeline: Any) -> None:
    """'a plan' that is the verb's own object, with no comma before it, names a thing of its own: the
    act just before is not made its target."""
    text = "Ghana closed its border with Togo on Friday and Nigeria rejected a plan Benin proposed last year."
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "rejected"]
    assert events
    assert all("GHA" not in country_set(e.recipient) for e in events)


def test_a_summing_noun_the_verb_is_not_about(pipeline: Any) -> None:
    """A judging verb that is not in a relative clause on the noun is not aimed at the act before it."""
    text = "Iran tested a missile on Sunday, a day after Israel condemned Syria."
    e = _one(pipeline, text, "condemned")
    assert "IRN" not in country_set(e.recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Thai troops sealed off the city on Sunday.", "sealed", {"THA"}),
        ("The Chilean government lifted martial law on Tuesday.", "lifted", {"CHL"}),
    ],
)  # fmt: skip
def test_a_state_act_at_home_that_names_no_one(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    """A state's act of control over its own people, or its concession to them, aimed at no one
    named is aimed at its own country (data/code_rules.yaml home_act_codes)."""
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("at home" in r for r in e.reasons)


@pytest.mark.parametrize(
    "text",
    [
        # another country named in the sentence: whom the act is aimed at is not guessed
        "Thai troops sealed off the border town after refugees from Myanmar arrived on Sunday.",
        # not a state: rebels' roadblocks are not their own country's act
        "Rebels sealed off the city on Sunday.",
    ],
)
def test_a_state_act_at_home_traps(pipeline: Any, text: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text.startswith("sealed")]
    assert events
    assert all(not any("at home" in r for r in e.reasons) for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "not_recipient"),
    [
        ("Moldova signed the letter in Bucharest on Friday.", "signed", "ROU"),
        ("Chad and Niger signed a border treaty at a French army base on Tuesday.", "signed", "FRA"),
    ],
)  # fmt: skip
def test_where_a_thing_of_the_phrase_stands_is_not_whom(
    pipeline: Any, text: str, trigger: str, not_recipient: str
) -> None:
    """A place named in a locative phrase of an accord or a letter, or a name modifying the noun of a
    locative phrase that names a thing ("at a French army base"), tells where, not whom
    (participants/bystanders.located)."""
    e = _one(pipeline, text, trigger)
    assert not_recipient not in country_set(e.recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        # people in a place: whom the aid goes to
        ("Japan pledged food aid to refugees in Sudan on Monday.", "pledged", {"SDN"}),
        # an act in a place: the place's country is whom it is about
        ("Canada condemned the crackdown in Belarus on Monday.", "condemned", {"BLR"}),
        # the accord's party named with "with", not where it was signed
        ("Chad signed a border treaty with Niger at a French army base on Tuesday.", "signed", {"NER"}),
    ],
)  # fmt: skip
def test_where_traps(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient


def test_a_passive_pronoun_subject_is_the_person_named_before(pipeline: Any) -> None:
    """'He was arrested by British police': the pronoun subject of a passive is whom the act is done
    to, the last person named before (participants/actors.ActorReader.referent)."""
    text = "Former Chilean dictator Augusto Pinochet returned to Santiago on Friday. He was arrested by British police."
    e = _one(pipeline, text, "arrested")
    assert country_set(e.recipient) == {"CHL"}
    assert any("the last person named before" in r for r in e.reasons)


def test_he_in_a_what_clause_is_not_the_target(pipeline: Any) -> None:
    """'condemned what he called an attack': "he" is whose words they are, not a passive's subject."""
    text = (
        "Ukrainian President Volodymyr Zelensky spoke on Thursday. "
        "Britain condemned what he called an unprovoked Russian attack."
    )
    events = [e for e in code_events(pipeline, text, PUB) if e.event_text == "condemned"]
    assert events
    assert all("UKR" not in country_set(e.recipient) for e in events)
