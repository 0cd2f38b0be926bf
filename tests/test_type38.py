"""Wrong event types (issue 11, type38): who does an act picks its type, each on sentences written for
the project (never gold sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from coding import code_on as _code

pytestmark = pytest.mark.model


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    return [(e.event, e.cameo) for e in _code(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo protested on Thursday that Beijing had violated its airspace.",
        "Brazil's government protested strongly after its consul was detained in Caracas.",
        "Ankara protested, saying the vote in the French parliament was an insult.",
    ],
)
def test_a_state_that_protests_complains_officially(pipeline: Any, text: str) -> None:
    # the state itself (its name, its capital, its government) protesting makes a diplomatic
    # complaint (114, ACCUSE), no rally (141)
    assert ("ACCUSE", "114") in _types(pipeline, text)
    assert not any(t == "PROTEST" for t, _ in _types(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Peruvians protested in Lima on Sunday.",
        "Hundreds of Morales supporters protested outside the electoral office in La Paz.",
    ],
)
def test_people_who_protest_still_demonstrate(pipeline: Any, text: str) -> None:
    # a country's people or a leader's supporters are no state: a demonstration (141)
    assert ("PROTEST", "141") in _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany pledged full support for the Baltic states on Tuesday.",
        "The Japanese prime minister offered Turkey his country's support after the earthquake.",
        "Kenya promised the unwavering support of its people to the new government in Juba.",
    ],
)
def test_support_pledged_or_offered_is_support_given_in_words(pipeline: Any, text: str) -> None:
    # pledging, offering or promising support supports in words (051, SUPPORT), no intent to cooperate (032)
    types = _types(pipeline, text)
    assert ("SUPPORT", "051") in types
    assert ("AGREE", "032") not in types


def test_a_participle_of_a_contact_is_addressed_to_whom_is_contacted(pipeline: Any) -> None:
    # "the first leader to phone X ..., offering support": the support is offered to X
    text = (
        "Indian Prime Minister Narendra Modi was the first leader to phone Sheikh Hasina after the floods, "
        "offering his support."
    )
    support = [e for e in _code(pipeline, text) if e.event == "SUPPORT"]
    assert support and {r.country for r in support[0].recipient} == {"BGD"}


def test_a_participle_of_another_verb_takes_no_addressee(pipeline: Any) -> None:
    # no verb of contact: the participle's act names no one
    events = _code(pipeline, "The minister spoke for an hour on Friday, offering support.")
    assert all(not e.recipient for e in events if e.event == "SUPPORT")
