"""Event places (places36): an act made at or after a meeting is placed where the meeting was ("agreed
after talks in Geneva"); an envoy or a mission of a state acts where it is posted, so neither its
state's capital nor its state is its place, but a datelined story's city is; an act after the actor's
journey is done where it went; "the city" does not refer back to a capital acting. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_name
from newsevents.records import ActorRef, Article, CodedArticle
from newsevents.where.actorphrase import posted


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p36", text=text, pub_date=dt.date(2011, 5, 2), dateline=dateline))  # type: ignore[no-any-return]


@pytest.mark.model
def test_agreement_after_talks_is_placed_at_the_talks(pipeline: Any) -> None:
    coded = _code(pipeline, "Armenia and Azerbaijan agreed on Tuesday to a ceasefire after talks in Geneva.")
    assert place_name(event_starting(coded, "agreed")) == "Geneva"
    text = "The rebels and the government agreed to a truce after three days of negotiations in Nairobi."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "agreed")) == "Nairobi"


@pytest.mark.model
def test_meeting_adjunct_is_shared_by_a_coordinated_verb(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "The two presidents met for the first time at talks in Vienna on Monday and agreed to free all prisoners.",
    )
    assert place_name(event_starting(coded, "met")) == "Vienna"
    assert place_name(event_starting(coded, "agreed")) == "Vienna"


@pytest.mark.model
def test_conference_told_by_a_relative_clause(pipeline: Any) -> None:
    text = "Israel sat down with its neighbours at a peace conference that opened in Oslo on Wednesday."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "sat")) == "Oslo"


@pytest.mark.model
def test_meeting_adjunct_traps(pipeline: Any) -> None:
    # what comes before talks was not made at them
    coded = _code(pipeline, "The Chilean foreign minister condemned the attack before talks in Geneva.")
    assert place_name(event_starting(coded, "condemned")) != "Geneva"
    # two towns of the talks: which one is not told
    text = "The rebels and the government agreed to a truce after talks with Kenyan mediators in Nairobi and Mombasa."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "agreed")) not in {"Nairobi", "Mombasa"}


def test_posted_reads_envoys_and_missions() -> None:
    def ref(text: str, role: str | None = None) -> ActorRef:
        return ActorRef(text, None, "PERGOV", "PER", "GOV", None, role)

    assert posted(ref("Peru's envoy"))
    assert posted(ref("the U.S. embassies"))
    assert posted(ref("North Korea's U.N. ambassador, Pak Gil Yon"))
    assert posted(ref("Pak Gil Yon", role="ambassador"))
    assert not posted(ref("the Peruvian government"))
    assert not posted(ref("Peru's foreign minister"))


@pytest.mark.model
def test_envoy_is_not_placed_at_home(pipeline: Any) -> None:
    coded = _code(pipeline, "Peru's envoy rejected the proposal on Monday.")
    assert place_name(event_starting(coded, "rejected")) is None
    coded = _code(pipeline, "The Chilean ambassador urged calm on Monday.")
    assert place_name(event_starting(coded, "urged")) is None
    # the state itself still acts at its capital
    coded = _code(pipeline, "The Peruvian government rejected the proposal on Monday.")
    assert place_name(event_starting(coded, "rejected")) == "Lima"


@pytest.mark.model
def test_envoy_abroad_in_a_datelined_story(pipeline: Any) -> None:
    text = (
        "NEW YORK (Reuters) - The Security Council imposed sanctions on Iran on Monday. "
        "Iran's ambassador, Ali Rezaei, rejected the resolution and walked out of the chamber."
    )
    coded = _code(pipeline, text, dateline="NEW YORK")
    # where it is posted, the story's dateline, not its state's capital
    assert place_name(event_starting(coded, "rejected")) == "New York City"


@pytest.mark.model
def test_journey_destination_tagged_as_an_organisation(pipeline: Any) -> None:
    # a capital the tagger takes for an organisation is still where the visitor went, not his home country
    coded = _code(pipeline, "Chad's President Idriss Deby flew to Bamako on Sunday to mediate.")
    assert place_name(event_starting(coded, "flew")) == "Bamako"


@pytest.mark.model
def test_act_coordinated_after_a_visit_is_done_there(pipeline: Any) -> None:
    text = "U.S. Secretary of State Hillary Clinton visited Harare on Monday and urged Mugabe to share power."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "visited")) == "Harare"
    assert place_name(event_starting(coded, "urged")) == "Harare"
    # sending leaves the sender at home: no journey of its own
    coded = _code(pipeline, "Kenya sent troops to Somalia on Monday and urged the rebels to disarm.")
    assert place_name(event_starting(coded, "urged")) != "Somalia"


@pytest.mark.model
def test_the_city_does_not_refer_back_to_a_capital_acting(pipeline: Any) -> None:
    text = (
        "The minister told reporters that Washington would review the list. Colombians will vote on the deal "
        "next Sunday. Former President Alvaro Uribe led a protest march in the city on Monday."
    )
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "led")) != "Washington"
    # a town named as a place still lends itself
    coded = _code(pipeline, "Rebels entered Mosul on Monday. Gunmen attacked a checkpoint west of the city on Tuesday.")
    assert place_name(event_starting(coded, "attacked")) == "Mosul"
