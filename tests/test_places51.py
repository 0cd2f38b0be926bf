"""Places (places51): a capital the tagger read as a person is where a verb of going went ("flew to
Niamey"); a bare "the capital" of a story that never names its dateline's country is the capital of the
country it names first; a material act at a state's own chamber named without its owner ("stormed
parliament") is placed at the capital of its actors' country, not the whole country.

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.recognize.context import Context
from newsevents.records import Article, CodedArticle, Event
from newsevents.where.whose import motive_owner

DAY = dt.date(2024, 5, 2)


def test_the_country_told_is_the_dateline_s_unless_the_story_never_names_it() -> None:
    assert Context(("KEN",), ("SOM",), ("KEN", "SOM")).told == "KEN"
    assert Context(("KEN",), ("SOM",), ("SOM", "KEN")).told == "KEN"
    assert Context(("KEN",), ("RWA", "BDI"), ("RWA", "BDI")).told == "RWA"  # filed from Nairobi, of Rwanda
    assert Context(("KEN",), (), ()).told == "KEN"  # it names no country at all
    assert Context((), ("PAN",), ("PAN",)).told == "PAN"  # no dateline: the country named first


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p51", text=text, pub_date=DAY, dateline=dateline))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return next(e for e in coded.events if trigger in e.event_text)


@pytest.mark.model
def test_a_capital_tagged_as_a_person_is_where_a_journey_went(pipeline: Any) -> None:
    coded = _code(pipeline, "Chad's President Idriss Deby flew to Niamey on Thursday hoping to broker a truce.")
    flew = _event(coded, "flew")
    assert flew.event_loc is not None and flew.event_loc.resolved_place == "Niamey", flew.reasons
    # a person's name after a verb of going is no place unless it is a large town
    assert not _places(_code(pipeline, "The minister flew to Harrison on Sunday for talks."), "Harrison")


def _places(coded: CodedArticle, text: str) -> list[str]:
    return [m.text for m in coded.mentions if m.kind == "place" and m.text == text and m.place is not None]


@pytest.mark.model
def test_the_capital_of_a_story_filed_from_abroad(pipeline: Any) -> None:
    text = (
        "Burundi's army said on Friday that rebels had attacked a barracks. "
        "Troops imposed a curfew in the capital on Saturday night and shut the border posts."
    )
    imposed = _event(_code(pipeline, text, dateline="NAIROBI"), "imposed")
    assert imposed.event_loc is not None and imposed.event_loc.resolved_place == "Gitega", imposed.reasons
    # a story that names the dateline's country keeps its capital
    kenyan = text.replace("Burundi's army", "Kenya's army")
    imposed = _event(_code(pipeline, kenyan, dateline="NAIROBI"), "imposed")
    assert imposed.event_loc is not None and imposed.event_loc.resolved_place == "Nairobi", imposed.reasons
    # another country's demonym names its people, not the country the story tells of
    text = "Gunmen killed five Belgian aid workers on Thursday, a day after a plane was shot down over the capital."
    killed = _event(_code(pipeline, text, dateline="KIGALI"), "killed")
    assert killed.event_loc is not None and killed.event_loc.resolved_place == "Kigali", killed.reasons


@pytest.mark.model
def test_an_act_at_the_national_chamber_is_in_the_capital(pipeline: Any) -> None:
    coded = _code(pipeline, "Kenyan police fired tear gas at protesters outside parliament on Monday.")
    fired = _event(coded, "fired")
    assert fired.event_loc is not None and fired.event_loc.resolved_place == "Nairobi", fired.reasons
    assert fired.event_loc.step == "domestic"
    # a regional chamber is not the nation's: the act stays in the country
    coded = _code(pipeline, "Kenyan police fired tear gas at students outside the regional parliament on Friday.")
    fired = _event(coded, "fired")
    assert fired.event_loc is not None and fired.event_loc.resolved_place == "Kenya", fired.reasons


@pytest.mark.model
def test_a_motive_s_possessor_is_no_place(pipeline: Any) -> None:
    text = "Students burned tyres outside the embassy on Friday in protest at Japan's decision to resume whaling."
    burned = _event(_code(pipeline, text), "burned")
    assert burned.event_loc is None or burned.event_loc.step != "sentence", burned.reasons  # not read in it
    doc = pipeline.res.nlp(text)
    assert motive_owner(next(t for t in doc if t.text == "Japan"))
    doc = pipeline.res.nlp("The talks were held at Moscow's request, and troops left Japan's bases.")
    assert motive_owner(next(t for t in doc if t.text == "Moscow"))
    assert not motive_owner(next(t for t in doc if t.text == "Japan"))
    # a possessor of a place noun stays a place
    text = "Students burned tyres at Lome's airport on Friday in protest at Japan's decision to resume whaling."
    burned = _event(_code(pipeline, text), "burned")
    assert burned.event_loc is not None and burned.event_loc.resolved_place == "Lomé", burned.reasons


SCENE = (
    "Uzbek soldiers opened fire on a large crowd in the eastern city of Andijan on Saturday, residents said. "
    "The trouble started when gunmen stormed a prison and freed inmates. Karimov blamed Islamist radicals for the "
    "bloodshed. Officials said the gunmen had seized hostages. Residents said troops in armoured carriers "
    "fired into the crowd late on Saturday."
)


@pytest.mark.model
def test_a_story_filed_from_the_capital_continues_its_scene_elsewhere(pipeline: Any) -> None:
    coded = _code(pipeline, SCENE, dateline="TASHKENT")
    fired = [e for e in coded.events if e.event_text == "fired"][-1]
    assert fired.event_loc is not None and fired.event_loc.resolved_place == "Andijan", fired.reasons
    assert fired.event_loc.step == "continued"
    # a story that came back to the dateline city stays there
    back = SCENE.replace("Karimov blamed Islamist radicals for the bloodshed.", "Police arrested dozens in Tashkent.")
    fired = [e for e in _code(pipeline, back, dateline="TASHKENT").events if e.event_text == "fired"][-1]
    assert fired.event_loc is not None and fired.event_loc.resolved_place == "Tashkent", fired.reasons
