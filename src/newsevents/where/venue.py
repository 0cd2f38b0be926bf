"""Where: the meeting a place's phrase is nested under one step below the meeting noun (place60).

A meeting's town is often told not in the meeting noun's own locative phrase but in the phrase of
what the meeting was held at or with:

- a **venue** of the meeting (or of its measure), the object of a venue preposition on the
  meeting noun ("after six hours of talks at a lakeside villa in X", "a summit at a resort near X":
  lexicon venue_nouns, venue_prepositions): the venue lies in the town, so the meeting was held there;
- the **party met**, the object of "with" on the meeting noun, for a town only ("after negotiations
  with government envoys in X"): the envoys were met where they were. A country or a division there
  says whose or which the party is ("talks with rebels in Darfur"), not where the talks were.

:func:`met_through` gives the meeting noun such a holder hangs from, for where/said.meeting_adjunct.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.lexicon import LEXICON

__all__ = ["met_through"]

_CONVENING = LEXICON["convening_nouns"]
_MEASURES = LEXICON["measure_nouns"]
_VENUE_NOUNS = LEXICON["venue_nouns"]
_VENUE_PREPS = LEXICON["venue_prepositions"]
# The preposition of the party a meeting was held with ("talks with envoys in X").
_WITH = "with"


def met_through(holder: Token, town: bool) -> Token | None:
    """The meeting noun ``holder`` (the noun a place's locative phrase hangs on) is the venue or, for a
    ``town``, the party of: "talks at a villa in X" (holder "villa"), "negotiations with envoys in X"
    (holder "envoys"); None when it is neither."""
    if holder.dep_ != "pobj" or holder.head.dep_ != "prep":
        return None
    prep = holder.head.lower_
    meeting = holder.head.head
    if meeting.pos_ not in {"NOUN", "PROPN"} or not (meeting.lemma_.lower() in _CONVENING or _measure_of(meeting)):
        return None
    if prep in _VENUE_PREPS and holder.lemma_.lower() in _VENUE_NOUNS:
        return meeting
    if prep == _WITH and town and holder.pos_ in {"NOUN", "PROPN"}:
        return meeting
    return None


def _measure_of(noun: Token) -> bool:
    """A measure of a meeting the parser hung the venue on ("six hours of talks at a villa in X")."""
    if noun.lemma_.lower() not in _MEASURES:
        return False
    of = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _CONVENING for p in of for o in p.children)
