"""Unrest told with no one named as its doer ("protests erupted in Santiago", "rioting swept through
the city", "the arrest sparked violent protests"): a protest by the people of the event's place,
else of the dateline's country; nothing when neither is known. The frames stage marks such event
nouns (frame/nouns.py, lexicon crowd_event_nouns, outbreak_verbs, sparking_verbs)."""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.records import ActorRef, Event, EventLocation

CROWD_SECTOR = "CVL"
PROTEST_ROOT = "14"
# sectors of a state actor whose country a crowd of its sentence takes when no place is told
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD"})


def place_country(loc: EventLocation | None, home: str | None) -> tuple[str, str] | None:
    """The country of the event's place, else of the dateline, with the words that say which; None
    when neither is known (the people or the state of an act told with no doer)."""
    if loc is not None and loc.country_code:
        return loc.country_code, f"the event's place ({loc.extracted_place})"
    if home is not None:
        return home, "the dateline"
    return None


def sentence_state(events: Sequence[Event], sentence: int) -> tuple[str, EventLocation | None] | None:
    """The country (and the event's place) of the first state actor (``STATE_SECTORS``) of an event
    told in sentence ``sentence``; None when none is."""
    return next(
        (
            (a.country, e.event_loc)
            for e in events
            if e.sentence_index == sentence
            for a in e.actor
            if a.country and a.sector in STATE_SECTORS
        ),
        None,
    )


def crowd_of_place(
    loc: EventLocation | None, home: str | None, words: str, state: str | None = None
) -> tuple[list[ActorRef], list[str]]:
    """The civilians of the event's place (else of the dateline's country, else of ``state``: the
    country of a state actor of the same sentence, "the Peruvian president resigned after weeks of
    protests against his plan") as the doers of ``words``."""
    found = place_country(loc, home)
    if found is None and state is not None:
        found = state, "the state the sentence tells of"
    if found is None:
        return [], []
    country, where = found
    why = f"actor: unrest with no doer named ('{words}'), so the people of {where}, {country}"
    ref = ActorRef(words, None, f"{country}{CROWD_SECTOR}", country, CROWD_SECTOR, f"sector:{CROWD_SECTOR}", reason=why)
    return [ref], [why]
