"""Dates the when stage passes along a clause (issue 11, backoff11): a purpose clause told as done
shares its verb's day; a verb coordinated with one told "the next day" shares that day. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article

pytestmark = pytest.mark.model

DAY = dt.date(2019, 5, 6)  # a Monday


def _events(pipeline: Any, text: str) -> list[Any]:
    return list(pipeline.code(Article(id="t", text=text, pub_date=DAY)).events)


def test_a_purpose_clause_shares_the_day_of_its_verb(pipeline: Any) -> None:
    text = "Kenyan police entered the embassy of Uganda in Nairobi on Friday to arrest a former minister."
    arrest = [e for e in _events(pipeline, text) if e.event_text == "arrest"]
    assert arrest and arrest[0].date == "2019-05-03", [(e.event_text, e.date) for e in arrest]
    text = "Egyptian security forces came to the offices of the newspaper on Tuesday to detain its editor."
    detain = [e for e in _events(pipeline, text) if e.event_text == "detain"]
    assert detain and detain[0].date == "2019-04-30"


def test_a_plan_to_act_is_not_dated_by_its_verb(pipeline: Any) -> None:
    text = "Kenya agreed on Friday to withdraw its troops from Somalia."
    withdraw = [e for e in _events(pipeline, text) if e.event_text == "withdraw"]
    assert all(e.date != "2019-05-03" for e in withdraw)


def test_a_verb_coordinated_with_one_told_the_next_day_shares_that_day(pipeline: Any) -> None:
    text = (
        "Syria shelled the Turkish town of Akcakale on Monday. "
        "Turkish troops crossed into Syria the next day and arrested two Syrian officers."
    )
    dates = {e.event_text: e.date for e in _events(pipeline, text)}
    assert dates.get("crossed") == "2019-05-07" and dates.get("arrested") == "2019-05-07", dates
