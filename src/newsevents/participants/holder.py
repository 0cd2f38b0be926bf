"""Whom a demand for the release of people held in a country's jails is made to (recip40).

"Gunmen hijacked a cruise liner and demanded the release of 50 Palestinians held in Israeli jails":
the demand is made to Israel, which holds them, not to the people the hijacking took as leverage
(nor to the released, the demanders' own people). recip34's act_agent reads the holder named in a
"by" phrase ("prisoners held by Israel"); this reads the "in" phrase of the participle of holding
(lexicon ``holding_verbs``) on the people released: a detention place named with its state
(lexicon ``detention_nouns``: "in Israeli jails", "in Peru's prisons") or a country's name ("jailed
in Uganda"). Only a party of a country, not one of the demanders.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span
from newsevents.parse.tree import children, span_at
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef

RELEASE_NOUNS = LEXICON["release_nouns"]
HOLDING_VERBS = LEXICON["holding_verbs"]
DETENTION_NOUNS = LEXICON["detention_nouns"]
PLACE_LABELS = {"GPE", "LOC"}  # "jailed in Uganda": a country named as the place they are held in


def held_in(
    reader: ActorReader, doc: Doc, span: tuple[int, int], actor_keys: set[tuple[Any, str]],
    on_date: dt.date | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(holders, why) of the people whose release the phrase at ``span`` names, from the "in" phrase
    of a participle of holding on them (module doc); None when it names no such state."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None or phrase.root.lemma_.lower() not in RELEASE_NOUNS:
        return None
    for part in phrase.root.subtree:
        if part.tag_ != "VBN" or part.lemma_.lower() not in HOLDING_VERBS or part.dep_ not in {"acl", "relcl"}:
            continue
        for prep in children(part):
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for place in (o for o in children(prep) if o.dep_ == "pobj"):
                if place.lemma_.lower() not in DETENTION_NOUNS and place.ent_type_ not in PLACE_LABELS:
                    continue
                refs = [
                    r
                    for r in reader.span(subtree_span(place), on_date, disc)
                    if r.country and (r.key(), r.entity_text.lower()) not in actor_keys
                ]
                if refs:
                    return refs, f"the holder of those whose release it asks ('{part.text} in {place.text}')"
    return None
