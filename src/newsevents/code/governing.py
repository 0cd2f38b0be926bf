"""Whom a clause that names no one is aimed at, read from the clause it hangs on.

"The Security Council condemned the invasion and demanded a withdrawal", "Bush gave Saddam
Hussein 48 hours to leave, warning that a refusal would mean war", "Pyongyang called the findings a
fabrication and warned of war": a verb coordinated with another that shares its subject, or a
participle clause after its verb ("..., warning that ...", "..., accusing ..."), tells a second act
of the same actor toward the same party. When its own phrases name no one with a country, it is
aimed at whom the verb it hangs on is aimed at: the recipients of the event told for that verb,
else of that verb's own phrases (participants.recipients), read for the same actors.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsevents.parse.tree import children
from newsevents.records import ActorRef, Event, countries_of

SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}


def governing_verb(tok: Token) -> Token | None:
    """The verb whose subject ``tok`` shares: the verb it is coordinated with ("condemned ... and
    demanded"), or the verb a participle clause after it hangs on ("gave ..., warning that"); None
    when ``tok`` has a subject of its own, a participle is introduced by a subordinator ("while
    visiting") or stands before its verb, or the head is no verb."""
    if any(c.dep_ in SUBJECT_DEPS for c in children(tok)):
        return None
    head = tok.head
    if head.i == tok.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    if tok.dep_ == "conj":
        return head
    participle = tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > head.i
    if participle and not any(c.dep_ in {"mark", "prep"} and c.i < tok.i for c in children(tok)):
        return head
    return None


def event_of(events: Sequence[Event], sentence: int, tok: Token) -> Event | None:
    """The last event told with ``tok`` as its trigger in sentence ``sentence``."""
    for e in reversed(events):
        if e.sentence_index == sentence and e.start_char <= tok.idx < e.end_char:
            return e
    return None


def same_side(a: Sequence[ActorRef], b: Sequence[ActorRef]) -> bool:
    """Whether two actor lists name the same party: the same countries, or the same entities."""
    ca, cb = countries_of(a), countries_of(b)
    if ca or cb:
        return ca == cb
    return bool({r.key() for r in a} & {r.key() for r in b})


def shared_recipients(
    head_event: Event | None, actors: Sequence[ActorRef], head_found: Sequence[ActorRef] | None, head_words: str
) -> tuple[list[ActorRef], str] | None:
    """(recipients, why) that a clause hanging on a verb shares with it: those of the event told for
    the verb when it has the same actors (``head_event``), else those the verb's own phrases name
    (``head_found``); only parties with a country other than the actors' own."""
    own = countries_of(actors)
    if head_event is not None:
        if not same_side(head_event.actor, actors):
            return None
        refs = [r for r in head_event.recipient if r.country and r.country not in own]
        if refs:
            return refs, f"recipient: whom '{head_words}' (the verb this clause hangs on) is aimed at"
        return None
    refs = [r for r in head_found or () if r.country and r.country not in own]
    if refs:
        return refs, f"recipient: whom the phrases of '{head_words}' (the verb this clause hangs on) name"
    return None
