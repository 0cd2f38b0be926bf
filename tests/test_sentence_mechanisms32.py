"""Mechanisms of the thirty-second session (issue 11, sentence recall, sent32: built from the missed required
groups of rounds 18 to 31 and PLOVER dev), on sentences written for this test (none taken from a gold or blind
set): an order whose words make no act of their own is read as the act it imposes or puts in place ("ordered
tariffs on imports": imposed; "ordered its forces on high alert": put on alert); with traps in other senses."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, shown

pytestmark = pytest.mark.model

PUB = dt.date(2013, 5, 14)

_shown = partial(shown, pub_date=PUB)


def _events(pipeline: Any, text: str, event: str) -> list[Any]:
    return [e for e in code_events(pipeline, text, PUB) if e.event == event]


# an order read as the act it imposes or puts in place (code_rules ordered_as: impose, put)


@pytest.mark.parametrize(
    "text",
    [
        "The American president ordered steep tariffs on steel imports from China on Friday.",
        "The prime minister ordered a curfew in the northern provinces after the riots.",
    ],
)
def test_a_measure_ordered_is_imposed(pipeline: Any, text: str) -> None:
    types = {e.event for e in code_events(pipeline, text, PUB)}
    assert types & {"SANCTION", "COERCE"} and "REQUEST" not in types, _shown(pipeline, text)


def test_tariffs_ordered_are_a_sanction(pipeline: Any) -> None:
    text = "The American president ordered steep tariffs on steel imports from China on Friday."
    sanctions = _events(pipeline, text, "SANCTION")
    assert sanctions and sanctions[0].cameo == "163", _shown(pipeline, text)


def test_forces_ordered_on_alert_are_put_on_alert(pipeline: Any) -> None:
    text = "The Russian president ordered the country's strategic forces on high alert on Sunday."
    assert _events(pipeline, text, "MOBILIZE"), _shown(pipeline, text)


def test_an_order_with_no_act_of_its_own_stays_uncoded(pipeline: Any) -> None:
    text = "The American president ordered a review of the federal budget on Friday."
    types = {e.event for e in code_events(pipeline, text, PUB)}
    assert not types & {"SANCTION", "MOBILIZE", "REQUEST"}, _shown(pipeline, text)


def test_an_order_to_another_country_stays_a_demand(pipeline: Any) -> None:
    text = "The Iraqi government ordered the United States to close its embassy in Baghdad."
    assert _events(pipeline, text, "REQUEST"), _shown(pipeline, text)


# a clause after "and" with its own subject, parsed as the complement of the verb before it (clauses.coordinated_clause)


@pytest.mark.parametrize(
    "text",
    [
        "The president on Friday ordered 30 percent tariffs on imports from Canada and 15 percent on goods from "
        "Chile, and Canadian Prime Minister Mark Carney responded with retaliatory duties on C$25 billion of "
        "American products.",
        "The president on Friday ordered 30 percent tariffs on imports from Canada and 15 percent on goods from "
        "Chile, and Canadian Prime Minister Mark Carney retaliated with levies on C$25 billion of American products.",
    ],
)
def test_a_coordinated_clause_parsed_as_a_complement_is_an_act_of_its_own(pipeline: Any, text: str) -> None:
    actors = {a.country for e in _events(pipeline, text, "SANCTION") for a in e.actor}
    assert "CAN" in actors, _shown(pipeline, text)


def test_an_order_with_a_complement_is_not_read_as_imposed(pipeline: Any) -> None:
    text = "The president ordered the army to confront the governing party of the southern province."
    assert not [e for e in code_events(pipeline, text, PUB) if e.cameo == "1724"], _shown(pipeline, text)


def test_answered_with_tariffs_is_a_sanction(pipeline: Any) -> None:
    text = "Beijing answered with retaliatory tariffs on American soybeans on Friday."
    assert _events(pipeline, text, "SANCTION"), _shown(pipeline, text)


def test_tariffs_announced_are_imposed(pipeline: Any) -> None:
    text = "The Canadian prime minister announced 25 percent tariffs on American goods on Saturday."
    assert _events(pipeline, text, "SANCTION"), _shown(pipeline, text)
