"""Later stages of a border thrown open (issue 11, later59; docs/verb-frames.md, "Later stages ..., later59").

The day of an act told before a span that began overnight: a span told "overnight and on Sunday" began the
night before Sunday, as one told "overnight and into Sunday" (when/nights.night_into), so what came "after"
it came the day before. "The West" and "the East" told alone are a camp of the world, no town
(recognize/placecues.camps). A border opened by a state that names no one it lets in is aimed at the state's own
people (086 in code_rules home_act_codes). Each test codes sentences written for it (none taken from a gold set).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_on
from newsevents.records import Article

pytestmark = pytest.mark.model


def _dated(pipeline: Any, text: str, cameo: str, pub: str) -> list[str | None]:
    return [e.date for e in code_on(pipeline, text, pub=pub) if e.cameo == cameo]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a span told "overnight and on Sunday": what came after it came the night before Sunday
        (
            "Thousands of Slovaks crossed into Austria overnight and on Sunday after the army reopened the border.",
            "0872",
        ),
        ("Crowds of Albanians sailed to Italy overnight and on Sunday after the navy lifted the blockade.", "0872"),
    ],
)
def test_an_act_before_a_night_is_of_the_day_before(pipeline: Any, text: str, cameo: str) -> None:
    # 2030-03-03 is a Sunday: the act came on the Saturday night
    assert _dated(pipeline, text, cameo, "2030-03-03") == ["2030-03-02"]


@pytest.mark.parametrize(
    "text",
    [
        # no night told: the act "after" keeps its head's day
        "Thousands of Slovaks crossed into Austria on Sunday after the army reopened the border.",
        # a day told with the act itself
        "Thousands of Slovaks crossed into Austria on Sunday after the army reopened the border on Friday.",
    ],
)
def test_an_act_before_a_day_keeps_its_reading(pipeline: Any, text: str) -> None:
    assert "2030-03-02" not in _dated(pipeline, text, "0872", "2030-03-03")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Slovaks streamed into the West overnight.",
        "For the first time in decades the regime allowed its people to visit the West without permits.",
        "Moscow sought loans from the West and trade with the East.",
    ],
)
def test_the_west_alone_is_a_camp_not_a_town(pipeline: Any, text: str) -> None:
    art = pipeline.code(Article(id="t", text=text, pub_date=dt.date(2030, 3, 3)))
    assert not [m for m in art.mentions if m.kind == "place" and m.place is not None and m.place.country_code == "USA"]


def test_a_place_named_with_a_compass_word_is_still_a_place(pipeline: Any) -> None:
    art = pipeline.code(Article(id="t", text="Crowds gathered in West Berlin on Sunday.", pub_date=dt.date(2030, 3, 3)))
    assert any(m.text == "West Berlin" and m.place is not None for m in art.mentions)


def _recipients(pipeline: Any, text: str, cameo: str) -> list[set[str | None]]:
    return [{r.country for r in e.recipient} for e in code_on(pipeline, text, pub="2030-03-03") if e.cameo == cameo]


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia opened its borders on Sunday.",
        "The Slovak government opened the border on Sunday, officials said.",
    ],
)
def test_a_border_opened_for_no_one_named_is_for_the_own_people(pipeline: Any, text: str) -> None:
    assert _recipients(pipeline, text, "086") == [{"SVK"}]


def test_a_border_opened_with_another_country_is_not_for_home(pipeline: Any) -> None:
    assert {"SVK"} not in _recipients(pipeline, "Slovakia opened its border with Austria on Sunday.", "086")
