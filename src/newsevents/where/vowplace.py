"""Where a threat read from a reported clause (derive/vows.py, vows58) is told: where the story is.

A speaker's vow ("he told the crowd the armed struggle would go on") is a telling at the scene the story has
reached, not at a seat inferred from who spoke (the capital of the speaker's country, an organisation's seat:
steps ``seat``, ``state_capital``, ``site``, ``government``, where/steps.py), which the speaker may be far
from. A vow placed by such a step takes instead the place of the event told just before (within
``CONTINUE_SENTENCES`` sentences), else the last town named in those sentences before it, else none. A place
its own sentence tells, the dateline or a continuation is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.code.location import event_location
from newsevents.records import EventLocation, Frame, Mention
from newsevents.where.steps import INFERRED_PLACES, TOWNS, Step
from newsevents.where.story import CONTINUE_SENTENCES, Told

VOW_INFERRED: frozenset[Step] = INFERRED_PLACES | {"government"}
WHERE_TOLD = "a vow is told where the story is, not at a seat inferred from who spoke"


def vow_place(
    step: Step, frame: Frame, told: Sequence[Told], places: Sequence[Mention]
) -> tuple[EventLocation | None, str, Step] | None:
    """(the place, why, step) for a vow placed by an inferred step (see the module's docstring); None where
    the step is kept."""
    if step not in VOW_INFERRED:
        return None
    first = frame.sentence_index - CONTINUE_SENTENCES
    near = [t for t in told if first <= t.sentence_index <= frame.sentence_index]
    if near:
        return near[-1].loc, f"{WHERE_TOLD}: the place of the event told before ('{near[-1].text}')", "continued"
    named = [
        m
        for m in places
        if first <= m.sentence_index < frame.sentence_index and m.place is not None and m.place.level in TOWNS
    ]
    if named:
        return (
            event_location(named[-1]),
            f"{WHERE_TOLD}: the last place named before it ('{named[-1].text}')",
            "continued",
        )
    return None, f"{WHERE_TOLD}: none told near it", "none"
