"""How the places stage (recognize/places.py) reads a name, and records a place mention.

* ``resolve_name``: a country's name always resolves to the country; else the gazetteer reads the
  name with the article's countries as context (the dateline's strongly, the others it names
  weakly: docs/gazetteer.md, rule 4); an abbreviation is read spelled out ("St. Croix": "Saint
  Croix"), a direction before a country, division or region names a part of it ("Northern
  Europe"), and a place noun after a name is read without it ("Montenegro province");
* ``demonym_place``: demonyms and regional adjectives ("Russian", "European") resolve to the
  country or the region, never to a city of that name;
* ``known_actor``: an organisation or person of the knowledge base is no place;
* ``large_place``: a place big enough to be named by a bare modifier;
* ``add_mention``: the mention record, with its sentence, label, candidates and reason.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsevents.kb.name_context import name_context
from newsevents.lexicon import table
from newsevents.recognize.context import Context
from newsevents.recognize.mentions import sentence_index_at
from newsevents.recognize.placecues import NAME_BEFORE_NOUNS
from newsevents.records import ActorRef, Mention, Place
from newsevents.resolve.gazetteer import Reading
from newsevents.work import Work

if TYPE_CHECKING:
    from newsevents.kb import KnowledgeBase
    from newsevents.resolve.gazetteer import Gazetteer

# Adjectives of continents and regions that the knowledge base does not list as demonyms.
REGION_ADJECTIVES = table("region_adjectives")
_DIRECTIONS = frozenset(f"{d}{suffix}" for d in ("north", "south", "east", "west") for suffix in ("", "ern")) | {
    "central",
    "upper",
    "lower",
    "southwest",
    "southeast",
    "northwest",
    "northeast",
}
_ABBREVIATIONS = {"St": "Saint", "Ste": "Sainte", "Mt": "Mount", "Ft": "Fort", "Pt": "Port"}
_ABBREVIATED = re.compile(r"\b(St|Ste|Mt|Ft|Pt)\.?\s+(?=[A-Z])")


def large_place(place: Place | None, by_alternate: bool) -> bool:
    """A place big enough to be named by a bare modifier: a country, a division, or a city of
    20,000 people, by its own name."""
    if place is None or by_alternate:
        return False
    return place.level in {"country", "admin1"} or (place.level == "city" and place.population >= 20_000)


def known_actor(work: Work, know: Knowledge, name: str) -> bool:
    """An organisation or a person of the knowledge base ("Hezbollah", "SDF"); a bare sector word
    ("the Adiyat School": 'School') does not make a name an actor."""
    refs = know.resolve_phrase(name, None)
    return any(r.kind not in (None, "country", "sector") for r in refs)


def add_mention(work: Work, span: Span | tuple[int, int, str], label: str, place: Place | None,
         cands: Iterable[Place], reason: str, by_alternate: bool = False) -> None:  # fmt: skip
    if isinstance(span, Span):
        start, end, text = span.start_char, span.end_char, span.text
    else:
        start, end, text = span
    work.places.append(
        Mention(
            "place",
            start,
            end,
            text,
            sentence_index_at(work, start),
            label,
            place=place,
            candidates=tuple(cands)[:5],
            reason=reason,
            by_alternate=by_alternate,
        )
    )


def demonym_place(work: Work, know: Knowledge, name: str) -> tuple[Place | None, str] | None:
    """(place, reason) when ``name`` is a demonym or a regional adjective; None otherwise."""
    kb, gaz = know.kb, know.gazetteer
    if kb.is_demonym(name):
        entry = kb.country_for_word(name)
        if entry is not None:
            return gaz.country(entry.iso3), f"demonym → country {entry.iso3}"
        return None, "demonym of no listed country"
    region = REGION_ADJECTIVES.get(" ".join(name.lower().split()))
    if region is not None:
        place, _, _ = gaz.resolve(region)
        return place, f"regional adjective → {region}"
    return None


def portfolio(ent: Span) -> bool:
    """'Indian' in "the Indian Affairs Minister" (of Canada) or "the Minister of Indian Affairs": a
    demonym before a portfolio noun (data/kb/name_context.yaml portfolio_nouns) with an office word
    (``office_heads``, ``portfolio_offices``) after it or before it ("<office> of"): what the office
    deals with, no place and no party (as kb/names.py reads the phrase). Without an office
    ("interference in Chinese affairs") the demonym stays a place."""
    doc, ctx = ent.doc, name_context()
    if ent.end >= len(doc) or doc[ent.end].lower_ not in ctx.portfolio_nouns:
        return False
    offices = ctx.office_heads | ctx.portfolio_offices

    def office(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].lower_ in offices

    before = ent.start - 1
    return office(ent.end + 1) or (before >= 0 and doc[before].lower_ in {"of", "for"} and office(before - 1))


def resolve_name(work: Work, know: Knowledge, name: str, context: Context) -> Reading:
    kb, gaz = know.kb, know.gazetteer
    country = kb.country_named(name)
    if country is not None:
        place = gaz.country(country.iso3)
        return Reading(place, [place] if place else [], f"country name → {country.iso3}")
    found = gaz.read(name, context_countries=context.home, named_countries=context.named)
    if found.place is None and _ABBREVIATED.search(name):  # "St. Croix" is "Saint Croix", "Mt." a "Mount"
        found = gaz.read(
            _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group(1)] + " ", name),
            context_countries=context.home,
            named_countries=context.named,
        )
    first, _, rest = name.partition(" ")
    if found.place is None and rest and first.lower() in _DIRECTIONS:  # "Northern Europe", "South Florida"
        place, candidates, why, alt, _ = resolve_name(work, know, rest, context)
        if place is not None and place.level in {"country", "admin1", "region"}:
            part = dataclasses.replace(place, name=f"{first.lower()} {place.name}", geonameid=None, level="region")
            return Reading(part, candidates, f"'{first}' part of '{rest}', the point is its own: {why}", alt)
    head, _, last = name.rpartition(" ")
    if found.place is None and head and last.lower() in NAME_BEFORE_NOUNS:  # "Montenegro province"
        place, candidates, why, alt, _ = resolve_name(work, know, head, context)
        if place is not None:
            return Reading(place, candidates, f"'{head}' without '{last}': {why}", alt, place_noun=True)
    return found


@dataclasses.dataclass(frozen=True)
class Knowledge:
    """What the places stage looks names up in."""

    kb: KnowledgeBase
    gazetteer: Gazetteer
    resolve_phrase: Callable[[str, dt.date | None], list[ActorRef]]
