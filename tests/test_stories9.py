"""Events a story tells beyond the sentence (eighth session, issue 11: misses of whole stories): an
accord or talks told without their parties, relative clauses that tell a party's act, the object
of a relative clause without a pronoun, and the frame choices found missing in stories. Every
text is written for this test (none is taken from a gold or blind set); traps must stay as they are."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set
from newsevents.code.verbframes import VerbFrames
from newsevents.records import Event

PUB = dt.date(2011, 6, 14)  # a Tuesday


@pytest.fixture(scope="module")
def vf() -> VerbFrames:
    return VerbFrames.default()


def _events(pipeline: Any, text: str) -> list[Event]:
    return code_events(pipeline, text, PUB)


def _at(events: list[Event], trigger: str) -> list[Event]:
    return [e for e in events if e.event_text == trigger]


# --- the dictionary alone ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "context", "code"),
    [
        ("reach", ["framework"], "057"),  # an accord reached, whatever its noun
        ("unveil", ["pact", "security"], "057"),
        ("forge", ["treaty"], "057"),
        ("hammer", ["out", "accord"], "057"),
        ("mass", ["at", "square"], "141"),  # a crowd massing protests
        ("mass", ["at", "border", "armed-subject"], "154"),  # forces massing mobilise
        ("mass", ["troop", "near", "border"], "154"),
        ("mass", ["guard", "along", "border"], "154"),  # forces massed by a state
        ("promise", ["sanction", "tough"], "1312"),  # sanctions promised are threatened
        ("vow", ["sanction"], "1312"),
        ("promise", ["retaliation"], "138"),
        ("gather", ["in", "lima", "for", "summit"], "040"),  # leaders gathering for a summit meet
    ],
)
def test_families(vf: VerbFrames, lemma: str, context: list[str], code: str) -> None:
    m = vf.match(lemma, set(context))
    assert m is not None and m.code is not None and m.code.code == code, m


@pytest.mark.parametrize(
    ("lemma", "context", "code"),
    [
        ("gather", ["in", "square"], "141"),  # a crowd gathering still protests
        ("promise", ["reform"], "034"),  # a promise of reform stays an intent
        ("promise", ["aid"], "033"),
    ],
)
def test_traps_keep_their_codes(vf: VerbFrames, lemma: str, context: list[str], code: str) -> None:
    m = vf.match(lemma, set(context))
    assert m is not None and m.code is not None and m.code.code == code, m


# --- an accord told without its parties ----------------------------------------------------------


@pytest.mark.model
def test_accord_signed_without_parties_takes_the_parties_of_the_accord_told_before(pipeline: Any) -> None:
    text = (
        "Armenia and Azerbaijan initialed a peace treaty in Geneva on Monday after three weeks of talks. "
        "It was signed formally in Brussels on Friday, officials said."
    )
    signed = _at(_events(pipeline, text), "signed")
    assert signed and signed[0].event == "AGREE", _events(pipeline, text)
    assert country_set(signed[0].actor) >= {"ARM", "AZE"}
    assert any("accord told without its parties" in r for r in signed[0].reasons)


@pytest.mark.model
def test_accord_still_to_be_signed_takes_the_parties_of_the_accord_initialled(pipeline: Any) -> None:
    # storyrec28 session: rounds 8 and 16-27 give it the parties (round 2 leaves them open); before, no event
    text = (
        "Armenia and Azerbaijan initialed a peace treaty in Geneva on Monday after three weeks of talks. "
        "It is to be signed formally in Brussels next month, officials said."
    )
    signed = _at(_events(pipeline, text), "signed")
    assert signed and signed[0].modality == "future"
    assert country_set(signed[0].actor) == {"ARM", "AZE"}


@pytest.mark.model
def test_truce_agreed_without_parties_takes_the_sides_of_the_fighting(pipeline: Any) -> None:
    text = (
        "Sudanese troops attacked rebel positions in South Sudan on Friday, killing dozens. "
        "A ceasefire plan brokered by Ethiopia was agreed on Sunday."
    )
    events = _events(pipeline, text)
    agreed = _at(events, "agreed")
    assert agreed, [(e.event, e.event_text) for e in events]
    assert {"SDN", "SSD"} <= country_set(agreed[0].actor)


@pytest.mark.model
def test_accord_participle_with_its_own_place_is_told(pipeline: Any) -> None:
    text = (
        "The government of Mali and Tuareg rebels signed a peace accord on Monday. "
        "The accord, negotiated for eight months in Algiers, ends two years of fighting."
    )
    negotiated = _at(_events(pipeline, text), "negotiated")
    assert negotiated and negotiated[0].event == "CONSULT"
    assert "MLI" in country_set(negotiated[0].actor)


@pytest.mark.model
def test_accord_participle_without_place_or_time_stays_background(pipeline: Any) -> None:
    text = (
        "The government of Mali and Tuareg rebels signed a peace accord on Monday. "
        "The accord, negotiated with great care, ends two years of fighting."
    )
    assert not _at(_events(pipeline, text), "negotiated")


@pytest.mark.model
def test_no_accord_told_before_leaves_the_passive_without_an_event(pipeline: Any) -> None:
    assert not _events(pipeline, "A new treaty is to be signed in Brussels next month.")


# --- relative clauses ----------------------------------------------------------------------------


@pytest.mark.model
def test_relative_clause_with_a_pronoun_subject_tells_the_act(pipeline: Any) -> None:
    text = (
        "President Lula of Brazil spoke to the assembly for an hour on Monday. "
        "He later gave a televised address, in which he accused Paraguay of smuggling arms."
    )
    accused = _at(_events(pipeline, text), "accused")
    assert accused and accused[0].event == "ACCUSE"
    assert country_set(accused[0].actor) == {"BRA"}


@pytest.mark.model
def test_contact_relative_clause_reads_its_noun_as_the_object(pipeline: Any) -> None:
    text = "The new pact extends a framework Kenya and Tanzania reached in Arusha on March 3."
    reached = _at(_events(pipeline, text), "reached")
    assert reached and reached[0].event == "AGREE"
    assert country_set(reached[0].actor) >= {"KEN", "TZA"}


# --- frame choices ---------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "trigger"),
    [
        ("Within hours, crowds had massed at the main square in Minsk, chanting slogans.", "PROTEST", "massed"),
        ("The Canadian prime minister promised tough sanctions against the junta.", "THREATEN", "promised"),
        ("Leaders of the bloc gathered in Quito on Monday for an emergency summit.", "CONSULT", "gathered"),
        (
            'On Thursday Sarkozy called the British decision "a betrayal", saying Paris had not been told.',
            "ACCUSE",
            "called",
        ),
    ],
)
def test_coded(pipeline: Any, text: str, event: str, trigger: str) -> None:
    got = [(e.event, e.event_text) for e in _events(pipeline, text)]
    assert (event, trigger) in got


@pytest.mark.model
def test_forces_massing_still_mobilise(pipeline: Any) -> None:
    got = [(e.event, e.event_text) for e in _events(pipeline, "Russian troops massed near the Ukrainian border.")]
    assert ("MOBILIZE", "massed") in got


@pytest.mark.model
def test_a_day_before_the_subject_is_no_particle(pipeline: Any) -> None:
    got = [e.event for e in _events(pipeline, 'On Monday Merkel called the Greek plan "a mistake".')]
    assert "REQUEST" not in got


# --- dates and places told across the story -------------------------------------------------------


@pytest.mark.model
def test_the_next_day_on_the_reporting_verb_dates_the_reported_act(pipeline: Any) -> None:
    text = (
        "Ghana and Togo signed a border treaty in Accra on Thursday. "
        "Togo announced the next day that it would reopen its embassy in Accra."
    )
    reopen = [e for e in _events(pipeline, text) if e.sentence_index == 1]
    assert reopen and all(e.date == "2011-06-10" for e in reopen), [(e.event_text, e.date) for e in reopen]


@pytest.mark.model
def test_the_same_evening_is_the_day_of_the_event_before(pipeline: Any) -> None:
    text = (
        "Serbia expelled two Croatian diplomats on Saturday. Croatia expelled the Serbian ambassador the same evening."
    )
    second = [e for e in _events(pipeline, text) if e.sentence_index == 1]
    assert second and all(e.date == "2011-06-11" for e in second), [(e.event_text, e.date) for e in second]


@pytest.mark.model
def test_a_later_conjunct_does_not_share_the_first_ones_day(pipeline: Any) -> None:
    text = "The rebel leader fled to Gao on Friday and later moved to Kidal, where he told reporters he would fight on."
    events = _events(pipeline, text)
    later = [(e.event_text, e.date) for e in events if e.event_text != "fled"]
    assert all(day != "2011-06-10" for _, day in later), later


@pytest.mark.model
def test_a_pronouns_relative_clause_takes_the_day_of_its_clause(pipeline: Any) -> None:
    text = (
        "In a broadcast on Sunday, President Morales said he would reform the judiciary, "
        "which he accused of freeing drug traffickers."
    )
    accused = _at(_events(pipeline, text), "accused")
    assert accused and accused[0].date == "2011-06-12"


@pytest.mark.model
def test_the_actors_whereabouts_in_a_relative_clause_place_the_act(pipeline: Any) -> None:
    text = (
        "SEOUL, June 14 (AP) - Indian Prime Minister Manmohan Singh, who was in Tokyo for talks with "
        "Japanese leaders, called the missile test unacceptable."
    )
    called = _at(_events(pipeline, text), "called")
    assert called and called[0].event_loc is not None and called[0].event_loc.resolved_place == "Tokyo"


@pytest.mark.model
def test_an_event_of_another_year_does_not_continue_the_story_place(pipeline: Any) -> None:
    text = (
        "President de Klerk lifted the state of emergency in a speech in Pretoria on Monday. "
        "The Pan Africanist Congress was banned in 1960."
    )
    banned = _at(_events(pipeline, text), "banned")
    assert banned and banned[0].event_loc is not None
    assert banned[0].event_loc.resolved_place != "Pretoria"
    assert banned[0].event_loc.country_code == "ZAF"  # the country stays: the state's act


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param(
            "NAIROBI, June 14 (AFP) - Soldiers detained the president at his residence in Kampala on Monday. "
            "In the capital on Tuesday, thousands of protesters rallied outside the parliament.",
            "Kampala",
            id="the national capital named before",
        ),
        pytest.param(
            "NAIROBI, June 14 (AFP) - Kenyan police fired tear gas at protesters in Mombasa on Monday. "
            "In the capital on Tuesday, thousands of students rallied outside the parliament.",
            "Nairobi",
            id="no capital named before: the dateline's",
        ),
        pytest.param(
            "NAIROBI, June 14 (AFP) - The Kenyan president asked Kampala for help on Monday. "
            "In the capital on Tuesday, thousands of students rallied outside the parliament.",
            "Nairobi",
            id="a capital named as a government is no place for the capital",
        ),
    ],
)
def test_the_capital_in_a_later_sentence(pipeline: Any, text: str, place: str) -> None:
    rallied = _at(_events(pipeline, text), "rallied")
    assert rallied and rallied[0].event_loc is not None and rallied[0].event_loc.resolved_place == place


# --- event nouns ----------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event", "trigger", "country"),
    [
        ("The talks followed Syria's acceptance of the Arab League plan on Monday.", "AGREE", "acceptance", "SYR"),
        ("Turkey said it had completed a pullback of its troops on Friday.", "RETREAT", "pullback", "TUR"),
        (
            "Chilean President Pinera said after a phone call with Morales that Chile would open its border.",
            "CONSULT",
            "call",
            "CHL",
        ),
    ],
)
def test_event_nouns(pipeline: Any, text: str, event: str, trigger: str, country: str) -> None:
    found = [e for e in _events(pipeline, text) if e.event_text == trigger and e.event == event]
    assert found, [(e.event, e.event_text) for e in _events(pipeline, text)]
    assert country in country_set(found[0].actor)


@pytest.mark.model
def test_that_night_is_the_day_of_the_event_before(pipeline: Any) -> None:
    text = "Serbia expelled two Croatian diplomats on Saturday. Croatia expelled the Serbian ambassador that night."
    second = [e for e in _events(pipeline, text) if e.sentence_index == 1]
    assert second and all(e.date == "2011-06-11" for e in second), [(e.event_text, e.date) for e in second]
