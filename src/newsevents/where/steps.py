"""Stage: where. The words by which an event's reasons name the steps that placed it
(where/location.py writes them), and what later readers tell from them: whether a later event of
the story may continue the place (``continued``), and whether the place was inferred from who
acted rather than read in the article (``inferred``: dedupe/clusters.py does not let such a
place tell two reports apart). No imports, so that the store's clustering can read them cheaply."""

from __future__ import annotations

SEAT = "the seat of"  # an organisation's seat, or a state's capital for its statement
STATE_CAPITAL = "a domestic event of the state itself"  # a state's own act at its capital
# a domestic event placed at the one town (or division, or site) its sentence names, not the actors' country
DOMESTIC_TOWN = "a domestic event: the one town the sentence names"

# The steps of the chain whose place a later event of the story may not continue: not the sentence's own.
# an event placed where the event told just before was (where/location.py _story_place)
CONTINUED_STORY = "the event told just before"
STORY_STEPS = ("dateline city", "a domestic event", CONTINUED_STORY, SEAT, "an act of the government")
# The steps that infer the place from the actors alone.
INFERRED_STEPS = (SEAT, STATE_CAPITAL)


# a country the sentence names, narrowed to the dateline city in it: still the sentence's own place
NARROWED = "; narrowed to the dateline city"


def continued(why: str) -> bool:
    """Whether a location (by its reason) came from its own sentence, so that a later event
    without a place may continue it (not the dateline, the actors' country or a continuation); a
    country the sentence names, narrowed to the dateline city in it ("landed in East Timor" filed
    from Dili), is the sentence's own."""
    own = why.split(NARROWED, 1)[0]
    return not any(step in own for step in STORY_STEPS)


def inferred(why: str) -> bool:
    """Whether a location (by its reason) was inferred from who acted, not read in the article."""
    return any(step in why for step in INFERRED_STEPS)


# a capital that stands for its state in the actor phrase ("Madrid had declared"): no place of the act
CAPITAL_FOR_STATE = "the capital in the actor phrase stands for its state, not where it acted (no place told)"
