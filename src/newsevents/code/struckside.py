"""A blow told by the side it struck (reported60): whom a reported attack naming no target is aimed at.

"The army said the neighbouring state's troops had opened fire overnight", "Georgia said Russian aircraft had bombed
bases on its territory": a party of one state reports a use of force by another state's party and names no
one it was done to. The one who tells of the blow is the one who took it: the recipient is the speaker's
country. Only where

* the act is a use of force (CAMEO roots 18-20) and its own phrases gave no recipient with a country;
* its clause is reported by a speech verb whose actors are of one country, none of them of a sector the
  coder counts apolitical (a news agency reports what happened to others, not what it took);
* the act's actors all have a country, and none is the speaker's (a state telling its own strike names
  its target, or none);
* the sentence names no country but the speaker's and the actors' (a third state named is where the blow
  may have fallen: "Washington said Russian forces shelled Kharkiv");
* the event's own place, where it has one, is in the speaker's country (a blow in the doers' own land, "Sudanese
  jets bombed a town in Darfur, Chadian officials said", or in a third country did not strike the speaker);
* no use of force told before in the article has the same doers striking a third country and not the speaker's
  (a war told already between others: "Russian missiles struck Kyiv. ... Washington said Russian forces had
  shelled the outskirts").

A denial is no telling of the blow: a speech verb of ``denying_verbs`` gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.progress import Cast
from newsevents.records import ActorRef, Event, EventLocation

BLOW_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence

__all__ = ["BLOW_ROOTS", "struck_speaker"]


def struck_speaker(
    doc: Doc,
    root: str,
    actors: list[ActorRef],
    found: list[ActorRef],
    cast: Cast,
    named: set[str],
    loc: EventLocation | None,
    apolitical: frozenset[str],
    denying: frozenset[str],
    before: list[Event],
) -> tuple[list[ActorRef], str] | None:
    """(the speaker's refs of its one country, why) for a blow told by the side it struck
    (see the module), else None; ``cast``: the participants stage's record of the blow's frame (the speech verb whose
    reported clause holds it and that verb's actors), ``named``: the countries its sentence names, ``loc``: the
    event's own place."""
    if root not in BLOW_ROOTS or any(r.country for r in found) or not actors or cast.speech is None:
        return None
    speakers = cast.speakers
    countries = {r.country for r in speakers}
    if len(countries) != 1 or None in countries:
        return None
    if any(r.sector in apolitical for r in speakers):
        return None
    verb = doc[cast.speech]
    if verb.lemma_.lower() in denying:
        return None
    home = next(r.country for r in speakers if r.country)
    doers = {r.country for r in actors}
    if None in doers or home in doers:
        return None
    if named - doers - {home}:
        return None
    if loc is not None and loc.country_code and loc.country_code != home:
        return None
    if any(_war_elsewhere(e, doers, home) for e in before):
        return None
    why = f"recipient: the side struck, who tells of the blow (the speaker of '{verb.text}', {home})"
    return list(speakers), why


def _war_elsewhere(event: Event, doers: set[str | None], home: str) -> bool:
    """Whether ``event`` is a use of force by one of ``doers`` on a country, none of them ``home``."""
    if event.cameo_root not in BLOW_ROOTS or not doers & {r.country for r in event.actor}:
        return False
    struck = {r.country for r in event.recipient if r.country}
    return bool(struck) and home not in struck and not struck <= doers
