"""Speed without behaviour change (speed40): the document's text and character spans are made once per
document (parse/tree.py), records become dicts without a deep copy (records.plain), and the one-sense
rule reads its words from the document's text; each gives exactly what it replaces."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from newsevents.parse.tree import index, release, span_at
from newsevents.parse.tree import text as doc_text
from newsevents.records import ActorRef, CountryRead, DateInfo, EventLocation, LentCountry, Mention, Place, plain

TEXT = (
    "Norwegian-brokered talks between Sri Lanka's government and the rebels resumed in Oslo on Monday. "
    "The U.S.- and Saudi-backed mission\u00a0landed in Guinea-Bissau,  officials said.\n\nALLENDALE, N.J. - The "
    "Allendale Woman's Club met on Tuesday."
)


def test_text_is_joined_once_and_equals_spacys(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    first = doc_text(doc)
    assert first == doc.text == TEXT
    assert doc_text(doc) is first  # kept on the document's index
    release(doc)
    assert doc_text(doc) == TEXT and doc_text(doc) is not first  # a new index after a release


def test_span_at_is_char_span_expanded_and_shared(pipeline: Any) -> None:
    doc = pipeline.res.nlp(TEXT)
    offsets = [(0, 9), (3, 12), (33, 42), (t := TEXT.index("Oslo"), t + 4), (5, 5), (len(TEXT) - 3, len(TEXT))]
    for a, b in offsets:
        want = doc.char_span(a, b, alignment_mode="expand")
        got = span_at(doc, a, b)
        assert (got is None) == (want is None)
        if got is not None and want is not None:
            assert (got.start, got.end, got.text) == (want.start, want.end, want.text)
        assert span_at(doc, a, b) is got  # made once per offsets
    assert len(index(doc).spans) == len(offsets)


def test_plain_equals_asdict() -> None:
    ref = ActorRef(
        "Norwegian mediators", "Norway", "NOR", "NOR", None, "country:NOR", None, 0, 19, "a demonym",
        CountryRead("demonym", "Norwegian"), LentCountry("dateline", "NOR"), None,
    )  # fmt: skip
    place = Place("Oslo", 3143244, 59.9, 10.7, "NOR", "12", "P", "PPLC", 580000, "city")
    loc = EventLocation("Oslo", "Oslo", 3143244, 59.9, 10.7, "NOR", "12", "P", "PPLC", "city", "city")
    mention = Mention("place", 0, 4, "Oslo", 0, "GPE", DateInfo("2024-03-04", "day"), place, ref, (place, place))
    for rec in (ref, place, loc, mention, DateInfo("2024", "year", "2025", "a range")):
        want = dataclasses.asdict(rec)
        got = plain(rec)
        assert got == want and repr(got) == repr(want)  # tuples stay tuples, keys keep their order
        assert json.dumps(got) == json.dumps(want)
    assert plain({"a": [ref, (1, 2.5, None, True)]}) == {"a": [dataclasses.asdict(ref), (1, 2.5, None, True)]}


def test_same_sense_finds_the_place_named_elsewhere(pipeline: Any) -> None:
    """The one-sense rule's words, read from the document's text, are the span's words (inner spaces,
    a hyphen without spaces and a newline included)."""
    from newsevents.recognize.toponyms import same_sense

    doc = pipeline.res.nlp(TEXT)
    place = Place("Allendale", 5095779, 41.0, -74.1, "USA", "NJ", "P", "PPL", 6800, "city")
    named = {"allendale": (place, "ALLENDALE"), "guinea-bissau": (place, "x"), "sri lanka": (place, "y")}
    named["new york city"] = (place, "z")  # (runs of up to three words are tried)
    taken = [(TEXT.index("ALLENDALE"), TEXT.index("ALLENDALE") + 9)]
    found = [(s.start_char, s.text) for s, _, _ in same_sense(doc, named, taken)]
    assert (TEXT.index("Allendale Woman"), "Allendale") in found
    assert (TEXT.index("Guinea-Bissau"), "Guinea-Bissau") in found  # one word of the text, three tokens
    assert (TEXT.index("Sri Lanka"), "Sri Lanka") in found
    assert all(text != "ALLENDALE" for _, text in found)  # a taken range stays out
