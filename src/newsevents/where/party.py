"""Where: a person who took part in a meeting of the story is still there (a step of the where stage
between the story's place and the seats: where/location.py's steps 5 and 6).

A summit's parties act again in the story ("The summit between Reagan and Gorbachev ended in
failure" ... "At a separate news conference, Gorbachev blamed Washington"): a later act of one of
them that its own sentence, the event told just before and the dateline do not place, on the
meeting's day, was done where the meeting was, not at the person's seat at home. Only named persons
(knowledge-base ids of kind ``person``) are followed: a state or its ministry does not travel with
its leader ("Moscow said" stays in Moscow)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsevents.records import ActorRef, EventLocation
from newsevents.where.steps import Step

__all__ = ["MEETING_PARTY", "Met", "met_at", "party_place"]

# CAMEO roots of a meeting: consultations, visits, talks, mediation (not agreements, which may be
# signed apart, nor statements about a meeting)
_MEETING_ROOTS = frozenset({"04"})
# the steps of a meeting's place that are where it was (not a seat or a country inferred from its parties)
_MEETING_STEPS: frozenset[Step] = frozenset({"sentence", "dateline", "continued"})
# the steps a party's whereabouts replace: a seat, a capital or a country inferred from who acted, or none
_REPLACED: frozenset[Step] = frozenset({"seat", "government", "state_capital", "domestic", "none"})

MEETING_PARTY = "where its actor was at the meeting told before"


@dataclasses.dataclass(frozen=True)
class Met:
    """A meeting of the story placed at ``loc``: its persons and its day."""

    sentence_index: int
    loc: EventLocation
    text: str
    persons: frozenset[str]
    day: str | None


def _persons(actors: Sequence[ActorRef]) -> frozenset[str]:
    return frozenset(a.kb_id for a in actors if a.kb_id and a.kind == "person")


def met_at(
    root: str, loc: EventLocation | None, step: Step, actors: Sequence[ActorRef], sentence_index: int,
    text: str, day: str | None,
) -> Met | None:  # fmt: skip
    """The record of a meeting located by its sentence, the story or the dateline, with its persons."""
    persons = _persons(actors)
    if root not in _MEETING_ROOTS or loc is None or loc.lat is None or step not in _MEETING_STEPS or not persons:
        return None
    return Met(sentence_index, loc, text, persons, day)


def party_place(
    step: Step, actors: Sequence[ActorRef], met: Sequence[Met], day: str | None, own_day: bool, sentence_index: int = -1
) -> tuple[EventLocation, str] | None:
    """Where the event's actors were at a meeting told before, when the chain gave only a seat, a
    capital, a country or nothing: every actor a person of the latest such meeting, and the event of
    that meeting's day (``own_day``: the event's date is told by its own words; else any). In the
    meeting's own sentence (``sentence_index``) one of its persons among the actors is enough: the others
    are those it met, whom the meeting's actors leave out ("stepped across the line at X to meet Moon,
    and the two leaders pledged ...": places47)."""
    persons = _persons(actors)
    if step not in _REPLACED or not persons or len(persons) != len(actors):
        return None
    for m in reversed(met):
        if persons <= m.persons or (m.sentence_index == sentence_index and persons & m.persons):
            if own_day and day != m.day:
                return None
            why = f"{MEETING_PARTY} ('{m.text}', sentence {m.sentence_index}): '{m.loc.extracted_place}'"
            return m.loc, why
    return None
