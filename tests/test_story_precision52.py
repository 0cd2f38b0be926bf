"""Story precision (storyprec52): classes of false events of rounds 26-57, each seen in the rounds of several
annotators. Each mechanism is tested on sentences written for the project (never gold sentences); each first
case fails without the change, traps keep what stays."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples

pytestmark = pytest.mark.model


# ---- an act announced or offered stays an intent


@pytest.mark.parametrize(
    "text",
    [
        "The rebels promised to release the detained ministers next week.",  # promised: still an intent
        "The prime minister said he was willing to step down.",  # readiness: the intent stated
    ],
)
def test_an_act_announced_or_offered_stays_an_intent(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert triples and all(t[0] == "AGREE" for t in triples), triples


# ---- people who drowned did not kill; people drowned by others were killed


def test_people_who_drowned_tell_no_killing(pipeline: Any) -> None:
    assert coded_triples(pipeline, "Dozens of migrants drowned when their boat sank off the coast.") == []


def test_people_drowned_by_a_party_were_killed(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "The militia drowned three prisoners in the river on Monday.")
    assert [t[:2] for t in triples] == [("ASSAULT", "1823")], triples


# ---- a nuclear device set off is a test, as one exploded or detonated


def test_a_nuclear_device_set_off_is_a_test(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "The country set off two nuclear devices at its desert test range on Monday.")
    assert [t[:2] for t in triples] == [("MOBILIZE", "150")], triples


def test_a_bomb_set_off_stays_a_bombing(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "Militants set off a bomb outside the police station on Monday.")
    assert [t[:2] for t in triples] == [("ASSAULT", "183")], triples


# ---- a readiness to act, respond or intervene, with no act named, is a force's alert


@pytest.mark.parametrize(
    "text",
    [
        "The alliance said on Friday that its peacekeepers were ready to respond if the fighting spread.",
        "The border garrison said it was ready to act should the fighting spread.",
    ],
)
def test_a_readiness_to_act_is_an_alert(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[:2] for t in triples] == [("MOBILIZE", "152")], triples


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The neighbouring state said it was ready to help.", "AGREE"),  # no force readied: an intent
        ("The rebels said they were ready to negotiate with the mediators.", "AGREE"),  # the act readied tells it
    ],
)
def test_other_readiness_stays(pipeline: Any, text: str, event: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[0] for t in triples] == [event], triples
