"""The dateline breaks the story's tie (actors43, issue 11): a story filed from a country it names more
often than any other, at least three times but not twice as often as the next, is that country's story
for a force, the police, rebels or protesters known only by a role word in a sentence naming no other
country (code/storyside.filed_country); gunmen (UAF) take no country from it, nor do troops of a word of
several states ("West African troops"). Every text is written for this test (none is taken from a gold
or blind set)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.code.storyside import FILED_SIDE_SECTORS, STORY_SIDE_SECTORS, filed_country, story_side
from newsevents.progress import CountryTally
from newsevents.records import ActorRef, Event


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, None, sector, None, sector, f"sector:{sector}")


def _tally(*countries: str, sentences: int = 5) -> CountryTally:
    return CountryTally(tuple((10 * k, 10 * k + 5, c, True) for k, c in enumerate(countries)), sentences)


def _at(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.event_text == trigger]
    assert len(found) == 1, [(e.event, e.event_text) for e in events]
    return found[0]


def test_the_dateline_breaks_the_tie_of_a_country_named_most() -> None:
    assert filed_country(_tally("FJI", "TON", "FJI", "TON", "FJI"), "FJI") == "FJI"  # 3 against 2


def test_the_dateline_alone_gives_no_story_country() -> None:
    assert filed_country(_tally("FJI", "TON", "FJI", "TON", "FJI"), "TON") is None  # not the country named most
    assert filed_country(_tally("FJI", "TON", "FJI", "TON", "FJI", "TON"), "FJI") is None  # a tie
    assert filed_country(_tally("FJI", "FJI"), "FJI") is None  # named twice only
    assert filed_country(_tally("FJI", "FJI", "FJI", sentences=2), "FJI") is None  # not a story
    assert filed_country(_tally("FJI", "FJI", "FJI"), None) is None  # filed from abroad, or no dateline


def test_gunmen_take_no_country_from_the_dateline() -> None:
    assert "UAF" in STORY_SIDE_SECTORS and "UAF" not in FILED_SIDE_SECTORS
    gunmen = [_role("gunmen", "UAF")]
    assert story_side(gunmen, "FJI", None, filed=True) == (gunmen, None)
    got, why = story_side([_role("soldiers", "MIL")], "FJI", None, filed=True)
    assert [r.country for r in got] == ["FJI"] and why is not None and "dateline" in why


STORY = (
    "Tonga offered on Monday to mediate in the standoff between its neighbour's army and government.\n\n"
    "The crisis in Fiji deepened after the cabinet tried to dismiss the army commander, and the king of Tonga "
    "sent an envoy to Suva.\n\n"
    "{act}\n\n"
    "Church leaders in Fiji called for calm."
)


@pytest.mark.model
def test_soldiers_of_a_story_filed_from_its_country(pipeline: Any) -> None:
    text = STORY.format(act="Soldiers surrounded the parliament building on Tuesday.")
    surrounded = _at(code_on(pipeline, text, "2006-12-05", dateline="SUVA"), "surrounded")
    assert country_set(surrounded.actor) == {"FJI"}
    assert any("the dateline's, named more often than any other" in r for r in surrounded.reasons)


@pytest.mark.model
def test_gunmen_of_a_story_filed_from_its_country_keep_none(pipeline: Any) -> None:
    text = STORY.format(act="Gunmen surrounded the parliament building on Tuesday.")
    surrounded = _at(code_on(pipeline, text, "2006-12-05", dateline="SUVA"), "surrounded")
    assert country_set(surrounded.actor) == {None}
