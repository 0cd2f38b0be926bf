"""Where: the location of an event, by a fallback chain whose every step is a reason on the event.

1. **The event's own clause** (:func:`newsevents.code.location.choose_location`): a place in a
   locative phrase of the predicate or its object, the object of a place-taking verb, then the
   conjoined clauses, the subject's phrases and the single place elsewhere in the sentence.
   Material events (and protests) take all of these; verbal ones only a place in a locative
   phrase of the trigger itself ("met in Luanda", "signed ... in the Caribbean city of
   Cartagena", "told reporters in Nairobi"), since a place elsewhere is often only what they
   are about ("discussed the events in Afghanistan").
2. **The nearest place of the sentence** by distance in the dependency tree: a place in a
   locative phrase (never "from", never where a speaker was, never inside what a verbal event
   says); for a verbal event only one outside its own clause ("In Moscow, ... while Yeltsin
   suspended ...").
3. **The dateline city** for an event local to the story: an actor of the dateline's country.
4. **The country of the actors** for a domestic event: all its actors of one country and every
   place the sentence names in it.
5. Else none.

Every location carries a precision (``city``, ``admin1`` or ``country``; ``EventLocation.precision``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.code.location import choose_location, event_location, place_location
from newsevents.code.verbframes import CameoCode
from newsevents.frame.locative import PLACE_PART_NOUNS, SPEECH_VERBS
from newsevents.lexicon import LEXICON
from newsevents.records import ActorRef, EventLocation, Frame, Mention, Place

__all__ = ["Setting", "location", "said_there"]

# Prepositions whose object is where something happened; "from" (an origin) is not among them.
_PLACE_PREPS = LEXICON["locative_prepositions"] - {"from"}
# Clauses of a verbal event that hold what it says, not where it was said.
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "csubj"})


@dataclasses.dataclass(frozen=True)
class Setting:
    """Where the story is: the dateline's place (a city, resolved in the gazetteer) and country."""

    dateline: Place | None = None
    country: str | None = None
    country_place: Callable[[str], Place | None] | None = None  # ISO3 -> the country's place


NO_SETTING = Setting()


def said_there(doc: Doc, frame: Frame, place: Mention) -> bool:
    """Whether a place stands in a locative phrase of the trigger itself ("met in Luanda", "signed
    ... in the Caribbean city of Cartagena", "told reporters in Nairobi"), not in its complement
    ("urged them to stop fighting in X")."""
    trigger = doc.char_span(frame.trigger_start, frame.trigger_end, alignment_mode="expand")
    span = doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    if trigger is None or span is None:
        return False
    t = span.root
    while t.head.i != t.i:
        if t.dep_ == "prep" and t.lower_ != "of":
            break
        if t.dep_ == "prep" and t.head.lemma_.lower() not in PLACE_PART_NOUNS:
            break  # "the city of X" names the place; "the future of X" does not
        if t.dep_ not in {"pobj", "prep", "appos", "compound", "amod", "det"}:
            break
        t = t.head
    if t.dep_ != "prep":
        return False
    holder = t.head
    return holder.i == trigger.root.i or (holder.head.i == trigger.root.i and holder.dep_ in {"dobj", "nsubjpass"})


def _ancestors(tok: Token) -> list[Token]:
    return [tok, *tok.ancestors]


def _distance(a: Token, b: Token) -> int:
    up = {t.i: k for k, t in enumerate(_ancestors(a))}
    for k, t in enumerate(_ancestors(b)):
        if t.i in up:
            return up[t.i] + k
    return 10_000


def _locative_object(tok: Token, trigger: Token, verbal: bool) -> bool:
    """Whether a place's token stands in a locative phrase that may be where the event was."""
    t = tok
    while t.dep_ in {"compound", "amod", "appos", "conj"} or (t.dep_ == "pobj" and t.head.lower_ == "of"):
        t = t.head.head if t.dep_ == "pobj" else t.head
    if t.dep_ != "pobj" or t.head.lower_ not in _PLACE_PREPS:
        return False
    holder = t.head.head
    path = _ancestors(holder)
    if any(v.lemma_.lower() in SPEECH_VERBS and v.i != trigger.i for v in path[:2]):
        return False  # where a speaker was ("told reporters in X", "an official in X said")
    if verbal:  # never what a statement is about: a place inside the trigger's own clauses
        inside = any(v.i == trigger.i for v in path)
        if inside:
            return False
    return True


def _nearest(doc: Doc, frame: Frame, places: Sequence[Mention], verbal: bool) -> tuple[Mention, int] | None:
    trigger = doc.char_span(frame.trigger_start, frame.trigger_end, alignment_mode="expand")
    if trigger is None:
        return None
    root = trigger.root
    best: tuple[Mention, int] | None = None
    for m in places:
        if m.sentence_index != frame.sentence_index or m.place is None or m.label in {"demonym", "border", "embedded"}:
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None or not _locative_object(span.root, root, verbal):
            continue
        d = _distance(span.root, root)
        if best is None or d < best[1]:
            best = (m, d)
    return best


def _countries(actors: Sequence[ActorRef]) -> set[str]:
    return {a.country for a in actors if a.country}


def location(
    doc: Doc,
    frame: Frame,
    code: CameoCode,
    places: Sequence[Mention],
    setting: Setting = NO_SETTING,
    actors: Sequence[ActorRef] = (),
) -> tuple[EventLocation | None, str, bool]:
    """(the event's location or None, why, whether it may tell the parties' countries: a material
    event's own clause's place): the first step of the chain that gives one."""
    material = code.quad_class in {2, 4} or code.root == "14"
    chosen, why = choose_location(frame, places, sentence_fallback=material)
    if chosen is not None and material:
        return event_location(chosen), why, True
    if chosen is not None and said_there(doc, frame, chosen):
        # where a statement or a meeting was made says nothing of whose its parties are
        return event_location(chosen), why, False
    whys = [why]
    if chosen is not None:
        whys = [f"'{chosen.text}' is what the statement is about, not where it was made "
                "(a verbal event takes only its own locative phrase)"]  # fmt: skip
    near = _nearest(doc, frame, places, verbal=not material)
    if near is not None:
        m, d = near
        return event_location(m), (
            f"{whys[0]}; the nearest place of the sentence in a locative phrase: '{m.text}' "
            f"({d} arcs from '{frame.trigger_text}'; {m.reason})"
        ), False
    countries = _countries(actors)
    if setting.dateline is not None and setting.country is not None and setting.country in countries:
        place = setting.dateline
        return place_location(place, place.name), (
            f"{whys[0]}; the dateline city '{place.name}': a local event (an actor of {setting.country})"
        ), False
    here = {m.place.country_code for m in places if m.sentence_index == frame.sentence_index and m.place is not None}
    if len(countries) == 1 and here <= countries and setting.country in {None, *countries}:
        iso3 = next(iter(countries))
        country = setting.country_place(iso3) if setting.country_place is not None else None
        if country is not None:
            return place_location(country, country.name), (
                f"{whys[0]}; a domestic event: the country of its actors ({iso3})"
            ), False
    return None, whys[0], True
