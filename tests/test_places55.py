"""Places (places55): a country or a division chosen for a material act narrowed to the town that names
what the act was done to (where/narrowing.py), or to a town of that division in the act's locative
phrase; a setting told by a participle the tagger read as a noun ("leaders meeting in X").

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event
from newsevents.where.narrowing import names_target

DAY = dt.date(2019, 3, 3)


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p55", text=text, pub_date=DAY, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return [e for e in coded.events if e.event_text == trigger][-1]


@pytest.mark.model
def test_a_country_is_narrowed_to_the_town_of_the_thing_set_on_fire(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Protesters set fire to a Toulouse police station on Friday as tens of thousands marched across "
        "France against the pension reform.",
    )
    fire = _event(coded, "set")
    assert fire.event_loc is not None and fire.event_loc.resolved_place == "Toulouse", fire.reasons
    assert fire.event_loc.country_code == "FRA"


@pytest.mark.model
def test_a_division_is_narrowed_to_its_town_in_the_act_s_phrase(pipeline: Any) -> None:
    coded = _code(
        pipeline, "Guatemalan army trucks crossed into Chiapas at Tapachula on Monday with food for the flooded."
    )
    crossed = _event(coded, "crossed")
    assert crossed.event_loc is not None and crossed.event_loc.resolved_place == "Tapachula", crossed.reasons


@pytest.mark.model
def test_a_town_of_another_country_narrows_nothing(pipeline: Any) -> None:
    coded = _code(pipeline, "Protesters in France set fire to a London-bound bus on Sunday.")
    fire = _event(coded, "set")
    assert fire.event_loc is not None and fire.event_loc.country_code == "FRA", fire.reasons


@pytest.mark.model
def test_leaders_meeting_somewhere_act_there(pipeline: Any) -> None:
    # the tagger reads "meeting" as a noun here: still a participle of the subject that sets the act
    coded = _code(pipeline, "Pacific leaders meeting in Suva refused to sign the fisheries declaration on Monday.")
    refused = _event(coded, "refused")
    assert refused.event_loc is not None and refused.event_loc.resolved_place == "Suva", refused.reasons


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "town", "verb", "expected"),
    [
        ("Rebels set fire to a Kandahar police post.", "Kandahar", "set", True),  # a target's modifier
        ("Jets bombed the Gao airport overnight.", "Gao", "bombed", True),  # the object's modifier
        ("Rebels attacked a post in Kandahar.", "Kandahar", "attacked", False),  # the object of a phrase: locative
        ("Kandahar police attacked the rebels.", "Kandahar", "attacked", False),  # the doer's modifier
        ("Rebels fought with Kandahar police.", "Kandahar", "fought", False),  # not a target's preposition
    ],
)
def test_names_target(pipeline: Any, text: str, town: str, verb: str, expected: bool) -> None:
    doc = pipeline.res.nlp(text)
    assert names_target(_token(doc, town), _token(doc, verb)) is expected
