"""Precision of stories (prec40): a schedule told in the past to date another act, or with a perfect
infinitive, tells no act ("the junta took over a day before the newly elected senate was due to meet for the
first time"; code/sought.plan_overtaken and dated_schedule with code_rules schedule_marks /
schedule_time_nouns), and a crowd's motion told with festive participles the tagger reads as nouns is a
celebration, no protest (lexicon festive_words). Sentences written for the project (never gold sentences);
each case of the first test of each mechanism fails without the change."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples


def _codes(pipeline: Any, text: str) -> list[str]:
    return [code for _, code, _ in coded_triples(pipeline, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The generals seized power on Tuesday, hours before the new assembly was due to hold its first session.",
            "040",
        ),
        ("The putsch came on the day the elected senate was scheduled to hold its first session.", "040"),
        ("The army struck on the morning the two leaders were to sign the border treaty in Nairobi.", "057"),
        ("The strike came on the eve of talks in Oslo, where the two sides were to have signed a truce.", "057"),
        ("The two sides were to have signed a truce in Oslo, but the talks collapsed.", "057"),
        ("The leaders were due to have signed the accord in Geneva last week, but the talks collapsed.", "057"),
        ("The rebels seized the airport on Sunday, the day the ministers had been due to sign the accord.", "057"),
    ],
)
def test_a_schedule_that_dates_another_act_is_no_act(pipeline: Any, text: str, code: str) -> None:
    assert code not in _codes(pipeline, text), coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a schedule told in the present is announced, and one told as news of its own keeps its act
        ("The newly elected senate is due to hold its first meeting on Thursday.", "040"),
        ("The two leaders are due to sign the border treaty in Nairobi next week.", "057"),
        ("The rebels were to sign a truce in Oslo on Friday.", "057"),
        ("The two leaders were to sign the border treaty in Nairobi on Friday, officials said.", "057"),
    ],
)
def test_a_schedule_told_as_news_stays(pipeline: Any, text: str, code: str) -> None:
    assert code in _codes(pipeline, text), coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Crowds poured into the main squares of Lagos, dancing, singing and waving flags.",
        "Thousands of people flooded the main avenue, cheering, dancing and hugging strangers.",
    ],
)
def test_a_crowd_told_with_festive_participles_is_no_protest(pipeline: Any, text: str) -> None:
    assert not [c for c in _codes(pipeline, text) if c.startswith("14")], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Crowds poured into the main squares of Lagos, chanting slogans against the governor.",
        "Thousands of protesters flooded the main avenue, dancing and singing as they demanded new elections.",
    ],
)
def test_a_crowd_with_a_grievance_stays_a_protest(pipeline: Any, text: str) -> None:
    assert [c for c in _codes(pipeline, text) if c.startswith("14")], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The prime minister said the ceasefire would last and that she would not give up the quest for a settlement.",
        "The rebel leader said he would never give up the fight for independence.",
    ],
)
def test_not_giving_up_ones_own_effort_is_resolve(pipeline: Any, text: str) -> None:
    assert "REJECT" not in [t for t, _, _ in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
def test_not_giving_up_a_possession_stays_a_rejection(pipeline: Any) -> None:
    text = "The government said it would not give up its nuclear weapons."
    assert "REJECT" in [t for t, _, _ in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The prime minister said she had ordered the strike to protect British citizens, defend the rule of law"
            " and fight piracy.",
            "052",
        ),
        ("The general ordered the raid to free the hostages held in the embassy.", "0841"),
    ],
)
def test_what_an_attack_is_for_is_no_act(pipeline: Any, text: str, code: str) -> None:
    codes = _codes(pipeline, text)
    assert code not in codes and "190" in codes, coded_triples(pipeline, text)


@pytest.mark.model
def test_a_denied_resignation_is_no_event(pipeline: Any) -> None:
    text = (
        "The army seized power in Fiji on Tuesday. Prime Minister Joseph Kalou told reporters he had not resigned"
        " and called the takeover illegal."
    )
    assert "RETREAT" not in [t for t, _, _ in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        # a denial of violence is coded by the writers; a refusal for the future stays a rejection
        (
            "Troops fired on protesters in the capital. General Diaz insisted his troops had not fired on the crowd.",
            "ASSAULT",
        ),
        ("The army seized power in Fiji on Tuesday. Prime Minister Joseph Kalou said he would not resign.", "REJECT"),
    ],
)
def test_other_negated_acts_stay(pipeline: Any, text: str, event: str) -> None:
    assert event in [t for t, _, _ in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
def test_an_attack_named_as_a_time_is_no_operation_aimed(pipeline: Any) -> None:
    text = "Hours after the attack, the Arab League voted 20-1 to condemn the invasion."
    assert "ACCUSE" in [t for t, _, _ in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
def test_troops_sent_as_how_an_invasion_was_made_are_no_deployment(pipeline: Any) -> None:
    text = (
        "Iraqi forces launched a full-scale invasion of Kuwait on Thursday, shelling towns with artillery and"
        " sending tanks across the border."
    )
    types = [t for t, _, _ in coded_triples(pipeline, text)]
    assert "MOBILIZE" not in types and "ASSAULT" in types, coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Israel responded by sending troops and tanks into southern Lebanon.",
        "A faction of the army tried to seize power on Friday, sending tanks onto the streets of the capital.",
        "Rebels attacked the town on Monday and the government sent troops to the region.",
    ],
)
def test_troops_sent_otherwise_stay_a_deployment(pipeline: Any, text: str) -> None:
    assert "MOBILIZE" in [t for t, _, _ in coded_triples(pipeline, text)], coded_triples(pipeline, text)
