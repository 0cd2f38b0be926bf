"""Event places (places46): an attack launched to take a place is placed there; a verb of going
carries its "to" phrase on an adverb of direction ("sent them back to X"); an organisation's own
meeting sits at its seat; an organisation named where it sits ("signed at the United Nations") is a
place, its seat; a yielding order ("ordered a halt to operations in X") is placed where it was given.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_and_country
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    article = Article(id="p46", text=text, pub_date=dt.date(2004, 5, 11), dateline=dateline)
    return pipeline.code(article)  # type: ignore[no-any-return]


@pytest.mark.model
def test_an_offensive_to_retake_a_town_is_placed_there(pipeline: Any) -> None:
    text = "Fighting broke out when Chadian rebels launched an offensive to retake Abeche on Monday."
    e = event_starting(_code(pipeline, text, dateline="KHARTOUM"), "launched")
    assert place_and_country(e) == ("Abéché", "TCD"), e.reasons


@pytest.mark.model
def test_an_offensive_to_retake_a_region_by_its_name(pipeline: Any) -> None:
    text = "Fighting broke out when government troops launched an offensive to retake the town of Kismayo."
    e = event_starting(_code(pipeline, text, dateline="NAIROBI"), "launched")
    assert place_and_country(e)[1] == "SOM", e.reasons


@pytest.mark.model
def test_a_modifier_of_the_object_is_no_place_of_the_offensive(pipeline: Any) -> None:
    # "the pro-Damascus district": what the district is aligned with, not where it is
    text = "Rebels launched an offensive to retake the pro-Damascus district on Monday."
    e = event_starting(_code(pipeline, text, dateline="BEIRUT"), "launched")
    assert place_and_country(e)[0] != "Damascus", e.reasons


@pytest.mark.model
def test_sent_back_to_a_city_to_negotiate(pipeline: Any) -> None:
    text = "The president said he would send his negotiators back to Oslo to consult the rebel leaders."
    e = event_starting(_code(pipeline, text, dateline="COLOMBO"), "consult")
    assert place_and_country(e) == ("Oslo", "NOR"), e.reasons


@pytest.mark.model
def test_the_security_council_meets_at_its_seat(pipeline: Any) -> None:
    text = "The U.N. Security Council was expected to meet on Tuesday to discuss the border clashes."
    e = event_starting(_code(pipeline, text, dateline="ADDIS ABABA"), "meet")
    assert place_and_country(e) == ("New York City", "USA"), e.reasons
    assert e.event_loc is not None and e.event_loc.step == "seat"


@pytest.mark.model
def test_a_state_meeting_is_not_placed_at_a_seat(pipeline: Any) -> None:
    text = "Chinese officials were expected to meet on Tuesday to discuss the border clashes."
    e = event_starting(_code(pipeline, text, dateline="ADDIS ABABA"), "meet")
    assert e.event_loc is None or e.event_loc.step != "seat", e.reasons


@pytest.mark.model
def test_signed_at_the_united_nations(pipeline: Any) -> None:
    text = "Eritrea and Ethiopia signed a boundary accord at the United Nations on Monday."
    e = event_starting(_code(pipeline, text), "signed")
    assert place_and_country(e) == ("New York City", "USA"), e.reasons


@pytest.mark.model
def test_the_united_nations_as_an_actor_is_no_place(pipeline: Any) -> None:
    text = "Eritrea appealed to the United Nations on Monday to end the blockade of Assab."
    coded = _code(pipeline, text)
    assert not any(m.kind == "place" and "United Nations" in m.text for m in coded.mentions)


@pytest.mark.model
def test_an_order_to_halt_is_placed_where_it_was_given(pipeline: Any) -> None:
    text = "Russian President Vladimir Putin ordered a halt to military operations in Chechnya on Tuesday."
    e = event_starting(_code(pipeline, text, dateline="MOSCOW"), "ordered")
    assert place_and_country(e) == ("Moscow", "RUS"), e.reasons


@pytest.mark.model
def test_an_order_sending_troops_is_placed_where_they_act(pipeline: Any) -> None:
    text = "The prime minister ordered troops to seize the buffer zone on the Golan Heights on Sunday."
    e = event_starting(_code(pipeline, text, dateline="JERUSALEM"), "ordered")
    assert place_and_country(e)[0] == "Golan Heights", e.reasons


@pytest.mark.model
def test_signed_at_a_curated_building_right_before_the_day(pipeline: Any) -> None:
    # the parser hangs "at the White House" on a noun inside the object's phrase
    text = "Sudan signed an accord establishing ties with Morocco at the White House on Tuesday, the first in decades."
    e = event_starting(_code(pipeline, text), "signed")
    assert place_and_country(e) == ("White House", "USA"), e.reasons


@pytest.mark.model
def test_a_statement_is_not_placed_where_another_act_was_aimed(pipeline: Any) -> None:
    text = "As Sudan and Morocco were signing the accord on Tuesday, gunmen fired two rockets into the town of Sderot."
    e = event_starting(_code(pipeline, text), "signing")
    assert place_and_country(e)[0] != "Sderot", e.reasons


@pytest.mark.model
def test_an_act_done_as_the_purpose_of_another_is_where_that_was(pipeline: Any) -> None:
    # "at X" nests in another phrase of the verb the purpose hangs on
    text = "The Indian prime minister walked across the border at Wagah on Saturday to meet the Pakistani leader."
    e = event_starting(_code(pipeline, text, dateline="NEW DELHI"), "meet")
    assert place_and_country(e) == ("Wagah", "PAK"), e.reasons
