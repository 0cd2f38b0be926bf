"""Wrong event types (issue 11, types43): an act ordered takes the code its own object gives it, and a blast
told at a place of tests is a show of force; each on sentences written for the project (never gold
sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code
from newsevents.code.rules import CodeRules

pytestmark = pytest.mark.model


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered troops to occupy the oil fields on Monday.",
        "The junta ordered soldiers to seize the copper company's mines and offices on Friday.",
    ],
)
def test_an_order_takes_the_code_of_the_act_ordered_by_its_object(pipeline: Any, text: str) -> None:
    # occupying fields or a company seizes property (171, COERCE), as the same act told without the order
    types = _types(pipeline, text)
    assert any(t == "COERCE" for t, _ in types)
    assert not any(c == "192" for _, c in types)


def test_an_order_to_occupy_a_town_stays_an_occupation(pipeline: Any) -> None:
    types = _types(pipeline, "The general ordered his troops to occupy the border town on Sunday.")
    assert ("ASSAULT", "192") in types


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan exploded two small devices at its remote desert range on Tuesday.",
        "The army detonated a bomb at the testing ground near the border on Monday.",
    ],
)
def test_a_blast_at_a_place_of_tests_is_a_show_of_force(pipeline: Any, text: str) -> None:
    types = _types(pipeline, text)
    assert ("MOBILIZE", "150") in types
    assert not any(t == "ASSAULT" for t, _ in types)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels set off a bomb at a crowded market in the city on Monday.",
        "A gunman fired two shots at the mayor at close range outside the town hall on Friday.",
    ],
)
def test_a_blast_elsewhere_stays_an_attack(pipeline: Any, text: str) -> None:
    # a market is no place of tests, and "at close range" says a distance, no range
    types = _types(pipeline, text)
    assert any(t == "ASSAULT" for t, _ in types)
    assert not any(t == "MOBILIZE" for t, _ in types)


def test_the_rules_read_their_lists() -> None:
    rules = CodeRules.default()
    assert "range" in rules.test_sites and "testing" in rules.test_site_words
