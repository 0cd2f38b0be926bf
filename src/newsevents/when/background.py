"""When: an act told in the past perfect inside a relative clause on the subject of a clause (dates41).

"The rebels who had seized the port surrendered on Thursday", "the treaty, which both sides had
signed, ...": the grammar itself says the act came before the act of the clause the noun stands in,
so that clause's day is not the act's. Before, such an act with no date of its own took the day of
the event told just before it (dating.backdrop, the rule for a past perfect told as the backdrop
of the occasion: "The gunmen had demanded ..." in the sentence after the occasion), which is mostly
the very act it came before, or else the publication day. Now it takes the day the story told for
the same act before (the same verb told earlier with a day of its own: an act told again keeps the
date told the first time), else no date at all (day unknown): an empty date rather than a wrong one.

A relative clause with a date of its own ("who had seized it in January") keeps it; a past perfect
in a main or reported clause ("The gunmen had demanded ...", "said it had arrested him") is not
touched here.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from newsevents.parse.tree import children
from newsevents.progress import ClauseDate

UNKNOWN_WHY = "a relative clause in the past perfect with no date of its own: before its noun's clause, day unknown"


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in children(verb))


def relative_perfect(tok: Token) -> bool:
    """Whether ``tok`` is the verb of a relative clause in the past perfect on the subject of its clause
    ("Rebels who had seized the port surrendered", "The treaty, which had been signed in secret, lapsed"), or
    a verb coordinated with one that shares its auxiliary ("who had seized the port and taken hostages").
    Not one on an object or a preposition's noun: "fired at farmers who had barred a road",
    "addressed students who had gathered in the park" tell the participants of the scene by what they did
    there, which the writers date with the scene (rounds 50 and 70 stories)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    if first.dep_ != "relcl" or first.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if first.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # "fired at farmers who had barred a road": the scene's own participants, its day
    shares = tok.i != first.i and not any(c.dep_ == "aux" for c in children(tok))  # "had seized X and taken Y"
    return _past_perfect(tok) or (shares and _past_perfect(first))


def background_date(
    tok: Token, date: ClauseDate, back: str | None, told: Mapping[int, ClauseDate]
) -> tuple[ClauseDate, str | None]:
    """The date of an act the relative clause of a noun tells in the past perfect with no date of its
    own (``back``: the backdrop reason dating.backdrop gave it), and the backdrop reason left: the
    day of the same verb told before with a day of its own (``told``: the events dated so far, by
    their trigger's token), else no date; any other act keeps ``date`` and ``back``."""
    if back is None or date.info is not None and date.info.precision != "publication" or not relative_perfect(tok):
        return date, back
    lemma = tok.lemma_.lower()
    for i in sorted(told, reverse=True):
        before = told[i]
        same = i < tok.i and tok.doc[i].lemma_.lower() == lemma and tok.doc[i].sent.start < tok.sent.start
        if same and before.info is not None and before.info.precision == "day" and not before.from_news:
            return before.via(f"the day of '{tok.doc[i].text}', the same act told before ({before.why})"), None
    return ClauseDate(None, None, UNKNOWN_WHY), None
