"""The destination of a force posture: where forces are moved is whom the move is aimed at.

A force posture (CAMEO 15: mobilise, deploy, send or order forces) that names no party is aimed at
the country of the place its forces are moved into: "the governor ordered the National Guard into
the city" (the people of the city's country, the act's own country when it is at home: the
analysed rounds code a deployment into a city of the actor's own country so), "sent troops to the
province" (the province's country). The place is a place mention (stage places, resolved by the
gazetteer to a country) that stands in one of the frame's prepositional phrases after a
preposition of lexicon deployment_prepositions, named there by its name: a demonym names no place of
its own, and a noun that refers back to a place named before ("sent tanks into the capital") is
left out: the analysed rounds code tanks sent into the putschists' own capital in a coup with no
recipient (rounds 12, 19 and 27). A phrase that names a party (a country, a government) is read by
participants/recipients.py before this.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.recognize.capital_named import DESCRIPTIONS
from newsevents.records import ActorRef, Frame, Mention

DEPLOYMENT_PREPOSITIONS = LEXICON["deployment_prepositions"]
FORCE_POSTURE = "15"  # CAMEO 15: exhibit force posture
# place mentions that do not name the destination by its name: a demonym, and a noun that describes
# or refers back to a place ("the capital", "the city": recognize/ labels them "description", "anaphor")
NO_POINT = {"demonym", "anaphor", *DESCRIPTIONS}


def deployed_into(
    doc: Doc, frame: Frame, places: Sequence[Mention], root: str | None
) -> tuple[list[ActorRef], str] | None:
    """(the people of the destination's country, why) for a force posture moved into a place
    named in a prepositional phrase of its frame; else None."""
    if root != FORCE_POSTURE:
        return None
    for a, b in frame.recipient_spans:
        phrase = span_at(doc, a, b)
        if phrase is None or phrase.root.dep_ != "pobj" or phrase.root.head.lower_ not in DEPLOYMENT_PREPOSITIONS:
            continue
        for m in places:
            if m.place is None or not m.place.country_code or m.label in NO_POINT or not a <= m.start_char < b:
                continue
            c = m.place.country_code
            why = (
                f"recipient: the place forces are moved into ('{phrase.root.head.text} {m.text}'): "
                f"the people of its country, {c}"
            )
            return [ActorRef.people_of(c, m.text, why, m.start_char, m.end_char)], why
    return None
