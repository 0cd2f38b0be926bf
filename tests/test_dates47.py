"""Dates told by their distance from another act (dates47 session): a day phrase ("the next day", "a day
later", "that same day") hung anywhere in the verb's own clause, on the noun of a phrase or of the object
(when/dating.sequence_shift); a list of acts shares the phrase of its first verb however long the list; an
act that completes a verb told "the same day" ("responded the same day by announcing ...") shares its
day; and the first verb of a time clause takes the date told at the end of a later conjunct ("after
militiamen routed the troops and seized the airport on March 3"). Every text is written for this test
(none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import events_at
from newsevents.records import Event

PUB = dt.date(2011, 6, 9)  # a Thursday: Wednesday is 06-08, Tuesday 06-07, Monday 06-06

pytestmark = pytest.mark.model


def _at(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return events_at(pipeline, text, trigger, PUB)


def test_the_next_day_under_the_noun_of_a_phrase_counts_from_the_act_before(pipeline: Any) -> None:
    text = (
        "Rebels shelled the port of Kismayo on Monday, and the government sent troops at the governor's request "
        "the next day."
    )
    sent = _at(pipeline, text, "sent")
    assert sent and sent[0].date == "2011-06-07", [(e.date, e.reasons) for e in sent]


def test_a_day_later_under_a_phrase_of_the_infinitive_counts_from_the_act_before(pipeline: Any) -> None:
    text = (
        "Government forces launched an assault on the rebel enclave on Tuesday, and the militia leaders agreed "
        "to give up their guns a day later under a deal brokered by Kenya."
    )
    agreed = _at(pipeline, text, "agreed")
    assert agreed and agreed[0].date == "2011-06-08", [(e.date, e.reasons) for e in agreed]


def test_a_list_of_acts_shares_the_day_phrase_of_its_first_verb(pipeline: Any) -> None:
    text = (
        "The army overthrew the president on Monday. The opposition leader climbed onto a truck outside the "
        "parliament building that same day, denounced the coup as illegal and called for a general strike."
    )
    for trigger in ("denounced", "called"):
        found = _at(pipeline, text, trigger)
        assert found and found[0].date == "2011-06-06", (trigger, [(e.date, e.reasons) for e in found])


def test_an_act_completing_a_verb_told_the_same_day_shares_that_day(pipeline: Any) -> None:
    text = (
        "Chile imposed duties on Argentine wine on Tuesday. "
        "Argentina responded the same day by announcing tariffs on Chilean copper."
    )
    announcing = _at(pipeline, text, "announcing")
    assert announcing and announcing[0].date == "2011-06-07", [(e.date, e.reasons) for e in announcing]


def test_the_first_verb_of_a_time_clause_takes_the_date_of_a_later_conjunct(pipeline: Any) -> None:
    text = "Peace talks were called after militiamen routed government troops and seized the airport on March 3."
    routed = _at(pipeline, text, "routed")
    assert routed and routed[0].date == "2011-03-03", [(e.date, e.reasons) for e in routed]


def test_trap_a_day_phrase_of_a_relative_clause_does_not_move_the_verb_above(pipeline: Any) -> None:
    # the phrase is the relative clause's ("who attacked the convoy the next day"), not the condemnation's
    text = (
        "Rebels shelled the port on Monday. The minister condemned the militants who attacked the convoy the next day."
    )
    condemned = _at(pipeline, text, "condemned")
    assert condemned and condemned[0].date != "2011-06-07", [(e.date, e.reasons) for e in condemned]


# --- a time clause the parser misread: a relative clause of its count, or the root of the sentence ------------


def test_a_time_clause_read_as_the_relative_clause_of_its_count_is_counted_from_the_verb_above(
    pipeline: Any,
) -> None:
    text = (
        "Russian troops fought pockets of resistance in Grozny on Thursday as the hunt went on for the rebel "
        "leader, a day after President Boris Yeltsin sent thousands of soldiers to crush the Chechen separatists."
    )
    sent = events_at(pipeline, text, "sent", dt.date(2011, 6, 10))
    assert sent and sent[0].date == "2011-06-08", [(e.date, e.reasons) for e in sent]


def test_a_time_clause_read_as_the_root_is_counted_from_the_clause_told_before_it(pipeline: Any) -> None:
    text = (
        "Thousands of Iraqis marched through Baghdad on Sunday, chanting anti-American slogans, a day after "
        "U.S. drones destroyed a weapons depot on the western edge of the city."
    )
    destroyed = events_at(pipeline, text, "destroyed", dt.date(2011, 6, 10))
    assert destroyed and destroyed[0].date == "2011-06-04", [(e.date, e.reasons) for e in destroyed]


def test_a_participle_clause_misread_as_finite_lends_its_head_day_to_a_time_clause(pipeline: Any) -> None:
    text = (
        "Aristide returned to the presidential palace before dawn on Monday, restored to power by loyal soldiers "
        "and thousands of supporters two days after army officers forced him from office."
    )
    forced = _at(pipeline, text, "forced")
    assert forced and forced[0].date == "2011-06-04", [(e.date, e.reasons) for e in forced]


# --- a date after the preposition that opens the sentence, misread as a modifier of the subject -------------


def test_a_fronted_date_misread_as_the_subjects_modifier_is_the_clauses(pipeline: Any) -> None:
    text = "By Wednesday evening government soldiers were pulling out of the port city."
    pulling = _at(pipeline, text, "pulling")
    assert pulling and pulling[0].date == "2011-06-08", [(e.date, e.reasons) for e in pulling]


def test_trap_a_weekday_naming_a_thing_after_a_preposition_inside_the_sentence_stays_a_name(
    pipeline: Any,
) -> None:
    text = "Opposition parties rejected the results of Sunday elections in the capital."
    rejected = _at(pipeline, text, "rejected")
    assert rejected and rejected[0].date != "2011-06-05", [(e.date, e.reasons) for e in rejected]
