"""Whom an event is aimed at, fourteenth session (issues 11 and 12): an approval of an act told
before ("welcomed the release", "backed the withdrawal", "praised the decision") is aimed at whoever
did it (code/judged.py, approving_roots and lexicon approved_act_nouns); a judgement by "it" or
"this" of the act the sentence before told ("... condemned it"); a refusal that names no one
answers whoever asked it of the refuser (code/answers.demander_before). Every text is written for
this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, last_event_on
from newsevents.records import Event

pytestmark = pytest.mark.model

PUB = dt.date(2012, 4, 17)


def _event(pipeline: Any, text: str, trigger: str) -> Event:
    return last_event_on(pipeline, text, trigger, PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # an approved act of the kind its noun names, told in the sentence before
        (
            "Myanmar's military government freed the opposition leader on Monday after six years of house "
            "arrest. In Washington, the State Department welcomed the release.",
            "welcomed",
            {"MMR"},
        ),
        # a withdrawal backed
        (
            "Russia began withdrawing its troops from Syria on Friday. Turkey backed the withdrawal.",
            "backed",
            {"RUS"},
        ),
        # "the decision": the act told before, not the statement told between
        (
            "Myanmar's military government freed the opposition leader on Monday after six years of house "
            "arrest. In Washington, the State Department urged further reforms. Japan praised the decision.",
            "praised",
            {"MMR"},
        ),
    ],
)
def test_an_approved_act_is_aimed_at_its_doer(pipeline: Any, text: str, trigger: str, countries: set[str]) -> None:
    e = _event(pipeline, text, trigger)
    assert country_set(e.recipient) == countries


def test_it_judged_is_the_act_of_the_sentence_before(pipeline: Any) -> None:
    text = (
        "Russia formally recognised the two breakaway regions of Georgia as independent states on "
        "Tuesday. In Paris, the French president condemned it."
    )
    e = _event(pipeline, text, "condemned")
    assert country_set(e.recipient) == {"RUS"}


def test_a_judgement_of_it_names_no_one_when_its_own_country_did_it(pipeline: Any) -> None:
    text = "Canada closed its embassy in Tehran on Friday. The Canadian opposition praised it."
    e = _event(pipeline, text, "praised")
    assert not any("the sentence before" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # an ultimatum refused
        (
            "President Bush gave the Iraqi leader 48 hours to leave the country or face war. Saddam refused.",
            "refused",
            {"USA"},
        ),
        # a demand refused in the next sentence
        (
            "The Kenyan government demanded that Somalia hand over the suspects. Mogadishu refused, saying "
            "there was no evidence.",
            "refused",
            {"KEN"},
        ),
    ],
)
def test_a_refusal_answers_who_asked_it(pipeline: Any, text: str, trigger: str, countries: set[str]) -> None:
    e = _event(pipeline, text, trigger)
    assert country_set(e.recipient) == countries


def test_a_refusal_of_nothing_asked_names_no_one(pipeline: Any) -> None:
    text = "Chile's president visited Lima on Monday. Bolivia refused to attend the summit."
    e = _event(pipeline, text, "refuse")
    assert not any("asked it of the refuser" in r for r in e.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Meeting in Brussels on Monday, European Union foreign ministers imposed sanctions.",
        "At an emergency summit in Cairo on Sunday, Arab leaders imposed sanctions.",
    ],
)
def test_where_the_parties_met_is_not_whom_a_sanction_hits(pipeline: Any, text: str) -> None:
    e = _event(pipeline, text, "imposed")
    assert not any("people of the event's place" in r for r in e.reasons)
    assert country_set(e.recipient) - {None} == set()


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Opposition leader Raila Odinga called on Kenyans to stage a general strike on Monday.", {"KEN"}),
        ("The opposition leader called on Zimbabweans to stay at home on Tuesday.", {"ZWE"}),
    ],
)
def test_the_object_of_a_particle_is_addressed(pipeline: Any, text: str, countries: set[str]) -> None:
    e = next(e for e in code_events(pipeline, text, PUB) if e.event == "REQUEST")
    assert country_set(e.recipient) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Syrian soldiers shot and killed a Turkish border guard near Kilis on Monday.", {"TUR"}),
        ("Russian police detained and deported two Ukrainian journalists on Friday.", {"UKR"}),
    ],
)
def test_a_shared_object_of_coordinated_verbs(pipeline: Any, text: str, countries: set[str]) -> None:
    e = code_events(pipeline, text, PUB)[0]
    assert country_set(e.recipient) == countries


@pytest.mark.parametrize(
    "text",
    [
        # a demand at home refused: the refuser's own country asked it
        "The army chief demanded that the prime minister resign. The prime minister of Fiji refused to resign.",
        # a thing judged, not what was asked
        "Washington urged Serbia to accept the plan. Serbian leaders rejected parts of the map.",
    ],
)
def test_a_refusal_of_no_foreign_demand_names_no_asker(pipeline: Any, text: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if e.event == "REJECT"]
    assert events
    assert not any("asked it of the refuser" in r for e in events for r in e.reasons)


def test_a_signing_is_no_approval(pipeline: Any) -> None:
    text = "France lost a submarine contract on Tuesday. Australia and Britain unveiled the pact on Wednesday."
    e = _event(pipeline, text, "unveiled")
    assert "FRA" not in country_set(e.recipient)


def test_an_approval_of_an_unnamed_kind_of_act_is_not_the_last_conflict(pipeline: Any) -> None:
    text = (
        "French jets bombed rebel positions in northern Mali on Sunday. "
        "In a video, the rebel leader praised the kidnappings and vowed to fight on."
    )
    e = _event(pipeline, text, "praised")
    assert "FRA" not in country_set(e.recipient)


def test_praise_of_attacks_is_not_of_the_strikes_told_last(pipeline: Any) -> None:
    text = (
        "American and British jets struck militant camps on Sunday. "
        "In a video, the militant leader praised the attacks on the embassies."
    )
    e = _event(pipeline, text, "praised")
    assert not {"USA", "GBR"} & country_set(e.recipient)
