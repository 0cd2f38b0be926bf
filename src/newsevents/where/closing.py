"""Where: the place told last in a meeting's or an agreement's object phrase, right before the day
("signed a declaration on fisheries cooperation in Lisbon on Tuesday", "agreed on a truce for the
north in Nairobi on Friday", "signed a plan drafted by the mediators in Kampala on Monday", "held
three hours of talks at a base in Anchorage, Alaska, on Friday").

News tells the reported act's place and day together at the end of its clause ("in X on Tuesday");
the parser hangs the place on the nearest noun of the object's phrase, where a verbal event's place
reads as what it is about. When the place's phrase is followed at once by the day's phrase ("on" and
a date) of the trigger or of a verb inside its object's phrase, the two are the act's own adjuncts.
Only for a meeting or an agreement (CAMEO 04, 05: where/said.MEETING_ROOTS), only a town of a
country or a curated building (not a country, a first-level division or a wider region), and only a phrase nested
below the object itself: a phrase of the object ("agreed a ceasefire in X") is the chain's own first
step, and a statement's object ("condemned the attack on a market in X on Sunday") tells what it is
about.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.recognize.toponyms import landmark
from newsevents.records import Frame, Mention
from newsevents.where.destination import name_head, sentence_places

__all__ = ["closing_place"]

_CLOSING_PREPS = LEXICON["closing_place_prepositions"]
_DAY_PREPS = LEXICON["day_prepositions"]
# arcs from the object to the place's phrase that stay inside the object's phrase ("a plan drafted by
# X in Y", "a treaty banning mines in Y"); not a clause of what is said or wanted
_INNER_DEPS = frozenset({"pobj", "prep", "acl", "dobj", "agent", "compound", "amod", "appos", "conj"})
# a town (or a place in one): a country or a first-level division there is an area an accord may
# cover ("an accord on autonomy for the north in Aceh province on Monday"), and too coarse to tell a
# meeting's venue ("talks at a military base in Alaska on Friday": the base's town untold). A curated
# site of a building or an installation ("at the White House on Tuesday": recognize/toponyms.landmark)
# is a point too (places46).
_POINTS = frozenset({"city", "sub-city"})
# the arcs by which the object's phrase hangs on the trigger
_OBJECT_DEPS = frozenset({"dobj", "prep"})


def _day_after(doc: Doc, prep: Token, heads: set[int]) -> bool:
    """Whether the phrase ``prep`` opens is followed at once (commas aside) by a day's phrase ("on
    Tuesday", "on Oct. 12") hanging on one of ``heads``."""
    j = prep.right_edge.i + 1
    while j < len(doc) and doc[j].is_punct and doc[j].text != ".":
        j += 1
    if j >= len(doc):
        return False
    day = doc[j]
    return (
        day.dep_ == "prep"
        and day.lower_ in _DAY_PREPS
        and day.head.i in heads
        and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in day.children)
    )


def closing_place(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """The place below a country told last in the object's phrase of the trigger, right before the
    day (module doc); the first such, else None."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    root = trigger.root
    for m, span in sentence_places(doc, frame, places):
        if m.place is None or not (m.place.level in _POINTS or landmark(m.place)) or not m.place.country_code:
            continue
        tok = name_head(span.root)
        if tok.dep_ != "pobj" or tok.head.lower_ not in _CLOSING_PREPS:
            continue
        prep = tok.head
        path: list[Token] = []
        for up in prep.ancestors:
            if up.i == root.i:
                break
            path.append(up)
        else:
            continue  # not in the trigger's phrases
        if len(path) < 2 or path[-1].dep_ not in _OBJECT_DEPS or path[-1].i < root.i:
            continue  # a phrase of the trigger or of its object itself, or told before the trigger
        if any(x.dep_ not in _INNER_DEPS for x in path):
            continue
        if path[-1].dep_ == "prep" and len(path) < 3:
            continue  # "agreed on a ceasefire in X": the object's own phrase
        verbs = {root.i, *(x.i for x in path if x.pos_ in {"VERB", "AUX"})}
        if _day_after(doc, prep, verbs):
            return m
    return None
