"""Where: the towns an event's actor phrase names, which say who acted rather than where (a capital
standing for its state, "Madrid had declared"), or a local government acting at home ("Hamburg's
mayor"): read by the chain of where/location.py."""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.code.location import precision
from newsevents.parse.tree import PLACE_ENTS
from newsevents.records import Frame, Mention, Place

__all__ = ["local_office", "towns_acting"]


def towns_acting(frame: Frame, here: Sequence[Mention]) -> set[int]:
    """The towns named by their own name in the event's actor phrase (a tagged or gazetteer
    mention, not a description such as "the Russian parliament"), by geonameid: where one is the
    capital of the acting state ("Madrid had declared", "Washington urged", "Pyongyang's envoy"),
    it stands for the state and says who acted, never where."""
    out: set[int] = set()
    for m in here:
        p = m.place
        if p is None or p.geonameid is None or p.level != "city":
            continue
        if m.label not in PLACE_ENTS | {"gazetteer"}:
            continue
        if _in_actor_phrase(frame, m):
            out.add(p.geonameid)
    return out


def local_office(frame: Frame, here: Sequence[Mention], capital: Place) -> bool:
    """Whether the event's actor phrase names a town or division of the sentence other than the
    capital ("Hamburg's mayor", "the governor of Texas", "the Lagos state government"): a local
    government, which acts there, not at the capital ("the Russian parliament" names Moscow)."""
    towns = [
        m for m in here
        if m.place is not None and precision(m.place) in {"city", "admin1"} and m.place.name != capital.name
    ]  # fmt: skip
    return any(_in_actor_phrase(frame, m) for m in towns)


def _in_actor_phrase(frame: Frame, m: Mention) -> bool:
    """Whether the mention lies inside one of the event's actor phrases."""
    return any(a <= m.start_char and m.end_char <= b for a, b in frame.actor_spans)
