"""Whom a protest answers when its own sentence tells what provoked it (recip47).

A protest (CAMEO 14) whose phrases name no party of another country than the protesters' own
(nothing, or their own government by participants/owngov.home_government) is aimed at the
doers of the act its "after" clause tells, when they are of another country: "Thousands of
Sudanese marched through Khartoum, a day after U.S. cruise missiles destroyed a factory" (the
United States), "Students rioted in Alma-Ata after Moscow replaced the republic's party chief"
(Moscow's). A news sentence that tells a protest with the act before it tells what the protest is
against. Only the subject of an active clause: "after the chief was replaced by a Russian" names
whom, not by whose act. Only protesters of a known country: rioters of no country named are given the
country of their protest's target (code/parties.py), so "rioters set fire to the airport in Papeete, a
day after France exploded a nuclear device" would make them French.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from newsevents.parse.syntax import subtree_span, trigger_span
from newsevents.parse.tree import children
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame, countries_of

BEFORE_MARKS = {"after"}  # a clause of time that tells what came first


def provoker(
    reader: ActorReader, doc: Doc, frame: Frame, actors: list[ActorRef], on_date: dt.date | None, disc: Discourse
) -> tuple[list[ActorRef], str] | None:
    """(the doers, why) of the act told by an "after" clause of the protest's verb, of another country
    than the protesters' (module doc); None when there is no such clause or its subject names no one
    of another country."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    own = countries_of(actors)
    if not own:  # protesters of no country named take the country of their target (code/crowds): not read
        return None
    for clause in children(trigger.root):
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in BEFORE_MARKS for c in children(clause)):
            continue
        for subject in (c for c in children(clause) if c.dep_ == "nsubj"):
            span = subtree_span(subject)
            doers = [r for r in reader.span(span, on_date, disc) if r.country and r.country not in own]
            if doers:
                said = doc.text[span[0] : span[1]]
                return doers, f"recipient: '{said}', who did '{clause.text}' told after the protest, what it answers"
    return None
