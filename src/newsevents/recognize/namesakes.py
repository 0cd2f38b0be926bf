"""Which of the places sharing a name a mention means, given the countries of its article: the one chooser of
recognize/venuetown.py (a town read from a venue's name, "the La Belle nightclub") and recognize/facilities.py (the
town that opens a facility's name, "Hillsborough Castle").

In order: the gazetteer's own choice, where it was read by its own name (not an alternate name), is of the
levels asked and the caller's evidence lets it stand anywhere (``stands``: a national capital, a large city, the
only place of its name; a first-level division where the article names no country); else the first place of that
very name (and level) the gazetteer lists in one of the article's countries; else none: a place given wrongly is
worse than none."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from newsevents.records import Place
from newsevents.resolve.placekeys import fold

__all__ = ["same_named_town"]


def same_named_town(
    place: Place | None,
    candidates: Sequence[Place],
    by_alternate: bool,
    name: str,
    countries: Collection[str],
    stands: Callable[[Place], bool],
    levels: Collection[str] | None = None,
) -> Place | None:
    """The place named ``name`` that a mention means (see the module): ``place``, ``candidates`` and
    ``by_alternate`` are the gazetteer's reading, ``countries`` the article's (ISO3)."""
    key = fold(name)
    if place is not None and not by_alternate and fold(place.name) == key and stands(place):
        if levels is None or place.level in levels:
            return place
    of_name = (c for c in candidates if fold(c.name) == key and (levels is None or c.level in levels))
    return next((c for c in of_name if c.country_code in countries), None)
