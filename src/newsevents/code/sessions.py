"""A body sitting on its own: "the cabinet met on Sunday", "Congress convened to count the votes".

CAMEO 040 (consult) is an interaction between parties. A single state body (a government, a
cabinet, a legislature, a court) that meets, convenes or gathers with no one named beside it (no
"with" phrase, no object, no recipient) holds a session of its own: no event. A person who meets
("Putin met on Sunday"), several parties ("the two leaders met"), an international body ("the
Security Council met"), a plural or coordinated subject ("ministers gathered") and a meeting with a
named partner stay meetings. The verbs are lexicon
``session_verbs``; the sectors lexicon ``session_sectors``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.records import Event, Frame

SESSION_VERBS = LEXICON["session_verbs"]
SESSION_SECTORS = LEXICON["session_sectors"]
CONSULT_CODE = "040"


def lone_session(event: Event, frame: Frame, doc: Doc) -> str | None:
    """Why ``event`` is a body's own session and no meeting of parties, or None. A plural subject
    ("ministers from twelve states gathered") is several parties, whatever their one actor code."""
    if event.cameo != CONSULT_CODE or frame.predicate_lemma not in SESSION_VERBS:
        return None
    if event.recipient or len(event.actor) != 1 or {"with", "together"} & set(frame.context):
        return None
    if not frame.actor_spans:
        return None  # "ministers, who were gathered in Cairo": a passive's body is read elsewhere
    for a, b in frame.actor_spans:
        phrase = span_at(doc, a, b)
        if phrase is None or phrase.root.tag_ in {"NNS", "NNPS"} or any(t.dep_ == "conj" for t in phrase):
            return None
    body = event.actor[0]
    if body.kind == "person" or body.sector not in SESSION_SECTORS:
        return None
    return f"'{frame.trigger_text}': {body.entity_text} sat on its own, no one named beside it: no meeting of parties"
