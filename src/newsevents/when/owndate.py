"""When: the clause's own date and the links a verb's date is read through (split from when/stage.py,
dates44): ``own_date`` (the clause's date, passing over a date that names a thing), ``completed_verb`` (the verb a
complement shares its date with), ``counted_shift`` (a count of days on the verb or its infinitive) and
``told_as_news`` (a head dated only by publication that the story tells as its news). Read by when/stage.py."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.frame.facts import clause_date
from newsevents.parse.syntax import clause_verb, to_infinitive
from newsevents.parse.tree import children
from newsevents.progress import ClauseDate
from newsevents.records import Frame
from newsevents.resolve.dates import normalize
from newsevents.when.dating import sequence_shift, that_year, year_told_before
from newsevents.when.naming import effective_date, modifier_date
from newsevents.when.saying import said_on, saying_day
from newsevents.work import Work


def own_date(work: Work, frame: Frame, token_i: int) -> ClauseDate:
    """The clause's date, passing over a date that names a thing ("the 2015 nuclear deal"); a day
    told "of that year" takes the year told last before it (without one, it is no date)."""
    text, pub = work.article.text, work.article.pub_date
    trigger = work.doc[token_i]
    planned = frame.modality in {"future", "hypothetical"}
    spans = [s for s in frame.date_spans if not modifier_date(work.doc, s, trigger, planned)]
    if spans and (that := that_year(text, spans[0])) is not None:
        year = year_told_before(text, work.dates, spans[0][0])
        words = text[spans[0][0] : spans[0][1]]
        info = normalize(f"{words}, {year}", pub, frame.tense) if year is not None else None
        if info is not None:
            why = f"date '{words} {that}' in the event's clause, the year told before ({info.reason})"
            return ClauseDate(info, f"{words} {that}", why)
        spans = spans[1:]  # "May 14 of that year" with no year told: no date, not the publication's year
    effective = effective_date(text, spans[0], pub) if spans else None
    if effective is not None:  # "announced tariffs ..., effective from March 10"
        return effective
    if spans and frame.tense != "past" and said_on(trigger, spans[0]):
        # "said on Monday it would recognise ...": the day of the saying, read in its past tense
        said = clause_date(dataclasses.replace(frame, date_spans=(spans[0],), tense="past"), text, pub)
        return said.via(f"{said.why}, the day of '{trigger.head.text}' that reports it")
    if not frame.date_spans and (saying := saying_day(work, frame, trigger)) is not None:
        return saying
    if not frame.date_spans and (day := date_before_when(work, trigger)) is not None:
        # "The standoff began on May 3, when troopers stormed a roadblock": the date the clause tells of
        told = clause_date(dataclasses.replace(frame, date_spans=(day,)), text, pub)
        if told.info is not None:
            return told.via(f"date '{told.text}' right before its 'when' ({told.info.reason})")
    if len(spans) == len(frame.date_spans):
        return clause_date(frame, text, pub)
    return clause_date(dataclasses.replace(frame, date_spans=tuple(spans)), text, pub)


def date_before_when(work: Work, trigger: Token) -> tuple[int, int] | None:
    """The date a clause opened by "when" tells of when it follows the date and a comma ("began on May 3,
    when troopers stormed a roadblock", "in turmoil since Oct. 5, when the president fired the premier"):
    the span of that date mention, however the parser hung the clause (in a long sentence it may hang it
    on a later verb); None for another clause (dates44)."""
    when = next((c for c in children(trigger) if c.dep_ == "advmod" and c.lower_ == "when" and c.i < trigger.i), None)
    if when is None or when.i < 2 or work.doc[when.i - 1].text != ",":
        return None
    end = work.doc[when.i - 2].idx + len(work.doc[when.i - 2].text)
    return next(((m.start_char, m.end_char) for m in work.dates if m.date is not None and m.end_char == end), None)


def told_as_news(head: Token, base: ClauseDate) -> bool:
    """A head dated only by publication that the story tells as its news: the past-tense verb at
    the root of its sentence ("The strike came two days after ...")."""
    info = base.info
    return info is not None and info.precision == "publication" and head.dep_ == "ROOT" and head.tag_ == "VBD"


def completed_verb(tok: Token, frame: Frame, not_now: frozenset[str]) -> Token | None:
    """The verb whose date a past act told as its complement shares: "voted on Wednesday to impose
    sanctions" (a to-infinitive), "passed a motion on Friday denouncing the raids" (a
    participle on the verb's object), "declined on Monday to endorse the pact" (a refusal, told as done).
    Not after a verb of planning or failing (``not_now``: "agreed on Monday to withdraw by March",
    "failed to reach a deal"): that act has another time or none."""
    if frame.modality not in {"asserted", "negated"} or frame.tense != "past":
        return None  # negated: an act refused ("declined on Monday to endorse the pact"), a refusal told as done
    head: Token | None
    if tok.dep_ == "xcomp":
        head = tok.head
    elif tok.dep_ == "advcl" and tok.tag_ == "VB" and to_infinitive(tok):
        head = tok.head  # "broke into the embassy on Friday to arrest him": a purpose told as done
    elif tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in {"dobj", "nsubjpass"}:
        head = clause_verb(tok.head)
    elif tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by" and tok.head.head.pos_ == "VERB":
        head = tok.head.head  # "surprised its allies on May 9 by signing the truce": the means, that day
    else:
        return None
    if head is None or head.i == tok.i or head.lemma_.lower() in not_now:
        return None
    return head


def counted_shift(tok: Token) -> tuple[int, str] | None:
    """:func:`sequence_shift` of the verb, or of its to-infinitive ("agreed to disarm a day later",
    the parser hanging the time phrase under the infinitive)."""
    return sequence_shift(tok) or next(
        (s for c in children(tok) if c.dep_ == "xcomp" and (s := sequence_shift(c)) is not None), None
    )
