"""Places in an actor phrase that do not say whose the actors are (ActorReader.span).

The knowledge base reads a place inside an actor phrase as the actors' country ("riot police in
Bucharest", "officials in Ankara"): right for people who live, serve or sit there. People at a
meeting or on a visit are there for a while only: a place after a meeting noun or a verb of meeting
or visiting (lexicon transient_place_words: "leaders meeting in Lima", "ministers at a summit in
Quito", "the minister, on a visit to Oslo") is where they met, and says nothing about whose they are, as
a meeting's place lends no country to leaders (code/parties.py local_people).

Such a place's country is taken off the role word (which keeps its sector), and a place named on
its own in the phrase beside an actor with a country of its own is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsevents.lexicon import LEXICON
from newsevents.records import ActorRef

TRANSIENT_PLACE_WORDS = LEXICON["transient_place_words"]
# the knowledge base's reason for a country read from a place after a preposition in the phrase:
# "capital metonym 'Quito' after 'in' (a place)", "country name 'Peru' in a modifier after 'in'"
PLACE_REASON = re.compile(r"'([^']+)'(?: \(a place\))?(?: in a modifier)? after '([a-z]+)'")
WHY = "; no country from {}: {}"


def _place_of(r: ActorRef) -> str | None:
    """The place word a reference's country was read from, after a preposition; None when the
    country was not read from a place after a preposition."""
    m = PLACE_REASON.search(r.reason)
    return m.group(1) if m is not None else None


def _transient(words: str, place: str) -> bool:
    """A meeting noun or a verb of meeting or visiting before the place in the phrase."""
    at = words.find(place)
    before = words[:at] if at > 0 else ""
    return any(w.strip(",.").lower() in TRANSIENT_PLACE_WORDS for w in before.split())


def unplaced(refs: Sequence[ActorRef], words: str) -> list[ActorRef]:
    """``refs`` read from the actor phrase ``words``, without the countries of the places that say
    nothing about whose the actors are (see the module's doc)."""
    out: list[ActorRef] = []
    owned = any(r.country and _place_of(r) is None for r in refs)
    for r in refs:
        place = _place_of(r) if r.country else None
        if place is None:
            out.append(r)
            continue
        transient = _transient(words, place)
        if r.sector is None or r.kb_id == f"country:{r.country}" and r.entity_text == place:
            if transient and owned:  # "the minister, on a visit to Oslo": Oslo is no party
                continue
            out.append(r)
            continue
        if transient:
            why = WHY.format(place, "where they met or visited")
            kb_id = f"sector:{r.sector}"
            out.append(replace(r, name=None, country=None, code=r.sector, kb_id=kb_id, reason=r.reason + why))
            continue
        out.append(r)
    return out
