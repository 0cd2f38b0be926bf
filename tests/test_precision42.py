"""Precision of stories (prec42): acts a trigger seems to tell that no party does (derive/nonacts.py):
power a force hands to its own commander, a thing's purpose told with a
passive of intending, and an act asked about in an open question under a denial. Sentences written for
the project (never gold sentences); each case of the first test of each mechanism fails without the
change."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples


def _codes(pipeline: Any, text: str) -> list[str]:
    return [code for _, code, _ in coded_triples(pipeline, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The junta announced it had just handed power to commander-in-chief General Min Lwin and imposed a curfew.",
        "The armed forces declared a state of emergency and handed power to their commander, General Min Lwin.",
        "The generals said they had detained the cabinet and handed power to army commander-in-chief "
        "Senior General Aye Kyaw.",
    ],
)
def test_power_handed_to_a_forces_own_commander_is_no_yielding(pipeline: Any, text: str) -> None:
    codes = _codes(pipeline, text)
    assert "0831" not in codes, coded_triples(pipeline, text)
    assert codes, "the takeover's own act stays"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "President Mwale stepped down on Thursday and handed power to the military.",
        "The president handed power to his deputy, Vice President Peter Mwangi, and flew into exile.",
    ],
)
def test_power_handed_by_a_leader_stays(pipeline: Any, text: str) -> None:
    assert "0831" in _codes(pipeline, text), coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The naval drill will run until Friday and is intended as a warning to Pyongyang, officials said.",
        "The minister said the move was lawful and was intended to calm the markets.",
    ],
)
def test_a_things_purpose_is_no_intent(pipeline: Any, text: str) -> None:
    assert "030" not in _codes(pipeline, text), coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The colonel did not say how long the generals intended to hold power.",
        "The general gave no indication of when the junta intended to hand back power.",
    ],
)
def test_an_act_asked_about_under_a_denial_is_not_told(pipeline: Any, text: str) -> None:
    assert "030" not in _codes(pipeline, text), coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The army intended to hold power for two years, the colonel said.", "030"),
        ("The colonel told reporters how his soldiers had seized the radio station.", "171"),
    ],
)
def test_intents_and_acts_told_stay(pipeline: Any, text: str, code: str) -> None:
    assert code in _codes(pipeline, text), coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The army denied the accusation and said its troops had shelled only rebel positions.", "194"),
        ("Police arrested the mayor on charges of corruption.", "173"),
    ],
)
def test_acts_beside_an_accusation_stay(pipeline: Any, text: str, code: str) -> None:
    assert code in _codes(pipeline, text), coded_triples(pipeline, text)


@pytest.mark.model
def test_a_deadline_hung_on_the_sentences_verb_asks_the_act(pipeline: Any) -> None:
    # the parser hangs "for the colonel ... to leave" on "rang": the noun before "for" is the deadline
    text = (
        "Church bells rang over the capital an hour after an American deadline for the colonel and his brothers to "
        "leave the country expired."
    )
    assert "0874" not in _codes(pipeline, text), coded_triples(pipeline, text)
    assert "174" in _codes(pipeline, "The president set a deadline for the rebels to leave the city.")
