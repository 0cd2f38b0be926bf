""" "It" as a subject, read as the one organisation or state named as a subject just before.

The participants stage reads "it" in a main clause as the last body named as the actor of a main clause in
its sentence or the one before (participants/actors.py). "It" of another clause ("..., saying it had shelled
the depot", "the ministry, which said it would expel ...", "after it seized the port") or after a body
named only in a clause the coder does not read as main was left without an actor, and its event dropped.

Such an "it", the subject of the frame's own verb, is read as the organisation or state named as the
subject (an active subject, before the pronoun) of a verb in its own sentence or the sentence before, when
exactly one such is named there: a name tagged as an organisation, a country or a city (a singular name;
"the rebels" cannot be "it"). Two different ones, or none: no actor (a wrong actor is worse than none).
The caller keeps the reading only when the name resolves to a party that is no person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["BODY_LABELS", "it_antecedent"]

# entity labels of an organisation or a state
BODY_LABELS = frozenset({"ORG", "GPE"})


def _body_named(tok: Token) -> Span | None:
    """The organisation or state entity a subject token stands in, or None."""
    if tok.dep_ != "nsubj" or tok.pos_ == "PRON" or tok.tag_ in {"NNS", "NNPS"}:
        return None
    if tok.ent_type_ not in BODY_LABELS:  # a people ("Iranians") is no one body
        return None
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def it_antecedent(doc: Doc, span: tuple[int, int], verb: int) -> tuple[tuple[int, int], str] | None:
    """(the antecedent's span, its words) of "it" at ``span``, the subject of the verb at token ``verb``:
    the one organisation or state named as a subject before it in its sentence or in the one before; None
    when the phrase is not that "it", or when none or several are named."""
    pron = doc.char_span(span[0], span[1])
    if pron is None or len(pron) != 1 or pron[0].lower_ != "it":
        return None
    tok = pron[0]
    if tok.head.i != verb or tok.dep_ != "nsubj":
        return None
    sent = tok.sent
    words = list(doc[sent.start : tok.i])
    if sent.start > 0:
        before = doc[sent.start - 1].sent
        words = [*before, *words]
    named: dict[str, tuple[int, int]] = {}
    for t in words:
        ent = _body_named(t)
        if ent is not None:
            named.setdefault(ent.text.lower().removeprefix("the "), (ent.start_char, ent.end_char))
    if len(named) != 1:
        return None
    a, b = next(iter(named.values()))
    return (a, b), doc.text[a:b]
