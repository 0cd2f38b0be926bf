"""Recall and precision on wire stories (storyrec46 session, issue 11), each mechanism on texts written for this
test (none is taken from a gold or blind set); traps must stay as they are.

A body of troops authorised with a determiner ("authorised the force", "authorised a peacekeeping force") is no
force used or threatened: the force named before is endorsed and tells no threat (no event); a new one is
peacekeeping given (CAMEO 074, AID). "authorised force against X" and "authorised the use of force" stay threats
(138).

A document as the subject of what it says ("The resolution also demands ...", "A statement attributed to X
urged ...") speaks for whoever issued it: the author its own phrase names, the party that adopted a document
of the same noun before, or the party named before by its owner word ("the council's resolution"). A
document that is no subject ("signed orders freezing assets") is left.

"called on X" names whom the appeal is made to, not where it was made. "said the government had provoked the
crisis" accuses the government. "quoted X as urging ..." is X's appeal."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2003, 6, 9)  # a Monday

pytestmark = pytest.mark.model


def _codes(pipeline: Any, text: str, trigger: str) -> list[str]:
    return [e.cameo for e in code_events(pipeline, text, PUB) if e.event_text == trigger]


# --- a body of troops authorised ---------------------------------------------------------------------------------


def test_a_force_named_before_authorised_is_no_threat(pipeline: Any) -> None:
    text = (
        "A French-led European force landed in Bunia on Friday to stop the killing. "
        "The Security Council authorised the force in May."
    )
    assert not [c for c in _codes(pipeline, text, "authorised") if c.startswith("13")]


def test_a_new_force_authorised_is_peacekeeping_given(pipeline: Any) -> None:
    text = "On Friday the Security Council authorised a new multinational force to keep the peace in Bunia."
    assert _codes(pipeline, text, "authorised") == ["074"]


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. Security Council authorised force against the militias in Ituri on Friday.",  # trap
        "On Friday the Security Council authorised the use of military force against the rebels.",  # trap
    ],
)
def test_force_used_authorised_stays_a_threat(pipeline: Any, text: str) -> None:
    assert _codes(pipeline, text, "authorised") == ["138"]


# --- a document as the subject of what it says ---------------------------------------------------------------


def _at(pipeline: Any, text: str, trigger: str) -> list[Any]:
    return [e for e in code_events(pipeline, text, PUB) if e.event_text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        (  # the owner word names the body told before
            "The U.N. Security Council voted 12-0 on Sunday to condemn the shelling of Goma. "
            "The council's resolution demands that Rwanda pull its troops out of the town.",
            "demands",
            "REQUEST",
        ),
        (  # the same document adopted before
            "The African Union condemned the coup in Bissau on Monday. The AU adopted a resolution at an "
            "emergency summit in Addis Ababa. The resolution also called on the soldiers to return to barracks.",
            "called",
            "REQUEST",
        ),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(pipeline: Any, text: str, trigger: str, event: str) -> None:
    found = _at(pipeline, text, trigger)
    assert [e.event for e in found] == [event]
    assert found[0].actor and all(a.country is None and a.sector == "IGO" for a in found[0].actor)


def test_a_document_given_to_its_author_in_its_own_phrase(pipeline: Any) -> None:
    text = (
        "Soldiers detained the prime minister in Bamako on Monday. A statement attributed to the African Union "
        "urged the soldiers to free him."
    )
    found = _at(pipeline, text, "urged")
    assert [e.event for e in found] == ["REQUEST"]
    assert found[0].actor


def test_a_document_named_as_an_object_is_no_author(pipeline: Any) -> None:  # trap
    text = (
        "The U.N. Security Council voted 12-0 on Sunday to condemn the shelling. "
        "President Kagame signed orders freezing the assets of the rebel leaders."
    )
    for e in _at(pipeline, text, "freezing"):
        assert not any(a.sector == "IGO" for a in e.actor)


def test_a_document_takes_the_day_of_its_vote(pipeline: Any) -> None:
    text = (
        "Rwandan troops shelled Goma on Saturday. Hours after the shelling, the U.N. Security Council voted "
        "12-0 to condemn it. The council's resolution demands that Rwanda pull its troops back."
    )
    voted = _at(pipeline, text, "condemn")
    found = _at(pipeline, text, "demands")
    assert voted and found and found[0].date == voted[0].date


# --- "called on X": whom an appeal is made to, no place ---------------------------------------------------------


def test_called_on_a_country_is_not_placed_there(pipeline: Any) -> None:
    text = "The Security Council on Friday called on Sudan and Chad to withdraw their forces from the border."
    found = _at(pipeline, text, "called")
    assert found and found[0].event == "REQUEST"
    assert found[0].event_loc is None or found[0].event_loc.country_code not in {"SDN", "TCD"}


def test_a_place_after_on_of_another_verb_is_kept(pipeline: Any) -> None:  # trap
    found = _at(pipeline, "Rebels attacked an army post on Lake Kivu on Friday.", "attacked")
    assert found and found[0].event_loc is not None and found[0].event_loc.extracted_place


# --- a reported clause: a named party provoked the crisis --------------------------------------------------------


def test_said_a_party_provoked_the_crisis_accuses_it(pipeline: Any) -> None:
    found = _at(pipeline, "Washington said on Friday that the Bolivian government had provoked the crisis.", "said")
    assert found and found[0].event == "ACCUSE" and {r.country for r in found[0].recipient} == {"BOL"}


def test_said_actions_would_provoke_a_crisis_is_no_accusation(pipeline: Any) -> None:  # trap
    found = _at(pipeline, "Washington said the Bolivian government's plan would provoke a crisis.", "said")
    assert not any(e.event == "ACCUSE" for e in found)


# --- quoted as doing it -------------------------------------------------------------------------------------------


def test_quoted_as_urging_is_the_quoted_persons_appeal(pipeline: Any) -> None:
    text = "The opposition party quoted Raila Odinga as urging supporters to stay off the streets."
    found = _at(pipeline, text, "urging")
    assert [e.event for e in found] == ["REQUEST"]
    assert {a.country for a in found[0].actor} == {"KEN"}


def test_quoted_as_saying_stays_no_event(pipeline: Any) -> None:  # trap
    assert not _at(pipeline, "The agency quoted the minister as saying the talks had failed.", "saying")
