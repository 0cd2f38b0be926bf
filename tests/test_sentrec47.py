"""Sentence recall of the forty-seventh session (issue 11, sentrec47): events found with another type than
the gold's, each class on sentences written for this test (none taken from a gold or blind set), with traps:

* an apology (CAMEO 055) is a concession (CONCEDE), as every blind round that codes one codes it, not
  verbal support; a demand for an apology stays a demand (REQUEST);
* an apology is the apologising state's own act: with no place told, at its capital (where/seat.py); made to
  people the sentence gives no country, it is made to the apologisers' own (code/answers.apologised_to_own);
* an impeachment is a charge brought by a legislature (115, ACCUSE), not an arrest (173) nor a ban (172);
  a legislature named by its role word alone is of the impeached official's country
  (participants/impeaching.py), and then the act is placed at that country's capital;
* an order setting the orderer's own forces to a task no pattern codes ("ordered the army to secure the
  ports") sends those forces (MOBILIZE: derive/orders.py), and so does one sending them "there"; a task
  that is coded stays the act ordered ("ordered troops to withdraw": RETREAT).
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events

pytestmark = pytest.mark.model

PUB = dt.date(2019, 5, 14)

_code = partial(code_events, pub_date=PUB)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str, str]]:
    return [(e.event, e.cameo, e.event_text) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Dutch prime minister apologised on Monday to the families of the victims.", "apologised"),
        ("Tokyo formally apologized to Seoul for the remarks of its envoy.", "apologized"),
        ("The defence minister offered an apology to the villagers for the raid.", "offered"),
    ],
)
def test_an_apology_is_a_concession(pipeline: Any, text: str, trigger: str) -> None:
    found = _types(pipeline, text)
    assert ("CONCEDE", "055", trigger) in found, found


def test_an_apology_demanded_stays_a_demand(pipeline: Any) -> None:
    found = _types(pipeline, "Ankara demanded an apology from Athens over the incident.")
    assert [t for t, _, _ in found] == ["REQUEST"], found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Lawmakers in Lima impeached the president on Friday over the bribery scandal.", "impeached"),
        ("The Senate voted on Tuesday to impeach the governor.", "impeach"),
        ("The Congress of Paraguay began impeachment proceedings against the president.", "began"),
    ],
)
def test_an_impeachment_is_a_charge(pipeline: Any, text: str, trigger: str) -> None:
    found = _types(pipeline, text)
    assert ("ACCUSE", "115", trigger) in found, found
    assert not any(t == "COERCE" for t, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered the army to secure the ports on Monday.",
        "The prime minister ordered the military to confront the rebel militia.",
        "The president ordered troops there on Friday.",
    ],
)
def test_own_forces_set_to_a_task_by_order_are_sent(pipeline: Any, text: str) -> None:
    found = _types(pipeline, text)
    assert ("MOBILIZE", "154", "ordered") in found, found


def test_a_coded_task_stays_the_act_ordered(pipeline: Any) -> None:
    found = _types(pipeline, "The president ordered troops to withdraw from the border town.")
    assert [t for t, _, _ in found] == ["RETREAT"], found


def test_an_order_to_civilians_sends_no_force(pipeline: Any) -> None:
    found = _types(pipeline, "The mayor ordered residents to stay indoors on Sunday.")
    assert not any(t == "MOBILIZE" for t, _, _ in found), found


def test_an_apology_told_with_no_place_is_at_the_capital(pipeline: Any) -> None:
    text = "Prime Minister Jacinda Ardern apologised in parliament on Tuesday."
    e = next(e for e in _code(pipeline, text) if e.event)
    assert e.event == "CONCEDE"
    assert e.event_loc is not None and e.event_loc.resolved_place == "Wellington", e.event_loc


def test_a_chamber_named_alone_impeaches_its_own_official(pipeline: Any) -> None:
    text = "The House of Representatives voted on Monday to impeach the U.S. president over the affair."
    e = next(e for e in _code(pipeline, text) if e.event == "ACCUSE")
    assert {a.country for a in e.actor} == {"USA"}, e.actor
    assert e.event_loc is not None and e.event_loc.resolved_place == "Washington", e.event_loc


@pytest.mark.parametrize(
    "text",
    [
        # the chamber's words name its country; an official of no country named
        "The Brazilian Senate impeached the president on Wednesday.",
        "The Senate voted to impeach the governor.",
    ],
)
def test_a_chamber_takes_no_country_but_its_own_words(pipeline: Any, text: str) -> None:
    e = next(e for e in _code(pipeline, text) if e.event == "ACCUSE")
    assert {a.country for a in e.actor} <= {"BRA", None}, e.actor


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Prime Minister Stephen Harper apologised on Wednesday to the families of the miners.", "CAN"),
        ("The Japanese foreign minister apologised to the victims of the collision.", "JPN"),
    ],
)
def test_an_apology_to_people_of_no_country_is_to_the_own(pipeline: Any, text: str, own: str) -> None:
    e = next(e for e in _code(pipeline, text) if e.event == "CONCEDE")
    assert {r.country for r in e.recipient} == {own}, e.recipient


def test_an_apology_to_people_of_another_country_keeps_it(pipeline: Any) -> None:
    text = "The Japanese foreign minister apologised to the victims in South Korea."
    e = next(e for e in _code(pipeline, text) if e.event == "CONCEDE")
    assert {r.country for r in e.recipient} == {"KOR"}, e.recipient
