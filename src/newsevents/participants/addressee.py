"""Whom a verbal act told as the participle of a contact is addressed to (type38).

"Putin telephoned Bush, offering his condolences and support", "the king called Mubarak, pledging his
full support", "was the first leader to telephone Bush after the attacks, offering ...": the
participle (an adverbial clause in -ing) names no one, and the one it is addressed to is the object of
the verb of contact (lexicon ``contact_verbs``) in the clause it hangs on. Read only for acts of words
and of cooperation (CAMEO roots below 14) that name no recipient of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import np_core, trigger_span
from newsevents.parse.tree import children
from newsevents.records import ActorRef, Frame

CONTACT_VERBS = frozenset(LEXICON["contact_verbs"])
WORDED_ROOTS = {f"{n:02d}" for n in range(1, 14)}  # statements, appeals, intents, consultations ... threats


def _contacted(tok: Token) -> Token | None:
    """The object of the verb of contact in the clause the participle ``tok`` hangs on (the head
    itself, or a verb below it outside the participle: "the first leader to telephone Bush")."""
    head = tok.head
    inside = {t.i for t in tok.subtree}
    verbs = [head, *(t for t in head.subtree if t.pos_ == "VERB" and t.i not in inside and t is not head)]
    for v in verbs:
        if v.lemma_.lower() not in CONTACT_VERBS:
            continue
        obj = next((c for c in children(v) if c.dep_ in {"dobj", "obj"}), None)
        if obj is not None:
            return obj
    return None


def addressee(
    doc: Doc,
    frame: Frame,
    root: str | None,
    read: Callable[[tuple[int, int]], list[ActorRef]],
    actor_keys: Collection[tuple[tuple[str | None, str | None, str | None], str]],
) -> tuple[list[ActorRef], str] | None:
    """(recipients, why) for a frame whose trigger is such a participle, else None. ``read(span)``:
    the references the actor reader finds in a span."""
    if root not in WORDED_ROOTS:
        return None
    trig = trigger_span(doc, frame)
    if trig is None or len(trig) == 0:
        return None
    tok = trig.root
    if tok.tag_ != "VBG" or tok.dep_ != "advcl":
        return None
    obj = _contacted(tok)
    if obj is None:
        return None
    found = [r for r in read(np_core(obj)) if (r.key(), r.entity_text.lower()) not in actor_keys]
    if not found:
        return None
    return found, f"recipient: whom '{obj.head.text} {obj.text}' contacts, the act told as its participle"
