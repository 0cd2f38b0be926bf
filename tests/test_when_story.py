"""Dates of events in whole stories (issue 11, session 8): the date of a setting told before the
subject, and acts told as one more act of the event just before ("also") or before the story's
news (the past perfect). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coding import code_events, one_event

THURSDAY = dt.date(2015, 3, 12)


def test_a_fronted_setting_dates_the_clause_it_opens(pipeline: Any) -> None:
    text = "Speaking at a news conference in Geneva on Tuesday, the Kenyan foreign minister condemned the raid."
    ev = one_event(pipeline, text, "condemned", THURSDAY)
    assert ev.date == "2015-03-10" and any("setting told before the subject" in r for r in ev.reasons)


def test_a_participle_clause_told_after_the_verb_does_not(pipeline: Any) -> None:
    text = "The Kenyan foreign minister condemned the raid, citing witnesses questioned on Tuesday."
    ev = one_event(pipeline, text, "condemned", THURSDAY)
    assert ev.date != "2015-03-10"


def test_also_takes_the_day_of_the_event_told_just_before(pipeline: Any) -> None:
    text = (
        "Ethiopian troops shelled rebel positions near Gondar on Tuesday. "
        "Ethiopian aircraft also bombed a rebel camp and destroyed a bridge."
    )
    evs = code_events(pipeline, text, THURSDAY)
    later = [e for e in evs if e.sentence_index == 1]
    assert later and all(e.date == "2015-03-10" for e in later), [(e.event_text, e.date) for e in later]
    assert any("'also'" in r for r in later[0].reasons)


def test_also_does_not_reach_past_an_undated_event(pipeline: Any) -> None:
    text = (
        "Ethiopian troops shelled rebel positions near Gondar on Tuesday. "
        "The Kenyan government condemned the shelling. "
        "The Ugandan government also condemned the shelling."
    )
    evs = code_events(pipeline, text, THURSDAY)
    last = [e for e in evs if e.sentence_index == 2]
    assert last and last[0].date == "2015-03-12" and last[0].date_precision == "publication"


def test_the_past_perfect_takes_the_day_of_the_event_told_just_before(pipeline: Any) -> None:
    text = (
        "Gunmen stormed a prison in the northern city of Kano on Tuesday. "
        "The gunmen had demanded the release of their commander."
    )
    evs = code_events(pipeline, text, THURSDAY)
    demand = next(e for e in evs if e.sentence_index == 1)
    assert demand.date == "2015-03-10" and any("past perfect" in r for r in demand.reasons)


def test_the_simple_past_without_also_keeps_the_publication_day(pipeline: Any) -> None:
    text = (
        "Gunmen stormed a prison in the northern city of Kano on Tuesday. The Nigerian government condemned the attack."
    )
    evs = code_events(pipeline, text, THURSDAY)
    later = next(e for e in evs if e.sentence_index == 1)
    assert later.date_precision == "publication"


def test_a_past_coordinated_with_a_past_perfect_keeps_its_own_time(pipeline: Any) -> None:
    text = (
        "Gunmen stormed a prison in the northern city of Kano on Tuesday. "
        "In Abuja, the president said the gunmen had fled and urged the army to find them."
    )
    evs = code_events(pipeline, text, THURSDAY)
    urged = next(e for e in evs if e.event_text == "urged")
    assert urged.date_precision == "publication", urged.reasons


def test_time_clauses_count_days_in_words_and_whole_days_of_hours(pipeline: Any) -> None:
    text = "The president pardoned the rebel leaders on Wednesday, nine days after the army recaptured Kidal."
    ev = one_event(pipeline, text, "recaptured", THURSDAY)
    assert ev.date == "2015-03-02", ev.reasons
    text = "The president returned to the capital on Wednesday, 48 hours after soldiers arrested the prime minister."
    ev = one_event(pipeline, text, "arrested", THURSDAY)
    assert ev.date == "2015-03-09", ev.reasons
    text = "The president returned to the capital on Wednesday, hours after soldiers arrested the prime minister."
    ev = one_event(pipeline, text, "arrested", THURSDAY)
    assert ev.date == "2015-03-11", ev.reasons


def test_a_relative_clause_takes_the_date_of_the_noun_it_tells_of(pipeline: Any) -> None:
    text = "The attack came days after Kenyan air strikes on Sunday that killed 25 Shabaab fighters in Somalia."
    ev = one_event(pipeline, text, "killed", THURSDAY)
    assert ev.date == "2015-03-08" and any("the noun the relative clause tells of" in r for r in ev.reasons)


def test_a_relative_clause_on_an_undated_noun_keeps_its_own_time(pipeline: Any) -> None:
    text = "Kenyan air strikes that killed 25 Shabaab fighters in Somalia were condemned on Sunday by rights groups."
    ev = one_event(pipeline, text, "killed", THURSDAY)
    assert not any("the noun the relative clause tells of" in r for r in ev.reasons)


def test_a_since_phrase_of_a_noun_does_not_date_the_event(pipeline: Any) -> None:
    text = "The army fired on the crowd, the deadliest crackdown since 1989."
    ev = one_event(pipeline, text, "fired", THURSDAY)
    assert ev.date == "2015-03-12" and ev.date_precision == "publication", ev.reasons


def test_a_bare_after_clause_is_the_day_of_its_head(pipeline: Any) -> None:
    text = "The Malian president resigned on Tuesday after soldiers surrounded his residence."
    ev = one_event(pipeline, text, "surrounded", THURSDAY)
    assert ev.date == "2015-03-10", ev.reasons
    text = "The Malian president resigned on Tuesday, weeks after soldiers surrounded his residence."
    ev = one_event(pipeline, text, "surrounded", THURSDAY)
    assert ev.date != "2015-03-10", ev.reasons
