"""The context of one event that the coder's rules of the scene and of home read (participants/scene.py,
participants/homeaim.py): a record the coder (code/coder.py) builds once per frame, after the event's
recipients are read, in place of long lists of arguments.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from newsevents.participants.backers import Read
from newsevents.progress import Discourse, Placed
from newsevents.records import Frame, Mention

__all__ = ["EventContext"]


@dataclass(frozen=True)
class EventContext:
    """One frame's event as the coder completes its parties: its clause, code, place and reading."""

    doc: Doc
    frame: Frame
    root: str  # the CAMEO root of the event's code
    where: Placed  # the event's place (stage where)
    sentence: str  # the text of the frame's sentence
    read: Read  # the actors a phrase names, on the event's day
    disc: Discourse  # what the sentences before said
    places: Sequence[Mention]  # the article's place mentions
    # the countries of the places (names, demonyms) named in the frame's sentence, read when a rule asks
    countries: Callable[[], set[str]]
    story_country: str | None = None  # the one country the story names far more than any other

    @property
    def own_place(self) -> str | None:
        """The country of the where stage's own place of the event (the clause's, not a fallback)."""
        loc = self.where.loc if self.where.own else None
        return loc.country_code if loc is not None else None
