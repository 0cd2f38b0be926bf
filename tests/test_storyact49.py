"""Actors of story events (storyact49 session, issue 11/12): "the two countries", "both sides", "the two
neighbours" that no sentence rule reads are the two countries the story named most before them, when
those two stand out (participants/anaphora.story_pair), not the two named last (a mediator or a
bystander named since); and a role word owned by a pair phrase ("the leaders of the two countries",
"commanders from both sides", the pair phrase in the actor's phrase or right after it) names that role of
each party of the pair (anaphora.members_of_pair); a force, rebels, gunmen or protesters known only by a role
word that no other rule placed are of the country a story names far more than any other (code/storyside.py).
Every text is written for this test (none is taken
from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, country_set
from newsevents.code.rules import CodeRules
from newsevents.code.storyside import story_country, story_side
from newsevents.participants.anaphora import members_of_pair, story_pair
from newsevents.progress import CountryTally, Discourse
from newsevents.records import ActorRef, Event

RULES = CodeRules.default()


def _at(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.event_text == trigger]
    assert len(found) == 1, [(e.event, e.event_text) for e in events]
    return found[0]


def _role(words: str, sector: str) -> ActorRef:
    return ActorRef(words, None, sector, None, sector, f"sector:{sector}")


def _tally(*countries: str, sentences: int = 4) -> CountryTally:
    """A tally of ``countries`` named in this order, ten characters apart."""
    return CountryTally(tuple((10 * k, 10 * k + 5, c, True) for k, c in enumerate(countries)), sentences)


def _named(*countries: str) -> Discourse:
    """A discourse that named ``countries`` in this order, ten characters apart."""
    tally = _tally(*countries)
    return Discourse(country_spans=tally.country_spans(), tally=tally)


# --- the story's pair: the two countries named most --------------------------------------------------


def test_the_two_countries_are_the_two_named_most() -> None:
    disc = _named("ERI", "ETH", "ETH", "ERI", "USA", "DJI")
    pair = story_pair(RULES, "the two countries", [_role("countries", "GOV")], (500, 517), disc)
    assert [r.country for r in pair] == ["ERI", "ETH"]
    assert all(r.sector == "GOV" for r in pair)


def test_no_story_pair_when_a_third_country_is_named_as_often() -> None:
    disc = _named("ERI", "ETH", "ETH", "ERI", "USA", "USA")
    assert story_pair(RULES, "both sides", [_role("sides", "GOV")], (500, 510), disc) == []


def test_no_story_pair_when_the_second_country_is_named_once() -> None:
    # a domestic story ("police and the opposition") that names one foreign country once: both sides are
    # not that country and the story's
    disc = _named("ARM", "ARM", "ARM", "USA")
    assert story_pair(RULES, "both sides", [_role("sides", "GOV")], (500, 510), disc) == []


def test_no_story_pair_for_a_phrase_that_names_no_pair_or_counts_later_names() -> None:
    disc = _named("ERI", "ETH", "ETH", "ERI")
    assert story_pair(RULES, "the rebels", [_role("rebels", "REB")], (500, 510), disc) == []
    assert story_pair(RULES, "both sides", [_role("sides", "GOV")], (15, 25), disc) == []  # named after it


# --- a role word of a pair phrase ------------------------------------------------------------------------


def test_the_role_of_a_pair_phrase_in_the_phrase() -> None:
    text = "The defence ministers of the two countries will meet on Friday."
    got = members_of_pair(text, (0, 42), [_role("defence ministers", "GOV")])
    assert got is not None
    whole, inner, sector = got
    assert text[whole[0] : whole[1]] == "defence ministers of the two countries"
    assert text[inner[0] : inner[1]] == "the two countries"
    assert sector == "GOV"


def test_the_role_of_a_pair_phrase_right_after_the_phrase() -> None:
    text = "Guns fell silent and army commanders from both sides met at the bridge."
    got = members_of_pair(text, (21, 36), [_role("army commanders", "MIL")])
    assert got is not None
    assert text[got[1][0] : got[1][1]] == "both sides"


def test_no_pair_role_for_other_phrases() -> None:
    text = "The leaders of the opposition met on Friday."
    assert members_of_pair(text, (0, 29), [_role("leaders", "GOV")]) is None
    text = "Kenyan commanders from both sides met."
    kenyan = ActorRef("Kenyan commanders", None, "KENMIL", "KEN", "MIL", "country:KEN")
    assert members_of_pair(text, (0, 17), [kenyan]) is None  # a country of its own


# --- the pipeline ---------------------------------------------------------------------------------------------


@pytest.mark.model
def test_the_two_countries_after_a_mediator_named_last(pipeline: Any) -> None:
    text = (
        "Eritrean troops shelled Ethiopian positions near the town of Zalambessa on Monday, Ethiopia said. "
        "Eritrea said Ethiopian forces had attacked first.\n\n"
        "Djibouti and Kenya offered to mediate.\n\n"
        "The two countries agreed in 2000 to accept a ruling on their border by an international commission."
    )
    agreed = _at(code_on(pipeline, text, "2001-03-06", dateline="ADDIS ABABA"), "agreed")
    assert country_set(agreed.actor) == {"ERI", "ETH"}


@pytest.mark.model
def test_the_foreign_ministers_of_the_two_countries(pipeline: Any) -> None:
    text = (
        "Armenia and Azerbaijan agreed on Tuesday to halt the fighting in their border region. "
        "The foreign ministers of the two countries will meet in Vienna next week, a mediator said."
    )
    meet = _at(code_on(pipeline, text, "2022-09-13"), "meet")
    assert country_set(meet.actor) == {"ARM", "AZE"}


# --- the story's country for a side known only by a role word (code/storyside.py) ---------------------------


def test_the_story_country_is_named_three_times_and_twice_as_often_as_any_other() -> None:
    assert story_country(_tally("BOL", "BOL", "PER", "BOL")) == "BOL"
    assert story_country(_tally("BOL", "BOL", "PER", "BOL", "PER", sentences=5)) is None  # 3 against 2: not twice
    assert story_country(_tally("BOL", "BOL")) is None  # named twice only
    assert story_country(_tally("BOL", "BOL", "BOL", sentences=2)) is None  # two sentences: no story
    assert story_country(_tally()) is None


def test_a_role_word_of_a_story_side_takes_the_story_country() -> None:
    got, why = story_side([_role("Gunmen", "UAF")], "BOL")
    assert [r.country for r in got] == ["BOL"] and why is not None
    got, _ = story_side([_role("soldiers", "MIL"), _role("police", "COP")], "BOL")
    assert [r.country for r in got] == ["BOL", "BOL"]


def test_officials_leaders_and_named_parties_keep_no_story_country() -> None:
    leaders = [_role("leaders", "GOV")]
    assert story_side(leaders, "BOL") == (leaders, None)  # often a foreign government's, or several
    peru = ActorRef("Peruvian troops", None, "PERMIL", "PER", "MIL", "country:PER")
    mixed = [_role("rebels", "REB"), peru]
    assert story_side(mixed, "BOL") == (mixed, None)
    assert story_side([_role("rebels", "REB")], None)[1] is None
    assert story_side([_role("students", "EDU")], "RUS", "KAZ")[1] is None  # the event placed in another country
    assert story_side([_role("students", "EDU")], "RUS", "RUS")[1] is not None


@pytest.mark.model
def test_gunmen_in_a_story_about_one_country(pipeline: Any) -> None:
    text = (
        "Bolivia's interim government declared a state of emergency on Monday after a week of unrest in the Andean "
        "country. The Bolivian army was put on alert in La Paz and Cochabamba.\n\n"
        "Gunmen stormed a radio station overnight and held its staff for several hours.\n\n"
        "Peru said it was watching the crisis closely."
    )
    stormed = _at(code_on(pipeline, text, "2019-11-18"), "stormed")
    assert country_set(stormed.actor) == {"BOL"}


@pytest.mark.model
def test_no_story_country_when_two_countries_are_told_alike(pipeline: Any) -> None:
    text = (
        "Bolivia and Peru traded accusations on Monday over a disputed stretch of their border. Bolivian officials "
        "said Peruvian patrols had crossed the line, and Lima said La Paz was stirring up trouble.\n\n"
        "Gunmen stormed a radio station overnight and held its staff for several hours."
    )
    stormed = _at(code_on(pipeline, text, "2019-11-18"), "stormed")
    assert country_set(stormed.actor) <= {None}
