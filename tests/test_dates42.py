"""Dates the parser hid from the act (dates42 session): a participle on the verb's object read as a
clause of its own ("beat students marching ... on Tuesday", when/dating.object_participle); a free
relative after a preposition ("struck at what the army called camps ... on Tuesday",
when/dating._free_relative); a clause told after ", and" that the parser hung on the verb of a time
clause ("..., two days after X, and militias fired ...": when/offsets.main_conjunct); the day of a thing
named by its date that did the act ("the June 2 bombing ..., which killed 14 people": when/naming
.thing_date); a past clause with a subject of its own coordinated with an act dated by its sentence
(when/stage.partner_day); "earlier in the week" as the calendar week. Every text is written for this
test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import events_at
from newsevents.recognize.dates import find_date_expressions
from newsevents.records import Event
from newsevents.resolve.dates import normalize

PUB = dt.date(2011, 6, 9)  # a Thursday: Wednesday is 06-08, Tuesday 06-07, Monday 06-06


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


# --- a participle on the verb's object, read as a clause with the object as its subject -------------------


@pytest.mark.model
def test_a_day_under_a_participle_of_the_object_is_the_verbs(pipeline: Any) -> None:
    text = "Riot police beat students marching through the old town on Tuesday, scattering the crowd."
    beat = _at(pipeline, text, "beat")
    assert beat and beat[0].date == "2011-06-07" and beat[0].date_precision == "day"
    text = "The two governments signed accords ending their border dispute at a ceremony in Geneva on Monday."
    signed = _at(pipeline, text, "signed")
    assert signed and signed[0].date == "2011-06-06"


@pytest.mark.model
def test_a_reported_participle_clause_keeps_its_own_time(pipeline: Any) -> None:  # trap
    text = "The army said rebels were marching on the capital on Tuesday, and the president fled the city."
    for ev in _at(pipeline, text, "fled"):
        assert ev.date != "2011-06-07" or ev.date_precision != "day" or "marching" not in " ".join(ev.reasons)


# --- a free relative after a preposition ------------------------------------------------------------------


@pytest.mark.model
def test_a_day_in_a_free_relative_after_a_preposition_is_the_acts(pipeline: Any) -> None:
    text = "Government jets struck at what the army called rebel camps in the northern hills on Tuesday."
    struck = _at(pipeline, text, "struck")
    assert struck and struck[0].date == "2011-06-07" and struck[0].date_precision == "day"


# --- a clause after ", and" hung on the verb of a time clause ---------------------------------------------


@pytest.mark.model
def test_a_conjunct_after_a_counted_time_clause_takes_the_main_clauses_day(pipeline: Any) -> None:
    text = (
        "Federal troops crossed into the province on Wednesday, two days after its assembly declared "
        "independence, and local militias fired on the convoy."
    )
    fired = _at(pipeline, text, "fired")
    assert fired and fired[0].date == "2011-06-08", [(e.date, e.reasons) for e in fired]


@pytest.mark.model
def test_a_conjunct_inside_the_time_clause_is_still_counted(pipeline: Any) -> None:  # trap
    text = "Students burned cars in the capital on Wednesday, a day after police shot a student and beat his friends."
    for ev in _at(pipeline, text, "beat"):
        assert ev.date != "2011-06-08"


@pytest.mark.model
def test_a_conjunct_sharing_the_time_clauses_subject_is_still_counted(pipeline: Any) -> None:  # trap
    text = (
        "Fighting broke out in the north on Wednesday, two days after the general seized two towns, Arak and "
        "Sela, and sent troops into them."
    )
    for ev in _at(pipeline, text, "sent"):
        assert ev.date != "2011-06-08"


# --- the day of a thing named by its date that did the act -------------------------------------------------


@pytest.mark.model
def test_a_relative_clause_of_a_thing_named_by_its_day_takes_that_day(pipeline: Any) -> None:
    text = "The minister blamed the rebels for the June 2 bombing of the bus station in Kano, which killed 14 people."
    killed = _at(pipeline, text, "killed")
    assert killed and killed[0].date == "2011-06-02" and killed[0].date_precision == "day"
    text = (
        "The government blamed the militia for Tuesday's attack on the barracks in Gao, in which gunmen killed six "
        "soldiers."
    )
    killed = _at(pipeline, text, "killed")
    assert killed and killed[0].date == "2011-06-07"


@pytest.mark.model
def test_a_thing_named_by_its_day_dates_what_it_did(pipeline: Any) -> None:
    text = "The May 30 bombing of the market in Gao killed 20 people."
    killed = _at(pipeline, text, "killed")
    assert killed and killed[0].date == "2011-05-30"


@pytest.mark.model
def test_an_act_done_to_a_thing_named_by_its_date_is_not_that_day(pipeline: Any) -> None:  # trap
    text = "The rebels have long opposed the 2009 accord, which the junta rejected outright."
    for ev in _at(pipeline, text, "rejected"):
        assert not (ev.date or "").startswith("2009")


# --- "earlier in the week" ----------------------------------------------------------------------------------


def test_earlier_or_later_in_the_week_is_the_calendar_week() -> None:
    pub = dt.date(1997, 3, 12)  # a Wednesday
    for words in ("earlier in the week", "Later in the week"):
        info = normalize(words, pub, "past")
        assert info is not None and (info.value, info.end_value) == ("1997-03-10", "1997-03-16")
    text = "The envoy met the rebels earlier in the week and left later in the week."
    assert [text[a:b] for a, b in find_date_expressions(text)] == ["earlier in the week", "later in the week"]


def test_in_the_week_alone_is_no_date() -> None:  # trap
    text = "In the week of talks, nothing moved; the week before, the rebels had walked out."
    assert not any("in the week" in text[a:b] for a, b in find_date_expressions(text))


# --- a clause coordinated with an act dated by its sentence ------------------------------------------------


@pytest.mark.model
def test_a_clause_coordinated_with_an_act_dated_by_its_sentence_shares_the_day(pipeline: Any) -> None:
    text = "Police fired tear gas at farmers who blocked the highway on Tuesday, and the governor imposed a curfew."
    imposed = _at(pipeline, text, "imposed")
    assert imposed and imposed[0].date == "2011-06-07", [(e.date, e.reasons) for e in imposed]


@pytest.mark.model
def test_a_clause_coordinated_with_a_dated_act_keeps_a_time_of_its_own(pipeline: Any) -> None:  # trap
    text = "Police fired tear gas at farmers on the road on Tuesday, and the governor imposed a curfew a day later."
    for ev in _at(pipeline, text, "imposed"):
        assert ev.date != "2011-06-07"
