"""Where an act happened when the sentence tells where its actor was as a setting (issue 11,
session 8): a phrase or participle clause before the subject ("From his hotel in Geneva, ...",
"Speaking from his farm near Eldoret, ..."), a participle beside the subject ("The president,
visiting Kigali, warned ..."); and verbs whose object is the place acted on ("sealed off X").
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.records import Article, Event

DAY = dt.date(2015, 3, 12)


def _event(pipeline: Any, text: str, trigger: str) -> Event:
    coded = pipeline.code(Article(id="w", text=text, pub_date=DAY, dateline="NAIROBI"))
    found = [e for e in coded.events if e.event_text == trigger]
    assert len(found) == 1, [(e.event, e.event_text) for e in coded.events]
    return found[0]  # type: ignore[no-any-return]


def _at(ev: Event) -> str | None:
    return ev.event_loc.resolved_place if ev.event_loc is not None else None


def test_a_fronted_from_phrase_is_where_the_actor_acted(pipeline: Any) -> None:
    ev = _event(pipeline, "From his hotel in Geneva, the Kenyan president declared a state of emergency.", "declared")
    assert _at(ev) == "Geneva" and any("setting of the act" in r for r in ev.reasons), ev.reasons


def test_a_fronted_participle_setting_is_where_the_actor_acted(pipeline: Any) -> None:
    text = "Speaking from his farm near Eldoret, the opposition leader accused the police of killing protesters."
    ev = _event(pipeline, text, "accused")
    assert _at(ev) == "Eldoret", ev.reasons


def test_a_participle_beside_the_subject_is_where_the_actor_acted(pipeline: Any) -> None:
    text = "The Ugandan president, visiting Kigali on Wednesday, warned that the militants would strike again."
    ev = _event(pipeline, text, "warned")
    assert _at(ev) == "Kigali", ev.reasons


def test_what_the_actor_reports_does_not_take_the_setting(pipeline: Any) -> None:
    text = "Speaking in Geneva, the Kenyan foreign minister said the gunmen had attacked a bus near Garissa."
    ev = _event(pipeline, text, "attacked")
    assert _at(ev) != "Geneva", ev.reasons


def test_sealing_off_a_town_happens_there(pipeline: Any) -> None:
    ev = _event(pipeline, "Kenyan police sealed off Garissa on Wednesday.", "sealed off")
    assert _at(ev) == "Garissa", ev.reasons


def test_a_country_is_narrowed_to_a_city_of_it_the_sentence_names(pipeline: Any) -> None:
    text = "Ethiopian troops invaded Eritrea on Tuesday and seized the presidential palace in Asmara."
    ev = _event(pipeline, text, "invaded")
    assert _at(ev) == "Asmara" and any("a place in that country the sentence names" in r for r in ev.reasons)


def test_a_city_of_another_country_does_not_narrow_it(pipeline: Any) -> None:
    text = "Ethiopian troops invaded Eritrea on Tuesday, a day after Kenyan police arrested two Eritreans in Nairobi."
    ev = _event(pipeline, text, "invaded")
    assert ev.event_loc is not None and ev.event_loc.precision == "country", ev.reasons


def test_the_setting_of_a_statement_is_not_where_what_it_reports_happened(pipeline: Any) -> None:
    text = (
        "Speaking at a news conference in Mombasa, the minister said the troops had fired only after "
        "being attacked by gunmen."
    )
    coded = pipeline.code(Article(id="w", text=text, pub_date=DAY, dateline="NAIROBI"))
    attacked = [e for e in coded.events if e.event == "ASSAULT"]
    assert attacked and all(_at(e) != "Mombasa" for e in attacked), [(e.event_text, e.reasons) for e in attacked]
