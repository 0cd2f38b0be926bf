"""Event places (places38): a country's name that says whose a state's agents are ("a visiting U.S.
general") is no place of the event; a locative phrase right after a party acted
on by a verbal act ("gave the junta in Niger a week") says where the party is, not where the act was; an
act coordinated after a meeting of its actors is done where the meeting was ("held talks in Paris and
agreed"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_name
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p38", text=text, pub_date=dt.date(2012, 3, 6), dateline=dateline))  # type: ignore[no-any-return]


@pytest.mark.model
def test_country_before_a_state_agent_is_no_place(pipeline: Any) -> None:
    text = "The two men shook hands on Monday at the first meeting between a U.S. president and a Libyan ruler."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "meeting")) != "United States"


@pytest.mark.model
def test_people_of_a_place_keep_their_place(pipeline: Any) -> None:
    coded = _code(pipeline, "About 5,000 Taiwan people demonstrated on Sunday against the new tax.")
    assert place_name(event_starting(coded, "demonstrated")) == "Taiwan"


@pytest.mark.model
def test_phrase_after_a_party_acted_on_is_where_the_party_is(pipeline: Any) -> None:
    text = "Arab foreign ministers gave the regime in Syria two weeks to withdraw its tanks from the cities."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "gave")) != "Syria"
    # those told are where the speaker is
    coded = _code(pipeline, "The Canadian foreign minister told reporters in Nairobi that Ottawa would cut aid.")
    assert all(place_name(e) in {"Nairobi", None} for e in coded.events)


@pytest.mark.model
def test_act_after_a_meeting_is_done_at_the_meeting(pipeline: Any) -> None:
    text = (
        "The Serbian and Kosovar prime ministers held talks in Brussels on Thursday and agreed to open liaison offices."
    )
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "agreed")) == "Brussels"
    text = "The two foreign ministers met in Geneva on Tuesday and signed a protocol on the return of refugees."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "signed")) == "Geneva"


@pytest.mark.model
def test_act_after_a_meeting_traps(pipeline: Any) -> None:
    # a verb with a subject of its own is not the meeting's
    text = "The two presidents held talks in Brussels on Thursday, and the rebels agreed to a truce."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "agreed")) != "Brussels"
    # after a statement, not a meeting: what it is about stays no place
    text = "The rebels condemned the attack on a market in Kandahar and urged the government to resign."
    coded = _code(pipeline, text)
    assert place_name(event_starting(coded, "urged")) != "Kandahar"


@pytest.mark.model
def test_an_origin_does_not_set_a_later_act_elsewhere(pipeline: Any) -> None:
    text = (
        "Somalia's president appealed for calm on Tuesday. "
        "Gunmen ambushed a government convoy hours later as it returned from talks in Nairobi, police said."
    )
    coded = _code(pipeline, text, dateline="MOGADISHU")
    assert place_name(event_starting(coded, "ambushed")) == "Mogadishu"


@pytest.mark.model
def test_a_place_the_act_is_set_in_still_sets_it_elsewhere(pipeline: Any) -> None:
    text = (
        "Somalia's president appealed for calm on Tuesday. Gunmen ambushed a government convoy in Nairobi, police said."
    )
    coded = _code(pipeline, text, dateline="MOGADISHU")
    assert place_name(event_starting(coded, "ambushed")) != "Mogadishu"


@pytest.mark.model
def test_a_dateline_qualifier_chooses_the_citys_namesake(pipeline: Any) -> None:
    from newsevents.resolve.datelines import qualifier_countries
    from newsevents.where.stage import dateline_setting

    gz = pipeline.res.gazetteer
    for dateline, country in (
        ("TRIPOLI, Lebanon", "LBN"),
        ("HYDERABAD, Pakistan", "PAK"),
        ("PERTH, Scotland", "GBR"),
        ("CAMBRIDGE, Massachusetts", "USA"),
    ):
        s = dateline_setting(gz, dateline)
        assert s.dateline is not None and s.dateline.country_code == country and s.country == country, dateline
    assert qualifier_countries(gz, "NAIROBI") == ()
    assert qualifier_countries(gz, "Port-au-Prince, Haiti") == ("HTI",)


@pytest.mark.model
def test_a_dateline_qualifier_is_the_context_of_the_articles_places(pipeline: Any) -> None:
    for dateline, town, country in (("PERTH, Scotland", "Perth", "GBR"), ("HYDERABAD, Pakistan", "Hyderabad", "PAK")):
        coded = _code(pipeline, f"Police arrested 12 protesters in {town} on Friday, a spokesman said.", dateline)
        e = event_starting(coded, "arrested")
        assert e.event_loc is not None and e.event_loc.country_code == country, dateline
