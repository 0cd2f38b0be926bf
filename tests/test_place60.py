"""Event places (place60): a statement or an agreement made at a meeting whose town is told one phrase
below the meeting noun, at its venue ("after talks at a villa in X") or with the party met there ("after
negotiations with envoys in X", a town only), and a verb coordinated after the trigger with the trigger's
subject ("gave the junta one month ..., and suspended it at a summit in X") sharing the meeting its adjunct
tells of, and an act told at a moment of a meeting ("at the close of talks in X"). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_name
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p60", text=text, pub_date=dt.date(2011, 5, 2), dateline=dateline))  # type: ignore[no-any-return]


@pytest.mark.model
def test_meeting_town_told_at_its_venue(pipeline: Any) -> None:
    text = "The ministers signed the accord after talks at a hotel in Montreux."
    assert place_name(event_starting(_code(pipeline, text), "signed")) == "Montreux"
    text = (
        "The two foreign ministers agreed on Friday to reopen their embassies after six hours of talks at a "
        "lakeside villa in Lugano."
    )
    assert place_name(event_starting(_code(pipeline, text), "agreed")) == "Lugano"


@pytest.mark.model
def test_meeting_town_told_with_the_party_met(pipeline: Any) -> None:
    text = "The rebel commander accepted a ceasefire on Monday after two days of negotiations with envoys in Goma."
    assert place_name(event_starting(_code(pipeline, text), "accepted")) == "Goma"


@pytest.mark.model
def test_party_met_in_a_region_is_no_meeting_place(pipeline: Any) -> None:
    # a division in the party's phrase says which party, not where the talks were held
    text = "The rebel leaders accepted the proposal on Friday after talks with mediators in Darfur."
    assert place_name(event_starting(_code(pipeline, text), "accepted")) is None
    # a town in a phrase of what the talks were about, or of what they were held at the request of, is no venue
    text = "The two sides agreed to a truce after talks at the request of church leaders in Kinshasa."
    assert place_name(event_starting(_code(pipeline, text), "agreed")) is None


@pytest.mark.model
def test_coordinated_verb_shares_the_summit_it_tells_of(pipeline: Any) -> None:
    text = (
        "Central African leaders gave the junta in Gabon one month to hold elections, and suspended the "
        "country's membership at an extraordinary summit in Malabo on Saturday."
    )
    assert place_name(event_starting(_code(pipeline, text), "gave")) == "Malabo"


@pytest.mark.model
def test_coordinated_verb_with_its_own_subject_shares_nothing(pipeline: Any) -> None:
    text = (
        "Regional leaders gave the junta one month to hold elections, and their ministers suspended the "
        "country's membership at a summit in Malabo."
    )
    assert place_name(event_starting(_code(pipeline, text), "gave")) is None


@pytest.mark.model
def test_moment_of_a_meeting_sets_the_act_there(pipeline: Any) -> None:
    text = "The two delegations signed a protocol on prisoners at the end of a conference in Arusha."
    assert place_name(event_starting(_code(pipeline, text), "signed")) == "Arusha"
    # the moment of talks about a town is not at the town
    text = "The minister agreed to the plan at the start of talks on the future of Goma."
    assert place_name(event_starting(_code(pipeline, text), "agreed")) is None
