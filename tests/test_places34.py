"""Event places (places34): honesty of places. A place word inside a longer proper name ("the Summit
of the Americas", "the Palace of Justice", a bare "Congress") is no town of that name; a capital
standing for its state ("Madrid had declared") is no place of the act; the target of a measure
("sanctions on X") is no place; a territory handed over is where the handover was. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import event_starting, place_name
from newsevents.records import Article, CodedArticle


def _code(pipeline: Any, text: str, dateline: str | None = None) -> CodedArticle:
    return pipeline.code(Article(id="p34", text=text, pub_date=dt.date(2011, 5, 2), dateline=dateline))  # type: ignore[no-any-return]


def _places(coded: CodedArticle) -> dict[str, str | None]:
    return {m.text: (m.place.name if m.place else None) for m in coded.mentions if m.kind == "place"}


@pytest.mark.model
def test_head_of_a_longer_name_is_no_town(pipeline: Any) -> None:
    coded = _code(pipeline, "The presidents met at the Summit of the Americas on Saturday.")
    assert "Summit" not in _places(coded)
    assert place_name(event_starting(coded, "met")) is None
    coded = _code(pipeline, "A gunman opened fire on worshippers inside the Cave of the Patriarchs on Friday.")
    assert "Cave" not in _places(coded)
    # the name of a place's own kind before "of" stays a place
    coded = _code(pipeline, "Riot police clashed with protesters in the City of London on Monday.")
    assert any("London" in (p or "") for p in _places(coded).values())


@pytest.mark.model
def test_tail_of_a_longer_name_is_no_town(pipeline: Any) -> None:
    coded = _code(pipeline, "Guerrillas seized the Palace of Justice in Lima on Wednesday.")
    assert "Justice" not in _places(coded)
    assert place_name(event_starting(coded, "seized")) == "Lima"
    # a tagged town after "University of" is where the university is
    coded = _code(pipeline, "Police detained students at the University of Nairobi on Monday.")
    assert _places(coded).get("Nairobi") == "Nairobi"


@pytest.mark.model
def test_bare_institution_is_no_town(pipeline: Any) -> None:
    coded = _code(pipeline, "Hundreds of protesters stormed Congress on Sunday.")
    assert "Congress" not in _places(coded)
    e = event_starting(coded, "stormed")
    assert e.event_loc is None or e.event_loc.country_code != "USA" or e.event_loc.resolved_place != "Congress"


@pytest.mark.model
def test_capital_standing_for_its_state_is_no_place(pipeline: Any) -> None:
    e = event_starting(_code(pipeline, "Madrid had declared a state of emergency on Friday."), "declared")
    assert e.event_loc is None, e.reasons
    assert "stands for its state" in e.reasons[-1]
    # the government named as such still acts at its capital
    e = event_starting(_code(pipeline, "The Spanish government declared a state of emergency on Friday."), "declared")
    assert place_name(e) == "Madrid", e.reasons


@pytest.mark.model
def test_untagged_town_before_a_date(pipeline: Any) -> None:
    coded = _code(pipeline, "The leaders of Spain, Portugal and Greece visited Kyiv on Thursday.")
    assert _places(coded).get("Kyiv") == "Kyiv"
    assert place_name(event_starting(coded, "visited")) == "Kyiv"


@pytest.mark.model
def test_target_of_a_measure_is_no_place(pipeline: Any) -> None:
    # "sanctions on X" names whom the measure is aimed at: an organisation's decision is at its seat
    e = event_starting(
        _code(pipeline, "The U.N. Security Council imposed an arms embargo on Eritrea on Friday."), "imposed"
    )
    assert e.event_loc is None or e.event_loc.country_code != "ERI", e.reasons
    # a place where the measure was decided still counts
    e = event_starting(
        _code(pipeline, "The European Union imposed an embargo on Syria at a meeting in Luxembourg."), "imposed"
    )
    assert e.event_loc is not None and e.event_loc.country_code == "LUX", e.reasons


@pytest.mark.model
def test_territory_handed_over_is_where_the_handover_was(pipeline: Any) -> None:
    e = event_starting(_code(pipeline, "Portugal handed Macau back to China at midnight on Sunday."), "handed")
    assert e.event_loc is not None and e.event_loc.country_code == "MAC", e.reasons


@pytest.mark.model
def test_place_owned_by_a_town_lies_there(pipeline: Any) -> None:
    # "Honiara" tagged as a person; its Chinatown is not the US town the gazetteer ranks first
    coded = _code(pipeline, "Rioters looted shops in Honiara's Chinatown on Wednesday.")
    assert _places(coded).get("Chinatown") == "Honiara"


@pytest.mark.model
def test_named_division_does_not_pull_a_capital_to_a_hamlet(pipeline: Any) -> None:
    text = "Exiles in Miami, Florida, cheered as the United States said it would open an embassy in Havana."
    assert _places(_code(pipeline, text)).get("Havana") == "Havana"
    e = event_starting(_code(pipeline, text), "open")
    assert e.event_loc is not None and e.event_loc.country_code == "CUB", e.reasons


@pytest.mark.model
def test_agentless_state_act_after_a_meeting_abroad_is_the_datelines_state(pipeline: Any) -> None:
    text = (
        "Meeting in Dakar on Sunday, West African leaders imposed sanctions on Mali. "
        "The prime minister has been detained since Tuesday."
    )
    e = event_starting(_code(pipeline, text, dateline="BAMAKO"), "detained")
    assert [a.country for a in e.actor] == ["MLI"], e.reasons
