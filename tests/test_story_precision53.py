"""Story precision (storyprec53): second outputs of rounds 26-59 stories whose required events were all
found. Each mechanism is tested on sentences written for the project (never gold sentences); each first
case fails without the change, traps keep what stays."""

from __future__ import annotations

from dataclasses import replace

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
