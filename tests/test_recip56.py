"""Recipients of reactions to the act told just before them in their sentence (recip56, issue 11): a
reaction told as ", in a move welcomed by X" or ", in a move that drew condemnation from X" answers the
doer of the clause the noun sums up, as ", a move welcomed by X" does (code/judged.set_after_clause); a
reaction told by a participle hung on a reported clause whose subject is "he" or "she" ("Y said he would
..., drawing criticism from X") answers the person who did the act told before it in the sentence
(code/judged.JUDGED_PRONOUNS). Every text is written for this test (none is taken from a gold or blind
set); traps must stay as they are."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.records import ActorRef, Event


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return [e for e in code_on(pipeline, text) if e.event_text == trigger]


@pytest.mark.model
def test_in_a_move_welcomed_by_answers_the_doer(pipeline: Any) -> None:
    text = "Myanmar freed 300 political prisoners on Monday, in a move welcomed by Japan."
    welcomed = _at(pipeline, text, "welcomed")
    assert welcomed
    assert country_set(welcomed[0].recipient) == {"MMR"}


@pytest.mark.model
def test_in_a_move_that_drew_condemnation_answers_the_doer(pipeline: Any) -> None:
    text = "Venezuelan troops seized the oil field before dawn, in a move that drew condemnation from Colombia."
    drew = _at(pipeline, text, "drew")
    assert drew
    assert country_set(drew[0].recipient) == {"VEN"}
    assert "a move" in " ".join(drew[0].reasons)


@pytest.mark.model
def test_a_participle_on_a_reported_he_answers_the_speaker(pipeline: Any) -> None:
    text = "President Lula said on Friday he would cut off oil exports to Paraguay, drawing criticism from Uruguay."
    drawing = _at(pipeline, text, "drawing")
    assert drawing
    assert country_set(drawing[0].recipient) == {"BRA"}
    assert "what 'he' refers to" in " ".join(drawing[0].reasons)


@pytest.mark.model
def test_a_reported_he_with_no_act_told_refers_to_none(pipeline: Any) -> None:  # trap: no coded act before it
    text = "President Lula said on Friday he would stay on for another term, drawing criticism from Argentina."
    for e in _at(pipeline, text, "drawing"):
        assert "what 'he' refers to" not in " ".join(e.reasons)


# --- an attack on an international organisation falls on the country of the place it names (struckplace.py)


@pytest.mark.model
def test_shells_on_an_international_site_fall_on_the_place(pipeline: Any) -> None:
    text = "Israeli shells hit a U.N. school in northern Gaza on Thursday."
    hit = _at(pipeline, text, "hit")
    assert hit
    assert "PSE" in country_set(hit[0].recipient)


@pytest.mark.model
def test_strikes_on_peacekeepers_fall_on_the_place(pipeline: Any) -> None:
    text = "Israeli artillery struck a base of U.N. peacekeepers in southern Lebanon on Thursday."
    struck = _at(pipeline, text, "struck")
    assert struck
    assert country_set(struck[0].recipient) - {None} == {"LBN"}


@pytest.mark.model
def test_a_group_across_borders_takes_no_place(pipeline: Any) -> None:  # trap: the writers split
    text = "Turkish warplanes struck Islamic State targets in northern Iraq on Sunday, the army said."
    for e in _at(pipeline, text, "struck"):
        assert "falls on the place" not in " ".join(e.reasons)


@pytest.mark.model
def test_an_attack_at_home_on_such_a_site_takes_no_place(pipeline: Any) -> None:  # trap: the attackers' own place
    text = "Lebanese troops shelled a U.N. post in southern Lebanon on Sunday."
    for e in code_on(pipeline, text):
        assert "falls on the place" not in " ".join(e.reasons)


def test_struck_place_needs_one_foreign_country() -> None:
    from newsevents.participants.struckplace import struck_place
    from newsevents.records import Frame, Mention, Place

    def place(text: str, start: int, country: str) -> Mention:
        spot = Place(text, None, 0.0, 0.0, country)
        return Mention("place", start, start + len(text), text, 0, place=spot)

    site = ActorRef("U.N. school", "United Nations", "IGOUNO", None, "IGO", "org:un")
    group = ActorRef("Islamic State", "Islamic State", "IMGREB", None, "REB", "org:is")
    attacker = ActorRef("Jordanian jets", None, "JORMIL", "JOR", "MIL", None)
    frame = Frame(0, "bomb", 0, 6, "bombed", object_spans=((7, 60),))
    one = struck_place(frame, "19", [site], [attacker], [place("Syria", 30, "SYR")])
    assert one is not None and country_set(one[0]) - {None} == {"SYR"}
    assert struck_place(frame, "19", [group], [attacker], [place("Syria", 30, "SYR")]) is None  # no IGO
    two = [place("Syria", 30, "SYR"), place("Iraq", 45, "IRQ")]
    assert struck_place(frame, "19", [site], [attacker], two) is None  # places of two countries
    assert struck_place(frame, "05", [site], [attacker], [place("Syria", 30, "SYR")]) is None  # no attack
    outside = [place("Syria", 70, "SYR")]  # not in the frame's phrases
    assert struck_place(frame, "19", [site], [attacker], outside) is None
