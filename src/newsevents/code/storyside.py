"""The story's country for a side known only by a role word (issue 11/12, stories).

A wire story about one country's conflict names its forces, police, rebels, gunmen and protesters by
a role word alone once the country is told ("Militiamen seized the armoury ... Police fired tear
gas"), often with no dateline, or with one from a neighbour's capital. When no other rule gave such an
actor a country (the dateline, the sentence's place, the event's place, an owner named before), and
a story of three sentences or more names one country at least three times and at least twice as
often as any other (every mention of a place or a people, in any role), the actor is of that
country, unless the event is placed in another country. Officials and leaders (GOV) are left alone:
they are as often a foreign government's, or several countries' ("leaders met in Paris"). The
sectors are data/kb/sectors.yaml's group ``story_side``.

A story filed from a country it names more often than any other (at least three times, but not twice
as often as the next: "TASHKENT - ... Uzbek ... Kyrgyz ...") is that country's story too: the
dateline breaks the tie the count leaves (``filed_country``), for the role words of the sector group
``filed_side`` (gunmen, UAF, are not: a story filed from Kuala Lumpur tells the gunmen who came from
the Philippines) in a sentence that names no other country and no word of several states ("West
African troops"). The dateline alone gives no such country: a story that names another country as
often, or names its own fewer than three times, has none (actors43).
"""

from __future__ import annotations

from newsevents.lexicon import sector_group
from newsevents.progress import CountryTally
from newsevents.records import ActorRef

STORY_SIDE_SECTORS = sector_group("story_side")
FILED_SIDE_SECTORS = sector_group("filed_side")
MIN_MENTIONS = 3  # a country named fewer times does not make the story its own
DOMINANCE = 2  # named at least this many times as often as the next country
MIN_SENTENCES = 3  # a story, not a sentence or two


def story_country(tally: CountryTally) -> str | None:
    """The one country a story's places and peoples name far more than any other (at least
    MIN_MENTIONS times and DOMINANCE times as often as the next), else None; None for a text of
    fewer than MIN_SENTENCES sentences (a sentence names its own parties). ``tally``: the article's
    one count of its countries (participants/tally.py), read once per article."""
    if tally.sentences < MIN_SENTENCES:
        return None
    ranked = tally.counts().most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DOMINANCE * ranked[1][1]:
        return None
    return ranked[0][0]


def filed_country(tally: CountryTally, filed: str | None) -> str | None:
    """The country of the dateline (``filed``: the discourse's home country, None for a story filed
    from abroad) where the story's places and peoples name it at least MIN_MENTIONS times and more often
    than any other country, in a story of MIN_SENTENCES sentences or more; else None. The count, not
    the dateline, says whose story it is: the dateline only picks it out where no country is named
    twice as often as the next (``story_country``)."""
    if filed is None or tally.sentences < MIN_SENTENCES:
        return None
    ranked = tally.counts().most_common(2)
    if not ranked or ranked[0][0] != filed or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return filed


def story_side(
    actors: list[ActorRef], country: str | None, placed_in: str | None = None, filed: bool = False
) -> tuple[list[ActorRef], str | None]:
    """Actors that are all role words of no country, of the sectors of ``story_side``, take the
    story's country (``story_country``), unless the event is placed in another country
    (``placed_in``: the country of the event's place, however found: "students took to the streets"
    in a Soviet story told from Alma-Ata); any other actors are returned as they are. ``filed``: the
    country is the dateline's, named more often than any other (``filed_country``)."""
    if country is None or not actors or (placed_in is not None and placed_in != country):
        return actors, None
    sectors = FILED_SIDE_SECTORS if filed else STORY_SIDE_SECTORS
    if not all(a.country is None and a.kind == "sector" and a.sector in sectors for a in actors):
        return actors, None
    why = (
        f"the story's country ({country}), the dateline's, named more often than any other"
        if filed
        else f"the story's country ({country}), named at least twice as often as any other"
    )
    return [a.in_country(country, why) for a in actors], f"country {country}: {why}"
