"""Sentence recipients of sentrecip52, on sentences written for this test (none taken from a gold or
blind set), with traps: a protest by the people of a union's republic, before the union ended, is aimed
at the union (participants/ruling.py, lexicon union_republics); an attack that names no foreign target
is aimed at the state that answers it in a clause after it (participants/answered.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.errors import KnowledgeError
from newsevents.participants import ruling


def test_a_union_republic_is_ruled_until_the_union_ended() -> None:
    assert ruling.ruler("GEO", dt.date(1989, 4, 9)) == "RUS"
    assert ruling.ruler("UZB", dt.date(1991, 12, 25)) == "RUS"
    assert ruling.ruler("UZB", dt.date(1991, 12, 26)) is None
    assert ruling.ruler("LTU", dt.date(1991, 1, 13)) == "RUS"
    assert ruling.ruler("LTU", dt.date(1991, 10, 1)) is None  # recognised in September 1991
    assert ruling.ruler("GEO") is None  # no date: its own state
    assert ruling.ruler("PYF") == "FRA"  # ruling_states need no date
    assert ruling.ruler("RUS", dt.date(1988, 1, 1)) is None


def test_a_malformed_union_table_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    ruling.union_republics.cache_clear()
    monkeypatch.setattr(ruling, "table", lambda name: {"GEO": "RUS until 1991"})
    with pytest.raises(KnowledgeError):
        ruling.union_republics()
    ruling.union_republics.cache_clear()


def protests(pipeline: Any, text: str, day: dt.date) -> list[Any]:
    return [ev for ev in code_events(pipeline, text, day) if ev.cameo.startswith("14")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "target"),
    [
        ("Thousands of Uzbeks marched through Tashkent on Sunday demanding more jobs.", dt.date(1989, 6, 4), "RUS"),
        ("Thousands of Uzbeks marched through Tashkent on Sunday demanding more jobs.", dt.date(2005, 6, 4), "UZB"),
        ("Thousands of Lithuanians rallied in Vilnius on Saturday for independence.", dt.date(1990, 3, 3), "RUS"),
    ],
)
def test_a_republic_protest_before_the_union_ended_is_aimed_at_the_union(
    pipeline: Any, text: str, day: dt.date, target: str
) -> None:
    found = protests(pipeline, text, day)
    assert found, text
    assert country_set(found[0].recipient) == {target}, (found[0].recipient, found[0].reasons)


def attacks(pipeline: Any, text: str) -> list[Any]:
    return [ev for ev in code_events(pipeline, text, dt.date(2003, 3, 9)) if ev.cameo[:2] in {"18", "19", "20"}]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Syrian gunners shelled a hilltop observation post on Friday, and Turkey vowed to retaliate.",
            "TUR",
        ),
        (
            "Eritrean jets bombed a military depot near the border on Monday, and Ethiopia's government "
            "condemned the raid as an act of war.",
            "ETH",
        ),
        (
            "North Korean patrol boats fired on a fishing fleet on Tuesday, and Seoul demanded an apology.",
            "KOR",
        ),
    ],
)
def test_an_attack_answered_by_a_state_is_aimed_at_it(pipeline: Any, text: str, target: str) -> None:
    found = attacks(pipeline, text)
    assert found, text
    assert country_set(found[0].recipient) == {target}, (found[0].recipient, found[0].reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a third country's place: its people, not the state that condemns
        "Russian jets bombed rebel positions near Aleppo on Monday, and France condemned the strikes.",
        # no answering verb: a report, not an answer
        "Syrian gunners shelled a hilltop observation post on Friday, and Turkey said two soldiers were hurt.",
        # an answer by an organisation of no country
        "Syrian gunners shelled a hilltop observation post on Friday, and the United Nations condemned the attack.",
    ],
)
def test_no_answering_state(pipeline: Any, text: str) -> None:
    found = attacks(pipeline, text)
    assert found, text
    assert "the state that answers the attack" not in " ".join(found[0].reasons), found[0].reasons
