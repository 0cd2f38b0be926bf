"""Story precision, forty-fourth session (issue 11, storyprec44: false events of rounds 26-81 stories that are
no type mismatch), each on sentences written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import partial
from typing import Any

import pytest

from coding import code_events
from newsevents.dedupe.cluster_config import default_config
from newsevents.dedupe.merge import merge_events
from newsevents.records import ActorRef
from test_retellings_merge import ev

CFG = default_config()
PUB = dt.date(2020, 5, 4)
TOLLS = frozenset({"kill", "injure", "wound"})
VILLAGERS = ActorRef("villagers", None, "ZMBCVL", "ZMB", "CVL", "sector:CVL")
OTHERS = ActorRef("Malawian traders", None, "MWICVL", "MWI", "CVL", "sector:CVL")

_code = partial(code_events, pub_date=PUB)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.event_text) for e in _code(pipeline, text)]


# ---- dedupe/merge.far_toll: a casualty told with no hand, further on in the story, is the attack's toll

ATTACK = ev(
    0,
    "Zambian soldiers shelled the village of Kalulu on Monday.",
    "shelled",
    cameo="190",
    event="ASSAULT",
    recipient=(VILLAGERS,),
    date="2024-03-04",
    precision="day",
    date_text="on Monday",
)


def _toll(sentence: int, text: str, **kw: Any) -> Any:
    e = ev(sentence, text, "killed", cameo="190", event="ASSAULT", actor=(), recipient=(VILLAGERS,), **kw)
    return replace(e, pattern="kill civilian")


def test_a_casualty_told_far_on_is_the_toll_of_the_attack() -> None:
    toll = _toll(5, "Officials said dozens of villagers had been killed.")
    out = merge_events([ATTACK, toll], CFG, TOLLS)
    assert len(out) == 1 and out[0].mentions == ATTACK.mentions + toll.mentions
    # naming no one's country, too ("hundreds of thousands have been killed on both sides")
    nobody = replace(toll, recipient=())
    assert len(merge_events([ATTACK, nobody], CFG, TOLLS)) == 1


def test_a_casualty_of_another_act_stays_apart() -> None:
    # (naming no one's country: a retelling of the attack, dedupe/merge.retelling, needs a party in common)
    toll = replace(_toll(5, "Officials said another ten villagers were killed."), recipient=())
    assert len(merge_events([ATTACK, toll], CFG, TOLLS)) == 2  # "another": a second act
    dated = _toll(5, "Ten were killed on Thursday.", date="2024-03-07", precision="day", date_text="on Thursday")
    assert len(merge_events([ATTACK, dated], CFG, TOLLS)) == 2  # a day the attack's does not reach
    foreign = replace(_toll(5, "Ten traders were killed."), recipient=(OTHERS,))
    assert len(merge_events([ATTACK, foreign], CFG, TOLLS)) == 2  # the dead of a country the attack did not hit
    not_a_toll = replace(_toll(5, "Ten were detained."), recipient=(), pattern="detain")
    assert len(merge_events([ATTACK, not_a_toll], CFG, TOLLS)) == 2  # no verb of casualty


# ---- derive/senses.accident_toll: the killing at the end of a chain of participles of a natural force


@pytest.mark.model
def test_a_toll_at_the_end_of_a_chain_of_participles_is_no_attack(pipeline: Any) -> None:
    text = (
        "A powerful earthquake shook the Peruvian capital on Friday, toppling churches, schools and office "
        "towers and killing hundreds of people, officials said."
    )
    assert not any(t == "ASSAULT" for t, _ in _types(pipeline, text))


@pytest.mark.model
def test_a_chain_of_participles_of_a_hand_stays_an_attack(pipeline: Any) -> None:
    text = "Rebels stormed the Congolese town of Goma on Monday, looting shops and killing dozens of villagers."
    assert any(t == "ASSAULT" for t, _ in _types(pipeline, text))


# ---- code/clauses.asked_in_list: the later nouns of a list asked for are asked, not done


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Security Council resolution demands an immediate ceasefire, the withdrawal of all Ethiopian "
        "forces to their borders and the release of prisoners.",
        "The African Union's statement calls for a truce and the withdrawal of both Sudanese armies from "
        "the disputed region.",
    ],
)
def test_a_withdrawal_asked_for_in_a_list_is_not_done(pipeline: Any, text: str) -> None:
    assert not any(t == "RETREAT" for t, _ in _types(pipeline, text))


@pytest.mark.model
def test_a_withdrawal_told_beside_a_truce_stays(pipeline: Any) -> None:
    text = "Ethiopia announced a truce and the withdrawal of its forces from the border town of Badme on Monday."
    assert any(t == "RETREAT" for t, _ in _types(pipeline, text))
