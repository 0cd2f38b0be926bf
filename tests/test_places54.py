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


def test_a_withheld_row_is_no_place(tmp_path: Any) -> None:
    from newsevents.resolve.gazetteer import Gazetteer
    from newsevents.resolve.gazetteer_build import withheld_places

    assert withheld_places().get(7090983) == "Commonwealth"
    gz = Gazetteer.open(tmp_path / "ph.sqlite", only_countries=["PHL"])
    try:
        assert gz.resolve("Commonwealth")[0] is None  # "Commonwealth leaders" name no Philippine town
        town = gz.resolve("Quezon City")[0]  # the city it lies in stays
        assert town is not None and town.country_code == "PHL"
        assert any("withheld" in n for n in gz.meta()["notes"])
    finally:
        gz.close()


@pytest.mark.model
def test_commonwealth_and_the_nepali_congress(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Commonwealth ministers condemned the coup in Suva on Tuesday. The Nepali Congress party accused the "
        "palace of rigging the vote.",
        dateline="LONDON",
    )
    named = {m.place.country_code for m in coded.mentions if m.kind == "place" and m.place is not None}
    assert "PHL" not in named
    accused = _event(coded, "accused")
    assert {a.country for a in accused.actor} == {"NPL"}, accused.actor


SCENE = (
    "Soviet troops moved into the southern city of Osh on Tuesday after clashes between Kyrgyz and Uzbek "
    "villagers left dozens dead. Kremlin officials blamed local nationalists for the bloodshed. The "
    "republic's leaders appealed for calm. Residents said soldiers fired on a crowd that tried to storm a "
    "police station."
)


@pytest.mark.model
def test_an_act_of_the_dateline_s_lent_country_continues_the_scene_abroad(pipeline: Any) -> None:
    fired = _event(_code(pipeline, SCENE, dateline="MOSCOW"), "fired")
    assert fired.event_loc is not None and fired.event_loc.resolved_place == "Osh", fired.reasons
    assert fired.event_loc.step == "continued"


def _loc(name: str, iso3: str) -> EventLocation:
    return EventLocation(name, name, None, 1.0, 2.0, iso3, None, "P", None, "city", "city")


def test_others_acts_abroad_are_no_scene() -> None:
    home = Place("Capital", 1, 0.0, 0.0, "AAA", None, "P", "PPLC", 900_000, "city")
    setting = Setting(dateline=home, country="AAA")

    def told(countries: frozenset[str]) -> list[Told]:
        return [Told(0, _loc("Summit Town", "BBB"), "Summit Town", countries=countries)]

    # the guards of the dateline's country are not where other states' leaders met abroad
    assert _scene(setting, told(frozenset({"BBB"})), frozenset({"AAA"})) is None
    assert _scene(setting, told(frozenset({""})), frozenset({"AAA"})) is None  # an organisation of no country
    # an act of the same country's people abroad, or one with no actor at all, is the scene
    assert _scene(setting, told(frozenset({"AAA", "BBB"})), frozenset({"AAA"})) is not None
    assert _scene(setting, told(frozenset()), frozenset({"AAA"})) is not None
    # an event of no actor's country takes any scene; one of its own named country only a scene at home
    assert _scene(setting, told(frozenset({"BBB"})), frozenset()) is not None
    assert _scene(setting, told(frozenset()), None) is None
    # a story that came back to the dateline city stays there
    back = [*told(frozenset()), Told(1, _loc("Capital", "AAA"), "Capital")]
    assert _scene(setting, back, frozenset()) is None
