"""Seats: the place an organisation's events happen at when its story names none (the UN in New
York, NATO in Brussels), and datelines that name a place by something else than its name
("UNITED NATIONS"). The table is ``data/geo/seats.tsv`` (format in docs/gazetteer.md)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from newsevents.errors import KnowledgeError
from newsevents.records import Place
from newsevents.tsv import tsv_rows

if TYPE_CHECKING:
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["Seat", "parse_seats", "seat_place", "seats"]

KINDS = frozenset({"org", "dateline"})


@dataclass(frozen=True)
class Seat:
    kind: str  # org | dateline
    key: str  # an actor code (exact) or a dateline (upper-cased)
    place: str
    iso3: str


def parse_seats(text: str, name: str = "seats.tsv") -> tuple[Seat, ...]:
    out = []
    for lineno, cols in tsv_rows(text):
        if len(cols) < 4 or cols[0] not in KINDS or not cols[1] or not cols[2] or len(cols[3]) != 3:
            raise KnowledgeError(f"{name}:{lineno}: expected kind (org|dateline), key, place, iso3 (tab-separated)")
        key = cols[1].upper() if cols[0] == "dateline" else cols[1]
        out.append(Seat(cols[0], key, cols[2], cols[3].upper()))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def seats() -> tuple[Seat, ...]:
    """The shipped table (data/geo/seats.tsv)."""
    text = (resources.files("newsevents") / "data" / "geo" / "seats.tsv").read_text(encoding="utf-8")
    return parse_seats(text)


def seat_place(gazetteer: Gazetteer, kind: str, key: str) -> Place | None:
    """The place of an organisation's seat (``kind`` "org", ``key`` its actor code) or of a dateline
    word (``kind`` "dateline"); None when the table has no such row or the gazetteer lacks it."""
    want = key.upper() if kind == "dateline" else key
    row = next((s for s in seats() if s.kind == kind and s.key == want), None)
    if row is None:
        return None
    place, _, _ = gazetteer.resolve(row.place, context_countries=[row.iso3])
    return place if place is not None and place.country_code == row.iso3 else None
