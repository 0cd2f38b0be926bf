"""Story recall, fourteenth session (storyrec22): a truce told by its start with no parties named
("a ceasefire took effect", "the truce came into force") is the truce itself, agreed by the sides a
pair in its sentence names ("along the Eritrea-Ethiopia border") or by the sides of the fighting
told before. Every sentence here was written for the project (never gold text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsevents.lexicon import LEXICON
from newsevents.records import Article, Event

pytestmark = pytest.mark.model


def _code(pipeline: Any, text: str, pub: str = "2001-03-06") -> list[Event]:
    art = Article(id="t", text=text, pub_date=dt.date.fromisoformat(pub))
    return list(pipeline.code(art).events)


def _truces(pipeline: Any, text: str) -> list[Event]:
    return [e for e in _code(pipeline, text) if e.cameo == "0871"]


def test_the_word_lists_are_data() -> None:
    assert "take effect" in LEXICON["truce_onsets"]
    assert "front" in LEXICON["truce_pair_nouns"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Artillery fell quiet along the Eritrea-Ethiopia border on Monday as an OAU-brokered truce took effect.",
            {"ERI", "ETH"},
        ),
        ("The ceasefire in the Armenia-Azerbaijan war came into force at midnight.", {"ARM", "AZE"}),
        (
            "A Russian-brokered truce took hold along the front between Armenia and Azerbaijan on Friday.",
            {"ARM", "AZE"},
        ),
    ],
)
def test_a_truce_begun_takes_the_pair_of_its_sentence(pipeline: Any, text: str, sides: set[str]) -> None:
    truces = _truces(pipeline, text)
    assert len(truces) == 1, [(e.event, e.event_text) for e in _code(pipeline, text)]
    countries = {a.country for a in truces[0].actor} | {r.country for r in truces[0].recipient}
    assert countries & sides, truces[0]
    assert truces[0].modality == "asserted"


def test_a_truce_begun_takes_the_sides_of_the_fighting_before(pipeline: Any) -> None:
    text = (
        "Indian and Pakistani troops exchanged heavy fire across the Kashmir line for three days last week. "
        "A ceasefire took effect on Monday morning, officials on both sides said."
    )
    truces = [e for e in _truces(pipeline, text) if e.sentence_index == 1]
    assert len(truces) == 1, [(e.event, e.event_text, e.sentence_index) for e in _code(pipeline, text)]
    assert {a.country for a in truces[0].actor} >= {"IND", "PAK"}


@pytest.mark.parametrize(
    "text",
    [
        # a truce only spoken of, nothing starting: no truce told
        "Diplomats said the Eritrea-Ethiopia truce was fragile.",
        # a truce with no sides anywhere in the story stays without an event
        "A ceasefire took effect at dawn on Monday.",
        # the signatories of another accord did not make it
        "The leaders of Chad and Niger signed a border accord on Friday. A ceasefire took effect at dawn on Monday.",
    ],
)
def test_no_truce_without_a_start_or_sides(pipeline: Any, text: str) -> None:
    assert not _truces(pipeline, text), [(e.event, e.event_text) for e in _code(pipeline, text)]


def test_a_hyphened_pair_of_names_is_two_names() -> None:
    from newsevents.participants.naming import whole_word

    text = "Artillery fell quiet along the Eritrea-Ethiopia border."
    assert whole_word(text, (31, 38)) == (31, 38)  # "Eritrea", not "Eritrea-Ethiopia"
    assert whole_word("Leader Kim Jong-un spoke.", (0, 15)) == (0, 18)  # a given name still runs on
