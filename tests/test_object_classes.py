"""Object classes (data/object_classes.yaml, match/objects.py): a predicate none of whose patterns fits
takes the patterns of an object read as another member of its family, only when the answer is
unambiguous, and says so. Sentences written for this test."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coding import code_events
from newsevents.code.verbframes import VerbFrames
from newsevents.errors import VerbFrameError
from newsevents.match.objects import object_classes, parse_object_classes

PUB = dt.date(2019, 5, 14)


def test_the_shipped_families_load_and_each_member_has_patterns_to_borrow() -> None:
    families = object_classes()
    assert {"ACCORD", "ATTACK"} <= set(families.classes)
    frames = VerbFrames.default()
    written = {w for lemma in frames.predicates() for text, _, _ in frames.patterns_for(lemma) for w in text.split()}
    for name, members in families.classes.items():
        assert any(m in written for m in members), f"{name}: no member is named by any pattern"


def test_a_member_is_read_as_another_only_where_no_pattern_fits() -> None:
    frames, families = VerbFrames.default(), object_classes()
    # "scrap" has a pattern for an agreement, none for a pact: the pact is read as an agreement
    found, why = families.match(frames, "scrap", ["pact", "security"], ["pact"])
    assert found is not None and found.code is not None and found.code.code == "127"
    assert why == "object 'pact' read as 'agreement' (object class ACCORD)"
    # not where the noun is no object of the verb (an adjunct's), nor for a word of no family,
    # nor for a predicate with no pattern for any member
    assert families.match(frames, "scrap", ["pact", "under"], []) == (None, "")
    assert families.match(frames, "scrap", ["voucher"], ["voucher"]) == (None, "")
    assert families.match(frames, "ponder", ["treaty"], ["treaty"]) == (None, "")


def test_members_that_disagree_give_no_answer() -> None:
    text = "version: 1\nclasses:\n  UNITS: [marines, troop, police]\n"
    families = parse_object_classes(text, "mine.yaml")
    # "station troop" (154) and "station police" (153) disagree on the code: no answer for marines
    assert families.match(VerbFrames.default(), "station", ["marines"], ["marines"]) == (None, "")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("classes:\n  troop: [troop, soldier]\n", "upper case"),
        ("classes:\n  TROOP: [troop]\n", "two or more"),
        ("classes:\n  TROOP: [troop, Soldier]\n", "one lowercase lemma"),
        ("classes:\n  TROOP: [troop, armed men]\n", "one lowercase lemma"),
        ("classes:\n  TROOP: [troop, troop]\n", "listed twice"),
        ("families:\n  TROOP: [troop, soldier]\n", "'classes' mapping only"),
    ],
)
def test_a_bad_family_is_refused_naming_the_file(text: str, problem: str) -> None:
    with pytest.raises(VerbFrameError, match=problem) as err:
        parse_object_classes(text, "mine.yaml")
    assert "mine.yaml" in str(err.value)


def _events(pipeline: Any, text: str) -> list[Any]:
    return code_events(pipeline, text, PUB)


@pytest.mark.model
def test_a_pact_scrapped_is_an_agreement_scrapped(pipeline: Any) -> None:
    events = _events(pipeline, "Peru scrapped its fishing pact with Ecuador on Monday.")
    found = [e for e in events if e.event_text == "scrapped"]
    assert [(e.event, e.cameo) for e in found] == [("REJECT", "127")], [(e.event, e.event_text) for e in events]
    assert any("read as 'agreement' (object class ACCORD)" in r for r in found[0].reasons), found[0].reasons


@pytest.mark.model
def test_a_noun_of_no_family_gets_no_borrowed_pattern(pipeline: Any) -> None:
    # vouchers are in no family: "scrapped" has no pattern for them and borrows none
    events = _events(pipeline, "The ministry scrapped its travel vouchers on Monday.")
    assert all(e.event_text != "scrapped" for e in events), [(e.event, e.event_text) for e in events]


@pytest.mark.model
def test_the_noun_of_an_adjunct_is_not_read_as_an_object(pipeline: Any) -> None:
    # "left ... without an accord": the accord is no object of leaving ("leave treaty" is a withdrawal)
    events = _events(pipeline, "The two delegations left Geneva without an accord on Friday.")
    assert all(e.event_text != "left" for e in events), [(e.event, e.event_text) for e in events]


@pytest.mark.model
def test_a_raid_joined_is_an_offensive_joined(pipeline: Any) -> None:
    events = _events(pipeline, "Estonian commandos joined the raid on the rebel depot on Tuesday.")
    found = [e for e in events if e.event_text == "joined"]
    assert found and all("object class ATTACK" in " ".join(e.reasons) for e in found), [
        (e.event, e.event_text, e.reasons) for e in events
    ]
