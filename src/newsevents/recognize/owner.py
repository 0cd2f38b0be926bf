"""A place named with a town as its owner lies in that town: "Honiara's Chinatown" is a quarter of
Honiara, not the Chinatown the gazetteer ranks first (a US town). The owner is read in the
gazetteer even where the entity tagger took it for a person ("Honiara" tagged PERSON).

Only a disagreement is settled: the owned name, found by the gazetteer alone (label ``gazetteer``) or
tagged as a place ("London's Docklands", not Docklands in Melbourne; places49), resolved to a town of
another country than the owner's, takes the owner's point (the owner being a
town by its own name of at least ``OWNER_POPULATION`` people). "Moscow's Red Square" and "Kiev's
Independence Square", which already agree, are left as they are.

A name without a point of its own (a square, a palace the gazetteer lacks) named with a town as its
owner takes that town's point too, also where the tagger took the owner for a person ("Kiev's
Independence Square", "Kiev" tagged PERSON, so no place mention for recognize/toponyms.containing_place
to lend) or swallowed it into the name ("Havana's Revolution Palace" as one entity) (places48)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from newsevents.parse.tree import span_at
from newsevents.resolve.gazetteer import Reading
from newsevents.work import Work

__all__ = ["OWNER_POPULATION", "owned_by_town"]

OWNER_POPULATION = 20_000
_POSSESSIVE = frozenset({"'s", "’s"})
# the mentions whose town may be a quarter of the owner: found by the gazetteer alone, or tagged as places
# ("London's Docklands" tagged LOC is not Docklands, Melbourne; places49)
_OWNED = frozenset({"gazetteer", "GPE", "LOC", "FAC"})


def owned_by_town(work: Work, resolve: Callable[[str], Reading]) -> None:
    """Give each place named with a town as its owner that town's point (see the module)."""
    doc = work.doc
    for k, m in enumerate(work.places):
        pointless = m.place is None and m.label not in {"border", "anaphor", "region"}
        if not pointless and (m.label not in _OWNED or m.place is None or m.place.level not in {"city", "sub-city"}):
            continue
        span = span_at(doc, m.start_char, m.end_char)
        if span is None:
            continue
        # "Nairobi's Westgate shopping mall": the owner of the noun the name modifies
        holder = span.root.head if span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN" else span.root
        possessors = [c for c in holder.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        owners = [c for c in possessors if c.i < span.start or (pointless and c.left_edge.i == span.start)]
        if not owners:
            continue
        owner = owners[0]
        marker = [c for c in owner.children if c.lower_ in _POSSESSIVE]
        if not marker:
            continue
        name = doc[owner.left_edge.i : owner.i + 1].text
        place, _, reason, alt, _ = resolve(name)
        if (
            place is None
            or place.level != "city"
            or alt
            or place.population < OWNER_POPULATION
            or (m.place is not None and place.country_code == m.place.country_code)
        ):
            continue
        why = f"{m.reason}; named with the town '{name}' as its owner: the point of '{place.name}' ({reason})"
        work.places[k] = dataclasses.replace(m, place=place, candidates=(place,), reason=why)
