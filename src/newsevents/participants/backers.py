"""Forces fighting beside the doers: "X backed by Y's troops" on the ground.

"Kurdish fighters backed by American aircraft recaptured the town", "Government troops supported by
Chadian soldiers drove the insurgents out of Gao": a participle of support (lexicon backing_participles)
on an actor phrase of an act done on the ground (lexicon scene_act_roots), with a "by" agent naming
another country's force (a sector of lexicon scene_doer_sectors: troops, aircraft, an army's units),
tells a second doer of the same act; its country joins the actors. A state named alone ("rebels
backed by Rwanda": a patron, not a party on the ground), a force of no country ("backed by tanks",
"African Union troops") or of the doers' own country add nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import coordinated
from newsevents.parse.tree import children, span_at
from newsevents.records import ActorRef, countries_of

__all__ = ["backers"]

BACKING_PARTICIPLES = LEXICON["backing_participles"]
SCENE_DOER_SECTORS = LEXICON["scene_doer_sectors"]
SCENE_ACT_ROOTS = LEXICON["scene_act_roots"]

Read = Callable[[tuple[int, int]], list[ActorRef]]


def participle_agents(head: Token, participles: frozenset[str] | set[str]) -> list[Token]:
    """The heads of the "by" phrase of a participle of ``participles`` hung on ``head`` ("troops backed by
    Chadian soldiers and warplanes": soldiers, warplanes; "gunmen led by a cleric": cleric)."""
    out: list[Token] = []
    for acl in children(head):
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lower_ not in participles:
            continue
        for agent in children(acl):
            if agent.dep_ == "agent":
                out.extend(m for obj in children(agent) if obj.dep_ == "pobj" for m in coordinated(obj))
    return out


def _phrase(tok: Token) -> tuple[int, int]:
    """The characters of a noun phrase with its modifiers, not the nouns coordinated after it."""
    right = tok
    for c in children(tok):
        if c.i > tok.i and c.dep_ not in {"cc", "conj", "punct", "relcl", "acl"}:
            right = max(right, c.right_edge, key=lambda t: t.i)
    left = tok.left_edge
    return left.idx, right.idx + len(right)


def backers(
    doc: Doc, actor_spans: Sequence[tuple[int, int]], actors: Sequence[ActorRef], root: str, read: Read
) -> tuple[list[ActorRef], str] | None:
    """The actors with the forces that back them on the ground added, and why; None where none is
    told (see the module's docstring)."""
    if not actors or root not in SCENE_ACT_ROOTS:
        return None
    own = countries_of(actors)
    added: list[ActorRef] = []
    for a, b in actor_spans:
        phrase = span_at(doc, a, b)
        if phrase is None or len(phrase) == 0:
            continue
        for tok in participle_agents(phrase.root, BACKING_PARTICIPLES):
            for r in read(_phrase(tok)):
                if r.country and r.country not in own and r.sector in SCENE_DOER_SECTORS:
                    own.add(r.country)
                    added.append(r)
    if not added:
        return None
    names = ", ".join(dict.fromkeys(r.entity_text for r in added))
    return [*actors, *added], f"actor '{names}': a force backing the doers on the ground"
