"""prec46: a state's nuclear test is placed at its test site when the sentence names the site, whatever other
place it names (where/site.py, data/geo/test_sites.tsv ``names``); a government dissolved is dismissed (172,
COERCE). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event


def _code(pipeline: Any, text: str, when: dt.date, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p46", text=text, pub_date=when, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if e.event_text.startswith(trigger))


def test_test_sites_carry_the_names_stories_use() -> None:
    from newsevents.errors import KnowledgeError
    from newsevents.where.site import parse_test_sites, test_sites

    names = {s.iso3: s.names for s in test_sites()}
    assert "Mururoa" in names["FRA"] and "Pokhran" in names["IND"]
    assert parse_test_sites("XXX\tsomewhere\tXXX\t1.0\t2.0\t1990\t-\t-\tnote\n")[0].names == ()
    with pytest.raises(KnowledgeError):  # the names column is required
        parse_test_sites("XXX\tsomewhere\tXXX\t1.0\t2.0\t1990\t-\n")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "when", "site"),
    [
        (
            "India conducted two more underground nuclear tests at the Pokhran range in the Thar desert on Wednesday.",
            dt.date(1998, 5, 13),
            "Pokhran",
        ),
        (
            "France carried out another nuclear test under Mururoa atoll on Tuesday, ignoring anger in the Pacific.",
            dt.date(1995, 9, 6),
            "Moruroa",
        ),
    ],
)
def test_a_test_site_the_sentence_names_wins_over_its_other_place(
    pipeline: Any, text: str, when: dt.date, site: str
) -> None:
    e = _event(_code(pipeline, text, when), "c")
    assert e.event_loc is not None and (e.event_loc.resolved_place, e.event_loc.step) == (site, "site"), e.reasons


@pytest.mark.model
def test_a_test_told_with_another_place_only_keeps_it(pipeline: Any) -> None:
    text = "France carried out a nuclear test on Tuesday, defying protests across the Pacific."
    e = _event(_code(pipeline, text, dt.date(1995, 9, 6)), "carried")
    assert e.event_loc is not None and e.event_loc.step == "sentence", e.reasons


@pytest.mark.model
def test_a_missile_tested_at_a_range_keeps_the_sentence_place(pipeline: Any) -> None:
    text = "India tested a missile at a range in the Rajasthan desert on Monday."
    e = _event(_code(pipeline, text, dt.date(1998, 5, 14)), "tested")
    assert e.event_loc is None or e.event_loc.step != "site", e.reasons


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army chief dissolved the transitional government on Monday and arrested the prime minister.",
        "Troops who detained the prime minister on Monday said they had dissolved the cabinet.",
    ],
)
def test_a_government_dissolved_is_dismissed(pipeline: Any, text: str) -> None:
    e = _event(_code(pipeline, text, dt.date(2021, 10, 26)), "dissolved")
    assert (e.event, e.cameo) == ("COERCE", "172"), e.reasons
