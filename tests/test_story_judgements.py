"""Whole stories (issue 11, rounds 6 and 7 analysed): judgements and warnings reported by a speech
verb, counted crowds and factions as actors, "be to", regretting another's act and the act a
definite phrase names, a person named again taking the date that named them, a site in a town
named in the possessive. Every sentence is written for these tests (none taken from a gold set)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import pytest

from coding import code_events, country_set, one_event, phrase_one
from newsevents.records import Article

pytestmark = pytest.mark.model

PUB = dt.date(2011, 3, 9)


_code = partial(code_events, pub_date=PUB)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Canada's foreign minister said the storming of the parliament in Lome was unacceptable.", "CAN"),
        ("The Kenyan government said the shelling of the border town was a violation of its sovereignty.", "KEN"),
        ("Sweden's prime minister said the arrest of the two journalists was illegal.", "SWE"),
    ],
)
def test_a_reported_copula_with_a_word_of_condemnation_is_a_criticism(pipeline: Any, text: str, actor: str) -> None:
    e = one_event(pipeline, text, "said", PUB)
    assert e.event == "ACCUSE" and e.cameo == "111"
    assert actor in country_set(e.actor)
    assert any("an act judged with a word of condemnation" in r for r in e.reasons)


def test_a_decision_so_judged_is_rejected(pipeline: Any) -> None:
    e = one_event(pipeline, "Ghana's foreign ministry said the court's ruling was unacceptable.", "said", PUB)
    assert e.event == "REJECT" and e.cameo == "120"
    assert any("a decision judged" in r for r in e.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Sweden's prime minister said the arrest of the two journalists was not illegal.",  # negated
        "Sweden's prime minister said the talks in Oslo were a success.",  # no word of condemnation
    ],
)
def test_no_criticism_without_a_condemning_predicate(pipeline: Any, text: str) -> None:
    assert not [e for e in _code(pipeline, text) if e.event in {"ACCUSE", "REJECT"}]


def test_the_victim_of_a_coup_accuses_who_did_it(pipeline: Any) -> None:
    text = (
        "CAIRO (Reuters) - The army removed President Mohamed Morsi on Wednesday. "
        "In a recorded message, Morsi said he had been the victim of a coup."
    )
    e = one_event(pipeline, text, "said", dt.date(2013, 7, 4))
    assert e.event == "ACCUSE"
    assert "EGY" in country_set(e.actor)


def test_a_verb_coordinated_with_the_judged_clause_is_still_coded(pipeline: Any) -> None:
    text = (
        "The Norwegian foreign minister said the seizure of the oil platform was unacceptable and urged "
        "the gunmen to release the workers."
    )
    events = {e.event_text: e.event for e in _code(pipeline, text)}
    assert events.get("said") == "ACCUSE"
    assert events.get("urged") == "REQUEST"


def test_a_gerund_object_keeps_its_label(pipeline: Any) -> None:
    e = one_event(pipeline, "Egypt's foreign minister called the bombing a cowardly crime.", "called", PUB)
    assert e.event == "ACCUSE"


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("hundreds of thousands of opposition marchers", "OPP"),
        ("a faction of the armed forces", "MIL"),
        ("tens of thousands of students", None),
    ],
)
def test_counts_and_factions_stack(kb: Any, phrase: str, sector: str | None) -> None:
    ref = phrase_one(kb, phrase, "2011-03-09")
    if sector is not None:
        assert ref.sector == sector
    assert ref.start_char > 0  # the counted people, not the count


def test_a_faction_of_the_army_acts(pipeline: Any) -> None:
    text = "ANKARA (Reuters) - A faction of the armed forces bombed the parliament building in Ankara on Friday."
    e = one_event(pipeline, text, "bombed", PUB)
    assert e.event == "ASSAULT"
    assert {r.sector for r in e.actor} == {"MIL"}


def test_he_prefers_the_person_named_as_an_actor(pipeline: Any) -> None:
    text = (
        "Raila Odinga rejected the result of the vote. "
        "He accused the electoral board of rigging the count in favour of Mwai Kibaki's party."
    )
    e = one_event(pipeline, text, "accused", PUB)
    assert any("the last person named (Raila Odinga)" in r for r in e.reasons)


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Turkey's president said Syrian government troops would pay a heavy price.", "pay", "SYR"),
        ("A Taliban spokesman said the raids would have consequences for British soldiers.", "have", "GBR"),
        ("Iran's foreign minister said Tehran would respond firmly.", "respond", None),
        ("India's defence minister said India would take all necessary measures to protect its borders.", "take", None),
    ],
)
def test_a_reported_warning_of_reprisal_is_a_threat_by_the_speaker(
    pipeline: Any, text: str, trigger: str, recipient: str | None
) -> None:
    e = one_event(pipeline, text, trigger, PUB)
    assert e.event == "THREATEN" and e.cameo == "130"
    assert e.modality == "asserted"
    assert any("a warning of reprisal by the speaker" in r for r in e.reasons)
    if recipient is not None:
        assert recipient in country_set(e.recipient)
    else:  # the speaker's own side is not the one threatened
        assert not set(country_set(e.actor)) & country_set(e.recipient) - {None}


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign minister said Tehran would respond to the letter next week.",  # a reply
        "Iran's foreign minister said Tehran would not respond.",  # negated
        "Iran's foreign minister said Tehran had paid a heavy price for the sanctions.",  # not a future act
    ],
)
def test_no_warning_without_a_future_reprisal(pipeline: Any, text: str) -> None:
    assert not [e for e in _code(pipeline, text) if e.event == "THREATEN"]


def test_be_to_lends_its_subject_and_tells_an_act_to_come(pipeline: Any) -> None:
    text = "BRUSSELS (Reuters) - NATO defence ministers were to hold emergency talks in Brussels on Friday."
    e = one_event(pipeline, text, "hold", PUB)
    assert e.event == "CONSULT" and e.modality == "future"
    assert e.actor and any("'be to'" in r for r in e.reasons)


def test_be_to_after_an_aim_names_no_actor(pipeline: Any) -> None:
    text = "Russia's president said its aim was to occupy the whole of eastern Ukraine."
    assert not [e for e in _code(pipeline, text) if e.event_text == "occupy"]


def test_an_election_commission_is_a_state_body(kb: Any) -> None:
    assert phrase_one(kb, "Kenya's electoral commission", "2007-12-30").code == "KENGOV"


def test_regretting_another_s_act_is_disapproval_and_names_who_did_it(pipeline: Any) -> None:
    text = (
        "India carried out three underground nuclear tests on Monday. "
        "China expressed concern. Japan suspended aid to New Delhi. "
        "Kofi Annan deeply regretted the tests."
    )
    e = one_event(pipeline, text, "regretted", dt.date(1998, 5, 12))
    assert e.event == "ACCUSE"
    assert country_set(e.recipient) == {"IND"}  # the tests, told three sentences before; not Japan's act
    # named by its kind of act (code/judged.judged_act) or by a word of its pattern (code/judged.named_before)
    assert any("(told before)" in r and "test" in r for r in e.reasons), e.reasons


def test_regretting_a_loss_stays_an_apology(pipeline: Any) -> None:
    e = one_event(pipeline, "Israel's army regretted the loss of civilian life in the strike.", "regretted", PUB)
    assert e.cameo == "055"


def test_a_person_named_again_takes_the_date_of_the_clause_that_named_them(pipeline: Any) -> None:
    text = (
        "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing on Monday. "
        "Human rights groups criticised the visit. "
        "Ruto urged Western governments to cancel Africa's debts."
    )
    e = one_event(pipeline, text, "urged", dt.date(2024, 6, 12))
    assert e.event == "REQUEST"
    assert e.date == "2024-06-10"


def test_a_site_after_a_town_in_the_possessive_is_in_that_town(pipeline: Any) -> None:
    coded = pipeline.code(
        Article(id="t", text="The minister landed at Kabul's Bagram airport on Monday.", pub_date=PUB)
    )
    site = next(m for m in coded.mentions if m.kind == "place" and m.text == "Bagram")
    assert site.place is not None and site.place.name == "Kabul"
    assert "a site in a town named as its owner" in site.reason


def test_the_palace_is_the_government(kb: Any) -> None:
    assert phrase_one(kb, "the palace", "2002-04-11").sector == "GOV"
