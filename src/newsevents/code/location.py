"""Choosing where an event happened among the article's place mentions.

A place counts as the event's location only when it stands in a locative phrase of the event's
predicate or its object, in the same clause (the frame's ``place_spans``), or when it is the
object of a verb that acts on a place ("captured the town of Huddur"). Places that are only
actors ("Moscow said"), origins ("from Kabul"), demonyms ("Russian"), or the dateline are not
locations. No location is better than a wrong one: where nothing fits, the event has none, and
the reason says so.

:func:`locative_spans` computes a frame's ``place_spans`` from the dependency tree, most
specific first: it follows nested locative phrases ("in al-Tijara neighbourhood in central
Damascus"), "of" after place nouns ("on the edge of Damascus", "the town of Huddur") and the
object of place-taking verbs. :func:`choose_location` takes the first place mention (resolved or
not) in those spans; an unresolved one borrows the coordinates of an enclosing resolved place of
the same chain, and the reason says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from newsevents.records import EventLocation, Frame, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["choose_location", "event_location", "locative_spans", "PLACE_TAKING_VERBS"]

LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "into", "outside", "inside", "across", "throughout", "around", "onto", "within", "on",
     "along", "off", "over", "between", "among", "amid", "beside", "behind", "towards", "toward", "through"}
)  # fmt: skip
# Nouns whose "of" phrase names the place itself or the place it is part of.
PLACE_PART_NOUNS = frozenset(
    {"town", "city", "village", "province", "region", "district", "governorate", "neighbourhood", "neighborhood",
     "suburb", "suburbs", "area", "areas", "county", "state", "capital", "island", "islands", "valley", "camp",
     "settlement", "settlements", "countryside", "outskirts", "edge", "outskirt", "vicinity", "center", "centre",
     "heart", "part", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "perimeter", "border", "streets", "street", "port", "municipality", "prefecture", "enclave", "quarter",
     "environs", "periphery", "side", "coast", "shores", "banks", "hills", "mountains"}
)  # fmt: skip
# Verbs whose direct object (or passive subject) can be the place acted upon.
PLACE_TAKING_VERBS = frozenset(
    {"capture", "recapture", "seize", "liberate", "retake", "overrun", "occupy", "storm", "shell", "bomb",
     "bombard", "raid", "patrol", "besiege", "invade", "enter", "free", "surround", "take", "attack", "hit",
     "strike", "target", "control", "encircle", "blockade", "annex", "siege", "loot", "burn", "destroy"}
)  # fmt: skip
# Prepositions whose object is not a place but may hold one ("in clashes with forces near X").
PASS_THROUGH_PREPS = frozenset({"with", "during", "by", "after", "amid", "following", "for"})
# Clauses of the verb searched last, for a place of the same event ("killed fighting in X").
SUB_CLAUSE_DEPS = frozenset({"advcl", "xcomp"})
NOT_LOCATION_LABELS = frozenset({"demonym"})
_MAX_DEPTH = 4


def _core(tok: Token) -> tuple[int, int]:
    from newsevents.frame.frames import np_core

    return np_core(tok)


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}:
            out.extend(_conjuncts(c))
    return out


def _head_span(tok: Token) -> tuple[int, int]:
    """The head noun with its proper-noun compounds and its possessor ("Grozny's streets")."""
    toks = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            proper = c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN" and tok.pos_ == "PROPN"
            if c.dep_ == "poss" or proper or (t is not tok and c.dep_ in {"compound", "flat", "case"}):
                toks.append(c)
                stack.append(c)
    doc = tok.doc
    left, right = min(t.i for t in toks), max(t.i for t in toks)
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def _chain(tok: Token, depth: int = 0) -> list[tuple[int, int]]:
    """Spans of a locative noun and what it nests, most specific first.

    Order: the named place of "the town of X" / "the edge of X"; the head noun with its
    possessor; appositions ("Goma, the capital of ..."); nested phrases ("... in central
    Damascus"; also under "with", "during", "by": "clashes with forces near X"); last, the whole
    core with its modifiers ("a US convoy", "the Manbij campaign").
    """
    if depth > _MAX_DEPTH:
        return []
    of_spans: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []
    appos: list[tuple[int, int]] = []
    nested: list[tuple[int, int]] = []
    cores: list[tuple[int, int]] = []
    for t in _conjuncts(tok):
        heads.append(_head_span(t))
        cores.append(_core(t))
        for p in t.children:
            if p.dep_ == "appos":
                appos.extend(_chain(p, depth + 1))
            if p.dep_ not in {"prep", "agent"}:
                continue
            lemma = p.lower_
            for o in (g for g in p.children if g.dep_ == "pobj"):
                if lemma == "of" and t.lemma_.lower() in PLACE_PART_NOUNS:
                    of_spans.extend(_chain(o, depth + 1))
                elif lemma in LOCATIVE_PREPS or lemma == "of":
                    nested.extend(_chain(o, depth + 1))
                elif lemma in PASS_THROUGH_PREPS:
                    nested.extend(s for s in _chain(o, depth + 1) if s != _head_span(o) and s != _core(o))
    return [*of_spans, *heads, *appos, *nested, *cores]


def locative_spans(verb: Token, objects: Sequence[Token] = ()) -> tuple[tuple[int, int], ...]:
    """A frame's ``place_spans``: locative phrases of the verb and its objects, most specific first.

    Order: the objects of a place-taking verb ("captured the town of Huddur"), then the verb's own
    locative phrases, then its objects' locative phrases, each followed through nested phrases
    and "of" after place nouns; last, those of its adverbial and complement clauses ("killed
    fighting in X"). "from" phrases (origins) and subjects (actors) are never followed.
    """
    out: list[tuple[int, int]] = []
    _verb_spans(verb, objects, out, 0)
    return tuple(dict.fromkeys(out))


def _verb_spans(verb: Token, objects: Sequence[Token], out: list[tuple[int, int]], depth: int) -> None:
    if verb.lemma_.lower() in PLACE_TAKING_VERBS:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        for c in verb.children:
            if c.dep_ in {"dobj", "obj"} or (passive and c.dep_ == "nsubjpass"):
                out.extend(_chain(c))
    for holder in (verb, *objects):
        for p in holder.children:
            if p.dep_ in {"prep", "agent"} and (p.lower_ in LOCATIVE_PREPS or p.lower_ in PASS_THROUGH_PREPS):
                for o in p.children:
                    if o.dep_ == "pobj":
                        spans = _chain(o)
                        if p.lower_ not in LOCATIVE_PREPS:  # only what the phrase nests
                            spans = [s for s in spans if s not in (_head_span(o), _core(o))]
                        out.extend(spans)
    if depth < 2:
        for c in verb.children:
            if c.dep_ in SUB_CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"}:
                sub_objects = [g for g in c.children if g.dep_ in {"dobj", "obj"}]
                _verb_spans(c, sub_objects, out, depth + 1)
                for cc in c.children:
                    if cc.dep_ == "conj" and cc.pos_ == "VERB":
                        _verb_spans(cc, [], out, depth + 1)


def _inside(m: Mention, span: tuple[int, int]) -> bool:
    return span[0] <= m.start_char and m.end_char <= span[1]


def choose_location(frame: Frame, mentions: Iterable[Mention]) -> tuple[Mention | None, str]:
    """(the place mention where the event happened, reason), or (None, reason)."""
    places = [m for m in mentions if m.kind == "place" and m.label not in NOT_LOCATION_LABELS]
    spans = list(frame.place_spans)
    if frame.predicate_lemma in PLACE_TAKING_VERBS:
        # The object itself can be the place acted on ("overran the town of X").
        spans += [s for s in frame.object_spans if s not in spans]
    for i, span in enumerate(spans):
        inside = [m for m in places if _inside(m, span)]
        if not inside:
            continue
        # The head of the phrase is the most specific ("Jerusalem's walled Old City" → Old City).
        best = max(inside, key=lambda m: (m.end_char, m.place is not None))
        why = f"location '{best.text}' in a locative phrase of '{frame.trigger_text}'"
        if best.place is not None:
            return best, f"{why} ({best.reason})"
        for outer in spans[i + 1 :]:
            enclosing = [m for m in places if _inside(m, outer) and m.place is not None and m is not best]
            if enclosing:
                host = max(enclosing, key=lambda m: m.end_char)
                return (
                    dataclasses.replace(best, place=host.place, candidates=()),
                    f"{why}; not in the gazetteer: coordinates of the enclosing '{host.text}'",
                )
        return best, f"{why}; not in the gazetteer (no coordinates)"
    if any(_inside(m, s) for m in mentions if m.kind == "place" for s in spans):
        return None, "only a demonym in a locative phrase of the event's clause"
    return None, "no place mention in a locative phrase of the event's clause"


def event_location(m: Mention) -> EventLocation:
    """The event record's location; resolved fields are None for a place not in the gazetteer."""
    p = m.place
    if p is None:
        return EventLocation(m.text, None, None, None, None, None, None, None, None, "unresolved")
    return EventLocation(
        m.text, p.name, p.geonameid, p.lat, p.lon, p.country_code, p.admin1, p.feature_class, p.feature_code, p.level
    )
