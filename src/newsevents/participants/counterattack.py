"""Whom a counter-attack is aimed at: the attackers of the hostile act it answers (recip46).

"Israel struck Iran's nuclear sites, and Tehran hit back hours later with missiles", "Serb tanks
rolled into Slovenia, and Slovene units fought back", "Iran retaliated with waves of missiles": an
attack (CAMEO 18, 19, 20) told by a verb of counter-attack (lexicon counter_attack_verbs) or by a
verb with the particle "back" says whom it answers only by being told after the act it answers. When
its own phrases name no one of another country than the counter-attackers' (nothing, or the people of
its place, who are their own), it is aimed at the actors of the last act of material conflict (quad
class 4) told before it whose actors are of another country and which hit the counter-attackers' own
country (a recipient or the place of that act). Rounds 26-45 (sentences): 6 such counter-attacks,
each with the earlier attacker as the gold recipient; none coded so before (the own country from
the place, or none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children
from newsevents.records import ActorRef, Event, Frame, countries_of, told_before

COUNTER_VERBS = LEXICON["counter_attack_verbs"]
ATTACK_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
MATERIAL_CONFLICT = 4  # quad class


def counter_attack(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], found: Sequence[ActorRef], root: str | None,
    told: Callable[[], Sequence[Event]],
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(recipients, why) for a counter-attack whose recipients ``found`` name no other country than
    its actors' (module doc); None otherwise. ``told`` gives the events told so far, asked only of a
    counter-attack."""
    own = countries_of(actors)
    if root not in ATTACK_ROOTS or not own or any(r.country and r.country not in own for r in found):
        return None
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    back = any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in children(verb))
    if not back and verb.lemma_.lower() not in COUNTER_VERBS:
        return None
    for e in told_before(frame, told()):
        if e.quad_code != MATERIAL_CONFLICT:
            continue
        doers = [a for a in e.actor if a.country and a.country not in own]
        hit = countries_of(e.recipient)
        if e.event_loc is not None and e.event_loc.country_code:
            hit.add(e.event_loc.country_code)
        if doers and hit & own:
            said = "/".join(sorted(countries_of(doers)))
            why = f"recipient: a counter-attack ('{frame.trigger_text}') answers the attackers of '{e.event_text}'"
            why = f"{why} ({said})"
            return doers, why
    return None
