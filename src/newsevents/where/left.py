"""Where: a withdrawal is made at the place left (places47).

A yielding act (CAMEO 08: a retreat, a pull-out) is told by where the force was: "The last soldiers
left the Gaza Strip", "troops began withdrawing from Kosovo", "completed its withdrawal from southern
Lebanon", "ordered its troops to withdraw from the city of X". Elsewhere "from" is an origin and never
a place of the act (where/nearest.py); for a withdrawal it is the place. The object of a verb of
leaving (lexicon ``leaving_verbs``) or the "from" / "out of" phrase of a word of withdrawing
(``withdrawing_words``) of the trigger, of a to-infinitive it governs or of its object noun names it;
not a country, which is left at any of its borders ("the last soldier left Afghanistan")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children
from newsevents.records import Frame, Mention
from newsevents.where.destination import place_noun_head, sentence_places

__all__ = ["YIELDING_ROOT", "place_left"]

YIELDING_ROOT = "08"
LEAVING_VERBS = LEXICON["leaving_verbs"]
WITHDRAWING_WORDS = LEXICON["withdrawing_words"]


def _acts(verb: Token) -> list[Token]:
    """The trigger, the to-infinitives it governs ("ordered its troops to withdraw") and its object nouns
    ("completed its withdrawal")."""
    out = [verb]
    for tok in out:
        out.extend(c for c in children(tok) if c.dep_ in {"xcomp", "dobj"} and c not in out)
    return out


def place_left(doc: Doc, frame: Frame, places: Sequence[Mention]) -> Mention | None:
    """The place a withdrawal left (see the module), the first named; None if none."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    acts = {t.i: t for t in _acts(trigger.root)}
    for m, span in sentence_places(doc, frame, places):
        if m.place is None or m.place.level == "country":
            continue  # a country is left at any of its borders: "the last soldier left Afghanistan" says not where
        tok = place_noun_head(span.root)  # "from the southern city of X": the city
        head = tok.head
        if tok.dep_ == "dobj" and head.i in acts and head.lemma_.lower() in LEAVING_VERBS:
            return m  # "left the Gaza Strip"
        if tok.dep_ != "pobj" or head.lower_ not in {"from", "of"}:
            continue
        if head.lower_ == "of" and head.head.lower_ != "out":
            continue
        word = head.head.head if head.lower_ == "of" else head.head  # "pulled out of X": the verb
        if word.i in acts and word.lemma_.lower() in WITHDRAWING_WORDS | LEAVING_VERBS:
            return m
    return None
