"""Doers of the scene: role words of no country that act where their sentence places the act.

"Police fired tear gas at crowds marching on the palace in Lusaka", "Militiamen went on a looting spree
after the vote, and peacekeepers flew into Port Moresby": forces, armed men, criminals and people of the
street known only by a role word (lexicon scene_doer_sectors: troops, police, rebels, gunmen,
protesters) act where their act happens. When the act is one done on the ground (lexicon
scene_act_roots: a yield, a protest, force, coercion, an assault, fighting) and its own clause names no
place, but the where stage places it at a place its own sentence names (step ``sentence``), the doers
take that place's country. The parties' rules of code/parties.local_people lend only the place of the
act's own clause; this one takes the place the sentence tells for it.

Not when that country is one the act's recipients already have ("Rebels freed six Kenyan soldiers near
the border in Kenya": the people acted on are of the place, the rebels need not be; "a gunman shot
Senator X at his home in Y": a killer of a state's official is not known to be its own), nor for
officials and leaders (they act where they meet or visit), nor for several doers of whom one names its
own country ("Dutch marines and helicopters").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.code.event import Parties
from newsevents.lexicon import LEXICON
from newsevents.participants.backers import Read, backers
from newsevents.progress import Placed
from newsevents.records import ActorRef, Frame, countries_of

__all__ = ["on_the_ground", "scene_doers"]

SCENE_DOER_SECTORS = LEXICON["scene_doer_sectors"]
SCENE_ACT_ROOTS = LEXICON["scene_act_roots"]


def _bare(r: ActorRef) -> bool:
    """A role word alone: no country, no entity of its own, of a scene doer's sector."""
    return r.country is None and r.kind == "sector" and r.sector in SCENE_DOER_SECTORS


def scene_doers(
    actors: Sequence[ActorRef], recipients: Sequence[ActorRef], where: Placed, root: str, sentence: str
) -> tuple[list[ActorRef], str] | None:
    """The actors given the country of the place their sentence sets their act at, and why; None
    where the rule does not hold (see the module's docstring)."""
    if not actors or root not in SCENE_ACT_ROOTS or not all(_bare(r) for r in actors):
        return None
    loc = where.loc
    if loc is None or where.own or where.step != "sentence" or not loc.country_code:
        return None  # the own clause's place was lent already; a story's or the actors' place tells nothing
    if not loc.extracted_place or loc.extracted_place not in sentence:
        return None
    country = loc.country_code
    if country in countries_of(recipients):
        return None  # the people acted on are of the place: who acts on them is not said
    why = f"country {country}: the doers of the scene, where the sentence places the act ({loc.extracted_place})"
    return [r.in_country(country, why) for r in actors], f"actor {why}"


def on_the_ground(
    doc: Doc, frame: Frame, parties: Parties, where: Placed, root: str, sentence: str, read: Read
) -> Parties:
    """The parties with the doers of an act on the ground completed: role words of no country given
    the country of the place the sentence sets the act at (:func:`scene_doers`), and another
    country's force backing them (participants/backers.py)."""
    scene = scene_doers(parties.actors, parties.recipients, where, root, sentence)
    if scene is not None:
        parties = replace(parties, actors=scene[0], why_actors=[*parties.why_actors, scene[1]])
    backed = backers(doc, frame.actor_spans, parties.actors, root, read)
    if backed is not None:
        parties = replace(parties, actors=backed[0], why_actors=[*parties.why_actors, backed[1]])
    return parties
