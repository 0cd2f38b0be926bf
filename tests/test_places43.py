"""Places (places43): a material act of a verb of taking out is done at the town of its "from" phrase
(where/taken.py); a country's name before a mission's noun says whose it is, not where the act was, and the
subject of the next clause that the parser conjoined to a day is no place of the first (where/whose.py).

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event

DAY = dt.date(2021, 3, 3)


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p43", text=text, pub_date=DAY, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return [e for e in coded.events if e.event_text == trigger][-1]


@pytest.mark.model
def test_an_abduction_is_placed_at_the_town_it_took_people_from(pipeline: Any) -> None:
    coded = _code(
        pipeline, "Gunmen abducted dozens of pupils from a boarding school in Kagara in northwestern Nigeria."
    )
    taken = _event(coded, "abducted")
    assert taken.event_loc is not None and taken.event_loc.resolved_place == "Kagara", taken.reasons


@pytest.mark.model
def test_a_release_is_placed_at_the_town_of_the_jail(pipeline: Any) -> None:
    coded = _code(pipeline, "Rebels freed forty prisoners from a jail in Bunia on Tuesday.")
    freed = _event(coded, "freed")
    assert freed.event_loc is not None and freed.event_loc.resolved_place == "Bunia", freed.reasons


@pytest.mark.model
def test_a_country_after_from_tells_whose_they_were_not_where(pipeline: Any) -> None:
    coded = _code(pipeline, "The rebels released two hostages from Germany on Sunday.")
    freed = _event(coded, "released")
    assert freed.event_loc is None or freed.event_loc.country_code != "DEU", freed.reasons


@pytest.mark.model
def test_a_recall_is_not_placed_where_the_ambassador_was(pipeline: Any) -> None:
    coded = _code(pipeline, "Peru recalled its ambassador from Caracas on Monday.")
    recalled = _event(coded, "recalled")
    assert recalled.event_loc is None or recalled.event_loc.resolved_place != "Caracas", recalled.reasons


@pytest.mark.model
def test_a_mission_s_country_is_whose_it_is(pipeline: Any) -> None:
    coded = _code(pipeline, "Militants stormed the U.S. consulate in Basra and killed two guards.")
    stormed = _event(coded, "stormed")
    assert stormed.event_loc is not None and stormed.event_loc.extracted_place == "Basra", stormed.reasons


@pytest.mark.model
def test_a_subject_conjoined_to_a_day_is_no_place_of_the_first_clause(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Turkish jets bombed Damascus's airport on Friday and Turkey imposed a blockade on Syria, a day after "
        "rebels seized two soldiers.",
    )
    bombed = _event(coded, "bombed")
    assert bombed.event_loc is not None and bombed.event_loc.resolved_place == "Damascus", bombed.reasons


@pytest.mark.model
def test_an_agreement_is_made_at_the_summit_its_time_clause_tells(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "EU leaders agreed on Thursday on a loan for Greece after the Dutch premier dropped his veto at a "
        "summit in Brussels.",
    )
    agreed = _event(coded, "agreed")
    assert agreed.event_loc is not None and agreed.event_loc.resolved_place == "Brussels", agreed.reasons
