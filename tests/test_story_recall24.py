"""Story recall, fifteenth session (storyrec24): a measure told by its start ("Washington's tariffs on
steel took effect on Monday", "U.S. duties that took effect in June") is the measure put in force; its
doer is the noun's possessive or the name before it, else whoever last imposed or threatened a
sanction in the story; with no day of its own it takes the day of the last dated act told before.
Every sentence here was written for the project (never gold text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.lexicon import table
from newsevents.records import Article, Event

pytestmark = pytest.mark.model


def _code(pipeline: Any, text: str, pub: str = "2019-05-08") -> list[Event]:
    art = Article(id="t", text=text, pub_date=dt.date.fromisoformat(pub))
    return list(pipeline.code(art).events)


def _measures(pipeline: Any, text: str, pub: str = "2019-05-08") -> list[Event]:
    return [e for e in _code(pipeline, text, pub) if any("measure told by its start" in r for r in e.reasons)]


def test_the_nouns_are_data() -> None:
    assert table("measure_onset_nouns")["tariff"] == "impose"
    assert table("measure_onset_nouns")["embargo"] == "impose"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Washington's 30 percent tariffs on steel from Brazil came into force at midnight on Monday.", "USA"),
        ("Japanese duties on Korean chemicals took effect on Tuesday, the ministry in Seoul said.", "JPN"),
        ("The agreement leaves in place American duties on timber that took effect on June 1.", "USA"),
        ("European Union sanctions on Belarusian potash entered into force on Friday.", None),
    ],
)
def test_a_measure_begun_is_put_in_force_by_its_named_doer(pipeline: Any, text: str, actor: str | None) -> None:
    found = _measures(pipeline, text)
    assert len(found) == 1, [(e.event, e.event_text, e.reasons) for e in _code(pipeline, text)]
    assert found[0].event == "SANCTION" and found[0].cameo == "163"
    assert found[0].modality == "asserted"
    if actor is not None:
        assert {a.country for a in found[0].actor} == {actor}


def test_a_measure_begun_with_no_doer_takes_the_last_sanction_of_the_story(pipeline: Any) -> None:
    text = (
        "President Bolsonaro threatened on Friday to put tariffs on Argentine wheat. "
        "A 20 percent levy on Argentine wheat took effect on Saturday."
    )
    found = _measures(pipeline, text)
    assert len(found) == 1, [(e.event, e.event_text) for e in _code(pipeline, text)]
    assert {a.country for a in found[0].actor} == {"BRA"}
    assert found[0].date == "2019-05-04"


def test_a_measure_begun_is_not_lent_to_the_country_it_hits(pipeline: Any) -> None:
    text = (
        "Brazil threatened on Friday to put tariffs on American cars. "
        "A 20 percent levy on Brazilian coffee took effect on Saturday."
    )
    found = _measures(pipeline, text)
    assert not found or all("BRA" not in {a.country for a in e.actor} for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The tariffs will take effect next month, the ministry said.",  # no doer, still to come
        "Kenya criticised the sanctions, which came into force on Monday.",  # no doer told
        "Tariffs on steel began to hurt exporters in March.",  # "begin" tells no start of a measure
        "Analysts said the embargo was costly.",  # spoken of, not begun
    ],
)
def test_a_measure_spoken_of_is_no_event(pipeline: Any, text: str) -> None:
    assert _measures(pipeline, text) == []


def test_a_measure_begun_without_a_day_takes_the_day_told_before(pipeline: Any) -> None:
    text = (
        "Mexico hit back at Washington on Monday with levies of its own on American pork. "
        "Washington's 25 percent tariffs on Mexican steel took effect just after midnight."
    )
    found = _measures(pipeline, text, pub="2019-06-05")
    assert len(found) == 1, [(e.event, e.event_text) for e in _code(pipeline, text, pub="2019-06-05")]
    assert found[0].date == "2019-06-03"


@pytest.mark.parametrize(
    "text",
    [
        "Guns fell silent along the Eritrea-Ethiopia border on Sunday as an OAU-brokered cease-fire took effect.",
        "Indian and Pakistani troops exchanged fire for three days last week. A cease-fire took effect on Monday.",
    ],
)
def test_a_hyphened_cease_fire_begun_is_the_truce(pipeline: Any, text: str) -> None:
    truces = [e for e in _code(pipeline, text) if e.cameo == "0871"]
    assert len(truces) == 1, [(e.event, e.event_text) for e in _code(pipeline, text)]
    assert truces[0].event_text == "cease-fire"
    assert {a.country for a in truces[0].actor} & {"ERI", "ETH", "IND", "PAK"}


def test_fire_alone_is_no_truce(pipeline: Any) -> None:
    text = "Indian and Pakistani troops exchanged fire for three days. The fire took hold of the depot on Monday."
    assert [e for e in _code(pipeline, text) if e.cameo == "0871"] == []
