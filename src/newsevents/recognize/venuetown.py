"""A town read from a venue's name lies where the story is (place41).

A name before a venue's head noun ("Miraflores palace", "the La Belle nightclub", "Kigali airport";
lexicon ``named_venue_nouns``) is read in the gazetteer as the town the venue is in. Most often it is
("Kigali airport", "Jabalya refugee camp"); but a venue named after a person, a saint or a word ("La
Belle", "Miraflores") is read as some namesake town abroad. So the town lends the venue its point only
where it lies in a country the article is filed from or names (by its name or demonym, also where the
tagger took the country's name for another kind of name), or where it is a national capital, a city of
:data:`LARGE_CITY` people ("a New York court") or the only place of that name the gazetteer knows, read
by its own name ("Entebbe airport" in a story filed from
Nairobi): else a town of that name in one of those countries takes its place, and without one
the mention keeps no point; a place given wrongly is worse than none. An article that names no country
keeps the gazetteer's reading. A country's name ("U.S. air base") is whose the venue is and is left as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.recognize.namesakes import same_named_town
from newsevents.records import Place
from newsevents.work import Work

__all__ = ["VENUE_ABROAD", "venue_towns_at_home"]

_VENUE_NOUNS = LEXICON["named_venue_nouns"]
# people of a city abroad that a venue's name is read as all the same ("an Auckland court" in a story that names
# no New Zealand): a namesake venue is rarely named after so large a city
LARGE_CITY = 300_000
# words that may stand between the name and the venue's noun ("the Miraflores presidential palace")
_BETWEEN = 2
VENUE_ABROAD = (
    "the name before the venue noun '{noun}' read as a town in {iso3}, a country the article neither is filed"
    " from nor names: the venue's name, not its town"
)


def _venue_noun(work: Work, start: int, end: int) -> Token | None:
    """The venue noun a name (characters ``start``-``end``) stands before and modifies, if any."""
    span = work.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(work.doc):
        return None
    last = span[-1]  # the name's last word ("the La Belle": "Belle", not the article)
    head = last.head
    while head.i >= span.end and head.dep_ in {"compound", "amod"} and head.head.i > head.i:
        head = head.head  # "the Miraflores presidential palace", "Kigali international airport"
    if not span.end <= head.i <= span.end + _BETWEEN or last.dep_ not in {"compound", "nmod", "amod"}:
        return None
    if head.pos_ not in {"NOUN", "PROPN"} or head.lemma_.lower() not in _VENUE_NOUNS:
        return None
    return head


def _well_known(p: Place) -> bool:
    return p.feature_code == "PPLC" or p.population >= LARGE_CITY


def venue_towns_at_home(work: Work, countries: Collection[str]) -> None:
    """Check each place mention naming a venue against the article's ``countries`` (ISO3, see the module)."""
    if not countries:
        return
    for k, m in enumerate(work.places):
        p = m.place
        if p is None or p.level == "country" or p.country_code in countries:
            continue

        def stands(town: Place, others: tuple[Place, ...] = m.candidates) -> bool:
            # a capital, a large city ("a New York court"), the only town of its name ("Entebbe airport")
            return _well_known(town) or not {c.geonameid for c in others} - {town.geonameid}

        home = same_named_town(p, m.candidates, m.by_alternate, p.name, countries, stands)
        if home is p:
            continue
        noun = _venue_noun(work, m.start_char, m.end_char)
        if noun is None:
            continue
        why = VENUE_ABROAD.format(noun=noun.text, iso3=p.country_code)
        if home is not None:
            why = f"{m.reason}; {why}; the {home.name} of {home.country_code}, a country of the article"
            work.places[k] = dataclasses.replace(m, place=home, candidates=(home,), reason=why)
        else:
            work.places[k] = dataclasses.replace(m, place=None, candidates=(), reason=f"{m.reason}; {why}")
