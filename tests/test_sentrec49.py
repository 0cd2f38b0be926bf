"""Sentence recall (sentrec49): meetings told as the setting of their parties' act, and guests called
"visiting".

The missed required groups of rounds 26-51 and PLOVER dev were counted by cause; among those with no
event at the gold evidence, a meeting noun in a time adjunct ("agreed ... at their first meeting", "after
all-night talks") of a clause whose subject names the two sides was missed in 14 rounds, and a guest
called "visiting" by the verb of telling of the host ("told visiting Prime Minister X in ...") in 5. The
sentences are written for these tests; each first case fails without the change, the traps keep what
stays no event."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on, coded_triples

pytestmark = pytest.mark.model


# ---- a meeting of the pair its clause's subject names (code/meetings.py)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya and Uganda pledged to work together at a summit in Kampala on Monday.", "summit"),
        (
            "Prime Minister Modi and Japanese Prime Minister Fumio Kishida agreed on Friday to deepen defence ties "
            "at their first meeting in a year.",
            "meeting",
        ),
        ("Pakistan and India agreed at a summit in Lahore on Friday to reopen the railway.", "summit"),
    ],
)
def test_a_pairs_meeting_in_a_time_adjunct_is_theirs(pipeline: Any, text: str, trigger: str) -> None:
    triples = coded_triples(pipeline, text)
    assert ("CONSULT", "040", trigger) in triples, triples


@pytest.mark.parametrize(
    "text",
    [
        # one party for subject: it may only have attended
        "Chile offered at talks in Geneva to cut its tariffs on copper.",
        "The prime minister was abroad at a summit in Lima when the strike began.",
        # a passive clause: the meeting's parties are not its subject
        "A ceasefire was agreed by the rebels after talks in Nairobi.",
        # a forum's summit, which its members attend
        "Canada, Mexico and Chile promised at the APEC summit in Lima on Saturday to cut tariffs.",
        # a long history of talks, no meeting
        "Peru and South Korea signed a trade pact in Seoul on Tuesday after years of negotiations.",
    ],
)
def test_a_meeting_with_one_party_for_subject_is_not_its_meeting(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert not any(t[2] in {"talks", "summit", "negotiations"} for t in triples), triples


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
