"""Whom a reaction to a clause summed up by a noun answers (recip40).

News writers tell a reaction to an act in a relative clause on a noun set after the clause that
tells the act, to sum it up: "Obama and Gillard announced that U.S. Marines would be based in
Darwin, a move China criticised" (China criticised the United States and Australia), "... after
Gorbachev insisted that research be confined to the laboratory, a condition Reagan refused" (the
Soviet Union), "Clinton signed a law tightening the embargo, a measure Canada said it would
challenge" (the United States). The noun (lexicon ``summary_nouns``: move, decision, step,
measure, condition, charge, demand ...) is not definite and follows a comma, a semicolon or a dash
(code.judged.summary_noun's test); the reaction is in a relative clause on it whose object is the
gap (parse.syntax.gapped_antecedent: "a decision that France said it regretted"). The act summed
up is the clause the noun hangs on: the nearest verb above it; its doer is that verb's active
subject, else the subject of the clause above (through a reported, complement, adverbial or
coordinated clause: "announced that the Marines would be based there", "after Gorbachev insisted
that ..."). Its parties of a country other than the reactors' own are the recipients. Reactors of
no country ("a move Western donors had demanded") are left alone, as participants/counterpart.py
leaves them (measured: such a demand, told as background, became a false event).

code.judged.summary_noun reads the same construction for a condemnation when the act summed up was
coded as an event before it; this rule reads the clause itself, so it holds where the summed act
is no event (an announcement, an insistence) and for every reaction (code_rules
``reaction_roots``: demands, disapprovals, rejections, threats, cuts in relations).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from newsevents.code.judged import APPOSITION_MARKS, SUMMARY_NOUNS
from newsevents.parse.syntax import gapped_antecedent, subtree_span, trigger_span
from newsevents.participants.actors import ActorReader
from newsevents.progress import Discourse
from newsevents.records import ActorRef, Frame, countries_of

VERB_TAGS = {"VERB", "AUX"}
SUMMED_DEPS = {"appos", "npadvmod", "dep"}  # "..., a move China criticised": the noun set after the clause
UP_DEPS = {"ccomp", "xcomp", "advcl", "conj"}  # a clause whose subject the clause above it holds
DEFINITE = {"the", "this", "these", "that", "those"}  # "the move" is an act told before (code.judged)
MAX_UP = 3  # clauses climbed from the summed verb to find its doer


def summing_noun(doc: Doc, frame: Frame) -> Token | None:
    """The noun the reaction's relative clause hangs on when it sums up the clause before it
    (module doc), else None."""
    trigger = trigger_span(doc, frame)
    noun = gapped_antecedent(trigger.root) if trigger is not None else None
    if noun is None or noun.lemma_.lower() not in SUMMARY_NOUNS or noun.dep_ not in SUMMED_DEPS:
        return None
    first = min((t for t in noun.subtree if t.i <= noun.i), key=lambda t: t.i)
    if first.i == noun.sent.start or doc[first.i - 1].text not in APPOSITION_MARKS or first.lower_ in DEFINITE:
        return None
    return noun


def summed_verb(noun: Token) -> Token | None:
    """The verb of the clause the summing ``noun`` hangs on (the nearest verb above it)."""
    tok = noun.head
    while tok.pos_ not in VERB_TAGS:
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def summed_doers(
    reader: ActorReader, doc: Doc, frame: Frame, actors: list[ActorRef], on_date: dt.date | None, disc: Discourse
) -> tuple[list[ActorRef], str] | None:
    """(recipients, why) of a reaction told in a relative clause on a noun that sums up the clause
    before it: the parties of a country the doer of that clause names, other than the reactors'
    own (module doc); None when the construction or such a doer is not there."""
    own = countries_of(actors)
    noun = summing_noun(doc, frame) if own else None  # reactors of no country: as counterpart's, left alone
    verb = summed_verb(noun) if noun is not None else None
    keys = {a.key() for a in actors}
    for _ in range(MAX_UP):
        if verb is None or noun is None:
            return None
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            span = subtree_span(subj)
            refs = [r for r in reader.span(span, on_date, disc) if r.country and r.country not in own]
            refs = [r for r in refs if r.key() not in keys]
            if refs:
                why = f"recipient: the doer of '{verb.text}', the act '{noun.text}' sums up (answered by a reaction)"
                return refs, why
        verb = verb.head if verb.dep_ in UP_DEPS and verb.head.i != verb.i else None
    return None
