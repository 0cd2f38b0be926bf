"""Places (places54): the story's scene abroad for an act of no actor's own country (where/story.py);
places withheld from the gazetteer index by data (data/geo/withheld.tsv); the Nepali Congress is
Nepal's party (data/kb/organizations.yaml).

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event, EventLocation, Place
from newsevents.where.story import Setting, Told, _scene

DAY = dt.date(1990, 6, 6)


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p54", text=text, pub_date=DAY, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return [e for e in coded.events if e.event_text == trigger][-1]


def test_a_withheld_row_is_no_place(tmp_path: Any, monkeypatch: Any) -> None:
    from newsevents.resolve import gazetteer_build
    from newsevents.resolve.gazetteer import Gazetteer

    assert isinstance(gazetteer_build.withheld_places(), dict)  # the shipped file reads
    # a row listed there is left out of the index with all its names, and noted
    monkeypatch.setattr(gazetteer_build, "withheld_places", lambda: {7090983: "Commonwealth"})
    gz = Gazetteer.open(tmp_path / "ph.sqlite", only_countries=["PHL"])
    try:
        assert gz.resolve("Commonwealth")[0] is None
        town = gz.resolve("Quezon City")[0]  # the city it lies in stays
        assert town is not None and town.country_code == "PHL"
        assert any("withheld" in n for n in gz.meta()["notes"])
    finally:
        gz.close()


@pytest.mark.model
def test_the_nepali_congress_is_nepal_s_party(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "The Nepali Congress party accused the palace of rigging the vote.",
        dateline="KATHMANDU",
    )
    accused = _event(coded, "accused")
    assert {a.country for a in accused.actor} == {"NPL"}, accused.actor


SCENE = (
    "Troops moved into the southern city of Osh on Tuesday after clashes between Kyrgyz and Uzbek "
    "villagers left dozens dead. Kremlin officials blamed local nationalists for the bloodshed. The "
    "republic's leaders appealed for calm. Residents said gunmen fired on a crowd that tried to storm a "
    "police station."
)


@pytest.mark.model
def test_an_act_of_no_actor_s_country_continues_the_scene_abroad(pipeline: Any) -> None:
    fired = _event(_code(pipeline, SCENE, dateline="MOSCOW"), "fired")
    assert fired.event_loc is not None and fired.event_loc.resolved_place == "Osh", fired.reasons
    assert fired.event_loc.step == "continued"


def _loc(name: str, iso3: str) -> EventLocation:
    return EventLocation(name, name, None, 1.0, 2.0, iso3, None, "P", None, "city", "city")


def test_the_scene_abroad_is_for_acts_of_no_actor_s_country() -> None:
    home = Place("Capital", 1, 0.0, 0.0, "AAA", None, "P", "PPLC", 900_000, "city")
    setting = Setting(dateline=home, country="AAA", named=frozenset({"AAA", "BBB"}))
    told = [Told(0, _loc("Border Town", "BBB"), "Border Town")]
    assert _scene(setting, told, anywhere=True) is not None
    assert _scene(setting, told) is None  # an act of an actor's country: only a scene at home
    # a town of a country the story never names is no scene abroad (a namesake read wrong)
    unnamed = Setting(dateline=home, country="AAA", named=frozenset({"AAA"}))
    assert _scene(unnamed, told, anywhere=True) is None
    # a story that came back to the dateline city stays there
    back = [*told, Told(1, _loc("Capital", "AAA"), "Capital")]
    assert _scene(setting, back, anywhere=True) is None
