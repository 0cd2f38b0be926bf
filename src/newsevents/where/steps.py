"""Stage: where. The steps that place an event (where/location.py returns a :class:`Placing`
naming its ``step``), what later readers tell from the step: whether a later event of the story may
continue the place (:func:`continued`), and whether the place was inferred from who acted rather than
read in the article (:func:`inferred`); an event's location keeps its step (``EventLocation.step``,
exported as ``event_loc.step``), and a stored record is read by :func:`stored_inferred` (dedupe/clusters.py:
an inferred place does not tell two reports apart), by the words of its reasons for a record stored before
the step was kept. Imports only records, so that the store's clustering can read them cheaply."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from newsevents.records import EventLocation, PlaceStep

# The step of the chain that gave an event's place:
#   sentence: a place its own sentence tells (also when narrowed to the dateline city in that country);
#   continued: the place of the event told just before (or its country, the scene being of another year),
#     or of a meeting of the story its actors took part in (where/party.py);
#   dateline: the dateline city, for a local event or an envoy posted there;
#   domestic: the actors' country, or the one town its sentence names, for a domestic event;
#   seat: an organisation's seat, or the capital whose chamber a statement was told to;
#   government: a foreign government's act with no place told: its capital;
#   state_capital: a state's own act at its capital;
#   site: a state's nuclear test at its test site (where/site.py);
#   scene: the place of the latest act the story located by its own sentence, lent to an act nothing else
#     places (where/scene.py);
#   none: no place.
Step = PlaceStep
# the steps that are the story's or the actors' place, not the sentence's: a later event does not continue them
STORY_PLACES: frozenset[Step] = frozenset(
    {"continued", "dateline", "domestic", "seat", "government", "state_capital", "site", "scene"}
)
# the steps whose place a later telling of the same act, placed by its own sentence, replaces
RETOLD_OVER: frozenset[Step] = STORY_PLACES
# the steps that infer the place from the actors alone
INFERRED_PLACES: frozenset[Step] = frozenset({"seat", "state_capital", "site"})


class Placing(NamedTuple):
    """An event's location (None: none), why, whether it may tell the parties' countries (a material
    event's own clause's place), and the step of the chain that gave it."""

    loc: EventLocation | None
    why: str
    own: bool
    step: Step = "sentence"


def continued(step: Step) -> bool:
    """Whether a location came from its own sentence, so that a later event without a place may
    continue it (not the dateline, the actors' country or a continuation); a country the sentence
    names, narrowed to the dateline city in it ("landed in East Timor" filed from Dili), is the
    sentence's own."""
    return step not in STORY_PLACES


def told_place(first: EventLocation | None, later: EventLocation | None) -> EventLocation | None:
    """The place of one act told twice (dedupe/merge.py): the first telling's, unless it has none or
    only the story's or the actors' place (a step of :data:`STORY_PLACES`: "Kibaki and Odinga signed a
    power-sharing agreement on Thursday", placed at their country) and the later telling reads one in
    its own sentence ("The two men signed the document ... in Nairobi"): the act happened once, where
    its telling that names the place says; so does a town the later telling reads in its own sentence in the
    country or region the first names ("seized a town in southern Mexico" ... "occupied San Cristobal"),
    the more exact place of the one act."""
    if first is None:
        return later
    if later is None or later.lat is None or later.step != "sentence":
        return first
    return later if first.step in RETOLD_OVER or finer(later, first) else first


TOWNS = frozenset({"city", "sub-city"})  # the levels of a town (not a country, a division or a region)
_AREAS = frozenset({"country", "region"})


def finer(town: EventLocation, area: EventLocation) -> bool:
    """``town``, read in its telling's own sentence, is a town of the country that ``area``, a country or a
    part of one told by a direction, is in: the more exact place of one act told twice."""
    return (
        town.step == "sentence"
        and town.lat is not None
        and town.resolution in TOWNS
        and area.resolution in _AREAS
        and area.feature_class == "A"  # a country or a part of one ("southern Mexico"), not a building
        and bool(town.country_code)
        and town.country_code == area.country_code
    )


def inferred(step: Step) -> bool:
    """Whether a location was inferred from who acted, not read in the article."""
    return step in INFERRED_PLACES


SEAT = "the seat of"  # an organisation's seat, or a state's capital for its statement
STATE_CAPITAL = "a domestic event of the state itself"  # a state's own act at its capital
# a domestic event placed at the one town (or division, or site) its sentence names, not the actors' country
DOMESTIC_TOWN = "a domestic event: the one town the sentence names"
# a domestic material act at the state's own chamber named without its owner (where/chamber.py)
DOMESTIC_CHAMBER = "a domestic event at the national chamber"

# the words of the INFERRED_PLACES steps in a location's reason
INFERRED_STEPS = (SEAT, STATE_CAPITAL)


# a country the sentence names, narrowed to the dateline city in it (still the sentence's own place)
NARROWED = "; narrowed to the dateline city"


def told_inferred(why: str) -> bool:
    """Whether a location reason says the place was inferred from who acted: the words of the
    :data:`INFERRED_PLACES` steps (all a record stored before ``event_loc.step`` keeps of the step)."""
    return any(step in why for step in INFERRED_STEPS)


def stored_inferred(loc: Mapping[str, Any], reasons: Iterable[object]) -> bool:
    """Whether a stored record's location (its ``event_loc``) was inferred from who acted: by its step,
    or by the words of its reasons when it was stored without one."""
    step = loc.get("step")
    if step is not None:
        return step in INFERRED_PLACES
    return any(told_inferred(str(r)) for r in reasons)


# a capital that stands for its state in the actor phrase ("Madrid had declared"): no place of the act
CAPITAL_FOR_STATE = "the capital in the actor phrase stands for its state, not where it acted (no place told)"
