"""Where: a statement coordinated after another act of the same actors, told in one place.

"The two ministers spoke at a rally in X on Friday and called on other states to ...": the second verb has no
subject of its own, so its actors are those of the verb it is coordinated after, and they made the statement
where that verb's own locative phrase put them. A verbal act with no place of its own takes that town
(:func:`shared_scene`), after a meeting it follows (where/said.shared_meeting) and before the nearest place of the
sentence. Only a town (a country or a division says little of where a statement was made); only a locative
phrase of that verb itself, or one nested in such a phrase ("spoke at a rally outside the town hall in X"), never
one of its object ("condemned the bombing in X and called for calm": what was condemned may be elsewhere); not
when that verb went somewhere or sent something ("flew to X and said": where/destination.py), nor when the verb
it follows is itself what was said.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.frame.locative import SPEECH_VERBS
from newsevents.lexicon import LEXICON
from newsevents.records import Frame, Mention
from newsevents.where.destination import coordinated_after, sentence_places
from newsevents.where.nearest import PLACE_PREPS
from newsevents.where.steps import TOWNS

__all__ = ["SHARED_SCENE", "shared_scene"]

SHARED_SCENE = "done where the act it is coordinated after, with the same actors, was told"
_GOING = LEXICON["going_verbs"] | LEXICON["visiting_verbs"]


def shared_scene(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """The town a locative phrase of the verb the trigger is coordinated after puts that verb in, when the
    trigger has no subject of its own (:func:`newsevents.where.destination.coordinated_after`); the first such
    town of the sentence, else None."""
    head = coordinated_after(doc, frame)
    if head is None or head.pos_ != "VERB" or head.lemma_.lower() in _GOING:
        return None
    if head.dep_ in {"ccomp", "xcomp"} and head.head.lemma_.lower() in SPEECH_VERBS:
        return None  # "said the troops had fought in X and would ...": both are what was said
    for m, span in sentence_places(doc, frame, places):
        if m.place is None or m.place.level not in TOWNS:
            continue
        if _placed_on(span.root, head):
            return m
    return None


# arcs from a town's name up a locative phrase (and the phrase of a place's noun inside it)
_PHRASE_ARCS = frozenset({"pobj", "prep", "compound", "appos", "flat", "amod", "det"})


def _placed_on(tok: Token, verb: Token) -> bool:
    """Whether a name stands in a locative phrase of the verb, maybe nested in another locative phrase of it ("stood
    before the gate in X", "spoke at a rally outside the town hall in X"): every preposition on the way up is one
    of place (not "of", "to" or "from")."""
    seen = False
    while tok.i != verb.i:
        if tok.dep_ not in _PHRASE_ARCS or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep":
            if tok.lower_ not in PLACE_PREPS:
                return False
            seen = True
        tok = tok.head
    return seen
