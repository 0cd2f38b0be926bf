"""Sentence recall (sentrec49): a guest called "visiting" makes a visit to the host.

The missed required groups of rounds 26-51 and PLOVER dev were counted by cause; among those with no
event at the gold evidence, a guest called "visiting" by the verb of telling of the host ("told
visiting Prime Minister X in ...") was missed in 5 rounds (the gold codes each a visit, 042 CONSULT, by
the guest to the host). The sentences are written for these tests; each first case fails without the
change, the traps keep what stays no event."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, coded_triples

pytestmark = pytest.mark.model


# ---- a guest called "visiting" (frame/frames.py _visiting_guest, lexicon visit_host_verbs)


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        (
            "Cuban leader Fidel Castro told visiting Canadian Prime Minister Jean Chretien in Havana on Monday "
            "that the embargo must end.",
            "CAN",
            "CUB",
        ),
        ("Putin admitted to visiting French President Jacques Chirac that the talks had stalled.", "FRA", "RUS"),
    ],
)
def test_a_guest_called_visiting_makes_a_visit_to_the_host(pipeline: Any, text: str, guest: str, host: str) -> None:
    visits = [e for e in code_on(pipeline, text) if e.cameo == "042"]
    assert visits, coded_triples(pipeline, text)
    assert {a.country for a in visits[0].actor} == {guest}
    assert {r.country for r in visits[0].recipient} == {host}


@pytest.mark.parametrize(
    "text",
    [
        # a visit told as an act of the subject's, not a guest received
        "The senator was criticised for visiting President Bashar al-Assad in Damascus.",
        # a place visited, not a person
        "The vice president, visiting Warsaw on Tuesday, said the alliance would hold.",
    ],
)
def test_visiting_as_an_act_is_not_a_guests_visit(pipeline: Any, text: str) -> None:
    visits = [e for e in code_on(pipeline, text) if e.cameo == "042"]
    assert all(not any(a.country == "SYR" for a in e.actor) for e in visits), visits
