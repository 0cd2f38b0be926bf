"""Whom an event is aimed at, sixteenth session (recip26). A judging participle on a noun that sums
up the clause before it ("..., a move condemned by Ankara") judges that clause's act: it is aimed
at whoever did it (code/judged.summed_by), as the relative clause ("a move that Ankara condemned")
already was. Aid a state gives "for the victims" or "to refugees" is not taken to go to the giver's
own people (code/parties.domestic). Every text is written for this test (none taken from a gold or
blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, last_event_on

pytestmark = pytest.mark.model

PUB = dt.date(2016, 9, 14)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Israel expelled two Turkish diplomats on Monday, a move swiftly condemned by Ankara.", "condemned", "ISR"),
        (
            "Chad closed its border with Sudan on Tuesday, a decision sharply criticised by Khartoum.",
            "criticised",
            "TCD",
        ),
        ("Iran seized a British tanker in the Gulf, an act denounced by London as piracy.", "denounced", "IRN"),
        (
            "Morocco restored diplomatic relations with Israel on Thursday, a step welcomed by Washington.",
            "welcomed",
            "MAR",
        ),
    ],
)
def test_a_participle_on_a_summing_noun_judges_the_act_before(
    pipeline: Any, text: str, trigger: str, target: str
) -> None:
    e = last_event_on(pipeline, text, trigger, PUB)
    assert target in country_set(e.recipient), (e.recipient, e.reasons)


def test_a_judge_of_its_own_act_is_not_its_target(pipeline: Any) -> None:
    # the act summed up is the judge's own: no target from it
    text = "Chad closed its border with Sudan on Tuesday, a decision sharply criticised by Khartoum."
    e = last_event_on(pipeline, text, "criticised", PUB)
    assert "SDN" not in country_set(e.recipient), (e.recipient, e.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Japan raised its pledge of aid for the victims of the cyclone to $80 million on Monday.",
        "Canada pledged C$40 million on Friday to help refugees of the fighting.",
    ],
)
def test_aid_for_people_is_not_for_the_givers_own(pipeline: Any, text: str) -> None:
    e = next(e for e in code_events(pipeline, text, PUB) if e.event == "AID")
    giver = {a.country for a in e.actor}
    assert not giver & country_set(e.recipient), (e.recipient, e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "own"),
    [
        # a truce "for" a place of the signers' own country, by its name: what the accord is about
        (
            "The presidents of Armenia and Azerbaijan agreed on Friday on a truce for Armenia's border villages.",
            "agreed",
            "ARM",
        ),
        # the release of the demanders' own people: what is asked, not of whom
        ("Somali pirates demanded the release of 12 Somali fishermen.", "demanded", "SOM"),
        # an accord providing for the withdrawal of the signer's own troops
        (
            "Ethiopia and Sudan signed an accord on the withdrawal of Ethiopian troops from the border region.",
            "signed",
            "ETH",
        ),
    ],
)
def test_the_actors_own_country_inside_what_the_act_is_about_is_no_target(
    pipeline: Any, text: str, trigger: str, own: str
) -> None:
    e = last_event_on(pipeline, text, trigger, PUB)
    assert own not in country_set(e.recipient), (e.recipient, e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the people hit themselves, counted before "of"
        ("Syrian government troops killed scores of Syrians in the town of Douma on Monday.", "killed", "SYR"),
        # another country in the same place stays the target
        ("Somali pirates demanded the release of 12 Kenyan fishermen.", "demanded", "KEN"),
    ],
)
def test_people_hit_or_another_country_stay(pipeline: Any, text: str, trigger: str, target: str) -> None:
    e = last_event_on(pipeline, text, trigger, PUB)
    assert target in country_set(e.recipient), (e.recipient, e.reasons)
