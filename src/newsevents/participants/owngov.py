"""Acts that name no one they are aimed at but are aimed at a government all the same: a coup at
its own country's government ("the army seized power"), a street protest at the protesters' own
government or at the state that rules their territory. Read by participants/recipients.py when no
phrase names a recipient."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsevents.lexicon import LEXICON, sector_group
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import span_at
from newsevents.participants.actors import ActorReader
from newsevents.participants.ruling import ruler
from newsevents.participants.wartarget import war_target_span
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame, countries_of, sole_country

COUP_VERBS = LEXICON["coup_verbs"]


def seized_power(doc: Doc, frame: Frame, actors: list[ActorRef]) -> tuple[list[ActorRef], str] | None:
    """'Pakistan's army seized power', 'mutinous soldiers said they had taken power': a coup (a verb
    of lexicon coup_verbs with "power" as its object) that names no one it is aimed at is aimed at
    the government of the putschists' own country (one country among the actors)."""
    countries = countries_of(actors)
    if frame.predicate_lemma not in COUP_VERBS or len(countries) != 1:
        return None
    objects = [span_at(doc, a, b) for a, b in frame.object_spans]
    if not any(o is not None and o.root.lemma_.lower() == "power" for o in objects):
        return None
    c = countries.pop()
    why = f"recipient: a coup ('{frame.trigger_text} power') is aimed at the government of its own country, {c}"
    return [ActorRef.government_of(c, "", why)], why


STREET_SECTORS = sector_group("local_people")  # protesters, students, workers: people of the street
CROWD_ROOTS = {"14", "15"}  # a protest; a crowd "massing" (sector_codes make it a protest)
NAMING_LABELS = {"GPE", "NORP", "LOC", "ORG", "FAC", "WORK_OF_ART"}  # entities that may name another country


def home_government(
    reader: ActorReader, doc: Doc, frame: Frame, actors: list[ActorRef], root: str | None,
    on_date: dt.date | None, disc: Discourse,
) -> tuple[list[ActorRef], str] | None:  # fmt: skip
    """'Crowds massed outside parliament', 'thousands of students marched through the capital': a
    protest by people of the street (sector group local_people, all of one country) that names no
    one it is aimed at is aimed at their own country's government, as the analysed gold rounds code
    it (314 of 352 protests with a recipient or none). Not when its sentence names another country
    ("marched in Tehran chanting 'Death to America'", "angered by Tokyo's approval of a textbook"):
    whom such a protest is aimed at is left unsaid rather than guessed. The people of a territory
    another state rules protest to that state ("Palestinians rallied in Gaza": Israel; ruling.py),
    also when the sentence names that state (sentrecip51: "France sent troops to the territory after
    two nights of rioting there"), though no other."""
    c = sole_country(actors)
    if root not in CROWD_ROOTS or c is None:
        return None
    if not all(a.sector in STREET_SECTORS for a in actors):
        return None
    state = ruler(c)  # "Palestinians rallied in Gaza": Israel (participants/ruling.py)
    trigger = trigger_span(doc, frame)
    ents = trigger.sent.ents if trigger is not None else ()
    for ent in ents:
        if (
            ent.label_ in NAMING_LABELS
            and not war_target_span(doc, ent.start_char, ent.end_char)
            and any(
                r.country not in {None, c, state} for r in reader.span((ent.start_char, ent.end_char), on_date, disc)
            )
        ):
            return None
    if state is not None:
        why = f"recipient: a protest ('{frame.trigger_text}') that names no one, by people of {c}, is aimed at {state}"
        return [ActorRef.government_of(state, "", why)], why
    why = f"recipient: a protest ('{frame.trigger_text}') that names no one is aimed at its own government, {c}"
    return [ActorRef.government_of(c, "", why)], why
