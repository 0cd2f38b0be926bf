"""Vocabulary and frame choice of the seventh session (issue 11: missed vocabulary, frames of another
type coded), each on sentences written for this test (none taken from a gold or blind set), with traps
that must stay as they are."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, types_triggers
from newsevents.code.verbframes import VerbFrames
from newsevents.records import Article, Event

PUB = dt.date(2016, 5, 11)


@pytest.fixture(scope="module")
def vf() -> VerbFrames:
    return VerbFrames.default()


_types = partial(types_triggers, pub_date=PUB)


# --- the dictionary alone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "context", "code"),
    [
        ("join", ["nato"], "062"),  # a military alliance joined
        ("join", ["union", "european"], "060"),  # a bloc joined
        ("join", ["organization", "trade"], "060"),
        ("join", ["exercise", "military"], "062"),
        ("become", ["member"], "060"),
        ("leave", ["country"], "0874"),  # a leader or forces leave the country
        ("leave", ["airport", "kabul"], "0874"),
        ("call", ["for", "strike", "general"], "020"),  # a call for a strike asks others to strike
        ("call", ["on", "worker", "stage", "strike"], "020"),
        ("end", ["day", "of", "talk", "in", "geneva"], "040"),  # talks held and ended
        ("slap", ["embargo", "arm", "on"], "163"),
        ("admit", [], "080"),  # an admission concedes
        ("acknowledge", ["responsibility"], "080"),
        ("deny", ["involvement"], "016"),
    ],
)
def test_new_families(vf: VerbFrames, lemma: str, context: list[str], code: str) -> None:
    m = vf.match(lemma, set(context))
    assert m is not None and m.code is not None and m.code.code == code, m


@pytest.mark.parametrize(
    ("lemma", "context", "code"),
    [
        ("leave", ["country", "for", "talk"], None),  # travel, not a retreat
        ("leave", ["country", "debt"], None),  # "left the country deeply in debt"
        ("call", ["off", "strike", "on", "iran"], "082"),  # strikes called off
        ("call", ["strike", "general"], "143"),  # a union's own strike
        ("end", ["talk"], "164"),  # talks ended alone are halted
        ("claim", ["responsibility"], "015"),  # a claim for an attack stays a statement
        ("slap", [], "182"),
        ("flee", ["country"], "0874"),  # a leader fleeing the country: RETREAT, as rounds 6-20 code it
    ],
)
def test_traps_keep_their_codes(vf: VerbFrames, lemma: str, context: list[str], code: str | None) -> None:
    m = vf.match(lemma, set(context))
    got = m.code.code if m is not None and m.code is not None else None
    assert got == code, m


def test_crosswalk_of_denial_and_admission(vf: VerbFrames) -> None:
    assert vf.code("016").plover == "REJECT"  # a denial rejects the charge (every blind round)
    assert vf.code("015").plover is None  # claiming responsibility: no PLOVER event
    assert vf.code("080").plover == "CONCEDE"


# --- coded sentences --------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("Montenegro formally joined NATO on Monday.", "COOPERATE", "joined"),
        ("Croatia joined the European Union in July.", "COOPERATE", "joined"),
        ("Uzbekistan became a full member of the World Trade Organisation on Friday.", "COOPERATE", "became"),
        ("The deposed Guinean president left the country on Sunday.", "RETREAT", "left"),
        ("The last French military planes left Bamako airport on Monday.", "RETREAT", "left"),
        ("The opposition leader called for a general strike on Monday.", "REQUEST", "called"),
        ("The Armenian and Azeri foreign ministers ended two days of talks in Vienna on Friday.", "CONSULT", "ended"),
        ("The United States slapped an arms embargo on the Sudanese junta.", "SANCTION", "slapped"),
        ("The Kremlin denied any involvement in the poisoning.", "REJECT", "denied"),
        (
            "The Dutch government admitted on Sunday that its soldiers had failed to protect the town.",
            "CONCEDE",
            "admitted",
        ),
        ("Tokyo deeply regretted the Chinese nuclear tests.", "ACCUSE", "regretted"),
    ],
)
def test_coded(pipeline: Any, text: str, event: str, trigger: str) -> None:
    assert (event, trigger) in _types(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of refugees left the country last week.",  # civilians leaving: no political act
        "The Kenyan minister left the country for talks in Paris.",
        "Falling oil revenues have left the government deeply in debt.",
    ],
)
def test_no_retreat(pipeline: Any, text: str) -> None:
    assert "RETREAT" not in [e for e, _ in _types(pipeline, text)]


@pytest.mark.model
def test_strikes_called_off_are_no_request(pipeline: Any) -> None:
    got = _types(pipeline, "The prime minister said she had called off planned air strikes on Syria.")
    assert "REQUEST" not in [e for e, _ in got]


# --- aid offered, pledged or readied is aid ----------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Norway offered humanitarian aid to the flood victims on Monday.", "offered"),
        ("Britain offered logistical help to the French mission.", "offered"),
        ("President Biden pledged a further $800 million in military aid during a visit to Warsaw.", "pledged"),
    ],
)
def test_aid_offered_is_aid(pipeline: Any, text: str, trigger: str) -> None:
    assert ("AID", trigger) in _types(pipeline, text)


@pytest.mark.model
def test_aid_agreed_stays_an_agreement(pipeline: Any) -> None:
    got = _types(pipeline, "The two countries agreed to provide aid to the refugees.")
    assert [e for e, _ in got] == ["AGREE"]


# --- acts and claims named with a word of condemnation ---------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ('The opposition leader called the move "extra-constitutional".', "ACCUSE"),  # a hyphenated label
        ("The foreign minister called the decree unconstitutional.", "ACCUSE"),  # the object swallowed
        ('Athens called the bailout "nothing more than a surrender".', "ACCUSE"),  # a pronoun phrase
        ("Beijing called the report a fabrication.", "REJECT"),  # a claim named: rebutted
        ("The ministry called the allegations baseless.", "REJECT"),
    ],
)
def test_labels(pipeline: Any, text: str, event: str) -> None:
    assert [e for e, _ in _types(pipeline, text)] == [event]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The minister called the visit a success.",  # no word of condemnation
        "The leader called for calm.",  # no label
        "The envoy called the talks constructive.",
    ],
)
def test_no_label(pipeline: Any, text: str) -> None:
    assert "ACCUSE" not in [e for e, _ in _types(pipeline, text)]
    assert "REJECT" not in [e for e, _ in _types(pipeline, text)]


# --- a vow not to do an act ---------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Taliban vowed never to hand over the Saudi militant.", "REJECT"),  # a refusal
        ("The junta pledged not to release the opposition leader.", "REJECT"),
        ("The rebels vowed not to attack civilians.", "AGREE"),  # a promise of restraint, no threat
        ("The rebels vowed to attack the capital.", "THREATEN"),
    ],
)
def test_vows_not_to_act(pipeline: Any, text: str, event: str) -> None:
    assert [e for e, _ in _types(pipeline, text)] == [event]


# --- recipients of the new events ---------------------------------------------------------------------


@pytest.mark.model
def test_a_denial_answers_the_accuser_told_before(pipeline: Any) -> None:
    text = "Kyiv accused Russian troops of shelling a hospital in Kharkiv on Monday. Moscow denied any involvement."
    denial = [e for e in code_events(pipeline, text, PUB) if e.event_text == "denied"]
    assert len(denial) == 1 and denial[0].event == "REJECT"
    assert {r.country for r in denial[0].recipient} == {"UKR"}


@pytest.mark.model
def test_a_denial_with_no_accusation_has_no_recipient(pipeline: Any) -> None:
    text = "Kyiv praised the Polish government on Monday. Moscow denied any involvement."
    denial = [e for e in code_events(pipeline, text, PUB) if e.event_text == "denied"]
    assert len(denial) == 1 and denial[0].recipient == ()


@pytest.mark.model
def test_a_leader_leaving_the_country_has_no_recipient(pipeline: Any) -> None:
    text = "Rebels entered Monrovia on Sunday and President Charles Taylor left the country."
    left = [e for e in code_events(pipeline, text, dt.date(2003, 8, 10)) if e.event_text == "left"]
    assert len(left) == 1 and left[0].event == "RETREAT"
    assert left[0].recipient == ()


@pytest.mark.model
def test_troops_leaving_another_country_keep_it_as_recipient(pipeline: Any) -> None:
    text = "The last Cuban soldiers left Angola on Friday."
    left = [e for e in code_events(pipeline, text, dt.date(1991, 5, 25)) if e.event_text == "left"]
    assert len(left) == 1 and left[0].event == "RETREAT"
    assert "AGO" in {r.country for r in left[0].recipient}


def _aid(pipeline: Any, dateline: str, body: str) -> list[Event]:
    art = Article(id="t", text=body, pub_date=dt.date(2010, 6, 17), dateline=dateline)
    return [e for e in pipeline.code(art).events if e.event == "AID"]


@pytest.mark.model
def test_aid_to_no_one_named_goes_to_the_dateline_country(pipeline: Any) -> None:
    aid = _aid(pipeline, "BISHKEK", "Moscow offered humanitarian aid on Friday.")
    assert len(aid) == 1 and {r.country for r in aid[0].recipient} == {"KGZ"}


@pytest.mark.model
def test_aid_at_home_or_named_keeps_its_recipient(pipeline: Any) -> None:
    aid = _aid(pipeline, "MOSCOW", "Moscow offered humanitarian aid on Friday.")
    assert len(aid) == 1 and aid[0].recipient == ()  # the giver's own dateline: no one named
    aid = _aid(pipeline, "BISHKEK", "Tokyo offered humanitarian aid to Pakistan.")
    assert len(aid) == 1 and {r.country for r in aid[0].recipient} == {"PAK"}


@pytest.mark.model
def test_an_admission_is_not_aimed_at_the_admitters_own_people(pipeline: Any) -> None:
    text = "Defence Secretary Michael Fallon admitted on Friday that British commandos had raided the compound."
    got = [e for e in code_events(pipeline, text, dt.date(2016, 5, 11)) if e.event_text == "admitted"]
    assert len(got) == 1 and got[0].event == "CONCEDE"
    assert "GBR" not in {r.country for r in got[0].recipient}


@pytest.mark.model
def test_teams_meeting_in_a_final_is_no_meeting(pipeline: Any) -> None:
    assert _types(pipeline, "Brazil met Germany in the final of the World Cup in Yokohama on Sunday.") == []
    assert ("CONSULT", "met") in _types(pipeline, "The Brazilian and German presidents met in Berlin on Sunday.")
