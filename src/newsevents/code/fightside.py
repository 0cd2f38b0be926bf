"""Who struck a blow told with no doer in a clause of another act: the one side of the story's fighting.

"The army closed the road after a convoy was ambushed", "... when the base was shelled": an attack told by a
passive with no "by" agent in a subordinate clause of time or cause names no attacker, and the coder dropped
it. (A relative clause is left out: "since April 6, when a plane was shot down", "protests in which dozens
were killed" set the blow at a time or in an act its noun names, whoever struck it.)
The story may have told who was fighting: the parties of the attacks, assaults and fights (CAMEO 18-20)
told in the sentences before this one: their doers that are armed (forces, police, rebels, gunmen) or a
state, and the armed parties they were aimed at.

The blow is given to that side only when exactly one party fits: the sides of the story's fighting, less
those whose country is of the people or things struck (the passive's subject and objects: "Kenyan
guards were shot" is not Kenya's blow), less any party that acts in the blow's own sentence (the head
clause's doer answers the blow or suffers it: "troops hit back after their convoy was ambushed" is no
blow by the troops). Several sides left, or none: no actor, as before (a wrong actor is worse than none).

Each actor of that fighting is a side of its own, told by its country and whether it acts as its state (a
state, its forces, its officials) or as a group of a sector of its own (rebels, militias of that country);
an actor of no country by its code. Fighting told with two countries as its doers ("clashes between X and Y
troops") is two sides, and a blow after it gets none. Nor when a "by" anywhere in the blow's clause names a
doer the coder did not take ("killed in a coup attempt by army officers").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.code.accords import FIGHT_ROOTS
from newsevents.code.parties import state_actor
from newsevents.records import ActorRef, Event, Frame, countries_of

__all__ = ["SUBORDINATE_DEPS", "story_fighter", "subordinate_blow"]

# a clause of time or cause; not a relative clause ("April 6, when a plane was shot down", "protests in which
# dozens were killed": a time or an act named by its noun, whoever struck) nor a participle after a noun
SUBORDINATE_DEPS = frozenset({"advcl"})


def subordinate_blow(frame: Frame, tok: Token) -> bool:
    """A passive with no "by" agent and no actor phrase, told in a clause of time or cause."""
    if not frame.passive or frame.actor_spans or tok.dep_ not in SUBORDINATE_DEPS:
        return False
    # a "by" anywhere in the clause names a doer the coder did not take ("killed in a coup attempt by army
    # officers"): not the story's to guess
    return not any(t.dep_ == "agent" or t.lower_ == "by" for t in tok.subtree)


def _key(a: ActorRef) -> str | None:
    """One party's mark: its country and whether it acts as that state (a state, its forces and officials)
    or as a group of its own sector ("MLI state", "MLI REB"); an actor of no country, its code."""
    if a.country is None:
        return a.code
    return f"{a.country} {'state' if state_actor(a) else a.sector}"


def story_fighter(
    told: Sequence[Event], sentence: int, struck: Collection[str], armed: Collection[str]
) -> tuple[list[ActorRef], list[str]]:
    """The actors of the one side of the fighting ``told`` in sentences before ``sentence`` that fits the
    blow (see the module's docstring): not of a country in ``struck`` (the people or things hit), not a
    party that acts in the blow's own sentence. Doers count as a side when they are armed (``armed``:
    code_rules armed_sectors) or a state, recipients when they are armed; a crowd that clashed, a state or a
    town struck is no side known to fight. ([], []) when none or several fit."""
    sides: dict[str, list[ActorRef]] = {}
    here: set[str] = set()
    for e in told:
        if e.sentence_index == sentence:
            here |= {k for a in e.actor if (k := _key(a)) is not None}
            continue
        if e.sentence_index > sentence or e.cameo_root not in FIGHT_ROOTS or e.modality != "asserted":
            continue
        # its doers that are armed or a state, and the armed parties it struck (a crowd that clashed, a people
        # or a town struck: no side known to fight)
        fighting = [r for r in e.actor if r.sector in armed or state_actor(r)]
        for r in (*fighting, *(r for r in e.recipient if r.sector in armed)):
            key = _key(r)
            if key is not None:
                sides.setdefault(key, []).append(replace(r, role="actor"))
    fits = [(s, refs) for s, refs in sides.items() if not (countries_of(refs) & set(struck)) and s not in here]
    if len(fits) != 1:
        return [], []
    side, found = fits[0]
    refs = [found[-1]]  # the side as the story told it last
    why = (
        f"actor: a blow told with no doer in a subordinate clause, by the one side of the story's fighting "
        f"that fits ({side})"
    )
    return refs, [why]
