"""Where: an act that takes people or things out of a place is done there (places43).

"Gunmen abducted pupils from a boarding school in X", "troops rescued hostages from a house in X",
"rebels freed prisoners from the jail of X", "the army evacuated residents from X": the abduction, the
rescue, the release happened where those taken were. Elsewhere "from" is an origin and never a place of
the act (where/nearest.py: "returned from a summit in X", "recalled its ambassador from X"); here it
is the place, for the material acts of a verb of taking out (lexicon ``taking_verbs``) only.

The "from" phrase hangs on the trigger (also through a to-infinitive it governs) or on its object noun;
its place is the name it holds ("from X", "from the town of X") or a place in a locative phrase of the
noun it holds ("from a school in X", "from their homes near X"): the one nearest the "from", a town
before a division. A country is never taken: "freed two hostages from France" tells whose they were,
and a country is left or entered at any of its borders."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.code.location import precision
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children
from newsevents.records import Frame, Mention
from newsevents.where.destination import place_noun_head, sentence_places
from newsevents.where.nearest import PLACE_PREPS

__all__ = ["TAKEN_FROM", "taken_from"]

TAKING_VERBS = LEXICON["taking_verbs"]
TAKEN_FROM = "taken out of the place of its 'from' phrase: done there"
# arcs of a name up to the noun of its phrase ("from the village school": village is a compound of school)
_NOUN_DEPS = frozenset({"compound", "poss", "nmod", "amod", "appos", "conj"})


def _holders(trigger: Token) -> set[int]:
    """The trigger, the to-infinitives it governs ("were sent to rescue hostages from X") and its object nouns."""
    out = [trigger]
    for tok in out:
        out.extend(c for c in children(tok) if c.dep_ in {"xcomp", "dobj", "nsubjpass"} and c not in out)
    return {t.i for t in out}


def _from_depth(tok: Token, holders: set[int]) -> int | None:
    """How many locative phrases lie between a place's noun and a "from" phrase of a holder (0: "from X",
    1: "from a school in X"); None where the place is not inside one."""
    depth = 0
    for _ in range(12):
        while tok.dep_ in _NOUN_DEPS and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ != "pobj":
            return None
        prep = tok.head
        if prep.lower_ == "from":
            return depth if prep.head.i in holders else None
        if prep.lower_ not in PLACE_PREPS:
            return None  # "from the homes of X's governor": whose, not where
        depth += 1
        tok = prep.head
        if tok.pos_ in {"VERB", "AUX"}:
            return None  # a place of another verb's phrase
    return None


def taken_from(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """The place a verb of taking out took people or things from (see the module); None if none."""
    trigger = trigger_span(doc, frame)
    if trigger is None or trigger.root.lemma_.lower() not in TAKING_VERBS:
        return None
    holders = _holders(trigger.root)
    best: tuple[tuple[int, int], Mention] | None = None
    for m, span in sentence_places(doc, frame, places):
        level = precision(m.place) if m.place is not None else None
        if level not in {"city", "admin1"}:
            continue  # a country or a wider region: whose they were, not where they were taken
        depth = _from_depth(place_noun_head(span.root), holders)
        if depth is None:
            continue
        key = (depth, 0 if level == "city" else 1)
        if best is None or key < best[0]:
            best = (key, m)
    return best[1] if best is not None else None
