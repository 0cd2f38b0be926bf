"""Whom an admission is made to: the party the admitted act was done to (recip38).

An admission (data/code_rules.yaml ``admitting_verbs``: admit, acknowledge, confess) tells an act of
the admitter's own side in its complement clause, and is made to whom that act was done to:
"Paris admitted that French agents had sunk the ship in New Zealand" (the people of New Zealand),
"the leader admitted that his agents had abducted Japanese citizens" (Japan). When the admission's
own phrases name no party of another country than the admitter's (its own agents are no party:
code/coder.py), the frame of its complement clause is read as a purpose clause is
(participants/recipients.py); when that names none either, the people of the country of a place
the clause names by its name in one of its locative phrases ("in New Zealand", "in Auckland
harbour"), as an attack there is aimed at them. The admitter's own country stays out. Only a clause
of the admitting verb itself (ccomp), not a clause further down, and only one that tells an act done
to someone (a direct object or a passive subject): "acknowledged that the journalist had died inside
its consulate in Istanbul" tells what befell someone, and the annotators split on its recipient
(none, the victim's country or the place's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.code.clauses import LOCATIVE_PREPS
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children, span_at
from newsevents.participants.actors import ActorReader
from newsevents.participants.deployment import NO_POINT
from newsevents.participants.institutions import SUBJECTS
from newsevents.participants.recipients import recipients
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame, Mention, countries_of


def admitted(
    reader: ActorReader, doc: Doc, frame: Frame, actors: list[ActorRef], on_date: dt.date | None,
    disc: Discourse, frame_at: Callable[[int], Frame | None], places: Sequence[Mention],
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(recipients, why) of an admission from the act its complement clause admits (module doc);
    None when the clause tells no act done to someone or names no party or place of another
    country than the admitter's."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    own = countries_of(actors)
    for clause in children(trigger.root):
        if clause.dep_ != "ccomp" or not done_to(clause):
            continue
        inner = frame_at(clause.i)
        if inner is None:
            continue
        found, why = recipients(reader, doc, inner, actors, on_date, disc, frame_at)
        kept = [r for r in found if r.country and r.country not in own]
        if kept:
            return kept, f"recipient: whom the admitted act ('{inner.trigger_text}') was done to: {why}"
        for m in places:
            if m.place is None or not m.place.country_code or m.label in NO_POINT or m.place.country_code in own:
                continue
            if not located_in(doc, m, clause):
                continue
            c = m.place.country_code
            why = f"recipient: the people of the place of the admitted act ('{inner.trigger_text} ... {m.text}'), {c}"
            return [ActorRef.people_of(c, m.text, why, m.start_char, m.end_char)], why
    return None


def done_to(verb: Token) -> bool:
    """Whether a clause tells an act done to someone: its verb has a direct object ("had sunk the
    ship") or a passive subject ("had been killed"), not what befell its subject ("had died")."""
    return any(c.dep_ in {"dobj", "obj", "nsubjpass"} for c in children(verb))


def located_in(doc: Doc, m: Mention, clause: Token) -> bool:
    """Whether a place mention stands in a locative phrase of ``clause`` (after "in", "at", "near",
    ...: code.clauses.LOCATIVE_PREPS), on its verb or on one of its objects ("had sunk the ship in
    Auckland harbour"), not in its subject ("agents of the French secret service")."""
    words = span_at(doc, m.start_char, m.end_char)
    if words is None or not clause.left_edge.i <= words.root.i <= clause.right_edge.i:
        return False
    tok = words.root
    while tok.i != clause.i:
        if tok.dep_ in SUBJECTS:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            return True
        tok = tok.head
    return False
