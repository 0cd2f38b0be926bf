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
own country ("Dutch marines and helicopters"). Nor in a story with a dateline (its forces take the dateline's
country: participants/lending.home_force), nor for a clause whose subject is another verb's ("stormed the
ministry, killing six": the two acts would take one country and be merged by dedupe as one), nor at a
governed territory's place (its police may be the ruling state's), nor for an actor phrase whose own country
word was read and declined ("ethnic Armenian forces in X").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from newsevents.code.event import Parties
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.participants.backers import backers
from newsevents.participants.context import EventContext
from newsevents.participants.ruling import ruler
from newsevents.progress import Placed
from newsevents.records import ActorRef, countries_of

__all__ = ["on_the_ground", "scene_doers"]

SCENE_DOER_SECTORS = LEXICON["scene_doer_sectors"]
SCENE_ACT_ROOTS = LEXICON["scene_act_roots"]
# the reason frame/frames.py gives a clause whose subject is another verb's ("..., killing six"): its
# doers are that verb's, read there; lent here they would make the two one event to dedupe
SHARED_SUBJECT = "subject: shared with"


def _bare(r: ActorRef) -> bool:
    """A role word alone: no country, no entity of its own, of a scene doer's sector."""
    return r.country is None and r.kind == "sector" and r.sector in SCENE_DOER_SECTORS


def scene_doers(
    actors: Sequence[ActorRef],
    recipients: Sequence[ActorRef],
    where: Placed,
    root: str,
    sentence: str,
    acted_on: Collection[str] = (),
) -> tuple[list[ActorRef], str] | None:
    """The actors given the country of the place their sentence sets their act at, and why; None
    where the rule does not hold (see the module's docstring). ``acted_on``: the countries the act's
    object and recipient phrases name, whoever the coder took for its recipients."""
    if not actors or root not in SCENE_ACT_ROOTS or not all(_bare(r) for r in actors):
        return None
    loc = where.loc
    if loc is None or where.own or where.step != "sentence" or not loc.country_code:
        return None  # the own clause's place was lent already; a story's or the actors' place tells nothing
    if not loc.extracted_place or loc.extracted_place not in sentence:
        return None
    country = loc.country_code
    if ruler(country) is not None:
        return None  # a governed territory: its forces and police may be the ruling state's
    if country in countries_of(recipients) or country in acted_on:
        return None  # the people acted on are of the place: who acts on them is not said
    why = f"country {country}: the doers of the scene, where the sentence places the act ({loc.extracted_place})"
    return [r.in_country(country, why) for r in actors], f"actor {why}"


def _acted_on(ctx: EventContext) -> set[str]:
    """The countries the frame's object and recipient phrases name, each read whole ("sent a lorry
    into a column of Kenyan guards": Kenya)."""
    out: set[str] = set()
    frame = ctx.frame
    for a, b in (*frame.object_spans, *frame.recipient_spans):
        phrase = span_at(ctx.doc, a, b)
        if phrase is None or len(phrase) == 0:
            continue
        last = phrase.root.right_edge
        out |= countries_of(ctx.read((min(a, phrase.root.left_edge.idx), max(b, last.idx + len(last)))))
    return out


def on_the_ground(ctx: EventContext, parties: Parties) -> Parties:
    """The parties with the doers of an act on the ground completed: role words of no country given
    the country of the place the sentence sets the act at (:func:`scene_doers`), and another
    country's force backing them (participants/backers.py)."""
    scene = None
    frame, disc = ctx.frame, ctx.disc
    filed = disc.home_country is not None or disc.city_country is not None  # a dateline's forces: lending.home_force
    # "Ethnic Armenian forces in X": the phrase's own country word was read and declined; not the place's
    declined = any(m.place is not None and a <= m.start_char < b for m in ctx.places for a, b in frame.actor_spans)
    if not filed and not declined and not any(why.startswith(SHARED_SUBJECT) for why in frame.reasons):
        scene = scene_doers(parties.actors, parties.recipients, ctx.where, ctx.root, ctx.sentence)
    # the phrases acted on are read in the knowledge base last, where every cheaper check holds
    if scene is not None and ctx.where.loc is not None and ctx.where.loc.country_code in _acted_on(ctx):
        scene = None  # the people acted on are of the place: who acts on them is not said
    if scene is not None:
        parties = replace(parties, actors=scene[0], why_actors=[*parties.why_actors, scene[1]])
    backed = backers(ctx.doc, frame.actor_spans, parties.actors, ctx.root, ctx.read)
    if backed is not None:
        parties = replace(parties, actors=backed[0], why_actors=[*parties.why_actors, backed[1]])
    return parties
