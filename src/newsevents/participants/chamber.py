"""Whom a request to a legislature or a court is made to: the requesting state's own chamber.

A leader or a government asking, urging or pressing a legislature or a court ("Moldovan President
Maia Sandu asked parliament to impose a state of emergency", "the president asked Congress for $10
billion to help Israel", "the prime minister urged the Supreme Court to delay its ruling") asks its own
state's chamber: the role word takes the requesters' country, and it is the request's recipient before
any party its purpose or "for" phrase names (Israel there is what the money is for, not whom it is
asked of). Before, a sentence that named another country lent the chamber that country
(participants.institutions.other_country: "Russian troops seized a bridge, and Sandu asked parliament
..." gave Russia's parliament), and a beneficiary named after the chamber was taken instead of it.
Counted over rounds 1-43 (sentences and stories) and PLOVER dev: about 50 gold requests to a
legislature or court by a state's own, by some 30 annotators, all name the requesters' own country.

Only the request's direct object (CAMEO roots 02 appeal and 10 demand; lexicon-free: the chamber is
a role word of sector LEG or JUD of the knowledge base): "appealed to Congress" is left to the other
rules (a foreign leader may appeal to another state's legislature: "Zelenskiy appealed to Congress").
Only for requesters who are a state's own (every actor a state, its institutions or its officials, all
of one country); a chamber whose phrase names its own country ("India's parliament", "the Australian
parliament") keeps it, and one owned by a pronoun ("its parliament") or made foreign (lexicon
foreign_modifiers) is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents.code.parties import from_dateline, state_actor
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import POSSESSIVE_DETERMINERS
from newsevents.parse.tree import span_at
from newsevents.records import ActorRef, sole_country

REQUEST_ROOTS = {"02", "10"}  # CAMEO 02 appeal, 10 demand
CHAMBER_SECTORS = {"LEG", "JUD"}  # a legislature or a court
FOREIGN_MODIFIERS = LEXICON["foreign_modifiers"]


def own_chamber(
    doc: Doc, found: Sequence[ActorRef], actors: Sequence[ActorRef], root: str | None
) -> tuple[list[ActorRef], str] | None:
    """(the chambers ``found`` in the requesters' country, why) when ``found``, read from a request's
    direct object, are all legislatures or courts named by a role word alone and the requesters are
    a state's own of one country (module doc); else None."""
    if root not in REQUEST_ROOTS or not found or not actors:
        return None
    c = sole_country(actors)
    if c is None or not all(state_actor(a) for a in actors):
        return None
    for r in found:
        if r.sector not in CHAMBER_SECTORS or r.kind not in (None, "sector"):
            return None
        if r.country not in (None, c) and not from_dateline(r):
            return None  # "India's parliament": the chamber its phrase names
        span = span_at(doc, r.start_char, r.end_char) if r.start_char >= 0 else None
        if span is None:
            return None
        words = {t.lower_ for t in span.root.subtree}
        if words & (FOREIGN_MODIFIERS | POSSESSIVE_DETERMINERS):
            return None  # "a foreign parliament", "its parliament": whose is told otherwise
    why = f"recipient country {c}: the legislature or court a state's own asks (the requesters')"
    return [r.in_country(c, why) for r in found], why
