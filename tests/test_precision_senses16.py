"""Precision of coded events, eleventh session (issue 11 item 4, prec16): the sense of a one-word
default told by its object or its phrase. Built from round 14's false events (and a review of the
one-word patterns' false events on the analysed sets) as classes, each tested on sentences written
for the project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code
from coding import types_cameos as _types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Jubilant soldiers fired their guns in the air after the peace deal was announced.",
        "Fans fired pistols into the air and sang in the streets when the final whistle blew.",
        "The guards fired warning shots into the air as the crowd approached the gate.",
    ],
)
def test_shots_into_the_air_are_no_attack(pipeline: Any, text: str) -> None:
    assert "ASSAULT" not in [e for e, _ in _types(pipeline, text)]


def test_shots_at_someone_stay_an_attack(pipeline: Any) -> None:
    assert "ASSAULT" in [e for e, _ in _types(pipeline, "Gunmen fired rifles at a police patrol near Quetta.")]


def test_called_off_an_advance_deescalates(pipeline: Any) -> None:
    got = _types(pipeline, "The militia commander called off his fighters' advance on the capital on Friday.")
    assert [e for e, _ in got] == ["RETREAT"]


def test_a_strike_called_off_keeps_its_code(pipeline: Any) -> None:
    assert _types(pipeline, "The teachers' union called off its strike on Tuesday.") == [("CONCEDE", "082")]


def test_air_strikes_joined_are_military_cooperation(pipeline: Any) -> None:
    got = _types(
        pipeline, "The Dutch parliament voted on Thursday to join the air strikes against the militants in Syria."
    )
    assert [e for e, _ in got] == ["COOPERATE"]


def test_a_labour_strike_joined_stays_a_strike(pipeline: Any) -> None:
    assert [e for e, _ in _types(pipeline, "Railway workers joined the strike on Monday.")] == ["PROTEST"]


def test_a_month_with_its_day_is_no_place(pipeline: Any) -> None:
    text = (
        "The fighting started on the night of August 3, when Azerbaijani troops launched an assault to recapture "
        "the district."
    )
    (ev,) = [e for e in _code(pipeline, text) if e.event == "ASSAULT"]
    assert "USA" not in {r.country for r in ev.recipient}
    assert ev.event_loc is None or ev.event_loc.country_code != "USA"


def test_a_person_challenged_to_act_is_called_on(pipeline: Any) -> None:
    got = _types(pipeline, "The opposition leader challenged President Mendes to call an early referendum.")
    assert got == [("REQUEST", "020")]


def test_a_result_challenged_in_court_stays_a_lawsuit(pipeline: Any) -> None:
    assert _types(pipeline, "The opposition challenged the election results in court.") == [("ACCUSE", "115")]


def test_a_responsibility_abdicated_is_no_resignation(pipeline: Any) -> None:
    text = "The minister said the United Nations had abdicated its responsibility to protect civilians."
    assert "RETREAT" not in [e for e, _ in _types(pipeline, text)]


def test_a_king_abdicating_still_leaves_office(pipeline: Any) -> None:
    assert [e for e, _ in _types(pipeline, "King Albert abdicated on Wednesday in favour of his son.")] == ["RETREAT"]
