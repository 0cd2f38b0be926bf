"""Where: a material act at a state's own chamber or palace named without its owner ("gunmen stormed
parliament", "police fired tear gas at students outside Congress", "set fire to a building near the
presidential palace"). Read by where/location.py (step 7): with its actors of one country and no place
told, such an act was done in that country's capital, not anywhere in the country (places51). The
chamber's phrase is matched whole (lexicon national_chambers): "the regional parliament", "the Catalan
parliament" sit elsewhere."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.records import Frame

__all__ = ["chamber_site"]

NATIONAL_CHAMBERS = LEXICON["national_chambers"]
CHAMBER_PREPS = LEXICON["chamber_prepositions"]
_HEADS = frozenset(c.split()[-1] for c in NATIONAL_CHAMBERS)
# the words of a chamber's phrase besides the noun: its modifiers, not its article
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _chamber(tok: Token) -> bool:
    """Whether a noun is a national chamber named without its owner: its modifiers and it make a
    phrase of lexicon national_chambers."""
    if tok.lower_ not in _HEADS or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    mods = [c for c in tok.children if c.dep_ in _MODIFIER_DEPS]
    if any(c.i > tok.i for c in mods):
        return False
    return " ".join([*(c.lower_ for c in sorted(mods, key=lambda c: c.i)), tok.lower_]) in NATIONAL_CHAMBERS


def chamber_site(doc: Doc, frame: Frame) -> str | None:
    """The national chamber the event's own verb acts on or at: its direct object ("stormed
    parliament"), or the object of a preposition of place of the verb or of its object ("fired tear
    gas at students outside Congress"). Its text, else None."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "prep"})]
    holders += [o for h in holders if h.dep_ == "prep" for o in h.children if o.dep_ == "pobj"]
    for h in holders:
        if h.dep_ == "dobj" and h.head.i == verb.i and _chamber(h):
            return h.text
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in CHAMBER_PREPS:
                found = next((o for o in p.children if o.dep_ == "pobj" and _chamber(o)), None)
                if found is not None:
                    return found.text
    return None
