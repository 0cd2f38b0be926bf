"""Story precision (storyprec48): two classes of false events of rounds 26-49, each seen in the rounds of
several annotators. Each mechanism is tested on sentences written for the project (never gold sentences);
each first case fails without the change, traps keep what stays."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples

pytestmark = pytest.mark.model


# ---- what a document says is its issuer's act, not the act of a party that accepts or defies it


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Syria on Tuesday accepted a United Nations resolution calling for an end to the fighting in Aleppo.",
            "accepted",
        ),
        ("The rebels rejected an Arab League declaration demanding that they lay down their arms.", "rejected"),
    ],
)
def test_a_document_accepted_or_rejected_says_nothing_of_its_acceptor(pipeline: Any, text: str, kept: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[2] for t in triples] == [kept], triples


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The Security Council on Friday adopted a resolution calling for an immediate halt to the shelling.",
         "calling", "020"),
        ("The ruling party issued a statement condemning the arrests of its members.", "condemning", "111"),
    ],
)  # fmt: skip
def test_a_document_issued_still_tells_its_content(pipeline: Any, text: str, trigger: str, code: str) -> None:
    triples = coded_triples(pipeline, text)
    assert any(t[1] == code and t[2] == trigger for t in triples), triples


# ---- a clash of words between states or officials over an issue is a dispute (110, ACCUSE), no fight


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany clashed over the budget on Tuesday.",
        "The prime minister clashed with the central bank governor over interest rates.",
    ],
)
def test_a_clash_of_words_is_a_dispute(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[:3] for t in triples] == [("ACCUSE", "110", "clashed")], triples


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Chinese troops clashed over the disputed ridge on Monday.",
        "Protesters clashed with police over the arrests on Monday.",
        "Greece and Turkey clashed in the Aegean last month.",
    ],
)
def test_a_clash_of_forces_or_crowds_stays_a_fight(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert triples and all(t[0] in {"ASSAULT", "PROTEST"} for t in triples), triples


# ---- a past-perfect relative clause with a span of time tells a state that lasted, no act of its own


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "The army drove the miners out of the capital's main square, which they had occupied for ten days.",
            "occupied",
        ),
        ("Troops stormed the school where gunmen had held 300 hostages for three days.", "held"),
    ],
)
def test_a_state_that_lasted_is_no_act(pipeline: Any, text: str, state: str) -> None:
    triples = coded_triples(pipeline, text)
    assert all(t[2] != state for t in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen, who had seized 300 hostages on Friday, surrendered to troops on Sunday.",
        "Troops stormed the school where gunmen had seized 300 hostages on Friday.",
    ],
)
def test_an_act_told_in_a_relative_clause_stays(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert ("COERCE", "181", "seized") in triples, triples


# ---- armed men ordering people out drive them out by force (174, COERCE), no diplomatic expulsion


def test_soldiers_ordering_people_out_coerce(pipeline: Any) -> None:
    text = "Armed soldiers burst into the assembly hall and ordered the deputies out at gunpoint."
    triples = coded_triples(pipeline, text)
    assert ("COERCE", "174", "ordered the deputies out") in triples, triples
    assert all(t[0] != "SANCTION" for t in triples), triples


@pytest.mark.parametrize(
    "text",
    [
        "Sudan ordered the aid agencies out of the province on Wednesday.",
        "Russia ordered out ten British diplomats on Friday.",
    ],
)
def test_a_state_ordering_out_foreigners_still_expels(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert [t[:2] for t in triples] == [("SANCTION", "166")], triples


# ---- a vow to reject (veto) is a threat (130), no intent to cooperate (030)


def test_a_vow_to_veto_is_a_threat(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "The governor vowed to veto the budget.")
    assert [t[:3] for t in triples] == [("THREATEN", "130", "vowed")], triples


def test_a_veto_itself_stays_a_rejection(pipeline: Any) -> None:
    triples = coded_triples(pipeline, "The president vetoed the bill on Friday.")
    assert [t[:2] for t in triples] == [("REJECT", "120")], triples


def test_a_label_after_a_rejected_document_stays_the_rejecters(pipeline: Any) -> None:
    text = "The rebels rejected the government's ultimatum to lay down their arms, calling it a provocation."
    triples = coded_triples(pipeline, text)
    assert any(t[2] == "calling" for t in triples), triples
