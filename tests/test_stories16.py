"""Story precision, eleventh session (issue 11): acts a story tells as wanted, asked about or done to
oneself, not as done; each mechanism on sentences written for the project (never gold sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.lexicon import LEXICON
from newsevents.records import Article, Event

pytestmark = pytest.mark.model


def _code(pipeline: Any, text: str, pub: str = "2010-05-04") -> list[Event]:
    art = Article(id="t", text=text, pub_date=dt.date.fromisoformat(pub))
    return list(pipeline.code(art).events)


def _texts(pipeline: Any, text: str) -> set[str]:
    return {e.event_text for e in _code(pipeline, text)}


def test_the_word_lists_are_data() -> None:
    assert "insist" in LEXICON["mandative_heads"]
    assert "shoot" in LEXICON["suicide_verbs"]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The Arab League demanded that Israel release the detained fishermen at once.", "release"),
        ("The UN resolution insists that Damascus halt all shelling of the suburbs.", "halt"),
        ("Opposition leaders asked that the army withdraw its troops from the capital.", "withdraw"),
        ("Kenya's parliament urged that the police be disarmed before the vote.", "disarmed"),
        ("The truce plan calls for both armies to stop shelling and to pull their troops back from the river.", "pull"),
    ],
)
def test_an_act_demanded_in_the_subjunctive_is_not_told(pipeline: Any, text: str, wanted: str) -> None:
    assert not any(wanted in t for t in _texts(pipeline, text))


def test_an_act_told_after_a_demand_verb_stays(pipeline: Any) -> None:
    # not in the subjunctive: the clause tells what was done
    evs = _code(pipeline, "Human rights groups insisted that the army had arrested 40 students in Lagos on Monday.")
    assert any(e.event == "COERCE" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Observers wondered whether the rebels were prepared to negotiate with the government.",
        "Diplomats said the summit would test whether the two sides were ready to discuss a prisoner exchange.",
    ],
)
def test_an_act_asked_about_under_whether_is_none(pipeline: Any, text: str) -> None:
    assert not any(e.event in {"AGREE", "CONSULT"} for e in _code(pipeline, text))


def test_a_will_under_whether_is_not_every_will(pipeline: Any) -> None:
    evs = _code(pipeline, "The rebels said they were ready to negotiate with the government in Nairobi.")
    assert any(e.event in {"AGREE", "CONSULT"} for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "The disgraced interior minister was reported to have shot himself at his dacha.",
        "The general killed himself in his cell on Tuesday, prison officials said.",
    ],
)
def test_a_killing_of_oneself_is_no_attack(pipeline: Any, text: str) -> None:
    assert not any(e.event == "ASSAULT" for e in _code(pipeline, text))


def test_a_suicide_attack_stays_an_attack(pipeline: Any) -> None:
    evs = _code(pipeline, "A suicide bomber blew himself up at a police checkpoint in Kabul, killing four officers.")
    assert any(e.event == "ASSAULT" for e in evs)


def test_an_offensive_told_again_by_its_beginning_is_the_fighters(pipeline: Any) -> None:
    text = (
        "Rebel fighters captured the northern town of Kafr Nabl on Sunday after days of clashes with army units. "
        "Their offensive began on March 3 from the rebel enclave of Saraqeb."
    )
    evs = [e for e in _code(pipeline, text, "2020-03-15") if e.event_text == "offensive"]
    assert evs and evs[0].event == "ASSAULT"
    assert {a.sector for a in evs[0].actor} == {"REB"}
    assert evs[0].date == "2020-03-03"


def test_an_uprising_told_again_is_the_protesters(pipeline: Any) -> None:
    text = (
        "Thousands of students marched on the parliament in Dhaka on Friday, demanding the prime minister resign. "
        "The uprising began on July 1, after a court ruling on job quotas."
    )
    evs = [e for e in _code(pipeline, text, "2024-08-02") if e.event_text == "uprising"]
    assert evs and evs[0].event == "PROTEST" and evs[0].date == "2024-07-01"
    assert {a.country for a in evs[0].actor} == {"BGD"}


@pytest.mark.parametrize(
    "text",
    [
        # indefinite: no act told before
        "An offensive began on March 3 in the north of the country, officials said.",
        # the setting of another act
        "The new president was sworn in on an army base as the invasion began.",
    ],
)
def test_a_beginning_that_tells_no_act_again(pipeline: Any, text: str) -> None:
    assert not any(e.event_text in {"offensive", "invasion"} for e in _code(pipeline, text))


def test_an_air_campaign_told_again_by_its_beginning(pipeline: Any) -> None:
    text = (
        "Allied warplanes bombed army barracks outside Tripoli for a third night on Monday. "
        "The air campaign began on Saturday evening, when cruise missiles struck radar sites near the capital."
    )
    evs = [e for e in _code(pipeline, text, "2011-03-21") if e.event_text == "campaign"]
    assert evs and evs[0].event == "ASSAULT" and evs[0].date == "2011-03-19"


def test_talks_that_will_resume_are_the_meeting_still_to_come(pipeline: Any) -> None:
    text = (
        "Sudan's army chief met the leader of the Rapid Support Forces in Jeddah on Saturday. "
        "The talks will resume on Monday, Saudi officials said."
    )
    evs = [e for e in _code(pipeline, text, "2023-05-07") if e.event_text == "talks"]
    assert evs and evs[0].event == "CONSULT" and evs[0].modality == "future"


def test_they_told_before_the_speech_verb_is_not_the_speaker(pipeline: Any) -> None:
    text = (
        "Chinese Premier Li Keqiang arrived in Tokyo on Wednesday and was welcomed at the airport by "
        "Japanese Prime Minister Shinzo Abe. They then held talks at the prime minister's residence, "
        "officials in Beijing said."
    )
    evs = [e for e in _code(pipeline, text, "2018-05-09") if e.sentence_index == 1 and e.event == "CONSULT"]
    assert evs and {a.country for a in evs[0].actor} == {"CHN", "JPN"}


def test_they_after_the_speech_verb_is_still_the_speaker(pipeline: Any) -> None:
    text = "Hamas leaders said on Monday they would release two more hostages in Gaza on Thursday."
    evs = [e for e in _code(pipeline, text, "2024-01-15") if e.event == "CONCEDE"]
    assert evs and {a.country for a in evs[0].actor} == {"PSE"}


def test_a_reaction_told_by_its_participle_is_its_means(pipeline: Any) -> None:
    text = (
        "The United States imposed new tariffs on Chinese steel on Tuesday. "
        "Beijing retaliated within hours, announcing extra duties on American soybeans and pork."
    )
    evs = [e for e in _code(pipeline, text, "2025-03-06") if e.sentence_index == 1]
    assert [e.event for e in evs] == ["SANCTION"]
    assert evs[0].date == "2025-03-04"  # within hours of the tariffs told before


def test_an_armed_reaction_told_by_its_participle_stays_one_attack(pipeline: Any) -> None:
    text = "Israel hit back on Sunday, launching air strikes on Hezbollah positions in southern Lebanon."
    evs = _code(pipeline, text, "2024-08-26")
    assert [e.event for e in evs] == ["ASSAULT"]


def test_an_act_told_after_a_plan_is_not_dated_by_the_plan(pipeline: Any) -> None:
    text = (
        "Under the deal signed on Tuesday, Azerbaijan will take control of the Kalbajar district by November 25. "
        "Within hours, angry crowds broke into the parliament building in Yerevan."
    )
    evs = [e for e in _code(pipeline, text, "2020-11-10") if e.sentence_index == 1]
    assert evs and all(e.date != "2020-11-25" for e in evs)
