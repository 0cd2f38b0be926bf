"""Who acts: the clause a frame stands in, and the speaker of a clause reported by a speech verb.

Read by participants/stage.py: whether a verb is its sentence's main clause (or a clause told
before the speech verb that reports it, "They then held talks ..., officials said": a fronted
report, whose pronoun is someone named before, not the speaker); the speaker whose sentence a
subjectless conjunct inside a reported clause continues ("Sweden said the vote was illegal and
accused Russia of interference": reporting_speaker); and the actors of the speech verb whose
reported clause holds a frame (speaker_of). The speech verb whose sentence a plain past beside a reported
clause continues (continued_speech) is read once, by the participants stage, and carried on its record
(progress.Cast.continues, taken for an act of code_rules continuing_roots by Cast.continued): the coder reads it
there.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsevents.code.clauses import LINK_DEPS
from newsevents.parse.tree import children
from newsevents.records import ActorRef


def main_clause(tok: Token) -> bool:
    """The sentence's main verb, or a verb coordinated with it or completing it ("It also called
    on ... to begin talks"): not a relative, adverbial or reported clause."""
    return _clause_verb(tok).dep_ == "ROOT" or fronted_report(tok)


def fronted_report(tok: Token) -> bool:
    """A clause told before the speech verb that reports it ("They then held talks at a guest house,
    officials said"): the story's own telling, whose "they", "he", "she" or "it" is someone named
    before, not the speaker (who comes after)."""
    t = _clause_verb(tok)
    return t.dep_ == "ccomp" and t.i < t.head.i and t.head.dep_ == "ROOT"


def _clause_verb(tok: Token) -> Token:
    """The verb a conjunct or a completing verb hangs from, up to the clause's own ("It also called on
    ... to begin talks": "called")."""
    t = tok
    while t.dep_ in {"conj", "xcomp"} and t.head.i != t.i:
        t = t.head
    return t


def reporting_speaker(
    tok: Token, speech_actors: Callable[[int], tuple[ActorRef, ...] | None]
) -> tuple[Token, tuple[ActorRef, ...]] | None:
    """'Sweden said the vote was illegal and accused Russia of interference': a verb without a
    subject of its own, parsed as a conjunct inside a clause reported by a speech verb, whose shared
    subject names no party, continues the speaker's sentence: (the speech verb, its actors)."""
    if tok.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in children(tok)):
        return None
    t = tok
    while t.dep_ != "ccomp" and t.head.i != t.i:  # "... had been attacked by gangs trained abroad and appealed"
        t = t.head
    if t.dep_ != "ccomp" or t.head.i == t.i:
        return None
    actors = speech_actors(t.head.i)
    return (t.head, actors) if actors else None


def speech_verb_of(tok: Token) -> Token | None:
    """The verb whose complement clause holds ``tok``'s clause, else None."""
    t = tok
    if t.pos_ == "NOUN" and t.dep_ in {"dobj", "nsubjpass"} and t.head.i != t.i:
        t = t.head  # an event noun's clause: "said it had completed a pullback of its forces"
    while (t.dep_ in LINK_DEPS or t.dep_ == "acomp") and t.head.i != t.i:  # "it is prepared to ..."
        t = t.head
    return t.head if t.dep_ == "ccomp" and t.head.i != t.i else None


def speaker_of(
    tok: Token, speech_actors: Callable[[int], tuple[ActorRef, ...] | None]
) -> tuple[Token, tuple[ActorRef, ...]] | None:
    """(the speech verb whose reported clause holds ``tok``'s clause, its actors) where they name any, else None
    (``speech_actors(i)``: the actors of token ``i`` if it is a speech verb's frame, else None)."""
    verb = speech_verb_of(tok)
    actors = speech_actors(verb.i) if verb is not None else None
    return (verb, actors) if verb is not None and actors else None


TENSE_AUXILIARIES = frozenset({"aux", "auxpass"})


def continued_speech(tok: Token, denying: frozenset[str]) -> Token | None:
    """'Moscow denied that its troops had crossed the border and called on both sides to stop', 'told the crowd
    that the movement would press on and called on supporters to stay': a verb in the simple past with no subject
    and no auxiliary of its own, parsed as a conjunct of a reported clause's verb that has a modal of its own
    ("would press"), or under a denial (a speech verb of ``denying``) any auxiliary ("had crossed", "was
    involved"). A reported future is told with "would", and a plain past beside it does not share that form: it
    continues the sentence of the verb that reports the clause, whose subject is its doer. A perfect or a passive
    is shared by a participle that looks like a plain past ("told the press that officers had entered the palace
    and demanded the cabinet's resignation": the officers' demand); under a denial the act coordinated with the
    denied one is the denier's ("denied that its troops had crossed and called on ..."). The speech verb, else
    None."""
    if tok.dep_ != "conj" or tok.tag_ != "VBD":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", *TENSE_AUXILIARIES} for c in children(tok)):
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.i == clause.i or clause.i < speech.i or not speech.tag_.startswith("VB"):
        return None
    denial = speech.lemma_.lower() in denying
    if not any(c.dep_ in TENSE_AUXILIARIES and (denial or c.tag_ == "MD") for c in children(tok.head)):
        return None
    return speech
