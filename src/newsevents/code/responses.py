"""Whose act an event answers: "Japan imposed sanctions in response to North Korea's nuclear test",
"Russia expelled four diplomats in retaliation for Britain's expulsion of its envoys", "China
cancelled the talks in protest at the visit by the Dalai Lama". A phrase "in" (or "as") + a noun of
an answer (lexicon response_nouns) + "to", "for", "against", "at", "over" or "of" + an act names the
party answered: the act's possessor, its "by" agent, or a proper name standing for the act itself
("in response to Washington"). The coder reads the party's phrase at the event's date and takes it
as the recipient when the event names no one with a country; the span is found here (syntax only).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children, span_at

__all__ = ["answered_span"]

RESPONSE_NOUNS = LEXICON["response_nouns"]
RESPONSE_PREPS = {"in", "as"}
OBJECT_PREPS = {"to", "for", "against", "at", "over", "of"}
PARTY_LABELS = {"GPE", "NORP", "ORG", "PERSON"}


def _span(tok: Token) -> tuple[int, int]:
    sub = list(tok.subtree)
    return sub[0].idx, sub[-1].idx + len(sub[-1].text)


def _party_of(act: Token) -> tuple[int, int] | None:
    """The phrase of the party an act noun names: its possessor ("India's blasts"), its "by" agent
    ("rocket fire by Hamas"), or the noun itself when it is a name ("in response to Washington")."""
    for c in children(act):
        if c.dep_ == "poss" and c.tag_ != "PRP$":
            return _span(c)
    for c in children(act):
        if c.dep_ == "prep" and c.lower_ == "by":
            agent = next((g for g in children(c) if g.dep_ == "pobj"), None)
            if agent is not None:
                return _span(agent)
    if act.pos_ == "PROPN" or act.ent_type_ in PARTY_LABELS:
        return _span(act)
    return None


def answered_span(doc: Doc, trigger_start: int, trigger_end: int) -> tuple[int, int] | None:
    """(start, end) of the party whose act the trigger's event answers, in character offsets of
    ``doc``; None when the trigger has no such phrase."""
    trigger = span_at(doc, trigger_start, trigger_end)
    if trigger is None:
        return None
    verb = trigger.root
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in RESPONSE_PREPS:
            continue
        noun = next((c for c in children(prep) if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in RESPONSE_NOUNS:
            continue
        for inner in children(noun):
            if inner.dep_ != "prep" or inner.lower_ not in OBJECT_PREPS:
                continue
            act = next((c for c in children(inner) if c.dep_ == "pobj"), None)
            if act is not None and (party := _party_of(act)) is not None:
                return party
    return None
