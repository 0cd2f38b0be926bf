"""When: verbs of saying and the clauses they report (split from when/stage.py, dates52). A date told
between a past verb of saying and the subject of the clause it reports is the saying's ("said on Monday it
would recognise the republic": :func:`said_on`, :func:`saying_day`); a clause coordinated with the saying
though hung on the planned act it reports takes the saying's day (:func:`saying_sibling`); a relative clause
told of the saying's party is of the clause it stands in (:func:`told_within`)."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsevents.frame.facts import clause_date
from newsevents.frame.locative import SPEECH_VERBS
from newsevents.parse.syntax import clause_verb, subject_of
from newsevents.parse.tree import children, span_at
from newsevents.progress import ClauseDate
from newsevents.records import Frame
from newsevents.work import Work


def told_within(tok: Token) -> Token | None:
    """The verb of the clause a past relative clause stands in, when the relative clause tells an
    act of its own subject's on that occasion ("said on Sunday he would reorganise the courts, which
    he accused of corruption")."""
    if tok.dep_ != "relcl" or tok.tag_ not in {"VBD", "VBN"} or tok.head.i == tok.i:
        return None
    # told by the party of the clause, named by a pronoun ("which he accused of ...", "in which they
    # demanded ..."), not a party's earlier act ("Morales, who resigned ...")
    if not any(c.dep_ == "nsubj" and c.lower_ in {"he", "she", "they", "we"} for c in children(tok)):
        return None
    verb = clause_verb(tok.head)
    return verb if verb is not None and verb.i != tok.i else None


def said_on(trigger: Token, span: tuple[int, int]) -> bool:
    """A date the parser hung in a reported clause though it stands before the clause's subject, right
    after a past verb of saying: "said on Monday it would recognise the republic" (the saying's day)."""
    if trigger.dep_ != "ccomp" or trigger.head.tag_ != "VBD" or trigger.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    subject = subject_of(trigger)
    return subject is not None and trigger.head.idx < span[0] and span[1] <= subject.idx


def saying_day(work: Work, frame: Frame, verb: Token) -> ClauseDate | None:
    """The day of a past verb of saying with no date of its own, told between it and the subject of
    the clause it reports, where the parser hung it in that clause: "said on Wednesday they had
    arrested ...", "said on Sunday it would never recognise ..." (:func:`said_on`); not one after a
    "that" ("said that on Monday rebels attacked ...": the reported act's day)."""
    if frame.date_spans or verb.tag_ != "VBD" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    for clause in children(verb):
        if clause.dep_ != "ccomp":
            continue
        that = next((c.idx for c in children(clause) if c.dep_ == "mark"), None)
        subject = subject_of(clause)
        if subject is None:
            continue
        for m in work.dates:
            span = (m.start_char, m.end_char)
            if span[1] > subject.left_edge.idx:
                continue  # "said the 1974 accord had collapsed": a date in the subject names it
            if (that is None or span[0] < that) and said_on(clause, span):
                said = clause_date(dataclasses.replace(frame, date_spans=(span,), tense="past"), work.article.text,
                                   work.article.pub_date)  # fmt: skip
                if said.info is not None:
                    return said.via(f"{said.why}, told before the subject of the clause '{verb.text}' reports")
    return None


def through_infinitive(doc: Doc, span: tuple[int, int], verb: Token) -> bool:
    """Whether the way up from the date mention at ``span`` to ``verb`` passes an infinitive (an act
    still to come from the verb's time: "agreed to resign on July 13")."""
    words = span_at(doc, span[0], span[1])
    t = words.root if words is not None else None
    while t is not None and t.i != verb.i:
        if t.tag_ == "VB":
            return True
        t = None if t.head.i == t.i else t.head
    return False


def saying_sibling(tok: Token, head_frame: Frame | None) -> Token | None:
    """The past verb of saying a clause with a subject of its own and a past verb is coordinated with,
    though the parser hung it on the planned act that verb reports: "said on Tuesday he would send more
    troops, and he called on the allies to ..." (the call is told as the saying's news, not as part of
    the plan); None otherwise."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or head_frame is None or head_frame.tense == "past":
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(tok)) or head.dep_ != "ccomp":
        return None
    saying = head.head
    if saying.i == head.i or saying.tag_ != "VBD" or saying.lemma_.lower() not in SPEECH_VERBS:
        return None
    return saying
