"""Wrong event types (issue 11, type38): who does an act picks its type, each on sentences written for
the project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo protested on Thursday that Beijing had violated its airspace.",
        "Brazil's government protested strongly after its consul was detained in Caracas.",
        "Ankara protested, saying the vote in the French parliament was an insult.",
    ],
)
def test_a_state_that_protests_complains_officially(pipeline: Any, text: str) -> None:
    # the state itself (its name, its capital, its government) protesting makes a diplomatic
    # complaint (114, ACCUSE), no rally (141)
    assert ("ACCUSE", "114") in _types(pipeline, text)
    assert not any(t == "PROTEST" for t, _ in _types(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Peruvians protested in Lima on Sunday.",
        "Hundreds of Morales supporters protested outside the electoral office in La Paz.",
    ],
)
def test_people_who_protest_still_demonstrate(pipeline: Any, text: str) -> None:
    # a country's people or a leader's supporters are no state: a demonstration (141)
    assert ("PROTEST", "141") in _types(pipeline, text)
