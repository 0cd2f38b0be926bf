"""Verb synonyms from word vectors (data/verb_synonyms.tsv, match/synonyms.py): the table loads and
is sound, a verb with no pattern borrows its synonym's patterns with a reason, a verb that has
patterns of its own never does, and an antonym is never a synonym. Sentences written for this test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.code.verbframes import VerbFrames
from newsevents.errors import VerbFrameError
from newsevents.match.synonyms import parse_synonyms, synonyms

PUB = dt.date(2023, 3, 15)


def test_the_shipped_table_loads_and_every_row_can_fire() -> None:
    table = synonyms()
    assert len(table) >= 20
    frames = VerbFrames.default()
    predicates = frames.predicates()
    for lemma, row in table.items():
        assert lemma not in predicates, f"{lemma} has patterns of its own: its row would never be read"
        assert row.synonym in predicates, f"{lemma} -> {row.synonym}: the synonym has no pattern"
        assert 0.0 < row.similarity <= 1.0


def test_antonyms_and_negated_forms_are_not_in_the_table() -> None:
    pairs = {(lemma, row.synonym) for lemma, row in synonyms().items()}
    for pair in [("accept", "reject"), ("reject", "accept"), ("release", "arrest"), ("lift", "impose")]:
        assert pair not in pairs
    for lemma, row in synonyms().items():
        for prefix in ("un", "dis", "de", "non", "mis"):
            assert lemma != prefix + row.synonym and row.synonym != prefix + lemma


def test_the_root_of_a_row_agrees_with_the_synonym_code() -> None:
    frames = VerbFrames.default()
    text = "# a comment\nchide\tberate\t0.90\t111\t11\n"
    row = parse_synonyms(text)["chide"]
    bare = frames.match(row.synonym, ())
    assert bare is not None and bare.code is not None and bare.code.root == "11"
    assert row.reason == "'chide' has no pattern: synonym of berate, similarity 0.90"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("chide\tberate\t0.9\t111\n", "expected 5"),
        ("chide\tchide\t0.9\t111\t11\n", "two different"),
        ("chide\tberate\t1.5\t111\t11\n", "is not in"),
        ("chide\tberate\tnear\t111\t11\n", "not a number"),
        ("chide\tberate\t0.9\t111\t12\n", "same root"),
        ("chide\tberate\t0.9\t111\t11\nchide\tscold\t0.8\t111\t11\n", "listed twice"),
    ],
)
def test_a_bad_row_is_refused_with_its_line(text: str, problem: str) -> None:
    with pytest.raises(VerbFrameError, match=problem) as err:
        parse_synonyms(text, "mine.tsv")
    assert "mine.tsv:" in str(err.value)


def _events(pipeline: Any, text: str) -> list[Any]:
    return code_events(pipeline, text, PUB)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "event", "synonym"),
    [
        (
            "Indonesia's foreign minister belittled the Australian government on Tuesday.",
            "belittled",
            "ACCUSE",
            "berate",
        ),
        ("Kenya's president chided Uganda on Monday over the closure of the border.", "chided", "ACCUSE", "berate"),
        ("Colombia's Supreme Court overruled the Senate on the extradition treaty.", "overruled", "REJECT", "veto"),
    ],
)
def test_a_verb_with_no_pattern_takes_its_synonym_with_a_reason(
    pipeline: Any, text: str, trigger: str, event: str, synonym: str
) -> None:
    found = [e for e in _events(pipeline, text) if e.event_text == trigger]
    assert [e.event for e in found] == [event], [(e.event, e.event_text) for e in _events(pipeline, text)]
    assert any(f"synonym of {synonym}, similarity" in r for r in found[0].reasons), found[0].reasons


@pytest.mark.model
def test_a_verb_with_patterns_of_its_own_is_not_read_as_a_synonym(pipeline: Any) -> None:
    # "accepted" has its own patterns; vectors put it next to "reject", which must never be borrowed
    events = _events(pipeline, "Ghana accepted the proposal of the Togolese government on Friday.")
    assert all(e.event != "REJECT" for e in events), [(e.event, e.event_text) for e in events]
    assert all("synonym of" not in r for e in events for r in e.reasons)


@pytest.mark.model
def test_a_verb_not_in_the_table_stays_without_an_event(pipeline: Any) -> None:
    # "pondered" has no pattern and no row: no event is invented for it
    events = _events(pipeline, "The Peruvian government pondered the Chilean offer for a week.")
    assert all(e.event_text != "pondered" for e in events), [(e.event, e.event_text) for e in events]
