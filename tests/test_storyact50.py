"""A story's countries counted once (storyact50 session): one tally per article of the countries its
dateline, places and peoples name (participants/tally.py), read both by the story's pair
(participants/anaphora.story_pair: "the two countries" the story named most by name before the phrase)
and by the story's own country for a side known only by a role word (code/storyside.story_country,
every place). The dateline's city counts once: where the story is told from. Every text is written
for this test (none is taken from a gold or blind set)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on
from newsevents.code.storyside import story_country
from newsevents.participants.lending import story_elsewhere
from newsevents.progress import CountryTally, Discourse
from newsevents.records import ActorRef


def _tally(*countries: str, filed: str | None = None, sentences: int = 4) -> CountryTally:
    """A tally of ``countries`` named in this order, ten characters apart, the first two as countries."""
    mentions = tuple((10 * k, 10 * k + 5, c, k < 2) for k, c in enumerate(countries))
    return CountryTally(mentions, sentences, filed)


def test_the_tally_counts_every_mention_and_the_dateline_once() -> None:
    tally = _tally("BOL", "PER", "BOL", filed="BOL")
    assert tally.counts() == {"BOL": 3, "PER": 1}
    assert tally.counts(before=16) == {"BOL": 2, "PER": 1}  # the dateline stands before the text
    assert tally.counts(every_place=False) == {"BOL": 1, "PER": 1}  # names of countries and peoples alone
    assert tally.country_spans() == ((0, 5, "BOL"), (10, 15, "PER"))  # names of a country only
    assert tally.first_at("PER") == 10


def test_the_dateline_makes_the_story_country() -> None:
    assert story_country(_tally("BOL", "BOL", "PER")) is None  # named twice only
    assert story_country(_tally("BOL", "BOL", "PER", filed="BOL")) == "BOL"
    assert story_country(_tally("BOL", "BOL", "PER", "PER", filed="BOL")) is None  # 3 against 2: not twice
    assert story_country(_tally("BOL", "BOL", "PER", filed="PER")) is None  # filed from a neighbour


STORY = (
    "Bolivia's government declared a state of emergency on Monday after days of unrest in the mining town "
    "of Potosi. Officials in Lima said Peru had closed two border crossings. Gunmen attacked a police post "
    "near Oruro late on Sunday, the interior minister said. The gunmen then seized a truck carrying explosives."
)


@pytest.mark.model
def test_gunmen_of_a_story_filed_from_its_own_capital_are_its_country(pipeline: Any) -> None:
    seized = next(e for e in code_on(pipeline, STORY, dateline="LA PAZ") if e.event_text == "seized")
    assert [a.country for a in seized.actor] == ["BOL"]
    # no dateline: Bolivia three times, Peru twice, no side for the gunmen of the last sentence
    seized = next(e for e in code_on(pipeline, STORY) if e.event_text == "seized")
    assert [a.country for a in seized.actor] == [None]


# --- a story filed from one country about another: the dateline lends its sides no country ---------------


def test_a_side_of_a_story_about_another_country_takes_no_dateline_country() -> None:
    rioters = ActorRef("rioters", None, "OPP", None, "OPP", "sector:OPP")
    about = Discourse(story_country="GEO")
    assert story_elsewhere(rioters, "RUS", about)  # filed from Moscow, about Georgia
    assert not story_elsewhere(rioters, "GEO", about)  # filed from the story's own country
    assert not story_elsewhere(rioters, "RUS", Discourse())  # no country stands out
    officials = ActorRef("the government", None, "GOV", None, "GOV", "sector:GOV")
    assert not story_elsewhere(officials, "RUS", about)  # GOV: not a side of story_side


GEORGIA = (
    "Thousands of people rallied in Tbilisi on Sunday to demand Georgia's independence, Georgian officials said. "
    "Demonstrators blocked the main avenue outside the parliament building and burned a flag. "
    "The Kremlin declined to comment. Students marched through Batumi on Monday."
)


@pytest.mark.model
def test_demonstrators_of_a_story_about_georgia_filed_from_moscow(pipeline: Any) -> None:
    blocked = next(e for e in code_on(pipeline, GEORGIA, dateline="MOSCOW") if e.event_text == "blocked")
    assert [a.country for a in blocked.actor] == ["GEO"]  # not Russia's, the dateline's
