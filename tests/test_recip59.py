"""recip59: a place that tells where an act was is no party to it (participants/setting.py), and an object
"them" takes up the parties last told as a subject (participants/takenup.py). Sentences written for these
tests (none taken from a gold set)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on

pytestmark = pytest.mark.model


def _coded(pipeline: Any, text: str, pub: str) -> list[tuple[str | None, str, list[str | None], tuple[str, ...]]]:
    return [(e.event, e.cameo, [r.country for r in e.recipient], e.reasons) for e in code_on(pipeline, text, pub)]


def test_a_town_after_in_on_an_arrested_party_is_where(pipeline: Any) -> None:
    text = (
        "Croatia said on Monday that its police had arrested Bosnian militia commander Dragan Kovac, one of the "
        "region's most wanted fugitives, in Zagreb after years in hiding."
    )
    arrests = [(r, why) for t, c, r, why in _coded(pipeline, text, "1999-05-03") if c.startswith("17")]
    assert arrests and arrests[0][0] == ["BIH"]
    assert any("tells where the party was" in w for w in arrests[0][1])


def test_the_town_of_a_summit_is_no_counterpart(pipeline: Any) -> None:
    text = (
        "The Lisbon summit broke up on Sunday after President Clinton refused to drop his demand, "
        "as Yeltsin had insisted."
    )
    refusals = [r for _, c, r, _ in _coded(pipeline, text, "1994-03-03") if c.startswith("12")]
    assert refusals and "PRT" not in refusals[0]


def test_a_shelled_town_keeps_its_country(pipeline: Any) -> None:
    text = "Kenyan troops shelled rebel positions in Kismayo on Tuesday."
    shelled = [r for t, c, r, _ in _coded(pipeline, text, "1999-05-03") if t == "ASSAULT"]
    assert shelled and shelled[0] == ["SOM"]


def test_them_takes_up_the_forces_told_as_a_subject(pipeline: Any) -> None:
    text = (
        "Fijian police and soldiers began arriving in Vanuatu on Thursday to restore order, and Vanuatu's prime "
        "minister, who had requested the mission, welcomed them."
    )
    welcomed = [(r, why) for t, c, r, why in _coded(pipeline, text, "2003-07-24") if t == "SUPPORT"]
    assert welcomed and welcomed[0][0] == ["FJI"]
    assert any("'them' = " in w for w in welcomed[0][1])


def test_them_of_the_actors_own_side_is_not_taken_up(pipeline: Any) -> None:
    text = "Ugandan rebels crossed the river on Monday, and their commander later praised them."
    for *_, why in _coded(pipeline, text, "2003-07-24"):
        assert not any("'them' = " in w for w in why)
