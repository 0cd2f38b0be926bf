"""Whom a request for help is made to: the party whose help answers it in the clause above (recip42).

"Australia sent police and troops to the Solomon Islands after the prime minister asked for help",
"France began air strikes in Mali after the government in Bamako asked for help to halt the advance":
a request for help (an object or a "for" phrase headed by a noun of help, lexicon ``help_nouns``) that
names no one, told in an adverbial clause ("after ...") of a clause that tells help given, forces sent or
force used (CAMEO roots 07, 15, 18, 19), is made to whoever gives that help: that act's parties of a
country, when the requesters are none of them. A request that names whom it asks ("asked Paris for help",
"appealed to the Russian-led CSTO alliance") keeps its addressee, a name, even one of no country; an
addressee told by a common noun ("asked neighbouring states for help") is told by who answered. Nor is a clause
above of any other act read ("protesters marched after the union asked for support"). Forces that come
"as part of" a larger body ("paratroopers flew in as part of an alliance force", "as part of a U.N.
mission") answer for that body, the one asked, of no country: none then.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsevents.code.governing import event_of
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children
from newsevents.records import ActorRef, Event, Frame, countries_of

HELP_NOUNS = LEXICON["help_nouns"]
HELPING_ROOTS = {"07", "15", "18", "19"}  # CAMEO: provide aid, force posture, assault, fight


def asks_help(verb: Token) -> bool:
    """Whether the verb asks for help: "asked for help", "appealed for military assistance", "requested
    aid" (its object or the object of its "for" phrase a noun of help)."""
    for c in children(verb):
        if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in HELP_NOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            if any(o.dep_ == "pobj" and o.lemma_.lower() in HELP_NOUNS for o in children(c)):
                return True
    return False


def names_addressee(verb: Token) -> bool:
    """Whether the request names whom it asks by a name: its object other than a noun of help, or the
    object of its "to" phrase, holds a proper noun ("asked Paris for help", "appealed to the CSTO")."""
    asked = [c for c in children(verb) if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() not in HELP_NOUNS]
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "to":
            asked.extend(o for o in children(prep) if o.dep_ == "pobj")
    return any(t.pos_ == "PROPN" for a in asked for t in a.subtree)


def as_part_of(main: Token, clause: Token) -> bool:
    """Whether the clause of ``main``, outside the subordinate ``clause``, says its doers act "as part of"
    something ("flew in as part of an alliance force")."""
    inside = {t.i for t in clause.subtree}
    return any(
        t.lower_ == "part" and t.head.lower_ == "as" and any(c.dep_ == "prep" and c.lower_ == "of" for c in children(t))
        for t in main.subtree
        if t.i not in inside
    )


def helper(
    doc: Doc, frame: Frame, actors: Sequence[ActorRef], events: Sequence[Event]
) -> tuple[list[ActorRef], str] | None:
    """(helpers, why) of a request for help told in an adverbial clause of the act that answers it
    (module doc); None otherwise."""
    trigger = trigger_span(doc, frame)
    if trigger is None:
        return None
    verb = trigger.root
    if verb.dep_ != "advcl" or verb.head.i == verb.i or not asks_help(verb) or names_addressee(verb):
        return None
    answer = event_of(events, frame.sentence_index, verb.head)
    if answer is None or answer.cameo[:2] not in HELPING_ROOTS or as_part_of(verb.head, verb):
        return None
    helpers = doers_apart(answer, actors)
    if not helpers:
        return None
    return helpers, f"recipient: who did '{answer.event_text}', the help a request in its clause asks for"


def doers_apart(event: Event, actors: Sequence[ActorRef]) -> list[ActorRef]:
    """The event's doers of a country, when none shares a country with ``actors`` (those who ask); empty
    otherwise ("rebels seized the theatre, demanding an end to the war": their own act)."""
    asking = countries_of(actors)
    doers = [a for a in event.actor if a.country]
    return [] if asking & {a.country for a in doers} else doers
