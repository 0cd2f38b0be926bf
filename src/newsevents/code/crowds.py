"""Unrest told with no one named as its doer ("protests erupted in Santiago", "rioting swept through
the city", "the arrest sparked violent protests"): a protest by the people of the event's place,
else of the dateline's country; nothing when neither is known. The frames stage marks such event
nouns (frame/nouns.py, lexicon crowd_event_nouns, outbreak_verbs, sparking_verbs)."""

from __future__ import annotations

from newsevents.records import ActorRef, EventLocation

CROWD_SECTOR = "CVL"
PROTEST_ROOT = "14"


def crowd_of_place(loc: EventLocation | None, home: str | None, words: str) -> tuple[list[ActorRef], list[str]]:
    """The civilians of the event's place (else of the dateline's country) as the doers of ``words``."""
    if loc is not None and loc.country_code:
        country, where = loc.country_code, f"the event's place ({loc.extracted_place})"
    elif home is not None:
        country, where = home, "the dateline"
    else:
        return [], []
    why = f"actor: unrest with no doer named ('{words}'), so the people of {where}, {country}"
    ref = ActorRef(words, None, f"{country}{CROWD_SECTOR}", country, CROWD_SECTOR, f"sector:{CROWD_SECTOR}", reason=why)
    return [ref], [why]
