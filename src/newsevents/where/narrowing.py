"""Where: a town that names what a material act was done to ("set fire to a Toulouse police station",
"struck Syria's Palmyra air base", "a Mombasa hotel was bombed"), read by where/location.py to narrow
a country or a first-level division chosen from the sentence to that town (places55): the act was done
to a thing of the town, so it happened there, not anywhere in the country."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import LEXICON

# The prepositions of a thing an act is done to or at ("set fire to", "fired at", "an attack on", "crashed into").
TARGET_PREPOSITIONS = LEXICON["target_prepositions"]
# The arcs of a name that modifies a noun ("a Toulouse police station", "Syria's Palmyra air base").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "poss"})
# The arcs up a name and the nouns it stands in ("the entrance of X city hall": up "of" too).
_NAME_DEPS = frozenset({"compound", "flat", "appos", "conj", "nmod", "poss", "amod"})


def names_target(tok: Token, trigger: Token) -> bool:
    """Whether a place's token is a name modifying a noun that the trigger's act was done to: its
    direct object ("struck Syria's Palmyra air base"), its passive subject ("a Mombasa hotel was
    bombed"), or the object of a preposition of a target (``target_prepositions`` of
    data/lexicon.yaml: "set fire to a Toulouse police station", "fired at the Lagos headquarters") of
    the trigger or of its direct object, also through "of" ("set fire to the gate of the Toulouse town
    hall"). The name itself standing as the object is a locative phrase's (where/nearest.locative_object)."""
    t = tok
    modifier = False
    while True:
        if t.dep_ in _NAME_DEPS and t.head.i != t.i:
            modifier = modifier or t.dep_ in _MODIFIER_DEPS
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in {"NOUN", "PROPN"}:
            t = t.head.head
        else:
            break
    if not modifier:
        return False
    if t.dep_ in {"dobj", "nsubjpass"}:
        return t.head.i == trigger.i
    if t.dep_ != "pobj" or t.head.lower_ not in TARGET_PREPOSITIONS:
        return False
    holder = t.head.head
    return holder.i == trigger.i or (holder.dep_ == "dobj" and holder.head.i == trigger.i)
