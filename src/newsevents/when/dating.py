"""When: the date of an event.

The date mention of the event's own clause, normalised with the clause's tense (frame.facts
.clause_date); without one, a date linked from elsewhere in the article: the date of the
sentence naming the person a pronoun subject refers to (participants), or the date of the last
dated event told before for "... and subsequently fled" (data/code_rules.yaml,
sequence_adverbs); else the publication date, with precision ``publication``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from newsevents.parse.tree import children
from newsevents.progress import ClauseDate, LinkedDate
from newsevents.records import DateInfo, Event, Frame


def follows(frame: Frame, doc: Doc, sequence_adverbs: Collection[str]) -> bool:
    """'... and subsequently fled', 'later attacked': told as following the event before it."""
    trigger = doc.char_span(frame.trigger_start, frame.trigger_end, alignment_mode="expand")
    tok = trigger.root if trigger is not None else None
    return tok is not None and any(c.dep_ == "advmod" and c.lemma_.lower() in sequence_adverbs for c in children(tok))


def undated(date: ClauseDate) -> bool:
    return date.info is None or date.info.precision == "publication"


def sequence_date(frame: Frame, told_before: Sequence[Event]) -> LinkedDate | None:
    """The date of the last dated event told before this one (``told_before``: the events told so
    far, each told-again event merged with its retellings)."""
    for ev in reversed(told_before):
        if ev.date_precision in {"day", "month", "year"} and ev.sentence_index <= frame.sentence_index:
            info = DateInfo(ev.date or "", ev.date_precision, None, "date of the event told before")
            return LinkedDate(info, ev.date_text, f"the event told before ('{ev.event_text}')")
    return None


def event_date(own: ClauseDate, linked: LinkedDate | None) -> ClauseDate:
    """The event's date: its clause's own, else the linked one, else the publication date."""
    if linked is not None and undated(own):
        return ClauseDate(linked.info, linked.text, f"date '{linked.text}' linked through {linked.via}")
    return own


def day_of(date: ClauseDate) -> dt.date | None:
    """The day an event is dated to, when it is dated to a day (roles are read on that day)."""
    info = date.info
    return dt.date.fromisoformat(info.value) if info is not None and info.precision == "day" else None
