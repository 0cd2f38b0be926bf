"""Whom a complaint lodged with a forum is aimed at: the party complained about (recip46).

"South Africa filed a case at the International Court of Justice accusing Israel of genocide",
"Israeli warplanes bombed the PLO's headquarters near Tunis, and Tunisia lodged a complaint with the
U.N. Security Council": a disapproval or accusation (CAMEO 11) whose only recipient is an
international organisation reached through a preposition of addressing ("with", "at", "to",
"before") names the body it is brought before, not whom it is against. It is aimed at the party a
participle of charging on its verb names (lexicon charging_verbs: "accusing Israel"), else at the one
an "against" phrase of its verb or of that body names, else at the doers of another country of the
last act of material conflict (quad class 4) told before it in its sentence or the one before.
Rounds 1-45 (sentences and stories): 4 such complaints with the party complained about as the gold
recipient, none with the forum (a demand or request to the Security Council stays the Council's:
CAMEO 10 and 02 are not read here).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span, trigger_span
from newsevents.parse.tree import children, span_at
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Event, Frame, countries_of, told_before

CHARGING_VERBS = LEXICON["charging_verbs"]
COMPLAINT_ROOT = "11"  # CAMEO 11: disapprove (criticise, accuse, complain, bring a lawsuit)
FORUM_PREPS = {"with", "at", "to", "before"}
MATERIAL_CONFLICT = 4  # quad class


def _forum(doc: Doc, r: ActorRef) -> bool:
    """Whether ``r`` is an organisation of no country named as the object of a preposition of addressing."""
    if r.country is not None or not (r.kind == "org" or (r.code or "").startswith("IGO")) or r.start_char < 0:
        return False
    span = span_at(doc, r.start_char, r.end_char)
    if span is None or not len(span):
        return False
    head = span.root
    return head.dep_ == "pobj" and head.head.lower_ in FORUM_PREPS


def _named(reader: ActorReader, tok: Token, own: set[str], on_date: dt.date | None, disc: Discourse) -> list[ActorRef]:
    return [r for r in reader.span(subtree_span(tok), on_date, disc) if r.country and r.country not in own]


def complained_about(
    reader: ActorReader, doc: Doc, frame: Frame, actors: Sequence[ActorRef], found: Sequence[ActorRef],
    root: str | None, on_date: dt.date | None, disc: Discourse, told: Callable[[], Sequence[Event]],
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """(recipients, why) for a complaint whose recipients ``found`` are only a forum it is lodged with
    (module doc); None otherwise. ``told`` gives the events told so far, asked only of such a complaint."""
    own = countries_of(actors)
    if root != COMPLAINT_ROOT or not own or not found or not all(_forum(doc, r) for r in found):
        return None
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    for c in children(verb):  # "filed a case at the court accusing Israel of genocide"
        if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in CHARGING_VERBS:
            for o in children(c):
                if o.dep_ in {"dobj", "obj"} and (refs := _named(reader, o, own, on_date, disc)):
                    return refs, f"recipient: whom a complaint lodged with a forum is against ('{c.text} {o.text}')"
    forum_heads = [span_at(doc, r.start_char, r.end_char) for r in found]
    for head in [verb, *(h.root for h in forum_heads if h is not None)]:  # "a case at the court against Germany"
        for p in children(head):
            if p.dep_ == "prep" and p.lower_ == "against":
                for o in children(p):
                    if o.dep_ == "pobj" and (refs := _named(reader, o, own, on_date, disc)):
                        return refs, f"recipient: whom a complaint lodged with a forum is against ('against {o.text}')"
    # "Israeli warplanes bombed ... near Tunis, and Tunisia lodged a complaint with ..."
    for e in told_before(frame, told()):
        if e.quad_code != MATERIAL_CONFLICT:
            continue
        if e.sentence_index < frame.sentence_index - 1:
            break  # told too far before to be what the complaint is about
        doers = [a for a in e.actor if a.country and a.country not in own]
        if doers:
            said = "/".join(sorted(countries_of(doers)))
            return (
                doers,
                f"recipient: a complaint lodged with a forum is against the attackers of '{e.event_text}' ({said})",
            )
    return None
