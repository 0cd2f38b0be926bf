"""Parts of countries named by a direction: "Afghanistan's northern provinces", "the southern
regions of Chad", "eastern Congo" (the places stage keeps them as regions, label ``region``).

A part named by a compass direction takes the point of the country's first-level division lying
furthest that way (places48): "eastern Ukraine" is Luhansk oblast's point, not the country's centre
500 km west of where the fighting was. Only among the divisions that lie together (none more than
twice the median distance from the country's point: not Hawaii for "the southern United States"),
and only for a country of at least five; a name that is a curated region of its own ("northwest
England") and "central" keep the country's point."""

from __future__ import annotations

import dataclasses
import math
import re
import statistics
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from newsevents.records import Place

if TYPE_CHECKING:
    from newsevents.kb import KnowledgeBase
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["directional_regions", "furthest_division"]

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
    a country, kept as a region with its direction (the point is the country's own: none finer is known):
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
            named = " ".join(words[: found[1]])
            toward = (
                None if _own_region(gaz, named) else furthest_division(gaz.divisions(entry.iso3), country, direction)
            )
            taken.append((m.start(), end))
            why = f"'{direction}' part of {entry.iso3}: a region, the point is the country's"
            if toward is not None:
                region = dataclasses.replace(region, lat=toward.lat, lon=toward.lon, admin1=toward.admin1)
                why = f"'{direction}' part of {entry.iso3}: a region, the point of its division furthest that way"
                why += f", '{toward.name}'"
            yield m.start(), end, region, country, why


# A compass word's direction (east, north): "south-western" is (-1, -1) before its length is made one.
_COMPASS = {"north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0)}
# Fewer divisions than this say too little of which way a part lies (Israel's three).
_MIN_DIVISIONS = 5


def _own_region(gaz: Gazetteer, name: str) -> bool:
    """Whether the name before the direction is a curated region of its own ("England", "Scotland"),
    not the country's name: its part is not read from the country's divisions."""
    reading = gaz.read(name)
    return reading.place is not None and reading.place.level == "region"


def furthest_division(divisions: Sequence[Place], country: Place, direction: str) -> Place | None:
    """The division of ``country`` lying furthest toward a compass ``direction`` ("eastern",
    "south-western") from the country's point, among those that lie together (module doc); None for
    "central", or with fewer than five divisions."""
    x = sum(v[0] for k, v in _COMPASS.items() if k in direction)
    y = sum(v[1] for k, v in _COMPASS.items() if k in direction)
    length = math.hypot(x, y)
    if length == 0 or len(divisions) < _MIN_DIVISIONS:
        return None
    scale = math.cos(math.radians(country.lat))

    def far(p: Place) -> float:
        return math.hypot((p.lon - country.lon) * scale, p.lat - country.lat)

    median = statistics.median(far(p) for p in divisions)
    together = [p for p in divisions if far(p) <= 2 * median]
    if not together:
        return None
    return max(together, key=lambda p: ((p.lon - country.lon) * scale * x + (p.lat - country.lat) * y) / length)
