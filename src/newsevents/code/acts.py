"""An act told before, named again by its noun: "India carried out three nuclear tests ... Annan
deeply regretted the tests". A definite phrase whose head is a word of an earlier event's pattern
("carry out test") names that event, however far back it was told; a judgement of it is aimed at
whoever did it (coder.make_event, before parties.judged_before's nearest-conflict rule)."""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.code.judged import across
from newsevents.records import ActorRef, Event

DEFINITE = ("the ", "this ", "these ", "that ", "those ")
CONFLICT_QUAD = 3  # verbal and material conflict: what a judgement is aimed at (an agreement judged has no target)


def _head(words: str) -> str:
    """The phrase's last word, singular ("the nuclear tests" -> "test")."""
    last = words.lower().split()[-1].strip(".,;:'\"")
    if len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "is", "us")):
        return last[:-1]
    return last


def named_before(
    words: str, actors: Sequence[ActorRef], events: Sequence[Event], at: int
) -> tuple[list[ActorRef], str] | None:
    """(the doers, why) of the last event told before ``at`` (the judged phrase's start) whose
    pattern holds the head of the definite phrase ``words``, a conflict (quad class 3 or 4), done by
    parties other than the judges ``actors``: of another country, or across the line between the
    state and the people outside it (judged.across); None when no such event was told."""
    low = words.lower().strip()
    if not low.startswith(DEFINITE) or len(low.split()) < 2:
        return None
    head = _head(low)
    judges = {a.key() for a in actors}
    own = {a.country for a in actors if a.country}
    for e in reversed(events):
        if e.start_char >= at or e.quad_code < CONFLICT_QUAD or head not in e.pattern.split():
            continue
        doers = [a for a in e.actor if a.country]
        if not doers or judges & {a.key() for a in doers}:
            continue
        if not own & {a.country for a in doers} or across(actors, doers):  # as parties.judged_before
            return doers, f"recipient: who did '{e.event_text}' (told before), what '{words}' names"
    return None
