"""The countries a dateline's qualifier names: "OKA, Quebec", "BUKA, Papua New Guinea", "Port-au-Prince,
Haiti". The words after the city's name say which namesake the city is (Oka in Quebec, not Awka in
Nigeria by an alternate spelling; Buka in Papua New Guinea, not Bo'ka in Uzbekistan), so the city is
resolved with their country as its context (where/stage.dateline_setting, recognize/context.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents.resolve.gazetteer import Gazetteer

__all__ = ["qualifier_countries"]


def qualifier_countries(gazetteer: Gazetteer, dateline: str | None) -> tuple[str, ...]:
    """The countries (ISO3) of the parts of a dateline after its city's name, a country or a division
    ("Haiti", "Ohio"; "Quebec", whichever of the province or its city the gazetteer reads, is in
    Canada); () when there are none."""
    if not dateline or "," not in dateline:
        return ()
    out: list[str] = []
    for part in dateline.split(",")[1:]:
        words = part.strip()
        if not words:
            continue
        place, _, _ = gazetteer.resolve(words)
        if place is not None and place.country_code:
            if place.country_code not in out:
                out.append(place.country_code)
    return tuple(out)
