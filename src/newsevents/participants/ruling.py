"""Whom a protest in a governed territory is aimed at: the state that rules it (recip36).

A protest (CAMEO 14) whose phrases name no target is aimed at its protesters' own government
(participants/owngov.home_government) or at the people of its place
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
"""

from __future__ import annotations

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


def ruler(territory: str | None) -> str | None:
    """The state that rules ``territory`` (None: none)."""
    return ruling_states().get(territory or "")


def ruling_state(
    recipients: Sequence[ActorRef], actors: Sequence[ActorRef], root: str | None
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
    state = ruler(territory)
    if state is None or not all(a.country in {territory, None} for a in actors):
        return None  # no ruled territory, or others protesting in its place
    why = f"recipient: the state that rules the protest's place ({territory} ruled by {state}), not its own people"
    return [ActorRef.government_of(state, recipients[0].entity_text, why)], why
