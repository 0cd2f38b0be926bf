"""Recall on wire stories (storyrec47 session, issue 11): a story's second and later acts in one sentence,
each mechanism on texts written for this test (none is taken from a gold or blind set); traps must stay as
they are.

A verb coordinated with the main verb that the parser hung on the last verb of a clause inside the first
conjunct ("denied that the port had been bombed and called on the two armies to ...": "called" parsed as a
conjunct of "bombed") is the main verb's subject's act of its own (parse.syntax.lowered_conjunct): it is
neither part of the clause it hangs on nor done by that clause's subject, and it takes the date of the verb it
continues. A conjunct of the same form as the verb it hangs on ("said troops entered the town and seized ...")
stays that verb's, and so does a past form after an active perfect, whose "had" it may share ("said he had
seized the palace and detained the ministers")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events

PUB = dt.date(2011, 3, 14)  # a Monday

pytestmark = pytest.mark.model


def _by(pipeline: Any, text: str, trigger: str) -> list[tuple[str | None, list[str]]]:
    """(type, actor codes) of the events whose trigger is ``trigger``."""
    return [(e.event, [a.code for a in e.actor]) for e in code_events(pipeline, text, PUB) if e.event_text == trigger]


# --- a conjunct hung on a verb of the first conjunct's clause -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "Ethiopia's foreign ministry denied that the Eritrean port had been bombed by its jets and called on "
            "the two armies to pull back from the frontier.",
            "called",
            "ETHGOV",
        ),
        (
            "German Chancellor Angela Merkel threatened to cut development aid to Mali and called on the regional "
            "bloc to push the colonels to hold elections.",
            "called",
            "DEUGOV",
        ),
        (
            "The Ugandan president said in a radio broadcast that the army would hunt down any rebels who crossed "
            "the border from Congo, and urged villagers in the north to report strangers to the police.",
            "urged",
            "UGAGOV",
        ),
    ],
)
def test_a_conjunct_hung_low_is_the_main_subjects_act(pipeline: Any, text: str, trigger: str, actor: str) -> None:
    assert ("REQUEST", [actor]) in _by(pipeline, text, trigger)


def test_a_conjunct_hung_low_takes_the_date_of_the_clause_it_continues(pipeline: Any) -> None:
    # "urging" hangs on "falsified"; it continues "repeating", the participle of "spoke", told on Saturday
    text = (
        "The clashes began on Saturday after the opposition leader spoke to a crowd of students outside the "
        "university, repeating his claim that the count had been falsified and urging them to occupy the election "
        "commission."
    )
    urging = [e for e in code_events(pipeline, text, PUB) if e.event_text == "urging"]
    assert [(e.event, e.date) for e in urging] == [("REQUEST", "2011-03-12")]


def test_a_conjunct_of_the_same_form_stays_with_its_verb(pipeline: Any) -> None:
    # trap: "seized" is a conjunct of "entered", done by the troops the clause names, not by the minister
    text = "The French defence minister said Russian troops entered Georgia on Sunday and seized the airport of Gori."
    assert not [e for e in code_events(pipeline, text, PUB) if any(a.country == "FRA" for a in e.actor)]


def test_a_past_form_after_an_active_perfect_stays_with_its_verb(pipeline: Any) -> None:
    # trap: "detained" may share "had": the detention is told in the reported clause, with the seizure
    text = "The colonel said on the radio that he had seized the palace and detained the ministers."
    assert not [e for e in code_events(pipeline, text, PUB) if e.event_text == "detained"]
