"""Story precision, forty-fourth session (issue 11, storyprec44: false events of rounds 26-81 stories that are
no type mismatch), each on sentences written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2020, 5, 4)

_code = partial(code_events, pub_date=PUB)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.event_text) for e in _code(pipeline, text)]


# ---- derive/senses.accident_toll: the killing at the end of a chain of participles of a natural force


@pytest.mark.model
def test_a_toll_at_the_end_of_a_chain_of_participles_is_no_attack(pipeline: Any) -> None:
    # "killing" a conjunct of "washing", which hangs on "swept", whose subject is a natural force (floodwaters)
    text = "Floodwaters swept through the valley overnight, washing away bridges and killing dozens of villagers."
    assert not any(t == "ASSAULT" for t, _ in _types(pipeline, text))


@pytest.mark.model
def test_a_chain_of_participles_of_a_hand_stays_an_attack(pipeline: Any) -> None:
    text = "Rebels stormed the Congolese town of Goma on Monday, looting shops and killing dozens of villagers."
    assert any(t == "ASSAULT" for t, _ in _types(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake hit Peru's Ancash and Huanuco regions before dawn on Sunday, flattening villages "
        "and killing thousands of residents, rescue workers said.",
    ],
)
def test_a_toll_misparsed_as_a_conjunct_of_a_noun_is_no_attack(pipeline: Any, text: str) -> None:
    assert not any(t == "ASSAULT" for t, _ in _types(pipeline, text))


@pytest.mark.model
def test_a_misparsed_list_of_a_hand_stays_an_attack(pipeline: Any) -> None:
    text = "Rebels attacked the Congolese town of Beni on Sunday, burning homes and killing dozens of villagers."
    assert any(t == "ASSAULT" for t, _ in _types(pipeline, text))


# ---- code/clauses.asked_in_list: the later nouns of a list asked for are asked, not done


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The draft urges an immediate ceasefire, the withdrawal of rebel forces to their borders and the "
        "release of hostages.",
    ],
)
def test_a_withdrawal_asked_for_in_a_list_is_not_done(pipeline: Any, text: str) -> None:
    assert not any(t == "RETREAT" for t, _ in _types(pipeline, text))


@pytest.mark.model
def test_a_withdrawal_told_beside_a_truce_stays(pipeline: Any) -> None:
    text = "Ethiopia announced a truce and the withdrawal of its forces from the border town of Badme on Monday."
    assert any(t == "RETREAT" for t, _ in _types(pipeline, text))
