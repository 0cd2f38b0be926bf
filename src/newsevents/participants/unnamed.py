"""Actors no knowledge-base entry names, kept as text: a person or a group of people the knowledge
base lacks ("Sheikh Hamad", "supporters of Ahmed Ben Bella") and a crowd told by its number alone
("thousands marched on the palace", "some 20,000 rallied"). The participants stage falls back on
them when a frame's actor phrases name no one."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.code.crowds import PROTEST_ROOT
from newsevents.frame.frames import PERSONAL_PRONOUNS, WEAPON_VEHICLES
from newsevents.parse.tree import children, span_at
from newsevents.records import ActorRef, Frame

__all__ = ["crowd_named", "unknown_named"]


def _people(head: Token, suffixes: tuple[str, ...]) -> bool:
    """A plural naming people ("prisoners", "supporters"), also as "hundreds of shareholders"; not
    vehicles that end like people (lexicon weapon_vehicles: "hijacked airliners")."""
    if head.lemma_.lower() in WEAPON_VEHICLES:
        return False
    heads = [head, *(g for c in children(head) if c.lower_ == "of" for g in children(c) if g.dep_ == "pobj")]
    return any(h.tag_ in {"NNS", "NNPS"} and h.lower_.endswith(suffixes) for h in heads)


def unknown_named(doc: Doc, frame: Frame, suffixes: tuple[str, ...]) -> tuple[list[ActorRef], list[str]]:
    """A subject that names a person the knowledge base does not know ("Sheikh Hamad") or a group
    of people ("supporters of Ahmed Ben Bella", "prisoners") is still the actor: kept as text,
    without a code. Such an event is kept only when another party makes it political."""
    for a, b in frame.actor_spans:
        span = span_at(doc, a, b)
        if span is None or span.root.lower_ in PERSONAL_PRONOUNS or span.root.tag_ in {"WDT", "WP"}:
            continue
        if _people(span.root, suffixes) or span.root.ent_type_ == "PERSON":
            ref = ActorRef(span.text, None, None, None, None, None, None, a, b, "a name the knowledge base lacks")
            return [ref], [f"actor '{span.text}': a name the knowledge base lacks (no code)"]
    return [], []


CROWD_NUMBERS = {"thousand", "hundred", "million", "dozen", "ten", "score"}


def crowd_named(doc: Doc, frame: Frame, root: str | None) -> tuple[list[ActorRef], list[str]]:
    """A crowd told by its number alone ("thousands marched on the palace", "hundreds of thousands
    took to the streets", "thousands more", "some 20,000") as the subject of a protest (CAMEO 14): kept as text,
    like a group of people the knowledge base lacks; its country is its place's (code.event)."""
    if root != PROTEST_ROOT:
        return [], []
    for a, b in frame.actor_spans:
        span = span_at(doc, a, b)
        if span is None:
            continue
        if _number_alone(span.root):  # "some 20,000 rallied", "about half a million marched"
            ref = ActorRef(span.text, None, None, None, None, None, None, a, b, "a crowd told by its number")
            return [ref], [f"actor '{span.text}': a crowd told by its number (no code)"]
        if span.root.tag_ != "NNS" or span.root.lemma_.lower() not in CROWD_NUMBERS:
            continue
        of = [g for c in children(span.root) if c.lower_ == "of" for g in children(c) if g.dep_ == "pobj"]
        if all(g.lemma_.lower() in CROWD_NUMBERS for g in of):  # not "thousands of cattle"
            ref = ActorRef(span.text, None, None, None, None, None, None, a, b, "a crowd told by its number")
            return [ref], [f"actor '{span.text}': a crowd told by its number (no code)"]
    return [], []


def _number_alone(root: Token) -> bool:
    """A number standing alone for people, at least a hundred of them: "some 20,000", "more than
    100,000", "about half a million" (not "three", nor a number before a noun or an 'of' phrase)."""
    if root.tag_ != "CD" or root.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "prep" for c in children(root)):
        return False
    word = root.lower_.replace(",", "")
    if word in {"million", "thousand", "hundred"} or word.endswith("000"):
        return True
    return word.isdigit() and int(word) >= 100
