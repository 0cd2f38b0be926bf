"""Whom: the candidate phrases of a recipient besides the frame's objects and prepositional phrases.

participants/recipients.py reads these before (or after) a frame's own phrases:

* what "in protest against X" names ("burned the town hall in protest against France's reform":
  protested; lexicon protest_nouns);
* for an attack on a carrier, the people it carries ("a plane carrying the presidents of Rwanda and
  Burundi was shot down": passengers; lexicon carrier_nouns, carrying_verbs);
* for a threat, the subject of its "if"/"unless" condition, and the named subject of its warning
  ("warned that it would strike if Iran attacked", "warned that North Korea would ...": conditioned).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.frame.frames import PERSONAL_PRONOUNS
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import subtree_span, trigger_span
from newsevents.parse.tree import children, span_at
from newsevents.records import Frame

PROTEST_NOUNS = LEXICON["protest_nouns"]


CARRIER_NOUNS = LEXICON["carrier_nouns"]


CARRYING_VERBS = LEXICON["carrying_verbs"]


def passengers(doc: Doc, frame: Frame) -> tuple[tuple[int, int], ...]:
    """'a plane carrying the presidents of Rwanda and Burundi was shot down', 'attacked a convoy
    carrying the governor': an attack on a carrier (lexicon carrier_nouns) told with a participle of
    carrying (lexicon carrying_verbs) is aimed at the people it carries, the participle's object."""
    out = []
    for a, b in frame.object_spans:
        span = span_at(doc, a, b)
        if span is None or span.root.lemma_.lower() not in CARRIER_NOUNS:
            continue
        for acl in children(span.root):
            if acl.dep_ == "acl" and acl.lemma_.lower() in CARRYING_VERBS:
                out += [subtree_span(o) for o in children(acl) if o.dep_ in {"dobj", "obj"}]
    return tuple(out)


def protested(doc: Doc, frame: Frame) -> tuple[tuple[int, int], ...]:
    """'burned the town hall in protest against France's reform', 'recalled its envoy in protest
    at the arrests': the objects of "against", "at" or "over" after a protest noun (lexicon
    protest_nouns) in an "in" phrase of the verb, with their modifiers but not their own phrases
    ("the removal of a Soviet memorial" names no one)."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return ()
    out = []
    for p in children(trigger[0]):
        if p.dep_ != "prep" or p.lower_ != "in":
            continue
        for noun in children(p):
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in PROTEST_NOUNS:
                continue
            for q in children(noun):
                if q.dep_ == "prep" and q.lower_ in {"against", "at", "over"}:
                    out += [(o.left_edge.idx, o.idx + len(o)) for o in children(q) if o.dep_ == "pobj"]
    return tuple(out)


def conditioned(doc: Doc, frame: Frame) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """'warned that it would strike if Iran attacked', 'threatened a strike unless the government
    raises wages', 'warned that North Korea would be met with fire': a threat is aimed at whoever
    its condition or its warning is about. (The subjects of the "if"/"unless" clauses below the
    threat's verb, the named subjects of its reported clauses), not through coordinated verbs."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return (), ()
    conditions: list[tuple[int, int]] = []
    reported: list[tuple[int, int]] = []
    stack = [trigger[0]]
    while stack:
        verb = stack.pop(0)
        for c in children(verb):
            if c.dep_ not in {"xcomp", "ccomp", "advcl"}:
                continue
            stack.append(c)
            marks = {m.lower_ for m in children(c) if m.dep_ == "mark"}
            condition = c.dep_ == "advcl" and bool(marks & {"if", "unless"})
            for subj in children(c):
                if subj.dep_ not in {"nsubj", "nsubjpass"} or subj.lower_ in PERSONAL_PRONOUNS:
                    continue
                if condition:
                    conditions.append(core_span(subj))
                elif c.dep_ == "ccomp" and (subj.pos_ == "PROPN" or subj.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"}):
                    reported.append(core_span(subj))
    return tuple(conditions), tuple(reported)


def core_span(tok: Token) -> tuple[int, int]:
    """A noun's phrase without its relative clauses and appositions ("Hamas, which advocates ...")."""
    kept = [c for c in children(tok) if c.dep_ not in {"relcl", "appos", "acl", "punct", "cc", "conj"}]
    end = max([tok, *(c.right_edge for c in kept)], key=lambda t: t.i)
    return tok.left_edge.idx, end.idx + len(end)
