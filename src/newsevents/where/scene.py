"""Where: the scene the story set, for an act that nothing else places (a step of the where stage after
the sibling act of its own sentence: where/stage.py; issue 11, place59).

A story sets its scene once ("Troops fired on marchers in X on Sunday ...") and goes on telling acts
without naming it again ("Later the army detained the organisers", "The talks resumed on Monday"). Where
the chain (where/location.py) and the act told before in the same sentence give an act no place at all,
it takes the place of the latest act the story located by its own sentence, in an earlier sentence,
however far back: the story has not moved since. Not when the act's own date words set it in another
year than that act, nor when its sentence names a place of another country than the scene's (then the
story may have moved, and the place it names is not read as where the act was). Only an act with no
place at all: a seat, a capital or a country inferred from the actors is left as it is."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsevents.where.story import Told

__all__ = ["SCENE_TOLD", "story_scene"]

SCENE_TOLD = "the scene the story set: the place of the act it located last, in an earlier sentence"


def story_scene(si: int, told: Sequence[Told], year: str | None, named: Iterable[str | None]) -> Told | None:
    """The latest located act told before sentence ``si`` whose place an act of that sentence with no place
    takes (see the module); ``year``: the act's year from its own date words; ``named``: the countries of
    the places its sentence names (demonyms aside)."""
    before = [t for t in told if t.sentence_index < si]
    if not before:
        return None
    last = before[-1]
    if year is not None and last.year not in {None, year}:
        return None  # another year: not the story's present scene
    if set(named) - {last.loc.country_code}:
        return None  # the sentence names a place elsewhere: the story may have moved
    return last
