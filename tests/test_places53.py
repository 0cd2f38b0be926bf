"""Places (places53): a division named by an adjective of a people is indexed only with its type
("Jewish"); a meeting's town wins over a region or a country the agreement is about
(where/location.py).

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event

DAY = dt.date(1991, 3, 12)


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p53", text=text, pub_date=DAY, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str, last: bool = False) -> Event:
    found = [e for e in coded.events if trigger in e.event_text]
    return found[-1] if last else found[0]


def test_a_division_named_by_an_adjective_is_indexed_only_with_its_type(tmp_path: Any) -> None:
    from newsevents.resolve.gazetteer import Gazetteer

    gz = Gazetteer.open(tmp_path / "ru.sqlite", only_countries=["RUS"])
    try:
        assert gz.resolve("Jewish")[0] is None  # "the Jewish settlements" is no place in Russia
        region = gz.resolve("Jewish Autonomous Region")[0]
        assert region is not None and region.country_code == "RUS" and region.level == "admin1"
    finally:
        gz.close()


@pytest.mark.model
def test_a_meeting_s_town_wins_over_a_region_the_agreement_is_about(pipeline: Any) -> None:
    text = "The two sides agreed on a ceasefire in southern Sudan after three days of negotiations in Nairobi."
    agreed = _event(_code(pipeline, text), "agreed")
    assert agreed.event_loc is not None and agreed.event_loc.resolved_place == "Nairobi", agreed.reasons
    # a town in the act's own phrase keeps its place
    town = text.replace("in southern Sudan", "in Geneva")
    agreed = _event(_code(pipeline, town), "agreed")
    assert agreed.event_loc is not None and agreed.event_loc.resolved_place == "Geneva", agreed.reasons
