"""Precision of stories (storyprec54): verb-frame patterns that told an act the sentence does not tell: a war
declared over (an end, not a threat), a named person flown somewhere (carried, no visit or deployment), and
things taken down or as bribes (no asylum). Sentences written for the project (never gold sentences); the
first case of each test fails on the code the session started from."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples


def _codes(pipeline: Any, text: str) -> list[str]:
    return [code for _, code, _ in coded_triples(pipeline, text)]


@pytest.mark.model
def test_a_war_declared_over_is_its_end(pipeline: Any) -> None:
    text = "President Kamau declared the civil war over in a broadcast on Sunday."
    codes = _codes(pipeline, text)
    assert "138" not in codes, coded_triples(pipeline, text)
    assert "0871" in codes, coded_triples(pipeline, text)
    # a war declared stays a threat of force
    assert "138" in _codes(pipeline, "The prime minister declared war on Ruritania on Friday.")


@pytest.mark.model
def test_a_named_person_flown_somewhere_is_carried(pipeline: Any) -> None:
    text = "Navy helicopters flew Ortega, his wife and two ministers from the residence to the harbour."
    codes = _codes(pipeline, text)
    assert not {"154", "042"} & set(codes), coded_triples(pipeline, text)
    # forces flown in are still deployed, a minister flying to talks still visits
    assert "154" in _codes(pipeline, "Freedonian aircraft flew troops to the border on Monday.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Government officials took bribes from traders in return for waived fees, prosecutors say.",
        "Protesters began taking down their tents in the main square on Monday.",
    ],
)
def test_things_taken_down_or_as_bribes_are_no_asylum(pipeline: Any, text: str) -> None:
    assert "075" not in _codes(pipeline, text), coded_triples(pipeline, text)
