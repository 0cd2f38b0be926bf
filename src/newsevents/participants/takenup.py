"""Whom an object "them" takes up: "the prime minister welcomed them", "sent battalions to drive them back" (recip59).

"Them" as the object of an event's verb names no one by itself. It takes up the parties last told as the
subject of a main clause, in the event's sentence or the one before (the discourse's last group:
participants.actors.referents), when none of them is of the actors' country nor the actors themselves: those
of the group that have a country, the one group that fits, as "their" takes up its owner (possessor.py).
Nothing for actors of no country (whom an act by untold doers is aimed at cannot be told), nor where the
last group is the actors' own or of their country ("the rebels said the army had attacked them").

"It" is not read so: as an object it takes up an act or a thing told before more often than a party ("called
it a blunder", "pledged to resist it").

The reason names the pronoun and the parties it takes up.
"""

from __future__ import annotations

from newsevents.participants.actors import recent
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame

__all__ = ["taken_up"]


def taken_up(words: str, frame: Frame, actors: list[ActorRef], disc: Discourse) -> tuple[list[ActorRef], str] | None:
    """(the parties, why) an object "them" (``words``, the object's text) takes up (module doc), or None."""
    if words.strip().lower() != "them" or not any(a.country for a in actors):
        return None
    if not recent(disc.last_group_sentence, frame) or not disc.last_group:
        return None
    own = {a.country for a in actors if a.country}
    own_keys = {(a.key(), a.entity_text.lower()) for a in actors}
    if any(r.country in own or (r.key(), r.entity_text.lower()) in own_keys for r in disc.last_group):
        return None
    group = [r for r in disc.last_group if r.country]
    if not group:
        return None
    names = " and ".join(dict.fromkeys(r.entity_text for r in group))
    return group, f"'them' = {names}, the parties last told as a subject"
