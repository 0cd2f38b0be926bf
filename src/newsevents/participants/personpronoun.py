""" "He" or "she" as the subject of a clause of its sentence, read as the one person the sentence has
named before it: "Soldiers detained the president on Tuesday, and hours later he resigned", "the
assembly voted to remove the president after he fled the capital".

The participants stage reads "he" and "she" as the speaker of a reported clause, else as the last
person named as an actor (participants/actors.py). A person named only in another role (an object, a
possessor, the object of a preposition) is no actor, and with no person named as one before, the
pronoun stayed without an actor and its event was dropped (coref44 recount of rounds 26-81: about
thirty such acts).

Such a pronoun, the subject of the frame's own verb in a clause after "and" or "but", of a time
clause of sequence ("after", "before", "when", "until", "since", "once", "because") or of a relative
clause opened by "which" or "whom" (participants/insentence.sequel_clause), is read as the person its
sentence names before it, when exactly one person is named there: every name the parse tags as a
person counts, whether the knowledge base knows it or not (not one it knows as a country or an
organisation: "Mali's President X", where the parse tags "Mali" a person), and mentions of one known
person count once. Two people named, or one the knowledge base does not know as a person with a country, and the
pronoun stays without an actor (a wrong actor is worse than none). Gender is not read: the knowledge
base does not record it, and one person named is one candidate. Not for a pronoun the earlier rules
read (a speaker, the last person named as an actor): only for a frame left without an actor.

Rounds 13-20 had shown that reading "he" back to the nearest person's name anywhere in its sentence
found as many false events as real ones ("the referendum he was to hold": a relative clause with no
relative word, which describes; participants/insentence.py): here a relative clause without a relative
word, a clause of "as" or "while" and a history ("15 years after he ...") are not read.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from newsevents.participants.insentence import sequel_clause

__all__ = ["sentence_person"]

_PERSON_PRONOUNS = frozenset({"he", "she"})

# the knowledge base's key of the person a name's span names (with a country of its own), "" where the
# knowledge base reads the name as no person (a country, an organisation), None where it knows no such name
PersonKey = Callable[[tuple[int, int]], str | None]


def sentence_person(
    doc: Doc, span: tuple[int, int], verb: int, person_key: PersonKey
) -> tuple[tuple[int, int], str] | None:
    """(the span of the person's last mention before the pronoun, its words) for the pronoun "he" or
    "she" at ``span``, the subject of the verb at token ``verb`` in a clause of sequence (module doc),
    when the sentence names exactly one person before it and ``person_key`` knows that person; None
    otherwise."""
    pron = doc.char_span(span[0], span[1])
    if pron is None or len(pron) != 1 or pron[0].lower_ not in _PERSON_PRONOUNS:
        return None
    tok = pron[0]
    if tok.head.i != verb or tok.dep_ != "nsubj" or not sequel_clause(tok.head):
        return None
    sent = tok.sent
    people = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= tok.i]
    if not people:
        return None
    keyed = [(e, person_key((e.start_char, e.end_char))) for e in people]
    keyed = [(e, k) for e, k in keyed if k != ""]  # a name the knowledge base reads as no person ("Mali")
    keys = {k or f"?{e.text.split()[-1].lower()}" for e, k in keyed}
    if len(keys) != 1 or next(iter(keys)).startswith("?"):
        return None
    last = keyed[-1][0]
    return (last.start_char, last.end_char), last.text
