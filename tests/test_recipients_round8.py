"""Whom an event is aimed at (issues 11 and 12, seventh session), each mechanism on texts written
for this test (none taken from a gold or blind set), with traps.

A judgement of an act named by a noun of a kind of act ("condemned the coup", "called the
takeover illegal", "condemned what it called an unprovoked attack") is aimed at whoever did the
last act of that kind told before with a word of the noun's stem, else the first act of that kind
told in the article, however many paragraphs back (code/judged.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.code.judged import ACT_NOUNS
from newsevents.code.parties import place_recipient
from newsevents.records import ActorRef, Article, Event, EventLocation

pytestmark = pytest.mark.model

PUB = dt.date(2019, 6, 14)

COUP_STORY = (
    "Army officers in Mali detained President Amadou Keita on Tuesday and said they had taken power.\n"
    "Soldiers set up roadblocks around the capital and closed the airport.\n"
    "The officers said they would organise elections within a year.\n"
    "Banks and shops stayed shut in the capital on Wednesday.\n"
    "Traffic was light and schools were closed.\n"
    "In Paris, the French foreign minister condemned the coup."
)


def _events(pipeline: Any, text: str, trigger: str) -> list[Event]:
    found = [e for e in code_events(pipeline, text, PUB) if e.event_text == trigger]
    assert found, [e.event_text for e in code_events(pipeline, text, PUB)]
    return found


def _filed(pipeline: Any, dateline: str, text: str, trigger: str) -> Event:
    """The one event at ``trigger`` of a story filed from ``dateline``."""
    events = pipeline.code(Article(id="t", text=text, pub_date=PUB, dateline=dateline)).events
    found = [e for e in events if e.event_text == trigger]
    assert len(found) == 1, [e.event_text for e in events]
    return found[0]


def test_the_act_nouns_name_plover_types() -> None:
    plover = {"COERCE", "ASSAULT", "MOBILIZE", "THREATEN", "SANCTION", "PROTEST"}
    assert ACT_NOUNS["coup"] >= {"COERCE"}
    assert all(types and types <= plover for types in ACT_NOUNS.values())


def test_a_coup_judged_paragraphs_later(pipeline: Any) -> None:
    """Five sentences on: too far for a bare definite phrase, not for a noun that names the act."""
    (e,) = _events(pipeline, COUP_STORY, "condemned")
    assert country_set(e.recipient) == {"MLI"}
    assert any("the coup judged" in r for r in e.reasons)


def test_a_phrase_that_names_no_act_is_not_judged_so(pipeline: Any) -> None:
    """Trap: "the weather" is no act; nothing told before is what it names."""
    text = COUP_STORY.replace("condemned the coup", "praised the weather")
    for e in code_events(pipeline, text, PUB):
        assert not any("judged" in r for r in e.reasons)


def test_the_act_worded_with_the_noun_s_stem_wins(pipeline: Any) -> None:
    """Two attacks told before: "the raid" is the one told with "raided", not the last one."""
    text = (
        "Rebels raided an army base in northern Chad on Monday, killing four soldiers.\n"
        "Chadian aircraft bombed rebel positions near the Sudanese border on Tuesday.\n"
        "On Wednesday, the African Union condemned the raid."
    )
    (e,) = _events(pipeline, text, "condemned")
    assert any("raided" in r and "the raid judged" in r for r in e.reasons)
    assert "TCD" in country_set(e.recipient) or not e.recipient or all("Rebels" in r.entity_text for r in e.recipient)


def test_the_judges_own_act_is_not_what_they_judge(pipeline: Any) -> None:
    """Trap: the only attack told before is the judge's own: no recipient from it."""
    text = (
        "Turkish jets struck Kurdish militant camps in northern Iraq on Monday.\n"
        "Turkey later condemned the attack on its border post."
    )
    for e in _events(pipeline, text, "condemned"):
        assert not any("judged" in r for r in e.reasons)


def test_a_modifier_noun_names_no_act(pipeline: Any) -> None:
    """Trap: "the coup leaders" are people, not the coup; the phrase names them, not an act."""
    text = (
        "Army officers in Mali detained President Amadou Keita on Tuesday and said they had taken power.\n"
        "The next day the Malian opposition praised the coup leaders."
    )
    for e in code_events(pipeline, text, PUB):
        assert not any("judged" in r for r in e.reasons)


def test_the_state_s_own_institutions_judge_a_seizure_of_power(pipeline: Any) -> None:
    """A coup is done at home by a party of the country: its prime minister judges another's act."""
    text = (
        "Army officers in Mali detained President Amadou Keita on Tuesday and said they had taken power.\n"
        "Soldiers set up roadblocks around the capital and closed the airport.\n"
        "Malian Prime Minister Boubou Cisse called the takeover illegal."
    )
    (e,) = _events(pipeline, text, "called")
    assert country_set(e.recipient) == {"MLI"}
    assert any("the takeover judged" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("A car bomb exploded outside the Italian embassy in Nairobi on Friday.", "exploded", {"ITA"}),
        ("Hundreds of students rallied outside the Japanese embassy in Seoul on Monday.", "rallied", {"JPN"}),
    ],
)
def test_whose_mission_is_told_before_the_noun(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    """The place of a mission read with its modifiers: "the Italian embassy", not "embassy"."""
    e = _filed(pipeline, "NAIROBI", text, trigger)
    assert country_set(e.recipient) == recipient


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen stormed the residence of Ambassador Paolo Bruni on Tuesday.", "stormed"),
        ("The government rejected a ruling by an international tribunal on Tuesday.", "rejected"),
    ],
)
def test_envoys_and_international_bodies_take_no_country_from_the_dateline(
    pipeline: Any, text: str, trigger: str
) -> None:
    """An envoy sits abroad and an international court is no state's: a story filed from Lima
    does not make them Peruvian."""
    e = _filed(pipeline, "LIMA", text, trigger)
    assert "PER" not in country_set(e.recipient)


def test_a_domestic_role_word_still_takes_the_dateline_s_country(pipeline: Any) -> None:
    """Trap: the police of the place a story is filed from are still its own."""
    e = _filed(pipeline, "LIMA", "Protesters clashed with police on Tuesday.", "clashed")
    assert country_set(e.recipient) == {"PER"}


def test_the_people_of_a_place_fled_are_not_the_target() -> None:
    """A flight's place is where it began: no "people of the place" recipient for flee or escape;
    another material act there keeps them (the trap)."""
    loc = EventLocation("Asuncion", "Asuncion", None, None, None, "PRY", None, None, None, "city")
    leader = ActorRef("the president", "President", "PRYGOV", "PRY", "GOV", "sector:GOV", None, 0, 13, "test")
    assert place_recipient([], loc, 2, [leader], "08", "flee") == ([], None)
    assert place_recipient([], loc, 2, [leader], "08", "escape") == ([], None)
    found, why = place_recipient([], loc, 2, [leader], "08", "lift")
    assert [r.country for r in found] == ["PRY"] and why


def test_a_leader_who_fled_the_capital_has_no_recipient(pipeline: Any) -> None:
    e = _filed(pipeline, "ASUNCION", "The president fled the palace in Asuncion on Tuesday as rebels advanced.", "fled")
    assert not e.recipient


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Armenia and Azerbaijan signed a Swiss-brokered ceasefire on Friday.", "signed"),
        ("The leaders of Chad and Niger signed a U.S.-brokered accord in Paris on Friday.", "signed"),
        ("Envoys of the two rebel groups met in Doha on Saturday for Qatari- and Turkish-mediated talks.", "met"),
    ],
)
def test_the_broker_of_a_deal_is_not_its_recipient(pipeline: Any, text: str, trigger: str) -> None:
    (e,) = _events(pipeline, text, trigger)
    assert not ({"CHE", "USA", "QAT", "TUR"} & country_set(e.recipient))


def test_a_party_before_another_hyphenated_word_is_still_one(pipeline: Any) -> None:
    """Trap: "Libyan-backed" and "U.S.-led" name a party, not a broker."""
    (e,) = _events(pipeline, "Iraqi forces attacked U.S.-led troops near Basra on Friday.", "attacked")
    assert "USA" in country_set(e.recipient)


@pytest.mark.parametrize(
    ("text", "trigger", "reactors"),
    [
        ("Iran carried out a missile test on Monday, drawing condemnation from Washington, Paris and Berlin.",
         "carried out", {"USA", "FRA", "DEU"}),
        ("Pakistan tested a nuclear-capable missile on Friday despite warnings from India and China.", "tested",
         {"IND", "CHN"}),
    ],
)  # fmt: skip
def test_whoever_reacts_to_an_act_is_not_its_recipient(pipeline: Any, text: str, trigger: str, reactors: set) -> None:
    (e,) = _events(pipeline, text, trigger)
    assert not reactors & country_set(e.recipient)


def test_a_reaction_drawn_by_a_participle_is_aimed_at_the_clause_s_subject(pipeline: Any) -> None:
    """ "X did Y, drawing condemnation from Z": Z condemned X."""
    text = "Pakistan carried out two nuclear tests on Friday, drawing condemnation from Japan and Australia."
    (e,) = [x for x in code_events(pipeline, text, PUB) if x.event == "ACCUSE"]
    assert country_set(e.actor) == {"JPN", "AUS"}
    assert country_set(e.recipient) == {"PAK"}


def test_a_party_after_from_that_is_no_reaction_is_still_a_recipient(pipeline: Any) -> None:
    """Trap: "aid from" names no reactor; "withdrew its troops from Mali" keeps Mali."""
    (e,) = _events(pipeline, "France withdrew its last troops from Mali on Monday.", "withdrew")
    assert "MLI" in country_set(e.recipient)


def test_a_reaction_to_what_it_did_in_a_reported_clause(pipeline: Any) -> None:
    """X said it did Y, drawing condemnation from Z: "it" is X, who did what Z condemned."""
    text = "Syria said it had tested a new ballistic missile, drawing condemnation from Israel and Jordan."
    (e,) = [x for x in code_events(pipeline, text, PUB) if x.event == "ACCUSE"]
    assert country_set(e.recipient) == {"SYR"}


def test_a_destination_hung_on_a_particle_is_the_recipient(pipeline: Any) -> None:
    """'handed X back to Y': the parser hangs "to Y" on "back"; Y gets what is handed, not X."""
    (e,) = _events(pipeline, "Portugal handed Macau back to China on Monday.", "handed Macau back")
    assert country_set(e.recipient) == {"CHN"}


def test_going_back_home_is_no_visit(pipeline: Any) -> None:
    """Trap: no object, so "flew back to Karachi" gains no recipient phrase (a return, not a visit)."""
    events = code_events(pipeline, "Former Prime Minister Benazir Bhutto flew back to Karachi from Dubai.", PUB)
    assert not [e for e in events if e.event == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Venezuelan President Nicolas Maduro urged his supporters to stay calm on Sunday.", "urged", {"VEN"}),
        ("Ugandan opposition leader Kizza Besigye urged his followers to boycott the vote.", "urged", {"UGA"}),
    ],
)
def test_a_leader_s_own_adherents_are_of_his_country(pipeline: Any, text: str, trigger: str, recipient: set) -> None:
    (e,) = _events(pipeline, text, trigger)
    assert country_set(e.recipient) == recipient
    assert any("people of the actor's country" in r for r in e.reasons)


def test_an_owned_noun_that_names_no_people_is_no_adherent(pipeline: Any) -> None:
    """Trap: "his resignation" is an act, not people of his country."""
    text = "Protesters in Lima demanded his resignation on Sunday."
    for e in code_events(pipeline, text, PUB):
        assert not any("people of the actor's country" in r for r in e.reasons)
