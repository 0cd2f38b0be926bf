"""When: the day a story's account of the day before its news runs on with (its narrative day).

A story published the day after its news often tells the occasion that led to it in a run of
sentences: one sentence names the day ("The violence erupted on Wednesday after ..."), and the
sentences right after it tell the acts of that occasion with no date of their own ("Rioters smashed
windows and occupied the chamber. A woman was shot dead by police."). Those acts are of the day told,
not of the publication day. :func:`narrative_days` walks the story's sentences and gives each
sentence that names no date the day the last sentence before it told, when that day is the day
before the story's own (the lead's day, else the publication day); a sentence that names any other
date (an older day, a month, a planned day, the publication day, two days, a night, which runs into
the next day; a day told in a relative clause set off by a comma, "Foreign ministers, who flew in on
Thursday to mediate, said ...", an aside about a participant) ends the run and starts none, and so
does a day not told of an act done (a clause not in the past tense:
"The accord has to be approved in a referendum on Sunday"). The story's lead (its first two sentences)
tells its news and starts no run: another day it names is the news's setting ("announced the strikes late
on Wednesday, Washington time", "after talking by phone on Monday"); but when the first sentence
names the news day itself (one day: "kept their barricades in place on Thursday, a day after a raid"),
a second sentence naming the day before tells the occasion and may start a run. An older day
is background the story may leave at any sentence (rounds 26-51: "Talks began on Nov. 1 ... Clinton
hailed the deal" is the story's day), and so left.

Only for a past act told as done (asserted or negated), a material act or a meeting (CAMEO quad
classes 2 and 4, root 04: a statement, "urged", "accused", "welcomed the release", is the story's
reaction, of its own day), not one reported by a verb of saying (but one told in the simple past with
its source in the simple past, :func:`reported_of_run`), with no time of its own
(:func:`~newsevents.when.newsday.tells_other_time`, not a present perfect), and only where the when
stage found no date at all for it (its date would be the publication day): when/stage.run_day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span, Token

from newsevents.frame.locative import SPEECH_VERBS
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import children, span_at
from newsevents.progress import ClauseDate
from newsevents.records import DateInfo, Mention
from newsevents.when.dating import late_day
from newsevents.when.naming import modifier_date
from newsevents.when.newsday import LEAD_SENTENCES, clause_of, planned
from newsevents.when.offsets import SAME_TIME

_EVENING = LEXICON["evening_marks"]
_EARLIER_ACT = frozenset({"after", "before", "since", "following"})  # a phrase of an act of another time


def told_day(doc: Doc, mentions: Sequence[Mention]) -> tuple[dt.date, Mention] | None | bool:
    """The one day before which a sentence's acts happened, as its date mentions tell it: (day,
    mention) for one day-precise date of an act (not one that names a thing, nor a planned act's);
    False when the sentence names any other date or none of an act; None when it names no date."""
    found: dict[dt.date, Mention] = {}
    named = False
    for m in mentions:
        words = span_at(doc, m.start_char, m.end_char)
        if m.date is None or words is None:
            continue  # "within hours", "overnight": no calendar date
        named = True
        clause = clause_of(words.root)
        if modifier_date(doc, (m.start_char, m.end_char), clause):
            continue  # "the Oct. 1 referendum": a thing named, no day of this sentence's acts
        if planned(clause) or m.date.precision != "day" or m.date.end_value or "night" in m.text.lower():
            return False  # a planned day, a span, or a night that runs into the next day
        if _aside(clause):
            return False  # "Ministers, who flew in on Thursday to mediate, said ...": no occasion of the sentence's
        if clause.tag_ != "VBD" and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children(clause)):
            return False  # "has to be approved in a referendum on Sunday": no act told as done that day
        try:
            found.setdefault(dt.date.fromisoformat(m.date.value), m)
        except ValueError:
            return False
    if not named:
        return None
    if len(found) != 1:
        return False
    return next(iter(found.items()))


def _aside(clause: Token) -> bool:
    """A relative clause set off by a comma ("Foreign ministers, who flew in on Thursday to mediate,
    said ..."): what a participant did at another time, not the occasion its sentence tells."""
    before = clause.left_edge.i - 1
    return clause.dep_ == "relcl" and before >= 0 and clause.doc[before].text == ","


def _tells_occasion(doc: Doc, m: Mention) -> bool:
    """Whether a day the lead's second sentence names is the day of the occasion its acts tell: told in
    the sentence's main clause or in a clause of the same time ("was killed when gunmen ambushed a
    patrol early on Sunday"), not in a clause of an earlier act ("made addresses after speaking by
    telephone on Tuesday": the news's setting), nor late in the day ("late on Wednesday": what follows
    may be of the next day)."""
    words = span_at(doc, m.start_char, m.end_char)
    if words is None or any(w.lower() in _EVENING for w in m.text.split()):
        return False
    clause = clause_of(words.root)
    if clause.dep_ == "advcl":  # "was killed and another wounded when gunmen ambushed a patrol early on Sunday"
        marks = {c.lower_ for c in children(clause) if c.dep_ in {"mark", "advmod"}}
        clause = clause.head if marks & SAME_TIME else clause
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ROOT":
        return False
    # not a day in a phrase of an earlier act: "made addresses after talking by phone on Monday"
    t = words.root
    while t.i != clause.i:
        if t.dep_ == "prep" and t.lower_ in _EARLIER_ACT:
            return False
        t = t.head
    return True


def _moves_on(sent: Span) -> bool:
    """Whether a sentence tells its acts as a count of time after those told before ("Hours later ...",
    "Two days later ...")."""
    return any(t.lower_ == "later" and any(c.dep_ == "npadvmod" for c in children(t)) for t in sent)


def reported_of_run(tok: Token, speech: Collection[str]) -> bool:
    """Whether an act reported by a verb of saying, in a sentence of a run, is still an act of the
    occasion the run tells: the source given in the simple past, before or after the act ("Officers
    fired tear gas into the house, police said", "Witnesses said soldiers beat the marchers"), of an
    act told in the simple past (active or passive). Not a source in the present ("police say"), nor an
    act in the past progressive ("said it was suspending ties": the news of the report's day), the past
    perfect or with a modal (a time of its own)."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.i == tok.i or head.lemma_.lower() not in speech or head.tag_ != "VBD":
        return False
    helpers = [c for c in children(tok) if c.dep_ in {"aux", "auxpass"}]
    if any(c.tag_ == "VBG" or c.lemma_ == "have" for c in helpers):
        return False  # "was being held", "had fired": not an act told as done on the occasion
    if tok.tag_ == "VBD":
        return not helpers
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in helpers)  # "were detained"


def narrative_days(
    doc: Doc,
    dates: Sequence[Mention],
    sentences: int,
    pub: dt.date | None,
    story: ClauseDate | None,
    said: set[int] | None = None,
) -> dict[int, ClauseDate]:
    """The day each sentence that names no date runs on with (module docstring), by sentence index.
    ``said`` collects the sentences whose run a verb of saying began ("announced at a news conference on
    Saturday that X would be released"): a statement, no occasion whose acts a source reports after it
    (:func:`reported_of_run`)."""
    if pub is None:
        return {}
    news = pub
    if story is not None and story.info is not None:
        try:
            news = dt.date.fromisoformat(story.info.value)
        except ValueError:
            return {}
    by_sentence: dict[int, list[Mention]] = {}
    for m in dates:
        by_sentence.setdefault(m.sentence_index, []).append(m)
    out: dict[int, ClauseDate] = {}
    run: ClauseDate | None = None
    opened = False  # the story's first sentence told its news with the news day itself
    sents = list(doc.sents)
    from_lead = False  # the run began in the lead (its second sentence)
    run_said = False  # the run began with a verb of saying
    for i in range(sentences):
        told = told_day(doc, by_sentence.get(i, ()))
        if i == 0:
            opened = isinstance(told, tuple) and told[0] == news
        if told is None and run is not None and from_lead and i < len(sents) and _moves_on(sents[i]):
            run = None  # "Hours later Saddam appeared on television": time told moving on from the lead's setting
        if told is None:
            if run is not None:
                out[i] = run
                if said is not None and run_said:
                    said.add(i)
            continue
        run = None
        if told is False:
            continue
        assert not isinstance(told, bool)
        day, m = told
        if i < LEAD_SENTENCES and not (i > 0 and opened and _tells_occasion(doc, m)):
            continue  # the lead tells the story's news: another day it names is that news's setting
        from_lead = i < LEAD_SENTENCES
        if day == news - dt.timedelta(days=1) and m.date is not None:
            why = f"no date in the event's sentence: the day the sentences before tell ('{m.text}', {m.date.reason})"
            run = ClauseDate(dataclasses.replace(m.date, reason=why), None, why, from_news=True)
            words = span_at(doc, m.start_char, m.end_char)
            run_said = words is not None and clause_of(words.root).lemma_.lower() in SPEECH_VERBS
    return out


def told_days(doc: Doc, dates: Sequence[Mention], pub: dt.date | None) -> list[tuple[int, DateInfo | None, str]]:
    """The date each sentence that names one tells, in order: (sentence index, its one day, the words)
    when all its dates are one past day not of a planned act, told in a clause in the past ("Barrow was sworn
    in on Thursday at the embassy", "A raid on the camp on July 11 ended in a gunfight"), else (sentence
    index, None, "") for a sentence naming any other date (a month, a span, two days, a planned day, a day of
    a clause not in the past, "to be announced at a rally on Sunday", an evening or a night, "late on
    Wednesday": what follows hours later may be of the next day). An act told "hours later",
    "the same day" or "the next day" counts from the day told last before it, also when no event was coded
    in that sentence (the coder's :func:`~newsevents.when.dating.sequence_date`)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in dates:
        if m.date is not None:
            by_sentence.setdefault(m.sentence_index, []).append(m)
    out: list[tuple[int, DateInfo | None, str]] = []
    for i in sorted(by_sentence):
        days: dict[str, Mention] = {}
        for m in by_sentence[i]:
            words = span_at(doc, m.start_char, m.end_char)
            info = m.date
            assert info is not None
            late = pub is not None and info.value > pub.isoformat()
            clause = clause_of(words.root) if words is not None else None
            if clause is None or info.precision != "day" or info.end_value or late or planned(clause):
                days = {}
                break
            evening = "night" in m.text.lower() or late_day(m.text)  # late_marks, evening_marks
            done = clause.tag_ == "VBD" or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children(clause)
            )
            if evening or not done:
                days = {}  # "late on Wednesday": hours later may be the next day; "to be announced on Sunday": a plan
                break
            days.setdefault(info.value, m)
        if len(days) == 1:
            m = next(iter(days.values()))
            assert m.date is not None
            out.append((i, m.date, m.text))
        else:
            out.append((i, None, ""))
    return out
