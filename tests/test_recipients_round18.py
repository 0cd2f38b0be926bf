"""Whom an event is aimed at, twelfth session (issues 11 and 12): a judgement, welcome or acceptance
of an accord or talks told before, named by a definite noun ("welcomed the agreement", "denounced
the pact"), is aimed at the parties of that accord (code/joint.accord_judged). Every text is
written for this test (none taken from a gold or blind set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events, country_set, last_event_on
from newsevents.records import Event

pytestmark = pytest.mark.model

PUB = dt.date(2011, 5, 3)


def _event(pipeline: Any, text: str, trigger: str) -> Event:
    return last_event_on(pipeline, text, trigger, PUB)


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        # a welcome of the accord told in the sentence before
        (
            "Ethiopia and Eritrea signed a border agreement in Algiers on Tuesday. "
            "The European Union welcomed the agreement.",
            "welcomed",
            {"ETH", "ERI"},
        ),
        # a condemnation two paragraphs on; the judge's own country is left out
        (
            "Kenya's government and Somali rebels struck a deal on Monday.\n\n"
            "Fighting continued near the border. Egypt denounced the deal as a threat to the region.",
            "denounced",
            {"KEN", "SOM"},
        ),
        # talks told before, welcomed
        (
            "Indian and Pakistani leaders met in Lahore on Sunday. China praised the talks.",
            "praised",
            {"IND", "PAK"},
        ),
    ],
)
def test_a_judged_accord_is_aimed_at_its_parties(pipeline: Any, text: str, trigger: str, countries: set[str]) -> None:
    e = _event(pipeline, text, trigger)
    assert country_set(e.recipient) == countries
    assert any("judged" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an indefinite noun names no accord told before
        (
            "Ethiopia and Eritrea signed a border agreement in Algiers on Tuesday. "
            "Sudan said it welcomed any agreement that brings peace.",
            "welcomed",
        ),
        # no accord or talks told before
        ("Troops clashed on the border on Monday. The European Union welcomed the agreement.", "welcomed"),
    ],
)
def test_no_accord_told_before_names_no_party(pipeline: Any, text: str, trigger: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if trigger in e.event_text]
    for e in events:
        assert not any("judged (" in r for r in e.reasons)


def _dated(pipeline: Any, text: str, dateline: str) -> list[Event]:
    from newsevents.records import Article

    return list(pipeline.code(Article(id="t", text=text, pub_date=PUB, dateline=dateline)).events)


def test_a_role_word_lent_the_dateline_is_the_actors_where_the_sentence_is_at_home(pipeline: Any) -> None:
    """A story filed from a summit abroad: a legislature addressed by a president in a sentence set
    in his own capital is his country's, not the dateline's (participants/institutions.home_institution)."""
    text = (
        "Iran and six world powers reached an interim nuclear deal on Sunday after four days of talks.\n\n"
        "In Washington, President Barack Obama said the deal was a first step, and warned Congress "
        "that he would veto any new sanctions bill."
    )
    e = next(e for e in _dated(pipeline, text, "GENEVA") if e.event_text == "warned")
    assert country_set(e.recipient) == {"USA"}


def test_a_role_word_lent_the_dateline_stays_where_the_sentence_is_not_at_home(pipeline: Any) -> None:
    """No place of the actor's country in the sentence: the army of a story filed from Kabul stays Afghan."""
    text = "The U.S. commander in Afghanistan urged the army on Tuesday to take charge of security in Helmand."
    e = next(e for e in _dated(pipeline, text, "KABUL") if e.event_text == "urged")
    assert country_set(e.recipient) == {"AFG"}


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        ("Japan imposed new sanctions on Thursday in response to North Korea's nuclear test.", "imposed", {"PRK"}),
        (
            "Russia expelled four diplomats in retaliation for Britain's expulsion of Russian envoys.",
            "expelled",
            {"GBR"},
        ),
        ("Turkey recalled its ambassador in response to France's vote on the bill.", "recalled", {"FRA"}),
    ],
)
def test_whose_act_an_event_answers_is_its_recipient(
    pipeline: Any, text: str, trigger: str, countries: set[str]
) -> None:
    """'in response to X's act', 'in retaliation for X's act' (code/responses.answered_span)."""
    e = _event(pipeline, text, trigger)
    assert country_set(e.recipient) == countries
    assert any("answers" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the actor's own act answered: no one else
        ("Iran expelled two diplomats on Monday in response to its own scientists' request.", "expelled"),
        # force is aimed where it falls, not at whose act it answers
        ("China fired missiles into the sea near Taiwan in response to Japan's statement.", "fired"),
        # no answer phrase: nothing taken from a possessive elsewhere
        ("Japan imposed new sanctions on Thursday after a meeting of China's leaders.", "imposed"),
    ],
)
def test_no_answered_party(pipeline: Any, text: str, trigger: str) -> None:
    events = [e for e in code_events(pipeline, text, PUB) if trigger in e.event_text]
    for e in events:
        assert not any("answers" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "countries"),
    [
        (
            "Ethiopian troops crossed into Eritrea on Monday and shelled the port of Assab. Oil prices rose in "
            "London. Markets in Tokyo fell. Traders said they feared a long crisis.\n\n"
            "The African Union condemned the aggression and called for talks.",
            "condemned",
            {"ETH"},
        ),
        # told five sentences on: the kind of act, not the act just before
        (
            "Iraqi tanks rolled into Kuwait on Thursday. Oil prices rose sharply in London. Markets in Tokyo "
            "fell. Traders said they feared a long crisis. Shipping insurers raised their rates.\n\n"
            "Egypt denounced what it called a war of conquest.",
            "denounced",
            {"IRQ"},
        ),
    ],
)
def test_a_war_or_aggression_judged_is_its_doers(pipeline: Any, text: str, trigger: str, countries: set[str]) -> None:
    """'condemned the aggression', 'what it called a war': kinds of act (lexicon judged_act_nouns)."""
    e = _event(pipeline, text, trigger)
    assert country_set(e.recipient) == countries


def test_a_party_judging_its_own_accord_names_no_one(pipeline: Any) -> None:
    """The signers themselves endorse the accord they reached: no recipient from the accord."""
    text = (
        "The governments of Ethiopia and Eritrea reached a border agreement in Algiers on Tuesday.\n\n"
        "The Ethiopian government endorsed the agreement on Wednesday."
    )
    e = _event(pipeline, text, "endorsed")
    assert not any("judged (" in r for r in e.reasons)
