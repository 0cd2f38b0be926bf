"""Choosing where an event happened among the article's place mentions.

A place counts as the event's location when it stands in a locative phrase of the event's
predicate or its object, in the same clause (the frame's ``place_spans``, computed from the tree
by :mod:`newsevents.frame.locative`), or when it is the object of a verb that acts on a place
("captured the town of Huddur"). Places that are only actors ("Moscow said"), origins ("from
Kabul"), demonyms ("Russian"), or the dateline are not locations. No location is better than a
wrong one: where nothing fits, the event has none, and the reason says so.

:func:`choose_location` takes the first place mention (resolved or not) in the first tier that
holds one; an unresolved one borrows the coordinates of an enclosing resolved place of the same
tier, and the reason says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc

from newsevents.frame.locative import PLACE_TAKING_VERBS, TIER_MARKERS, TIER_SENTENCE
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import list_head, trigger_span
from newsevents.parse.tree import span_at
from newsevents.records import EventLocation, Frame, Mention, Place

__all__ = ["choose_location", "event_location", "place_location", "precision"]

NOT_LOCATION_LABELS = frozenset({"demonym", "embedded"})  # never where an event was
CONVENING_NOUNS = LEXICON["convening_nouns"]
CONVENING_VERBS = LEXICON["convening_verbs"]
_MET_PREPS = LEXICON["locative_prepositions"] - {"from"}
_MET_NESTING = 4


def _inside(m: Mention, span: tuple[int, int]) -> bool:
    return span[0] <= m.start_char and m.end_char <= span[1]


def _tiers(frame: Frame) -> list[tuple[tuple[int, int] | None, list[tuple[int, int]]]]:
    """(marker or None for the event's own clause, spans) in order."""
    tiers: list[tuple[tuple[int, int] | None, list[tuple[int, int]]]] = [(None, [])]
    for span in frame.place_spans:
        if span in TIER_MARKERS:
            tiers.append((span, []))
        elif span not in tiers[-1][1]:
            tiers[-1][1].append(span)
    if frame.predicate_lemma in PLACE_TAKING_VERBS:
        # The object itself can be the place acted on ("overran the town of X").
        tiers[0][1].extend(s for s in frame.object_spans if s not in tiers[0][1])
    return tiers


def _key(m: Mention) -> str:
    return m.place.name if m.place is not None else m.text


def _finer(best: Mention, inside: list[Mention], clause: list[Mention]) -> Mention:
    """A town or division of the same phrase or clause beats its own country ("the capital of
    Sudan", "in Kabul, Afghanistan", "targets across X, including its capital"): the country only
    says where the town is."""
    p = best.place
    if p is None or p.level != "country":
        return best
    finer = [m for m in inside if m.place is not None and m.place.level in {"city", "sub-city", "admin1"}
             and m.place.country_code == p.country_code and m.label != "anaphor"]  # fmt: skip
    if finer:
        return max(finer, key=lambda m: m.end_char)
    finer = [m for m in clause if m.place is not None and m.place.level in {"city", "sub-city", "admin1"}
             and m.place.country_code == p.country_code and m.label != "anaphor"]  # fmt: skip
    return min(finer, key=lambda m: m.start_char) if finer else best


def _first_conjunct(doc: Doc, m: Mention, candidates: list[Mention]) -> Mention | None:
    """The place named first among those coordinated with ``m`` ("bases in Misrata and the coastal
    city of Sirte": Misrata for Sirte); None when ``m`` is not a later conjunct of a place."""
    span = span_at(doc, m.start_char, m.end_char)
    if span is None:
        return None
    tok = span.root
    while tok.dep_ in _CONJUNCT_PATH and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "conj":
        return None
    tok = list_head(tok)
    for c in candidates:
        root = span_at(doc, c.start_char, c.end_char)
        if c is not m and root is not None and (root.root.i == tok.i or root.root.head.i == tok.i
                                                  and root.root.dep_ in {"appos", "compound"}):  # fmt: skip
            return c
    return None


# arcs from a place's name up to the conjunct that holds it ("the coastal city of Sirte")
_CONJUNCT_PATH = frozenset({"pobj", "prep", "compound", "appos", "amod", "det", "flat"})


def choose_location(
    frame: Frame, mentions: Iterable[Mention], *, sentence_fallback: bool = True, doc: Doc | None = None
) -> tuple[Mention | None, str]:
    """(the place mention where the event happened, reason), or (None, reason). Without
    ``sentence_fallback`` the last tier (a place elsewhere in the sentence) is not used: for verbal
    events a place elsewhere in the sentence is usually what they are about ("discussed the events
    in Afghanistan"), not where they happened. With the ``doc``, of places coordinated in one
    phrase the first is taken ("bombed bases in Misrata and Sirte": Misrata)."""
    all_places = [m for m in mentions if m.kind == "place"]
    places = [m for m in all_places if m.label not in NOT_LOCATION_LABELS]
    tiers = _tiers(frame)
    # a place inside one of the frame's spans lies between their first start and last end: the
    # questions of inclusion below are asked of those places only (the article's others never pass)
    spanned = [s for _, spans in tiers for s in spans]
    lo, hi = min((s[0] for s in spanned), default=0), max((s[1] for s in spanned), default=-1)
    near_all = [m for m in all_places if lo <= m.start_char and m.end_char <= hi]
    near = [m for m in near_all if m.label not in NOT_LOCATION_LABELS]
    own_demonym = any(_inside(m, s) for m in near_all if m.label in NOT_LOCATION_LABELS for s in tiers[0][1])
    for marker, spans in tiers:
        if marker is not None and own_demonym:
            break  # the event's own phrase names its place by a demonym ("at the Greek border")
        if marker == TIER_SENTENCE:
            if not sentence_fallback:
                break
            found = [m for m in near if any(_inside(m, s) for s in spans)]
            if len({_key(m) for m in found}) != 1:
                continue
        for i, span in enumerate(spans):
            inside = [m for m in near if _inside(m, span)]
            if not inside:
                continue
            # The head of the phrase is the most specific ("Jerusalem's walled Old City" → Old City);
            # of places coordinated in it, the first named ("bases in Misrata and the city of Sirte")
            best = max(inside, key=lambda m: (m.end_char, m.place is not None))
            clause = [m for m in near if any(_inside(m, s) for s in spans)]
            first = _first_conjunct(doc, best, clause) if doc is not None else None
            best = first if first is not None and first.place is not None else best
            # a town of the clause's other phrases also beats its country ("seized Iraq's second city Mosul")
            best = _finer(best, inside, [m for m in near if any(_inside(m, s) for s in spans)])
            if marker is None:
                why = f"location '{best.text}' in a locative phrase of '{frame.trigger_text}'"
            else:
                why = f"location '{best.text}' {TIER_MARKERS[marker]} (nothing in the event's own clause)"
            if best.label == "anaphor":
                ante = [m for m in places if m.place == best.place and m.label != "anaphor"
                        and m.sentence_index == best.sentence_index and m.end_char <= best.start_char]  # fmt: skip
                if ante:  # the named town of the same sentence is the extracted place
                    named = max(ante, key=lambda m: m.start_char)
                    return named, f"{why}, which refers back to '{named.text}' ({named.reason})"
            if best.place is not None:
                return best, f"{why} ({best.reason})"
            for outer in spans[i + 1 :]:
                enclosing = [m for m in near if _inside(m, outer) and m.place is not None and m is not best]
                if enclosing:
                    host = max(enclosing, key=lambda m: m.end_char)
                    return (
                        dataclasses.replace(best, place=host.place, candidates=()),
                        f"{why}; not in the gazetteer: coordinates of the enclosing '{host.text}'",
                    )
            return best, f"{why}; not in the gazetteer (no coordinates)"
    if any(_inside(m, s) for m in near_all for s in tiers[0][1]):
        return None, "only a demonym in a locative phrase of the event's clause"
    return None, "no place mention in a locative phrase of the event's clause"


def precision(p: Place) -> str | None:
    """How fine a location is: ``city`` (a city or a place in one), ``admin1`` (a first-level
    division or a part of a country), ``country``; None for a place wider than a country."""
    if p.level in {"city", "sub-city"}:
        return "city"
    if p.level == "country":
        return "country"
    return "admin1" if p.country_code else None


def place_location(p: Place, extracted: str) -> EventLocation:
    """The event record's location at a gazetteer place."""
    return EventLocation(
        extracted, p.name, p.geonameid, p.lat, p.lon, p.country_code, p.admin1, p.feature_class, p.feature_code,
        p.level, precision(p),
    )  # fmt: skip


def event_location(m: Mention) -> EventLocation:
    """The event record's location; resolved fields are None for a place not in the gazetteer."""
    p = m.place
    if p is None:
        return EventLocation(m.text, None, None, None, None, None, None, None, None, "unresolved")
    return place_location(p, m.text)


def met_there(doc: Doc, frame: Frame, place: Mention) -> bool:
    """Whether a place stands in a phrase of a gathering that frames the trigger ("At an emergency
    summit in Nairobi, the leaders imposed sanctions", "Meeting in Brussels, the ministers froze
    ..."): where the parties met (lexicon convening_nouns, convening_verbs), not whom the act is
    aimed at (the coder lends its country to no recipient)."""
    trigger = trigger_span(doc, frame)
    span = span_at(doc, place.start_char, place.end_char)
    if trigger is None or span is None:
        return False
    root, tok = trigger.root, span.root
    while tok.dep_ in {"compound", "appos", "flat"} and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(_MET_NESTING):
        if tok.dep_ != "pobj" or tok.head.lower_ not in _MET_PREPS:
            return False
        holder = tok.head.head
        if holder.pos_ == "VERB" and holder.lemma_.lower() in CONVENING_VERBS:
            return holder.head.i == root.i and holder.dep_ in {"advcl", "prep"}
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in CONVENING_NOUNS:
            framing = holder.head if holder.dep_ == "pobj" else None
            return framing is not None and framing.head.i == root.i and framing.lower_ in {"at", "during"}
        tok = holder
    return False
