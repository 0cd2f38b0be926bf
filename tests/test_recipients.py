"""Whom an event is aimed at (issues 11 and 12, fourth session), each mechanism on sentences
written for this test (none taken from a gold or blind set): object pronouns and possessives
that refer to a person named before, a bare surname as a recipient, and transfers whose
recipient is where the thing or person goes."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event

pytestmark = pytest.mark.model


PUB = dt.date(2011, 3, 9)


_code = partial(code_events, pub_date=PUB)
_one = partial(one_event, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # "him" is not its clause's subject: the person named before
        (
            "Peruvian President Alan Garcia resigned on Monday after the army chief called on him to step down.",
            "called",
            "PER",
        ),
        (
            "Egyptian President Hosni Mubarak stepped down last Thursday. The UAE has offered him asylum.",
            "offered",
            "EGY",
        ),
        # no person named as an actor: the last person named at all
        (
            "Thousands marched against Tunisian President Zine El Abidine Ben Ali. "
            "The unions demanded his resignation.",
            "demanded",
            "TUN",
        ),
    ],
)
def test_an_object_pronoun_is_the_person_named_before(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == {country}
    assert any("the last person named before" in r for r in e.reasons)


def test_his_is_the_actors_own_when_the_actor_is_a_person(pipeline: Any) -> None:
    text = "Soldiers seized the palace in Caracas on Friday. Mendoza announced his resignation that night."
    events = [e for e in _code(pipeline, text) if e.event_text == "announced"]
    assert all(not any("the last person named" in r for r in e.reasons) for e in events)


def test_a_bare_surname_recipient_is_the_person_named_before(pipeline: Any) -> None:
    text = (
        "Georgian President Eduard Shevardnadze claimed victory on Monday. "
        "Russian President Boris Yeltsin congratulated Shevardnadze on the result."
    )
    e = _one(pipeline, text, "congratulated")
    assert country_set(e.recipient) == {"GEO"}


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        ("Colombia extradited a Mexican drug lord to the United States.", "extradited", {"USA"}),
        ("Thailand extradited a suspected Russian arms dealer to Spain on Tuesday.", "extradited", {"ESP"}),
        ("Brazil sent army engineers and relief supplies to Haiti and Cuba.", "sent", {"HTI", "CUB"}),
        # a tribunal has no country: none taken from the person handed over
        ("Croatia extradited the former Serb commander to the U.N. tribunal.", "extradited", {None}),
    ],
)
def test_a_transfer_is_aimed_at_where_it_goes(pipeline: Any, text: str, trigger: str, countries: set[str]) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == countries


def test_without_a_destination_the_object_is_still_the_recipient(pipeline: Any) -> None:
    e = _one(pipeline, "Ecuador extradited a Peruvian army officer on Friday.", "extradited")
    assert country_set(e.recipient) == {"PER"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("President Emmanuel Macron pulled France out of the defence pact with Mali on Thursday.", "pulled"),
        ("The Philippine defence minister warned that the Philippines would strike the rebel camps.", "warned"),
    ],
)
def test_a_state_naming_itself_is_no_recipient(pipeline: Any, text: str, trigger: str) -> None:
    e = _one(pipeline, text, trigger)
    assert not any(r.country == e.actor[0].country for r in e.recipient)


def test_rebels_naming_their_own_state_keep_it_as_recipient(pipeline: Any) -> None:
    e = _one(pipeline, "FARC rebels accused Colombia of breaking the ceasefire.", "accused")
    assert country_set(e.actor) == {"COL"}
    assert country_set(e.recipient) == {"COL"}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        (
            "Rioters burned the town hall in Noumea on Monday in protest against France's voting reform.",
            "burned",
            "FRA",
        ),
        (
            "Students marched through Dhaka in protest against the Indian government's water policy.",
            "marched",
            "IND",
        ),
    ],
)
def test_in_protest_against_names_the_target(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == {country}


def test_a_country_inside_the_protested_thing_is_not_the_target(pipeline: Any) -> None:
    text = "Students rioted in Tallinn in protest against the relocation of a Soviet soldier statue."
    events = [e for e in _code(pipeline, text) if e.event_text == "rioted"]
    assert all("RUS" not in country_set(e.recipient) for e in events)


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "A Turkish drone strike killed a senior Syrian general near Aleppo on Monday, "
            "and Syria's president vowed revenge.",
            "TUR",
        ),
        (
            "Pakistani jets bombed militant camps in Afghanistan on Sunday. "
            "The Taliban government warned of severe consequences.",
            "PAK",
        ),
    ],
)
def test_a_threat_naming_no_one_is_aimed_at_who_attacked_the_threatener(
    pipeline: Any, text: str, attacker: str
) -> None:
    threats = [e for e in _code(pipeline, text) if e.event == "THREATEN"]
    assert len(threats) == 1
    assert country_set(threats[0].recipient) == {attacker}


def test_a_threat_after_an_attack_on_someone_else_stays_without_recipient(pipeline: Any) -> None:
    text = "Russian jets bombed rebel positions in Syria on Monday, and Japan's prime minister warned of consequences."
    threats = [e for e in _code(pipeline, text) if e.event == "THREATEN"]
    assert all("RUS" not in country_set(e.recipient) for e in threats)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Deposed Kyrgyz President Kurmanbek Bakiyev fled to Belarus on Thursday.", "fled"),
        ("Ousted Malagasy President Marc Ravalomanana fled the country on Tuesday.", "fled"),
    ],
)
def test_where_someone_fled_is_no_recipient(pipeline: Any, text: str, trigger: str) -> None:
    events = [e for e in _code(pipeline, text) if e.event_text == trigger]
    assert events
    assert all(e.recipient == () for e in events)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # an embassy or envoy names the state that sends it
        ("Turkey cut ties with Iraq after protesters stormed its embassy in Baghdad.", "stormed", "TUR"),
        ("Japan summoned China's ambassador on Sunday.", "summoned", "CHN"),
        ("Hundreds of protesters rallied outside the French embassy in Bamako.", "rallied", "FRA"),
        # a state acting on its own mission acts toward the host
        ("President Daniel Ortega closed Nicaragua's embassy in Taipei on Monday.", "closed", "TWN"),
        ("India recalled its high commissioner from Dhaka on Friday.", "recalled", "BGD"),
    ],
)
def test_an_embassy_is_its_states(pipeline: Any, text: str, trigger: str, country: str) -> None:
    e = _one(pipeline, text, trigger)
    assert country_set(e.recipient) == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The Indian defence minister warned that India would strike the camps if Pakistan sheltered the gunmen.",
            "PAK",
        ),
        ("Kenya's teachers union threatened a national strike unless the government raises salaries.", "KEN"),
        ("Chinese President Xi Jinping warned on Monday that Taiwan would face severe consequences.", "TWN"),
    ],
)
def test_a_threat_is_aimed_at_its_condition_or_warning(pipeline: Any, text: str, country: str) -> None:
    threats = [e for e in _code(pipeline, text) if e.event == "THREATEN"]
    assert len(threats) == 1
    assert country_set(threats[0].recipient) == {country}


def test_the_addressee_of_a_warning_comes_before_its_clause(pipeline: Any) -> None:
    text = "President Joe Biden warned Russia on Friday that any attack on Poland would be met with force."
    threats = [e for e in _code(pipeline, text) if e.event == "THREATEN"]
    assert len(threats) == 1
    assert country_set(threats[0].recipient) == {"RUS"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Chinese President Hu Jintao arrived in Havana on Monday for a three-day visit.", "CUB"),
        # the visitor's own country named in the clause is not whom it visits
        (
            "Indian Prime Minister Narendra Modi arrived in Kabul on Friday on the first visit by an Indian leader.",
            "AFG",
        ),
    ],
)
def test_a_visit_is_to_the_state_where_it_arrives(pipeline: Any, text: str, country: str) -> None:
    e = _one(pipeline, text, "arrived")
    assert e.cameo == "042"
    assert country_set(e.recipient) == {country}


def test_what_someone_is_accused_of_names_no_recipient(pipeline: Any) -> None:
    text = "Kyiv accused Russian-backed rebels of downing a Dutch passenger plane over the Donbas."
    e = _one(pipeline, text, "accused")
    assert "NLD" not in country_set(e.recipient)
    e = _one(pipeline, "Kenya's government accused Somali militants of kidnapping two Spanish aid workers.", "accused")
    assert country_set(e.recipient) == {"SOM"}


def test_people_hit_take_the_country_the_sentence_places_the_event_in(pipeline: Any) -> None:
    e = _one(pipeline, "A suicide bomb attack on a crowded market in Peshawar killed 40 people on Friday.", "killed")
    assert country_set(e.recipient) == {"PAK"}
