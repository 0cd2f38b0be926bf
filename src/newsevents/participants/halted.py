"""Whom a demand that an act stop is made to: whoever did the act, told before it in its sentence (recip42).

"Iraqi troops invaded Kuwait and seized the emir's palace, and the Security Council demanded their
immediate withdrawal", "Saudi Arabia launched air strikes in Yemen, and Iran demanded an immediate halt to
the military action", "jets pounded the city, and Arab leaders demanded an immediate halt": a demand or an
appeal (code_rules roots 10 and 02, as for a release: code/toldbefore.captor_before) whose object is a
noun of stopping (lexicon ``cessation_nouns``: halt, end, withdrawal, pullout ...) and that names no party
of a country asks the one who is doing the act to stop doing it: the doers of the act of material conflict
(quad class 4) told last before it in its own sentence, when the demanders are none of them. An act told
in an earlier sentence is left to the story rules (code/toldbefore.lead_doer), a reaction with a country
hit to retaliation_target: this one needs no country of the demander's (the Security Council, "Arab
leaders") and no blow to it. A ceasefire asked for is not a noun of stopping here: both sides are asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from newsevents.code.toldbefore import captor_before
from newsevents.lexicon import LEXICON
from newsevents.parse.tree import span_at
from newsevents.participants.helper import doers_apart, helper
from newsevents.records import ActorRef, Event, Frame

CESSATION_NOUNS = LEXICON["cessation_nouns"]
CONFLICT_QUAD = 4  # material conflict: an attack, a seizure, an invasion, a blockade


def stop_asked(doc: Doc, frame: Frame) -> bool:
    """Whether the frame's object is headed by a noun of stopping ("their immediate withdrawal", "an
    immediate halt to the military action", "an end to the shelling")."""
    if not frame.object_spans:
        return False
    a, b = frame.object_spans[0]
    phrase = span_at(doc, a, b)
    return phrase is not None and phrase.root.lemma_.lower() in CESSATION_NOUNS


def halted_doer(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """(doers, why) of the act a demand to stop answers (module doc); None when the frame asks no act to
    stop or no act of material conflict by parties of a country, none of them the demanders, is told
    before it in its sentence."""
    if not stop_asked(doc, frame):
        return None
    for e in reversed(events):
        if e.sentence_index != frame.sentence_index or e.start_char >= frame.trigger_start:
            continue
        if e.quad_code != CONFLICT_QUAD:
            continue
        doers = doers_apart(e, actors)
        if not doers:
            return None  # no party of a country, or the demanders' own act
        return doers, f"recipient: who did '{e.event_text}' (told before in its sentence), asked to stop"
    return None


def asked_party(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """For a demand or an appeal that names no party: the captors of those whose release it asks
    (code/toldbefore.captor_before), else the doers of the act it asks to stop (halted_doer), else the
    party whose help answers it (participants/helper.py)."""
    return (
        captor_before(doc, frame, actors, events)
        or halted_doer(doc, frame, actors, events)
        or helper(doc, frame, actors, events)
    )
