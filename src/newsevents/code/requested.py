"""An act asked for by another party: "Australia sent troops at the request of the government",
"Canada arrested her at Washington's request", "troops landed at the invitation of the prime
minister". A noun of asking (lexicon request_nouns) in an "at" or "on" phrase of a clause tells a
request of its own, made by the party its possessive or "of" phrase names, of the clause's subject
(who did what was asked): an event beside the clause's, never part of it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from newsevents.lexicon import LEXICON
from newsevents.parse.syntax import clause_verb
from newsevents.parse.tree import children
from newsevents.records import Event

REQUEST_NOUNS = LEXICON["request_nouns"]
ASKED_PREPS = frozenset({"at", "on", "upon"})
SPEECH_VERBS = LEXICON["speech_verbs"]


def _asker_named(noun: Token) -> bool:
    """The noun names who asked: a possessive ("Washington's request") or an "of" phrase."""
    for c in children(noun):
        if c.dep_ == "poss":
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in children(c)):
            return True
    return False


def asked_clause(noun: Token) -> Token | None:
    """The verb of the clause whose act the noun says was asked for by a named party ("sent troops
    at the request of X": "sent"), else None."""
    if noun.lemma_.lower() not in REQUEST_NOUNS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in ASKED_PREPS or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    if not _asker_named(noun):
        return None
    verb = clause_verb(prep.head)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return None if _reported(verb) or _passive(verb) else verb


def _passive(verb: Token) -> bool:
    """A passive clause ("were deployed at the president's request", "the decision, taken at the request
    of X"): who was asked is not named as its doer, and the stories' writers leave such a request
    uncoded (measured: four story false events, none of the sentences' required groups)."""
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in children(verb))


def _reported(verb: Token) -> bool:
    """The clause is reported by a verb of saying ("Baghdad said Iraq had acted at the request of a
    provisional government", "Australia said it would send troops at the request of X"): a party's
    account of why an act was done, which the stories' writers leave uncoded (the sentences' mostly
    optional); told as the narrator's fact, the request is an event."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH_VERBS


def asked_of(event: Event, noun: Token, told: Sequence[Event]) -> Event:
    """A request completed from the act asked for (the event its clause told): with no one named as asked
    whom the knowledge base knows ("he had ordered troops there at the request of King X": the pronoun's
    party), the act's actor; the asker's own country is not asked ("troops arrived at the invitation of the
    government" with the place's country lent to "police"); and the request is placed where the act asked
    for was done ("At Moscow's request, the Security Council met": New York, not Moscow)."""
    verb = asked_clause(noun)
    if verb is None:
        return event
    done = next((e for e in told if e.start_char == verb.idx), None)
    reasons = list(event.reasons)
    recipient = event.recipient
    if not recipient and done is not None and done.actor:
        recipient = done.actor
        reasons.append(f"recipient: who did what was asked ('{done.event_text}')")
    own = {a.country for a in event.actor if a.country}
    others = tuple(r for r in recipient if r.country is None or r.country not in own)
    if others and len(others) < len(recipient):
        recipient = others
        reasons.append("recipient: the asker's own country is not asked")
    loc = event.event_loc
    if done is not None and done.event_loc is not None:
        loc = done.event_loc
        reasons.append(f"place: where what was asked was done ('{done.event_text}')")
    return replace(event, recipient=recipient, event_loc=loc, reasons=tuple(reasons))
