"""Where: the towns an event's actor phrase names, which say who acted rather than where (a capital
standing for its state, "Madrid had declared"), or a local government acting at home ("Hamburg's
mayor"), and the envoys and missions of a state, which act where they are posted: read by the
chain of where/location.py."""

from __future__ import annotations

from collections.abc import Sequence

from newsevents.code.location import precision
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import PLACE_ENTS
from newsevents.records import POSTED_THERE, ActorRef, Frame, Mention, Place

__all__ = ["POSTED", "local_office", "posted", "posted_at", "towns_acting"]


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


# Nouns of a state's missions and envoys abroad (lexicon diplomatic_nouns), with their plurals.
_DIPLOMATIC = (
    LEXICON["diplomatic_nouns"]
    | {f"{w}s" for w in LEXICON["diplomatic_nouns"]}
    | {f"{w[:-1]}ies" for w in LEXICON["diplomatic_nouns"] if w.endswith("y")}
)


def posted(a: ActorRef) -> bool:
    """An envoy or a mission of a state ("North Korea's U.N. ambassador", "the U.S. embassy", "a
    special envoy"): it acts where it is posted or sent, neither at its state's capital nor
    anywhere in its state; so is an officer of another country that a role word of a story filed from
    where it serves names ("DILI - The force commander, Australian General X, met ...": records.POSTED_THERE)."""
    if a.lent is not None and a.lent.by == POSTED_THERE:
        return True
    words = {w.strip(",.'’").removesuffix("'s").removesuffix("’s") for w in a.entity_text.lower().split()}
    return bool(words & _DIPLOMATIC) or (a.role or "").lower() in _DIPLOMATIC


POSTED = "an envoy or a mission acts where it is posted: the dateline city"


def posted_at(actors: Sequence[ActorRef], dateline: Place | None) -> Place | None:
    """Where an envoy or a mission among the actors acted, when its sentence tells no place and the
    story's own place gave none: the dateline city, where the story is filed and it is posted
    ("UNITED NATIONS - Kuwait's ambassador urged the council", "PANAMA CITY - The Vatican's envoy had
    urged ..."), not its state's capital. None without a dateline city or an envoy."""
    return dateline if dateline is not None and any(posted(a) for a in actors) else None
