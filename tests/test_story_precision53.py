"""Story precision (storyprec53): second outputs of rounds 26-59 stories whose required events were all
found. Each mechanism is tested on sentences written for the project (never gold sentences); each first
case fails without the change, traps keep what stays."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from coding import types_cameos
from newsevents.dedupe.cluster_config import default_config
from newsevents.dedupe.merge import merge_events
from test_retellings_merge import ARMY, ev

CFG = default_config()


# ---- dedupe/merge._toll: a casualty merges into the attack only on days that meet


def test_a_casualty_on_another_day_is_no_toll_of_the_attack() -> None:
    # "Soldiers shelled the village on Monday. Two civilians were killed there on Thursday, officials said."
    attack = ev(
        0,
        "Soldiers shelled the village on Monday.",
        "shelled",
        cameo="190",
        event="ASSAULT",
        recipient=(ARMY,),
        date="2024-03-04",
        precision="day",
        date_text="on Monday",
    )
    later = ev(
        1,
        "Two soldiers were killed there on Thursday, officials said.",
        "killed",
        cameo="190",
        event="ASSAULT",
        actor=(),
        recipient=(ARMY,),
        date="2024-03-07",
        precision="day",
        date_text="on Thursday",
    )
    assert len(merge_events([attack, later], CFG)) == 2
    # a casualty with no day of its own (the publication date stands in) is the toll, even of an attack
    # told a week before
    undated = ev(
        1,
        "Two soldiers were killed, officials said.",
        "killed",
        cameo="190",
        event="ASSAULT",
        actor=(),
        recipient=(ARMY,),
        date="2024-03-13",
        precision="publication",
    )
    out = merge_events([attack, undated], CFG)
    assert len(out) == 1 and out[0].mentions == attack.mentions + undated.mentions
    same_day = replace(later, date="2024-03-04", date_text="on Monday")
    assert len(merge_events([attack, same_day], CFG)) == 1


# ---- verb frames: words a pattern took for another act


@pytest.mark.model
def test_a_witness_signature_endorses_the_accord(pipeline: Any) -> None:
    text = (
        "Israel and the PLO signed the accord in Washington on Monday. "
        "The foreign ministers of Norway and Egypt signed the document as witnesses."
    )
    assert types_cameos(pipeline, text) == [("AGREE", "057"), ("SUPPORT", "051")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ruling party's chief whip told reporters on Monday that the vote would go ahead.",
    ],
)
def test_the_noun_whip_is_no_blow(pipeline: Any, text: str) -> None:
    assert all(cameo not in {"170", "182"} for _, cameo in types_cameos(pipeline, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Soldiers whipped the detainees at the camp on Monday.", "182"),
    ],
)
def test_the_verb_whip_stays_a_blow(pipeline: Any, text: str, cameo: str) -> None:
    assert cameo in {c for _, c in types_cameos(pipeline, text)}


@pytest.mark.model
def test_a_privilege_abused_is_no_blow(pipeline: Any) -> None:
    assert types_cameos(pipeline, "Lima said Bolivia had abused the immunities granted to its embassy.") == []
    assert ("ASSAULT", "182") in types_cameos(pipeline, "Soldiers abused the detainees at the camp on Monday.")


@pytest.mark.model
def test_a_rival_beaten_in_a_vote_is_no_assault(pipeline: Any) -> None:
    assert types_cameos(pipeline, "Banda narrowly beat Phiri in the June vote.") == []
    assert ("ASSAULT", "182") in types_cameos(pipeline, "Police beat protesters in the square on Monday.")


@pytest.mark.model
def test_a_participle_after_a_possessive_is_an_adjective(pipeline: Any) -> None:
    text = "The two leaders signed a pact on Friday to cut their states' deployed nuclear missiles by half."
    assert types_cameos(pipeline, text) == [("AGREE", "057")]
    # a finite verb the parser hung on its object after the subject's words stays the act
    assert ("COERCE", "170") in types_cameos(pipeline, "Gabon's army seized power on Wednesday.")
