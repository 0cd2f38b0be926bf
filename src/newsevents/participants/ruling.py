"""Whom a protest in a governed territory is aimed at: the state that rules it (recip36).

A protest (CAMEO 14) whose phrases name no target is aimed at its protesters' own government
(participants/recipients.home_government) or at the people of its place
(code.parties.place_recipient): "thousands rallied in Caracas" is a protest to Venezuela. Where
that country is a territory another state rules (lexicon table ``ruling_states``: an overseas
territory, an occupied territory) and the protesters are its own people, the protest is aimed at
the ruling state, not at the territory: "rioters set fire to the airport in Papeete" protest to
France, "Palestinian youths threw stones in the Gaza Strip" to Israel. Counted over the analysable
rounds: 16 such protests given the territory where the gold names the ruling state (Tahiti and New
Caledonia to France in rounds 3, 5, 7, 8, 11, 15, 17, 18, 25 and 31; Gaza and Jerusalem to Israel in
rounds 19, 27 and 35), none whose gold names the territory.

A target named in the sentence is kept (this reads only the protesters' own government or the
people of the place), and so is a protest by others than the territory's own people.

Sentrecip52: a republic of a union is ruled by the union up to a day (lexicon table
``union_republics``: the Soviet republics by the Soviet Union, coded RUS, to its end). A protest by
the republic's own people on or before that day is aimed at the union's government: "thousands
of Uzbeks marched through Tashkent demanding more jobs" (1989), "Lithuanians rallied in Vilnius for
independence" (March 1990); in 2005 the Uzbeks' march is aimed at Uzbekistan's own government.
Rounds 26-57 (sentences): 19 such protests, coded the republic's own people before, now given RUS
where the gold names it (one of them beside Azerbaijan), 3 whose gold names no recipient (a wrong
recipient before and after), none whose gold names the republic.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence

from newsevents.code.crowds import PROTEST_ROOT
from newsevents.errors import KnowledgeError
from newsevents.lexicon import table
from newsevents.records import ActorRef

_ISO3 = re.compile(r"^[A-Z]{3}$")


@functools.cache
def ruling_states() -> Mapping[str, str]:
    """territory ISO3 -> ruling state ISO3, from the lexicon table ``ruling_states``."""
    rules = table("ruling_states")
    for territory, state in rules.items():
        if not _ISO3.match(territory) or not _ISO3.match(state) or territory == state:
            raise KnowledgeError(f"lexicon.yaml: table 'ruling_states': {territory}: {state} is not ISO3: ISO3")
    return rules


_UNION_ENTRY = re.compile(r"^([A-Z]{3}) (\d{4}-\d{2}-\d{2})$")


@functools.cache
def union_republics() -> Mapping[str, tuple[str, dt.date]]:
    """republic ISO3 -> (union's ISO3, its last day ruling), from the lexicon table ``union_republics``."""
    out = {}
    for republic, entry in table("union_republics").items():
        m = _UNION_ENTRY.match(str(entry))
        if not _ISO3.match(republic) or m is None or m.group(1) == republic:
            why = f"{republic}: {entry} is not ISO3: ISO3 YYYY-MM-DD"
            raise KnowledgeError(f"lexicon.yaml: table 'union_republics': {why}")
        out[republic] = (m.group(1), dt.date.fromisoformat(m.group(2)))
    return out


def ruler(territory: str | None, on_date: dt.date | None = None) -> str | None:
    """The state that rules ``territory`` on ``on_date`` (None: none; a union's republic only with a
    date on or before the union's last day)."""
    state = ruling_states().get(territory or "")
    if state is not None or on_date is None:
        return state
    union = union_republics().get(territory or "")
    return union[0] if union is not None and on_date <= union[1] else None


def ruling_state(
    recipients: Sequence[ActorRef], actors: Sequence[ActorRef], root: str | None, on_date: dt.date | None = None
) -> tuple[list[ActorRef], str] | None:
    """(recipients, why) for a protest by a governed territory's own people whose recipient is
    only the people of its place: the ruling state's government (module doc); None otherwise."""
    if root != PROTEST_ROOT or not recipients:
        return None
    if not all(r.place_people for r in recipients):
        return None
    places = {r.country for r in recipients}
    if len(places) != 1:
        return None
    (territory,) = places
    state = ruler(territory, on_date)
    if state is None or not all(a.country in {territory, None} for a in actors):
        return None  # no ruled territory, or others protesting in its place
    why = f"recipient: the state that rules the protest's place ({territory} ruled by {state}), not its own people"
    return [ActorRef.government_of(state, recipients[0].entity_text, why)], why
