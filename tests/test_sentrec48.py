"""Sentence recall (sentrec48): a vehicle used as a weapon and driven into its target is an attack.

The missed required groups of rounds 26-49 were counted by cause; among the frames with no event, a
vehicle marked as a weapon in its own phrase ("hijacked airliners", "a truck packed with explosives")
or crashed by its hijackers into a target had no pattern ("slam into" is discarded, a physical sense
that is no criticism) and no actor. The sentences are written for these tests; each first case fails
without the change, the traps keep what stays no event."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, coded_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Hijacked airliners slammed into two office towers in the city centre on Tuesday.", "slammed"),
        ("A truck packed with explosives slammed into the army barracks on Friday.", "slammed"),
        ("An explosives-laden car rammed into a police convoy near the border town.", "rammed"),
        ("Hijackers crashed two jetliners into the ministry buildings on Monday.", "crashed"),
    ],
)
def test_a_vehicle_used_as_a_weapon_is_an_attack(pipeline: Any, text: str, trigger: str) -> None:
    triples = coded_triples(pipeline, text)
    assert ("ASSAULT", "180", trigger) in triples, triples


@pytest.mark.parametrize(
    "text",
    [
        "A small plane crashed into the sea off the coast on Monday.",
        "A bus carrying pilgrims slammed into a truck on the highway on Sunday.",
        "The car slammed into a wall after the driver lost control.",
    ],
)
def test_an_accident_is_no_attack(pipeline: Any, text: str) -> None:
    assert all(e.event != "ASSAULT" for e in code_on(pipeline, text)), coded_triples(pipeline, text)


def test_a_vehicle_is_no_unnamed_party(pipeline: Any) -> None:
    # "airliners" ends like a word for people ("-ers"): it is not kept as an actor without a code
    coded = code_on(pipeline, "Hijacked airliners slammed into the towers on Tuesday.")
    events = [e for e in coded if e.event == "ASSAULT"]
    assert events and all(not e.actor for e in events), events


# ---- a document enacted does what its participle says (code_rules enacted_documents, enacting_verbs)


@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        (
            "The Senate voted on Thursday to override the president's veto of a bill imposing sanctions on Zimbabwe.",
            "SANCTION",
            "imposing",
        ),
        ("The president signed a law on Tuesday tightening the embargo on Venezuela.", "SANCTION", "tightening"),
        (
            "The president signed a proclamation on Monday recognising Moroccan sovereignty over the territory.",
            "SUPPORT",
            "recognising",
        ),
    ],
)
def test_an_enacted_document_does_what_it_says(pipeline: Any, text: str, event: str, trigger: str) -> None:
    assert any(e.event == event and e.event_text == trigger and e.actor for e in code_on(pipeline, text)), (
        coded_triples(pipeline, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The president vetoed a bill imposing sanctions on Zimbabwe on Friday.",
        "Lawmakers debated a bill imposing sanctions on Zimbabwe on Friday.",
    ],
)
def test_a_document_not_enacted_does_nothing(pipeline: Any, text: str) -> None:
    assert all(e.event != "SANCTION" for e in code_on(pipeline, text)), coded_triples(pipeline, text)
