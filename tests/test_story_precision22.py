"""Precision of story events, fourteenth session (storyprec22): mechanisms built from the classes of
the false events of rounds 17-20's stories, each tested on sentences written for the project (never
gold sentences): what a party failed to move another to do, and a schedule the story overtook, are
not told as done."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on

pytestmark = pytest.mark.model


def _triggers(pipeline: Any, text: str) -> list[str]:
    return [e.event_text for e in code_on(pipeline, text)]


@pytest.mark.parametrize(
    "text, act",
    [
        ("The mediator left Khartoum after failing to persuade the Sudanese army to sign the peace accord.", "sign"),
        ("The minister flew to Kabul but left without convincing the Taliban to release the hostages.", "release"),
        ("The envoy did not persuade the Malian junta to free the detained ministers.", "free"),
        ("Washington declined to prod Seoul to expel the diplomats.", "expel"),
    ],
)
def test_an_act_a_party_was_not_moved_to_is_not_told(pipeline: Any, text: str, act: str) -> None:
    assert act not in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, act",
    [
        ("The envoy persuaded the Sudanese army to sign the peace accord on Friday.", "sign"),
        ("The shelling prompted Chile to recall its ambassador.", "recall"),
    ],
)
def test_an_act_a_party_was_moved_to_is_told(pipeline: Any, text: str, act: str) -> None:
    assert act in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, act",
    [
        ("The new assembly had been due to hold its first session on Monday.", "hold"),
        ("The two leaders had been scheduled to meet in Hanoi on Thursday.", "meet"),
        ("The foreign ministers had been expected to sign the pact in Lima.", "sign"),
    ],
)
def test_a_schedule_overtaken_is_not_told(pipeline: Any, text: str, act: str) -> None:
    assert act not in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, act",
    [
        ("The new assembly is due to hold its first session on Monday.", "hold"),
        ("The two leaders were expected to meet in Hanoi on Thursday.", "meet"),
        ("The foreign ministers are scheduled to sign the pact in Lima next week.", "sign"),
    ],
)
def test_a_schedule_still_standing_is_told_as_announced(pipeline: Any, text: str, act: str) -> None:
    assert act in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, act",
    [
        (
            "The president had ordered the operation to protect civilians, restore order and arrest the coup leaders.",
            "arrest",
        ),
        (
            "The premier ordered the operation to protect civilians, defend democracy and capture the rebel leaders.",
            "capture",
        ),
    ],
)
def test_an_aim_listed_after_the_first_is_not_told(pipeline: Any, text: str, act: str) -> None:
    # the parser hangs the second verb of the list on "ordered"; it is still what the operation is for
    assert act not in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, act",
    [
        ("The strikes began after a deadline that Washington set for the junta to free the president expired.", "free"),
        ("Moscow issued an ultimatum for the Georgian army to withdraw from the buffer zone.", "withdraw"),
    ],
)
def test_an_act_wanted_of_another_is_not_told(pipeline: Any, text: str, act: str) -> None:
    assert act not in _triggers(pipeline, text)


def test_an_act_an_accord_provides_for_is_told(pipeline: Any) -> None:
    text = "The accord provides for Israeli troops to withdraw from the two towns within three months."
    assert "withdraw" in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "A truce in the six-year war between Ethiopia and Eritrea took hold on Sunday.",
        "It was the first meeting of the two presidents since the end of Angola's civil war.",
        "The envoy pledged Washington's backing for Peru's war on drug traffickers.",
    ],
)
def test_a_conflict_that_is_the_setting_of_a_noun_is_not_told(pipeline: Any, text: str) -> None:
    assert "war" not in _triggers(pipeline, text)


@pytest.mark.parametrize(
    "text, noun",
    [
        ("Heavy fighting broke out between Armenian and Azerbaijani forces on Sunday.", "fighting"),
        ("The war between Ethiopia and Eritrea began in May 1998.", "war"),
    ],
)
def test_a_conflict_told_as_subject_is_told(pipeline: Any, text: str, noun: str) -> None:
    assert noun in _triggers(pipeline, text)
