"""Where: the story's place (step 5 of where/location.py's chain) and what it is read from: the
story's :class:`Setting` (its dateline) and the located events :class:`Told` before."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from newsevents.code.location import place_location
from newsevents.records import EventLocation, Frame, Mention, Place
from newsevents.where.steps import Step

__all__ = ["CONTINUE_SENTENCES", "NO_SETTING", "SAME_SENTENCE", "Setting", "Told", "sentence_sibling", "story_place"]


@dataclasses.dataclass(frozen=True)
class Setting:
    """Where the story is: the dateline's place (a city, resolved in the gazetteer) and country."""

    dateline: Place | None = None
    country: str | None = None
    country_place: Callable[[str], Place | None] | None = None  # ISO3 -> the country's place
    lead: int | None = None  # the sentence the dateline stands before (the story's first)
    capital: Callable[[str], Place | None] | None = None  # ISO3 -> its capital on the story's day
    seat: Callable[[str], Place | None] | None = None  # an organisation's actor code -> its seat
    abroad: bool = False  # filed from a post abroad: the story names no place of the dateline's country
    populous: Callable[[int], bool] | None = None  # a geonameid -> whether its town is a story's scene (_scene)
    named: frozenset[str] = frozenset()  # the countries the story names by their name or a demonym (_scene abroad)


NO_SETTING = Setting()


@dataclasses.dataclass(frozen=True)
class Told:
    """A located event told before in the article: where its place came from a sentence."""

    sentence_index: int
    loc: EventLocation
    text: str
    year: str | None = None  # the year of its date, where it has one
    material: bool = True  # a material act (or a protest), not a statement or a meeting


# How many sentences back an event without a place of its own continues a located one.
CONTINUE_SENTENCES = 2


def story_place(
    frame: Frame, named: Sequence[Mention], setting: Setting, countries: set[str], told: Sequence[Told],
    year: str | None = None, material: bool = True,
) -> tuple[EventLocation, str, Step] | None:  # fmt: skip
    """Where the story is, for an event whose sentence does not say: the place of the event told
    just before (the first of the latest sentence, at most two back, with a located event), when
    the sentence names no other place and the event's own date words (``year``) do not set it in
    another year ("The party was banned in 1960" after a speech in Cape Town this week); else the
    dateline city for a local event (an actor of the dateline's country, or no actor of a country
    and no other country named). A story filed from a post abroad (``Setting.abroad``) continues its
    latest located event however far back, and its dateline is the place of its lead sentence alone."""
    here = {m.place.country_code for m in named if m.place is not None and m.label != "demonym"}
    si = frame.sentence_index
    # a story filed from a post abroad (of Kigali, filed from Nairobi) is not set at its dateline past its lead: an
    # event continues the place of the latest located event, however far back
    back = si if setting.abroad else CONTINUE_SENTENCES
    before = [t for t in told if si - back <= t.sentence_index <= si]
    if year is not None and before and before[-1].year is not None and before[-1].year != year:
        # another year: not the story's scene, only its country
        iso3 = before[-1].loc.country_code
        country = setting.country_place(iso3) if iso3 and setting.country_place is not None else None
        if country is not None and not here - {iso3}:
            why = f"the country of the event told just before ('{before[-1].text}'), its scene being of another year"
            return place_location(country, country.name), why, "continued"
        before = []
    if before and not here:
        last = next(t for t in before if t.sentence_index == before[-1].sentence_index)
        # a local event of the dateline's country after one told elsewhere is the dateline's
        if setting.abroad or not (setting.country in countries and last.loc.country_code not in countries):
            return last.loc, (
                f"the place of the event told just before ('{last.text}', sentence {last.sentence_index}): "
                "the story continues there"
            ), "continued"  # fmt: skip
    local = not setting.abroad and (setting.country in countries or (not countries and here <= {setting.country}))
    lead = si == setting.lead  # a lead filed abroad too ("VIENNA - Iran and six world powers reached a deal")
    # an act of no actor's country may be set at the story's scene in another country too ("MOSCOW - Troops
    # moved into the city of X ... Residents said gunmen fired on a crowd")
    scene = _scene(setting, told, not countries) if material and local and not lead and not here else None
    if scene is not None:
        where = "the town" if scene.loc.country_code == setting.country else "the town abroad"
        return scene.loc, (
            f"{where} the story's acts were told at last ('{scene.text}', sentence {scene.sentence_index}), not "
            "the dateline city: the story continues there"
        ), "continued"  # fmt: skip
    if setting.dateline is not None and setting.country is not None and (local or lead):
        place = setting.dateline
        if local:
            who = f"an actor of {setting.country}" if countries else "no actor of a country, no other country named"
        else:
            who = "the lead sentence, written where the dateline says"
        return place_location(place, place.name), f"the dateline city '{place.name}': a local event ({who})", "dateline"
    return None


def _scene(setting: Setting, told: Sequence[Told], anywhere: bool = False) -> Told | None:
    """The scene of a story filed from its country's capital about a town elsewhere in the country
    ("TASHKENT - ... troops fired on protesters in Andijan ... Witnesses said soldiers fired into the
    crowd"): the material act told last in a town or division of the dateline's country, however far back, when it
    is not the dateline city; None when the act told last in that country was at the dateline city
    (the story came back to it) or was a statement or a meeting, or its town is small (``Setting.populous``:
    a village, or a namesake of a street) or a directional region ("southern Mexico") (places51). With
    ``anywhere`` (an act of no actor's country) the act told last anywhere, in a country the story names by
    its name or a demonym (``Setting.named``; places54)."""
    home = [t for t in told if anywhere or t.loc.country_code == setting.country]
    last = home[-1] if home else None
    abroad = last is not None and last.loc.country_code != setting.country
    if last is not None and abroad and last.loc.country_code not in setting.named:
        return None  # a town of a country the story never names ("Miraflores" read as Peru's, in Caracas)
    if last is None or setting.dateline is None or not last.material or last.loc.resolution == "region":
        return None
    if last.loc.precision not in {"city", "admin1"}:
        return None
    if last.loc.geonameid is not None and (setting.populous is None or not setting.populous(last.loc.geonameid)):
        return None  # a village, or a street's namesake ("Osage Avenue" read as a hamlet): no story's scene
    gid = setting.dateline.geonameid
    if last.loc.resolved_place == setting.dateline.name or (gid is not None and last.loc.geonameid == gid):
        return None
    return last


SAME_SENTENCE = "the place of the act told before it in the same sentence"


def sentence_sibling(
    si: int, told: Sequence[Told], year: str | None, material: bool, country: str | None = None
) -> Told | None:
    """The located act told last before an event in its own sentence, whose place the event shares
    when its chain found none ("Rabin was shot dead at a rally in Tel Aviv, and police arrested the
    gunman"; "forces opened fire on protesters in Deraa as they demanded ...") or only its actors'
    country (``country``: then only a town or division in that country). Not an act of another year
    (its own date words); a material act lends it to another material act only: a statement is not
    where the act it is about was ("shot down a warplane near the border, and the president called it
    a stab in the back"), and a meeting or a statement lends its place to no other act ("The two
    presidents held talks in Brussels, and the rebels agreed to a truce": tests/test_places38)."""
    last = told[-1] if told else None
    if last is None or last.sentence_index != si or (year is not None and last.year not in {None, year}):
        return None
    if not (last.material and material):
        return None  # a material act lends its place to another material act only
    if country is not None and (last.loc.country_code != country or last.loc.precision == "country"):
        return None
    return last
