"""Mechanisms of the sixth session (issue 11, recall that transfers), each on sentences written for
this test (none taken from a gold or blind set), with traps that must stay as they are."""

from __future__ import annotations

import datetime as dt
import json
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from coding import code_events, one_event
from newsevents.read import parse_header, read_inputs
from newsevents.records import Article

PUB = dt.date(2019, 4, 2)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


# --- a dateline written as a place in capitals and a dash -------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        ("LUSAKA - Zambian police arrested two editors.", "LUSAKA", "Zambian police"),
        ("PORT LOUIS, Mauritius - The cabinet resigned.", "PORT LOUIS, Mauritius", "The cabinet"),
        ("THE HAGUE \u2014 Judges ruled on Monday.", "THE HAGUE", "Judges ruled"),
        ("QUITO - 300 miners marched.", "QUITO", "300 miners"),
    ],
)
def test_a_place_in_capitals_and_a_dash_is_a_dateline(text: str, place: str, body: str) -> None:
    h = parse_header(text)
    assert h.dateline == place
    assert text[h.body_offset :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "NATO - the alliance of thirty states - met in Brussels.",  # a lower-case sentence goes on
        "UN - Habitat opened an office.",  # an acronym of two letters
        "Lusaka - Zambian police arrested two editors.",  # not in capitals
        "LUSAKA-based editors were arrested.",  # no dash standing alone
    ],
)
def test_a_dash_after_other_words_is_no_dateline(text: str) -> None:
    h = parse_header(text)
    assert h.dateline is None and h.body_offset == 0


@pytest.mark.model
def test_the_dash_dateline_leaves_the_subject_whole(pipeline: Any, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a", "date": "2019-04-02", "text": "LIMA - Car bombs exploded outside the U.S. embassy on Monday."},
        {"id": "b", "date": "2019-04-02", "text": "DHAKA - Hundreds of garment workers marched through Dhaka."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    arts = [a for a in read_inputs([str(feed)]) if isinstance(a, Article)]
    assert [a.dateline for a in arts] == ["LIMA", "DHAKA"]
    bomb, march = (pipeline.code(a).events for a in arts)
    assert [(e.event, e.actor) for e in bomb] == [("ASSAULT", ())]
    assert [e.event for e in march] == ["PROTEST"]
    assert {r.country for r in march[0].actor} == {"BGD"}


# --- talks with a named side, told as the time of another clause ---------------------------------


@pytest.mark.model
def test_talks_with_a_named_side_after_which_the_subject_acts_are_its_meeting(pipeline: Any) -> None:
    text = "Chile promised on Tuesday to reopen its border after peace talks with Bolivia in Lima."
    talks = _one(pipeline, text, "talks")
    assert talks.event == "CONSULT"
    assert {r.country for r in talks.actor} == {"CHL"} and {r.country for r in talks.recipient} == {"BOL"}
    assert "promised" in [e.event_text for e in _code(pipeline, text)]


@pytest.mark.model
def test_hours_of_talks_with_a_counterpart_named_by_nationality(pipeline: Any) -> None:
    text = (
        "The Kenyan foreign minister agreed on Sunday after six hours of talks with his Somali counterpart"
        " to reopen the crossing."
    )
    talks = _one(pipeline, text, "talks")
    assert talks.event == "CONSULT"
    assert {r.country for r in talks.recipient} == {"SOM"}


@pytest.mark.model
def test_talks_under_way_or_with_no_side_named_are_no_meeting(pipeline: Any) -> None:
    # "in the talks": talks under way, the setting of the agreement
    assert "talks" not in [
        e.event_text for e in _code(pipeline, "Kenya agreed to mediation in the talks with Somalia.")
    ]
    # no side named
    unnamed = _code(pipeline, "Protests continued in Quito after talks about the budget.")
    assert "talks" not in [e.event_text for e in unnamed]
    # talks that are the object of their verb are that verb's event, told once
    held = _code(pipeline, "Peru and Ecuador held talks with Brazil on Monday.")
    assert [e.event_text for e in held] == ["held"]


# --- clauses that tell what a party did: by-agents of participles, pronoun subjects -------------


@pytest.mark.model
def test_a_participle_with_a_party_as_its_by_agent_tells_an_act(pipeline: Any) -> None:
    text = (
        "Peru will send troops to the border under a pact signed by the presidents of Peru and Ecuador"
        " to end the dispute."
    )
    signed = _one(pipeline, text, "signed")
    assert signed.event == "AGREE" and signed.modality == "asserted"
    assert {r.country for r in signed.actor} == {"PER", "ECU"}
    hosted = _one(
        pipeline, "The accord followed three days of talks hosted by the Qatari foreign minister in Doha.", "hosted"
    )
    assert hosted.event == "CONSULT" and {r.country for r in hosted.actor} == {"QAT"}


@pytest.mark.model
def test_a_participle_of_a_state_or_by_a_thing_stays_background(pipeline: Any) -> None:
    text = "Japan apologized to South Korea over a fishing boat near the Senkaku Islands, disputed by Japan and China."
    assert [e.event_text for e in _code(pipeline, text)] == ["apologized"]
    assert [e.event_text for e in _code(pipeline, "Rebels backed by Rwanda seized the town of Goma.")] == ["seized"]
    assert _code(pipeline, "A soldier wounded by shrapnel was taken to hospital in Kabul.") == []


# --- objects of bare nouns misparsed as a clause ---------------------------------------------------


@pytest.mark.model
def test_coordinated_noun_compounds_misparsed_as_a_clause_are_the_object(pipeline: Any) -> None:
    text = "Canada and Australia on Friday imposed travel bans and asset freezes on a number of Belarusian officials."
    e = _one(pipeline, text, "imposed")
    assert e.event == "SANCTION"
    assert {r.country for r in e.actor} == {"CAN", "AUS"}


@pytest.mark.model
def test_a_real_clause_after_a_speech_verb_stays_a_clause(pipeline: Any) -> None:
    assert _code(pipeline, "The ministry said farm prices rise every year.") == []


# --- a person taken is detained, a place taken is occupied ---------------------------------------


@pytest.mark.model
def test_a_person_taken_in_a_passive_is_detained(pipeline: Any) -> None:
    e = _one(pipeline, "Morales was taken before dawn to an army base outside La Paz.", "taken")
    assert e.event == "COERCE" and e.cameo == "173"


@pytest.mark.model
def test_a_place_taken_in_a_passive_stays_occupied(pipeline: Any) -> None:
    e = _one(pipeline, "The town of Kidal was taken by rebels on Monday.", "taken")
    assert e.event == "ASSAULT" and e.cameo == "192"


# --- relief carried by measure or by a participle ------------------------------------------------


@pytest.mark.model
def test_an_arrival_with_a_measure_of_relief_is_aid(pipeline: Any) -> None:
    e = _one(pipeline, "Two Chinese planes landed in Lima on Thursday with tonnes of medical supplies.", "landed")
    assert e.event == "AID"
    e = _one(pipeline, "Japanese ships arrived in Manila carrying 40 tons of food.", "arrived")
    assert e.event == "AID"


@pytest.mark.model
def test_an_arrival_with_a_measure_of_people_stays_an_arrival(pipeline: Any) -> None:
    e = _one(pipeline, "Two Chinese planes landed in Lima on Thursday with dozens of officials.", "landed")
    assert e.event == "CONSULT"


# --- "the two" after a meeting --------------------------------------------------------------------


@pytest.mark.model
def test_the_two_after_a_meeting_are_its_parties(pipeline: Any) -> None:
    text = (
        "Colombian President Ivan Duque crossed the bridge on Friday to meet Venezuelan leader Nicolas Maduro,"
        " and the two pledged to reopen the border."
    )
    e = _one(pipeline, text, "pledged")
    assert e.event == "AGREE"
    assert {r.country for r in e.actor} == {"COL", "VEN"}


@pytest.mark.model
def test_the_two_with_no_meeting_before_name_no_one(pipeline: Any) -> None:
    assert _code(pipeline, "Residents said the two pledged to rebuild the school.") == []


# --- a crowd told by its number ------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("Thousands marched on the presidential palace in Lima on Friday.", "marched", "PER"),
        ("Hundreds of thousands took to the streets of Caracas on Monday.", "took", "VEN"),
    ],
)
def test_a_crowd_told_by_its_number_protests(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert e.event == "PROTEST"
    assert {r.country for r in e.actor} == {country}


@pytest.mark.model
def test_a_number_of_animals_or_a_number_that_does_not_protest_is_no_crowd(pipeline: Any) -> None:
    assert _code(pipeline, "Thousands of cattle marched through the streets of Nairobi.") == []
    assert _code(pipeline, "Thousands watched the parade in Lima on Friday.") == []


@pytest.mark.model
def test_the_agent_of_a_participle_is_an_aside_not_a_party_of_what_follows(pipeline: Any) -> None:
    text = (
        "Delegations from Peru and Chile met in Quito on Monday for talks on their border, Ecuadorian officials said."
        " The talks, mediated by the Ecuadorian foreign minister, lasted six hours."
        " Both delegations agreed to withdraw troops from the border."
        " The next round of talks will be held in Lima."
    )
    events = _code(pipeline, text)
    mediated = [e for e in events if e.event_text == "mediated"]
    assert [{r.country for r in e.actor} for e in mediated] == [{"ECU"}]
    agreed = next(e for e in events if e.event_text == "agreed")
    assert {r.country for r in agreed.actor} == {"PER", "CHL"}
    held = next(e for e in events if e.event_text == "held")
    assert {r.country for r in held.actor} | {r.country for r in held.recipient} == {"PER", "CHL"}


@pytest.mark.model
def test_a_deal_brokered_by_a_party_tells_only_the_deal(pipeline: Any) -> None:
    text = "Peru and Ecuador signed a border accord on Monday, in a deal brokered by Brazil."
    assert [e.event_text for e in _code(pipeline, text)] == ["signed"]


@pytest.mark.model
def test_a_second_participle_after_a_noun_lends_no_party(pipeline: Any) -> None:
    events = _code(pipeline, "The talks, hosted by Qatar and backed by Norway, began in 2012.")
    assert [(e.event_text, {r.country for r in e.actor}) for e in events] == [("hosted", {"QAT"})]


@pytest.mark.model
def test_the_clauses_of_a_participle_after_a_noun_do_not_take_its_agent(pipeline: Any) -> None:
    text = "Police in Lima stopped a march staged by students to protest the new fees."
    assert "protest" not in [e.event_text for e in _code(pipeline, text)]
