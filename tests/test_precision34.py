"""Precision of sentences and stories (prec34): false events of PLOVER dev and rounds 20-33 that are another
type for an act the writers code. Each mechanism is tested on sentences written for the project (never gold
sentences); each first case fails without the change."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples, coded_types
from newsevents.read import parse_header

# ---- a person sentenced to prison (a term, years, life) is imprisoned: coercion (173, COERCE), no finding
# of guilt (116, ACCUSE); a conviction and a death sentence stay findings of guilt


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A court in Minsk sentenced the opposition leader to eight years in prison on Tuesday.",
        "A military tribunal sentenced three rebel commanders to life imprisonment.",
        "The judge sentenced the former interior minister to a long jail term for torture.",
    ],
)
def test_a_prison_sentence_is_coercion(pipeline: Any, text: str) -> None:
    types = coded_types(pipeline, text)
    assert "COERCE" in types, coded_triples(pipeline, text)
    assert "ACCUSE" not in types, coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A court in Lagos convicted the former governor of fraud on Monday.",
        "A revolutionary court sentenced the journalist to death for espionage.",
    ],
)
def test_a_conviction_or_a_death_sentence_stays_a_finding_of_guilt(pipeline: Any, text: str) -> None:
    assert "ACCUSE" in coded_types(pipeline, text), coded_triples(pipeline, text)


# ---- a wire dateline whose place is written in title case ("Montevideo, Feb. 3 (AFP) -") is a dateline when
# a date and an agency in parentheses stand before the dash (the place a court's sentence is handed down in)


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        ("Montevideo, Feb. 3 (AFP) - A court sentenced two former colonels to prison.", "Montevideo", "AFP"),
        ("La Paz, March 14 (Reuters) \u2014 Miners marched on the capital.", "La Paz", "Reuters"),
    ],
)
def test_a_title_case_wire_dateline_is_read(text: str, place: str, publisher: str) -> None:
    h = parse_header(text)
    assert (h.dateline, h.publisher) == (place, publisher)
    assert text[h.body_offset :].startswith(("A court", "Miners"))


@pytest.mark.parametrize(
    "text",
    [
        "Paris, the capital, was calm on Monday.",
        "Moscow, March 3 - talks resumed.",
        "Brazil, Argentina and Chile (the ABC powers) met.",
    ],
)
def test_title_case_body_text_is_no_dateline(text: str) -> None:
    assert parse_header(text).dateline is None
