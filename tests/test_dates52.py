"""Dates of the dates52 session. Every text is written for this test (none is taken from a gold or blind
set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest

from coding import events_at
from newsevents.records import Event
from newsevents.resolve.dates import Tense, normalize

PUB = dt.date(2011, 6, 9)  # a Thursday: Tuesday is 06-07 (before) and 06-14 (after)


@pytest.mark.parametrize(
    ("text", "tense", "want"),
    [
        ("next Tuesday's ballot", "future", "2011-06-14"),
        ("last Tuesday's ballot", "past", "2011-06-07"),
        ("this Tuesday's summit", "future", "2011-06-14"),
        ("Tuesday's ballot", "past", "2011-06-07"),
    ],
)
def test_a_weekday_told_with_next_or_last_names_its_things_day(text: str, tense: str, want: str) -> None:
    info = normalize(text, PUB, cast(Tense, tense))
    assert info is not None and info.value == want and info.precision == "day"


@pytest.mark.parametrize("text", ["next Sunday's Times", "last Tuesday's 3"])
def test_no_weekday_possessive_where_none_is_told(text: str) -> None:  # traps: a name, a figure
    assert normalize(text, PUB, "future") is None


# --- event dates --------------------------------------------------------------------------------------------------
STORY_PUB = dt.date(2011, 6, 11)  # a Saturday: Friday is 06-10, Thursday 06-09


def _at(pipeline: Any, text: str, trigger: str, pub: dt.date = STORY_PUB) -> list[Event]:
    return events_at(pipeline, text, trigger, pub)


def test_an_act_completing_a_verb_of_a_time_clause_takes_that_clauses_day(pipeline: Any) -> None:
    """The verb completed has no date of its own but its time clause's: "early on Friday, hours after X
    signed a decree imposing ...": the evening before, Thursday (when/stage.completed_date)."""
    text = (
        "Paratroopers rolled into the port early on Friday, hours after the premier signed a decree imposing "
        "a curfew on the province."
    )
    imposing = _at(pipeline, text, "imposing")
    assert imposing and imposing[0].date == "2011-06-09" and imposing[0].date_precision == "day"


def test_a_time_clause_of_an_act_the_subject_names_counts_from_that_act(pipeline: Any) -> None:
    """ "The disaster came hours after X": the day of the act told before, not the publication day
    (when/stage.told_before_day)."""
    text = (
        "A crowded ferry capsized off the northern cape late on Thursday, and coastguards said on Saturday that "
        "scores of passengers were missing.\n\nThe sinking came hours after militiamen shelled the harbour."
    )
    shelled = _at(pipeline, text, "shelled")
    assert shelled and shelled[0].date == "2011-06-09" and shelled[0].date_precision == "day"


def test_a_time_clause_of_no_act_told_before_keeps_the_count_from_publication(pipeline: Any) -> None:  # trap
    text = "Fresh fighting broke out in the hills.\n\nIt came hours after militiamen shelled the harbour."
    shelled = _at(pipeline, text, "shelled")
    assert shelled and shelled[0].date == "2011-06-11" and shelled[0].date_precision == "publication"


def test_a_time_clause_read_as_the_root_counts_from_the_clause_in_its_subject(pipeline: Any) -> None:
    """The parser read the main clause as the subject of the time clause's verb ("A gunman dressed as a
    guard opened fire ... on Friday, hours after a truck bomb tore through ..."; when/offsets.misread_time_clause)."""
    text = (
        "A gunman dressed as a guard opened fire at a student camp near the lake on Friday, "
        "hours after a truck bomb tore through a ministry in the capital."
    )
    tore = _at(pipeline, text, "tore")
    assert tore and tore[0].date == "2011-06-10" and tore[0].date_precision == "day"


def test_a_verb_whose_past_is_its_present_form_is_past_beside_a_past_conjunct(pipeline: Any) -> None:
    """ "Rioters set fires and looted stores ... on Friday night": "set" tagged a present; its past conjunct
    tells the tense, and the day told at the end of that conjunct covers it (frame/modality.py)."""
    text = (
        "Rioters set fires and looted stores across downtown Detroit on Friday night after a jury acquitted two guards."
    )
    set_ = _at(pipeline, text, "set")
    assert set_ and set_[0].date == "2011-06-10" and set_[0].date_precision == "day"


def test_a_present_with_no_past_conjunct_stays_present(pipeline: Any) -> None:  # trap
    from newsevents.frame.modality import modality

    doc = pipeline.res.nlp("Rioters set fires every night and the police watch.")
    verb = next(t for t in doc if t.lower_ == "set")
    assert verb.tag_ != "VBP" or modality(verb).tense == "present"
