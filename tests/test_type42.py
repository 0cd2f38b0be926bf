"""Wrong event types (issue 11, type42): an act of force authorised is a threat, a weapon test-fired is a show
of force, a reprisal promised with words of pain is a threat; each on sentences written for the project (never
gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code
from newsevents.code.rules import CodeRules

pytestmark = pytest.mark.model


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The alliance authorised air strikes against the militia's bases on Friday.",
        "The president authorized air strikes on the rebel camps in the north on Monday.",
    ],
)
def test_an_act_of_force_authorised_is_a_threat(pipeline: Any, text: str) -> None:
    # the attack is permitted, not done: the permit threatens force (138), no assault is told
    types = _types(pipeline, text)
    assert ("THREATEN", "138") in types
    assert not any(t == "ASSAULT" for t, _ in types)


@pytest.mark.parametrize(
    "text",
    [
        "The parliament in Ankara authorised the army to attack the rebel bases across the border.",
        "Riot police in the capital were authorised to open fire on looters.",
    ],
)
def test_an_act_of_force_authorised_by_its_infinitive_is_not_told(pipeline: Any, text: str) -> None:
    # the to-infinitive of a permit tells an act not done (its clause may carry the permit's condition)
    assert not any(t == "ASSAULT" for t, _ in _types(pipeline, text))


def test_an_act_done_after_a_permit_stays_an_attack(pipeline: Any) -> None:
    # the attack is told as done, in its own clause: an assault
    types = _types(pipeline, "Jets bombed the rebel camps on Monday after the cabinet met in the capital.")
    assert any(t == "ASSAULT" for t, _ in types)


def test_a_permit_coded_itself_leaves_no_second_event(pipeline: Any) -> None:
    # "authorised the use of force" is the threat; the purpose "to drive the invaders out" is part of it
    text = "The assembly authorised the use of force to drive the invaders out of the islands."
    assert [e.event for e in _code(pipeline, text)] == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang test-fired two short-range missiles into the sea on Sunday.",
        "Russia test-launched a new cruise missile from a submarine in the Barents Sea on Tuesday.",
    ],
)
def test_a_weapon_test_fired_is_a_show_of_force(pipeline: Any, text: str) -> None:
    # a firing told as a test demonstrates force (150), it attacks no one (190)
    types = _types(pipeline, text)
    assert ("MOBILIZE", "150") in types
    assert not any(t == "ASSAULT" for t, _ in types)


def test_a_missile_fired_at_a_target_stays_an_attack(pipeline: Any) -> None:
    types = _types(pipeline, "Rebels fired missiles at the airport in the capital on Sunday.")
    assert any(t == "ASSAULT" for t, _ in types)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister promised a painful response after the ambush of the patrol.",
        "The defence minister vowed a crushing response to the attack on the base.",
    ],
)
def test_a_painful_response_promised_is_a_threat(pipeline: Any, text: str) -> None:
    types = _types(pipeline, text)
    assert any(t == "THREATEN" for t, _ in types)
    assert not any(t == "AGREE" for t, _ in types)


def test_the_rules_read_their_lists() -> None:
    rules = CodeRules.default()
    assert rules.authorised_codes["19"] == "138" and "authorise" in rules.authorising_verbs
    assert rules.tested_codes["19"] == "150" and "test" in rules.test_prefixes
