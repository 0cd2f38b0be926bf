"""A facility named after its town lies in that town: "Hillsborough Castle", "the Islamabad High Court",
"the Kandahar air base". Such a name where a place stands is a place without coordinates (recognize/places.py);
when the text puts it in no place (toponyms.containing_place: "X, Y", "Y's X"), the run of capitalised
words that opens its name, read in the gazetteer as a town or a first-level division by its own name, lends
its point (places47).

Which town of that name: one in a country the article names or is filed from (the Hillsborough of Northern
Ireland, 3,900 people, not the larger New Jersey town, in a story that names Dublin and Northern Ireland);
else, in an article that names no country, the gazetteer's choice when it is a first-level division or a
national capital ("the Islamabad High Court"; "Independence Square" is not in Independence, Missouri, nor a
facility named after a person in a namesake town); never a town outside the article's countries ("the
Miraflores palace" in a story filed from Caracas is not in Lima's Miraflores)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection

from newsevents.lexicon import LEXICON
from newsevents.recognize.namesakes import same_named_town
from newsevents.records import Place
from newsevents.resolve.gazetteer import Reading
from newsevents.work import Work

__all__ = ["named_by_town"]

_FACILITY_WORDS = LEXICON["facility_nouns"] | LEXICON["site_nouns"]
_LEVELS = frozenset({"city", "admin1"})


def _town(reading: Reading, name: str, countries: Collection[str]) -> Place | None:
    """The town (or first-level division) of this very name that the facility is named after: one of the
    article's countries, else, where the article names none, the gazetteer's choice when it is a first-level
    division or a national capital (recognize/namesakes.py)."""

    def stands(p: Place) -> bool:
        # "the Miraflores palace" in a story from Caracas is not in Lima's Miraflores; not "Independence Square"
        return not countries and (p.level == "admin1" or p.feature_code == "PPLC")

    return same_named_town(reading.place, reading.candidates, reading.by_alternate, name, countries, stands, _LEVELS)


def named_by_town(work: Work, resolve: Callable[[str], Reading], countries: Collection[str]) -> None:
    """Give each facility without a point whose name opens with a town that town's point (see the module).
    ``countries``: the article's countries (ISO3), the dateline's and those it names."""
    for k, m in enumerate(work.places):
        if m.place is not None or m.label not in {"gazetteer", "FAC"}:
            continue
        words = m.text.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or words[-1].lower() not in _FACILITY_WORDS:
            continue
        for n in range(min(len(words) - 1, 3), 0, -1):
            opening = words[:n]
            if not all(w[:1].isupper() for w in opening):
                continue
            name = " ".join(opening)
            town = _town(resolve(name), name, countries)
            if town is not None:
                why = f"{m.reason}; named after the town that opens its name: the point of '{town.name}'"
                work.places[k] = dataclasses.replace(m, place=town, candidates=(town,), reason=why)
                break
