"""A feeling about an act that judges no party (storyrec44): "said he was very pleased by the move" is praise
of whoever made the move (verb_frames' "be GLAD_ADJ FEELING_PREP", 051; "be DISMAYED_ADJ FEELING_PREP", 110),
but "we are deeply disappointed at this outcome" names an outcome that no party did. Such a judgement is an
event only when the coder found whom it judges (a recipient); read by code/coder.py, which drops it."""

from __future__ import annotations

from newsevents.frame.feelings import COPULA, FEELING_ADJS
from newsevents.records import Event, Frame


def unaimed_feeling(event: Event, frame: Frame) -> str | None:
    """Why ``event``, a feeling told with "be" and an adjective of ``feeling_adjectives``, is no judgement:
    it names no recipient; else None."""
    if frame.predicate_lemma != COPULA or event.recipient:
        return None
    feeling = next((w for w in frame.context if w in FEELING_ADJS), None)
    if feeling is None:
        return None
    return f"'{feeling}': a feeling about no act of a party found, no judgement"
