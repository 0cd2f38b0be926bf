"""Precision of stories (prec44): acts a trigger seems to tell that the sentence does not tell as an act
of its own: an arrival told as the time of another act, an act counted in a series by "it is the Nth ...",
and a word of condemnation inside a clause of the label rather than in the label. Sentences written for
the project (never gold sentences); each case of the first test of each mechanism fails without the
change."""

from __future__ import annotations

from typing import Any

import pytest

from coding import coded_triples


def _codes(pipeline: Any, text: str) -> list[str]:
    return [code for _, code, _ in coded_triples(pipeline, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The peacekeeping force's commander, Brigadier Hamid Olonga, met the Ugandan defence minister soon after "
        "arriving in Gulu.",
        "The brigade commander, Colonel Ana Ferreira, held talks with the rebel leaders shortly after arriving and "
        "said they had been frank.",
        "Soon after arriving in Bangui, the French troops' commander met President Toure.",
    ],
)
def test_an_arrival_that_dates_another_act_is_no_deployment(pipeline: Any, text: str) -> None:
    codes = _codes(pipeline, text)
    assert not {"154", "042", "043"} & set(codes), coded_triples(pipeline, text)
    assert any(c.startswith("04") for c in codes), "the meeting itself stays"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops began arriving in Haiti on Tuesday to help the police fight armed gangs.",
        "Hundreds of Turkish soldiers arrived in Tripoli on Sunday.",
    ],
)
def test_an_arrival_told_as_the_act_stays(pipeline: Any, text: str) -> None:
    assert "154" in _codes(pipeline, text), coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Troops seized the radio station in Bamako on Tuesday. It is the country's third coup since 2012.",
        "The army took power in Ouagadougou on Friday. It was the nation's second coup in eight months.",
    ],
)
def test_an_act_counted_in_a_series_is_no_new_act(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert not [t for t in triples if t[2] == "coup"], triples
    assert triples, "the takeover told first stays"


@pytest.mark.model
def test_a_first_of_its_kind_stays(pipeline: Any) -> None:
    text = "It was the first meeting between the leaders of Eritrea and Ethiopia in twenty years."
    assert "CONSULT" in [t[0] for t in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "President Mwangi called the accord a chance to turn from war to reconciliation.",
        "The prime minister welcomed the vote and called it a step that ended decades of terrorism and fear.",
    ],
)
def test_a_condemning_word_inside_a_clause_of_the_label_names_nothing(pipeline: Any, text: str) -> None:
    assert "ACCUSE" not in [t[0] for t in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "President Mwangi called the shelling an act of aggression against a sovereign state.",
        "The foreign minister called the border closure a violation of the 1998 treaty.",
    ],
)
def test_a_condemning_label_stays(pipeline: Any, text: str) -> None:
    assert "ACCUSE" in [t[0] for t in coded_triples(pipeline, text)], coded_triples(pipeline, text)
