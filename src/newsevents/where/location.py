"""Where: the location of an event.

A resolved place in a locative phrase of the predicate or its object (location.choose_location).
Material events (and protests, which take to the streets) happen somewhere in the sentence;
verbal ones are often only about a place, so they take only a place in a locative phrase of the
trigger itself ("met in Luanda", "told reporters in Nairobi").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents.code.location import choose_location, event_location
from newsevents.code.verbframes import CameoCode
from newsevents.records import EventLocation, Frame, Mention


def said_there(doc: Doc, frame: Frame, place: Mention) -> bool:
    """Whether a place stands in a locative phrase of the trigger itself ("met in Luanda",
    "told reporters in Nairobi"), not in its complement ("urged them to stop fighting in X")."""
    trigger = doc.char_span(frame.trigger_start, frame.trigger_end, alignment_mode="expand")
    span = doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    if trigger is None or span is None:
        return False
    t = span.root
    while t.head.i != t.i and t.dep_ != "prep":
        t = t.head
    holder = t.head
    return holder.i == trigger.root.i or (holder.head.i == trigger.root.i and holder.dep_ in {"dobj", "nsubjpass"})


def location(doc: Doc, frame: Frame, code: CameoCode, places: Sequence[Mention]) -> tuple[EventLocation | None, str]:
    """(the event's location or None, why)."""
    material = code.quad_class in {2, 4} or code.root == "14"
    chosen, why = choose_location(frame, places, sentence_fallback=material)
    if chosen is not None and not material and not said_there(doc, frame, chosen):
        return None, (f"'{chosen.text}' is what the statement is about, not where it was made "
                      "(a verbal event takes only its own locative phrase)")  # fmt: skip
    return (event_location(chosen) if chosen else None), why
