"""Whom: an embassy or envoy names the state that sends it (lexicon diplomatic_nouns).

"stormed its embassy in Tehran", "summoned China's ambassador": the sending state is the recipient,
not the one the mission is in; a state acting on its own mission acts toward the host ("closed
Venezuela's embassy in Bogota": Colombia), and "recalled its ambassador" names no one by itself.
For a protest or an attack, a foreign mission where it happened is a candidate phrase of its own
("rallied outside the French embassy": envoy_noun, with_modifiers). Read by participants/recipients.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON, sector_group
from newsevents.parse.syntax import subtree_span
from newsevents.parse.tree import children, span_at
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef

DIPLOMATIC_NOUNS = LEXICON["diplomatic_nouns"]
STATE_SECTORS = sector_group("state")


def mission(
    reader: ActorReader, doc: Doc, span: tuple[int, int], actors: list[ActorRef], on_date: dt.date | None,
    disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """A state's embassy or envoy (lexicon diplomatic_nouns) names the state that sends it, not
    the one where it is: "stormed its embassy in Tehran" (its: a state acting in the clause, else
    the last state named before), "summoned China's ambassador"; a state acting on its own
    mission acts toward the host: "closed Venezuela's embassy in Bogota" is aimed at Colombia, and
    "recalled its ambassador" names no one by itself (([], why): read the next phrase)."""
    phrase = span_at(doc, span[0], span[1])
    if phrase is None or not envoy_noun(doc, span):
        return None
    root = phrase.root
    # the states among the actors (a country, an organisation, a state institution), not people
    # given the dateline's country
    states = [a for a in actors if a.country and (a.kind in ("country", "org", "person") or a.sector in STATE_SECTORS)]
    own = {a.country for a in states}
    hosts = [o for p in children(root) if p.dep_ == "prep" and p.lower_ in {"in", "at", "to"} for o in children(p)]
    host_refs = [r for o in hosts[:1] for r in reader.span(subtree_span(o), on_date, disc)]
    if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children(root)):
        named = [r for r in reversed(disc.named) if r.country and r.kind == "country"]
        owners = states[:1] or named[:1]
    else:
        end = hosts[0].head.idx if hosts else span[1]
        owners = [r for r in reader.span((span[0], end), on_date, disc) if r.country]
    if not owners:
        return None
    names = "/".join(sorted({r.country or "" for r in owners}))
    if {r.country for r in owners} <= own:
        hosted = [r for r in host_refs if r.country and r.country not in own]
        return hosted, f"the actor's own mission ({names}): the country where it is"
    return [replace(r, entity_text=phrase.text) for r in owners], f"a mission of {names}, not of the country it is in"


def with_modifiers(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A place phrase with the modifiers before its head ("embassy" -> "the U.S. embassy"): whose
    mission it is stands before the noun."""
    phrase = span_at(doc, span[0], span[1])
    return span if phrase is None else (min(span[0], phrase.root.left_edge.idx), span[1])


def envoy_noun(doc: Doc, span: tuple[int, int]) -> bool:
    """Whether a phrase's head is an embassy or an envoy (lexicon diplomatic_nouns)."""
    phrase = span_at(doc, span[0], span[1])
    return phrase is not None and phrase.root.lemma_.lower() in DIPLOMATIC_NOUNS
