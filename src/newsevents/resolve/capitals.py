"""Capitals with dates: the city "the capital" of a country means on a given day.

``data/geo/capitals.tsv`` lists the countries whose capital moved (Naypyidaw from 2005, Abuja
from 1991, Astana from 1997), was born on a date (Juba from 2011-07-09), or whose capital in the
news is the seat of government (La Paz). Every other country takes the gazetteer's current
capital. Format and sources: docs/gazetteer.md.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from newsevents.errors import KnowledgeError
from newsevents.records import Place
from newsevents.tsv import tsv_rows

if TYPE_CHECKING:
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["CapitalSpan", "capital_on", "capital_spans"]


@dataclass(frozen=True)
class CapitalSpan:
    iso3: str
    name: str
    start: dt.date | None  # first day; None: since before any story
    end: dt.date | None  # first day it no longer is; None: still is

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def _day(text: str, where: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise KnowledgeError(f"{where}: '{text}' is not a date (YYYY-MM-DD)") from e


def parse_capitals(text: str, name: str = "capitals.tsv") -> tuple[CapitalSpan, ...]:
    out = []
    for lineno, cols in tsv_rows(text):
        where = f"{name}:{lineno}"
        if len(cols) < 4 or len(cols[0]) != 3 or not cols[1]:
            raise KnowledgeError(f"{where}: expected iso3, capital, from, until (tab-separated)")
        out.append(CapitalSpan(cols[0].upper(), cols[1], _day(cols[2], where), _day(cols[3], where)))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def capital_spans() -> tuple[CapitalSpan, ...]:
    """The shipped table (data/geo/capitals.tsv)."""
    text = (resources.files("newsevents") / "data" / "geo" / "capitals.tsv").read_text(encoding="utf-8")
    return parse_capitals(text)


def capital_on(gazetteer: Gazetteer, iso3: str, day: dt.date | None = None) -> tuple[Place | None, str]:
    """(the capital of ``iso3`` on ``day``, why); (None, why) when the country had none then."""
    rows = [r for r in capital_spans() if r.iso3 == iso3]
    if not rows:
        return gazetteer.capital_of(iso3), "the gazetteer's capital"
    row = next((r for r in rows if (r.covers(day) if day is not None else r.end is None)), None)
    if row is None:
        return None, f"no capital of {iso3} on {day}"
    place, _, _ = gazetteer.resolve(row.name, context_countries=[iso3])
    if place is None or place.country_code != iso3:
        return gazetteer.capital_of(iso3), f"the gazetteer's capital ('{row.name}' not found in {iso3})"
    since = f" from {row.start}" if row.start else ""
    until = f" until {row.end}" if row.end else ""
    return place, f"capital of {iso3}{since}{until} (data/geo/capitals.tsv)"
