"""The fields of the backoff's events (backoff/fields.py, backoff18): a place or a bystander is no
recipient, an event noun is no doer, an accord's place is where it was signed. Sentences written for
this test (no gold text)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.backoff.fields import event_noun_doer, meeting_place, placed
from newsevents.backoff.settings import BackoffSettings
from newsevents.records import ActorRef, Frame, Mention, Place


def _ref(text: str, phrase: str, country: str | None = None) -> ActorRef:
    start = text.index(phrase)
    return ActorRef(phrase, None, country, country, None, None, None, start, start + len(phrase))


def _place(text: str, name: str, level: Any) -> Mention:
    start = text.index(name)
    return Mention("place", start, start + len(name), name, 0, place=Place(name, None, 0.0, 0.0, "XXX", level=level))


def _trigger(doc: Any, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "verb", "party", "town", "where"),
    [
        # a party under a preposition of place on the way from the verb: where, or before whom
        ("Indian and Pakistani negotiators sat down face to face in Geneva on Monday.", "sat", "Geneva", True, True),
        ("The three presidents initialled the plan at a ceremony with the American envoy.", "initialled",
         "American envoy", False, True),
        ("Opposition leaders gathered outside the Egyptian embassy on Friday.", "gathered", "Egyptian embassy",
         False, True),
        # a town under any preposition that can place a name; a country after "on" or "into" may be the target
        ("French paratroopers landed on the beaches of Libreville at dawn.", "landed", "Libreville", True, True),
        ("American marines poured into Haiti with food and medicine.", "poured", "Haiti", False, False),
        # the parties of the act itself
        ("Kim stepped across the line to shake hands with the South Korean president.", "shake",
         "South Korean president", False, False),
        ("The ministers rode a bus across the border to Lahore for talks with Pakistani leaders.", "rode",
         "Pakistani leaders", False, False),
    ],
)  # fmt: skip
def test_a_place_or_a_bystander_is_no_recipient(
    pipeline: Any, text: str, verb: str, party: str, town: bool, where: bool
) -> None:
    doc = pipeline.res.nlp(text)
    places = [_place(text, party, "city")] if town else [_place(text, party, "country")]
    assert placed(doc, _trigger(doc, verb), _ref(text, party), places) is where


@pytest.mark.parametrize(
    ("text", "subject", "noun"),
    [
        ("Four-party talks on the water dispute opened in Vienna on Tuesday.", "Four-party talks on the water dispute",
         True),
        ("The government offensive began at dawn on Sunday.", "The government offensive", True),
        ("The Kenyan delegation opened the session on Tuesday.", "The Kenyan delegation", False),
        ("Sudanese troops began shelling the town on Sunday.", "Sudanese troops", False),
    ],
)  # fmt: skip
def test_an_event_noun_is_no_doer(pipeline: Any, text: str, subject: str, noun: bool) -> None:
    doc = pipeline.res.nlp(text)
    a = text.index(subject)
    frame = Frame(0, "x", 0, 1, "x", actor_spans=((a, a + len(subject)),))
    assert event_noun_doer(doc, frame) is noun


@pytest.mark.parametrize(
    ("text", "verb", "obj", "town", "held"),
    [
        ("The two rebel leaders put their names to a truce in Nairobi on Friday.", "put", "their names", "Nairobi",
         True),
        ("The ministers took part in talks in Geneva on the border.", "took", "part", "Geneva", True),
        ("The rebels welcomed the statement of the governor in Nairobi.", "welcomed", "the statement", "Nairobi",
         False),
    ],
)  # fmt: skip
def test_the_place_of_the_accord_the_verb_governs(
    pipeline: Any, text: str, verb: str, obj: str, town: str, held: bool
) -> None:
    doc = pipeline.res.nlp(text)
    v, o = text.index(verb), text.index(obj)
    frame = Frame(0, verb, v, v + len(verb), verb, object_spans=((o, o + len(obj)),))
    found = meeting_place(doc, frame, [_place(text, town, "city")])
    assert (found is not None and found.text == town) is held


def test_the_setting_of_the_fields() -> None:
    assert BackoffSettings.parse("generic_codes: {}\nfields: true\n").fields
    assert not BackoffSettings.parse("generic_codes: {}\n").fields
    assert BackoffSettings.default().fields and BackoffSettings.default().known_senses == "complement"
