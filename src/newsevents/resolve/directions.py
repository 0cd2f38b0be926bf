"""The point of a part of a country named by a direction ("eastern Ukraine", "northeastern Nigeria",
"southwestern France"; recognize/regions.py): the median point (the median latitude and the median
longitude; places52, before the mean) of the country's towns of
:data:`TOWN_POPULATION` people or more that lie in the far half of the country in that direction, counted
from the country's point (each town counts once, so the point is where the towns of that part are, not
its largest city). Eastern Ukraine's point falls in the Donbas, some 450 km from Ukraine's; eastern
Congo's in North Kivu; northern Namibia's by Oshakati, where the mean was drawn 190 km east by the
Caprivi strip's towns.

A country whose towns reach no more than :data:`SMALL_KM` from its point in that direction keeps its own
point ("southern Lebanon", "northern Kuwait", "southern Israel": the country's point is already near
them, and a far half of a few towns would be one town's point). "central" keeps the country's point.
Computed once a country and direction (places49)."""

from __future__ import annotations

import math
import statistics
import threading
from typing import TYPE_CHECKING

from newsevents.geo import haversine_km

if TYPE_CHECKING:
    from newsevents.records import Place
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["SMALL_KM", "TOWN_POPULATION", "directional_point"]

TOWN_POPULATION = 10_000  # the towns that say where a part of a country is (all towns where fewer than MIN_TOWNS)
MIN_TOWNS = 20
SMALL_KM = 250.0  # a country reaching no farther than this from its point keeps its point
FAR_HALF = 0.5  # the towns at least this share of the farthest town's reach in the direction
OUTLYING = 2.0  # a town farther from the country's point than this many times the median town is left out
_KM_PER_DEGREE = 111.2
_UNITS = {"north": (0.0, 1.0), "south": (0.0, -1.0), "east": (1.0, 0.0), "west": (-1.0, 0.0)}

_cache: dict[tuple[str, str, str], tuple[float, float] | None] = {}
_lock = threading.Lock()


def _unit(direction: str) -> tuple[float, float] | None:
    """The direction's unit vector (east, north) on the plane; None for "central" or no direction."""
    x = y = 0.0
    for word, (a, b) in _UNITS.items():
        if word in direction:
            x, y = x + a, y + b
    n = math.hypot(x, y)
    return (x / n, y / n) if n else None


def directional_point(gazetteer: Gazetteer, country: Place, direction: str) -> tuple[float, float] | None:
    """(lat, lon) of the ``direction`` part of ``country`` (see the module); None where the country's own
    point serves (a small country, "central", a country without towns)."""
    iso3 = country.country_code
    if not iso3:
        return None
    key = (str(gazetteer.path), iso3, direction.lower())
    with _lock:
        if key in _cache:
            return _cache[key]
    point = _compute(gazetteer, country, direction.lower())
    with _lock:
        _cache[key] = point
    return point


def _compute(gazetteer: Gazetteer, country: Place, direction: str) -> tuple[float, float] | None:
    unit = _unit(direction)
    if unit is None or country.country_code is None:
        return None
    towns = gazetteer.towns(country.country_code, TOWN_POPULATION)
    if len(towns) < MIN_TOWNS:
        towns = gazetteer.towns(country.country_code)
    if not towns:
        return None
    k = math.cos(math.radians(country.lat))
    offsets = [(lat - country.lat, (lon - country.lon + 540.0) % 360.0 - 180.0) for lat, lon in towns]
    # towns far beyond most (Hawaii and Alaska for the United States) are no part of its western or northern towns
    spread = sorted(math.hypot(dlat, dlon * k) for dlat, dlon in offsets)[len(offsets) // 2] * OUTLYING
    reach = [(dlon * k * unit[0] + dlat * unit[1], dlat, dlon) for dlat, dlon in offsets
             if math.hypot(dlat, dlon * k) <= spread]  # fmt: skip
    far = max(r for r, _, _ in reach)
    if far * _KM_PER_DEGREE <= SMALL_KM:
        return None
    half = [(dlat, dlon) for r, dlat, dlon in reach if r >= FAR_HALF * far]
    # the median town of the far half, by latitude and by longitude: a few towns at its far edge (Rundu and
    # Katima Mulilo in northern Namibia's east) do not draw the point away from where most of them lie
    lat = country.lat + statistics.median(a for a, _ in half)
    lon = (country.lon + statistics.median(b for _, b in half) + 540.0) % 360.0 - 180.0
    if haversine_km(lat, lon, country.lat, country.lon) <= 1.0:
        return None
    return lat, lon
