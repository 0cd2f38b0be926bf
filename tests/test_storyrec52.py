"""Story recall, thirty-second session (issue 11; storyrec52): the missed required story groups of rounds
26-57 counted by what in the sentence tells them (docs/stories.md "Thirty-second session"). Each test
codes sentences written for it (none taken from a gold set):

* a punishment warned of in the passive without an agent ("said those responsible would be punished"):
  a threat by the speaker at the passive's subject (derive/statements.punishment).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, types_triggers

PUB = dt.date(2003, 3, 12)


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return types_triggers(pipeline, text, PUB)


# --- a punishment warned of in the passive -----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The interior minister said on Tuesday that those behind the looting would be punished.", "punished"),
        ("The army said the organisers of the strike would be arrested.", "arrested"),
        ("The prime minister said the former governor would be put on trial if he came back.", "put"),
        ("The defence minister said the gunmen would be killed unless they laid down their arms.", "killed"),
        ("Police in Lagos said the ringleaders would be prosecuted.", "prosecuted"),
    ],
)
def test_a_punishment_warned_of_in_the_passive_is_a_threat(pipeline: Any, text: str, trigger: str) -> None:
    assert ("THREATEN", trigger) in _types(pipeline, text)


@pytest.mark.model
def test_the_threat_is_the_speakers_at_the_passive_subject(pipeline: Any) -> None:
    text = "The Kenyan government said on Tuesday that the striking teachers would be punished."
    events = [e for e in code_events(pipeline, text, PUB) if e.event == "THREATEN"]
    assert len(events) == 1
    event = events[0]
    assert [(a.country, a.sector) for a in event.actor] == [("KEN", "GOV")]
    assert [a.sector for a in event.recipient] == ["EDU"]  # the teachers
    assert event.modality == "asserted" and event.date == "2003-03-11"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The United Nations said civilians would be killed in the offensive.",  # a killing with no condition: a fear
        "The opposition leader said he would be arrested if he returned.",  # the speaker himself: a fear
        "The minister said the rebels would not be punished.",  # negated: no punishment
        "The minister said the rebels would be arrested by the army.",  # another's act, told with its agent
        "The minister said the prisoners would be released on Friday.",  # no punishment
        "The minister said the suspects had been arrested.",  # done, not warned of
    ],
)
def test_no_threat_without_a_punishment_warned_of(pipeline: Any, text: str) -> None:
    assert "THREATEN" not in [e for e, _ in _types(pipeline, text)]


@pytest.mark.model
def test_a_threat_against_those_responsible_falls_on_the_threateners_own_people(pipeline: Any) -> None:
    # the subject names no party: the threat of repression is aimed at home, as the coercion it warns of
    text = "Kenya's interior minister said on Tuesday that those responsible for the looting would be prosecuted."
    events = [e for e in code_events(pipeline, text, PUB) if e.event == "THREATEN"]
    assert [e.cameo for e in events] == ["137"]
    assert [a.country for a in events[0].recipient] == ["KEN"]


@pytest.mark.model
def test_a_threat_of_repression_answers_an_attack_on_the_threateners_people(pipeline: Any) -> None:
    text = (
        "Somali gunmen killed six Kenyan policemen in Nairobi on Monday. "
        "Kenya's interior minister said on Tuesday that those responsible would be prosecuted."
    )
    events = [e for e in code_events(pipeline, text, PUB) if e.event == "THREATEN"]
    assert [[a.country for a in e.recipient] for e in events] == [["SOM"]]


@pytest.mark.model
def test_a_threat_of_repression_answers_no_act_only_placed_in_the_threateners_land(pipeline: Any) -> None:
    # foreigners' shops burned at home: not an act against the threatener's people (code/toldbefore, struck)
    text = (
        "Somali gunmen burned dozens of Indian-owned shops in Nairobi on Monday, and Kenya's interior minister "
        "said on Tuesday that those responsible would be prosecuted."
    )
    events = [e for e in code_events(pipeline, text, PUB) if e.event == "THREATEN"]
    assert [[a.country for a in e.recipient] for e in events] == [["KEN"]]
