"""Actors, branch actors52 (phrases and sentences written for these tests): a demonym that names a portfolio, what
an office deals with ("the Indian Affairs Minister" of Canada; data/kb/name_context.yaml ``portfolio_nouns``,
kb/names._portfolio, recognize/placenames.portfolio)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_on
from newsevents.records import Article

DAY = dt.date(1990, 7, 20)


def _countries(kb: Any, phrase: str) -> list[str | None]:
    return [r.country for r in kb.resolve_phrase(phrase, DAY)]


# -- a portfolio named by a demonym --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "the Indian Affairs Minister",
        "Federal Indian Affairs Minister Joe Bloggs",
        "the Minister of Indian Affairs",
        "the minister for Indian affairs",
        "the Palestinian Affairs Minister",
    ],
)
def test_a_portfolio_names_no_country(kb: Any, phrase: str) -> None:
    assert not {"IND", "PSE"} & set(_countries(kb, phrase))


def test_the_office_is_of_the_country_named_otherwise(kb: Any) -> None:
    assert _countries(kb, "Canada's Indian Affairs Minister") == ["CAN"]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("interference in Chinese affairs", "CHN"),  # no office: the country whose affairs they are
        ("the Indian Foreign Minister", "IND"),  # an office named by its country's demonym
        ("the Indian foreign affairs minister", "IND"),  # "foreign" stands between them
        ("Indian troops", "IND"),
    ],
)
def test_a_demonym_without_a_portfolio_keeps_its_country(kb: Any, phrase: str, want: str) -> None:
    assert want in _countries(kb, phrase)


def test_the_places_stage_reads_no_place_in_a_portfolio(pipeline: Any) -> None:
    text = (
        "The Indian Affairs Minister told reporters in Ottawa on Monday that talks would resume, "
        "and he warned against outside interference in Chinese affairs."
    )
    coded = next(iter(pipeline.pipe([_article(text)])))
    places = {(m.text, m.place.country_code) for m in coded.mentions if m.kind == "place" and m.place}
    assert ("Indian", "IND") not in places
    assert ("Chinese", "CHN") in places
    assert ("Ottawa", "CAN") in places


def _article(text: str) -> Article:
    return Article(id="portfolio", text=text, pub_date=DAY, publisher=None, url=None, dateline=None)


def test_a_portfolio_is_no_other_country_of_the_sentence(pipeline: Any) -> None:
    text = (
        "The federal Indian Affairs Minister said on Monday that Ottawa would buy the disputed land "
        "and urged both sides to return to talks."
    )
    events = code_on(pipeline, text, pub="1990-08-08")
    assert events
    assert "IND" not in {r.country for e in events for r in (*e.actor, *e.recipient)}
