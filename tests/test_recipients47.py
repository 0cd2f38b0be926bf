"""Recipient mechanisms of recip47 (issue 12's recipient country), on sentences written for this
test (none taken from a gold or blind set), with traps: a show of force that names no one answers
the attack told before it on the actor's country (code_rules posture_answer_codes,
code/toldbefore.retaliation_target); a sanction's phrase that names only the actor's own country
tells what is cut, and the next phrase names whom (participants/recipients.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.code.toldbefore import retaliation_target
from newsevents.records import ActorRef, Event, Source

PUB = dt.date(2019, 5, 14)


def _coded(pipeline: Any, text: str, prefix: str) -> Event:
    found = [e for e in code_events(pipeline, text, PUB) if e.cameo.startswith(prefix)]
    assert found, text
    return found[0]


# a show of force answers the attack told before it (posture_answer_codes)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Syrian artillery shelled a Turkish border town on Friday, killing three soldiers, "
            "and Turkey put its troops on high alert.",
            "SYR",
        ),
        (
            "Pakistani troops fired on an Indian border post on Monday, killing two soldiers, "
            "and India put its army on high alert.",
            "PAK",
        ),
    ],
)
def test_a_show_of_force_answers_the_attack_on_its_country(pipeline: Any, text: str, target: str) -> None:
    ev = _coded(pipeline, text, "15")
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Turkey put its troops on high alert on Friday.",  # no act answered
        # forces sent are left out (measured: a mobilisation ordered after an attack is coded with no target)
        "Armed men from Venezuela attacked a Colombian army post on Sunday, and Colombia sent troops to the border.",
        # a sanction is no attack: a show of force does not answer it
        "The European Union imposed sanctions on Belarus on Monday, and Minsk put its army on alert.",
    ],
)
def test_a_show_of_force_answers_no_other_act(pipeline: Any, text: str) -> None:
    ev = _coded(pipeline, text, "15")
    assert not [r for r in ev.recipient if r.country and r.country not in {a.country for a in ev.actor}], (
        ev.recipient,
        ev.reasons,
    )


def _attack(cameo: str, actor: str, recipient: str) -> Event:
    """A bare act of material conflict told in the first sentence, by ``actor`` on ``recipient`` (countries)."""
    return Event(
        id=Event.make_id("t", 0, 0, 3, cameo), article_id="t", sentence_index=0, date=None,
        date_precision="unknown", date_text=None, event="ASSAULT", mode=None, context=(), cameo=cameo,
        cameo_root=cameo[:2], quad_code=4, goldstein=-9.0, modality="asserted",
        actor=(ActorRef.government_of(actor, "", "test"),), recipient=(ActorRef.government_of(recipient, "", "test"),),
        event_loc=None, event_text="hit", text="", start_char=0, end_char=3,
        source=Source(None, None, "2019-05-14", None), confidence=0.8, reasons=(), coder="test",
        coded_date="2019-05-15",
    )  # fmt: skip


def test_the_roots_limit_the_act_answered() -> None:
    seoul = [ActorRef.government_of("KOR", "", "test")]
    sanction, shelling = _attack("163", "PRK", "KOR"), _attack("194", "PRK", "KOR")
    assert retaliation_target(seoul, 0, [sanction]) is not None  # a reaction answers any material conflict
    assert retaliation_target(seoul, 0, [sanction], ("18", "19", "20")) is None
    found = retaliation_target(seoul, 0, [shelling], ("18", "19", "20"))
    assert found is not None and country_set(tuple(found[0])) == {"PRK"}


# a sanction's phrase of the actor's own country: the next phrase names whom


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan suspended all Japanese arms sales to Indonesia on Tuesday.", "IDN"),
        ("France halted French military cooperation with Niger on Monday.", "NER"),
    ],
)
def test_a_sanction_of_the_own_countrys_goods_reads_the_next_phrase(pipeline: Any, text: str, target: str) -> None:
    ev = _coded(pipeline, text, "16")
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)


@pytest.mark.model
def test_a_sanction_aimed_at_the_actors_country_reads_no_other_phrase(pipeline: Any) -> None:  # trap
    # the actor is misread as North Korea: "against Pyongyang" names whom, so no other phrase is taken
    text = (
        "Iran threatened on Monday to strike American bases in the Gulf "
        "as the U.N. Security Council approved tougher sanctions against Tehran."
    )
    ev = _coded(pipeline, text, "16")
    assert "USA" not in country_set(ev.recipient), (ev.recipient, ev.reasons)


# a protest answers the doers of the act its "after" clause tells (participants/provoked.py)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Thousands of Libyans marched through Tripoli on Sunday, "
            "two days after French warplanes destroyed a depot in the city.",
            "FRA",
        ),
        ("Pakistani students protested in Lahore on Monday after India tested a long-range missile.", "IND"),
    ],
)
def test_a_protest_answers_the_act_its_after_clause_tells(pipeline: Any, text: str, target: str) -> None:
    ev = _coded(pipeline, text, "14")
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the protesters' own government: no other country
        ("Thousands of students marched through Caracas on Tuesday after the government raised fuel prices.", "VEN"),
        # a passive's agent is not read (only the subject of an active clause)
        (
            "Hundreds of Pakistani students protested in Lahore on Monday "
            "after their leader was arrested by Indian police.",
            "PAK",
        ),
    ],
)
def test_a_protest_keeps_its_recipient_without_another_countrys_act(pipeline: Any, text: str, target: str) -> None:
    ev = _coded(pipeline, text, "14")
    assert country_set(ev.recipient) == {target}, (ev.cameo, ev.recipient, ev.reasons)


@pytest.mark.model
def test_protesters_of_no_country_are_not_given_the_provokers(pipeline: Any) -> None:  # trap
    text = "Rioters set fire to shops in Noumea on Tuesday, a day after France announced a new voting law."
    ev = _coded(pipeline, text, "14")
    assert "FRA" not in country_set(ev.actor), (ev.actor, ev.reasons)
