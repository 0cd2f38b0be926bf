"""Parts of countries named by a direction: "Afghanistan's northern provinces", "the southern
regions of Chad", "eastern Congo" (the places stage keeps them as regions, label ``region``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsevents.records import Place
from newsevents.resolve.directions import directional_point

if TYPE_CHECKING:
    from newsevents.kb import KnowledgeBase
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["directional_regions"]

_DIR = r"(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central"
_NAME = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*"
_REGION_NOUN = r"provinces?|regions?|areas?|parts?|districts?|states?|territor(?:y|ies)|borderlands?"
# (words one of which a match contains, case-folded; the pattern): a pattern is not run on a text
# without them (speed). Every match holds a direction word.
_DIRECTION_WORDS = ("north", "south", "east", "west", "central")
_DIRECTIONAL: list[tuple[tuple[str, ...], re.Pattern[str]]] = [
    (("'s", "’s"), re.compile(rf"\b(?P<name>{_NAME})['’]s\s+(?P<dir>{_DIR})\s+(?:{_REGION_NOUN})\b")),
    (("the",), re.compile(rf"\bthe\s+(?P<dir>{_DIR})\s+(?:{_REGION_NOUN})\s+of\s+(?P<name>{_NAME})\b", re.I)),
    # lower case only: "Northern Ireland", "South Sudan", "East Timor" are names, not directions
    (_DIRECTION_WORDS, re.compile(rf"\b(?P<dir>{_DIR})\s+(?P<name>{_NAME})\b")),
]


def directional_regions(
    text: str, kb: KnowledgeBase, gaz: Gazetteer, taken: list[tuple[int, int]]
) -> Iterator[tuple[int, int, Place, Place, str]]:
    """'Afghanistan's northern provinces', 'the southern regions of Chad', 'eastern Congo': a part of
    a country, kept as a region with its direction (its point that of the country's towns in that direction,
    resolve/directions.py; the country's own for a small country or "central"):
    (start, end, the region, the country, why) for each; ``taken`` grows with them."""
    folded = text.casefold()
    if not any(word in folded for word in _DIRECTION_WORDS):
        return
    for needs, pattern in _DIRECTIONAL:
        if not any(word in folded for word in needs):
            continue
        for m in pattern.finditer(text):
            if any(not (m.end() <= s or m.start() >= e) for s, e in taken):
                continue
            words = m.group("name").split()
            # the longest run of capitalised words that names a country ("Saudi Arabia's", not "Congo Troops")
            found = next(
                ((e, k) for k in range(len(words), 0, -1) if (e := kb.country_named(" ".join(words[:k])))), None
            )
            country = gaz.country(found[0].iso3) if found is not None else None
            if found is None or country is None:
                continue
            entry = found[0]
            end = m.end() if m.end("name") < m.end() else m.start("name") + len(" ".join(words[: found[1]]))
            direction = m.group("dir").lower()
            region = dataclasses.replace(country, name=f"{direction} {country.name}", geonameid=None, level="region")
            # a direction of a country named by its own name ("eastern Ukraine"); of a nation within a state
            # ("northwest England", the knowledge base's United Kingdom) the state's towns say nothing
            named, _, _ = gaz.resolve(" ".join(words[: found[1]]))
            own = named is None or named.level == "country"
            point = directional_point(gaz, country, direction) if own else None
            why = f"'{direction}' part of {entry.iso3}: a region, the point is the country's"
            if point is not None:
                region = dataclasses.replace(region, lat=point[0], lon=point[1])
                why = f"'{direction}' part of {entry.iso3}: a region, the point is that of the country's towns there"
            taken.append((m.start(), end))
            yield m.start(), end, region, country, why
