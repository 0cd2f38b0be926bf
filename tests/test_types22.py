"""Type choice, fourteenth session (issue 11, type22: acts found with the wrong PLOVER type on rounds
17-20, and the same classes on rounds 4-16), each on sentences written for this test (none taken from
a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, events_of

pytestmark = pytest.mark.model

PUB = dt.date(2012, 3, 14)

_code = partial(code_events, pub_date=PUB)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.event_text) for e in _code(pipeline, text)]


_of = partial(events_of, pub_date=PUB)


# a leader who flees the country leaves it (RETREAT), as one who flees the capital


@pytest.mark.parametrize(
    "text",
    [
        "Gabonese President Omar Bongo fled the country on Sunday after days of unrest.",
        "The ousted Malagasy leader went into exile in South Africa on Tuesday.",
    ],
)
def test_a_leader_fleeing_the_country_retreats(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "RETREAT") and not _of(pipeline, text, "CONCEDE"), _types(pipeline, text)


# protesters, students or workers who storm or occupy a building protest; armed forces who do attack


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters stormed the official residence of the Peruvian president in Lima on Monday.",
        "Striking workers occupied the Renault plant near Paris on Thursday.",
        "Hundreds of students occupied the main building of the University of Dhaka on Friday.",
    ],
)
def test_a_crowd_storming_or_occupying_a_building_protests(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "PROTEST") and not _of(pipeline, text, "ASSAULT"), _types(pipeline, text)


def test_soldiers_storming_a_town_still_attack(pipeline: Any) -> None:
    text = "Ethiopian troops stormed the Somali town of Beledweyne on Tuesday."
    assert _of(pipeline, text, "ASSAULT") and not _of(pipeline, text, "PROTEST"), _types(pipeline, text)


# forces ordered somewhere are deployed there, whatever the order's aim


def test_troops_ordered_into_a_city_to_quell_riots_are_deployed(pipeline: Any) -> None:
    text = "The Nigerian president ordered troops and police into Jos on Monday to quell the riots."
    deployed = _of(pipeline, text, "MOBILIZE")
    assert deployed and deployed[0].event_text.startswith("ordered"), _types(pipeline, text)


# a cooperative act declined is a refusal told as done, whatever stands between the verbs


@pytest.mark.parametrize(
    "text",
    [
        "Fiji and Samoa declined on Friday to endorse a Chinese regional security pact.",
        "The Dutch government declined to sign the migration accord.",
    ],
)
def test_a_cooperative_act_declined_is_a_rejection(pipeline: Any, text: str) -> None:
    refused = _of(pipeline, text, "REJECT")
    assert refused and all(e.modality == "asserted" for e in refused), _types(pipeline, text)
    assert not _of(pipeline, text, "SUPPORT") and not _of(pipeline, text, "AGREE"), _types(pipeline, text)


def test_a_failure_is_no_rejection(pipeline: Any) -> None:
    deal = _code(pipeline, "Greece and Turkey failed to reach an agreement on the maritime border.")
    assert deal and all(e.event != "REJECT" and e.modality == "negated" for e in deal)


# loyalty pledged is support; a vow to resist is a threat


@pytest.mark.parametrize(
    "text",
    [
        "The army chiefs pledged their loyalty to the new Egyptian president.",
        "The regional governors swore allegiance to the new king on Saturday.",
    ],
)
def test_loyalty_pledged_is_support(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "SUPPORT") and not _of(pipeline, text, "AGREE"), _types(pipeline, text)


def test_aid_pledged_is_still_aid_and_a_promise_to_cooperate_still_an_agreement(pipeline: Any) -> None:
    assert _of(pipeline, "Japan pledged $200 million in aid to Haiti on Friday.", "AID")
    text = "The Indian prime minister pledged to work with the new Nepalese government."
    assert _of(pipeline, text, "AGREE") or _of(pipeline, text, "COOPERATE"), _types(pipeline, text)


def test_a_vow_to_resist_is_a_threat(pipeline: Any) -> None:
    text = "Taliban commanders vowed to resist on Sunday."
    assert _of(pipeline, text, "THREATEN") and not _of(pipeline, text, "AGREE"), _types(pipeline, text)


# the work towards an accord suspended is a rejection of the accord, as the accord itself suspended


@pytest.mark.parametrize(
    "text",
    [
        "Moldova suspended preparations to sign a partnership agreement with the European Union on Friday.",
        "Armenia abruptly suspended preparations on Tuesday for signing a customs pact with Russia.",
    ],
)
def test_preparations_for_an_accord_suspended_reject_it(pipeline: Any, text: str) -> None:
    assert _of(pipeline, text, "REJECT") and not _of(pipeline, text, "SANCTION"), _types(pipeline, text)


def test_aid_suspended_stays_a_sanction(pipeline: Any) -> None:
    text = "The Netherlands suspended aid to Suriname on Monday."
    assert _of(pipeline, text, "SANCTION") and not _of(pipeline, text, "REJECT"), _types(pipeline, text)


def test_preparations_for_an_accord_hung_on_the_noun_reject_it(pipeline: Any) -> None:
    text = "Georgia suspended preparations for a landmark partnership agreement with the European Union."
    assert _of(pipeline, text, "REJECT") and not _of(pipeline, text, "SANCTION"), _types(pipeline, text)
