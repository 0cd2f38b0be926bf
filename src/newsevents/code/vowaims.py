"""Whom a threat read from a reported clause is aimed at (derive/vows.py; vows58).

* A warning of the reprisal any hostile act would meet ("said any incursion would be treated as war") names
  the act, not who might do it. Where the act would strike the warner's own ("any attack on its nationals",
  "any incursion into its territory": its phrase names no country but the warner's), it keeps the recipient
  the coder read (whose act on the warner's country was told before), else it is aimed at whom the story's
  lead is aimed at (code/toldbefore.lead_target, as a warning of the coder's own). Where the act is
  told in another country ("any intervention in the republic"), that country is where, not whom: those who
  might intervene are often a bloc of no country, and the warning takes no recipient rather than a guessed
  one (the coder's fallbacks would read the act's place or the doer of the story's lead act).
* A struggle vowed to go on is aimed at:
  - the party it is "against", where the phrase names one ("the armed struggle against the junta");
  - the government of the state that holds the system it is "against" (lexicon ``held_system_nouns``:
    "against the occupation", "against apartheid"): the country a word of the phrase names ("the Moroccan
    occupation"), else the speaker's own country, the place of the struggle;
  - an armed struggle against nothing named ("the armed struggle would go on"): the government of the
    speaker's own country, when the story has told of that government before (its earlier parties): a
    movement's armed struggle is fought against the state it lives under (not when the speaker is that
    state's government or forces: a state's campaign is not fought against itself);
  - else no one (a war vowed by a state that names no enemy keeps what the coder read from the clause).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from newsevents.code.toldbefore import lead_target
from newsevents.progress import Vow
from newsevents.records import ActorRef, Event, countries_of, sole_country

# Sectors of a state's government: an event with such a party of a country tells of its government
GOVERNMENT_SECTORS = frozenset({"GOV", "MIL"})


def _government_told(country: str, told: Sequence[Event]) -> bool:
    """Whether an event told before has a party of ``country``'s government (actor or recipient)."""
    return any(r.country == country and r.sector in GOVERNMENT_SECTORS for e in told for r in (*e.actor, *e.recipient))


def _aimed(event: Event, refs: tuple[ActorRef, ...], why: str) -> Event:
    return replace(event, recipient=refs, reasons=(*event.reasons, why))


def vow_aimed(
    event: Event, vow: Vow, text: str, read: Callable[[tuple[int, int]], list[ActorRef]], told: Sequence[Event]
) -> Event:
    """The event of a vowed threat aimed as the module's docstring says (``read``: the parties a phrase of
    the article ``text`` names on the event's day; ``told``: the events told before it)."""
    if vow.kind == "warning":
        own = countries_of(event.actor)
        struck = {r.country for r in read(vow.against) if r.country} if vow.against is not None else set()
        if struck - own:  # "any intervention in the republic": where, not whom
            if not event.recipient:
                return event
            return _aimed(event, (), "recipient: none (a warning against any act in another country names not who)")
        if any(r.country for r in event.recipient):
            return event  # the coder's own reading: whose act on the warner's country was told before
        lead = lead_target(event.actor, told) if own else None
        if lead is not None:
            return _aimed(event, tuple(lead[0]), f"{lead[1]} (a warning against any act on the warner's own)")
        return event
    if vow.against is not None and not vow.held:
        return event  # the party named after "against", read by the coder from the clause's object
    phrase = text[vow.against[0] : vow.against[1]] if vow.against is not None else ""
    speaker = sole_country(event.actor)
    if speaker is not None and all(a.sector in GOVERNMENT_SECTORS for a in event.actor):
        speaker = None  # a state's own campaign is not fought against itself ("the military campaign would go on")
    if vow.against is not None:
        named = {r.country for r in read(vow.against) if r.country}
        held_by = named.pop() if len(named) == 1 else None
        if held_by is not None:
            why = f"recipient: the government of the state that holds what the struggle is against ('{phrase}')"
            return _aimed(event, (ActorRef.government_of(held_by, "", why),), why)
        if speaker is not None and not named:
            why = f"recipient: the government of the speaker's own country (the struggle's place), holding '{phrase}'"
            return _aimed(event, (ActorRef.government_of(speaker, "", why),), why)
        return _aimed(event, (), f"recipient: none ('{phrase}' is held by no one state named)")
    if any(r.country for r in event.recipient):
        return event
    if vow.armed and speaker is not None and _government_told(speaker, told):
        why = "recipient: an armed struggle naming no foe is fought against the speaker's own state, told before"
        return _aimed(event, (ActorRef.government_of(speaker, "", why),), why)
    return event
