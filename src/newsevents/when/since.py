"""An act told in the present perfect "since" a time: it began then, and that is its date.

"Demonstrators have camped at the roundabout since the protests began on Feb 14", "supporters have
camped outside the palace since early August": the act goes on when the story is told, and the
writers date it by its start (the "since" phrase's date, or the date of the "since" clause's verb),
not by the day the story was filed (storyrec51)."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from newsevents.frame.facts import clause_date
from newsevents.parse.tree import children
from newsevents.progress import ClauseDate
from newsevents.records import Frame, Mention
from newsevents.work import Work

PERFECT_AUXES = frozenset({"have", "has"})


def _since_regions(trigger: Token) -> list[Token]:
    """The "since" phrase ("since early August") or clause ("since the protests began on Feb 14")
    of a verb."""
    out = []
    for c in children(trigger):
        if c.dep_ == "prep" and c.lower_ == "since":
            out.append(c)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in children(c)):
            out.append(c)
    return out


def begun_since(work: Work, frame: Frame, trigger: Token) -> ClauseDate | None:
    """The date of a present-perfect act from its "since" phrase or clause (the act's start), or None
    when the verb is no present perfect, has no "since" or no date is told there."""
    if trigger.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXES for c in children(trigger)):
        return None
    text, pub = work.article.text, work.article.pub_date
    for region in _since_regions(trigger):
        toks = list(region.subtree)
        lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        dates: list[Mention] = [d for d in work.dates if lo <= d.start_char and d.end_char <= hi]
        for d in dates:
            span = (d.start_char, d.end_char)
            dated = clause_date(dataclasses.replace(frame, date_spans=(span,), tense="past"), text, pub)
            if dated.info is not None and dated.info.precision != "publication":
                return dated.via(f"{dated.why}: '{trigger.text}' since then, the act's start")
    return None
