"""A place name of several senses read by its neighbours: of the towns a name may be, the one
next to a city the same sentence names ("near Oka, west of Montreal": Oka in Quebec, not a larger
town elsewhere that bears the name as an alternate name), or in the first-level division of a city or
division the sentence names ("Quebec provincial police arrested protesters near Oka"). Geoparsers
call this spatial minimality; here it only overrides a weak reading, a match by alternate name (a
town read by its own name keeps it: "Damascus" beside "Washington's concern" stays Syria's)."""

from __future__ import annotations

import dataclasses

from newsevents.geo import haversine_km
from newsevents.records import Mention, Place
from newsevents.work import Work

__all__ = ["NEAR_KM", "read_by_neighbours"]

NEAR_KM = 100.0  # a sense this close to a city the sentence names is "beside" it
_ANCHOR_LEVELS = frozenset({"city", "admin1"})
_READINGS = frozenset({"GPE", "LOC", "FAC", "gazetteer"})


def _anchors(places: list[Mention], m: Mention) -> list[tuple[Mention, Place]]:
    """The other named places of the mention's sentence that are firm: a city or division read by
    its own name."""
    out = []
    for o in places:
        p = o.place
        if o is m or p is None or o.sentence_index != m.sentence_index or p.level not in _ANCHOR_LEVELS:
            continue
        if o.by_alternate or o.label not in _READINGS or o.text == m.text:
            continue
        out.append((o, p))
    return out


def _same_division(c: Place, a: Place) -> bool:
    """Whether a sense lies in the first-level division of a firm place of the sentence, or in that
    division itself ("Quebec provincial police arrested protesters near Oka": the Oka in Quebec)."""
    return bool(c.admin1) and c.admin1 == a.admin1 and c.country_code == a.country_code


def read_by_neighbours(work: Work) -> None:
    """Replaces a weak reading of a town by its sense beside a city of the same sentence."""
    for k, m in enumerate(work.places):
        p = m.place
        if p is None or p.level != "city" or len(m.candidates) < 2 or m.label not in _READINGS:
            continue
        anchors = _anchors(work.places, m)
        if not anchors:
            continue
        if not m.by_alternate:
            continue  # a town read by its own name keeps it ("Damascus" beside "Washington's concern")
        best: tuple[float, Place, Mention] | None = None
        for c in m.candidates:
            if c == p or c.level != "city":
                continue
            for o, a in anchors:
                d = haversine_km(c.lat, c.lon, a.lat, a.lon)
                beside = d <= NEAR_KM or _same_division(c, a)
                if beside and c.country_code == a.country_code and (best is None or d < best[0]):
                    best = (d, c, o)
        if best is not None:
            d, c, o = best
            why = f"{m.reason}; the {c.name} {d:.0f} km from '{o.text}', named in the same sentence"
            if d > NEAR_KM:
                why = f"{m.reason}; the {c.name} in the first-level division of '{o.text}', named in the same sentence"
            work.places[k] = dataclasses.replace(m, place=c, reason=why)
