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


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chad and Sudan signed a border accord on Monday at a ceremony in Doha hosted by the Emir of Qatar.",
        "The two foreign ministers signed the treaty as President Ruto, who hosted the ceremony, looked on.",
    ],
)
def test_a_ceremony_hosted_is_the_setting_of_what_others_do(pipeline: Any, text: str) -> None:
    triples = coded_triples(pipeline, text)
    assert "043" not in [t[1] for t in triples], triples
    assert "AGREE" in [t[0] for t in triples], "the signing stays"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Qatar hosted talks between Chad's government and the rebels in Doha on Monday.",
        "Kenya hosted the Ugandan president for two days of talks in Nairobi.",
    ],
)
def test_talks_or_a_guest_hosted_stay(pipeline: Any, text: str) -> None:
    assert "CONSULT" in [t[0] for t in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police stormed the radio station in Maseru at dawn, killing four civilians who had gathered to defend it.",
        "Thousands of villagers massed around the shrine to protect it.",
    ],
)
def test_a_crowd_guarding_a_place_is_no_protest(pipeline: Any, text: str) -> None:
    assert "PROTEST" not in [t[0] for t in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at thousands of people who had gathered in Maseru to protest against the election.",
        "Thousands of villagers massed on the bridge to shield the opposition leaders from the army.",
    ],
)
def test_a_crowd_gathered_to_protest_or_resist_stays(pipeline: Any, text: str) -> None:
    assert "PROTEST" in [t[0] for t in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister acknowledged that deep disagreements remained over the border.",
        "Prime Minister Lindqvist conceded that the close result showed many voters wanted reform.",
        "The council adopted a resolution acknowledging that the federation no longer existed.",
    ],
)
def test_a_state_of_affairs_admitted_is_no_concession(pipeline: Any, text: str) -> None:
    assert "CONCEDE" not in [t[0] for t in coded_triples(pipeline, text)], coded_triples(pipeline, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry admitted on Monday that its commandos had blown up the ferry in Valletta harbour.",
        "The junta acknowledged the defeat of its candidate in Sunday's referendum.",
    ],
)
def test_an_act_or_a_defeat_admitted_stays(pipeline: Any, text: str) -> None:
    assert "CONCEDE" in [t[0] for t in coded_triples(pipeline, text)], coded_triples(pipeline, text)
