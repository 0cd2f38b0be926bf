"""Wrong event types (issue 11, type40): a vow to stop another's measure is a threat, and a ban on a party
of another country is a sanction, each on sentences written for the project (never gold sentences)."""

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
        "The speaker vowed to block the president's budget in the assembly.",
        "Republican senators vowed to block the treaty in the Senate.",
        "The German chancellor vowed to thwart the takeover of the steelworks.",
    ],
)
def test_a_vow_to_stop_a_measure_is_a_threat(pipeline: Any, text: str) -> None:
    # vowing to veto, block or thwart another party's measure threatens (130), no intent to cooperate (030)
    types = _types(pipeline, text)
    assert ("THREATEN", "130") in types
    assert not any(t == "AGREE" for t, _ in types)


def test_a_vow_to_cooperate_stays_an_intent(pipeline: Any) -> None:
    # the complement names no measure stopped: an intent to cooperate
    assert any(t == "AGREE" for t, _ in _types(pipeline, "Chile vowed on Monday to work closely with Peru."))


@pytest.mark.parametrize(
    "text",
    [
        "India banned the Pakistani airline PIA from its airspace on Monday.",
        "Washington banned the Russian software maker Kaspersky from selling products to federal agencies.",
    ],
)
def test_a_ban_on_a_foreign_party_is_a_sanction(pipeline: Any, text: str) -> None:
    # a state banning a company or a party of another country sanctions that country (163), no restriction at home
    types = _types(pipeline, text)
    assert ("SANCTION", "163") in types
    assert not any(t == "COERCE" for t, _ in types)


@pytest.mark.parametrize(
    "text",
    [
        "The Burmese junta banned the National League for Democracy from contesting the election.",
        "The Thai government banned the opposition party from politics for ten years.",
    ],
)
def test_a_ban_at_home_stays_coercion(pipeline: Any, text: str) -> None:
    # a party of the actor's own country banned: a restriction at home (172x, COERCE)
    types = _types(pipeline, text)
    assert any(t == "COERCE" for t, _ in types)
    assert not any(t == "SANCTION" for t, _ in types)
