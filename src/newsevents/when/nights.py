"""When: an act told "overnight" (code_rules ``night_before_adverbs``).

Read by when/stage.py. A wire story's night began the day before its day: what came "after" an
undated act told overnight happened the day before publication (night_before, eve_of), unless the
parser hung the head's "overnight" under the time clause that follows it (night_after); a span
told "overnight into Friday" or "overnight and on Friday" began the night before the day it ran into
(night_into).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from spacy.tokens import Token

from newsevents.parse.tree import children
from newsevents.progress import ClauseDate
from newsevents.records import DateInfo
from newsevents.when.dating import shifted, undated


def night_before(tok: Token, own: ClauseDate, pub: dt.date | None, words: Collection[str]) -> ClauseDate | None:
    """The day the night began for a clause told "overnight" (``words``: code_rules
    ``night_before_adverbs``) on its own verb with no date of its own ("thousands streamed in
    overnight after ..."): a wire story's night began the day before its day, so what came "after"
    (before the night) happened the day before publication (when/stage.py). The act told overnight
    keeps its own reading (it may have come after midnight). None when the clause has a date, or the
    story none. The caller checks the tense (a past act)."""
    if pub is None or not undated(own):
        return None
    word = next((c for c in children(tok) if c.dep_ == "advmod" and c.lower_ in words), None)
    if word is None or night_after(tok, words):
        return None
    return eve_of(pub, word.text, f"'{word.text}': the night before the story's day, the day before publication")


def eve_of(pub: dt.date, text: str | None, why: str) -> ClauseDate:
    """The day before publication, read from ``text``: the day a wire story's night began."""
    return ClauseDate(DateInfo((pub - dt.timedelta(days=1)).isoformat(), "day", None, why), text, why)


def night_after(tok: Token, words: Collection[str]) -> bool:
    """ "streamed in overnight after the junta opened the border": the parser hangs the head's
    "overnight" under the time clause that follows it; the clause's act came before the night."""
    mark = next((c for c in children(tok) if c.dep_ == "mark" and c.lower_ == "after"), None)
    return (
        tok.dep_ == "advcl"
        and mark is not None
        and any(c.dep_ == "advmod" and c.lower_ in words and c.i < mark.i for c in children(tok))
    )


def night_into(tok: Token, own: ClauseDate, words: Collection[str]) -> ClauseDate | None:
    """The night a span told "overnight into Friday" / "overnight and into Friday" / "overnight and on
    Friday" began: the day before the day it ran into (``own``, the clause's date, read from that day).
    What happened "after" X happened before the span began (when/stage.py). None for another clause."""
    info = own.info
    if info is None or info.precision != "day" or own.text is None:
        return None
    night = next((c for c in children(tok) if c.lower_ in words), None)
    into = [c for c in children(tok) if c.lower_ == "into"]
    if night is not None:  # "overnight and into Friday" (a conjunct) or "overnight into Friday" (its child)
        # "overnight and on Friday": the day's phrase coordinated with the night, as "overnight and into"
        into += [c for c in children(night) if c.lower_ == "into" or (c.lower_ == "on" and c.dep_ == "conj")]
    else:  # "overnight into Tuesday": "overnight" hung under "into"
        into = [c for c in into if any(n.lower_ in words for n in children(c))]
        night = next((n for c in into for n in children(c) if n.lower_ in words), None)
    day = next((o for c in into for o in children(c) if o.dep_ == "pobj" and o.text in own.text), None)
    if night is None or day is None:
        return None
    why = f"'{night.text} ... {day.head.text} {day.text}': the night before {day.text}"
    return shifted(own, -1, why)
