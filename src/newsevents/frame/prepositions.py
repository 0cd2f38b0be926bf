"""Which prepositions open a phrase of where a frame's event was (read by ``frame/locative.py`` and the where stage).

A preposition of ``locative_prepositions`` is locative unless its object is an idiom's ("in response to"); "from"
only after a distance ("10 miles from X"); "to" only before a named place's part ("marched to the centre of X");
"out" before "of" ("pulled its troops out of X"). Not the "in" of taking part (``joins``), the "on" of a
measure's target (``aimed_on``: "imposed sanctions on X") before a name, nor the "on" of an appeal ("called on X
to ..."). Split from ``frame/locative.py`` (arch43).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children

if TYPE_CHECKING:
    from spacy.tokens import Token

LOCATIVE_PREPS = LEXICON["locative_prepositions"]
# Nouns whose "of" phrase names the place itself or the place it is part of.
PLACE_PART_NOUNS = LEXICON["place_part_nouns"]
# Units before "from" that make it a distance, not an origin ("10 miles from X").
DISTANCE_UNITS = LEXICON["distance_units"]

# "in the context of", "in response to", "in the wake of": a preposition of place in an idiom that
# says what something is about or why, not where.
IDIOM_OBJECTS = LEXICON["idiom_objects"]
PARTICIPATION_VERBS = LEXICON["participation_verbs"]


TARGET_MEASURE_NOUNS = LEXICON["target_measure_nouns"]
APPEAL_ON_VERBS = LEXICON["appeal_on_verbs"]


def aimed_on(p: Token) -> bool:
    """Whether "on" names the target of a measure ("sanctions on X", "imposed an embargo on X")."""
    if p.lower_ != "on":
        return False
    head = p.head
    if head.lemma_.lower() in TARGET_MEASURE_NOUNS:
        return True
    return head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"dobj", "obj", "nsubjpass"} and c.lemma_.lower() in TARGET_MEASURE_NOUNS for c in children(head)
    )


def locative_prep(p: Token) -> bool:
    """A locative preposition; "from" only after a distance ("10 miles from X"). Not the "in" of
    taking part ("would not take part in a war on Iraq", "participated in the invasion of X"): it
    names the act joined, whose places are not where the joining is told."""
    if p.lower_ == "in" and joins(p.head):
        return False
    if aimed_on(p) and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in children(p)):
        return False  # "imposed sanctions on X": whom the measure is aimed at, not where it was imposed
    if p.lower_ == "on" and p.head.lemma_.lower() in APPEAL_ON_VERBS:
        return False  # "called on Iraq and Kuwait to negotiate": whom the appeal is made to (storyrec46)
    if p.lower_ == "out":  # "pulled its troops out of X", "were driven out of X": the place left is the act's
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in children(p))
    if p.lower_ in LOCATIVE_PREPS:
        return not any(o.dep_ == "pobj" and o.lemma_.lower() in IDIOM_OBJECTS for o in children(p))
    if p.lower_ == "to":  # "took to the streets of Minsk", "marched to the centre of Tbilisi": a named place's part
        return any(
            o.dep_ == "pobj"
            and (o.lower_ in PLACE_PART_NOUNS or o.lemma_.lower() in PLACE_PART_NOUNS)
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in children(o))
            for o in children(p)
        )
    if p.lower_ != "from":
        return False
    near = [*children(p), *(s for s in children(p.head) if s.i < p.i)]
    return any(t.dep_ == "npadvmod" and t.lower_ in DISTANCE_UNITS for t in near)


def joins(head: Token) -> bool:
    """A verb of taking part (lexicon participation_verbs), or "take part" ("part" or "take")."""
    lemma = head.lemma_.lower()
    if lemma in PARTICIPATION_VERBS:
        return True
    if lemma == "part" and head.head.lemma_.lower() == "take":
        return True
    return lemma == "take" and any(c.dep_ in {"dobj", "obj"} and c.lower_ == "part" for c in children(head))
