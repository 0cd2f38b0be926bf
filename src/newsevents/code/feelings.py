"""A feeling about an act that judges no party (storyrec44): "said he was very pleased by the move" is praise
of whoever made the move (verb_frames' "be GLAD_ADJ FEELING_PREP", 051; "be DISMAYED_ADJ FEELING_PREP", 110),
but "we are deeply disappointed at this outcome" names an outcome that no party did. Such a judgement is an
event only when the coder found whom it judges (a recipient); read by code/coder.py, which drops it."""

from __future__ import annotations

from newsevents.frame.feelings import COPULA, FEELING_ADJS, GRAVE_FEELINGS
from newsevents.records import Event, Frame


def unaimed_feeling(event: Event, frame: Frame) -> str | None:
    """Why ``event``, a feeling told with "be" and an adjective of ``feeling_adjectives``, is no judgement:
    it names no recipient (or, for a grave concern, only the speaker's own country); else None."""
    if frame.predicate_lemma != COPULA:
        return None
    feeling = next((w for w in frame.context if w in FEELING_ADJS), None)
    if feeling is None:
        return None
    if event.recipient:
        return _own_concern(event, feeling)
    return f"'{feeling}': a feeling about no act of a party found, no judgement"


def _own_concern(event: Event, feeling: str) -> str | None:
    """Why a grave concern (lexicon ``grave_feelings``) aimed only at the speaker's own country is no judgement:
    "was deeply concerned about assaults on its traders abroad" names the speaker's people as the
    victims, not a party that did the act; else None."""
    if feeling not in GRAVE_FEELINGS:
        return None
    own = {a.country for a in event.actor if a.country}
    aimed = {r.country for r in event.recipient}
    if own and aimed <= own:
        return f"'{feeling}': a concern for the speaker's own people, no judgement of another party"
    return None
