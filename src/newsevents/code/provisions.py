"""Acts told inside a phrase that the clause around them would otherwise make background (issue
11, the fifteenth session's drops, built from the misses of rounds 19 to 22): what an accord
provides, in a relative clause opened by "under which", "by which" or "whereby"
(:func:`provided_by_accord`; code/toldby.told_by_party keeps it, frame/frames leaves a provision
still to come undated by the signing).

Tried and dropped (docs/stories.md, drop24): an event noun with a named possessive in the phrase
of an answer or after "at" ("in retaliation for Obama's visit", "at Argentina's request") as an
act of its own: +3 groups on round 21's sentences, none elsewhere, and precision fell on seven
sets (the noun's own pattern gives another type than the annotators', or the story tells the act
elsewhere).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

__all__ = ["provided_by_accord"]

ACCORD_NOUNS = LEXICON["accord_nouns"]

_PROVIDING_PREPS = {"under", "by"}  # "under which", "by which"; "whereby" is one word
_OBLIGING = {"must", "should", "may", "might", "could", "can"}  # obliged or allowed, not yet told as to come


def _own_thing(obj: Token) -> bool:
    """An object its party owns: "its nuclear programme", "their plans"."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children(obj))


def provided_by_accord(verb: Token) -> bool:
    """A relative clause opened by "under which", "by which" or "whereby" in the noun phrase of an
    accord (lexicon accord_nouns): "signed a deal, under which Russian peacekeepers will deploy",
    "an accord whereby the rebels disarm". It tells what the accord provides, an act of its own
    (its modality from its own verb: "will deploy" is future), not a description of the accord.
    The accord may be a few words up ("a deal to end the fighting in X, under which ..."). A party's
    act on its own thing ("under which Iran will curb its programme") is a restraint of its own that
    the dictionary codes as a sanction: left out (rounds 4 and 6 read it as a concession or retreat)."""
    if verb.dep_ != "relcl":
        return False
    opened = any(
        (c.dep_ == "prep" and c.lower_ in _PROVIDING_PREPS and any(o.lower_ == "which" for o in children(c)))
        or c.lower_ == "whereby"
        for c in children(verb)
    )
    if not opened or any(_own_thing(c) for c in children(verb) if c.dep_ == "dobj"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in children(verb)):
        return False  # "under which Syria must surrender its arsenal": what the accord asks of a party
    t = verb.head
    for _ in range(6):  # up the noun phrase, through its prepositions and infinitives, not past a finite verb
        if t.pos_ == "NOUN" and t.lemma_.lower() in ACCORD_NOUNS:
            return True
        if t.head.i == t.i or t.tag_ in {"VBD", "VBZ", "VBP"}:
            return False
        if t.tag_ == "VB" and t.dep_ in {"advcl", "xcomp"} and _accord_object(t.head):
            return True  # "signed a deal to end the fighting over X, under which ...": the purpose of the signing
        t = t.head
    return False


def _accord_object(verb: Token) -> bool:
    """Whether the verb's object is an accord ("signed a deal", "reached an agreement")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ACCORD_NOUNS for c in children(verb))
