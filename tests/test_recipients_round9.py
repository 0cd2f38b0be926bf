"""Whom an event is aimed at, and who did it (issues 11 and 12, eighth session), each mechanism on
texts written for this test (none taken from a gold or blind set), with traps."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.code.parties import place_recipient
from newsevents.code.rules import CodeRules
from newsevents.lexicon import sector_group
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Article, Event, EventLocation

pytestmark = pytest.mark.model

PUB = dt.date(2017, 5, 9)


def _event(pipeline: Any, text: str, trigger: str) -> Event:
    events = code_events(pipeline, text, PUB)
    found = [e for e in events if e.event_text == trigger]
    assert len(found) == 1, [(e.event_text, e.event) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Chadian troops shelled rebel positions near the border with Sudan on Monday.\n"
            "Khartoum rejected the shelling as a violation of its sovereignty.",
            "rejected",
            {"TCD"},
        ),
        (
            "Armenia imposed a blockade on the Azerbaijani exclave on Friday.\nBaku rejected the blockade.",
            "rejected",
            {"ARM"},
        ),
    ],
)
def test_a_rejection_of_an_act_told_before_is_aimed_at_its_doer(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    """A rejection (CAMEO 12) of an act named only by a definite phrase, like a condemnation."""
    e = _event(pipeline, text, trigger)
    assert e.event == "REJECT"
    assert country_set(e.recipient) == target


def test_a_rejection_with_its_own_target_keeps_it(pipeline: Any) -> None:
    """Trap: a rejection that names whom it rejects is not sent back to an act told before."""
    text = (
        "Chadian troops shelled rebel positions near the border with Sudan on Monday.\n"
        "Khartoum rejected a proposal from Egypt."
    )
    e = _event(pipeline, text, "rejected")
    assert "TCD" not in country_set(e.recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Ugandan troops crossed into eastern Congo on Tuesday and shelled two villages.\n"
            "Congo's foreign minister condemned what he called a flagrant invasion.",
            "condemned",
            {"UGA"},
        ),
        (
            "Serbian police raided the offices of an opposition newspaper in Belgrade on Friday.\n"
            "The European Union denounced what it called a raid on free speech.",
            "denounced",
            {"SRB"},
        ),
    ],
)
def test_a_judgement_of_what_someone_called_an_act(pipeline: Any, text: str, trigger: str, target: set[str]) -> None:
    """'condemned what he called an invasion': the act judged is the one the free relative names."""
    e = _event(pipeline, text, trigger)
    assert e.event == "ACCUSE"
    assert country_set(e.recipient) == target


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Turkey recognised the breakaway republic on Monday.\nCyprus condemned the move as illegal.",
            "condemned",
            {"TUR"},
        ),
        (
            "Morocco granted asylum to the rebel leader on Thursday.\n"
            "The talks were postponed.\n"
            "Algeria denounced the decision as hostile.",
            "denounced",
            {"MAR"},
        ),
    ],
)
def test_a_judgement_of_the_move_is_aimed_at_who_made_it(
    pipeline: Any, text: str, trigger: str, target: set[str]
) -> None:
    """'condemned the move', 'denounced the decision': the last act of any kind told just before."""
    e = _event(pipeline, text, trigger)
    assert country_set(e.recipient) == target


def test_a_move_made_long_before_is_not_judged(pipeline: Any) -> None:
    """Trap: a generic act noun reaches back three sentences at most, as a bare definite phrase does."""
    text = (
        "Turkey recognised the breakaway republic on Monday.\n"
        "Markets were calm in Istanbul.\n"
        "Shops opened late in the capital.\n"
        "Traffic was light on the coast.\n"
        "Schools stayed open.\n"
        "Cyprus condemned the move as illegal."
    )
    e = _event(pipeline, text, "condemned")
    assert "TUR" not in country_set(e.recipient)


def test_material_cooperation_is_not_aimed_at_its_venue(pipeline: Any) -> None:
    """'joined the alliance in Washington': the place where parties cooperate is no party."""
    e = _event(
        pipeline, "Montenegro restored full diplomatic relations with Kosovo on Monday at talks in Vienna.", "restored"
    )
    assert e.event == "COOPERATE"
    assert "AUT" not in country_set(e.recipient)


def test_a_material_act_with_no_target_still_hits_the_people_of_its_place() -> None:
    """Trap: the fallback stays for conflict (quad class 4): 'troops opened fire in Mogadishu'."""
    loc = EventLocation("Mogadishu", "Mogadishu", None, 2.04, 45.34, "SOM", None, "P", "PPLC", "city")
    out, why = place_recipient([], loc, 4, [], "19", "fire")
    assert [r.country for r in out] == ["SOM"] and why
    out, why = place_recipient([], loc, 2, [], "06", "join")
    assert out == [] and why is None


def _filed(pipeline: Any, dateline: str, text: str, trigger: str) -> Event:
    events = pipeline.code(Article(id="t", text=text, pub_date=PUB, dateline=dateline)).events
    found = [e for e in events if e.event_text == trigger]
    assert len(found) == 1, [e.event_text for e in events]
    return found[0]


def test_a_role_word_is_of_the_place_its_sentence_opens_with(pipeline: Any) -> None:
    """'In Lima, the foreign minister ...' in a story filed from Quito: Peru's minister, not Ecuador's."""
    text = (
        "Ecuadorean troops crossed the border into the disputed Cenepa valley on Monday.\n"
        "In Lima, the foreign minister condemned the incursion and urged Quito to withdraw."
    )
    e = _filed(pipeline, "QUITO", text, "urged")
    assert country_set(e.actor) == {"PER"}
    assert any("of the place the sentence opens with" in r for r in e.reasons)


def test_a_sentence_opening_with_a_time_keeps_the_dateline(pipeline: Any) -> None:
    """Trap: 'In March, the foreign minister ...' opens with no place: the dateline's country stays."""
    text = (
        "Ecuadorean troops crossed the border into the disputed Cenepa valley on Monday.\n"
        "In March, the foreign minister urged Peru to withdraw its forces."
    )
    e = _filed(pipeline, "QUITO", text, "urged")
    assert country_set(e.actor) == {"ECU"}


def test_militants_in_a_story_about_the_dateline_country_are_of_it(pipeline: Any) -> None:
    """'BISHKEK - ... militants stormed ...': unnamed militants in a story about Kyrgyzstan, in a
    sentence naming no other country, are Kyrgyz, as unnamed troops would be."""
    text = (
        "Kyrgyzstan's president declared a curfew in the southern city of Osh on Friday.\n"
        "Overnight, militants stormed the regional police headquarters and seized weapons."
    )
    e = _filed(pipeline, "BISHKEK", text, "stormed")
    assert country_set(e.actor) == {"KGZ"}


def test_militants_in_a_sentence_naming_another_country_get_none(pipeline: Any) -> None:
    """Trap: a sentence that names another country may tell of foreign militants."""
    text = (
        "Kyrgyzstan's president declared a curfew in the southern city of Osh on Friday.\n"
        "Overnight, militants who crossed from Tajikistan stormed a border post."
    )
    e = _filed(pipeline, "BISHKEK", text, "stormed")
    assert "KGZ" not in country_set(e.actor)


def test_gunmen_of_no_known_side_get_no_country(pipeline: Any) -> None:
    """Trap: gunmen (UAF) are not lent the dateline's country: they are often of no known side."""
    text = (
        "Kyrgyzstan's president declared a curfew in the southern city of Osh on Friday.\n"
        "Overnight, gunmen stormed the regional police headquarters and seized weapons."
    )
    e = _filed(pipeline, "BISHKEK", text, "stormed")
    assert "KGZ" not in country_set(e.actor)


def test_the_armed_sector_group() -> None:
    assert "REB" in sector_group("armed") and "UAF" not in sector_group("armed")
    assert not sector_group("armed") & sector_group("state")


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Germany, Turkey's biggest trading partner, suspended arms exports on Friday.", "suspended", {"DEU"}),
        ("Iran, Syria's closest ally, condemned the air strikes on Damascus.", "condemned", {"IRN"}),
        (
            "The governments of Norway and Sweden, Ethiopia's largest aid donors, condemned the coup on Monday.",
            "condemned",
            {"NOR", "SWE"},
        ),
    ],
)
def test_the_possessor_of_a_relation_in_apposition_is_no_actor(
    pipeline: Any, text: str, trigger: str, actor: set[str]
) -> None:
    """'X, Y's largest donor, froze aid': the apposition says who X is to Y; Y did nothing."""
    e = _event(pipeline, text, trigger)
    assert country_set(e.actor) == actor


def test_an_office_in_apposition_still_names_the_country(pipeline: Any) -> None:
    """Trap: 'Zola Mbeki, Lesotho's foreign minister,': an office, not a relation, is kept."""
    e = _event(pipeline, "Zola Mbeki, Lesotho's foreign minister, condemned the raid on Maseru.", "condemned")
    assert country_set(e.actor) == {"LSO"}


def test_a_dateline_city_that_is_no_capital_gives_the_actors_country(pipeline: Any) -> None:
    """'KARACHI - Police fired tear gas ...': the gazetteer's country of a dateline's city (not a
    capital, not a country's name) is lent to the actors' role words, as a capital's country is."""
    text = "Opposition supporters marched on Sunday.\nPolice fired tear gas at the marchers outside the court."
    e = _filed(pipeline, "KARACHI", text, "fired")
    assert country_set(e.actor) == {"PAK"}
    assert any("from the dateline" in r for r in e.reasons)


def test_a_dateline_city_lends_no_country_to_a_recipients_role_word() -> None:
    """Trap: the city's country is for actors only (a phrase read with its sentence); whom an act
    is aimed at comes from the act (people acted on by their own state, the event's place)."""
    ref = ActorRef("police", None, "COP", None, "COP", "sector:COP", None, 0, 6, "sector word 'police' alone")
    reader = ActorReader("police", lambda words, day: [ref], CodeRules.load())
    disc = Discourse(city_country="PAK")
    assert [r.country for r in reader.span((0, 6), None, disc, sentence=0)] == ["PAK"]
    assert [r.country for r in reader.span((0, 6), None, disc)] == [None]
    assert [r.country for r in reader.span((0, 6), None, Discourse(home_country="PAK"))] == ["PAK"]
