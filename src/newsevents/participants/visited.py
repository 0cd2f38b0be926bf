"""Places in an actor phrase that do not say whose the actors are (ActorReader.span).

The knowledge base reads a place inside an actor phrase as an actor ("the minister, on a visit to
Oslo" names the minister and Norway). A place after a meeting noun or a verb of meeting or visiting
(lexicon transient_place_words) is where the actors met or went, no party: a place named on its own
so beside an actor with a country of its own is dropped.

Taking the place's country off a role word too ("leaders meeting in Lima", "ministers at a summit
in Quito") was tried and dropped (session 29): the where stage places such events by the actors'
country, and round 11 stories' places fell under their floor (0.672 -> 0.656) with no actor
country gained (the statement's subject then lent its country instead).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.lexicon import LEXICON
from newsevents.records import ActorRef

TRANSIENT_PLACE_WORDS = LEXICON["transient_place_words"]
# the kinds of country word the knowledge base reads as a place after a preposition in the phrase
# ("on a visit to Quito", "talks in Peru")
PLACE_KINDS = {"capital metonym", "metonym", "demonym", "country name"}


def _place_of(r: ActorRef) -> str | None:
    """The place word a reference's country was read from, after a preposition; None when the
    country was not read from a place after a preposition."""
    read = r.read
    return read.text if read is not None and read.kind in PLACE_KINDS and read.prep else None


def _transient(words: str, place: str) -> bool:
    """A meeting noun or a verb of meeting or visiting before the place in the phrase."""
    at = words.find(place)
    before = words[:at] if at > 0 else ""
    return any(w.strip(",.").lower() in TRANSIENT_PLACE_WORDS for w in before.split())


def unplaced(refs: Sequence[ActorRef], words: str) -> list[ActorRef]:
    """``refs`` read from the actor phrase ``words``, without a place named on its own where the
    actors met or visited beside an actor with a country of its own (see the module's doc)."""
    owned = any(r.country and _place_of(r) is None for r in refs)
    if not owned:
        return list(refs)
    out: list[ActorRef] = []
    for r in refs:
        place = _place_of(r) if r.country else None
        alone = place is not None and (r.sector is None or r.entity_text == place)
        if alone and place is not None and _transient(words, place):
            continue  # "the minister, on a visit to Oslo": Oslo is no party
        out.append(r)
    return out
