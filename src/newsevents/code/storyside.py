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
"""

from __future__ import annotations

from newsevents.lexicon import sector_group
from newsevents.progress import CountryTally
from newsevents.records import ActorRef

STORY_SIDE_SECTORS = sector_group("story_side")
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


def story_side(
    actors: list[ActorRef], country: str | None, placed_in: str | None = None
) -> tuple[list[ActorRef], str | None]:
    """Actors that are all role words of no country, of the sectors of ``story_side``, take the
    story's country (``story_country``), unless the event is placed in another country
    (``placed_in``: the country of the event's place, however found: "students took to the streets"
    in a Soviet story told from Alma-Ata); any other actors are returned as they are."""
    if country is None or not actors or (placed_in is not None and placed_in != country):
        return actors, None
    if not all(a.country is None and a.kind == "sector" and a.sector in STORY_SIDE_SECTORS for a in actors):
        return actors, None
    why = f"the story's country ({country}), named at least twice as often as any other"
    return [a.in_country(country, why) for a in actors], f"country {country}: {why}"
