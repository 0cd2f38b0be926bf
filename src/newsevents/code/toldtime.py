"""Clauses the background rule leaves out that still tell an act of their own (issue 11, absorb58).

The match stage leaves relative clauses and participles after a noun as background unless they tell
what a named party did (code/toldby.told_by_party). Two kinds of such clause were read as background
although the clause gives its act a place in the story of its own:

* a participle of origin (lexicon ``origin_participles``: "brokered", "negotiated") whose "by" agent
  names a party, set off from its noun by a comma ("The accord, brokered by Ghana, ..."): the
  mediation is told.  Said in passing ("a deal brokered by Brazil") it only says which deal, and
  stays background (lexicon ``stative_participles``).  A participle with a day of its own ("a plan
  brokered on 3 May by ...") was tried too and taken out: the mediator was scored as the party of
  the accord itself (round 9 stories' actor country under its floor);
* a relative clause whose subject is a personal pronoun, "it" too, and that gives the act a time of
  its own (a date, or an adverb of lexicon ``told_time_adverbs``: "the curfew it had imposed on
  Monday", "a plan they later dropped"), or that follows a relative word ("the raid, which it blamed
  on the rebels"): the pronoun stands for a party and the act is dated, not a description ("the
  deadline he had set" describes).  The tense is still told_by_party's (the past).

The mediation so told is aimed at the parties of the accord told before (:func:`mediated_parties`, as
code/accords.accord_parties reads an accord told without them), less the mediator.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from newsevents.code.accords import TALKS_CODES, accord_parties
from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import trigger_span
from newsevents.parse.tree import children
from newsevents.records import ActorRef, Event, EventLocation, Frame

__all__ = ["PRONOUN_SUBJECTS", "dated_by_pronoun", "mediated_parties", "origin_told"]

ORIGIN_PARTICIPLES = frozenset(LEXICON["origin_participles"])
TOLD_TIME_ADVERBS = frozenset(LEXICON["told_time_adverbs"])
# personal pronouns that stand for a party named before (resolved by the participants stage), "it" too
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "we", "it"})
_RELATIVE_WORDS = frozenset({"which", "whom", "where"})


def _own_day(verb: Token) -> bool:
    """Whether the clause of ``verb`` names a date of its own: a DATE entity among its words (not in
    a clause hung below it) or a time adverb ("later")."""
    for c in children(verb):
        if c.dep_ in {"advmod", "npadvmod"} and c.lower_ in TOLD_TIME_ADVERBS:
            return True
        if c.dep_ in {"npadvmod", "tmod"} and c.ent_type_ == "DATE":
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in children(c)):
            return True
    return False


def origin_told(participle: Token) -> bool:
    """A participle of origin set off by a comma after its noun: the act it names is told ("The
    truce, brokered by Qatar, ..."). The caller checks the "by" agent."""
    if participle.lemma_.lower() not in ORIGIN_PARTICIPLES or participle.dep_ != "acl":
        return False
    head = participle.head
    return any(t.text == "," for t in participle.doc[head.i + 1 : participle.i])


def dated_by_pronoun(clause: Token, subject: Token) -> bool:
    """A relative clause whose subject is a personal pronoun that gives its act a time of its own, or
    follows a relative word ("which it blamed on ..."); see the module's docstring."""
    if subject.lower_ not in PRONOUN_SUBJECTS or clause.dep_ != "relcl":
        return False
    after_relative = any(t.lower_ in _RELATIVE_WORDS for t in clause.subtree if t.i < clause.i)
    return after_relative or _own_day(clause)


def mediated_parties(
    doc: Doc, frame: Frame, events: Sequence[Event], asides: Collection[str], mediators: Sequence[ActorRef]
) -> tuple[list[ActorRef], str, EventLocation | None] | None:
    """Whom a mediation told by a participle of origin (:func:`origin_told`) was aimed at: the parties of
    the accord or talks told before, less the mediators ("The deal, brokered by Annan, ...": Kibaki and
    Odinga's deal), and the place of that accord; None where the frame is no such participle or none
    was told."""
    span = trigger_span(doc, frame)
    if span is None or not origin_told(span.root):
        return None
    own = {a.code for a in mediators}
    sides, why = accord_parties(events, [], asides)
    sides = [a for a in sides if a.code not in own]
    if not sides:
        return None
    codes = {a.code for a in sides}
    accord = next((e for e in reversed(events) if e.cameo in TALKS_CODES and {a.code for a in e.actor} & codes), None)
    place = accord.event_loc if accord is not None else None
    return sides, f"recipient: the parties of the accord it mediated; {'; '.join(why)}", place
