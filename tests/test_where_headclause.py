"""Places (places42): an act told in a participle adjunct, an "as" clause or a "with" clause happens in the
town of the clause whose scene it shares (where/headclause.py); a participle of a reaction does not. English
names of towns (gazetteer aliases).

Sentences written for these tests; the ``model`` ones share the session pipeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.records import Article, CodedArticle, Event

DAY = dt.date(2019, 3, 3)


def _code(pipeline: Any, text: str) -> CodedArticle:
    return pipeline.code(Article(id="hc42", text=text, pub_date=DAY))  # type: ignore[no-any-return]


def _event(coded: CodedArticle, trigger: str) -> Event:
    return [e for e in coded.events if e.event_text == trigger][-1]


def _town(e: Event) -> str | None:
    return e.event_loc.resolved_place if e.event_loc is not None else None


@pytest.mark.model
def test_a_participle_demand_takes_the_town_of_the_raid(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Rebels stormed a reception at the envoy's residence in Lima on Tuesday, taking dozens of guests hostage "
        "and demanding the release of their comrades.",
    )
    demand = _event(coded, "demanding")
    assert _town(demand) == "Lima", demand.reasons
    assert any("the clause whose scene it shares" in r for r in demand.reasons)


@pytest.mark.model
def test_an_as_clause_takes_the_town_of_the_shooting(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Soldiers opened fire on marchers in the northern city of Homs on Sunday as they demanded the release of "
        "prisoners.",
    )
    assert _town(_event(coded, "demanded")) == "Homs"


@pytest.mark.model
def test_a_demand_of_protesters_outside_a_building_in_a_town(pipeline: Any) -> None:
    coded = _code(pipeline, "Thousands of students stayed outside the parliament building in Khartoum demanding a "
                  "civilian government.")  # fmt: skip
    assert _town(_event(coded, "demanding")) == "Khartoum"


@pytest.mark.model
def test_an_act_takes_the_town_of_its_own_participle_adjunct(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Norway formally applied to join the union on Monday, handing its letter to the council president in Brussels.",
    )
    assert _town(_event(coded, "applied")) == "Brussels"


@pytest.mark.model
def test_a_with_clause_takes_the_town_of_the_talks(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "Delegates traded insults at the opening of talks in Geneva, with the Russian envoy accusing Washington of "
        "lying.",
    )
    assert _town(_event(coded, "accusing")) == "Geneva"


@pytest.mark.model
def test_a_reaction_is_not_placed_where_the_act_it_answers_was(pipeline: Any) -> None:
    coded = _code(
        pipeline,
        "The army shelled rebel positions near Aleppo on Friday, prompting condemnation from ministers meeting in "
        "Paris.",
    )
    assert _town(_event(coded, "shelled")) == "Aleppo"
    assert _town(_event(coded, "prompting")) != "Aleppo"


@pytest.mark.model
def test_a_statement_of_another_actor_in_an_as_clause_keeps_its_own_place(pipeline: Any) -> None:
    coded = _code(pipeline, "Police arrested forty people in Nairobi on Tuesday as the interior minister "
                  "denounced the protests in a speech in Mombasa.")  # fmt: skip
    assert _town(_event(coded, "arrested")) == "Nairobi"
    denounced = [e for e in coded.events if e.event_text == "denounced"]
    assert all(_town(e) != "Nairobi" for e in denounced)


@pytest.mark.model
def test_english_names_of_towns_known_by_their_local_names(pipeline: Any) -> None:
    gazetteer = pipeline.res.gazetteer
    for name, country in (("Bruges", "BEL"), ("Hanover", "DEU")):
        place, _, _ = gazetteer.resolve(name)
        assert place is not None and place.country_code == country, (name, place)


@pytest.mark.model
def test_lake_geneva_is_the_lake_not_a_town_abroad(pipeline: Any) -> None:
    place, _, _ = pipeline.res.gazetteer.resolve("Lake Geneva")
    assert place is not None and place.country_code != "USA", place
