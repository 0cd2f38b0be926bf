"""A town called by the opening words of its full name, where the article gives the full name: "San
Cristobal" in a story filed from SAN CRISTOBAL DE LAS CASAS (or that names San Cristóbal de las Casas) is
that town, not Ecatepec de Morelos (whose alternate name "San Cristóbal Ecatepec" the gazetteer also
matches) nor San Cristóbal in Venezuela; "Port" split off "Port Moresby" is not Le Port on Réunion. One
sense per article: the full name the story uses says which town its short name is (places49).

Only a weak reading gives way: a match by alternate name, or a town in another country than the full
name's. A town read by its own name in the full name's country keeps it ("Washington" in a story that also
names Washington Heights is still the capital)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from newsevents.recognize.toponyms import clean_name
from newsevents.records import Place
from newsevents.resolve.datelines import qualifier_countries
from newsevents.resolve.placekeys import fold
from newsevents.work import Work

if TYPE_CHECKING:
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["SHORT_READINGS", "by_full_name", "dateline_town"]

# the mention labels whose reading may be a short name's (place names, not demonyms, descriptions, borders)
SHORT_READINGS = frozenset({"GPE", "LOC", "FAC", "gazetteer"})
_TOWN_LEVELS = frozenset({"city", "sub-city"})
_MIN_KEY = 4  # a short name of fewer letters ("San") says nothing


def _full_names(work: Work, extra: Iterable[Place]) -> list[tuple[str, Place]]:
    """The towns the article names by a name of two words or more, read by their own name, and
    ``extra`` (the dateline's town): (folded name, place)."""
    out: dict[str, Place] = {}
    for m in work.places:
        p = m.place
        if p is None or m.by_alternate or p.level not in _TOWN_LEVELS or m.label not in SHORT_READINGS:
            continue
        key = fold(clean_name(m.text))
        if len(key.split()) >= 2 and key == fold(p.name):
            out.setdefault(key, p)
    for p in extra:
        if p.level in _TOWN_LEVELS and len(p.name.split()) >= 2:
            out.setdefault(fold(p.name), p)
    return list(out.items())


def by_full_name(work: Work, dateline_town: Place | None = None) -> None:
    """Reads each short name of a town the article names in full (see the module) as that town.
    ``dateline_town``: the dateline's town, read by its own name, or None."""
    fulls = _full_names(work, [dateline_town] if dateline_town is not None else [])
    if not fulls:
        return
    for k, m in enumerate(work.places):
        p = m.place
        if p is None or p.level not in _TOWN_LEVELS or m.label not in SHORT_READINGS:
            continue
        key = fold(clean_name(m.text))
        if len(key) < _MIN_KEY:
            continue
        full = next((q for name, q in fulls if name.startswith(key + " ") and q != p), None)
        if full is None or not (m.by_alternate or p.country_code != full.country_code):
            continue
        why = f"{m.reason}; the opening words of '{full.name}', which the article names in full"
        cands = (full, *(c for c in m.candidates if c != full))[:5]
        work.places[k] = dataclasses.replace(m, place=full, candidates=cands, reason=why, by_alternate=False)


def dateline_town(gazetteer: Gazetteer, dateline: str | None) -> Place | None:
    """The town a dateline names by its own full name ("SAN CRISTOBAL DE LAS CASAS", "Port-au-Prince,
    Haiti": read in the country its qualifier names), or None."""
    if not dateline:
        return None
    name = dateline.split(",")[0].split("/")[0].strip()
    if not name:
        return None
    place, _, _ = gazetteer.resolve(name.title(), context_countries=qualifier_countries(gazetteer, dateline))
    if place is None or place.level not in _TOWN_LEVELS or fold(place.name) != fold(name):
        return None
    return place
